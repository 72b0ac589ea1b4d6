/**
 * The audit pipeline: collect the files, lint them, build the report, write the baseline. Imported
 * by the command line only once ESLint is known to load, since the plugin itself needs ESLint.
 */
import type { ESLint } from 'eslint';

import plugin from '../index.js';
import type { AuditArguments } from './args.js';
import type { Baseline } from './baseline.js';
import { createBaseline, readBaseline, writeBaseline } from './baseline.js';
import { AuditError } from './errors.js';
import { collectSourceFiles } from './files.js';
import { lintRepository } from './lint.js';
import type { AuditReport } from './model.js';
import { checkParser } from './parser.js';
import { buildReport } from './report.js';
import { loadTeamSettings } from './teamSettings.js';

export { formatReport } from './format/index.js';
export type { FormatContext } from './format/index.js';

export { AuditError } from './errors.js';

export interface RunOptions extends Omit<AuditArguments, 'command' | 'directory' | 'format' | 'output' | 'quiet' | 'color'> {
  /** Absolute. */
  readonly root: string;
  readonly onFiles?: (count: number) => void;
  readonly onWarning?: (message: string) => void;
  readonly onProgress?: (done: number, total: number) => void;
}

export async function runAudit(ESLintConstructor: typeof ESLint, options: RunOptions): Promise<AuditReport> {
  const started = performance.now();
  if (!options.useProjectConfig) {
    const parserError = checkParser();
    if (parserError !== undefined) {
      throw new AuditError(
        `The built-in configuration cannot load the TypeScript parser that @typescript-eslint/utils depends on: ${parserError.message}`,
      );
    }
  }
  const baseline: { file: string; data: Baseline } | undefined =
    options.baseline === undefined ? undefined : { file: options.baseline, data: readBaseline(options.baseline) };
  const { files, gitignorePatterns } = collectSourceFiles(options.root);
  const team = options.useProjectConfig ? undefined : await loadTeamSettings(ESLintConstructor, options.root, files);
  if (team?.warning !== undefined) options.onWarning?.(team.warning);
  options.onFiles?.(files.length);
  const outcome = await lintRepository(ESLintConstructor, {
    root: options.root,
    files,
    useProjectConfig: options.useProjectConfig,
    preset: options.preset,
    includeTests: options.includeTests,
    gitignorePatterns,
    settings: team?.settings,
    onProgress: options.onProgress,
  });
  const report = buildReport(outcome, {
    root: options.root,
    toolName: plugin.meta.name,
    toolVersion: plugin.meta.version,
    useProjectConfig: options.useProjectConfig,
    preset: options.preset,
    includeTests: options.includeTests,
    settingsFrom: team?.source ?? null,
    durationMs: performance.now() - started,
    maxFindings: options.maxFindings,
    baseline,
    writingBaseline: options.writeBaseline !== undefined,
  });
  if (options.writeBaseline !== undefined) writeBaseline(options.writeBaseline, createBaseline(report.findings));
  return report;
}
