import { parse } from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { SourceCode } from 'eslint';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';

import { getStringSource, STRING_HOLE } from '../../src/util/ast/stringSource.js';

/** The first expression of `code`, with a source code object to read it through. */
function read(code: string): { sourceCode: TSESLint.SourceCode; node: TSESTree.Node } {
  const ast = parse(code, { range: true, loc: true, tokens: true, comment: true });
  const sourceCode = new SourceCode(code, ast as never) as unknown as TSESLint.SourceCode;
  const statement = ast.body[0] as TSESTree.ExpressionStatement;
  return { sourceCode, node: statement.expression };
}

/** The source text each decoded character was written as. */
function sourceOf(code: string): { text: string; pieces: string[] } {
  const { sourceCode, node } = read(code);
  const source = getStringSource(sourceCode, node);
  if (source === undefined) throw new Error('not a string');
  const pieces = [...source.text].map((_char, index) => code.slice(source.toSourceIndex(index), source.toSourceIndex(index + 1)));
  return { text: source.text, pieces };
}

describe('getStringSource', () => {
  it('maps a plain string one to one, ending at the closing quote', () => {
    const { sourceCode, node } = read("'ab';");
    const source = getStringSource(sourceCode, node);
    expect(source?.text).toBe('ab');
    expect([0, 1, 2].map((index) => source?.toSourceIndex(index))).toEqual([1, 2, 3]);
  });

  it('decodes escapes and maps each character to its whole escape', () => {
    expect(sourceOf("'a\\'b\\n\\x41\\u0042\\u{43}\\0';")).toEqual({
      text: "a'b\nABC\0",
      pieces: ['a', "\\'", 'b', '\\n', '\\x41', '\\u0042', '\\u{43}', '\\0'],
    });
  });

  it('drops line continuations', () => {
    expect(sourceOf("'a\\\nb';").text).toBe('ab');
  });

  it('reads a template literal, with one hole per expression', () => {
    const { sourceCode, node } = read('`a${x}b${y}`;');
    const source = getStringSource(sourceCode, node);
    expect(source?.text).toBe(`a${STRING_HOLE}b${STRING_HOLE}`);
    expect(source?.holes).toHaveLength(2);
    expect(source?.toSourceIndex(1)).toBe(2);
    expect(source?.toSourceIndex(2)).toBe(6);
  });

  it('reads the template of a tagged template', () => {
    const { sourceCode, node } = read('sql`SELECT ${id}`;');
    expect(getStringSource(sourceCode, (node as TSESTree.TaggedTemplateExpression).quasi)?.text).toBe(`SELECT ${STRING_HOLE}`);
  });

  it('is undefined for anything else', () => {
    const { sourceCode, node } = read('42;');
    expect(getStringSource(sourceCode, node)).toBeUndefined();
  });
});

describe('getStringSource: more escapes', () => {
  it('drops a line continuation written with CRLF', () => {
    expect(sourceOf("'a\\\r\nb';").text).toBe('ab');
  });

  it('reads legacy octal escapes of up to three digits, at most 0o377, in sloppy-mode JavaScript', () => {
    const code = "'\\101\\400\\1';";
    const ast = espree.parse(code, { range: true, loc: true, tokens: true, comment: true, ecmaVersion: 'latest', sourceType: 'script' });
    const sourceCode = new SourceCode(code, ast as never) as unknown as TSESLint.SourceCode;
    const node = (ast.body[0] as unknown as TSESTree.ExpressionStatement).expression;
    const source = getStringSource(sourceCode, node);
    expect(source?.text).toBe('A 0\u0001');
    expect([0, 1, 2, 3, 4].map((index) => source?.toSourceIndex(index))).toEqual([1, 5, 8, 9, 11]);
  });

  it('keeps the letter of an invalid unicode escape in a tagged template', () => {
    const { sourceCode, node } = read('tag`\\u{zz}`;');
    expect(getStringSource(sourceCode, (node as TSESTree.TaggedTemplateExpression).quasi)?.text).toBe('u');
  });
});
