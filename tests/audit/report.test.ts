/** The assessment built from ESLint's findings: verdicts, worst files, examples, must-fix order, gate, enforcement. */
import { describe, expect, it } from 'vitest';

import { createBaseline } from '../../src/audit/baseline.js';
import { createSampleReport, SAMPLE_OUTCOME } from './sampleReport.js';

describe('buildReport', () => {
  const report = createSampleReport();
  const area = (id: string) => report.areas.find((candidate) => candidate.id === id);

  it('summarises the repository', () => {
    expect(report.summary).toEqual({
      files: 4,
      lines: 1000,
      findings: 7,
      errors: 6,
      warnings: 1,
      findingsPerThousandLines: 7,
      mustFix: 4,
      unparsedFiles: 1,
      otherFindings: 0,
      verdict: 'not-ready',
      durationMs: 1235,
    });
  });

  it('gives each area a verdict from its worst finding, or says why it was not assessed', () => {
    expect(report.areas.map((candidate) => [candidate.id, candidate.verdict, candidate.findings])).toEqual([
      ['timeouts', 'at-risk', 3],
      ['observability', 'needs-work', 1],
      ['error-handling', 'at-risk', 2],
      ['data-integrity', 'needs-work', 1],
      ['idempotency', 'not-assessed', 0],
      ['latency-and-resources', 'not-assessed', 0],
      ['lifecycle', 'not-assessed', 0],
    ]);
    expect(area('timeouts')?.notAssessedReason).toBeNull();
    expect(area('idempotency')?.notAssessedReason).toMatch(/^(?:This version of the plugin has no rule for this area yet\.|Its rules \(.+\) are not in the recommended preset: run with --preset all to include them\.)$/u);
  });

  it('counts an area by rule, including the rules that found nothing, most findings first', () => {
    expect(area('error-handling')?.rules.map((rule) => [rule.ruleId, rule.findings])).toEqual([
      ['no-throw-literal', 1],
      ['reliability/no-swallowed-errors', 1],
    ]);
    expect(area('error-handling')?.bySeverity).toEqual({ critical: 0, high: 1, medium: 1, low: 0 });
  });

  it('names the worst files of an area and picks examples from different files first', () => {
    expect(area('timeouts')?.worstFiles).toEqual([
      { file: 'src/payments/client.ts', findings: 2 },
      { file: 'src/orders/service.ts', findings: 1 },
    ]);
    expect(area('timeouts')?.examples.map((finding) => `${finding.file}:${finding.line}`)).toEqual([
      'src/orders/service.ts:88',
      'src/payments/client.ts:12',
      'src/payments/client.ts:40',
    ]);
  });

  it('lists critical then high findings as must fix', () => {
    expect(report.mustFix.map((finding) => `${finding.severity} ${finding.file}:${finding.line}`)).toEqual([
      'critical src/orders/service.ts:88',
      'critical src/payments/client.ts:12',
      'critical src/payments/client.ts:40',
      'high src/orders/service.ts:20',
    ]);
  });

  it('orders all findings by location, with relative paths and fingerprints', () => {
    expect(report.findings.map((finding) => `${finding.file}:${finding.line}`)).toEqual([
      'src/app.ts:5',
      'src/app.ts:30',
      'src/orders/discount.ts:7',
      'src/orders/service.ts:20',
      'src/orders/service.ts:88',
      'src/payments/client.ts:12',
      'src/payments/client.ts:40',
    ]);
    expect(new Set(report.findings.map((finding) => finding.fingerprint)).size).toBe(7);
    expect(report.unparsedFiles).toEqual([{ file: 'src/legacy/old.ts', line: 3, column: 7, message: 'Expression expected.' }]);
  });

  it('is not-assessed when no rule ran, ready when rules ran and found nothing, needs-work without a must-fix', () => {
    expect(createSampleReport({}, { enabledRules: new Map(), findings: [] }).summary.verdict).toBe('not-assessed');
    expect(createSampleReport({}, { findings: [] }).summary.verdict).toBe('ready');
    expect(createSampleReport({}, { findings: SAMPLE_OUTCOME.findings.slice(4) }).summary.verdict).toBe('needs-work');
  });
});

describe('the gate', () => {
  it('fails on any error-level finding by default, and ignores warnings', () => {
    expect(createSampleReport().gate).toEqual({ status: 'failed', maxFindings: null, baseline: null, counted: 6, reason: '6 error-level findings.' });
    expect(createSampleReport({}, { findings: SAMPLE_OUTCOME.findings.slice(6) }).gate).toEqual({
      status: 'passed',
      maxFindings: null,
      baseline: null,
      counted: 0,
      reason: 'No error-level findings.',
    });
  });

  it('with --max-findings counts every finding, warnings included', () => {
    expect(createSampleReport({ maxFindings: 7 }).gate).toMatchObject({ status: 'passed', counted: 7, reason: '7 findings, within --max-findings 7.' });
    expect(createSampleReport({ maxFindings: 6 }).gate).toMatchObject({ status: 'failed', counted: 7, reason: '7 findings, more than --max-findings 6.' });
    expect(createSampleReport({ maxFindings: 0 }, { findings: [] }).gate).toMatchObject({ status: 'passed', reason: '0 findings, within --max-findings 0.' });
  });

  it('with --baseline counts only new findings, matching each baseline entry once', () => {
    const all = createSampleReport();
    const firstTimeout = all.findings.find((finding) => finding.line === 12);
    if (firstTimeout === undefined) throw new Error('fixture changed');
    const data = createBaseline([...all.findings.filter((finding) => finding.ruleId !== 'reliability/require-timeout'), firstTimeout]);
    const report = createSampleReport({ baseline: { file: 'b.json', data } });
    expect(report.findings.filter((finding) => finding.baselineState === 'new').map((finding) => `${finding.file}:${finding.line}`)).toEqual([
      'src/orders/service.ts:88',
      'src/payments/client.ts:40',
    ]);
    expect(report.gate).toEqual({ status: 'failed', maxFindings: null, baseline: 'b.json', counted: 2, reason: '2 new error-level findings.' });
    expect(createSampleReport({ baseline: { file: 'b.json', data }, maxFindings: 2 }).gate.reason).toBe('2 new findings, within --max-findings 2.');
  });

  it('is skipped while a baseline is written', () => {
    expect(createSampleReport({ writingBaseline: true }).gate).toMatchObject({ status: 'skipped', counted: 0 });
  });
});

describe('what to add to the ESLint config', () => {
  it('adds the TypeScript parser when TypeScript files were audited, and the preset', () => {
    const { enforce } = createSampleReport({ preset: 'strict' });
    expect(enforce).toEqual({
      configFile: 'eslint.config.js',
      existingConfig: false,
      install: 'npm install --save-dev eslint eslint-plugin-reliability typescript-eslint',
      snippet: `// eslint.config.js
import reliability from 'eslint-plugin-reliability';
import tseslint from 'typescript-eslint';

export default [
  { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tseslint.parser } },
  reliability.configs.strict,
];`,
    });
  });

  it('needs no parser for JavaScript only', () => {
    const { enforce } = createSampleReport({}, { files: [{ filePath: '/srv/shop/index.js', lines: 10 }] });
    expect(enforce.install).toBe('npm install --save-dev eslint eslint-plugin-reliability');
    expect(enforce.snippet).toBe(`// eslint.config.js
import reliability from 'eslint-plugin-reliability';

export default [
  reliability.configs.recommended,
];`);
  });
});
