import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ASTUtils } from '@typescript-eslint/utils';

import { getLineIndent } from './statements.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fix = TSESLint.RuleFix;
type Fixer = TSESLint.RuleFixer;

/**
 * Appends a property (`text`, such as `timeout: 5_000`) to an object literal, keeping its comments
 * and its trailing-comma style: `{ a }` → `{ a, text }`, `{ a, }` → `{ a, text, }`, and in a
 * multi-line object a new line with the last property's indent, after any comment that ends that
 * property's line. The caller checks that the key is not already there.
 */
export function buildAddPropertyFix(
  sourceCode: SourceCode,
  object: TSESTree.ObjectExpression,
  text: string,
): ((fixer: Fixer) => Fix[]) | undefined {
  const closingBrace = sourceCode.getLastToken(object);
  const last = object.properties.at(-1);
  if (closingBrace === null) return undefined;
  if (last === undefined) {
    if (sourceCode.getCommentsInside(object).length === 0) return (fixer) => [fixer.replaceText(object, `{ ${text} }`)];
    return (fixer) => [fixer.insertTextBefore(closingBrace, `${text} `)];
  }
  const after = sourceCode.getTokenAfter(last);
  const trailingComma = after !== null && ASTUtils.isCommaToken(after) ? after : undefined;
  const indent = getLineIndent(sourceCode, last);
  const multiLine = indent !== undefined && closingBrace.loc.start.line > last.loc.end.line;

  if (!multiLine) {
    return trailingComma === undefined
      ? (fixer) => [fixer.insertTextAfter(last, `, ${text}`)]
      : (fixer) => [fixer.insertTextAfter(trailingComma, ` ${text},`)];
  }
  // The new line goes after the last property, its comma and any comment that closes its line.
  const lineEnd = trailingComma ?? last;
  const comments = sourceCode.getCommentsAfter(lineEnd).filter((comment) => comment.loc.start.line === lineEnd.loc.end.line);
  const anchor = comments.at(-1) ?? lineEnd;
  const newLine = `\n${indent}${text}${trailingComma === undefined ? '' : ','}`;
  if (trailingComma === undefined && anchor !== last) {
    return (fixer) => [fixer.insertTextAfter(last, ','), fixer.insertTextAfter(anchor, newLine)];
  }
  return (fixer) => [fixer.insertTextAfter(anchor, trailingComma === undefined ? `,${newLine}` : newLine)];
}
