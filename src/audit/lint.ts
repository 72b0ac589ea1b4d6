/**
 * Runs ESLint over the audited files, with the audit's built-in configuration or the repository's
 * own, and keeps what the report needs: the findings of rules that have an area, parse failures,
 * and the non-blank line count of every audited file. Files are linted in batches, which keeps
 * memory flat on large repositories and lets the caller show progress.
 */
import type { ESLint, Linter } from 'eslint';
import { readFileSync, statSync } from 'node:fs';

import plugin from '../index.js';
import { getDocsUrl } from '../util/createRule.js';
import type { AnyRule } from '../util/createRule.js';
import type { ReliabilitySettings } from '../util/settings.js';
import { rules as pluginRules } from '../rules/index.js';
import { getRuleClass } from './areas.js';
import type { RuleClass } from './areas.js';
import { BUILT_IN_IGNORES, countLines, MAX_FILE_BYTES, SOURCE_EXTENSIONS, TEST_IGNORES } from './files.js';
import type { Preset } from './model.js';
import { createAuditParser } from './parser.js';

type ESLintClass = typeof ESLint;

export interface LintOptions {
  readonly root: string;
  readonly files: readonly string[];
  readonly useProjectConfig: boolean;
  readonly preset: Preset;
  readonly includeTests: boolean;
  readonly gitignorePatterns: readonly string[];
  /** The team's `settings.reliability`, for the built-in configuration. */
  readonly settings?: ReliabilitySettings | undefined;
  readonly onProgress?: (done: number, total: number) => void;
  /** Files per `lintFiles` call. */
  readonly batchSize?: number;
}

export interface RawFinding extends ClassifiedRule {
  readonly ruleId: string;
  readonly level: 'error' | 'warning';
  readonly message: string;
  readonly messageId: string | undefined;
  readonly filePath: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The text of the line the finding starts on. */
  readonly lineText: string;
}

export interface RawUnparsed {
  readonly filePath: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly message: string;
}

export interface LintOutcome {
  readonly eslintVersion: string;
  readonly files: readonly { readonly filePath: string; readonly lines: number }[];
  readonly findings: readonly RawFinding[];
  readonly unparsed: readonly RawUnparsed[];
  /** Reports of rules that have no area (other plugins' rules, with `--config`). */
  readonly otherFindings: number;
  /** Rule ids with an area that were on for at least one audited file. */
  readonly enabledRules: ReadonlyMap<string, ClassifiedRule>;
}

const PLUGIN_NAME = plugin.meta.name;
const UNKNOWN_RULE = /^Definition for rule '[^']+' was not found\.?$/u;
const FILE_GLOB = `**/*.{${SOURCE_EXTENSIONS.map((extension) => extension.slice(1)).join(',')}}`;

/** The audit's own configuration: our parser for every extension, then the preset without its typed rules. */
export function createBuiltInConfig(options: Pick<LintOptions, 'preset' | 'includeTests' | 'gitignorePatterns' | 'settings'>): Linter.Config[] {
  const parser = createAuditParser(plugin.meta.version);
  const presetConfigs: readonly Linter.Config[] = [plugin.configs[options.preset]].flat();
  return [
    {
      name: 'reliability-audit/ignores',
      ignores: [...BUILT_IN_IGNORES, ...(options.includeTests ? [] : TEST_IGNORES), ...options.gitignorePatterns],
    },
    {
      name: 'reliability-audit/language',
      files: [FILE_GLOB],
      languageOptions: { parser, ecmaVersion: 'latest', sourceType: 'module' },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      ...(options.settings === undefined ? {} : { settings: { reliability: options.settings } }),
    },
    { name: 'reliability-audit/commonjs', files: ['**/*.{cjs,cts}'], languageOptions: { sourceType: 'commonjs' } },
    ...presetConfigs.map((config) =>
      config.rules === undefined
        ? config
        : { ...config, rules: Object.fromEntries(Object.entries(config.rules).filter(([ruleId]) => !requiresTypeChecking(ruleId))) },
    ),
  ];
}

