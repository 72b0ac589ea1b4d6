/** A synthetic lint outcome across several areas, and the report built from it, for the format tests. */
import { getRuleClass } from '../../src/audit/areas.js';
import type { ClassifiedRule, LintOutcome, RawFinding } from '../../src/audit/lint.js';
import type { AuditReport } from '../../src/audit/model.js';
import type { ReportOptions } from '../../src/audit/report.js';
import { buildReport } from '../../src/audit/report.js';
import { getDocsUrl } from '../../src/util/createRule.js';

export const SAMPLE_ROOT = '/srv/shop';

function classified(ruleId: string): ClassifiedRule {
  const isCore = !ruleId.includes('/');
  const rule = isCore ? ruleId : ruleId.slice(ruleId.indexOf('/') + 1);
  const ruleClass = getRuleClass(rule, isCore);
  if (ruleClass === undefined) throw new Error(`No area for ${ruleId}`);
  return { ...ruleClass, rule, isCore, docsUrl: isCore ? `https://eslint.org/docs/latest/rules/${rule}` : getDocsUrl(rule) };
}

function finding(ruleId: string, file: string, line: number, message: string, level: 'error' | 'warning' = 'error'): RawFinding {
  return {
    ...classified(ruleId),
    ruleId,
    level,
    message,
    messageId: undefined,
    filePath: `${SAMPLE_ROOT}/${file}`,
    line,
    column: 3,
    endLine: line,
    endColumn: 20,
    lineText: `  line ${line} of ${file}`,
  };
}

const ENABLED = [
  'reliability/require-timeout',
  'reliability/no-swallowed-errors',
  'no-throw-literal',
  'reliability/require-ratio-range',
  'reliability/prefer-structured-logging',
];

export const SAMPLE_OUTCOME: LintOutcome = {
  eslintVersion: '10.15.0',
  files: [
    { filePath: `${SAMPLE_ROOT}/src/payments/client.ts`, lines: 400 },
    { filePath: `${SAMPLE_ROOT}/src/orders/service.ts`, lines: 350 },
    { filePath: `${SAMPLE_ROOT}/src/orders/discount.ts`, lines: 150 },
    { filePath: `${SAMPLE_ROOT}/src/app.ts`, lines: 100 },
  ],
  findings: [
    finding('reliability/require-timeout', 'src/payments/client.ts', 12, 'Awaited call `fetch` has no timeout. Pass a signal.'),
    finding('reliability/require-timeout', 'src/payments/client.ts', 40, 'Awaited call `fetch` has no timeout. Pass a signal.'),
    finding('reliability/require-timeout', 'src/orders/service.ts', 88, 'Awaited call `axios.get` has no timeout. Pass a signal.'),
    finding('reliability/no-swallowed-errors', 'src/orders/service.ts', 20, 'This catch drops the error <silently> | without a trace.'),
    finding('no-throw-literal', 'src/app.ts', 5, 'Expected an error object to be thrown.'),
    finding('reliability/require-ratio-range', 'src/orders/discount.ts', 7, 'Ratio `discount` is stored without a range check.'),
    finding('reliability/prefer-structured-logging', 'src/app.ts', 30, 'Log message built by interpolation.', 'warning'),
  ],
  unparsed: [{ filePath: `${SAMPLE_ROOT}/src/legacy/old.ts`, line: 3, column: 7, message: 'Expression expected.' }],
  otherFindings: 0,
  enabledRules: new Map(ENABLED.map((ruleId) => [ruleId, classified(ruleId)])),
};

export const SAMPLE_OPTIONS: ReportOptions = {
  root: SAMPLE_ROOT,
  toolName: 'eslint-plugin-reliability',
  toolVersion: '1.2.3',
  useProjectConfig: false,
  preset: 'recommended',
  includeTests: false,
  settingsFrom: null,
  durationMs: 1234.5,
  maxFindings: undefined,
  baseline: undefined,
  writingBaseline: false,
};

export function createSampleReport(options: Partial<ReportOptions> = {}, outcome: Partial<LintOutcome> = {}): AuditReport {
  return buildReport({ ...SAMPLE_OUTCOME, ...outcome }, { ...SAMPLE_OPTIONS, ...options });
}
