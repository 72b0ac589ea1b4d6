import type { Linter } from 'eslint';
import { builtinRules } from 'eslint/use-at-your-own-risk';

import type { RuleConfigName } from '../util/createRule.js';
import { rules } from '../rules/index.js';

export type ConfigName = 'all' | 'recommended' | 'strict';

/**
 * Core ESLint rules that already enforce our standards: turned on by our configs instead of being
 * written again here. `preserve-caught-error` arrived in ESLint 9.35, so a rule the running ESLint
 * lacks is left out rather than breaking the config.
 */
export const CORE_RULES: Readonly<Linter.RulesRecord> = Object.fromEntries(
  ['no-throw-literal', 'no-unsafe-finally', 'prefer-promise-reject-errors', 'preserve-caught-error']
    .filter((rule) => builtinRules.has(rule))
    .map((rule) => [rule, 'error']),
);

const INCLUDED_CONFIGS: Readonly<Record<ConfigName, readonly (RuleConfigName | undefined)[]>> = {
  recommended: ['recommended'],
  strict: ['recommended', 'strict'],
  all: ['recommended', 'strict', undefined],
};

/** The globs of `meta.docs.files` for a config's levels; none when the rule is meant for every file. */
function getFiles(name: ConfigName, files: Readonly<Partial<Record<RuleConfigName, readonly string[]>>> | undefined): readonly string[] {
  return INCLUDED_CONFIGS[name].flatMap((level) => (level === undefined ? [] : (files?.[level] ?? [])));
}

/** The plugin's rules a config turns on, computed from each rule's `meta.docs.recommended` (and `files`). */
export function getConfigRules(name: ConfigName): Linter.RulesRecord {
  const entries = Object.entries(rules)
    .filter(([, rule]) => INCLUDED_CONFIGS[name].includes(rule.meta.docs?.recommended))
    .map(([ruleName, rule]) => [
      `reliability/${ruleName}`,
      withFiles(getRuleEntry(name, rule.meta.docs?.strictOptions), getFiles(name, rule.meta.docs?.files)),
    ] as const);
  return { ...CORE_RULES, ...Object.fromEntries(entries) };
}

/**
 * Gives a rule that is meant for some files only its `files` option. ESLint cannot scope one rule
 * of a single config object to some files, and a config must stay one object so that
 * `export default [reliability.configs.recommended]` keeps working: the rule checks the globs itself.
 */
export function withFiles(entry: Linter.RuleEntry, files: readonly string[]): Linter.RuleEntry {
  if (files.length === 0) return entry;
  const [severity, options, ...rest] = Array.isArray(entry) ? entry : [entry];
  return [severity, { ...(options as object | undefined), files: [...files] }, ...rest];
}

/** `'error'`, or `['error', ...strictOptions]` in the configs stricter than `recommended`. */
export function getRuleEntry(name: ConfigName, strictOptions: readonly unknown[] | undefined): Linter.RuleEntry {
  return name === 'recommended' || strictOptions === undefined ? 'error' : ['error', ...strictOptions];
}
