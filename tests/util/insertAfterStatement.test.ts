import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Linter, Rule } from 'eslint';
import { Linter as ESLintLinter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { buildInsertAfterStatement } from '../../src/util/fix/insertAfterStatement.js';

/** `code` after inserting `text` after the statement that declares `target` (or the `target = …` statement). */
function insertAfter(code: string, text: string): string | undefined {
  const rule = {
    meta: { fixable: 'code', messages: { insert: 'Insert.' } },
    create(context: TSESLint.RuleContext<string, []>) {
      const report = (statement: TSESTree.Statement): void => {
        const fix = buildInsertAfterStatement(context.sourceCode, statement, text);
        context.report({ node: statement, messageId: 'insert', ...(fix === undefined ? {} : { fix }) } as never);
      };
      return {
        'VariableDeclaration:has(Identifier[name="target"])'(node: TSESTree.VariableDeclaration) {
          report(node.parent.type === 'ExportNamedDeclaration' ? node.parent : node);
        },
        'ExpressionStatement:has(AssignmentExpression > Identifier.left[name="target"])'(node: TSESTree.ExpressionStatement) {
          report(node);
        },
      };
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
  const messages = new ESLintLinter().verify(code, config, 'file.ts');
  expect(messages.filter((message) => message.fatal === true)).toEqual([]);
  expect(messages).toHaveLength(1);
  const fix = messages[0]?.fix;
  return fix === undefined ? undefined : code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

describe('buildInsertAfterStatement', () => {
  it('inserts on the next line with the same indent', () => {
    expect(insertAfter('function f() {\n  const target = 1;\n  use(target);\n}', 'check(target);')).toBe(
      'function f() {\n  const target = 1;\n  check(target);\n  use(target);\n}',
    );
  });

  it('inserts after a comment that closes the line, which stays with its statement', () => {
    expect(insertAfter('const target = 1; // one\nuse(target);', 'check(target);')).toBe(
      'const target = 1; // one\ncheck(target);\nuse(target);',
    );
    expect(insertAfter('const target = 1; /* a */ /* b */\nuse(target);', 'check(target);')).toBe(
      'const target = 1; /* a */ /* b */\ncheck(target);\nuse(target);',
    );
  });

  it('keeps a one-line block on one line, breaking only after a line comment', () => {
    expect(insertAfter('if (ok) { const target = 1; use(target); }', 'check(target);')).toBe(
      'if (ok) { const target = 1; check(target); use(target); }',
    );
    expect(insertAfter('if (ok) { use(); const target = 1; // one\n}', 'check(target);')).toBe(
      'if (ok) { use(); const target = 1; // one\ncheck(target);\n}',
    );
  });

  it('inserts after an export, in a switch case and after an assignment statement', () => {
    expect(insertAfter('export const target = 1;\n', 'check(target);')).toBe('export const target = 1;\ncheck(target);\n');
    expect(insertAfter('switch (x) {\n  case 1:\n    target = 1;\n    break;\n}', 'check(target);')).toBe(
      'switch (x) {\n  case 1:\n    target = 1;\n    check(target);\n    break;\n}',
    );
  });

  it('adds a semicolon when the new statement would continue a line without one', () => {
    expect(insertAfter('let target = 1\nuse(target)', '(check)(target)')).toBe('let target = 1\n;(check)(target)\nuse(target)');
    expect(insertAfter('let target = 1\nuse(target)', 'check(target)')).toBe('let target = 1\ncheck(target)\nuse(target)');
  });

  it('gives up where the new statement would not run right after the old one', () => {
    expect(insertAfter('if (ok) target = 1;', 'check(target);')).toBeUndefined();
    expect(insertAfter('for (let target = 0; ; ) {}', 'check(target);')).toBeUndefined();
  });
});
