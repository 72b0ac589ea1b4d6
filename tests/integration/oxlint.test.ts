/**
 * Oxlint: the packed plugin, loaded through oxlint's `jsPlugins` in a consumer project, reports what
 * ESLint reports on the same files, and gets its rule options and `settings.reliability`. Oxlint does
 * not read `configs.recommended`: the rules are listed by hand in `.oxlintrc.json`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';

import type { LintResult, PackedPlugin, RunResult } from '../helpers/consumer.js';
import { compareFindings, createConsumer, packPlugin, removePacked, run, runEslint } from '../helpers/consumer.js';
import { getReadmeBlock } from '../helpers/readme.js';

// Every step runs real tools in child processes: generous limits for a loaded CI machine.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const FIXTURES = [path.join(import.meta.dirname, 'fixtures', 'consumer'), path.join(import.meta.dirname, 'fixtures', 'oxlint')];

interface OxlintReport {
  diagnostics: {
    message: string;
    code: string;
    severity: string;
    filename: string;
    labels: { span: { line: number; column: number } }[];
  }[];
}

let packed: PackedPlugin | undefined;
let consumer: string;

function oxlint(args: readonly string[]): RunResult {
  return run(consumer, process.execPath, [path.join(consumer, 'node_modules', 'oxlint', 'bin', 'oxlint'), ...args]);
}

/** `file:line:column rule message`; oxlint writes `reliability(no-swallowed-errors)` for the rule. */
function oxlintFindings(stdout: string): string[] {
  const report = JSON.parse(stdout) as OxlintReport;
  return report.diagnostics
    .map((diagnostic) => {
      const rule = diagnostic.code.replace(/^([\w-]+)\((.+)\)$/u, '$1/$2');
      const span = diagnostic.labels[0]?.span;
      return `${diagnostic.filename}:${span?.line}:${span?.column} ${rule} ${diagnostic.message}`;
    })
    .sort(compareFindings);
}

function eslintFindings(args: readonly string[]): string[] {
  const { stdout } = runEslint(consumer, ['--format', 'json', ...args]);
  return (JSON.parse(stdout) as LintResult[])
    .flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId?.startsWith('reliability/') === true)
        .map((message) => `${path.relative(consumer, result.filePath)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`),
    )
    .sort(compareFindings);
}

beforeAll(() => {
  packed = packPlugin('reliability-oxlint-');
  consumer = createConsumer(packed, { fixtures: FIXTURES, modules: ['oxlint'] });
});

afterAll(() => {
  removePacked(packed);
});

it('is the oxlint version the README describes', () => {
  expect(oxlint(['--version']).stdout.trim()).toBe('Version: 1.94.0');
});

it('loads the built plugin through jsPlugins and reports exactly what ESLint reports', () => {
  const { status, stdout, stderr } = oxlint(['--format', 'json', 'src']);
  expect(stderr).toBe('');
  expect(status).toBe(1);
  const found = oxlintFindings(stdout);
  expect(found.map((finding) => finding.split(' ', 2).join(' '))).toEqual([
    'src/audited/sync.ts:7:5 reliability/no-swallowed-errors',
    'src/audited/sync.ts:16:5 reliability/no-swallowed-errors',
    'src/orders.ts:12:5 reliability/no-swallowed-errors',
    'src/orders.ts:18:16 reliability/no-swallowed-errors',
    'src/worker.js:2:21 reliability/no-swallowed-errors',
  ]);
  expect(found).toEqual(eslintFindings(['src']));
});

it('passes rule options and settings.reliability to the rule', () => {
  const { status, stdout } = oxlint(['--config', '.oxlintrc.settings.json', '--format', 'json', 'src/audited']);
  expect(oxlintFindings(stdout)).toEqual([]);
  expect(status).toBe(0);
});

it("works with the README's .oxlintrc.json as written", () => {
  writeFileSync(path.join(consumer, '.oxlintrc.readme.json'), getReadmeBlock('// .oxlintrc.json'));
  const { status, stdout } = oxlint(['--config', '.oxlintrc.readme.json', '--format', 'json', 'src/audited']);
  // `audit` is a logger there; the catch around `JSON.parse` is still reported (`checkParseFallbacks`).
  const ours = oxlintFindings(stdout).filter((finding) => finding.includes(' reliability/'));
  expect(ours.map((finding) => finding.split(' ', 2).join(' '))).toEqual(['src/audited/sync.ts:16:5 reliability/no-swallowed-errors']);
  expect(status).toBe(1);
});

it('stops with an error that names a bad settings.reliability key', () => {
  const config = JSON.parse(readFileSync(path.join(consumer, '.oxlintrc.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(path.join(consumer, '.oxlintrc.bad.json'), JSON.stringify({ ...config, settings: { reliability: { logers: ['audit'] } } }));
  const { status, stdout, stderr } = oxlint(['--config', '.oxlintrc.bad.json', 'src/clean.ts']);
  expect(status).toBe(1);
  expect(stdout + stderr).toContain('`settings.reliability` has an unknown key `logers`');
});

it('never applies a suggestion with --fix', () => {
  const file = path.join(consumer, 'src', 'orders.ts');
  const before = readFileSync(file, 'utf8');
  expect(oxlint(['--fix', 'src/orders.ts']).status).toBe(1);
  expect(readFileSync(file, 'utf8')).toBe(before);
});
