// One measured ESLint run, in a process of its own so that peak memory belongs to this run alone.
// argv[2]: JSON { cwd, patterns, config: 'core' | 'core+ours' | 'ours', warmup?: dir }. Prints one JSON line.
// With `warmup`, the process first lints that directory's `src` with the same configuration and
// discards the result, so what is measured is the steady state, without the one-off compilation.
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { builtinRules } from 'eslint/use-at-your-own-risk';

import plugin from '../dist/index.js';

const { cwd, patterns, config, warmup } = JSON.parse(process.argv[2]);

/** ESLint's own `recommended`: the core rules whose metadata says so (the same set as @eslint/js). */
const coreRecommended = Object.fromEntries(
  [...builtinRules].filter(([, rule]) => rule.meta?.docs?.recommended === true).map(([name]) => [name, 'error']),
);
/** Our `all` config as users get it: strict options, file scoping, and the core rules it turns on. */
const oursAll = plugin.configs.all.rules;

const rules = {
  core: coreRecommended,
  'core+ours': { ...coreRecommended, ...oursAll },
  ours: oursAll,
}[config];

const createESLint = (directory) =>
  new ESLint({
    cwd: directory,
    stats: true,
    overrideConfigFile: true,
    errorOnUnmatchedPattern: false,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
      {
        files: ['**/*.{js,ts}'],
        plugins: { reliability: plugin },
        linterOptions: { reportUnusedDisableDirectives: 'off', noInlineConfig: true },
        rules,
      },
    ],
  });

if (warmup !== undefined) await createESLint(warmup).lintFiles(['src']);
const eslint = createESLint(cwd);

const started = process.hrtime.bigint();
const results = await eslint.lintFiles(patterns);
const wallMs = Number(process.hrtime.bigint() - started) / 1e6;

let parseMs = 0;
const ruleMs = {};
let crashes = 0;
for (const result of results) {
  for (const message of result.messages) if (message.fatal === true) crashes += 1;
  for (const pass of result.stats?.times.passes ?? []) {
    parseMs += pass.parse.total;
    for (const [id, { total }] of Object.entries(pass.rules ?? {})) ruleMs[id] = (ruleMs[id] ?? 0) + total;
  }
}
process.stdout.write(
  `${JSON.stringify({ wallMs, parseMs, ruleMs, files: results.length, crashes, maxRssKb: process.resourceUsage().maxRSS })}\n`,
);
