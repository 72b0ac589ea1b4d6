/**
 * The five formats, rendered from one synthetic report. The JSON output is validated against the
 * published schema (docs/audit.schema.json). The HTML page is checked structurally here, because CI
 * has no browser: docs/audit.md says how it was checked in headless Chromium.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { formatReport } from '../../src/audit/format/index.js';
import { BAR_MAX_WIDTH, barWidth, escapeHtml } from '../../src/audit/format/html.js';
import { escapeCell } from '../../src/audit/format/markdown.js';
import type { AuditReport } from '../../src/audit/model.js';
import { createBaseline } from '../../src/audit/baseline.js';
import { validate } from './jsonSchema.js';
import { createSampleReport } from './sampleReport.js';

const schema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../docs/audit.schema.json'), 'utf8')) as Record<string, unknown>;
const context = { displayRoot: 'shop', directoryArgument: 'shop', color: false };
const report = createSampleReport();

describe('json', () => {
  it('prints the report as it is', () => {
    expect(JSON.parse(formatReport(report, 'json', context))).toEqual(report);
  });

  it.each([
    ['a report with findings of every severity', report],
    ['a report against a baseline, with --max-findings', createSampleReport({ baseline: { file: 'b.json', data: createBaseline(report.findings.slice(0, 2)) }, maxFindings: 3 })],
    ['a report with --config', createSampleReport({ useProjectConfig: true })],
    ['an empty report', createSampleReport({}, { files: [], findings: [], unparsed: [], enabledRules: new Map() })],
  ])('matches docs/audit.schema.json: %s', (_name, candidate) => {
    expect(validate(JSON.parse(formatReport(candidate, 'json', context)), schema)).toEqual([]);
  });

  it('would catch a report that strays from the schema', () => {
    const broken = JSON.parse(formatReport(report, 'json', context)) as Record<string, unknown> & { summary: Record<string, unknown> };
    broken.summary.verdict = 'fine';
    broken.extra = true;
    delete broken.gate;
    expect(validate(broken, schema)).toEqual([
      '$: missing required property gate',
      '$.summary.verdict: "fine" is not one of ["ready","needs-work","not-ready","not-assessed"]',
      '$: unexpected property extra',
    ]);
  });
});

describe('terminal', () => {
  const text = formatReport(report, 'terminal', context);

  it('reads without colour', () => {
    expect(text).not.toContain('\u001B[');
    expect(text).toContain('Reliability audit of shop\n');
    expect(text).toContain('  Verdict     NOT READY: 4 findings must be fixed before production.\n');
    expect(text).toContain('  Findings    7 (6 errors, 1 warning), 7 per 1 000 lines\n');
    expect(text).toContain('  Timeouts                      3  At risk\n');
    expect(text).toContain('  Idempotency                   -  Not assessed\n');
    expect(text).toContain('\nTIMEOUTS · At risk · 3 findings (3 critical)\n');
    expect(text).toContain('  Worst files  src/payments/client.ts (2), src/orders/service.ts (1)\n');
    expect(text).toContain('\nMUST FIX BEFORE PRODUCTION (4)\n    1. critical  src/orders/service.ts:88:3  reliability/require-timeout\n');
    expect(text).toContain('\nFILES THAT COULD NOT BE AUDITED (1)\n  src/legacy/old.ts:3:7  Expression expected.\n');
    expect(text).toContain('    npx eslint-plugin-reliability audit shop --baseline reliability-baseline.json\n');
    expect(text.endsWith('\nGate  FAILED: 6 error-level findings.\n')).toBe(true);
  });

  it('colours verdicts and headings on a terminal', () => {
    const coloured = formatReport(report, 'terminal', { ...context, color: true });
    expect(coloured).toContain('\u001B[31mNOT READY: 4 findings must be fixed before production.\u001B[39m');
    expect(coloured.replaceAll(/\u001B\[\d+m/gu, '')).toBe(text);
  });

  it('shortens a long must-fix list', () => {
    const many = createSampleReport(
      {},
      {
        findings: Array.from({ length: 25 }, (_, index) => ({
          ...report.findings[0],
          ...SAMPLE_FINDING,
          line: index + 1,
          lineText: `line ${index}`,
        })),
      },
    );
    const output = formatReport(many, 'terminal', context);
    expect(output).toContain('   20. critical');
    expect(output).not.toContain('   21. critical');
    expect(output).toContain('  ... and 5 more: --format html or --format json lists them all.\n');
  });
});

const SAMPLE_FINDING = {
  ruleId: 'reliability/require-timeout',
  rule: 'require-timeout',
  isCore: false,
  area: 'timeouts',
  severity: 'critical',
  level: 'error',
  message: 'No timeout.',
  messageId: undefined,
  filePath: '/srv/shop/src/a.ts',
  column: 1,
  endLine: 1,
  endColumn: 2,
  docsUrl: 'https://example.com',
} as const;

describe('markdown', () => {
  const text = formatReport(report, 'markdown', context);

  it('has the summary, a table of areas linking to their sections, and the must-fix table', () => {
    expect(text).toContain('# Reliability audit of `shop`\n');
    expect(text).toContain('**NOT READY**: 4 findings must be fixed before production.\n');
    expect(text).toContain('| [Timeouts](#timeouts) | 3 | At risk |\n');
    expect(text).toContain('| [Idempotency](#idempotency) | – | Not assessed |\n');
    expect(text).toContain('<a id="timeouts"></a>\n\n## Timeouts: At risk\n');
    expect(text).toContain(
      '| 1 | critical | `src/orders/service.ts:88:3` | [reliability/require-timeout](https://github.com/eslint-plugin-reliability/eslint-plugin-reliability/blob/main/docs/rules/require-timeout.md) | Awaited call `axios.get` has no timeout. Pass a signal. |\n',
    );
    expect(text).toContain('```js\n// eslint.config.js\nimport reliability from');
  });

  it('escapes what would break a table cell', () => {
    expect(text).toContain('This catch drops the error &lt;silently&gt; \\| without a trace.');
    expect(escapeCell('a|b\nc\\d<e>')).toBe('a\\|b c\\\\d&lt;e&gt;');
  });
});

describe('sarif', () => {
  const sarif = JSON.parse(formatReport(report, 'sarif', context)) as {
    version: string;
    $schema: string;
    runs: [
      {
        tool: { driver: { name: string; rules: { id: string; helpUri: string; properties: { area: string; severity: string; tags: string[] } }[] } };
        originalUriBaseIds: { SRCROOT: { uri: string } };
        invocations: [{ executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }];
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: [{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }];
          partialFingerprints: Record<string, string>;
          baselineState?: string;
        }[];
      },
    ];
  };
  const [run] = sarif.runs;

  it('is SARIF 2.1.0 with one rule entry per rule that ran or reported, linking the docs', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(run.tool.driver.name).toBe('eslint-plugin-reliability');
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual([
      'no-throw-literal',
      'reliability/no-swallowed-errors',
      'reliability/prefer-structured-logging',
      'reliability/require-ratio-range',
      'reliability/require-timeout',
    ]);
    expect(run.tool.driver.rules[4]).toMatchObject({
      helpUri: 'https://github.com/eslint-plugin-reliability/eslint-plugin-reliability/blob/main/docs/rules/require-timeout.md',
      properties: { area: 'timeouts', severity: 'critical', tags: ['reliability', 'timeouts'] },
    });
  });

  it('gives every result a relative location under SRCROOT, its level and a fingerprint', () => {
    expect(run.originalUriBaseIds.SRCROOT.uri).toBe('file:///srv/shop/');
    expect(run.results).toHaveLength(7);
    const [first] = run.results;
    expect(first).toEqual({
      ruleId: 'no-throw-literal',
      ruleIndex: 0,
      level: 'error',
      message: { text: 'Expected an error object to be thrown.' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'src/app.ts', uriBaseId: 'SRCROOT' }, region: { startLine: 5, startColumn: 3, endLine: 5, endColumn: 20 } } }],
      partialFingerprints: { 'reliabilityAudit/v1': report.findings[0]?.fingerprint },
      properties: { area: 'error-handling', severity: 'medium' },
    });
    expect(run.results.find((result) => result.ruleId === 'reliability/prefer-structured-logging')?.level).toBe('warning');
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
  });

  it('reports files it could not parse as notifications, and the baseline state of results', () => {
    expect(run.invocations[0].toolExecutionNotifications.map((notification) => notification.message.text)).toEqual(['Expression expected.']);
    const withBaseline = JSON.parse(formatReport(createSampleReport({ baseline: { file: 'b.json', data: createBaseline([]) } }), 'sarif', context)) as typeof sarif;
    expect(new Set(withBaseline.runs[0].results.map((result) => result.baselineState))).toEqual(new Set(['new']));
  });
});

describe('html', () => {
  const html = formatReport(report, 'html', context);

  /** The `<rect class="bar ...">` elements of the chart with this class, as attribute maps. */
  function bars(page: string, chartClass: string): Record<string, string>[] {
    const chart = new RegExp(`<svg class="chart ${chartClass}"[^>]*>(.*?)</svg>`, 'su').exec(page)?.[1] ?? '';
    return [...chart.matchAll(/<rect class="bar [^"]*"[^>]*>/gu)].map((match) =>
      Object.fromEntries([...match[0].matchAll(/([\w-]+)="([^"]*)"/gu)].map(([, key = '', value = '']) => [key, value])),
    );
  }

  it('is one self-contained page: no script, stylesheet link, image or font from elsewhere', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/iu);
    expect(html.match(/<style>/gu)).toHaveLength(1);
    // The only addresses are links to rule docs.
    const hrefs = [...html.matchAll(/href="([^"]+)"/gu)].map((match) => match[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/(?:github\.com\/eslint-plugin-reliability\/|eslint\.org\/docs\/latest\/rules\/)/u);
  });

  it('draws one bar per area, as wide as its share of the largest count', () => {
    const areaBars = bars(html, 'area-chart');
    expect(areaBars.map((bar) => [bar['data-area'], bar['data-count'], bar.width])).toEqual([
      ['timeouts', '3', String(BAR_MAX_WIDTH)],
      ['observability', '1', String(barWidth(1, 3))],
      ['error-handling', '2', String(barWidth(2, 3))],
      ['data-integrity', '1', String(barWidth(1, 3))],
      ['idempotency', '0', '0'],
      ['latency-and-resources', '0', '0'],
      ['lifecycle', '0', '0'],
    ]);
    for (const bar of areaBars) expect(Number(bar.width)).toBeCloseTo((Number(bar['data-count']) / 3) * BAR_MAX_WIDTH, 1);
    expect(areaBars.map((bar) => bar.class)).toEqual([
      'bar at-risk',
      'bar needs-work',
      'bar at-risk',
      'bar needs-work',
      'bar not-assessed',
      'bar not-assessed',
      'bar not-assessed',
    ]);
  });

  it('draws a bar chart per assessed area, one bar per rule', () => {
    const errorHandling = /<section class="area" id="error-handling">(.*?)<\/section>/su.exec(html)?.[1] ?? '';
    expect(bars(errorHandling, 'rule-chart').map((bar) => [bar['data-rule'], bar['data-count'], bar.width])).toEqual([
      ['no-throw-literal', '1', String(BAR_MAX_WIDTH)],
      ['reliability/no-swallowed-errors', '1', String(BAR_MAX_WIDTH)],
    ]);
    expect(html.match(/<svg class="chart rule-chart"/gu)).toHaveLength(4);
  });

  it('has a table of every finding, worst first, linking each rule to its docs', () => {
    const table = /<table class="findings">(.*?)<\/table>/su.exec(html)?.[1] ?? '';
    const rows = [...table.matchAll(/<tr class="finding (\w+)">.*?<code>([^<]+)<\/code>.*?<a href="([^"]+)">([^<]+)<\/a>/gu)].map((match) => match.slice(1, 5));
    expect(rows.map(([severity, location]) => `${severity} ${location}`)).toEqual([
      'critical src/orders/service.ts:88:3',
      'critical src/payments/client.ts:12:3',
      'critical src/payments/client.ts:40:3',
      'high src/orders/service.ts:20:3',
      'medium src/app.ts:5:3',
      'medium src/orders/discount.ts:7:3',
      'low src/app.ts:30:3',
    ]);
    for (const [, , href, ruleId] of rows) {
      expect(href).toBe(ruleId?.includes('/') ? `https://github.com/eslint-plugin-reliability/eslint-plugin-reliability/blob/main/docs/rules/${ruleId.split('/')[1]}.md` : `https://eslint.org/docs/latest/rules/${ruleId}`);
    }
  });

  it('escapes text from the code and shows backticked code as code', () => {
    expect(html).toContain('This catch drops the error &lt;silently&gt; | without a trace.');
    expect(html).toContain('Awaited call <code>fetch</code> has no timeout.');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('draws empty charts without dividing by zero', () => {
    const empty: AuditReport = createSampleReport({}, { findings: [] });
    expect(bars(formatReport(empty, 'html', context), 'area-chart').every((bar) => bar.width === '0')).toBe(true);
  });
});
