/**
 * The default format: plain text that reads the same without colour (pipes, CI logs, NO_COLOR), with
 * ANSI colour on a terminal for the verdicts and headings.
 */
import type { Severity } from '../areas.js';
import type { AuditReport, Finding, OverallVerdict, Verdict } from '../model.js';
import { plural } from '../report.js';
import type { FormatContext } from './common.js';
import {
  describeAdoption,
  describeConfig,
  describeFindings,
  describeGate,
  describeSeverities,
  describeVerdict,
  formatLocation,
  formatNumber,
  MUST_FIX_SHOWN,
  OVERALL_LABELS,
  VERDICT_LABELS,
} from './common.js';

type Paint = (text: string) => string;

interface Palette {
  readonly bold: Paint;
  readonly dim: Paint;
  readonly red: Paint;
  readonly yellow: Paint;
  readonly green: Paint;
}

function createPalette(color: boolean): Palette {
  const paint =
    (open: number, close: number): Paint =>
    (text) =>
      color ? `\u001B[${open}m${text}\u001B[${close}m` : text;
  return { bold: paint(1, 22), dim: paint(2, 22), red: paint(31, 39), yellow: paint(33, 39), green: paint(32, 39) };
}

export function formatTerminal(report: AuditReport, context: FormatContext): string {
  const palette = createPalette(context.color);
  const { bold, dim } = palette;
  const out: string[] = [];
  const heading = (title: string, rest = ''): void => {
    out.push('', `${bold(title.toUpperCase())}${rest}`);
  };
  const verdictPaint = (verdict: Verdict | OverallVerdict): Paint => {
    if (verdict === 'ready') return palette.green;
    if (verdict === 'needs-work') return palette.yellow;
    if (verdict === 'not-assessed') return dim;
    return palette.red;
  };
  const severityPaint = (severity: Severity): Paint =>
    severity === 'critical' || severity === 'high' ? palette.red : severity === 'medium' ? palette.yellow : dim;

  out.push(bold(`Reliability audit of ${context.displayRoot}`));
  out.push(dim(`${report.tool.name} ${report.tool.version} · ESLint ${report.tool.eslintVersion} · ${describeConfig(report)}`));

  heading('Executive summary');
  const { summary } = report;
  const rows: [string, string][] = [
    ['Verdict', verdictPaint(summary.verdict)(`${OVERALL_LABELS[summary.verdict]}: ${describeVerdict(report)}`)],
    ['Files', `${formatNumber(summary.files)} (${formatNumber(summary.lines)} non-blank lines)`],
    ['Findings', describeFindings(report)],
    ['Must fix', formatNumber(summary.mustFix)],
  ];
  if (summary.unparsedFiles > 0) rows.push(['Not parsed', `${plural(summary.unparsedFiles, 'file')} (listed below)`]);
  for (const [label, value] of rows) out.push(`  ${label.padEnd(12)}${value}`);
  out.push('');
  const titleWidth = Math.max(...report.areas.map((area) => area.title.length)) + 2;
  out.push(dim(`  ${'Area'.padEnd(titleWidth)}${'Findings'.padStart(8)}  Verdict`));
  for (const area of report.areas) {
    const count = area.verdict === 'not-assessed' ? '-' : formatNumber(area.findings);
    out.push(`  ${area.title.padEnd(titleWidth)}${count.padStart(8)}  ${verdictPaint(area.verdict)(VERDICT_LABELS[area.verdict])}`);
  }

  for (const area of report.areas) {
    const severities = describeSeverities(area.bySeverity);
    const findings = area.findings > 0 ? ` · ${plural(area.findings, 'finding')} (${severities})` : '';
    heading(area.title, ` · ${verdictPaint(area.verdict)(VERDICT_LABELS[area.verdict])}${findings}`);
    out.push(`  ${dim(area.standard)}`);
    if (area.notAssessedReason !== null) {
      out.push(`  ${area.notAssessedReason}`);
      continue;
    }
    out.push(`  Rules        ${area.rules.map((rule) => `${rule.ruleId} (${rule.findings})`).join(', ')}`);
    if (area.findings === 0) continue;
    out.push(`  Worst files  ${area.worstFiles.map((file) => `${file.file} (${file.findings})`).join(', ')}`);
    out.push('  Examples');
    for (const finding of area.examples) out.push(...formatFinding(finding, '    ', severityPaint));
  }

  heading('Must fix before production', ` (${formatNumber(report.mustFix.length)})`);
  if (report.mustFix.length === 0) out.push('  Nothing: no critical or high finding.');
  report.mustFix.slice(0, MUST_FIX_SHOWN).forEach((finding, index) => {
    out.push(...formatFinding(finding, `  ${String(index + 1).padStart(3)}. `, severityPaint));
  });
  if (report.mustFix.length > MUST_FIX_SHOWN) {
    out.push(`  ... and ${formatNumber(report.mustFix.length - MUST_FIX_SHOWN)} more: --format html or --format json lists them all.`);
  }

  heading('Enforce it from now on');
  out.push(`  ${report.enforce.install}`);
  out.push(`  ${report.enforce.existingConfig ? 'In' : 'Create'} ${report.enforce.configFile}:`);
  out.push(...report.enforce.snippet.split('\n').map((line) => (line === '' ? '' : `    ${line}`)));
  const [write, check] = describeAdoption(context);
  out.push('  To adopt it on existing code, accept today\'s findings once and fail CI only on new ones:');
  out.push(`    ${write ?? ''}`, `    ${check ?? ''}`);

  if (report.unparsedFiles.length > 0) {
    heading('Files that could not be audited', ` (${formatNumber(report.unparsedFiles.length)})`);
    for (const file of report.unparsedFiles) {
      const location = file.line === null ? file.file : `${file.file}:${file.line}:${file.column ?? 0}`;
      out.push(`  ${location}  ${file.message}`);
    }
  }
  if (summary.otherFindings > 0) {
    out.push('', dim(`${plural(summary.otherFindings, 'report')} of rules outside the reliability areas were left out.`));
  }

  out.push('', `${bold('Gate')}  ${(report.gate.status === 'failed' ? palette.red : report.gate.status === 'passed' ? palette.green : dim)(describeGate(report))}`);
  return `${out.join('\n')}\n`;
}

function formatFinding(finding: Finding, prefix: string, severityPaint: (severity: Severity) => Paint): string[] {
  const indent = ' '.repeat(prefix.length + 2);
  const baseline = finding.baselineState === 'new' ? ' (new)' : '';
  return [
    `${prefix}${severityPaint(finding.severity)(finding.severity.padEnd(8))}  ${formatLocation(finding)}  ${finding.ruleId}${baseline}`,
    `${indent}${finding.message}`,
  ];
}
