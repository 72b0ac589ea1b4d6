/** Wording shared by the text formats (terminal, markdown, html). */
import type { Severity } from '../areas.js';
import type { AuditReport, Finding, OverallVerdict, Verdict } from '../model.js';
import { plural } from '../report.js';

export interface FormatContext {
  /** The audited directory as the user should read it (relative to where they ran the command). */
  readonly displayRoot: string;
  /** The directory argument as given (`.` when none), for the commands the report suggests. */
  readonly directoryArgument: string;
  /** ANSI colours in the terminal format. */
  readonly color: boolean;
}

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  ready: 'Ready',
  'needs-work': 'Needs work',
  'at-risk': 'At risk',
  'not-assessed': 'Not assessed',
};

export const OVERALL_LABELS: Readonly<Record<OverallVerdict, string>> = {
  ready: 'READY',
  'needs-work': 'NEEDS WORK',
  'not-ready': 'NOT READY',
  'not-assessed': 'NOT ASSESSED',
};

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  critical: 'critical',
  high: 'high',
  medium: 'medium',
  low: 'low',
};

/** How many must-fix findings the terminal and markdown formats list before "and N more". */
export const MUST_FIX_SHOWN = 20;

export const BASELINE_FILE = 'reliability-baseline.json';

/** One sentence after the overall verdict. */
export function describeVerdict(report: AuditReport): string {
  const { summary } = report;
  const assessed = report.areas.filter((area) => area.verdict !== 'not-assessed').length;
  switch (summary.verdict) {
    case 'not-ready':
      return `${plural(summary.mustFix, 'finding')} must be fixed before production.`;
    case 'needs-work':
      return `Nothing blocks production; ${plural(summary.findings, 'finding')} to improve.`;
    case 'ready':
      return `No findings in the ${plural(assessed, 'area')} assessed.`;
    case 'not-assessed':
      return "None of the plugin's rules ran, so nothing was assessed.";
  }
}

export function describeConfig(report: AuditReport): string {
  if (report.config.source === 'project') return "the repository's own ESLint config";
  const settings = report.config.settingsFrom === null ? '' : `, team settings from ${report.config.settingsFrom}`;
  return `built-in configuration, ${report.config.preset ?? 'recommended'} rules${report.config.testsIncluded ? '' : ', tests skipped'}${settings}`;
}

export function describeSeverities(bySeverity: Readonly<Record<Severity, number>>): string {
  return (Object.entries(bySeverity) as [Severity, number][])
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`)
    .join(', ');
}

export function formatLocation(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column}`;
}

export function formatNumber(value: number): string {
  return value.toLocaleString('en-US').replaceAll(',', ' ');
}

export function describeFindings(report: AuditReport): string {
  const { summary } = report;
  return `${formatNumber(summary.findings)} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}), ${summary.findingsPerThousandLines} per 1 000 lines`;
}

export function describeGate(report: AuditReport): string {
  const { gate } = report;
  switch (gate.status) {
    case 'passed':
      return `PASSED: ${gate.reason}`;
    case 'failed':
      return `FAILED: ${gate.reason}`;
    case 'skipped':
      return `SKIPPED: ${gate.reason}`;
  }
}

/** The commands that adopt the gate on existing code. */
export function describeAdoption(context: FormatContext): readonly string[] {
  const directory = context.directoryArgument === '.' ? '' : ` ${quoteArgument(context.directoryArgument)}`;
  return [
    `npx eslint-plugin-reliability audit${directory} --write-baseline ${BASELINE_FILE}`,
    `npx eslint-plugin-reliability audit${directory} --baseline ${BASELINE_FILE}`,
  ];
}

function quoteArgument(argument: string): string {
  return /^[\w./@:+-]+$/u.test(argument) ? argument : `'${argument.replaceAll("'", "'\\''")}'`;
}
