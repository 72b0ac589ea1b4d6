import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** What several rules ask of a file before they decide whether it is worth a closer look. */
export interface FileFacts {
  /** The modules the file imports (type-only imports too) or requires by a literal name. */
  readonly modules: ReadonlySet<string>;
  /** Calls of the global `require`, declared in the config or not; none when the file defines its own. */
  readonly requireCalls: readonly TSESTree.CallExpression[];
  /** A `require` call whose module name is not a literal: any module may be behind it. */
  readonly requiresUnknownModule: boolean;
  /** The file has a `catch` clause. */
  readonly hasCatchClause: boolean;
}

const facts = new WeakMap<TSESTree.Program, FileFacts>();

/**
 * The file's facts, computed once per file from its top-level statements and its scopes, and shared by
 * every rule that asks. The text is read only for a keyword, which no escape can spell.
 */
export function getFileFacts(sourceCode: SourceCode): FileFacts {
  const known = facts.get(sourceCode.ast);
  if (known !== undefined) return known;
  const modules = new Set<string>();
  for (const statement of sourceCode.ast.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      modules.add(statement.source.value);
    } else if (statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
      const reference = statement.moduleReference;
      if (reference.type === AST_NODE_TYPES.TSExternalModuleReference && typeof reference.expression.value === 'string') {
        modules.add(reference.expression.value);
      }
    }
  }
  const requireCalls = findRequireCalls(sourceCode);
  let requiresUnknownModule = false;
  for (const call of requireCalls) {
    const [source] = call.arguments;
    if (source?.type === AST_NODE_TYPES.Literal && typeof source.value === 'string') modules.add(source.value);
    else requiresUnknownModule = true;
  }
  // A keyword is never written with escapes: a file whose text lacks `catch` has no catch clause.
  const hasCatchClause = sourceCode.text.includes('catch') && (sourceCode.scopeManager?.scopes.some((scope) => scope.type === 'catch') ?? true);
  const result: FileFacts = { modules, requireCalls, requiresUnknownModule, hasCatchClause };
  facts.set(sourceCode.ast, result);
  return result;
}

function findRequireCalls(sourceCode: SourceCode): TSESTree.CallExpression[] {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (globalScope === null || globalScope === undefined) return [];
  const declared = globalScope.set.get('require');
  const references =
    declared === undefined
      ? globalScope.through.filter((reference) => reference.identifier.name === 'require')
      : declared.defs.length === 0
        ? declared.references
        : [];
  const calls: TSESTree.CallExpression[] = [];
  for (const { identifier } of references) {
    const { parent } = identifier;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === identifier) calls.push(parent);
  }
  return calls;
}
