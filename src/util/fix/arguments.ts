import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ASTUtils } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fix = TSESLint.RuleFix;
type Fixer = TSESLint.RuleFixer;

/**
 * Inserts an argument (`text`) at `index` of a call: before the argument that is there now, or
 * after the last one, filling any gap with `undefined` (`axios.post(url)` + index 2 →
 * `axios.post(url, undefined, text)`). Parentheses around arguments, a trailing comma and comments
 * stay where they are. `undefined` when the call's parentheses cannot be found.
 */
export function buildInsertArgumentFix(
  sourceCode: SourceCode,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  index: number,
  text: string,
): ((fixer: Fixer) => Fix) | undefined {
  const args = call.arguments;
  const closingParen = sourceCode.getLastToken(call);
  if (closingParen === null || !ASTUtils.isClosingParenToken(closingParen)) return undefined;
  const current = args[index];
  if (current !== undefined) {
    // The first token of the argument, its own opening parentheses included.
    const previous = index === 0 ? getOpeningParen(sourceCode, call) : sourceCode.getTokenAfter(args[index - 1] as TSESTree.Node, ASTUtils.isCommaToken);
    const first = previous === null || previous === undefined ? null : sourceCode.getTokenAfter(previous, { includeComments: false });
    return first === null ? undefined : (fixer) => fixer.insertTextBefore(first, `${text}, `);
  }
  const padding = ', undefined'.repeat(index - args.length);
  if (args.length === 0) {
    const openingParen = getOpeningParen(sourceCode, call);
    if (openingParen === undefined) return undefined;
    return (fixer) => fixer.insertTextAfter(openingParen, `${padding.slice(2)}${padding === '' ? '' : ', '}${text}`);
  }
  // After the last argument and its closing parentheses, before a trailing comma.
  let end = sourceCode.getTokenBefore(closingParen);
  if (end !== null && ASTUtils.isCommaToken(end)) end = sourceCode.getTokenBefore(end);
  return end === null ? undefined : (fixer) => fixer.insertTextAfter(end, `${padding}, ${text}`);
}

function getOpeningParen(sourceCode: SourceCode, call: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.Token | undefined {
  const before = call.typeArguments ?? call.callee;
  const token = sourceCode.getTokenAfter(before, ASTUtils.isOpeningParenToken);
  return token ?? undefined;
}
