/**
 * `--format html`: one self-contained page (inline CSS and SVG, no script, nothing loaded from the
 * network): the summary, a bar chart of findings per area, a section per area with a bar chart of its
 * rules, the must-fix list and a table of every finding linking to the rule docs.
 */
import type { AreaReport, AuditReport, Finding, Verdict } from '../model.js';
import { compareWorstFirst, getAreaTitle, plural } from '../report.js';
import type { FormatContext } from './common.js';
import {
  describeAdoption,
  describeConfig,
  describeFindings,
  describeGate,
  describeSeverities,
  describeVerdict,
  formatNumber,
  OVERALL_LABELS,
  VERDICT_LABELS,
} from './common.js';

/** Width in pixels of the longest bar of a chart; the others are proportional to their counts. */
export const BAR_MAX_WIDTH = 420;
const BAR_HEIGHT = 22;
const BAR_GAP = 10;
const COUNT_WIDTH = 100;
/** A generous width per character of a 13px label, so the longest rule id fits. */
const LABEL_CHAR_WIDTH = 7.5;

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** The width of a bar for `count` when the longest bar stands for `max`. */
export function barWidth(count: number, max: number): number {
  return max === 0 ? 0 : Math.round((count / max) * BAR_MAX_WIDTH * 100) / 100;
}

interface Bar {
  readonly label: string;
  readonly count: number;
  readonly verdict: Verdict;
  readonly attributes: string;
  readonly note?: string;
}

function barChart(bars: readonly Bar[], className: string, title: string): string {
  const max = Math.max(0, ...bars.map((bar) => bar.count));
  const labelWidth = Math.ceil(Math.max(160, ...bars.map((bar) => bar.label.length * LABEL_CHAR_WIDTH)) + 16);
  const height = bars.length * (BAR_HEIGHT + BAR_GAP) + BAR_GAP;
  const width = labelWidth + BAR_MAX_WIDTH + COUNT_WIDTH;
  const rows = bars.map((bar, index) => {
    const y = BAR_GAP + index * (BAR_HEIGHT + BAR_GAP);
    const textY = y + BAR_HEIGHT / 2 + 5;
    const barWidthPx = barWidth(bar.count, max);
    return [
      `<text class="label" x="${labelWidth - 10}" y="${textY}" text-anchor="end">${escapeHtml(bar.label)}</text>`,
      `<rect class="track" x="${labelWidth}" y="${y}" width="${BAR_MAX_WIDTH}" height="${BAR_HEIGHT}" rx="3"></rect>`,
      `<rect class="bar ${bar.verdict}" ${bar.attributes} data-count="${bar.count}" x="${labelWidth}" y="${y}" width="${barWidthPx}" height="${BAR_HEIGHT}" rx="3"><title>${escapeHtml(`${bar.label}: ${plural(bar.count, 'finding')}`)}</title></rect>`,
      `<text class="count" x="${labelWidth + barWidthPx + 8}" y="${textY}">${escapeHtml(bar.note ?? formatNumber(bar.count))}</text>`,
    ].join('');
  });
  return `<svg class="chart ${className}" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${rows.join('')}</svg>`;
}

