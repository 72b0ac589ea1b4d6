/**
 * How ESLint's results become the audit's raw findings, with a stand-in for ESLint: which reports
 * count, how a crashing file is recorded, batching and progress, and the built-in configuration.
 */
import type { ESLint, Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

import { TEST_IGNORES } from '../../src/audit/files.js';
import { createBuiltInConfig, lintRepository, withoutEslintIgnoreWarning } from '../../src/audit/lint.js';
import plugin from '../../src/index.js';
import { createProject, removeProjects } from './helpers.js';

type Message = Partial<Linter.LintMessage> & Pick<Linter.LintMessage, 'message'>;

/** A stand-in for ESLint: results per file, a config per file, and files whose lint throws. */
function fakeESLint(options: {
  messages: Record<string, Message[]>;
  config?: (file: string) => unknown;
  crashes?: readonly string[];
}): { ESLint: typeof ESLint; calls: string[][] } {
  const calls: string[][] = [];
  class FakeESLint {
    static readonly version = '10.0.0';

    async lintFiles(files: string[]): Promise<ESLint.LintResult[]> {
      calls.push(files);
      if (files.some((file) => options.crashes?.includes(file))) throw new Error('Rule crashed\nstack');
      return files.map((filePath) => ({ filePath, source: 'a\n\nb\n', messages: (options.messages[filePath] ?? []) as Linter.LintMessage[] }) as ESLint.LintResult);
    }

    async isPathIgnored(file: string): Promise<boolean> {
      return file.includes('/ignored/');
    }

    async calculateConfigForFile(file: string): Promise<unknown> {
      return options.config?.(file) ?? { plugins: { reliability: plugin }, rules: { 'reliability/no-swallowed-errors': 'error', 'no-throw-literal': ['error'], 'no-debugger': 'off' } };
    }
  }
  return { ESLint: FakeESLint as unknown as typeof ESLint, calls };
}

afterAll(removeProjects);

const base = { root: '/repo', useProjectConfig: true, preset: 'recommended', includeTests: false, gitignorePatterns: [] } as const;

describe('lintRepository', () => {
  it('keeps the reports of rules with an area, and counts the others apart', async () => {
    const { ESLint } = fakeESLint({
      messages: {
        '/repo/a.ts': [
          { ruleId: 'reliability/no-swallowed-errors', messageId: 'swallowedError', message: 'Swallowed.', severity: 2, line: 2, column: 3, endLine: 2, endColumn: 9 },
          { ruleId: 'no-throw-literal', message: 'Literal.', severity: 1, line: 3, column: 1 },
          { ruleId: 'no-debugger', message: 'Debugger.', severity: 2, line: 1, column: 1 },
          { ruleId: 'other/no-swallowed-errors', message: 'Not ours.', severity: 2, line: 1, column: 1 },
          { ruleId: null, message: "Unused eslint-disable directive (no problems were reported from 'x').", severity: 1, line: 1, column: 1 },
          { ruleId: 'react-hooks/exhaustive-deps', message: "Definition for rule 'react-hooks/exhaustive-deps' was not found.", severity: 2, line: 1, column: 1 },
          { ruleId: null, fatal: true, message: 'Parsing error: Unexpected token', severity: 2, line: 4, column: 2 },
        ],
      },
    });
    const outcome = await lintRepository(ESLint, { ...base, files: ['/repo/a.ts'] });
    expect(outcome.eslintVersion).toBe('10.0.0');
    expect(outcome.files).toEqual([{ filePath: '/repo/a.ts', lines: 2 }]);
    expect(outcome.findings).toEqual([
      {
        area: 'error-handling',
        severity: 'high',
        rule: 'no-swallowed-errors',
        isCore: false,
        docsUrl: 'https://github.com/eslint-plugin-reliability/eslint-plugin-reliability/blob/main/docs/rules/no-swallowed-errors.md',
        ruleId: 'reliability/no-swallowed-errors',
        level: 'error',
        message: 'Swallowed.',
        messageId: 'swallowedError',
        filePath: '/repo/a.ts',
        line: 2,
        column: 3,
        endLine: 2,
        endColumn: 9,
        lineText: '',
      },
      expect.objectContaining({ ruleId: 'no-throw-literal', isCore: true, level: 'warning', endLine: 3, endColumn: 1, lineText: 'b' }),
    ]);
    expect(outcome.otherFindings).toBe(2);
    expect(outcome.unparsed).toEqual([{ filePath: '/repo/a.ts', line: 4, column: 2, message: 'Parsing error: Unexpected token' }]);
    expect([...outcome.enabledRules.keys()]).toEqual(['reliability/no-swallowed-errors', 'no-throw-literal']);
  });

  it('finds the plugin under any namespace by its meta.name', async () => {
    const { ESLint } = fakeESLint({
      messages: { '/repo/a.ts': [{ ruleId: 'rel/no-swallowed-errors', message: 'Swallowed.', severity: 2, line: 1, column: 1 }] },
      config: () => ({ plugins: { rel: { meta: { name: 'eslint-plugin-reliability', version: '0.0.1' } } }, rules: { 'rel/no-swallowed-errors': [1] } }),
    });
    const outcome = await lintRepository(ESLint, { ...base, files: ['/repo/a.ts'] });
    expect(outcome.findings.map((finding) => [finding.ruleId, finding.rule])).toEqual([['rel/no-swallowed-errors', 'no-swallowed-errors']]);
    expect([...outcome.enabledRules.keys()]).toEqual(['rel/no-swallowed-errors']);
  });

  it('lints in batches and reports progress after each', async () => {
    const { ESLint, calls } = fakeESLint({ messages: {} });
    const progress: string[] = [];
    const files = ['/repo/1.ts', '/repo/2.ts', '/repo/3.ts', '/repo/4.ts', '/repo/5.ts'];
    await lintRepository(ESLint, { ...base, files, batchSize: 2, onProgress: (done, total) => progress.push(`${done}/${total}`) });
    expect(calls).toEqual([files.slice(0, 2), files.slice(2, 4), files.slice(4)]);
    expect(progress).toEqual(['2/5', '4/5', '5/5']);
  });

  it('records a file a rule crashes on, and lints the rest of its batch one by one', async () => {
    const { ESLint } = fakeESLint({ messages: {}, crashes: ['/repo/2.ts'] });
    const outcome = await lintRepository(ESLint, { ...base, files: ['/repo/1.ts', '/repo/2.ts', '/repo/3.ts'] });
    expect(outcome.files.map((file) => file.filePath)).toEqual(['/repo/1.ts', '/repo/3.ts']);
    expect(outcome.unparsed).toEqual([{ filePath: '/repo/2.ts', line: null, column: null, message: 'ESLint failed on this file: Rule crashed' }]);
  });

  it('stops when every file of a batch fails: the configuration itself is broken', async () => {
    const { ESLint } = fakeESLint({ messages: {}, crashes: ['/repo/1.ts', '/repo/2.ts'] });
    await expect(lintRepository(ESLint, { ...base, files: ['/repo/1.ts', '/repo/2.ts'] })).rejects.toThrow('Rule crashed');
  });
});

describe('large files and warnings', () => {
  it('skips files above 1 MB, listing those the configuration would lint', async () => {
    const big = `export const data = ${JSON.stringify('x'.repeat(1024 * 1024))};\n`;
    const root = createProject({ 'src/data.ts': big, 'ignored/data.ts': big, 'src/a.ts': 'export const a = 1;\n' });
    const { ESLint, calls } = fakeESLint({ messages: {} });
    const outcome = await lintRepository(ESLint, { ...base, root, files: [`${root}/ignored/data.ts`, `${root}/src/a.ts`, `${root}/src/data.ts`] });
    expect(calls).toEqual([[`${root}/src/a.ts`]]);
    expect(outcome.unparsed).toEqual([
      { filePath: `${root}/src/data.ts`, line: null, column: null, message: 'Skipped: 1.0 MB is more than the 1 MB the audit reads (a bundle or generated code).' },
    ]);
  });

  it("silences only ESLint's advice about a legacy .eslintignore, which the audit does not read", async () => {
    const { ESLint } = await import('eslint');
    const root = createProject({ '.eslintignore': 'dist\n' });
    const warnings: string[] = [];
    const listener = (warning: Error): void => {
      warnings.push(warning.name);
    };
    process.on('warning', listener);
    try {
      withoutEslintIgnoreWarning(() => new ESLint({ cwd: root }));
      withoutEslintIgnoreWarning(() => process.emitWarning('other', 'OtherWarning'));
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).toEqual(['OtherWarning']);
      new ESLint({ cwd: root });
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).toEqual(['OtherWarning', 'ESLintIgnoreWarning']);
    } finally {
      process.off('warning', listener);
    }
  });
});