function requiresTypeChecking(ruleId: string): boolean {
  if (!ruleId.startsWith('reliability/')) return false;
  const rule = (pluginRules as Record<string, AnyRule | undefined>)[ruleId.slice('reliability/'.length)];
  return rule?.meta.docs?.requiresTypeChecking === true;
}

export async function lintRepository(ESLintConstructor: ESLintClass, options: LintOptions): Promise<LintOutcome> {
  const eslint = options.useProjectConfig
    ? new ESLintConstructor({ cwd: options.root, errorOnUnmatchedPattern: false, warnIgnored: false })
    : withoutEslintIgnoreWarning(
        () =>
          new ESLintConstructor({
            cwd: options.root,
            overrideConfigFile: true,
            overrideConfig: createBuiltInConfig(options),
            errorOnUnmatchedPattern: false,
            warnIgnored: false,
          }),
      );
  const batchSize = options.batchSize ?? 200;
  const collector = new Collector(eslint);
  for (let start = 0; start < options.files.length; start += batchSize) {
    const batch = options.files.slice(start, start + batchSize);
    await collector.lintBatch(batch);
    options.onProgress?.(Math.min(start + batchSize, options.files.length), options.files.length);
  }
  return {
    eslintVersion: ESLintConstructor.version,
    files: collector.files,
    findings: collector.findings,
    unparsed: collector.unparsed,
    otherFindings: collector.otherFindings,
    enabledRules: collector.enabledRules,
  };
}

/**
 * ESLint warns on construction when the directory has a legacy `.eslintignore`, telling the user to
 * move it into eslint.config.js. The audit's own configuration never reads that file, so the advice
 * would only mislead; every other warning still goes through.
 */
export function withoutEslintIgnoreWarning<T>(create: () => T): T {
  const original = process.emitWarning;
  const filtered = function (this: unknown, warning: string | Error, ...rest: unknown[]): void {
    if (rest[0] === 'ESLintIgnoreWarning') return;
    (original as (...args: unknown[]) => void).call(process, warning, ...rest);
  };
  process.emitWarning = filtered as typeof process.emitWarning;
  try {
    return create();
  } finally {
    process.emitWarning = original;
  }
}

interface FileConfig {
  readonly plugins?: Record<string, { meta?: { name?: string } } | undefined>;
  readonly rules?: Record<string, Linter.RuleEntry | undefined>;
}

class Collector {
  readonly files: { filePath: string; lines: number }[] = [];
  readonly findings: RawFinding[] = [];
  readonly unparsed: RawUnparsed[] = [];
  readonly enabledRules = new Map<string, ClassifiedRule>();
  otherFindings = 0;
  /** Per config object (ESLint hands out one per distinct set of matching config blocks). */
  private readonly namespaces = new WeakMap<object, ReadonlySet<string>>();

  constructor(private readonly eslint: ESLint) {}

  async lintBatch(files: readonly string[]): Promise<void> {
    const batch = await this.skipOversized(files);
    if (batch.length === 0) return;
    let results: ESLint.LintResult[];
    try {
      results = await this.eslint.lintFiles([...batch]);
    } catch (error) {
      results = await this.lintOneByOne(batch, error);
    }
    for (const result of results) await this.collect(result);
  }

  /** Leaves out files above `MAX_FILE_BYTES`, listing those the configuration would have linted. */
  private async skipOversized(files: readonly string[]): Promise<string[]> {
    const kept: string[] = [];
    for (const file of files) {
      // A file that vanished since it was listed is left to ESLint, which reports it.
      const size = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
      if (size <= MAX_FILE_BYTES) {
        kept.push(file);
      } else if (!(await this.eslint.isPathIgnored(file))) {
        const megabytes = (size / MAX_FILE_BYTES).toFixed(1);
        this.unparsed.push({ filePath: file, line: null, column: null, message: `Skipped: ${megabytes} MB is more than the 1 MB the audit reads (a bundle or generated code).` });
      }
    }
    return kept;
  }

