// `npm run fuzz -- --count N --seed S`: lint random programs with every rule of the plugin on.
// Half are eslump's random JavaScript, half TypeScript around the constructs our rules inspect.
// A failing program is shrunk and written, with its seed, to fuzz-failures/. Exits 1 on any failure.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { checkProgram, shrinkProgram } from './fuzz/check.js';
import { generateJavaScript, generateTypeScript } from './fuzz/programs.js';

function readOption(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} takes a whole number, got ${process.argv[index + 1]}.`);
  return value;
}

const count = readOption('count', 1000);
const seed = readOption('seed', 1);
const outDir = path.resolve(import.meta.dirname, '../fuzz-failures');

let skipped = 0;
let reports = 0;
let suggestions = 0;
let fixedPrograms = 0;
let failures = 0;
const started = performance.now();
for (let index = 0; index < count; index += 1) {
  const programSeed = seed + index;
  const language = programSeed % 2 === 0 ? 'js' : 'ts';
  // eslump's programs often break an early-error rule (a name declared twice): draw again, up to
  // ten times, from sub-seeds of the program's seed so that every run sees the same programs.
  let code;
  let result;
  for (let attempt = 0; attempt < 10 && (result === undefined || result.skipped); attempt += 1) {
    code = language === 'js' ? generateJavaScript(programSeed * 16 + attempt) : generateTypeScript(programSeed);
    result = checkProgram(code, language);
  }
  if (result.skipped) {
    skipped += 1;
    continue;
  }
  reports += result.reports;
  suggestions += result.suggestions;
  if (result.fixed) fixedPrograms += 1;
  if (result.problems.length === 0) continue;
  failures += 1;
  const [problem] = result.problems;
  const reproducer = shrinkProgram(code, language, problem.kind);
  mkdirSync(outDir, { recursive: true });
  const base = path.join(outDir, `seed-${programSeed}`);
  writeFileSync(`${base}.${language}`, `${reproducer}\n`);
  writeFileSync(`${base}.json`, `${JSON.stringify({ seed: programSeed, language, problems: result.problems }, null, 2)}\n`);
  console.error(`seed ${programSeed} (${language}): ${problem.kind}${problem.ruleId ? ` in ${problem.ruleId}` : ''}; reproducer in ${base}.${language}`);
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Fuzzed ${count} programs (seeds ${seed}..${seed + count - 1}) in ${seconds} s: ${count - skipped} linted, ${skipped} skipped (did not parse), ${reports} reports, ${suggestions} suggestion outputs re-parsed, ${fixedPrograms} programs autofixed and re-parsed, ${failures} failing.`,
);
process.exitCode = failures > 0 ? 1 : 0;
