import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { getParenthesizedRange } from './parenthesizedRange.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fix = TSESLint.RuleFix;
type Fixer = TSESLint.RuleFixer;

/**
 * Wraps an expression in a call: `a / b` → `check(a / b)`. The call goes around the expression's own
 * parentheses, so `(a, b)` stays one argument, and comments inside the expression stay where they are.
 */
export function buildWrapInCall(sourceCode: SourceCode, node: TSESTree.Expression, callee: string): (fixer: Fixer) => Fix[] {
  const [start, end] = getParenthesizedRange(sourceCode, node);
  // A bare sequence would become several arguments.
  const [open, close] = node.type === AST_NODE_TYPES.SequenceExpression && start === node.range[0] ? ['((', '))'] : ['(', ')'];
  return (fixer) => [fixer.insertTextBeforeRange([start, end], `${callee}${open}`), fixer.insertTextAfterRange([start, end], close)];
}
