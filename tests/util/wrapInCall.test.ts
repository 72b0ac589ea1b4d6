import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Linter, Rule } from 'eslint';
import { Linter as ESLintLinter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { buildWrapInCall } from '../../src/util/fix/wrapInCall.js';

/** `code` after wrapping the value of the `target` property in `check(…)`. */
function wrapTarget(code: string): string {
  const rule = {
    meta: { fixable: 'code', messages: { wrap: 'Wrap.' } },
    create(context: TSESLint.RuleContext<string, []>) {
      return {
        'Property[key.name="target"]'(node: TSESTree.Property) {
          const fix = buildWrapInCall(context.sourceCode, node.value as TSESTree.Expression, 'check');
          context.report({ node, messageId: 'wrap', fix } as never);
        },
      };
    },
  };
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser as Linter.Parser },
      plugins: { test: { rules: { wrap: rule as unknown as Rule.RuleModule } } },
      rules: { 'test/wrap': 'error' },
    },
  ];
  const [message, ...rest] = new ESLintLinter().verify(code, config, 'file.ts');
  expect(rest).toEqual([]);
  const fix = message?.fix;
  return fix === undefined ? code : code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

describe('buildWrapInCall', () => {
  it('wraps an expression in a call', () => {
    expect(wrapTarget('x = { target: a / b };')).toBe('x = { target: check(a / b) };');
  });

  it('wraps outside the expression’s own parentheses, never a call’s', () => {
    expect(wrapTarget('x = { target: (a / b) };')).toBe('x = { target: check((a / b)) };');
    expect(wrapTarget('x = { target: ((a, b)) };')).toBe('x = { target: check(((a, b))) };');
  });

  it('keeps comments inside the expression', () => {
    expect(wrapTarget('x = { target: a /* hits */ / b };')).toBe('x = { target: check(a /* hits */ / b) };');
  });

  it('keeps a sequence one argument', () => {
    expect(wrapTarget('x = { target: (a, b) };')).toBe('x = { target: check((a, b)) };');
  });
});
