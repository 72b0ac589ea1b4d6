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

/** A character that continues an identifier written in ASCII: an occurrence next to one is part of a longer name. */
const IDENTIFIER_PART = /[\w$]/u;

/**
 * Whether `text` may hold an identifier spelled `name`: it holds the name with no ASCII identifier
 * character on either side, or it writes a Unicode escape (`\u0065rror` is the identifier `error`).
 */
function mayHoldIdentifier(text: string, name: string): boolean {
  if (text.includes('\\u')) return true;
  for (let index = text.indexOf(name); index !== -1; index = text.indexOf(name, index + 1)) {
    const before = text.charAt(index - 1);
    const after = text.charAt(index + name.length);
    if (!IDENTIFIER_PART.test(before) && !IDENTIFIER_PART.test(after)) return true;
  }
  return false;
}

/**
 * Whether a new binding named `name` in `scope` would neither shadow a visible name (looked up scope
 * by scope, not listed: the module scope above can hold hundreds) nor capture a name used or declared
 * inside `scope`. The names inside are listed only when the file's text may hold the name at all: a
 * name the text never writes is neither declared nor used in it (configured globals are in the sets).
 */
function isNameFree(text: string, scope: Scope, name: string): boolean {
  for (let current: Scope | null = scope; current !== null; current = current.upper) {
    if (current.set.has(name)) return false;
  }
  return !mayHoldIdentifier(text, name) || !getNamesInside(scope).has(name);
}

/**
 * The first of `candidates` that neither shadows a visible name nor is captured by a name used or
 * declared inside `scope`; falls back to numbered variants of the first candidate.
 */
export function getUnusedName(
  sourceCode: Readonly<TSESLint.SourceCode>,
  scope: Scope,
  candidates: readonly [string, ...string[]],
): string {
  const { text } = sourceCode;
  const free = candidates.find((candidate) => isNameFree(text, scope, candidate));
  if (free !== undefined) return free;
  for (let index = 2; ; index++) {
    const candidate = `${candidates[0]}${index}`;
    if (isNameFree(text, scope, candidate)) return candidate;
  }
}
