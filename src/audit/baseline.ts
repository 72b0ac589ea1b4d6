/**
 * Baselines: the findings a team has accepted for now, so a gate fails only on new ones.
 *
 * A finding is identified by a fingerprint of its rule, file, message id and the text of the line it
 * starts on (white space collapsed), not by its line number: code added above a finding does not make
 * it new. Identical fingerprints are counted, so a second copy of an accepted finding is still new.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

import { AuditError } from './errors.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly file: string;
  /** Where the finding was when the baseline was written; informational, not used for matching. */
  readonly line: number;
}

export interface Baseline {
  readonly schemaVersion: typeof BASELINE_VERSION;
  readonly tool: string;
  readonly findings: readonly BaselineEntry[];
}

export interface FingerprintInput {
  readonly ruleId: string;
  readonly file: string;
  readonly messageId: string | undefined;
  readonly message: string;
  readonly lineText: string;
}

export function getFingerprint(input: FingerprintInput): string {
  const lineText = input.lineText.trim().replaceAll(/\s+/gu, ' ');
  return createHash('sha256')
    .update([input.ruleId, input.file, input.messageId ?? input.message, lineText].join('\0'))
    .digest('hex')
    .slice(0, 32);
}

export class BaselineError extends AuditError {
  constructor(message: string) {
    super(message);
    this.name = 'BaselineError';
  }
}

export function readBaseline(file: string): Baseline {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new BaselineError(`Cannot read the baseline ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isBaseline(parsed)) {
    throw new BaselineError(
      `${file} is not a baseline of this audit (schemaVersion ${BASELINE_VERSION}). Write one with --write-baseline ${file}.`,
    );
  }
  return parsed;
}

function isBaseline(value: unknown): value is Baseline {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof Baseline, unknown>>;
  return (
    candidate.schemaVersion === BASELINE_VERSION &&
    Array.isArray(candidate.findings) &&
    candidate.findings.every(
      (entry: unknown) =>
        typeof entry === 'object' && entry !== null && typeof (entry as Partial<BaselineEntry>).fingerprint === 'string',
    )
  );
}

export function createBaseline(findings: readonly BaselineEntry[]): Baseline {
  return {
    schemaVersion: BASELINE_VERSION,
    tool: 'eslint-plugin-reliability audit',
    findings: findings.map(({ fingerprint, ruleId, file, line }) => ({ fingerprint, ruleId, file, line })),
  };
}

export function writeBaseline(file: string, baseline: Baseline): void {
  writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
}

/**
 * Marks each finding `unchanged` while the baseline still has an unused entry with its fingerprint,
 * `new` otherwise. Findings are matched in the order given.
 */
export function matchBaseline<T extends { readonly fingerprint: string }>(
  findings: readonly T[],
  baseline: Baseline,
): ('new' | 'unchanged')[] {
  const remaining = new Map<string, number>();
  for (const { fingerprint } of baseline.findings) remaining.set(fingerprint, (remaining.get(fingerprint) ?? 0) + 1);
  return findings.map(({ fingerprint }) => {
    const count = remaining.get(fingerprint) ?? 0;
    if (count === 0) return 'new';
    remaining.set(fingerprint, count - 1);
    return 'unchanged';
  });
}
