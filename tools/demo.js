// `npm run demo`: lint examples/service with the built plugin's recommended config (the example's own
// eslint.config.js) and print ESLint's stylish report. Exits 0 when the lint ran, whatever it found;
// non-zero only when something broke (a crash, a parse error, a missing build).
import { ESLint } from 'eslint';
import path from 'node:path';

const exampleDir = path.resolve(import.meta.dirname, '../examples/service');

const eslint = new ESLint({ cwd: exampleDir });
const results = await eslint.lintFiles(['src/**/*.ts']);
const formatter = await eslint.loadFormatter('stylish');
process.stdout.write(await formatter.format(results));

const fatal = results.flatMap((result) =>
  result.messages.filter((message) => message.fatal === true).map((message) => `${result.filePath}: ${message.message}`),
);
const byRule = new Map();
for (const message of results.flatMap((result) => result.messages)) {
  if (message.ruleId !== null) byRule.set(message.ruleId, (byRule.get(message.ruleId) ?? 0) + 1);
}
console.log(`Linted ${results.length} files of examples/service with reliability.configs.recommended.`);
for (const [ruleId, count] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) console.log(`  ${ruleId}: ${count}`);

if (fatal.length > 0) {
  console.error(`The demo broke: ${fatal.length} file(s) could not be linted.\n${fatal.join('\n')}`);
  process.exitCode = 2;
}
