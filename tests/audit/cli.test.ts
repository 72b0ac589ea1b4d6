/**
 * The command line, run in-process on throwaway projects: what is linted and skipped, the formats it
 * writes, the gate and its exit codes, baselines, `--config`, progress and usage errors.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { AuditReport } from '../../src/audit/model.js';
import { createProject, ensureBuilt, removeProjects, ROOT, runAudit, SERVICE, writeFiles } from './helpers.js';
import { validate } from './jsonSchema.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'docs/audit.schema.json'), 'utf8')) as Record<string, unknown>;

/** Every JSON report the command line prints must match the published schema. */
function parse(stdout: string): AuditReport {
  const report: unknown = JSON.parse(stdout);
  expect(validate(report, schema)).toEqual([]);
  return report as AuditReport;
}

const locations = (report: AuditReport): string[] => report.findings.map((finding) => `${finding.file}:${finding.line} ${finding.ruleId}`);

/** What the built-in configuration finds in SERVICE, by location. */
const SERVICE_FINDINGS = [
  'src/legacy.cjs:6 reliability/no-swallowed-errors',
  'src/orders.ts:7 reliability/no-swallowed-errors',
  'src/orders.ts:13 no-throw-literal',
];

afterAll(removeProjects);

describe('the built-in configuration', () => {
  let project: string;
  let report: AuditReport;
  let code: number;

  beforeAll(async () => {
    project = createProject(SERVICE);
    const result = await runAudit(['audit', '.', '--format', 'json'], project);
    code = result.code;
    report = parse(result.stdout);
  });

  it('reports the findings of .ts, .tsx and .cjs files, in location order', () => {
    expect(locations(report)).toEqual(SERVICE_FINDINGS);
  });

  it('skips tests, build output, declaration files and tool configs', () => {
    expect(report.summary.files).toBe(5);
    expect(report.findings.map((finding) => finding.file)).not.toContain('src/orders.test.ts');
  });

  it('lists a file that does not parse instead of failing', () => {
    expect(report.unparsedFiles).toEqual([{ file: 'src/broken.ts', line: 1, column: expect.any(Number) as number, message: expect.any(String) as string }]);
    expect(report.summary.unparsedFiles).toBe(1);
  });

  it('gives each finding its area, severity, docs and a fingerprint', () => {
    expect(report.findings[1]).toEqual({
      ruleId: 'reliability/no-swallowed-errors',
      rule: 'no-swallowed-errors',
      area: 'error-handling',
      severity: 'high',
      level: 'error',
      message: expect.any(String) as string,
      file: 'src/orders.ts',
      line: 7,
      column: 5,
      endLine: 7,
      endColumn: 10,
      docsUrl: 'https://github.com/eslint-plugin-reliability/eslint-plugin-reliability/blob/main/docs/rules/no-swallowed-errors.md',
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/u) as string,
      baselineState: null,
    });
    expect(report.findings[2]).toMatchObject({ ruleId: 'no-throw-literal', rule: 'no-throw-literal', severity: 'medium', docsUrl: 'https://eslint.org/docs/latest/rules/no-throw-literal' });
  });

  it('summarises per area, with the must-fix list worst first', () => {
    const errorHandling = report.areas.find((area) => area.id === 'error-handling');
    expect(errorHandling).toMatchObject({ verdict: 'at-risk', findings: 3, bySeverity: { critical: 0, high: 2, medium: 1, low: 0 } });
    expect(errorHandling?.worstFiles).toEqual([
      { file: 'src/orders.ts', findings: 2 },
      { file: 'src/legacy.cjs', findings: 1 },
    ]);
    expect(report.mustFix.map((finding) => `${finding.file}:${finding.line}`)).toEqual(['src/legacy.cjs:6', 'src/orders.ts:7']);
    expect(report.summary).toMatchObject({ files: 5, findings: 3, errors: 3, warnings: 0, mustFix: 2, verdict: 'not-ready', otherFindings: 0 });
    expect(report.config).toMatchObject({ source: 'built-in', preset: 'recommended', testsIncluded: false, settingsFrom: null });
    expect(report.config.rules).toEqual(expect.arrayContaining(['reliability/no-swallowed-errors', 'no-throw-literal']));
  });

  it('fails the default gate on an error-level finding: exit code 1', () => {
    expect(code).toBe(1);
    expect(report.gate).toEqual({ status: 'failed', maxFindings: null, baseline: null, counted: 3, reason: '3 error-level findings.' });
  });

  it('suggests the TypeScript config to enforce it', () => {
    expect(report.enforce).toMatchObject({ configFile: 'eslint.config.js', existingConfig: false });
    expect(report.enforce.install).toBe('npm install --save-dev eslint eslint-plugin-reliability typescript-eslint');
    expect(report.enforce.snippet).toContain('reliability.configs.recommended');
    expect(report.enforce.snippet).toContain('tseslint.parser');
  });

  it('audits tests too with --include-tests', async () => {
    const { stdout } = await runAudit(['audit', '--format', 'json', '--include-tests'], project);
    expect(locations(parse(stdout))).toEqual(['src/legacy.cjs:6 reliability/no-swallowed-errors', 'src/orders.test.ts:1 reliability/no-swallowed-errors', 'src/orders.ts:7 reliability/no-swallowed-errors', 'src/orders.ts:13 no-throw-literal']);
  });
});

