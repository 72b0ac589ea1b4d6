/**
 * Every rule of the plugin on a large body of real code that arrives with `npm ci`: zero crashes
 * allowed. The findings per rule are printed, to be read, not asserted: this code was not written
 * to our standards.
 */
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import plugin from '../../dist/index.js';

const modules = path.resolve(import.meta.dirname, '../../node_modules');
const CORPUS = ['eslint/lib/**/*.js', '@types/node/**/*.d.ts', '@typescript-eslint/*/dist/**/*.js'];

describe('real code', () => {
  it('lints the corpus with every rule on and no crash', async () => {
    const eslint = new ESLint({
      cwd: modules,
      overrideConfigFile: true,
      ignore: false,
      overrideConfig: [
        { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
        {
          files: ['**/*.{js,ts}'],
          plugins: { reliability: plugin },
          linterOptions: { reportUnusedDisableDirectives: 'off', noInlineConfig: true },
          rules: Object.fromEntries(Object.keys(plugin.rules).map((name) => [`reliability/${name}`, 'error'])),
        },
      ],
    });
    const results = await eslint.lintFiles(CORPUS);
    const fatal = results.flatMap((result) =>
      result.messages.filter((message) => message.fatal === true).map((message) => `${result.filePath}: ${message.message}`),
    );
    const perRule = new Map<string, number>();
    for (const message of results.flatMap((result) => result.messages)) {
      if (message.ruleId !== null) perRule.set(message.ruleId, (perRule.get(message.ruleId) ?? 0) + 1);
    }
    const lines = results.reduce((sum, result) => sum + readFileSync(result.filePath, 'utf8').split('\n').length, 0);
    console.log(
      `Real code: ${results.length} files, ${lines} lines. Findings per rule: ${
        [...perRule].map(([rule, count]) => `${rule} ${count}`).join(', ') || 'none'
      }`,
    );
    expect(fatal).toEqual([]);
    expect(results.length).toBeGreaterThan(500);
    expect(lines).toBeGreaterThan(150_000);
  });
});
