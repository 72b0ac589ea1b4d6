import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Linter, Rule } from 'eslint';
import { Linter as ESLintLinter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { buildInsertArgumentFix } from '../../src/util/fix/arguments.js';

/** `code` after inserting `opts` as argument `index` of the `send(…)` call or `new Send(…)`. */
function insert(code: string, index: number): string {
  const rule = {
    meta: { fixable: 'code', messages: { insert: 'Insert.' } },
    create(context: TSESLint.RuleContext<string, []>) {
      const report = (node: TSESTree.CallExpression | TSESTree.NewExpression): void => {
        const fix = buildInsertArgumentFix(context.sourceCode, node, index, 'opts');
        context.report({ node, messageId: 'insert', fix: fix ?? null } as never);
      };
      return { 'CallExpression[callee.name="send"]': report, 'NewExpression[callee.name="Send"]': report };
    },
  };
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser as Linter.Parser },
      plugins: { test: { rules: { insert: rule as unknown as Rule.RuleModule } } },
      rules: { 'test/insert': 'error' },
    },
  ];
  const [message, ...rest] = new ESLintLinter().verify(code, config, 'file.ts');
  expect(rest).toEqual([]);
  const fix = message?.fix;
  return fix === undefined ? code : code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

describe('buildInsertArgumentFix', () => {
  it('appends after the last argument', () => {
    expect(insert('send(url);', 1)).toBe('send(url, opts);');
  });

  it('fills a gap with undefined', () => {
    expect(insert('send(url);', 2)).toBe('send(url, undefined, opts);');
    expect(insert('send();', 1)).toBe('send(undefined, opts);');
  });

  it('fills an empty argument list', () => {
    expect(insert('send();', 0)).toBe('send(opts);');
    expect(insert('send<T>();', 0)).toBe('send<T>(opts);');
  });

  it('inserts before the argument at the index, outside its parentheses', () => {
    expect(insert('send(url, (callback));', 1)).toBe('send(url, opts, (callback));');
    expect(insert('send((url));', 0)).toBe('send(opts, (url));');
  });

  it('keeps a trailing comma, parentheses and comments', () => {
    expect(insert('send((url),);', 1)).toBe('send((url), opts,);');
    expect(insert('send(url /* where */);', 1)).toBe('send(url, opts /* where */);');
    expect(insert('send(url, /* done */ callback);', 1)).toBe('send(url, /* done */ opts, callback);');
  });

  it('works on optional calls and constructions', () => {
    expect(insert('send?.(url);', 1)).toBe('send?.(url, opts);');
    expect(insert('new Send(url);', 1)).toBe('new Send(url, opts);');
  });

  it('gives no fix for a construction without parentheses', () => {
    expect(insert('new Send;', 0)).toBe('new Send;');
  });
});
