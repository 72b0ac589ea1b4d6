import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Linter, Rule } from 'eslint';
import { Linter as ESLintLinter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { buildAddPropertyFix } from '../../src/util/fix/properties.js';

/** `code` after adding `timeout: 1` to the object passed to `send(…)`. */
function addTimeout(code: string): string {
  const rule = {
    meta: { fixable: 'code', messages: { add: 'Add.' } },
    create(context: TSESLint.RuleContext<string, []>) {
      return {
        'CallExpression[callee.name="send"] > ObjectExpression'(node: TSESTree.ObjectExpression) {
          context.report({ node, messageId: 'add', fix: buildAddPropertyFix(context.sourceCode, node, 'timeout: 1') } as never);
        },
      };
    },
  };
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser as Linter.Parser },
      plugins: { test: { rules: { add: rule as unknown as Rule.RuleModule } } },
      rules: { 'test/add': 'error' },
    },
  ];
  const [message, ...rest] = new ESLintLinter().verify(code, config, 'file.ts');
  expect(rest).toEqual([]);
  const fix = message?.fix;
  return fix === undefined ? code : code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

describe('buildAddPropertyFix', () => {
  it('fills an empty object', () => {
    expect(addTimeout('send({});')).toBe('send({ timeout: 1 });');
  });

  it('keeps a comment in an empty object', () => {
    expect(addTimeout('send({ /* later */ });')).toBe('send({ /* later */ timeout: 1 });');
  });

  it('appends on one line, with or without a trailing comma', () => {
    expect(addTimeout('send({ a, b: 2 });')).toBe('send({ a, b: 2, timeout: 1 });');
    expect(addTimeout('send({ a, b: 2, });')).toBe('send({ a, b: 2, timeout: 1, });');
  });

  it('adds a line with the same indent in a multi-line object, keeping its trailing comma', () => {
    expect(addTimeout('send({\n    a,\n    b: 2,\n});')).toBe('send({\n    a,\n    b: 2,\n    timeout: 1,\n});');
    expect(addTimeout('send({\n  a,\n  b: 2\n});')).toBe('send({\n  a,\n  b: 2,\n  timeout: 1\n});');
  });

  it('goes after a comment that ends the last line', () => {
    expect(addTimeout('send({\n  a, // why\n});')).toBe('send({\n  a, // why\n  timeout: 1,\n});');
    expect(addTimeout('send({\n  a // why\n});')).toBe('send({\n  a, // why\n  timeout: 1\n});');
    expect(addTimeout('send({\n  a /* one */ /* two */\n});')).toBe('send({\n  a, /* one */ /* two */\n  timeout: 1\n});');
  });

  it('appends after a spread', () => {
    expect(addTimeout('send({ ...defaults });')).toBe('send({ ...defaults, timeout: 1 });');
  });
});
