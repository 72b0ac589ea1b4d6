import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_TOKEN_TYPES } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fix = TSESLint.RuleFix;
type Fixer = TSESLint.RuleFixer;

/** The whitespace before `node` when it starts its own line, else `undefined`. */
export function getLineIndent(sourceCode: SourceCode, node: TSESTree.Node | TSESTree.Token): string | undefined {
  const line = sourceCode.lines[node.loc.start.line - 1] ?? '';
  const before = line.slice(0, node.loc.start.column);
  return /^\s*$/u.test(before) ? before : undefined;
}

/** Inserts a statement as the first one of a block, on its own line when the block's first statement has one. */
export function buildInsertAtBlockStart(
  sourceCode: SourceCode,
  block: TSESTree.BlockStatement,
  statement: string,
): (fixer: Fixer) => Fix {
  const [first] = block.body;
  const firstComment = sourceCode.getCommentsInside(block)[0];
  const anchor = firstComment !== undefined && (first === undefined || firstComment.range[0] < first.range[0]) ? firstComment : first;
  if (anchor === undefined) {
    return (fixer) => fixer.replaceText(block, `{ ${statement} }`);
  }
  const indent = getLineIndent(sourceCode, anchor);
  return (fixer) => fixer.insertTextBefore(anchor, indent === undefined ? `${statement} ` : `${statement}\n${indent}`);
}

/** Appends a statement as the last one of a block, after its last statement or comment. */
export function buildAppendToBlock(
  sourceCode: SourceCode,
  block: TSESTree.BlockStatement,
  statement: string,
): (fixer: Fixer) => Fix {
  const comments = sourceCode.getCommentsInside(block);
  const last = block.body.at(-1);
  const lastComment = comments.at(-1);
  const anchor = lastComment !== undefined && (last === undefined || lastComment.range[1] > last.range[1]) ? lastComment : last;
  if (anchor === undefined) {
    return (fixer) => fixer.replaceText(block, `{ ${statement} }`);
  }
  const indent = getLineIndent(sourceCode, anchor);
  if (indent !== undefined) return (fixer) => fixer.insertTextAfter(anchor, `\n${indent}${statement}`);
  // After a trailing line comment the statement needs a line of its own.
  const separator = anchor.type === AST_TOKEN_TYPES.Line ? '\n' : ' ';
  return (fixer) => fixer.insertTextAfter(anchor, `${separator}${statement}`);
}
