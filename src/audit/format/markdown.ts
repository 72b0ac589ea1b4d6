/** `--format markdown`: for a pull-request comment, a wiki page or `$GITHUB_STEP_SUMMARY`. */
import type { AuditReport, Finding } from '../model.js';
import { plural } from '../report.js';
import type { FormatContext } from './common.js';
import {
  describeAdoption,
  describeConfig,
  describeFindings,
  describeGate,
  describeSeverities,
  describeVerdict,
  formatNumber,
  MUST_FIX_SHOWN,
  OVERALL_LABELS,
  VERDICT_LABELS,
} from './common.js';

/** Table cells: pipes and line breaks would end the cell, angle brackets would become HTML. */
export function escapeCell(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll(/\r?\n/gu, ' ');
}

function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text.includes('`') ? ` ${text} ` : text}${fence}`;
}

function location(finding: Finding): string {
  return code(`${finding.file}:${finding.line}:${finding.column}`);
}

function ruleLink(finding: { readonly ruleId: string; readonly docsUrl: string }): string {
  return `[${finding.ruleId}](${finding.docsUrl})`;
}

function findingRow(finding: Finding, index?: number): string {
  const cells = [
    ...(index === undefined ? [] : [String(index)]),
    finding.severity,
    location(finding),
    ruleLink(finding),
    escapeCell(finding.message) + (finding.baselineState === 'new' ? ' **(new)**' : ''),
  ];
  return `| ${cells.join(' | ')} |`;
}

export function formatMarkdown(report: AuditReport, context: FormatContext): string {
  const { summary } = report;
  const out: string[] = [];
  out.push(`# Reliability audit of ${code(context.displayRoot)}`, '');
  out.push(`${report.tool.name} ${report.tool.version}, ESLint ${report.tool.eslintVersion}, ${describeConfig(report)}.`, '');

  out.push('## Executive summary', '');
  out.push(`**${OVERALL_LABELS[summary.verdict]}**: ${describeVerdict(report)}`, '');
  out.push('| | |', '| --- | --- |');
  out.push(`| Files | ${formatNumber(summary.files)} (${formatNumber(summary.lines)} non-blank lines) |`);
  out.push(`| Findings | ${describeFindings(report)} |`);
  out.push(`| Must fix | ${formatNumber(summary.mustFix)} |`);
  if (summary.unparsedFiles > 0) out.push(`| Not parsed | ${plural(summary.unparsedFiles, 'file')} |`);
  out.push(`| Gate | ${escapeCell(describeGate(report))} |`, '');

  out.push('| Area | Findings | Verdict |', '| --- | ---: | --- |');
  for (const area of report.areas) {
    const count = area.verdict === 'not-assessed' ? '–' : formatNumber(area.findings);
    out.push(`| [${area.title}](#${area.id}) | ${count} | ${VERDICT_LABELS[area.verdict]} |`);
  }

  for (const area of report.areas) {
    out.push('', `<a id="${area.id}"></a>`, '', `## ${area.title}: ${VERDICT_LABELS[area.verdict]}`, '');
    out.push(`*${area.standard}*`, '');
    if (area.notAssessedReason !== null) {
      out.push(area.notAssessedReason);
      continue;
    }
    const severities = area.findings > 0 ? ` (${describeSeverities(area.bySeverity)})` : '';
    out.push(`${plural(area.findings, 'finding')}${severities}. Rules: ${area.rules.map((rule) => `${ruleLink(rule)} (${rule.findings})`).join(', ')}.`);
    if (area.findings === 0) continue;
    out.push('', `Worst files: ${area.worstFiles.map((file) => `${code(file.file)} (${file.findings})`).join(', ')}.`, '');
    out.push('| Severity | Location | Rule | Finding |', '| --- | --- | --- | --- |');
    for (const finding of area.examples) out.push(findingRow(finding));
  }

  out.push('', `## Must fix before production (${formatNumber(report.mustFix.length)})`, '');
  if (report.mustFix.length === 0) {
    out.push('Nothing: no critical or high finding.');
  } else {
    out.push('| # | Severity | Location | Rule | Finding |', '| ---: | --- | --- | --- | --- |');
    report.mustFix.slice(0, MUST_FIX_SHOWN).forEach((finding, index) => out.push(findingRow(finding, index + 1)));
    if (report.mustFix.length > MUST_FIX_SHOWN) {
      out.push('', `… and ${formatNumber(report.mustFix.length - MUST_FIX_SHOWN)} more: \`--format html\` or \`--format json\` lists them all.`);
    }
  }

  out.push('', '## Enforce it from now on', '');
  out.push('```sh', report.enforce.install, '```', '');
  out.push(`${report.enforce.existingConfig ? 'In' : 'Create'} ${code(report.enforce.configFile)}:`, '');
  out.push('```js', report.enforce.snippet, '```', '');
  out.push("To adopt it on existing code, accept today's findings once and fail CI only on new ones:", '');
  out.push('```sh', ...describeAdoption(context), '```');

  if (report.unparsedFiles.length > 0) {
    out.push('', `## Files that could not be audited (${formatNumber(report.unparsedFiles.length)})`, '');
    out.push('| File | Problem |', '| --- | --- |');
    for (const file of report.unparsedFiles) {
      const where = file.line === null ? file.file : `${file.file}:${file.line}:${file.column ?? 0}`;
      out.push(`| ${code(where)} | ${escapeCell(file.message)} |`);
    }
  }
  return `${out.join('\n')}\n`;
}
