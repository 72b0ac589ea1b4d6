/**
 * Throwaway consumer projects for end-to-end and integration tests: the plugin is packed with
 * `npm pack` (exactly what a registry would serve), extracted into a temporary project's
 * node_modules, and every other package the project needs is a symlink into this repository's
 * node_modules. Nothing is downloaded at test time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const ROOT_MODULES = path.join(ROOT, 'node_modules');

/** The ESLint majors the plugin supports, as installed in this repository (`eslint-v9` is an npm alias). */
export const ESLINT_VERSIONS = [
  { label: 'ESLint 10', packageDir: 'eslint', major: 10 },
  { label: 'ESLint 9', packageDir: 'eslint-v9', major: 9 },
] as const;

export type EslintPackageDir = (typeof ESLINT_VERSIONS)[number]['packageDir'];

export interface PackedPlugin {
  /** A temporary directory that holds the tarball and every consumer made from it. */
  readonly workDir: string;
  readonly tarball: string;
  /** The paths inside the tarball, relative to the package root (`dist/index.js`, ...). */
  readonly files: readonly string[];
}

export interface ConsumerOptions {
  /** Fixture directories copied into the project, in order (later ones overwrite earlier files). */
  readonly fixtures: readonly string[];
  /** Which installed ESLint the project gets as `eslint`; default ESLint 10. */
  readonly eslint?: EslintPackageDir;
  /** Further packages linked from this repository's node_modules (`lint-staged`, `oxlint`, ...). */
  readonly modules?: readonly string[];
}

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Builds `dist/` when it is missing (`npm test` builds before the tests run). */
export function ensureBuilt(): void {
  if (existsSync(path.join(ROOT, 'dist', 'index.js'))) return;
  execFileSync(process.execPath, [path.join(ROOT_MODULES, 'typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT });
}

/** Packs the plugin into a new temporary directory; remove it with `removePacked` in `afterAll`. */
export function packPlugin(prefix = 'reliability-consumer-'): PackedPlugin {
  ensureBuilt();
  const workDir = mkdtempSync(path.join(tmpdir(), prefix));
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', workDir], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as [{ filename: string; files: { path: string }[] }];
  return { workDir, tarball: path.join(workDir, pack.filename), files: pack.files.map((file) => file.path) };
}

export function removePacked(packed: PackedPlugin | undefined): void {
  if (packed !== undefined) rmSync(packed.workDir, { recursive: true, force: true });
}

/**
 * A new consumer project under the packed plugin's work directory: the fixtures, the plugin installed
 * from the tarball, ESLint, `@typescript-eslint/parser` and `@typescript-eslint/utils` (the plugin's
 * one dependency), the extra modules, and `node_modules/.bin` entries for every linked package's bins.
 */
export function createConsumer(packed: PackedPlugin, options: ConsumerOptions): string {
  const consumer = mkdtempSync(path.join(packed.workDir, 'consumer-'));
  for (const fixture of options.fixtures) cpSync(fixture, consumer, { recursive: true });
  const pluginDir = path.join(consumer, 'node_modules', 'eslint-plugin-reliability');
  mkdirSync(pluginDir, { recursive: true });
  execFileSync('tar', ['-xzf', packed.tarball, '-C', pluginDir, '--strip-components=1']);
  const links: [string, string][] = [
    ['eslint', options.eslint ?? 'eslint'],
    ['@typescript-eslint/parser', '@typescript-eslint/parser'],
    ['@typescript-eslint/utils', '@typescript-eslint/utils'],
    ...(options.modules ?? []).map((name): [string, string] => [name, name]),
  ];
  for (const [name, source] of links) linkModule(consumer, name, path.join(ROOT_MODULES, source));
  return consumer;
}

/** Links `name` in the consumer's node_modules to `target`, with its bins in `node_modules/.bin`. */
export function linkModule(consumer: string, name: string, target: string): void {
  const link = path.join(consumer, 'node_modules', name);
  mkdirSync(path.dirname(link), { recursive: true });
  symlinkSync(target, link, 'dir');
  const { bin } = JSON.parse(readFileSync(path.join(target, 'package.json'), 'utf8')) as { bin?: string | Record<string, string> };
  const bins = typeof bin === 'string' ? { [name.split('/').at(-1) ?? name]: bin } : (bin ?? {});
  const binDir = path.join(consumer, 'node_modules', '.bin');
  mkdirSync(binDir, { recursive: true });
  for (const [command, file] of Object.entries(bins)) {
    symlinkSync(path.relative(binDir, path.join(link, file)), path.join(binDir, command));
  }
}

/**
 * The environment for tools run in a consumer: the consumer's `node_modules/.bin` first on `PATH`, and
 * none of the variables an outer git hook, CI system or husky setup may have set.
 */
export function consumerEnv(consumer: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('GIT_') || key === 'HUSKY' || key.startsWith('ESLINT_') || key === 'NODE_OPTIONS') delete env[key];
  }
  env.PATH = `${path.join(consumer, 'node_modules', '.bin')}${path.delimiter}${env.PATH ?? ''}`;
  env.FORCE_COLOR = '0';
  env.NO_COLOR = '1';
  return { ...env, ...extra };
}

export interface RunOptions {
  /** Variables added to `consumerEnv`. */
  readonly env?: NodeJS.ProcessEnv;
  /** Milliseconds before the command is killed; default 120 s. */
  readonly timeout?: number;
}

/** Runs a command in the consumer with `consumerEnv`, bounded by a timeout. */
export function run(consumer: string, command: string, args: readonly string[], options: RunOptions = {}): RunResult {
  const result = spawnSync(command, args, {
    cwd: consumer,
    encoding: 'utf8',
    timeout: options.timeout ?? 120_000,
    env: consumerEnv(consumer, options.env),
  });
  if (result.error !== undefined) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the consumer's own ESLint CLI (`node node_modules/eslint/bin/eslint.js ...`). */
export function runEslint(consumer: string, args: readonly string[], options: RunOptions = {}): RunResult {
  return run(consumer, process.execPath, [path.join(consumer, 'node_modules', 'eslint', 'bin', 'eslint.js'), ...args], options);
}

export interface LintMessage {
  readonly ruleId: string | null;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly messageId?: string;
  readonly fatal?: boolean;
  readonly suggestions?: readonly { desc: string }[];
}

export interface LintResult {
  readonly filePath: string;
  readonly messages: readonly LintMessage[];
  readonly suppressedMessages?: readonly LintMessage[];
}

/** `file:line:column ruleId`, relative to the consumer, sorted: a stable summary of an ESLint run. */
export function findings(consumer: string, results: readonly LintResult[]): string[] {
  return results
    .flatMap((result) =>
      result.messages.map(
        (message) =>
          `${path.relative(consumer, result.filePath)}:${message.line}:${message.column} ${message.ruleId ?? `fatal: ${message.message}`}`,
      ),
    )
    .sort(compareFindings);
}

/** Sorts `file:line:column rule` strings by file, then numerically by line and column. */
export function compareFindings(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
