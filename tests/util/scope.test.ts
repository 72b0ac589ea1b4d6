import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Linter, Rule } from 'eslint';
import { Linter as ESLintLinter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { getUnusedName } from '../../src/util/ast/scope.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

const CANDIDATES = ['error', 'err'] as const;

/** `getUnusedName` for the scope of the first node of `type` in `code` (the Program: the file's own scope). */
function unusedNameAt(
  code: string,
  type: string,
  candidates: readonly [string, ...string[]] = CANDIDATES,
  languageOptions: Linter.LanguageOptions = {},
): string {
  let result: string | undefined;
  const probe: Rule.RuleModule = {
    meta: { schema: [] },
    create(context) {
      const sourceCode = context.sourceCode as unknown as SourceCode;
      return {
        [type]: (node: Rule.Node) => {
          result ??= getUnusedName(sourceCode, sourceCode.getScope(node as unknown as TSESTree.Node), candidates);
        },
      };
    },
  };
  const config: Linter.Config = {
    files: ['**/*.ts'],
    plugins: { probe: { rules: { listen: probe } } },
    rules: { 'probe/listen': 'error' },
    languageOptions: { parser: tsParser as Linter.Parser, ...languageOptions },
  };
  expect(new ESLintLinter().verify(code, [config], 'file.ts')).toEqual([]);
  return result!;
}

describe('getUnusedName', () => {
  it('takes the first candidate when the file never writes it', () => {
    expect(unusedNameAt('try { f(); } catch { g(); }', 'CatchClause')).toBe('error');
  });

  it('skips a candidate used inside the scope', () => {
    expect(unusedNameAt('try { f(); } catch { report(error); }', 'CatchClause')).toBe('err');
  });

  it('skips a candidate declared in a nested scope', () => {
    expect(unusedNameAt('try { f(); } catch { const g = () => { const error = 1; return error; }; g(); }', 'CatchClause')).toBe('err');
  });

  it('skips a candidate visible from an outer scope', () => {
    expect(unusedNameAt('const error = 1; try { f(error); } catch { g(); }', 'CatchClause')).toBe('err');
  });

  it('takes a candidate the file writes only inside longer names', () => {
    expect(unusedNameAt('readFileSync(path); errors.push(errorCount);', 'Program', ['readFile'])).toBe('readFile');
    expect(unusedNameAt('try { f(); } catch { g(errors, $error, error_); }', 'CatchClause')).toBe('error');
  });

  it('takes a candidate the file writes only in a string or a comment when no scope declares or uses it', () => {
    expect(unusedNameAt("try { f(); } catch { g('error'); } // error", 'CatchClause')).toBe('error');
  });

  it('skips a candidate written with a Unicode escape', () => {
    expect(unusedNameAt('try { f(); } catch { const \\u0065rror = 1; g(\\u0065rror); }', 'CatchClause')).toBe('err');
  });

  it('skips a configured global that the file never writes', () => {
    expect(unusedNameAt('try { f(); } catch { g(); }', 'CatchClause', CANDIDATES, { globals: { error: 'readonly' } })).toBe('err');
    // A script's own scope is the global one, where the configured globals are declared.
    expect(unusedNameAt('f();', 'Program', CANDIDATES, { sourceType: 'script', globals: { error: 'readonly' } })).toBe('err');
  });

  it('numbers the first candidate when every candidate is taken', () => {
    expect(unusedNameAt('try { f(); } catch { g(error, err); }', 'CatchClause')).toBe('error2');
  });
});
