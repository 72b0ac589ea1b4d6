import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { FunctionNode } from './expressions.js';
import { isFunctionNode } from './expressions.js';

/**
 * Visits `root` and the nodes below it that are its own code: nested functions and class bodies are
 * not entered (their code runs when they are called, not here), though `root` itself may be one.
 * Depth-first, in source order. `visit` returns `false` to skip a node's children.
 */
export function walkOwnCode(
  sourceCode: Readonly<TSESLint.SourceCode>,
  root: TSESTree.Node,
  visit: (node: TSESTree.Node) => boolean,
): void {
  const pending: TSESTree.Node[] = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node !== root && (isFunctionNode(node) || node.type === AST_NODE_TYPES.ClassBody)) continue;
    if (!visit(node)) continue;
    const keys = sourceCode.visitorKeys[node.type] ?? [];
    for (let index = keys.length - 1; index >= 0; index--) {
      const child = (node as unknown as Record<string, unknown>)[keys[index] ?? ''];
      if (Array.isArray(child)) {
        for (let item = child.length - 1; item >= 0; item--) {
          const element = child[item] as TSESTree.Node | null;
          if (element !== null) pending.push(element);
        }
      } else if (child !== null && typeof child === 'object') {
        pending.push(child as TSESTree.Node);
      }
    }
  }
}

/** Whether any node of `root`'s own code (see {@link walkOwnCode}) passes `test`; stops at the first. */
export function someOwnNode(
  sourceCode: Readonly<TSESLint.SourceCode>,
  root: TSESTree.Node,
  test: (node: TSESTree.Node) => boolean,
): boolean {
  let found = false;
  walkOwnCode(sourceCode, root, (node) => {
    found ||= test(node);
    return !found;
  });
  return found;
}

/** The innermost function around a node (a node in a function's parameters is in that function). */
export function getEnclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  // `Program.parent` is `null` in ESLint's AST, `undefined` in the types.
  for (let current = node.parent; current !== undefined && current !== null; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return undefined;
}

/** Whether `inner` (a node, comment or token) lies within `outer`'s source range (a node is within itself). */
export function isWithin(inner: { readonly range: TSESTree.Range }, outer: { readonly range: TSESTree.Range }): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
}