function link(url: string, text: string): string {
  return `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
}

function inlineCode(text: string): string {
  // Messages quote code in backticks: show it as code.
  return escapeHtml(text).replaceAll(/`([^`]+)`/gu, '<code>$1</code>');
}

function findingRow(finding: Finding): string {
  const baseline = finding.baselineState === 'new' ? ' <span class="new">new</span>' : '';
  return `<tr class="finding ${finding.severity}"><td><span class="severity ${finding.severity}">${finding.severity}</span></td><td>${escapeHtml(getAreaTitle(finding.area))}</td><td><code>${escapeHtml(`${finding.file}:${finding.line}:${finding.column}`)}</code></td><td>${link(finding.docsUrl, finding.ruleId)}</td><td>${inlineCode(finding.message)}${baseline}</td></tr>`;
}

function findingsTable(findings: readonly Finding[], className: string): string {
  return `<table class="${className}"><thead><tr><th>Severity</th><th>Area</th><th>Location</th><th>Rule</th><th>Finding</th></tr></thead><tbody>${findings.map(findingRow).join('')}</tbody></table>`;
}

function areaSection(area: AreaReport): string {
  const parts = [`<section class="area" id="${area.id}"><h3>${escapeHtml(area.title)} <span class="verdict ${area.verdict}">${VERDICT_LABELS[area.verdict]}</span></h3>`];
  parts.push(`<p class="standard">${escapeHtml(area.standard)}</p>`);
  if (area.notAssessedReason !== null) {
    parts.push(`<p>${inlineCode(area.notAssessedReason)}</p></section>`);
    return parts.join('');
  }
  const severities = area.findings > 0 ? ` (${describeSeverities(area.bySeverity)})` : '';
  parts.push(`<p>${escapeHtml(plural(area.findings, 'finding'))}${escapeHtml(severities)}.</p>`);
  parts.push(
    barChart(
      area.rules.map((rule) => ({
        label: rule.ruleId,
        count: rule.findings,
        verdict: rule.findings === 0 ? 'ready' : area.verdict,
        attributes: `data-rule="${escapeHtml(rule.ruleId)}"`,
      })),
      'rule-chart',
      `Findings per rule in ${area.title}`,
    ),
  );
  if (area.findings > 0) {
    parts.push(`<p>Worst files: ${area.worstFiles.map((file) => `<code>${escapeHtml(file.file)}</code> (${file.findings})`).join(', ')}</p>`);
    parts.push(findingsTable(area.examples, 'examples'));
  }
  parts.push('</section>');
  return parts.join('');
}

const STYLE = `
:root{color-scheme:light;--red:#c62828;--amber:#b26a00;--green:#2e7d32;--grey:#8a8f98;--ink:#1d2330;--line:#e3e6eb}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#f6f7f9}
main{max-width:1120px;margin:0 auto;padding:32px 24px 64px}h1{margin:0 0 4px;font-size:26px}h2{margin:40px 0 12px;font-size:20px;border-bottom:1px solid var(--line);padding-bottom:6px}
h3{margin:0 0 6px;font-size:17px}.meta{color:#5b6270;margin:0}code{font:13px ui-monospace,SFMono-Regular,Menlo,monospace;background:#eef0f3;padding:1px 4px;border-radius:3px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));gap:12px;margin:20px 0}.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 16px}
.card .value{font-size:24px;font-weight:600}.card .name{color:#5b6270;font-size:13px}
.verdict{display:inline-block;font-size:12px;font-weight:600;padding:2px 8px;border-radius:10px;color:#fff;vertical-align:middle;background:var(--grey)}
.verdict.ready{background:var(--green)}.verdict.needs-work{background:var(--amber)}.verdict.at-risk,.verdict.not-ready{background:var(--red)}
.overall{font-size:18px;margin:16px 0}.area{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:14px 0}.standard{color:#5b6270;margin:0 0 8px}
svg.chart{max-width:100%;height:auto;display:block;margin:8px 0}svg .label{font-size:13px;fill:var(--ink)}svg .count{font-size:13px;fill:#5b6270}svg .track{fill:#eef0f3}
svg .bar{fill:var(--grey)}svg .bar.ready{fill:var(--green)}svg .bar.needs-work{fill:var(--amber)}svg .bar.at-risk{fill:var(--red)}
td code{white-space:nowrap}table{width:100%;border-collapse:collapse;background:#fff;font-size:14px;margin:8px 0}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}th{background:#eef0f3;font-weight:600}
.severity{font-size:12px;font-weight:600;text-transform:uppercase}.severity.critical,.severity.high{color:var(--red)}.severity.medium{color:var(--amber)}.severity.low{color:var(--grey)}
.new{font-size:11px;background:#1565c0;color:#fff;border-radius:8px;padding:0 6px;margin-left:4px}pre{background:#1d2330;color:#e8eaf0;padding:12px 16px;border-radius:6px;overflow-x:auto}pre code{background:none;color:inherit;padding:0}
.gate.failed{color:var(--red)}.gate.passed{color:var(--green)}
`;

export function formatHtml(report: AuditReport, context: FormatContext): string {
  const { summary } = report;
  const title = `Reliability audit of ${context.displayRoot}`;
  const cards: [string, string][] = [
    ['Files', formatNumber(summary.files)],
    ['Non-blank lines', formatNumber(summary.lines)],
    ['Findings', formatNumber(summary.findings)],
    ['Per 1 000 lines', String(summary.findingsPerThousandLines)],
    ['Must fix', formatNumber(summary.mustFix)],
  ];
  if (summary.unparsedFiles > 0) cards.push(['Not parsed', formatNumber(summary.unparsedFiles)]);
  const overview = barChart(
    report.areas.map((area) => ({
      label: area.title,
      count: area.findings,
      verdict: area.verdict,
      attributes: `data-area="${area.id}"`,
      ...(area.verdict === 'not-assessed' ? { note: 'not assessed' } : {}),
    })),
    'area-chart',
    'Findings per area',
  );
  const mustFix = report.mustFix.length === 0 ? '<p>Nothing: no critical or high finding.</p>' : findingsTable(report.mustFix, 'must-fix');
  const unparsed =
    report.unparsedFiles.length === 0
      ? ''
      : `<h2>Files that could not be audited (${report.unparsedFiles.length})</h2><table class="unparsed"><thead><tr><th>File</th><th>Problem</th></tr></thead><tbody>${report.unparsedFiles
          .map((file) => `<tr><td><code>${escapeHtml(file.line === null ? file.file : `${file.file}:${file.line}:${file.column ?? 0}`)}</code></td><td>${escapeHtml(file.message)}</td></tr>`)
          .join('')}</tbody></table>`;
  const allFindings = [...report.findings].sort(compareWorstFirst);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(`${report.tool.name} ${report.tool.version} · ESLint ${report.tool.eslintVersion} · ${describeConfig(report)}`)}</p>
<h2>Executive summary</h2>
<p class="overall"><span class="verdict ${summary.verdict}">${OVERALL_LABELS[summary.verdict]}</span> ${escapeHtml(describeVerdict(report))}</p>
<div class="cards">${cards.map(([name, value]) => `<div class="card"><div class="value">${escapeHtml(value)}</div><div class="name">${escapeHtml(name)}</div></div>`).join('')}</div>
<p>Findings: ${escapeHtml(describeFindings(report))}. <span class="gate ${report.gate.status}">Gate ${escapeHtml(describeGate(report))}</span></p>
${overview}
<h2>Areas</h2>
${report.areas.map(areaSection).join('\n')}
<h2>Must fix before production (${formatNumber(report.mustFix.length)})</h2>
${mustFix}
<h2>Enforce it from now on</h2>
<pre><code>${escapeHtml(report.enforce.install)}</code></pre>
<p>${report.enforce.existingConfig ? 'In' : 'Create'} <code>${escapeHtml(report.enforce.configFile)}</code>:</p>
<pre><code>${escapeHtml(report.enforce.snippet)}</code></pre>
<p>To adopt it on existing code, accept today's findings once and fail CI only on new ones:</p>
<pre><code>${escapeHtml(describeAdoption(context).join('\n'))}</code></pre>
${unparsed}
<h2>All findings (${formatNumber(allFindings.length)})</h2>
${allFindings.length === 0 ? '<p>None.</p>' : findingsTable(allFindings, 'findings')}
</main>
</body>
</html>
`;
}