describe('which files', () => {
  it('in a git work tree: the files git lists, so .gitignore at any level applies', async () => {
    const project = createProject(
      {
        ...SERVICE,
        '.gitignore': 'generated/\n',
        'generated/client.ts': 'try { run(); } catch {}\n',
        'packages/api/.gitignore': 'local.ts\n',
        'packages/api/local.ts': 'try { run(); } catch {}\n',
        'packages/api/server.ts': 'try { run(); } catch {}\n',
        'node_modules/dep/index.js': 'try { run(); } catch {}\n',
      },
      { git: true },
    );
    const { stdout } = await runAudit(['audit', '--format', 'json'], project);
    expect(locations(parse(stdout))).toEqual(['packages/api/server.ts:1 reliability/no-swallowed-errors', ...SERVICE_FINDINGS]);
  });

  it('elsewhere: a walk, with the root .gitignore turned into ignore patterns', async () => {
    const project = createProject({
      ...SERVICE,
      '.gitignore': '# generated code\n/generated\n*.local.ts\n',
      'generated/client.ts': 'try { run(); } catch {}\n',
      'src/settings.local.ts': 'try { run(); } catch {}\n',
      'node_modules/dep/index.js': 'try { run(); } catch {}\n',
    });
    const { stdout } = await runAudit(['audit', '--format', 'json'], project);
    expect(locations(parse(stdout))).toEqual(SERVICE_FINDINGS);
  });

  it('audits a sub-directory, naming files relative to it', async () => {
    const project = createProject({ 'services/billing/src/charge.ts': 'try { run(); } catch {}\n', 'services/other.ts': 'try { run(); } catch {}\n' });
    const { stdout } = await runAudit(['audit', 'services/billing', '--format', 'json'], project);
    const report = parse(stdout);
    expect(locations(report)).toEqual(['src/charge.ts:1 reliability/no-swallowed-errors']);
    expect(report.root).toBe(path.join(project, 'services/billing'));
  });

  it('reports no file found, and passes', async () => {
    const project = createProject({ 'README.md': '# nothing to lint\n' });
    const { code, stdout, stderr } = await runAudit(['audit', '--format', 'json'], project);
    expect(code).toBe(0);
    expect(stderr).toContain('No JavaScript or TypeScript files found under .');
    const report = parse(stdout);
    expect(report.summary.verdict).toBe('not-assessed');
    expect(report.areas.every((area) => area.notAssessedReason === 'No file was audited.')).toBe(true);
  });

  it("applies the team's settings.reliability from the repository's eslint.config.js", async () => {
    const catchWithMetric = 'declare const stats: { increment(name: string): void };\ntry { run(); } catch { stats.increment("run.failed"); }\n';
    const project = createProject({
      'src/job.ts': catchWithMetric,
      'eslint.config.js': "export default [{ settings: { reliability: { metrics: ['stats'] } } }];\n",
    });
    const { stdout, stderr } = await runAudit(['audit', '--format', 'json'], project);
    const report = parse(stdout);
    expect(stderr).toBe('');
    expect(report.config.settingsFrom).toBe('eslint.config.js');
    expect(report.findings).toEqual([]);
    expect(report.enforce).toMatchObject({ configFile: 'eslint.config.js', existingConfig: true });

    const without = createProject({ 'src/job.ts': catchWithMetric });
    expect(locations(parse((await runAudit(['audit', '--format', 'json'], without)).stdout))).toEqual(['src/job.ts:2 reliability/no-swallowed-errors']);
  });

  it('warns and goes on when the repository config cannot be loaded', async () => {
    const project = createProject({ 'src/job.ts': 'try { run(); } catch {}\n', 'eslint.config.js': "import missing from 'not-installed';\nexport default [missing];\n" });
    const { code, stdout, stderr } = await runAudit(['audit', '--format', 'json'], project);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Could not load eslint\.config\.js to read its settings\.reliability \(.*not-installed.*\); auditing without the team's settings\.\n$/u);
    expect(locations(parse(stdout))).toEqual(['src/job.ts:1 reliability/no-swallowed-errors']);
  });
});

