/**
 * Turns what ESLint found into the assessment: findings with areas, severities and fingerprints,
 * a verdict per area, the must-fix list, the gate decision and what to add to the ESLint config.
 */
import type { AreaId, Severity } from './areas.js';
import { rules as pluginRules } from '../rules/index.js';
import type { AnyRule } from '../util/createRule.js';
import { AREAS, compareArea, compareSeverity, getAreaRuleNames, isMustFix, SEVERITIES } from './areas.js';
import type { Baseline } from './baseline.js';
import { getFingerprint, matchBaseline } from './baseline.js';
import { findConfigFile, toRelative } from './files.js';
import type { LintOutcome } from './lint.js';
import type { AreaReport, AuditReport, FileCount, Finding, Gate, OverallVerdict, Preset, Verdict } from './model.js';
import { SCHEMA_VERSION } from './model.js';

export interface ReportOptions {
  readonly root: string;
  readonly toolName: string;
  readonly toolVersion: string;
  readonly useProjectConfig: boolean;
  readonly preset: Preset;
  readonly includeTests: boolean;
  /** The config file the team's `settings.reliability` came from, or `null`. */
  readonly settingsFrom: string | null;
  readonly durationMs: number;
  /** `--max-findings`, or `undefined` for the default gate. */
  readonly maxFindings: number | undefined;
  readonly baseline: { readonly file: string; readonly data: Baseline } | undefined;
  /** `--write-baseline` was given: the gate is skipped. */
  readonly writingBaseline: boolean;
}

const WORST_FILES = 3;
const EXAMPLES = 3;
const TS_FILE = /\.[cm]?tsx?$/u;

export function buildReport(outcome: LintOutcome, options: ReportOptions): AuditReport {
  const findings = createFindings(outcome, options);
  const lines = outcome.files.reduce((sum, file) => sum + file.lines, 0);
  const errors = findings.filter((finding) => finding.level === 'error').length;
  const mustFix = findings.filter((finding) => isMustFix(finding.severity)).sort(compareWorstFirst);
  const areas = AREAS.map((area) => buildArea(area, findings, outcome, options));
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: options.toolName, version: options.toolVersion, eslintVersion: outcome.eslintVersion },
    root: options.root,
    config: {
      source: options.useProjectConfig ? 'project' : 'built-in',
      preset: options.useProjectConfig ? null : options.preset,
      testsIncluded: options.includeTests,
      settingsFrom: options.settingsFrom,
      rules: [...outcome.enabledRules.keys()].sort(),
    },
    summary: {
      files: outcome.files.length,
      lines,
      findings: findings.length,
      errors,
      warnings: findings.length - errors,
      findingsPerThousandLines: lines === 0 ? 0 : Math.round((findings.length / lines) * 1000 * 100) / 100,
      mustFix: mustFix.length,
      unparsedFiles: outcome.unparsed.length,
      otherFindings: outcome.otherFindings,
      verdict: getOverallVerdict(outcome, findings.length, mustFix.length),
      durationMs: Math.round(options.durationMs),
    },
    areas,
    mustFix,
    findings,
    unparsedFiles: outcome.unparsed
      .map(({ filePath, line, column, message }) => ({ file: toRelative(options.root, filePath), line, column, message }))
      .sort((a, b) => a.file.localeCompare(b.file)),
    gate: decideGate(findings, options),
    enforce: buildEnforcement(outcome, options),
  };
}

function createFindings(outcome: LintOutcome, options: ReportOptions): Finding[] {
  const sorted = outcome.findings
    .map((raw) => {
      const file = toRelative(options.root, raw.filePath);
      return {
        ruleId: raw.ruleId,
        rule: raw.rule,
        area: raw.area,
        severity: raw.severity,
        level: raw.level,
        message: raw.message,
        file,
        line: raw.line,
        column: raw.column,
        endLine: raw.endLine,
        endColumn: raw.endColumn,
        docsUrl: raw.docsUrl,
        fingerprint: getFingerprint({ ruleId: raw.ruleId, file, messageId: raw.messageId, message: raw.message, lineText: raw.lineText }),
        baselineState: null,
      } satisfies Finding;
    })
    .sort(compareByLocation);
  if (options.baseline === undefined) return sorted;
  const states = matchBaseline(sorted, options.baseline.data);
  return sorted.map((finding, index) => ({ ...finding, baselineState: states[index] ?? 'new' }));
}

export function compareByLocation(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

export function compareWorstFirst(a: Finding, b: Finding): number {
  return compareSeverity(a.severity, b.severity) || compareArea(a.area, b.area) || compareByLocation(a, b);
}

function buildArea(area: (typeof AREAS)[number], findings: readonly Finding[], outcome: LintOutcome, options: ReportOptions): AreaReport {
  const own = findings.filter((finding) => finding.area === area.id);
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const finding of own) bySeverity[finding.severity]++;
  const ruleCounts = new Map<string, { findings: number; docsUrl: string }>();
  for (const [ruleId, rule] of outcome.enabledRules) {
    if (rule.area === area.id) ruleCounts.set(ruleId, { findings: 0, docsUrl: rule.docsUrl });
  }
  for (const finding of own) {
    const count = ruleCounts.get(finding.ruleId) ?? { findings: 0, docsUrl: finding.docsUrl };
    ruleCounts.set(finding.ruleId, { ...count, findings: count.findings + 1 });
  }
  return {
    id: area.id,
    title: area.title,
    standard: area.standard,
    verdict: getAreaVerdict(ruleCounts.size, own),
    notAssessedReason: ruleCounts.size > 0 ? null : outcome.files.length === 0 ? 'No file was audited.' : getNotAssessedReason(area.id, options),
    rules: [...ruleCounts]
      .map(([ruleId, count]) => ({ ruleId, ...count }))
      .sort((a, b) => b.findings - a.findings || a.ruleId.localeCompare(b.ruleId)),
    findings: own.length,
    bySeverity,
    worstFiles: getWorstFiles(own),
    examples: pickExamples(own),
  };
}

