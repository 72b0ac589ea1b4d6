/**
 * Types for users' `eslint.config.ts`: each rule's options, the `rules` entries of this plugin and a
 * config object whose `settings.reliability` is checked. Type-only, computed from the rules map, so a
 * new rule appears here without anybody listing it.
 */
import type { Linter } from 'eslint';

import type { ConfigName } from './configs/index.js';
import type { rules } from './rules/index.js';
import type { ReliabilitySettings } from './util/settings.js';

/** The name of a rule of the plugin, without the `reliability/` prefix. */
export type RuleName = keyof typeof rules;

/** The configs of the plugin: `reliability.configs[name]`. */
export type ReliabilityConfigName = ConfigName;

/** Each rule's options tuple by rule name: `RuleOptions['no-swallowed-errors']` is `[{ loggers?: string[]; ... }]`. */
export type RuleOptions = {
  [Name in RuleName]: NonNullable<(typeof rules)[Name]['meta']['defaultOptions']>;
};

/**
 * This plugin's entries of a flat config's `rules`, with each rule's options checked:
 * `rules: { 'reliability/no-swallowed-errors': ['error', { loggers: ['audit'] }] } satisfies ReliabilityRules`.
 */
export type ReliabilityRules = {
  [Name in RuleName as `reliability/${Name}`]?: Linter.RuleEntry<[...RuleOptions[Name]]>;
};

/** `settings` of a flat config whose `reliability` key is checked; other plugins' keys stay free. */
export interface ReliabilitySharedSettings {
  reliability?: ReliabilitySettings;
  [key: string]: unknown;
}

/**
 * A flat config object whose `settings.reliability` and `reliability/*` rule entries are checked;
 * other rules and settings stay as ESLint types them. Use it with `satisfies` inside `defineConfig`.
 */
export interface ReliabilityConfig extends Omit<Linter.Config, 'rules' | 'settings'> {
  rules?: ReliabilityRules & Linter.RulesRecord;
  settings?: ReliabilitySharedSettings;
}
