import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

export type FunctionNode =
  | TSESTree.ArrowFunctionExpression
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression;

export function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionDeclaration
  );
}

/** Strips what changes only the type, never the value: `x as T`, `<T>x`, `x!`, `x satisfies T`. */
export function unwrapTSExpression(node: TSESTree.Expression): TSESTree.Expression {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion ||
    current.type === AST_NODE_TYPES.TSInstantiationExpression
  ) {
    current = current.expression;
  }
  return current;
}

/** `a.b` → `b`, `a['b']` → `b`, `a.#b` → `#b`; `undefined` for a dynamic key. */
export function getPropertyName(node: TSESTree.MemberExpression): string | undefined {
  const { property } = node;
  if (!node.computed) {
    return property.type === AST_NODE_TYPES.PrivateIdentifier ? `#${property.name}` : (property as TSESTree.Identifier).name;
  }
  if (property.type === AST_NODE_TYPES.Literal && typeof property.value === 'string') return property.value;
  if (property.type === AST_NODE_TYPES.TemplateLiteral && property.expressions.length === 0) {
    // `cooked` is null only for invalid escapes, which only tagged templates may hold.
    return property.quasis[0]!.value.cooked as string;
  }
  return undefined;
}

/** The name a callee ends in: `f` → `f`, `a.b.f` → `f`, `a['f']` → `f`; `undefined` for anything else. */
export function getCalleeName(callee: TSESTree.Expression): string | undefined {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  return callee.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(callee) : undefined;
}

/**
 * The static dotted path of a callee or member chain: `a.b.c` → `['a', 'b', 'c']`,
 * `this.logger.warn` → `['this', 'logger', 'warn']`. Type wrappers and optional chaining are seen
 * through; anything dynamic (a call, a computed key) gives `undefined`.
 */
export function getStaticPath(node: TSESTree.Node): string[] | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return [node.name];
    case AST_NODE_TYPES.ThisExpression:
      return ['this'];
    case AST_NODE_TYPES.ChainExpression:
      return getStaticPath(node.expression);
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
      return getStaticPath(node.expression);
    case AST_NODE_TYPES.MemberExpression: {
      const name = getPropertyName(node);
      if (name === undefined) return undefined;
      const object = getStaticPath(node.object);
      return object === undefined ? undefined : [...object, name];
    }
    default:
      return undefined;
  }
}

/** The identifier a static member chain starts from: `a` for `a.b.c()`, `undefined` for `this.x`. */
export function getRootIdentifier(node: TSESTree.Node): TSESTree.Identifier | undefined {
  let current: TSESTree.Node = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.Identifier:
        return current;
      case AST_NODE_TYPES.MemberExpression:
        current = current.object;
        break;
      case AST_NODE_TYPES.CallExpression:
        current = current.callee;
        break;
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        current = current.expression;
        break;
      default:
        return undefined;
    }
  }
}
