/**
 * The pre-commit hook, for real: a temporary git repository whose project installed the packed plugin,
 * husky (`prepare: husky`, hooks under `.husky/`) and lint-staged (`eslint --max-warnings=0` on the
 * staged files), set up as the README says. A commit that adds a swallowed `await fetch(url)` failure
 * is rejected and left staged; the fixed commit and a clean commit go through.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';

import type { PackedPlugin, RunResult } from '../helpers/consumer.js';
import { createConsumer, packPlugin, removePacked, run } from '../helpers/consumer.js';
import { readReadme } from '../helpers/readme.js';

// Every step runs real tools in child processes: generous limits for a loaded CI machine.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const FIXTURES = [path.join(import.meta.dirname, 'fixtures', 'consumer'), path.join(import.meta.dirname, 'fixtures', 'pre-commit')];
const HOOK_TIMEOUT = 180_000;
/** The `entry` of the README's pre-commit framework hook (`repo: local`, `language: system`). */
const PRE_COMMIT_ENTRY = 'npx --no-install eslint --max-warnings=0';

let packed: PackedPlugin | undefined;
let consumer: string;

function git(...args: string[]): RunResult {
  return run(consumer, 'git', args, { timeout: HOOK_TIMEOUT });
}

function commitCount(): number {
  return Number(git('rev-list', '--count', 'HEAD').stdout.trim());
}

beforeAll(() => {
  packed = packPlugin('reliability-pre-commit-');
  consumer = createConsumer(packed, { fixtures: FIXTURES, modules: ['husky', 'lint-staged'] });
  for (const args of [
    ['init', '--quiet', '--initial-branch=main'],
    ['config', 'user.name', 'Reliability Test'],
    ['config', 'user.email', 'reliability-test@example.com'],
    ['config', 'commit.gpgsign', 'false'],
    ['add', '--all'],
    // The project's existing code, committed before the hook exists (as in a real adoption).
    ['commit', '--quiet', '--message', 'Existing service'],
  ]) {
    const result = git(...args);
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  }
  // What `npm install` does through the `prepare` script: husky points git at `.husky/_`.
  const prepare = run(consumer, 'npm', ['run', '--silent', 'prepare']);
  if (prepare.status !== 0) throw new Error(`npm run prepare failed:\n${prepare.stdout}${prepare.stderr}`);
});

afterAll(() => {
  removePacked(packed);
});

it('uses the lint-staged config and hook the README documents', () => {
  const readme = readReadme();
  expect(readme).toContain('"*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}": "eslint --max-warnings=0"');
  expect(readme).toContain('echo "npx lint-staged" > .husky/pre-commit');
  expect(readFileSync(path.join(consumer, '.husky', 'pre-commit'), 'utf8')).toBe('npx lint-staged\n');
  expect(git('config', 'core.hooksPath').stdout.trim()).toBe('.husky/_');
});

it('rejects a commit that swallows the failure of `await fetch(url)`, and keeps it staged', () => {
  const before = commitCount();
  writeFileSync(
    path.join(consumer, 'src', 'payments.ts'),
    'export async function capture(url: string): Promise<void> {\n  try {\n    await fetch(url);\n  } catch {}\n}\n',
  );
  expect(git('add', 'src/payments.ts').status).toBe(0);
  const commit = git('commit', '--message', 'Capture payments');
  const output = commit.stdout + commit.stderr;
  expect(commit.status).toBe(1);
  expect(output).toContain('4:5  error  This catch drops the error without a trace.');
  expect(output).toContain('reliability/no-swallowed-errors');
  expect(output).toContain('husky - pre-commit script failed (code 1)');
  expect(commitCount()).toBe(before);
  expect(git('diff', '--cached', '--name-only').stdout.trim()).toBe('src/payments.ts');
});

it('lets the fixed commit through', () => {
  const before = commitCount();
  writeFileSync(
    path.join(consumer, 'src', 'payments.ts'),
    [
      'declare const logger: { error(message: string, error: unknown): void };',
      '',
      'export async function capture(url: string): Promise<void> {',
      '  try {',
      '    await fetch(url, { signal: AbortSignal.timeout(5_000) });',
      '  } catch (error) {',
      "    logger.error('payment capture failed', error);",
      '    throw error;',
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  expect(git('add', 'src/payments.ts').status).toBe(0);
  const commit = git('commit', '--message', 'Capture payments');
  expect(commit.status, commit.stdout + commit.stderr).toBe(0);
  expect(commitCount()).toBe(before + 1);
  expect(git('show', '--name-only', '--format=%s', 'HEAD').stdout.trim().split('\n')).toEqual(['Capture payments', '', 'src/payments.ts']);
});

it('lints only what is staged: legacy findings elsewhere do not block a clean commit', () => {
  const before = commitCount();
  const clean = path.join(consumer, 'src', 'clean.ts');
  writeFileSync(clean, `${readFileSync(clean, 'utf8')}\nexport const PING_TIMEOUT_MS = 2_000;\n`);
  // An unstaged edit that would fail the lint stays out of the commit and out of the hook's way.
  const orders = path.join(consumer, 'src', 'orders.ts');
  writeFileSync(orders, `${readFileSync(orders, 'utf8')}\nexport function forget(job: Promise<void>): void {\n  job.catch(() => {});\n}\n`);
  expect(git('add', 'src/clean.ts').status).toBe(0);
  const commit = git('commit', '--message', 'Name the ping timeout');
  expect(commit.status, commit.stdout + commit.stderr).toBe(0);
  expect(commitCount()).toBe(before + 1);
  expect(git('status', '--porcelain').stdout.trim()).toBe('M src/orders.ts');
});

it("runs the pre-commit framework hook's entry as the framework does, with the staged file names", () => {
  expect(readReadme()).toContain(`entry: ${PRE_COMMIT_ENTRY}`);
  const [command = 'npx', ...args] = PRE_COMMIT_ENTRY.split(' ');
  const rejected = run(consumer, command, [...args, 'src/clean.ts', 'src/orders.ts']);
  expect(rejected.status).toBe(1);
  expect(rejected.stdout).toContain('12:5   error  This catch drops the error without a trace.');
  expect(run(consumer, command, [...args, 'src/clean.ts', 'src/payments.ts']).status).toBe(0);
});
