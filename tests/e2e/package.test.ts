/**
 * End to end: the packed package, installed into a throwaway consumer project, loaded by the real
 * ESLint CLI and Node API under ESLint 10 and ESLint 9, on `.js` and `.ts` files with a flat config.
 * Nothing is downloaded: the consumer's node_modules links to the packages this repository installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const rootModules = path.join(root, 'node_modules');
const fixtures = path.join(import.meta.dirname, 'consumer');
let workDir: string;
let packedFiles: string[];
let tarball: string;

interface LintMessage {
  ruleId: string | null;
  line: number;
  messageId?: string;
  fatal?: boolean;
  suggestions?: unknown[];
}
interface LintResult {
  filePath: string;
  messages: LintMessage[];
}

const ESLINT_VERSIONS = [
  { label: 'ESLint 10', packageDir: 'eslint', major: 10 },
  { label: 'ESLint 9', packageDir: 'eslint-v9', major: 9 },
] as const;

function linkModule(consumer: string, name: string, target: string): void {
  const link = path.join(consumer, 'node_modules', name);
  mkdirSync(path.dirname(link), { recursive: true });
  symlinkSync(target, link, 'dir');
}

function createConsumer(eslintDir: string): string {
  const consumer = mkdtempSync(path.join(workDir, 'consumer-'));
  cpSync(fixtures, consumer, { recursive: true });
  const pluginDir = path.join(consumer, 'node_modules', 'eslint-plugin-reliability');
  mkdirSync(pluginDir, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', pluginDir, '--strip-components=1']);
  linkModule(consumer, 'eslint', path.join(rootModules, eslintDir));
  linkModule(consumer, '@typescript-eslint/parser', path.join(rootModules, '@typescript-eslint/parser'));
  linkModule(consumer, '@typescript-eslint/utils', path.join(rootModules, '@typescript-eslint/utils'));
  return consumer;
}

function runCli(consumer: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const bin = path.join(consumer, 'node_modules', 'eslint', 'bin', 'eslint.js');
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: consumer, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function findings(results: LintResult[]): string[] {
  return results
    .flatMap((result) =>
      result.messages.map((message) => `${path.basename(result.filePath)}:${message.line} ${message.ruleId ?? 'fatal'}`),
    )
    .sort();
}

/** What the fixtures must produce, in every ESLint version. */
const EXPECTED = [
  'bad.js:4 reliability/no-swallowed-errors',
  'bad.js:9 reliability/no-swallowed-errors',
  'bad.ts:8 reliability/no-swallowed-errors',
  'bad.ts:13 reliability/no-swallowed-errors',
  'bad.ts:16 reliability/no-swallowed-errors',
  'bad.ts:20 no-throw-literal',
];

beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'reliability-e2e-'));
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', workDir], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as [{ filename: string; files: { path: string }[] }];
  packedFiles = pack.files.map((file) => file.path);
  tarball = path.join(workDir, pack.filename);
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('contains only dist, docs, README, LICENSE and package.json', () => {
    const outside = packedFiles.filter(
      (file) => !/^(?:dist\/|docs\/)/u.test(file) && !['README.md', 'LICENSE', 'package.json'].includes(file),
    );
    expect(outside).toEqual([]);
    expect(packedFiles).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'docs/rules/no-swallowed-errors.md']));
  });

  it('ships no test, source map of tests, or TypeScript source', () => {
    expect(packedFiles.filter((file) => file.startsWith('tests/') || (file.endsWith('.ts') && !file.endsWith('.d.ts')))).toEqual([]);
  });
});

describe.each(ESLINT_VERSIONS)('$label', ({ packageDir, major }) => {
  let consumer: string;

  beforeAll(() => {
    consumer = createConsumer(packageDir);
  });

  it('is the ESLint version it claims', () => {
    const { stdout } = runCli(consumer, ['--version']);
    expect(stdout.trim()).toMatch(new RegExp(`^v${major}\\.`, 'u'));
  });

  it('reports through the CLI with --format json, on .js and .ts', () => {
    const { status, stdout, stderr } = runCli(consumer, ['--format', 'json', 'src']);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    const results = JSON.parse(stdout) as LintResult[];
    expect(findings(results)).toEqual([...EXPECTED].sort());
    const catchReport = results.flatMap((result) => result.messages).find((message) => message.messageId === 'swallowedError');
    expect(catchReport?.suggestions?.length).toBeGreaterThan(0);
  });

  it('passes clean code', () => {
    const { status, stdout } = runCli(consumer, ['--format', 'json', 'src/good.ts']);
    expect(JSON.parse(stdout)).toMatchObject([{ messages: [] }]);
    expect(status).toBe(0);
  });

  it('never applies a behaviour-changing suggestion with --fix', () => {
    const before = readFileSync(path.join(consumer, 'src/bad.ts'), 'utf8');
    const { status } = runCli(consumer, ['--fix', 'src/bad.ts']);
    expect(status).toBe(1);
    expect(readFileSync(path.join(consumer, 'src/bad.ts'), 'utf8')).toBe(before);
  });

  it('reports the same through the Node API, with rule docs URLs', async () => {
    const api = (await import(pathToFileURL(path.join(consumer, 'node_modules/eslint/lib/api.js')).href)) as {
      ESLint: new (options: { cwd: string }) => {
        lintFiles(patterns: string[]): Promise<LintResult[]>;
        getRulesMetaForResults(results: LintResult[]): Record<string, { docs?: { url?: string } }>;
      };
    };
    const eslint = new api.ESLint({ cwd: consumer });
    const results = await eslint.lintFiles(['src']);
    expect(findings(results)).toEqual([...EXPECTED].sort());
    const meta = eslint.getRulesMetaForResults(results);
    expect(meta['reliability/no-swallowed-errors']?.docs?.url).toMatch(/\/docs\/rules\/no-swallowed-errors\.md$/u);
  });

  it('reports a bad settings.reliability key by name', () => {
    writeFileSync(
      path.join(consumer, 'eslint.bad-settings.config.js'),
      "import base from './eslint.config.js';\nexport default [...base, { settings: { reliability: { logers: ['audit'] } } }];\n",
    );
    const { status, stderr } = runCli(consumer, ['-c', 'eslint.bad-settings.config.js', 'src/bad.ts']);
    expect(status).toBe(2);
    expect(stderr).toContain('`settings.reliability` has an unknown key `logers`');
  });
});
