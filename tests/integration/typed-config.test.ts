/**
 * Typed configuration: a consumer project that installed the packed plugin type-checks its
 * `eslint.config.ts` (and a `// @ts-check` `eslint.config.js`) with `tsc`, against the types of both
 * supported ESLint majors. `defineConfig` from 'eslint/config' accepts the plugin and its configs;
 * `ReliabilitySettings`, `ReliabilityRules` and `ReliabilityConfig` catch the mistakes in
 * `mistakes.ts`, each at its line, and nothing else fails: not the fixture's configs, nor the
 * README's `eslint.config.ts` example.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { PackedPlugin } from '../helpers/consumer.js';
import { createConsumer, ESLINT_VERSIONS, packPlugin, removePacked, ROOT_MODULES, run } from '../helpers/consumer.js';
import { getReadmeBlock } from '../helpers/readme.js';

// Every step runs real tools in child processes: generous limits for a loaded CI machine.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'typed-config');

/** `file(line,column): error TScode` and a part of the message, for each mistake in mistakes.ts. */
const EXPECTED_ERRORS = [
  ["mistakes.ts(6,3): error TS2561", "'logers' does not exist in type 'ReliabilitySettings'. Did you mean to write 'loggers'?"],
  ['mistakes.ts(10,3): error TS2322', "Type 'string' is not assignable to type 'readonly string[]'."],
  ['mistakes.ts(14,50): error TS2561', "'logger' does not exist in type"],
  ['mistakes.ts(18,50): error TS2322', "Type 'string' is not assignable to type 'boolean | undefined'."],
  ['mistakes.ts(22,3): error TS2820', `Type '"eror"' is not assignable`],
  ['mistakes.ts(26,3): error TS2353', "'reliability/no-swallowed-error'' does not exist in type 'ReliabilityRules'."],
  ['mistakes.ts(30,40): error TS2322', "Type 'number' is not assignable to type 'string'."],
  ['mistakes.ts(33,50): error TS2551', "Property 'recomended' does not exist"],
] as const;

const ERROR_LOCATION = /^\S+\(\d+,\d+\): error TS\d+/u;

let packed: PackedPlugin | undefined;

beforeAll(() => {
  packed = packPlugin('reliability-typed-config-');
});

afterAll(() => {
  removePacked(packed);
});

describe.each(ESLINT_VERSIONS)('$label types', ({ packageDir }) => {
  let output: string[];
  let status: number | null;

  beforeAll(() => {
    if (packed === undefined) throw new Error('The plugin was not packed.');
    const consumer = createConsumer(packed, { fixtures: [FIXTURE], eslint: packageDir, modules: ['@types/node'] });
    // The README's example is checked as written (the fixture's tsconfig lists readme.config.ts).
    writeFileSync(path.join(consumer, 'readme.config.ts'), getReadmeBlock('// eslint.config.ts'));
    const tsc = run(consumer, process.execPath, [path.join(ROOT_MODULES, 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--pretty', 'false'], {
      timeout: 200_000,
    });
    status = tsc.status;
    output = tsc.stdout.split('\n').filter((line) => ERROR_LOCATION.test(line));
  });

  it("type-checks eslint.config.ts, the README's example and a JSDoc-typed eslint.config.js without an error", () => {
    expect(output.filter((line) => !line.startsWith('mistakes.ts('))).toEqual([]);
  });

  it('catches each mistake in settings, rule options, severities, rule and config names', () => {
    expect(status).toBe(2);
    expect(output.map((line) => ERROR_LOCATION.exec(line)?.[0])).toEqual(
      EXPECTED_ERRORS.map(([location]) => location),
    );
    EXPECTED_ERRORS.forEach(([, message], index) => expect(output[index]).toContain(message));
  });
});
