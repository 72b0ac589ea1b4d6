import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import { getPropertyName } from './expressions.js';
import { getImportedName } from './importBinding.js';
import { isWithin } from './ownCode.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/**
 * Where a value comes from, as far as the file shows it:
 * - `global`: a global, also when read through `globalThis`, `window`, `self` or `global`
 *   (`fetch` and `globalThis.fetch` both give the path `['fetch']`);
 * - `module`: an import or a `require` (`import { fetch as f } from 'undici'` gives `'undici'` and
 *   `['fetch']`; a default import gives `['default']`; a namespace import or `require('m')` gives `[]`);
 * - `call`: the result of a call or `new` written in the file (`axios.create()`, `new Client(url)`),
 *   plus the members read from it.
 */
export type Origin =
  | { readonly type: 'call'; readonly node: TSESTree.CallExpression | TSESTree.NewExpression; readonly path: readonly string[] }
  | { readonly type: 'global'; readonly path: readonly string[] }
  | { readonly type: 'module'; readonly source: string; readonly path: readonly string[] };

const GLOBAL_OBJECTS = new Set(['global', 'globalThis', 'self', 'window']);
/** How many aliases (`const a = b`) are followed before giving up: enough for real code, safe for cycles. */
const MAX_DEPTH = 8;

/** Origins of variables, by variable: each is resolved once per file. `null` = not statically known. */
const variableOrigins = new WeakMap<Variable, Origin | null>();

/**
 * The origin of an expression, resolved through scope: imports (renamed, default, namespace),
 * `require` (also destructured), `const` aliases, globals and global-object members, and `this.x`
 * where the class gives `x` a value in a field or its constructor. Type wrappers and optional
 * chaining are seen through. `undefined` when the file does not say (a parameter, a reassigned
 * variable, a computed key, the result of an unknown expression).
 */
export function getOrigin(sourceCode: SourceCode, node: TSESTree.Node): Origin | undefined {
  const known = nodeOrigins.get(node);
  if (known !== undefined) return known ?? undefined;
  const origin = resolve(sourceCode, node, 0);
  nodeOrigins.set(node, origin ?? null);
  return origin;
}

/** Origins by node, shared by every rule that asks about the same callee. `null` = not statically known. */
const nodeOrigins = new WeakMap<TSESTree.Node, Origin | null>();

function resolve(sourceCode: SourceCode, node: TSESTree.Node, depth: number): Origin | undefined {
  if (depth > MAX_DEPTH) return undefined;
  switch (node.type) {
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
    case AST_NODE_TYPES.TSInstantiationExpression:
      return resolve(sourceCode, node.expression, depth + 1);
    case AST_NODE_TYPES.Identifier:
      return resolveIdentifier(sourceCode, node);
    case AST_NODE_TYPES.MemberExpression: {
      const name = getPropertyName(node);
      if (name === undefined) return undefined;
      const base =
        node.object.type === AST_NODE_TYPES.ThisExpression
          ? resolveThisMember(sourceCode, node.object, name, depth)
          : resolve(sourceCode, node.object, depth + 1);
      if (base === undefined) return undefined;
      return node.object.type === AST_NODE_TYPES.ThisExpression ? base : withPath(base, name);
    }
    case AST_NODE_TYPES.CallExpression: {
      const source = getRequiredModule(sourceCode, node);
      return source === undefined ? { type: 'call', node, path: [] } : { type: 'module', source, path: [] };
    }
    case AST_NODE_TYPES.NewExpression:
      return { type: 'call', node, path: [] };
    default:
      return undefined;
  }
}

function withPath(origin: Origin, name: string): Origin {
  return { ...origin, path: [...origin.path, name] };
}

function resolveIdentifier(sourceCode: SourceCode, node: TSESTree.Identifier): Origin | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  if (variable === null || variable.defs.length === 0) {
    // A global: unless the file assigns to it, it is what the runtime provides.
    if (getWrittenGlobals(sourceCode).has(node.name)) return undefined;
    return { type: 'global', path: GLOBAL_OBJECTS.has(node.name) ? [] : [node.name] };
  }
  const cached = variableOrigins.get(variable);
  if (cached !== undefined) return cached ?? undefined;
  // Guards against `const a = b, b = a`: the variable counts as unknown while it is being resolved.
  variableOrigins.set(variable, null);
  // A variable starts a fresh count: its origin must not depend on where it was first asked for.
  const origin = resolveVariable(sourceCode, variable);
  variableOrigins.set(variable, origin ?? null);
  return origin;
}

