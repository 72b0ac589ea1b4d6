import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ASTUtils } from '@typescript-eslint/utils';

/** The source range of a node with the parentheses written around it: `((a, b))` for the sequence `a, b`. */
export function getParenthesizedRange(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): [number, number] {
  let first: TSESTree.Node | TSESTree.Token = node;
  let last: TSESTree.Node | TSESTree.Token = node;
  for (let times = 1; ASTUtils.isParenthesized(times, node, sourceCode); times++) {
    first = sourceCode.getTokenBefore(first) ?? first;
    last = sourceCode.getTokenAfter(last) ?? last;
  }
  return [first.range[0], last.range[1]];
}
