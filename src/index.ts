import type { ESLint, Linter, Rule } from 'eslint';
import { createRequire } from 'node:module';

import type { ConfigName } from './configs/index.js';
import { getConfigRules } from './configs/index.js';
import { rules } from './rules/index.js';

export type { ReliabilitySettings } from './util/settings.js';
export type {
  ReliabilityConfig,
  ReliabilityConfigName,
  ReliabilityRules,
  ReliabilitySharedSettings,
  RuleName,
  RuleOptions,
} from './types.js';

const require = createRequire(import.meta.url);
const { name, version } = require('../package.json') as { name: string; version: string };

const plugin = {
  meta: { name, version },
  // typescript-eslint's RuleModule type declares context members that ESLint 10's type has dropped.
  rules: rules as unknown as Record<string, Rule.RuleModule>,
  configs: {} as Record<ConfigName, Linter.Config>,
} satisfies ESLint.Plugin;

for (const configName of ['recommended', 'strict', 'all'] as const) {
  plugin.configs[configName] = {
    name: `reliability/${configName}`,
    plugins: { reliability: plugin },
    rules: getConfigRules(configName),
  };
}

export default plugin;
