/**
 * `eslint-plugin-reliability audit`: arguments, loading ESLint, output and exit codes.
 *
 * Exit codes: 0 the audit ran and the gate passed (or a baseline was written), 1 the gate failed,
 * 2 the audit could not run.
 */
import { statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import type { AuditArguments } from './args.js';
import { parseCommandLine, USAGE, UsageError } from './args.js';
import { createProgress } from './progress.js';

export const EXIT_PASSED = 0;
export const EXIT_GATE_FAILED = 1;
export const EXIT_ERROR = 2;

export interface Output {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

export interface Io {
  readonly stdout: Output;
  readonly stderr: Output;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

const require = createRequire(import.meta.url);
const { version } = require('../../package.json') as { version: string };

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${error.message}\nRun \`eslint-plugin-reliability --help\` for the options.\n`);
    return EXIT_ERROR;
  }
  if (parsed.command === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return EXIT_PASSED;
  }
  if (parsed.command === 'version') {
    io.stdout.write(`${version}\n`);
    return EXIT_PASSED;
  }
  try {
    return await audit(parsed, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`eslint-plugin-reliability audit: ${message}\n`);
    return EXIT_ERROR;
  }
}

async function audit(args: AuditArguments, io: Io): Promise<number> {
  const root = path.resolve(io.cwd, args.directory);
  if (!isDirectory(root)) throw new Error(`${args.directory} is not a directory.`);
  const { ESLint } = await loadESLint(args.directory);
  const { AuditError, formatReport, runAudit } = await import('./run.js');
  let progress: ReturnType<typeof createProgress>;
  let report;
  try {
    report = await runAudit(ESLint, {
      root,
      useProjectConfig: args.useProjectConfig,
      preset: args.preset,
      includeTests: args.includeTests,
      maxFindings: args.maxFindings,
      baseline: args.baseline === undefined ? undefined : path.resolve(io.cwd, args.baseline),
      writeBaseline: args.writeBaseline === undefined ? undefined : path.resolve(io.cwd, args.writeBaseline),
      onWarning(message) {
        io.stderr.write(`${message}\n`);
      },
      onFiles(count) {
        if (count === 0) io.stderr.write(`No JavaScript or TypeScript files found under ${args.directory}.\n`);
        progress = createProgress(io.stderr, count, args.quiet);
      },
      onProgress(done, total) {
        progress?.update(done, total);
      },
    });
  } catch (error) {
    if (error instanceof AuditError) throw error;
    throw new Error(explainLintError(error, args), { cause: error });
  } finally {
    progress?.finish();
  }
  // The report names the baseline as the user wrote it, not as an absolute path.
  if (args.baseline !== undefined) report = { ...report, gate: { ...report.gate, baseline: args.baseline } };

  const displayRoot = getDisplayRoot(io.cwd, root);
  const color = args.format === 'terminal' && args.output === undefined && useColor(args.color, io);
  const text = formatReport(report, args.format, { displayRoot, directoryArgument: args.directory, color });
  if (args.output === undefined) {
    io.stdout.write(text);
  } else {
    writeFileSync(path.resolve(io.cwd, args.output), text);
  }
  if (!args.quiet && args.output !== undefined) {
    io.stderr.write(`Wrote the ${args.format} report to ${args.output}: ${report.summary.findings} findings, gate ${report.gate.status}.\n`);
  }
  if (args.writeBaseline !== undefined && !args.quiet) {
    io.stderr.write(`Wrote a baseline of ${report.findings.length} findings to ${args.writeBaseline}.\n`);
  }
  return report.gate.status === 'failed' ? EXIT_GATE_FAILED : EXIT_PASSED;
}

/** ESLint is a peer dependency: the one next to the plugin (the project's own when the plugin is installed there). */
async function loadESLint(directory: string): Promise<typeof import('eslint')> {
  let eslint: typeof import('eslint');
  try {
    eslint = await import('eslint');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `ESLint could not be loaded (${message.split('\n')[0] ?? ''}). It is a peer dependency: install it next to the plugin ` +
        `(npm install --save-dev eslint) or run \`npx -p eslint -p eslint-plugin-reliability eslint-plugin-reliability audit ${directory}\`.`,
      { cause: error },
    );
  }
  const major = Number(eslint.ESLint.version.split('.')[0]);
  if (!(major >= 9)) throw new Error(`ESLint ${eslint.ESLint.version} is too old: the audit needs ESLint 9 or 10.`);
  return eslint;
}

function explainLintError(error: unknown, args: AuditArguments): string {
  const message = error instanceof Error ? error.message : String(error);
  if (args.useProjectConfig && /could not find config file/iu.test(message)) {
    return `--config found no eslint.config.* for ${args.directory}. Run without --config to use the built-in configuration.`;
  }
  if (args.useProjectConfig) {
    return `--config could not lint with the repository's ESLint config: ${message.replace(/\.$/u, '')}. Install the repository's packages first, or run without --config.`;
  }
  return `the audit could not run: ${message}`;
}

function isDirectory(directory: string): boolean {
  try {
    return statSync(directory).isDirectory();
  } catch (error) {
    if (error instanceof Error) return false;
    throw error;
  }
}

function getDisplayRoot(cwd: string, root: string): string {
  const relative = path.relative(cwd, root);
  if (relative === '') return path.basename(root);
  return relative.startsWith('..') || path.isAbsolute(relative) ? root : relative.split(path.sep).join('/');
}

/** `--color`/`--no-color` first, then NO_COLOR and FORCE_COLOR, then whether stdout is a terminal. */
export function useColor(flag: boolean | undefined, io: Pick<Io, 'env' | 'stdout'>): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return io.stdout.isTTY === true;
}
