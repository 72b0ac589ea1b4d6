import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fix = TSESLint.RuleFix;
type Fixer = TSESLint.RuleFixer;

/**
 * Wraps an expression in a call: `a / b` → `check(a / b)`. The call goes around the expression's own
 * parentheses, so `(a, b)` stays one argument, and comments inside the expression stay where they are.
 */
export function buildWrapInCall(sourceCode: SourceCode, node: TSESTree.Expression, callee: string): (fixer: Fixer) => Fix[] {
  let outer: TSESTree.Node | TSESTree.Token = node;
  let end: TSESTree.Node | TSESTree.Token = node;
  for (let times = 1; ASTUtils.isParenthesized(times, node, sourceCode); times++) {
    outer = sourceCode.getTokenBefore(outer) ?? outer;
    end = sourceCode.getTokenAfter(end) ?? end;
  }
  // A bare sequence would become several arguments.
  const [open, close] = node.type === AST_NODE_TYPES.SequenceExpression && outer === node ? ['((', '))'] : ['(', ')'];
  return (fixer) => [fixer.insertTextBefore(outer, `${callee}${open}`), fixer.insertTextAfter(end, close)];
}
