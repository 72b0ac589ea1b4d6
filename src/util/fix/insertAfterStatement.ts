import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/utils';

import { getLineIndent } from './statements.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fix = TSESLint.RuleFix;
type Fixer = TSESLint.RuleFixer;

/** Nodes whose statements run one after the other, so a statement inserted there runs right after its neighbour. */
const STATEMENT_LISTS = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.BlockStatement,
  AST_NODE_TYPES.Program,
  AST_NODE_TYPES.StaticBlock,
  AST_NODE_TYPES.SwitchCase,
  AST_NODE_TYPES.TSModuleBlock,
]);
/** A statement that starts with one of these would continue the previous line when it has no semicolon. */
const ASI_HAZARD = /^[-+*/([`]/u;

/**
 * Inserts a statement right after `statement`, on its own line with the same indent when `statement`
 * starts its line, after any comment that closes that line (so the comment stays with its statement).
 * `undefined` when `statement` is not directly in a statement list: after the body of `if (c) x = 1;`
 * the new statement would run whatever `c` is.
 */
export function buildInsertAfterStatement(
  sourceCode: SourceCode,
  statement: TSESTree.Statement,
  text: string,
): ((fixer: Fixer) => Fix) | undefined {
  if (!STATEMENT_LISTS.has(statement.parent.type)) return undefined;
  const lastToken = sourceCode.getLastToken(statement);
  if (lastToken === null) return undefined;
  const anchor = getLastCommentOnLine(sourceCode, lastToken) ?? lastToken;
  const needsSemicolon = ASI_HAZARD.test(text) && lastToken.value !== ';' && lastToken.value !== '}';
  const prefix = needsSemicolon ? ';' : '';
  const indent = getLineIndent(sourceCode, statement);
  if (indent !== undefined) return (fixer) => fixer.insertTextAfter(anchor, `\n${indent}${prefix}${text}`);
  const separator = anchor.type === AST_TOKEN_TYPES.Line ? '\n' : ' ';
  return (fixer) => fixer.insertTextAfter(anchor, `${separator}${prefix}${text}`);
}

/** The last of the comments that follow `token` on its line with no code between them. */
function getLastCommentOnLine(sourceCode: SourceCode, token: TSESTree.Token): TSESTree.Comment | undefined {
  let last: TSESTree.Comment | undefined;
  for (const comment of sourceCode.getCommentsAfter(token)) {
    if (comment.loc.start.line !== token.loc.end.line) break;
    last = comment;
  }
  return last;
}