describe('the gate and exit codes', () => {
  it('--max-findings N fails only above N findings', async () => {
    const project = createProject(SERVICE);
    const within = await runAudit(['audit', '--format', 'json', '--max-findings', '3'], project);
    expect(within.code).toBe(0);
    expect(parse(within.stdout).gate).toEqual({ status: 'passed', maxFindings: 3, baseline: null, counted: 3, reason: '3 findings, within --max-findings 3.' });
    const above = await runAudit(['audit', '--format', 'json', '--max-findings', '2'], project);
    expect(above.code).toBe(1);
    expect(parse(above.stdout).gate.reason).toBe('3 findings, more than --max-findings 2.');
  });

  it('passes a clean project: exit code 0', async () => {
    const project = createProject({ 'src/clean.ts': SERVICE['src/clean.ts'] ?? '' });
    const { code, stdout } = await runAudit(['audit'], project);
    expect(code).toBe(0);
    expect(stdout).toContain('Verdict     READY: No findings in the ');
    expect(stdout).toContain('Gate  PASSED: No error-level findings.');
  });

  it('--write-baseline saves the findings and passes; --baseline then fails only on new ones', async () => {
    const project = createProject(SERVICE);
    const written = await runAudit(['audit', '--format', 'json', '--write-baseline', 'baseline.json'], project);
    expect(written.code).toBe(0);
    expect(written.stderr).toBe('Wrote a baseline of 3 findings to baseline.json.\n');
    expect(parse(written.stdout).gate.status).toBe('skipped');
    const baseline = JSON.parse(readFileSync(path.join(project, 'baseline.json'), 'utf8')) as { schemaVersion: number; findings: { ruleId: string; file: string; line: number }[] };
    expect(baseline.schemaVersion).toBe(1);
    expect(baseline.findings.map((entry) => `${entry.file}:${entry.line} ${entry.ruleId}`)).toEqual(SERVICE_FINDINGS);

    const unchanged = await runAudit(['audit', '--format', 'json', '--baseline', 'baseline.json'], project);
    expect(unchanged.code).toBe(0);
    expect(parse(unchanged.stdout).gate).toEqual({ status: 'passed', maxFindings: null, baseline: 'baseline.json', counted: 0, reason: 'No new error-level findings.' });

    // Code added above a finding moves it, but it is still the same finding.
    writeFiles(project, { 'src/orders.ts': `// Orders.\n\n${SERVICE['src/orders.ts'] ?? ''}` });
    const moved = await runAudit(['audit', '--format', 'json', '--baseline', 'baseline.json'], project);
    expect(moved.code).toBe(0);
    expect(parse(moved.stdout).findings.map((finding) => finding.baselineState)).toEqual(['unchanged', 'unchanged', 'unchanged']);

    writeFiles(project, { 'src/jobs.ts': 'try { run(); } catch {}\n' });
    const added = await runAudit(['audit', '--format', 'json', '--baseline', 'baseline.json'], project);
    expect(added.code).toBe(1);
    const report = parse(added.stdout);
    expect(report.gate).toEqual({ status: 'failed', maxFindings: null, baseline: 'baseline.json', counted: 1, reason: '1 new error-level finding.' });
    expect(report.findings.filter((finding) => finding.baselineState === 'new').map((finding) => finding.file)).toEqual(['src/jobs.ts']);
    expect((await runAudit(['audit', '--baseline', 'baseline.json', '--max-findings', '1'], project)).code).toBe(0);
  });

  it('exit code 2 for an unreadable baseline', async () => {
    const project = createProject({ 'src/a.ts': 'export const a = 1;\n', 'bad.json': '{"findings": 3}' });
    const missing = await runAudit(['audit', '--baseline', 'nope.json'], project);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^eslint-plugin-reliability audit: Cannot read the baseline .*nope\.json: /u);
    const bad = await runAudit(['audit', '--baseline', 'bad.json'], project);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('is not a baseline of this audit (schemaVersion 1). Write one with --write-baseline');
  });

  it.each([
    [['audit', '--format', 'pdf'], 'Unknown format `pdf`: use one of terminal, markdown, json, sarif, html.'],
    [['audit', '--max-findings', 'many'], '--max-findings needs a whole number of findings (0 or more), got `many`.'],
    [['audit', '--preset', 'lenient'], 'Unknown preset `lenient`: use one of recommended, strict, all.'],
    [['audit', '--config', '--preset', 'strict'], '--preset chooses the rules of the built-in configuration; with --config your eslint.config.* decides.'],
    [['audit', 'a', 'b'], 'Audit one directory at a time; got also `b`.'],
    [['lint'], 'Unknown command `lint`: the only command is `audit`.'],
    [[], 'Missing command: run `eslint-plugin-reliability audit [directory]`.'],
    [['audit', '--frmat', 'json'], "Unknown option '--frmat'"],
  ])('exit code 2 for bad arguments: %j', async (argv, message) => {
    const { code, stdout, stderr } = await runAudit(argv, ROOT);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('Run `eslint-plugin-reliability --help` for the options.');
  });

  it('exit code 2 for a directory that does not exist', async () => {
    const { code, stderr } = await runAudit(['audit', 'no/such/dir'], ROOT);
    expect(code).toBe(2);
    expect(stderr).toBe('eslint-plugin-reliability audit: no/such/dir is not a directory.\n');
  });

  it('--help and --version exit 0', async () => {
    const help = await runAudit(['--help'], ROOT);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: eslint-plugin-reliability audit [directory] [options]');
    const version = await runAudit(['--version'], ROOT);
    expect(version).toEqual({ code: 0, stdout: `${(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`, stderr: '' });
  });
});

