import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ASTUtils } from '@typescript-eslint/utils';

type Scope = TSESLint.Scope.Scope;

/**
 * Whether an identifier refers to a global (a variable with no declaration in the file, such as
 * `console`, `process` or `fetch`), not to a local binding or an import of the same name.
 */
export function isGlobalReference(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Identifier): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  return variable === null || variable.defs.length === 0;
}

/** Whether `name` is declared in the file and visible from `scope` (imports and locals, not globals). */
export function isDeclaredInScope(scope: Scope, name: string): boolean {
  const variable = ASTUtils.findVariable(scope, name);
  return variable !== null && variable.defs.length > 0;
}

/** The module an identifier is imported from (`import x from 'm'`, `import { y as x } from 'm'`). */
export function getImportSource(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Identifier): string | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  const definition = variable?.defs[0];
  if (definition?.type !== 'ImportBinding') return undefined;
  const declaration = definition.parent;
  return declaration.type === 'ImportDeclaration' ? declaration.source.value : undefined;
}

/** Names declared or used inside each scope and its children, by scope: scopes do not change once analysed. */
const namesInside = new WeakMap<Scope, ReadonlySet<string>>();

function getNamesInside(scope: Scope): ReadonlySet<string> {
  const known = namesInside.get(scope);
  if (known !== undefined) return known;
  const names = new Set<string>();
  const pending = [scope];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    for (const name of current.set.keys()) names.add(name);
    for (const reference of current.through) names.add(reference.identifier.name);
    pending.push(...current.childScopes);
  }
  namesInside.set(scope, names);
  return names;
}

/**
 * Whether a new binding named `name` in `scope` would neither shadow a visible name (looked up scope
 * by scope, not listed: the module scope above can hold hundreds) nor capture a name used or declared
 * inside `scope`.
 */
function isNameFree(scope: Scope, name: string): boolean {
  if (getNamesInside(scope).has(name)) return false;
  for (let current: Scope | null = scope.upper; current !== null; current = current.upper) {
    if (current.set.has(name)) return false;
  }
  return true;
}

/**
 * The first of `candidates` that neither shadows a visible name nor is captured by a name used or
 * declared inside `scope`; falls back to numbered variants of the first candidate.
 */
export function getUnusedName(scope: Scope, candidates: readonly [string, ...string[]]): string {
  const free = candidates.find((candidate) => isNameFree(scope, candidate));
  if (free !== undefined) return free;
  for (let index = 2; ; index++) {
    const candidate = `${candidates[0]}${index}`;
    if (isNameFree(scope, candidate)) return candidate;
  }
}
