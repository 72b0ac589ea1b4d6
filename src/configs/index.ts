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

/** The plugin's rules a config turns on, computed from each rule's `meta.docs.recommended`. */
export function getConfigRules(name: ConfigName): Linter.RulesRecord {
  const entries = Object.entries(rules)
    .filter(([, rule]) => INCLUDED_CONFIGS[name].includes(rule.meta.docs?.recommended))
    .map(([ruleName]) => [`reliability/${ruleName}`, 'error'] as const);
  return { ...CORE_RULES, ...Object.fromEntries(entries) };
}
