/**
 * Large repositories: `--cache` and `--concurrency` (worker threads) must give exactly the findings of
 * a plain run, under both supported ESLint majors. They can because the rules keep no state from one
 * file to the next (tests/hardening/determinism.test.ts lints the same files in two orders with one
 * ESLint instance to show it). The cache is keyed on the plugin's `meta.version` (from package.json):
 * a new plugin version invalidates it, a changed plugin with the same version does not.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { LintMessage, LintResult, PackedPlugin } from '../helpers/consumer.js';
import { compareFindings, createConsumer, ESLINT_VERSIONS, packPlugin, removePacked, runEslint } from '../helpers/consumer.js';

// Every step runs real tools in child processes: generous limits for a loaded CI machine.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'consumer');
/** Copies of the fixture's sources: enough files for two lint threads to share. */
const MODULES = 12;
const CATCH_MESSAGE = 'This catch drops the error without a trace.';

/** Everything a run says about a finding, so that two runs can be compared exactly. */
function describeFinding(consumer: string, result: LintResult, message: LintMessage): string {
  const where = `${path.relative(consumer, result.filePath)}:${message.line}:${message.column}-${message.endLine}:${message.endColumn}`;
  const suggestions = (message.suggestions ?? []).map((suggestion) => suggestion.desc).join(' | ');
  return `${where} ${message.ruleId ?? 'fatal'} ${message.messageId ?? ''} ${message.message} [${suggestions}]`;
}

function describeRun(consumer: string, stdout: string): string[] {
  const results = JSON.parse(stdout) as LintResult[];
  return results.flatMap((result) => result.messages.map((message) => describeFinding(consumer, result, message))).sort(compareFindings);
}

let packed: PackedPlugin | undefined;

beforeAll(() => {
  packed = packPlugin('reliability-large-');
});

afterAll(() => {
  removePacked(packed);
});

describe.each(ESLINT_VERSIONS)('$label', ({ packageDir }) => {
  let consumer: string;
  let plain: string[];

  function lint(args: readonly string[]): string[] {
    const { status, stdout } = runEslint(consumer, ['--format', 'json', ...args, 'src']);
    expect(status).toBe(1);
    return describeRun(consumer, stdout);
  }

  beforeAll(() => {
    if (packed === undefined) throw new Error('The plugin was not packed.');
    consumer = createConsumer(packed, { fixtures: [FIXTURE], eslint: packageDir });
    for (let index = 0; index < MODULES; index++) {
      const dir = path.join(consumer, 'src', 'modules', `module-${index}`);
      mkdirSync(dir, { recursive: true });
      cpSync(path.join(consumer, 'src', 'orders.ts'), path.join(dir, 'orders.ts'));
      cpSync(path.join(consumer, 'src', 'worker.js'), path.join(dir, 'worker.js'));
      cpSync(path.join(consumer, 'src', 'clean.ts'), path.join(dir, 'clean.ts'));
    }
    plain = lint([]);
  });

  it('finds the same in every copy (the baseline of the comparisons below)', () => {
    expect(plain).toHaveLength(4 * (MODULES + 1));
    expect(plain.filter((finding) => finding.startsWith('src/modules/module-7/'))).toEqual([
      `src/modules/module-7/orders.ts:12:5-12:10 reliability/no-swallowed-errors swallowedError ${CATCH_MESSAGE} Rethrow it, log it, or say in a comment why it is safe to ignore. [Log the error with \`logger.error\`.]`,
      'src/modules/module-7/orders.ts:18:16-18:24 reliability/no-swallowed-errors swallowedRejection This rejection handler drops the error without a trace. Log it, rethrow it, or say in a comment why it is safe to ignore. [Log the error with `logger.error`.]',
      "src/modules/module-7/worker.js:2:21-2:29 reliability/no-swallowed-errors swallowedErrorEvent This `'error'` listener drops the error without a trace. Log it, or say in a comment why it is safe to ignore. [Log the error with `console.error`.]",
      'src/modules/module-7/worker.js:4:23-4:44 no-throw-literal object Expected an error object to be thrown. []',
    ]);
  });

  it('--concurrency=2 (two lint threads) finds exactly the same', () => {
    expect(lint(['--concurrency=2'])).toEqual(plain);
  });

  it('--concurrency=auto finds exactly the same', () => {
    expect(lint(['--concurrency=auto'])).toEqual(plain);
  });

  it('--cache finds exactly the same, cold and warm, alone and with threads', () => {
    const cache = ['--cache', '--cache-location', path.join(consumer, '.cache', 'eslint-same')];
    expect(lint(cache)).toEqual(plain);
    expect(lint(cache)).toEqual(plain);
    expect(lint([...cache, '--concurrency=2'])).toEqual(plain);
  });

  it("--cache is keyed on the plugin's version: a new version re-lints, a changed plugin with the same version does not", () => {
    const cache = ['--cache', '--cache-location', path.join(consumer, '.cache', 'eslint-version')];
    expect(lint(cache)).toEqual(plain);

    const pluginDir = path.join(consumer, 'node_modules', 'eslint-plugin-reliability');
    const ruleFile = path.join(pluginDir, 'dist', 'rules', 'no-swallowed-errors.js');
    const rule = readFileSync(ruleFile, 'utf8');
    expect(rule).toContain(CATCH_MESSAGE);
    writeFileSync(ruleFile, rule.replace(CATCH_MESSAGE, `Changed: ${CATCH_MESSAGE}`));
    // Same version: the warm cache answers with what the old plugin said.
    expect(lint(cache)).toEqual(plain);

    const packageFile = path.join(pluginDir, 'package.json');
    const manifest = JSON.parse(readFileSync(packageFile, 'utf8')) as { version: string };
    writeFileSync(packageFile, JSON.stringify({ ...manifest, version: `${manifest.version}-next` }));
    const relinted = lint(cache);
    expect(relinted).toHaveLength(plain.length);
    expect(relinted.filter((finding) => finding.includes(`Changed: ${CATCH_MESSAGE}`))).toHaveLength(MODULES + 1);
    writeFileSync(ruleFile, rule);
    writeFileSync(packageFile, JSON.stringify(manifest));
  });
});
