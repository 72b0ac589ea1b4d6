import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import { getStaticPath, unwrapTSExpression } from './expressions.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The keys an object expression is known to have. */
export interface StaticObject {
  /** The object literal written at this place (type wrappers seen through), where a new key can go. */
  readonly literal: TSESTree.ObjectExpression | undefined;
  /** Each key the file shows, with the property that sets it last. */
  readonly properties: ReadonlyMap<string, TSESTree.Property>;
  /** `false` when a spread or a computed key could add a key the file does not show. */
  readonly complete: boolean;
}

/** Calls whose first argument they may change: `Object.assign(options, ...)`, `_.merge(options, ...)`. */
const MUTATING_CALLS = /^(?:assign|defaults|defaultsDeep|defineProperties|defineProperty|extend|merge|mergeWith|set|setWith)$/u;
const MAX_DEPTH = 5;

/**
 * The keys of an object literal, or of a variable that holds one: a `const` (or a `let` written once)
 * that the file never changes, whose every other use only reads it (a spread, a member read, an
 * argument). Spreads of such objects are followed; a spread of anything else or a computed key
 * makes the result incomplete. `undefined` when the expression is not an object the file shows.
 */
export function getStaticObject(sourceCode: SourceCode, node: TSESTree.Expression): StaticObject | undefined {
  return resolveObject(sourceCode, node, 0);
}

function resolveObject(sourceCode: SourceCode, node: TSESTree.Expression, depth: number): StaticObject | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const expression = unwrapTSExpression(node);
  if (expression.type === AST_NODE_TYPES.Identifier) {
    const init = getUnchangedObjectInit(sourceCode, expression);
    const object = init === undefined ? undefined : resolveObject(sourceCode, init, depth + 1);
    return object === undefined ? undefined : { ...object, literal: undefined };
  }
  if (expression.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const properties = new Map<string, TSESTree.Property>();
  let complete = true;
  for (const property of expression.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      const spread = resolveObject(sourceCode, property.argument, depth + 1);
      if (spread === undefined) {
        complete = false;
        continue;
      }
      for (const [key, value] of spread.properties) properties.set(key, value);
      complete &&= spread.complete;
      continue;
    }
    const key = getKey(sourceCode, property);
    if (key === undefined) complete = false;
    else properties.set(key, property);
  }
  return { literal: expression, properties, complete };
}

function getKey(sourceCode: SourceCode, property: TSESTree.Property): string | undefined {
  const { key } = property;
  if (!property.computed) {
    if (key.type === AST_NODE_TYPES.Identifier) return key.name;
    return key.type === AST_NODE_TYPES.Literal ? String(key.value) : undefined;
  }
  const value = ASTUtils.getStaticValue(key, sourceCode.getScope(property));
  return value === null || (typeof value.value !== 'string' && typeof value.value !== 'number') ? undefined : String(value.value);
}

/** The initializer of a variable that holds the same object all along, else `undefined`. */
function getUnchangedObjectInit(sourceCode: SourceCode, identifier: TSESTree.Identifier): TSESTree.Expression | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (variable === null || definition?.type !== 'Variable') return undefined;
  const declarator = definition.node;
  if (declarator.id !== definition.name || declarator.init === null) return undefined;
  const writes = variable.references.filter((reference) => reference.isWrite());
  if (declarator.parent.kind !== 'const' && writes.length !== 1) return undefined;
  const readsOnly = variable.references.every((reference) => reference.init === true || isReadOnlyUse(reference.identifier));
  return readsOnly ? declarator.init : undefined;
}

/** A use of an object that cannot add or change its keys. */
function isReadOnlyUse(identifier: TSESTree.Node): boolean {
  let node: TSESTree.Node = identifier;
  while (
    node.parent?.type === AST_NODE_TYPES.TSAsExpression ||
    node.parent?.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.parent?.type === AST_NODE_TYPES.TSNonNullExpression ||
    node.parent?.type === AST_NODE_TYPES.TSTypeAssertion
  ) {
    node = node.parent;
  }
  const { parent } = node;
  switch (parent?.type) {
    case AST_NODE_TYPES.SpreadElement:
      return true;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return parent.callee !== node && !(parent.arguments[0] === node && isMutatingCall(parent));
    case AST_NODE_TYPES.MemberExpression: {
      if (parent.object !== node) return false;
      const user = parent.parent;
      return !(
        (user.type === AST_NODE_TYPES.AssignmentExpression && user.left === parent) ||
        user.type === AST_NODE_TYPES.UpdateExpression ||
        (user.type === AST_NODE_TYPES.UnaryExpression && user.operator === 'delete')
      );
    }
    default:
      return false;
  }
}

function isMutatingCall(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const name = getStaticPath(call.callee)?.at(-1);
  return name !== undefined && MUTATING_CALLS.test(name);
}