describe('--config', () => {
  let project: string;

  beforeAll(() => {
    ensureBuilt();
    const parserUrl = pathToFileURL(path.join(ROOT, 'node_modules/@typescript-eslint/parser/dist/index.js')).href;
    const pluginUrl = pathToFileURL(path.join(ROOT, 'dist/index.js')).href;
    project = createProject({
      ...SERVICE,
      'src/debug.ts': 'export function f() {\n  debugger;\n}\n',
      // The plugin under another namespace, one rule as a warning, and a rule of no reliability area.
      'eslint.config.js': `import tsParser from '${parserUrl}';
import reliability from '${pluginUrl}';

export default [
  { ignores: ['dist/**', 'src/broken.ts'] },
  { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
  { plugins: { rel: reliability }, rules: { 'rel/no-swallowed-errors': 'warn', 'no-debugger': 'error' } },
];
`,
    });
  });

  it("uses the repository's config: its namespace, its levels, its ignores", async () => {
    const { code, stdout } = await runAudit(['audit', '--config', '--format', 'json'], project);
    const report = parse(stdout);
    expect(locations(report)).toEqual([
      'src/legacy.cjs:6 rel/no-swallowed-errors',
      'src/orders.test.ts:1 rel/no-swallowed-errors',
      'src/orders.ts:7 rel/no-swallowed-errors',
      'vite.config.ts:1 rel/no-swallowed-errors',
    ]);
    expect(report.findings.every((finding) => finding.level === 'warning' && finding.rule === 'no-swallowed-errors')).toBe(true);
    expect(report.config).toMatchObject({ source: 'project', preset: null, rules: ['rel/no-swallowed-errors'] });
    expect(report.summary).toMatchObject({ warnings: 4, errors: 0, otherFindings: 1, unparsedFiles: 0 });
    expect(report.areas.find((area) => area.id === 'timeouts')?.notAssessedReason).toMatch(/^Your ESLint config turns on none of its rules \(/u);
    // Warnings only: the default gate passes.
    expect(code).toBe(0);
  });

  it('gates warnings with --max-findings', async () => {
    expect((await runAudit(['audit', '--config', '--max-findings', '0'], project)).code).toBe(1);
  });

  it('exit code 2 when the config does not load', async () => {
    const broken = createProject({ 'src/a.ts': 'export const a = 1;\n', 'eslint.config.js': "import missing from 'not-installed';\nexport default [missing];\n" });
    const { code, stderr } = await runAudit(['audit', '--config'], broken);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^eslint-plugin-reliability audit: --config could not lint with the repository's ESLint config: .*not-installed.*\. Install the repository's packages first, or run without --config\.\n$/u);
  });

  it('exit code 2 when there is no eslint.config.*', async () => {
    const bare = createProject({ 'src/a.ts': 'export const a = 1;\n' });
    const { code, stderr } = await runAudit(['audit', '--config'], bare);
    expect(code).toBe(2);
    expect(stderr).toBe('eslint-plugin-reliability audit: --config found no eslint.config.* for .. Run without --config to use the built-in configuration.\n');
  });
});

