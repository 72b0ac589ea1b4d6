import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

type Tracker = InstanceType<typeof ASTUtils.ReferenceTracker>;
/** In the eslint-utils that typescript-eslint depends on (^4.9.1), but missing from typescript-eslint's types. */
interface PropertyTracker {
  iteratePropertyReferences(node: TSESTree.Node, traceMap: TraceMap[string]): Iterable<{ readonly node: TSESTree.Node; readonly info: unknown }>;
}
/** eslint-utils' trace map: module or global names, then member paths, ending in `READ`, `CALL` or `CONSTRUCT`. */
export type TraceMap = Parameters<Tracker['iterateEsmReferences']>[0];

/** A node the trace map names (the call, `new`, or member read), with the info the map gives it. */
export interface TrackedReference<T> {
  readonly node: TSESTree.Node;
  readonly info: T;
}

/**
 * Every use the file makes of the trace maps' modules and globals, resolved through scope: ESM imports
 * (default, named and namespace; a CommonJS module's exports are also its default export), `require()`,
 * and globals. Unlike eslint-utils' own CommonJS and global modes, `require` and the globals need not be
 * declared in the config (a TypeScript file linted without `globals.node` still finds `process.stdout`);
 * a name the file declares or assigns itself is not the global.
 */
export function findTrackedReferences<T>(
  sourceCode: Readonly<TSESLint.SourceCode>,
  modules: TraceMap,
  globals: TraceMap = {},
): TrackedReference<T>[] {
  const globalScope = sourceCode.getScope(sourceCode.ast);
  // `getScope(Program)` gives the module scope in an ES module; the tracker starts from the global one.
  const root = globalScope.type === 'module' && globalScope.upper !== null ? globalScope.upper : globalScope;
  const tracker = new ASTUtils.ReferenceTracker(root, { mode: 'legacy' }) as PropertyTracker & Tracker;
  const found: TrackedReference<T>[] = [];
  const add = (references: Iterable<{ readonly node: TSESTree.Node; readonly info: unknown }>): void => {
    for (const { node, info } of references) found.push({ node, info: info as T });
  };
  add(tracker.iterateEsmReferences(modules));
  for (const identifier of getGlobalIdentifiers(root, 'require')) {
    const call = identifier.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier) continue;
    const [argument] = call.arguments;
    const source = argument === undefined ? null : ASTUtils.getStringIfConstant(argument);
    const moduleMap = source !== null && Object.hasOwn(modules, source) ? modules[source] : undefined;
    if (moduleMap !== undefined) add(tracker.iteratePropertyReferences(call, moduleMap));
  }
  for (const [name, globalMap] of Object.entries(globals)) {
    for (const identifier of getGlobalIdentifiers(root, name)) add(tracker.iteratePropertyReferences(identifier, globalMap));
  }
  return found;
}

/** The identifiers that read the global `name`, declared in the config or not; none when the file redefines it. */
export function getGlobalIdentifiers(globalScope: TSESLint.Scope.Scope, name: string): TSESTree.Identifier[] {
  const variable = globalScope.set.get(name);
  const references =
    variable === undefined ? globalScope.through.filter((reference) => reference.identifier.name === name) : variable.references;
  if ((variable !== undefined && variable.defs.length > 0) || references.some((reference) => reference.isWrite())) return [];
  return references.map((reference) => reference.identifier).filter((identifier) => identifier.type === AST_NODE_TYPES.Identifier);
}
