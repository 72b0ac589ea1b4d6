/**
 * The one place that says which reliability area each rule belongs to and how much a finding of it
 * weighs. Everything else in the audit (sections, verdicts, the must-fix list, SARIF tags) is computed
 * from this table. A rule of the plugin without an entry here fails `tests/audit/areas.test.ts`.
 */

export const AREA_IDS = [
  'timeouts',
  'observability',
  'error-handling',
  'data-integrity',
  'idempotency',
  'latency-and-resources',
  'lifecycle',
] as const;

export type AreaId = (typeof AREA_IDS)[number];

/** How bad one finding of a rule is: `critical` and `high` findings must be fixed before production. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;

export type Severity = (typeof SEVERITIES)[number];

export interface Area {
  readonly id: AreaId;
  readonly title: string;
  /** The standard the area checks, as one sentence. */
  readonly standard: string;
}

export const AREAS: readonly Area[] = [
  {
    id: 'timeouts',
    title: 'Timeouts',
    standard: 'Every call to another service has a deadline, so one slow dependency cannot hang a request.',
  },
  {
    id: 'observability',
    title: 'Observability',
    standard: 'Every request handler is measured and every log line is structured, so a failure can be seen and queried.',
  },
  {
    id: 'error-handling',
    title: 'Error handling',
    standard: 'No error is dropped without a trace, and what is thrown is a real Error with its cause.',
  },
  {
    id: 'data-integrity',
    title: 'Data integrity',
    standard: 'Input is validated, responses are checked and ratios are range-asserted before they are used or stored.',
  },
  {
    id: 'idempotency',
    title: 'Idempotency',
    standard: 'Writes that can be retried or replayed do not duplicate data.',
  },
  {
    id: 'latency-and-resources',
    title: 'Latency and resources',
    standard: 'Nothing blocks the event loop, durations use a monotonic clock, retries are bounded and fan-out is limited.',
  },
  {
    id: 'lifecycle',
    title: 'Lifecycle',
    standard: 'Servers drain on shutdown and streams are piped with error handling, so a deploy or a broken pipe loses nothing.',
  },
];

export interface RuleClass {
  readonly area: AreaId;
  readonly severity: Severity;
}

/**
 * The plugin's rules, including those still being written: an entry for a rule that does not exist
 * yet is harmless, a rule without an entry is a test failure.
 */
export const PLUGIN_RULE_CLASSES: Readonly<Record<string, RuleClass>> = {
  'no-swallowed-errors': { area: 'error-handling', severity: 'high' },
  'no-sync-io-in-async': { area: 'latency-and-resources', severity: 'medium' },
  'no-unbounded-concurrency': { area: 'latency-and-resources', severity: 'medium' },
  'no-unvalidated-input': { area: 'data-integrity', severity: 'high' },
  'prefer-monotonic-clock': { area: 'latency-and-resources', severity: 'low' },
  'prefer-stream-pipeline': { area: 'lifecycle', severity: 'medium' },
  'prefer-structured-logging': { area: 'observability', severity: 'low' },
  'require-bounded-retry': { area: 'latency-and-resources', severity: 'high' },
  'require-graceful-shutdown': { area: 'lifecycle', severity: 'high' },
  'require-handler-metrics': { area: 'observability', severity: 'medium' },
  'require-idempotent-sql': { area: 'idempotency', severity: 'high' },
  'require-ratio-range': { area: 'data-integrity', severity: 'medium' },
  'require-response-check': { area: 'data-integrity', severity: 'high' },
  'require-timeout': { area: 'timeouts', severity: 'critical' },
};

/** The core ESLint rules our configs turn on (`CORE_RULES` in src/configs): reported under their own ids. */
export const CORE_RULE_CLASSES: Readonly<Record<string, RuleClass>> = {
  'no-throw-literal': { area: 'error-handling', severity: 'medium' },
  'no-unsafe-finally': { area: 'error-handling', severity: 'high' },
  'prefer-promise-reject-errors': { area: 'error-handling', severity: 'medium' },
  'preserve-caught-error': { area: 'error-handling', severity: 'low' },
};

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { critical: 0, high: 1, medium: 2, low: 3 };
const AREA_RANK = new Map<AreaId, number>(AREA_IDS.map((id, index) => [id, index]));

/** `-1` when `a` is worse than `b`: for sorting worst first. */
export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITY_RANK[a] - SEVERITY_RANK[b];
}

export function compareArea(a: AreaId, b: AreaId): number {
  return (AREA_RANK.get(a) ?? 0) - (AREA_RANK.get(b) ?? 0);
}

/** Must be fixed before production: a `critical` or `high` finding. */
export function isMustFix(severity: Severity): boolean {
  return SEVERITY_RANK[severity] <= SEVERITY_RANK.high;
}

/** The area and severity of a plugin rule (`no-swallowed-errors`) or a core rule (`no-throw-literal`). */
export function getRuleClass(ruleName: string, isCore: boolean): RuleClass | undefined {
  const table = isCore ? CORE_RULE_CLASSES : PLUGIN_RULE_CLASSES;
  return Object.hasOwn(table, ruleName) ? table[ruleName] : undefined;
}

/** The rule names of an area, plugin rules first, each list alphabetical. */
export function getAreaRuleNames(area: AreaId): { readonly plugin: readonly string[]; readonly core: readonly string[] } {
  const pick = (table: Readonly<Record<string, RuleClass>>): string[] =>
    Object.keys(table)
      .filter((name) => table[name]?.area === area)
      .sort();
  return { plugin: pick(PLUGIN_RULE_CLASSES), core: pick(CORE_RULE_CLASSES) };
}
