/**
 * Same input, same output: linting the same files twice, and in reverse order, gives identical
 * results, so no rule keeps state from one file to the next.
 */
import tsParser from '@typescript-eslint/parser';
import type { Linter } from 'eslint';
import { ESLint } from 'eslint';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import plugin from '../../dist/index.js';

const root = path.resolve(import.meta.dirname, '../..');
const files = [
  ...readdirSync(path.join(root, 'examples/service'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join('examples/service', file)),
  ...readdirSync(path.join(root, 'tests/e2e/consumer/src')).map((file) => path.join('tests/e2e/consumer/src', file)),
].sort();

function createLinter(): ESLint {
  return new ESLint({
    cwd: root,
    overrideConfigFile: true,
    ignore: false,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
      {
        files: ['**/*.{js,ts}'],
        plugins: { reliability: plugin },
        rules: Object.fromEntries(Object.keys(plugin.rules).map((name) => [`reliability/${name}`, 'error'])),
      },
    ],
  });
}

/** One file at a time, in the given order, through one linter: the order is really the order. */
async function lintInOrder(order: string[]): Promise<Record<string, Linter.LintMessage[]>> {
  const eslint = createLinter();
  const byFile: Record<string, Linter.LintMessage[]> = {};
  for (const file of order) {
    const [result] = await eslint.lintFiles([file]);
    byFile[file] = result?.messages ?? [];
  }
  return byFile;
}

describe('determinism', () => {
  it('lints enough files to mean something', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it('gives identical results twice and in reverse order', async () => {
    const first = await lintInOrder(files);
    const second = await lintInOrder(files);
    const reversed = await lintInOrder([...files].reverse());
    expect(Object.values(first).flat().length).toBeGreaterThan(0);
    expect(second).toEqual(first);
    expect(reversed).toEqual(first);
  });
});
