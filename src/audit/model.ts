/**
 * The audit report: what `--format json` prints, and what every other format is rendered from.
 * Its JSON Schema is docs/audit.schema.json; a change here that is not additive needs a new
 * `schemaVersion`.
 */
import type { AreaId, Severity } from './areas.js';

export const SCHEMA_VERSION = 1;

export type Verdict = 'ready' | 'needs-work' | 'at-risk' | 'not-assessed';
export type OverallVerdict = 'ready' | 'needs-work' | 'not-ready' | 'not-assessed';
export type Preset = 'recommended' | 'strict' | 'all';

export interface Finding {
  /** The id ESLint reported: `reliability/no-swallowed-errors`, or a core rule such as `no-throw-literal`. */
  readonly ruleId: string;
  /** The rule's name without its plugin namespace. */
  readonly rule: string;
  readonly area: AreaId;
  readonly severity: Severity;
  /** The ESLint severity the configuration gave the rule. */
  readonly level: 'error' | 'warning';
  readonly message: string;
  /** Relative to the audited directory, with forward slashes. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly docsUrl: string;
  /** Stable across line moves: rule, file, message id and the text of the reported line. */
  readonly fingerprint: string;
  /** With `--baseline`: whether the baseline already held this finding. */
  readonly baselineState: 'new' | 'unchanged' | null;
}

export interface FileCount {
  readonly file: string;
  readonly findings: number;
}

export interface RuleCount {
  readonly ruleId: string;
  readonly findings: number;
  readonly docsUrl: string;
}

export interface AreaReport {
  readonly id: AreaId;
  readonly title: string;
  readonly standard: string;
  readonly verdict: Verdict;
  /** Why the area was not assessed, or `null` when it was. */
  readonly notAssessedReason: string | null;
  /** The rules of this area that ran, with their finding counts (zero included). */
  readonly rules: readonly RuleCount[];
  readonly findings: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** Up to three files with the most findings of this area. */
  readonly worstFiles: readonly FileCount[];
  /** Up to three findings, worst first, from different files where possible. */
  readonly examples: readonly Finding[];
}

export interface UnparsedFile {
  readonly file: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly message: string;
}

export interface Gate {
  readonly status: 'passed' | 'failed' | 'skipped';
  /** `--max-findings`, or `null` for the default (fail on any error-level finding). */
  readonly maxFindings: number | null;
  /** The `--baseline` file as given, or `null`. */
  readonly baseline: string | null;
  /** Findings the gate counted: all of them, or only those not in the baseline. */
  readonly counted: number;
  readonly reason: string;
}

export interface AuditReport {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly tool: { readonly name: string; readonly version: string; readonly eslintVersion: string };
  /** The audited directory, absolute. */
  readonly root: string;
  readonly config: {
    /** `built-in`: the audit's own configuration; `project`: the repository's eslint.config.* (`--config`). */
    readonly source: 'built-in' | 'project';
    /** The plugin config the built-in configuration used; `null` with `--config`. */
    readonly preset: Preset | null;
    readonly testsIncluded: boolean;
    /**
     * The repository config whose `settings.reliability` (the team's loggers, metrics, wrappers...) the
     * built-in configuration applied, or `null` (none found, or `--config`, where the repository's
     * config applies as a whole).
     */
    readonly settingsFrom: string | null;
    /** The rule ids with an area that were on for at least one audited file. */
    readonly rules: readonly string[];
  };
  readonly summary: {
    readonly files: number;
    /** Non-blank lines of the audited files. */
    readonly lines: number;
    readonly findings: number;
    readonly errors: number;
    readonly warnings: number;
    readonly findingsPerThousandLines: number;
    readonly mustFix: number;
    readonly unparsedFiles: number;
    /** Reports of rules without an area (other plugins, with `--config`): left out of everything else. */
    readonly otherFindings: number;
    readonly verdict: OverallVerdict;
    readonly durationMs: number;
  };
  /** Always the seven areas, in a fixed order. */
  readonly areas: readonly AreaReport[];
  /** Critical and high findings, worst first. */
  readonly mustFix: readonly Finding[];
  /** Every finding, by file, line and column. */
  readonly findings: readonly Finding[];
  readonly unparsedFiles: readonly UnparsedFile[];
  readonly gate: Gate;
  readonly enforce: {
    /** The config file to edit: the repository's own when it has one. */
    readonly configFile: string;
    readonly existingConfig: boolean;
    /** The install command for what the snippet imports. */
    readonly install: string;
    /** What to put in it. */
    readonly snippet: string;
  };
}
