import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Linter, Rule } from 'eslint';
import { Linter as ESLintLinter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { getCommentsWithin, getFirstCommentFrom, hasCommentWithin } from '../../src/util/ast/comments.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Runs `check` on the SourceCode of `code`, with every node of `type` in it. */
function withNodes(code: string, type: string, check: (sourceCode: SourceCode, nodes: TSESTree.Node[]) => void): void {
  const nodes: TSESTree.Node[] = [];
  let sourceCode: SourceCode | undefined;
  const probe: Rule.RuleModule = {
    meta: { schema: [] },
    create(context) {
      sourceCode = context.sourceCode as unknown as SourceCode;
      return { [type]: (node: Rule.Node) => nodes.push(node as unknown as TSESTree.Node) };
    },
  };
  const config: Linter.Config = {
    files: ['**/*.ts'],
    plugins: { probe: { rules: { listen: probe } } },
    rules: { 'probe/listen': 'error' },
    languageOptions: { parser: tsParser as Linter.Parser },
  };
  expect(new ESLintLinter().verify(code, [config], 'file.ts')).toEqual([]);
  check(sourceCode!, nodes);
}

const CODE = [
  '/* a */ f(/* b */ 1 /* c */);',
  'g(2); // d',
  'h(/* e */);',
  'k();',
  '// f',
].join('\n');

describe('getCommentsWithin', () => {
  it('finds the comments inside a node, as getCommentsInside does', () => {
    withNodes(CODE, 'CallExpression', (sourceCode, calls) => {
      expect(calls).toHaveLength(4);
      for (const call of calls) {
        expect(getCommentsWithin(sourceCode, call.range)).toEqual(sourceCode.getCommentsInside(call));
      }
      expect(getCommentsWithin(sourceCode, calls[0]!.range).map((comment) => comment.value)).toEqual([' b ', ' c ']);
    });
  });

  it('finds the comments of a range between nodes, and none of an empty range', () => {
    withNodes(CODE, 'ExpressionStatement', (sourceCode, statements) => {
      const [first, second] = statements;
      expect(getCommentsWithin(sourceCode, [first!.range[1], second!.range[0]]).map((comment) => comment.value)).toEqual([]);
      expect(getCommentsWithin(sourceCode, [second!.range[1], statements[2]!.range[0]]).map((comment) => comment.value)).toEqual([' d']);
      expect(getCommentsWithin(sourceCode, [3, 3])).toEqual([]);
    });
  });

  it('leaves out a comment that only starts inside the range', () => {
    withNodes(CODE, 'ExpressionStatement', (sourceCode) => {
      const comment = sourceCode.ast.comments[0]!;
      expect(getCommentsWithin(sourceCode, [comment.range[0], comment.range[1] - 1])).toEqual([]);
      expect(getCommentsWithin(sourceCode, comment.range)).toEqual([comment]);
    });
  });
});

describe('hasCommentWithin', () => {
  it('tells a node with a comment inside from one without', () => {
    withNodes(CODE, 'CallExpression', (sourceCode, calls) => {
      expect(calls.map((call) => hasCommentWithin(sourceCode, call.range))).toEqual([true, false, true, false]);
    });
  });

  it('answers false in a file without comments', () => {
    withNodes('f(1);', 'CallExpression', (sourceCode, [call]) => {
      expect(hasCommentWithin(sourceCode, call!.range)).toBe(false);
    });
  });
});

describe('getFirstCommentFrom', () => {
  it('finds the next comment from an offset, also one that starts there', () => {
    withNodes(CODE, 'ExpressionStatement', (sourceCode, statements) => {
      expect(getFirstCommentFrom(sourceCode, statements[1]!.range[1])?.value).toBe(' d');
      expect(getFirstCommentFrom(sourceCode, 0)?.value).toBe(' a ');
      expect(getFirstCommentFrom(sourceCode, statements[3]!.range[1])?.value).toBe(' f');
      expect(getFirstCommentFrom(sourceCode, CODE.length)).toBeUndefined();
    });
  });
});
