import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, AST_TOKEN_TYPES, ASTUtils } from '@typescript-eslint/utils';

import { someOwnNode } from '../ast/ownCode.js';
import { getParenthesizedRange } from './parenthesizedRange.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fix = TSESLint.RuleFix;
type Fixer = TSESLint.RuleFixer;

/** Expressions that `await` may precede without parentheses and keep their meaning. */
const AWAITABLE_AS_IS = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.ArrayExpression,
  AST_NODE_TYPES.AwaitExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.ChainExpression,
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.Literal,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.TaggedTemplateExpression,
  AST_NODE_TYPES.TemplateLiteral,
  AST_NODE_TYPES.ThisExpression,
]);

const contains = (outer: readonly [number, number], inner: readonly [number, number]): boolean => outer[0] <= inner[0] && inner[1] <= outer[1];

/**
 * Rewrites `await Promise.all(items.map(async (item) => work(item)));`, a statement whose result is
 * discarded, as `for (const item of items) { await work(item); }`: the same work, one item at a time.
 * That changes behaviour (no two calls overlap; the first failure stops the rest), so it is for a
 * suggestion only. Returns `undefined` where the loop could not mean the same work:
 *
 * - the callback is not an `async` arrow with one plain or destructured parameter (an index, a default
 *   value, `this` of a function expression);
 * - its block returns (in a loop, `return` would leave the enclosing function);
 * - the array expression reads a name the parameter declares (`for (const ids of ids)` reads the new,
 *   uninitialised binding);
 * - a comment sits anywhere but inside the array expression or the callback body, where it is kept.
 *
 * The loop goes where the statement was; its `;` goes too, unless it stands on a later line.
 */
export function buildSerialLoopFix(
  sourceCode: SourceCode,
  statement: TSESTree.ExpressionStatement,
  receiver: TSESTree.Expression,
  callback: TSESTree.Node,
): ((fixer: Fixer) => Fix) | undefined {
  if (callback.type !== AST_NODE_TYPES.ArrowFunctionExpression || !callback.async || callback.params.length !== 1) return undefined;
  const [parameter] = callback.params;
  if (
    parameter === undefined ||
    (parameter.type !== AST_NODE_TYPES.Identifier && parameter.type !== AST_NODE_TYPES.ObjectPattern && parameter.type !== AST_NODE_TYPES.ArrayPattern) ||
    parameter.optional ||
    receiver.type === AST_NODE_TYPES.SequenceExpression
  ) {
    return undefined;
  }
  const { body } = callback;
  if (body.type === AST_NODE_TYPES.BlockStatement && someOwnNode(sourceCode, body, (node) => node.type === AST_NODE_TYPES.ReturnStatement)) {
    return undefined;
  }
  const variables = sourceCode.getDeclaredVariables(callback);
  const names = new Set(variables.map((variable) => variable.name));
  if (sourceCode.getTokens(receiver).some((token) => token.type === AST_TOKEN_TYPES.Identifier && names.has(token.value))) return undefined;

  const receiverRange = getParenthesizedRange(sourceCode, receiver);
  const bodyRange = getParenthesizedRange(sourceCode, body);
  if (sourceCode.getCommentsInside(statement).some((comment) => !contains(receiverRange, comment.range) && !contains(bodyRange, comment.range))) {
    return undefined;
  }

  const text = sourceCode.getText();
  const parameterEnd = parameter.typeAnnotation?.range[0] ?? parameter.range[1];
  const parameterText = text.slice(parameter.range[0], parameterEnd).trimEnd();
  // `const` unless the callback assigns to its parameter.
  const reassigned = variables.some((variable) => variable.references.some((reference) => reference.isWrite()));
  const bodyText = text.slice(...bodyRange);
  let loopBody: string;
  if (body.type === AST_NODE_TYPES.BlockStatement) {
    loopBody = bodyText;
  } else {
    const awaitable = bodyRange[0] !== body.range[0] || AWAITABLE_AS_IS.has(body.type) ? bodyText : `(${bodyText})`;
    loopBody = body.type === AST_NODE_TYPES.AwaitExpression ? `{ ${bodyText}; }` : `{ await ${awaitable}; }`;
  }
  const loop = `for (${reassigned ? 'let' : 'const'} ${parameterText} of ${text.slice(...receiverRange)}) ${loopBody}`;
  // A `;` on a line of its own guards the next statement (`;(x as T).run()`): it stays.
  const last = sourceCode.getLastToken(statement);
  const keepsSemicolon = last !== null && ASTUtils.isSemicolonToken(last) && last.loc.start.line !== statement.expression.loc.end.line;
  return (fixer) => fixer.replaceTextRange([statement.range[0], keepsSemicolon ? statement.expression.range[1] : statement.range[1]], loop);
}
