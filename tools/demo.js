// `npm run demo`: lint examples/service with the built plugin's recommended config (the example's own
// eslint.config.js) and print ESLint's stylish report. Exits 0 when the lint ran, whatever it found;
// non-zero only when something broke (a crash, a parse error, a missing build).
import { ESLint } from 'eslint';
import path from 'node:path';

const exampleDir = path.resolve(import.meta.dirname, '../examples/service');

const eslint = new ESLint({ cwd: exampleDir });
const results = await eslint.lintFiles(['src/**/*.ts', 'scripts/**/*.ts']);
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

// Then the zero-config audit of the same folder, as `npx eslint-plugin-reliability audit examples/service`
// prints it. Its exit code 1 means "the gate failed", which is the point of the example; 2 means it broke.
const { spawnSync } = await import('node:child_process');
console.log('\n$ npx eslint-plugin-reliability audit examples/service\n');
const audit = spawnSync(process.execPath, [path.resolve(import.meta.dirname, '../dist/audit/cli.js'), 'audit', 'examples/service'], {
  cwd: path.resolve(import.meta.dirname, '..'),
  stdio: 'inherit',
});
if (audit.status !== 0 && audit.status !== 1) {
  console.error(`The demo broke: the audit exited with ${audit.status ?? audit.signal}.`);
  process.exitCode = 2;
}