describe('createBuiltInConfig', () => {
  const ignores = (config: Linter.Config[]): readonly string[] => config[0]?.ignores ?? [];

  it('ignores tests unless asked, and adds .gitignore patterns', () => {
    expect(ignores(createBuiltInConfig({ preset: 'recommended', includeTests: false, gitignorePatterns: ['**/tmp/'] }))).toEqual(expect.arrayContaining([...TEST_IGNORES, '**/node_modules/', '**/tmp/']));
    expect(ignores(createBuiltInConfig({ preset: 'recommended', includeTests: true, gitignorePatterns: [] }))).not.toContain(TEST_IGNORES[0]);
  });

  it("parses every extension with the audit's parser, and carries the team's settings", () => {
    const [, language] = createBuiltInConfig({ preset: 'strict', includeTests: false, gitignorePatterns: [], settings: { loggers: ['audit'] } });
    expect(language?.files).toEqual(['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}']);
    expect((language?.languageOptions?.parser as { meta?: { name?: string } } | undefined)?.meta?.name).toBe('eslint-plugin-reliability/audit-parser');
    expect(language?.settings).toEqual({ reliability: { loggers: ['audit'] } });
  });

  it("ends with the preset's own config objects", () => {
    const config = createBuiltInConfig({ preset: 'strict', includeTests: false, gitignorePatterns: [] });
    const presetConfigs = [plugin.configs.strict].flat();
    expect(config.slice(3).map((entry) => entry.name)).toEqual(presetConfigs.map((entry) => entry.name));
    expect(config[3]?.plugins?.reliability).toBe(plugin);
  });

  it('lints real files with it', async () => {
    const { ESLint } = await import('eslint');
    const root = createProject({ 'a.ts': 'try { run(); } catch {}\nexport const x = y as number;\n' });
    const outcome = await lintRepository(ESLint, { ...base, root, useProjectConfig: false, files: [`${root}/a.ts`] });
    expect(outcome.findings.map((finding) => `${finding.line} ${finding.ruleId}`)).toEqual(['1 reliability/no-swallowed-errors']);
  });
});
