// One measured ESLint run, in a process of its own so that peak memory belongs to this run alone.
// argv[2]: JSON { cwd, patterns, config: 'core' | 'core+ours' | 'ours', warmup?: dir, repeat?: n, chunkLines?: n }.
// Prints one JSON line. With `warmup`, the process first lints that directory's `src` with the same
// configuration and discards the result, so what is measured is the steady state, without the one-off
// compilation. With `repeat`, the same ESLint instance lints the patterns that many times and the times
// are summed, so a small workload can be measured over as many lines as a large one. With `chunkLines`,
// the output also has `chunks`: the files in the order linted, cut into runs of at least that many
// lines (the rest too, when it has at least half as many), each with its lines and the time of all
// rules on them.
import tsParser from '@typescript-eslint/parser';
import { readFileSync } from 'node:fs';

import { ESLint } from 'eslint';
import { builtinRules } from 'eslint/use-at-your-own-risk';

import plugin from '../dist/index.js';

const { cwd, patterns, config, warmup, repeat = 1, chunkLines } = JSON.parse(process.argv[2]);

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

let wallMs = 0;
let parseMs = 0;
const ruleMs = {};
let files = 0;
let crashes = 0;
const chunks = [];
let chunk = { lines: 0, ruleMs: 0 };
const lineCounts = new Map();
const eslint = createESLint(cwd);
for (let round = 0; round < repeat; round += 1) {
  const started = process.hrtime.bigint();
  const results = await eslint.lintFiles(patterns);
  wallMs += Number(process.hrtime.bigint() - started) / 1e6;
  files += results.length;
  for (const result of results) {
    for (const message of result.messages) if (message.fatal === true) crashes += 1;
    for (const pass of result.stats?.times.passes ?? []) {
      parseMs += pass.parse.total;
      for (const [id, { total }] of Object.entries(pass.rules ?? {})) {
        ruleMs[id] = (ruleMs[id] ?? 0) + total;
        chunk.ruleMs += total;
      }
    }
    if (chunkLines !== undefined) {
      if (!lineCounts.has(result.filePath)) lineCounts.set(result.filePath, readFileSync(result.filePath, 'utf8').split('\n').length);
      chunk.lines += lineCounts.get(result.filePath);
      if (chunk.lines >= chunkLines) {
        chunks.push(chunk);
        chunk = { lines: 0, ruleMs: 0 };
      }
    }
  }
}
// The files left over count as a chunk of their own when they are at least half of one.
if (chunkLines !== undefined && chunk.lines >= chunkLines / 2) chunks.push(chunk);
process.stdout.write(
  `${JSON.stringify({ wallMs, parseMs, ruleMs, files, crashes, maxRssKb: process.resourceUsage().maxRSS, ...(chunkLines === undefined ? {} : { chunks }) })}\n`,
);