  /**
   * A rule that throws on one file makes ESLint reject the whole batch: lint the files one by one
   * so that file is recorded and the others still count. When every file fails, the configuration
   * itself is broken, and the error stops the audit.
   */
  private async lintOneByOne(batch: readonly string[], batchError: unknown): Promise<ESLint.LintResult[]> {
    const results: ESLint.LintResult[] = [];
    const crashes: RawUnparsed[] = [];
    for (const file of batch) {
      try {
        results.push(...(await this.eslint.lintFiles([file])));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        crashes.push({ filePath: file, line: null, column: null, message: `ESLint failed on this file: ${message.split('\n')[0] ?? ''}` });
      }
    }
    if (results.length === 0 && crashes.length > 0) throw batchError;
    this.unparsed.push(...crashes);
    return results;
  }

  private async collect(result: ESLint.LintResult): Promise<void> {
    const text = result.source ?? readFileSync(result.filePath, 'utf8');
    this.files.push({ filePath: result.filePath, lines: countLines(text) });
    const config = (await this.eslint.calculateConfigForFile(result.filePath)) as FileConfig | undefined;
    const namespaces = this.getNamespaces(config);
    for (const [ruleId, entry] of Object.entries(config?.rules ?? {})) {
      if (this.enabledRules.has(ruleId) || !isEnabled(entry)) continue;
      const classified = classify(ruleId, namespaces);
      if (classified !== undefined) this.enabledRules.set(ruleId, classified);
    }
    let lines: string[] | undefined;
    for (const message of result.messages) {
      if (message.ruleId === null) {
        if (message.fatal === true) {
          this.unparsed.push({ filePath: result.filePath, line: message.line ?? null, column: message.column ?? null, message: message.message });
        }
        // Other messages without a rule are about directive comments, not the code: left out.
        continue;
      }
      // A directive comment for a rule this config does not load (`eslint-disable-next-line react-hooks/...`).
      if (UNKNOWN_RULE.test(message.message)) continue;
      const classified = classify(message.ruleId, namespaces);
      if (classified === undefined) {
        this.otherFindings++;
        continue;
      }
      lines ??= text.split(/\r?\n/u);
      this.findings.push({
        ...classified,
        ruleId: message.ruleId,
        level: message.severity === 2 ? 'error' : 'warning',
        message: message.message,
        messageId: message.messageId,
        filePath: result.filePath,
        line: message.line,
        column: message.column,
        endLine: message.endLine ?? message.line,
        endColumn: message.endColumn ?? message.column,
        lineText: lines[message.line - 1] ?? '',
      });
    }
  }

  /** The namespaces under which this file's config registers eslint-plugin-reliability. */
  private getNamespaces(config: FileConfig | undefined): ReadonlySet<string> {
    if (config === undefined) return new Set();
    const cached = this.namespaces.get(config);
    if (cached !== undefined) return cached;
    const found = new Set(
      Object.entries(config.plugins ?? {})
        .filter(([, registered]) => registered === plugin || registered?.meta?.name === PLUGIN_NAME)
        .map(([namespace]) => namespace),
    );
    this.namespaces.set(config, found);
    return found;
  }
}

function isEnabled(entry: Linter.RuleEntry | undefined): boolean {
  const severity = Array.isArray(entry) ? entry[0] : entry;
  return severity !== undefined && severity !== 0 && severity !== 'off';
}

export interface ClassifiedRule extends RuleClass {
  readonly rule: string;
  readonly isCore: boolean;
  readonly docsUrl: string;
}

/** The area, severity and docs of a rule id, when it is one of ours or a core rule our configs use. */
function classify(ruleId: string, namespaces: ReadonlySet<string>): ClassifiedRule | undefined {
  const slash = ruleId.lastIndexOf('/');
  if (slash === -1) {
    const ruleClass = getRuleClass(ruleId, true);
    return ruleClass && { ...ruleClass, rule: ruleId, isCore: true, docsUrl: `https://eslint.org/docs/latest/rules/${ruleId}` };
  }
  if (!namespaces.has(ruleId.slice(0, slash))) return undefined;
  const rule = ruleId.slice(slash + 1);
  const ruleClass = getRuleClass(rule, false);
  return ruleClass && { ...ruleClass, rule, isCore: false, docsUrl: getDocsUrl(rule) };
}