function getNotAssessedReason(area: AreaId, options: ReportOptions): string {
  const available = getAreaRuleNames(area).plugin.filter((name) => Object.hasOwn(pluginRules, name));
  if (available.length === 0) return 'This version of the plugin has no rule for this area yet.';
  const names = available.map((name) => `reliability/${name}`).join(', ');
  if (options.useProjectConfig) return `Your ESLint config turns on none of its rules (${names}).`;
  const typed = available.every((name) => (pluginRules as Record<string, AnyRule>)[name]?.meta.docs?.requiresTypeChecking === true);
  if (typed) return `Its rules (${names}) need type information, which the built-in configuration does not have: audit with --config and a typed config.`;
  return `Its rules (${names}) are not in the ${options.preset} preset: run with --preset all to include them.`;
}

function getAreaVerdict(ruleCount: number, findings: readonly Finding[]): Verdict {
  if (ruleCount === 0) return 'not-assessed';
  if (findings.length === 0) return 'ready';
  return findings.some((finding) => isMustFix(finding.severity)) ? 'at-risk' : 'needs-work';
}

function getOverallVerdict(outcome: LintOutcome, findings: number, mustFix: number): OverallVerdict {
  if (outcome.enabledRules.size === 0) return 'not-assessed';
  if (mustFix > 0) return 'not-ready';
  return findings > 0 ? 'needs-work' : 'ready';
}

function getWorstFiles(findings: readonly Finding[]): FileCount[] {
  const byFile = new Map<string, { findings: number; worst: Severity }>();
  for (const finding of findings) {
    const entry = byFile.get(finding.file);
    if (entry === undefined) {
      byFile.set(finding.file, { findings: 1, worst: finding.severity });
    } else {
      entry.findings++;
      if (compareSeverity(finding.severity, entry.worst) < 0) entry.worst = finding.severity;
    }
  }
  return [...byFile]
    .sort(([fileA, a], [fileB, b]) => b.findings - a.findings || compareSeverity(a.worst, b.worst) || fileA.localeCompare(fileB))
    .slice(0, WORST_FILES)
    .map(([file, entry]) => ({ file, findings: entry.findings }));
}

/** The worst findings, one per file first, then more from the same files. */
function pickExamples(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort(compareWorstFirst);
  const picked: Finding[] = [];
  const files = new Set<string>();
  for (const finding of sorted) {
    if (picked.length === EXAMPLES) break;
    if (files.has(finding.file)) continue;
    files.add(finding.file);
    picked.push(finding);
  }
  for (const finding of sorted) {
    if (picked.length === EXAMPLES) break;
    if (!picked.includes(finding)) picked.push(finding);
  }
  return picked.sort(compareWorstFirst);
}

function decideGate(findings: readonly Finding[], options: ReportOptions): Gate {
  const baseline = options.baseline?.file ?? null;
  const maxFindings = options.maxFindings ?? null;
  if (options.writingBaseline) {
    return { status: 'skipped', maxFindings, baseline, counted: 0, reason: 'A baseline was written; the gate does not run in the same call.' };
  }
  const candidates = options.baseline === undefined ? findings : findings.filter((finding) => finding.baselineState === 'new');
  const qualifier = options.baseline === undefined ? '' : 'new ';
  if (maxFindings !== null) {
    const counted = candidates.length;
    const failed = counted > maxFindings;
    const comparison = failed ? 'more than' : 'within';
    return {
      status: failed ? 'failed' : 'passed',
      maxFindings,
      baseline,
      counted,
      reason: `${plural(counted, `${qualifier}finding`)}, ${comparison} --max-findings ${maxFindings}.`,
    };
  }
  const counted = candidates.filter((finding) => finding.level === 'error').length;
  return {
    status: counted > 0 ? 'failed' : 'passed',
    maxFindings,
    baseline,
    counted,
    reason: counted > 0 ? `${plural(counted, `${qualifier}error-level finding`)}.` : `No ${qualifier}error-level findings.`,
  };
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function buildEnforcement(outcome: LintOutcome, options: ReportOptions): AuditReport['enforce'] {
  const existing = findConfigFile(options.root);
  const typescript = outcome.files.some((file) => TS_FILE.test(file.filePath));
  const preset = options.useProjectConfig ? 'recommended' : options.preset;
  const snippet = [
    existing === undefined ? '// eslint.config.js' : `// ${existing}: add the plugin's config${typescript ? ' (and the TypeScript parser, if not there yet)' : ''}`,
    "import reliability from 'eslint-plugin-reliability';",
    ...(typescript ? ["import tseslint from 'typescript-eslint';"] : []),
    '',
    'export default [',
    ...(existing === undefined ? [] : ['  // ...your existing configs']),
    ...(typescript ? ["  { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tseslint.parser } },"] : []),
    `  reliability.configs.${preset},`,
    '];',
  ].join('\n');
  return {
    configFile: existing ?? 'eslint.config.js',
    existingConfig: existing !== undefined,
    install: `npm install --save-dev eslint eslint-plugin-reliability${typescript ? ' typescript-eslint' : ''}`,
    snippet,
  };
}

/** For formats that list areas by id. */
export function getAreaTitle(id: AreaId): string {
  return AREAS.find((area) => area.id === id)?.title ?? id;
}