describe('output', () => {
  let project: string;

  beforeAll(() => {
    project = createProject(SERVICE);
  });

  it('--output writes the report to a file and says so on stderr', async () => {
    const { code, stdout, stderr } = await runAudit(['audit', '--format', 'html', '--output', 'audit.html'], project);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('Wrote the html report to audit.html: 3 findings, gate failed.\n');
    expect(readFileSync(path.join(project, 'audit.html'), 'utf8')).toMatch(/^<!doctype html>/u);
  });

  it('--quiet says nothing on stderr', async () => {
    const { stderr } = await runAudit(['audit', '--format', 'json', '--output', 'audit.json', '--quiet'], project);
    expect(stderr).toBe('');
  });

  it('colours the terminal format only on a terminal, unless NO_COLOR or --no-color', async () => {
    const escape = '\u001B[';
    expect((await runAudit(['audit'], project)).stdout).not.toContain(escape);
    expect((await runAudit(['audit'], project, { stdoutIsTTY: true })).stdout).toContain(escape);
    expect((await runAudit(['audit'], project, { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(escape);
    expect((await runAudit(['audit', '--no-color'], project, { stdoutIsTTY: true })).stdout).not.toContain(escape);
    expect((await runAudit(['audit', '--color'], project)).stdout).toContain(escape);
    expect((await runAudit(['audit'], project, { env: { FORCE_COLOR: '1' } })).stdout).toContain(escape);
  });

  it('the terminal format names the directory as given in the commands it suggests', async () => {
    const { stdout } = await runAudit(['audit', path.basename(project)], path.dirname(project));
    expect(stdout).toContain(`Reliability audit of ${path.basename(project)}\n`);
    expect(stdout).toContain(`npx eslint-plugin-reliability audit ${path.basename(project)} --write-baseline reliability-baseline.json`);
  });

  it('shows progress on a terminal for more than 300 files, never with --quiet', async () => {
    const many = createProject(Object.fromEntries(Array.from({ length: 301 }, (_, index) => [`src/m${index}.ts`, `export const m${index} = ${index};\n`])));
    const shown = await runAudit(['audit', '--format', 'json'], many, { stderrIsTTY: true });
    expect(shown.stderr).toContain('Auditing 200/301 files (66%)');
    expect(shown.stderr).toContain('Auditing 301/301 files (100%)');
    expect(shown.stderr.endsWith('\r\u001B[2K')).toBe(true);
    expect(parse(shown.stdout).summary.files).toBe(301);
    expect((await runAudit(['audit', '--format', 'json', '--quiet'], many, { stderrIsTTY: true })).stderr).toBe('');
    expect((await runAudit(['audit', '--format', 'json'], many)).stderr).toBe('');
  });
});