const writtenGlobals = new WeakMap<object, ReadonlySet<string>>();

/** Globals the file assigns to (`fetch = stub`), declared in the config or not: collected once per file. */
function getWrittenGlobals(sourceCode: SourceCode): ReadonlySet<string> {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (globalScope === null || globalScope === undefined) return new Set();
  const cached = writtenGlobals.get(globalScope);
  if (cached !== undefined) return cached;
  const names = new Set<string>();
  for (const reference of globalScope.through) {
    if (reference.isWrite()) names.add(reference.identifier.name);
  }
  for (const variable of globalScope.variables) {
    if (variable.defs.length === 0 && variable.references.some((reference) => reference.isWrite())) names.add(variable.name);
  }
  writtenGlobals.set(globalScope, names);
  return names;
}

function resolveVariable(sourceCode: SourceCode, variable: Variable): Origin | undefined {
  if (variable.defs.length !== 1) return undefined;
  const [definition] = variable.defs;
  if (definition === undefined) return undefined;
  if (definition.type === 'ImportBinding') return resolveImport(definition.node, definition.parent);
  if (definition.type !== 'Variable') return undefined;
  const declarator = definition.node;
  if (declarator.init === null) return undefined;
  // `let`/`var` count only when the declaration is their one write.
  if (declarator.parent.kind !== 'const' && variable.references.filter((reference) => reference.isWrite()).length !== 1) {
    return undefined;
  }
  const path = getPatternPath(declarator.id, definition.name);
  if (path === undefined) return undefined;
  const base = resolve(sourceCode, declarator.init, 0);
  return base === undefined ? undefined : path.reduce(withPath, base);
}

function resolveImport(
  node: TSESTree.ImportDefaultSpecifier | TSESTree.ImportNamespaceSpecifier | TSESTree.ImportSpecifier | TSESTree.TSImportEqualsDeclaration,
  declaration: TSESTree.ImportDeclaration | TSESTree.TSImportEqualsDeclaration,
): Origin | undefined {
  if (node.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
    // `import x = require('m')`
    const reference = node.moduleReference;
    return reference.type === AST_NODE_TYPES.TSExternalModuleReference &&
      reference.expression.type === AST_NODE_TYPES.Literal &&
      typeof reference.expression.value === 'string'
      ? { type: 'module', source: reference.expression.value, path: [] }
      : undefined;
  }
  if (declaration.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
  if (declaration.importKind === 'type' || (node.type === AST_NODE_TYPES.ImportSpecifier && node.importKind === 'type')) {
    return undefined;
  }
  const source = declaration.source.value;
  switch (node.type) {
    case AST_NODE_TYPES.ImportDefaultSpecifier:
      return { type: 'module', source, path: ['default'] };
    case AST_NODE_TYPES.ImportNamespaceSpecifier:
      return { type: 'module', source, path: [] };
    default:
      return { type: 'module', source, path: [getImportedName(node)] };
  }
}

/** The keys that lead from a declaration's pattern to one of its names: `{ a: { b } }` → `['a', 'b']`. */
function getPatternPath(pattern: TSESTree.Node, name: TSESTree.Identifier): string[] | undefined {
  if (pattern === name) return [];
  if (pattern.type === AST_NODE_TYPES.AssignmentPattern) return getPatternPath(pattern.left, name);
  if (pattern.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property || !isWithin(name, property)) continue;
    const key = getStaticKey(property);
    const rest = getPatternPath(property.value, name);
    return key === undefined || rest === undefined ? undefined : [key, ...rest];
  }
  return undefined;
}

