/**
 * The audit as users get it: the packed package's `bin`, run with Node from a throwaway project whose
 * node_modules holds only the plugin (from the tarball), ESLint (10, then 9) and the plugin's one
 * dependency, @typescript-eslint/utils: no @typescript-eslint/parser. Nothing is downloaded.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { AuditReport } from '../../src/audit/model.js';
import { ensureBuilt, ROOT, SERVICE, writeFiles } from './helpers.js';

let workDir: string;
let tarball: string;
let packedFiles: string[];

beforeAll(() => {
  ensureBuilt();
  workDir = mkdtempSync(path.join(tmpdir(), 'reliability-audit-pack-'));
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', workDir], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
  ) as [{ filename: string; files: { path: string }[] }];
  tarball = path.join(workDir, pack.filename);
  packedFiles = pack.files.map((file) => file.path);
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

function createConsumer(eslintDir: string): { consumer: string; bin: string } {
  const consumer = mkdtempSync(path.join(workDir, 'consumer-'));
  writeFiles(consumer, SERVICE);
  const pluginDir = path.join(consumer, 'node_modules', 'eslint-plugin-reliability');
  mkdirSync(pluginDir, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', pluginDir, '--strip-components=1']);
  for (const [name, source] of [
    ['eslint', eslintDir],
    ['@typescript-eslint/utils', '@typescript-eslint/utils'],
  ] as const) {
    const link = path.join(consumer, 'node_modules', name);
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules', source), link, 'dir');
  }
  const { bin } = JSON.parse(readFileSync(path.join(pluginDir, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  return { consumer, bin: path.join(pluginDir, bin['eslint-plugin-reliability'] ?? '') };
}

describe('the packed package', () => {
  it('ships the bin with a shebang, and the JSON schema and the audit docs', () => {
    const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; dependencies: Record<string, string> };
    expect(packageJson.bin).toEqual({ 'eslint-plugin-reliability': './dist/audit/cli.js' });
    expect(Object.keys(packageJson.dependencies)).toEqual(['@typescript-eslint/utils']);
    expect(packedFiles).toEqual(expect.arrayContaining(['dist/audit/cli.js', 'docs/audit.md', 'docs/audit.schema.json']));
    expect(readFileSync(path.join(ROOT, 'dist/audit/cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});

describe.each([
  { label: 'ESLint 10', eslintDir: 'eslint', version: /^10\./u },
  { label: 'ESLint 9', eslintDir: 'eslint-v9', version: /^9\./u },
])('the bin under $label', ({ eslintDir, version }) => {
  let consumer: string;
  let bin: string;

  beforeAll(() => {
    ({ consumer, bin } = createConsumer(eslintDir));
  });

  const run = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: consumer, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });

  it('audits the project without @typescript-eslint/parser installed', () => {
    const { status, stdout, stderr } = run(['audit', '--format', 'json']);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as AuditReport;
    expect(report.tool.eslintVersion).toMatch(version);
    expect(report.findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId}`)).toEqual([
      'src/legacy.cjs:6 reliability/no-swallowed-errors',
      'src/orders.ts:7 reliability/no-swallowed-errors',
      'src/orders.ts:13 no-throw-literal',
    ]);
    expect(report.unparsedFiles.map((file) => file.file)).toEqual(['src/broken.ts']);
  });

  it('prints the terminal report and passes with a high enough --max-findings', () => {
    const { status, stdout } = run(['audit', '.', '--max-findings', '3']);
    expect(status).toBe(0);
    expect(stdout).toContain('EXECUTIVE SUMMARY');
    expect(stdout).toContain('Gate  PASSED: 3 findings, within --max-findings 3.');
  });

  it('answers --version and exits 2 on a usage error', () => {
    expect(run(['--version']).stdout.trim()).toBe((JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    expect(run(['audit', '--format', 'xml']).status).toBe(2);
  });
});