function getStaticKey(property: TSESTree.Property): string | undefined {
  const { key } = property;
  if (!property.computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  return key.type === AST_NODE_TYPES.Literal && (typeof key.value === 'string' || typeof key.value === 'number')
    ? String(key.value)
    : undefined;
}

/** `require('m')` with the global `require` and a literal module name. */
function getRequiredModule(sourceCode: SourceCode, node: TSESTree.CallExpression): string | undefined {
  const { callee, arguments: args } = node;
  if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== 'require' || args.length !== 1) return undefined;
  const [source] = args;
  if (source?.type !== AST_NODE_TYPES.Literal || typeof source.value !== 'string') return undefined;
  const variable = ASTUtils.findVariable(sourceCode.getScope(callee), callee);
  return variable === null || variable.defs.length === 0 ? source.value : undefined;
}

/**
 * `this.name` inside a class: the value its field initializer (`client = axios.create()`) or its
 * constructor (`this.client = axios.create()`) gives it, when nothing else in the class assigns it.
 * Static members, parameter properties and members assigned in several places are unknown.
 */
function resolveThisMember(sourceCode: SourceCode, thisNode: TSESTree.ThisExpression, name: string, depth: number): Origin | undefined {
  const body = getThisClassBody(thisNode);
  if (body === undefined) return undefined;
  const assignments = getThisAssignments(sourceCode, body).get(name) ?? [];
  const field = body.body.find(
    (member): member is TSESTree.PropertyDefinition =>
      member.type === AST_NODE_TYPES.PropertyDefinition && !member.static && !member.computed && getMemberName(member) === name,
  );
  if (field?.value !== null && field?.value !== undefined) {
    return assignments.length === 0 ? resolve(sourceCode, field.value, depth + 1) : undefined;
  }
  const [only] = assignments;
  return only === undefined || assignments.length > 1 || !isInConstructor(only) ? undefined : resolve(sourceCode, only.right, depth + 1);
}

/** Every `this.x = value` in a class body, by member name: collected once per class. */
const classAssignments = new WeakMap<TSESTree.ClassBody, Map<string, TSESTree.AssignmentExpression[]>>();

function getThisAssignments(sourceCode: SourceCode, body: TSESTree.ClassBody): Map<string, TSESTree.AssignmentExpression[]> {
  const cached = classAssignments.get(body);
  if (cached !== undefined) return cached;
  const assignments = new Map<string, TSESTree.AssignmentExpression[]>();
  const pending: TSESTree.Node[] = [body];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (
      node.type === AST_NODE_TYPES.AssignmentExpression &&
      node.left.type === AST_NODE_TYPES.MemberExpression &&
      node.left.object.type === AST_NODE_TYPES.ThisExpression
    ) {
      const name = getPropertyName(node.left);
      if (name !== undefined) assignments.set(name, [...(assignments.get(name) ?? []), node]);
    }
    for (const key of sourceCode.visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) pending.push(...(child as TSESTree.Node[]).filter(isNode));
      else if (isNode(child)) pending.push(child);
    }
  }
  classAssignments.set(body, assignments);
  return assignments;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** A top-level statement of the class's constructor. */
function isInConstructor(assignment: TSESTree.AssignmentExpression): boolean {
  const statement = assignment.parent;
  const block = statement.parent;
  const method = block?.parent?.parent;
  return (
    assignment.operator === '=' &&
    statement.type === AST_NODE_TYPES.ExpressionStatement &&
    block?.type === AST_NODE_TYPES.BlockStatement &&
    method?.type === AST_NODE_TYPES.MethodDefinition &&
    method.kind === 'constructor'
  );
}

function getMemberName(member: TSESTree.PropertyDefinition): string | undefined {
  const { key } = member;
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  return key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? key.value : undefined;
}

/** The body of the class whose instance `this` is: through arrow functions, up to a method or a field. */
function getThisClassBody(thisNode: TSESTree.ThisExpression): TSESTree.ClassBody | undefined {
  let child: TSESTree.Node = thisNode;
  for (let current = thisNode.parent; current !== undefined; child = current, current = current.parent) {
    switch (current.type) {
      case AST_NODE_TYPES.FunctionExpression:
        return current.parent.type === AST_NODE_TYPES.MethodDefinition && !current.parent.static ? current.parent.parent : undefined;
      case AST_NODE_TYPES.PropertyDefinition:
        return current.value === child && !current.static ? current.parent : undefined;
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.StaticBlock:
      case AST_NODE_TYPES.Program:
        return undefined;
      default:
        break;
    }
  }
  return undefined;
}
