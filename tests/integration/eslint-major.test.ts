/**
 * Which ESLint the in-process suites run on: 10 under `npm run test:unit`, 9 under
 * `npm run test:eslint9` (vitest.eslint9.config.ts sets RELIABILITY_ESLINT_MAJOR). Both the imports
 * Vite resolves and the CommonJS `require('eslint')` of @typescript-eslint/rule-tester must agree,
 * or the rule tests would silently run on the other major.
 */
import { Linter } from 'eslint';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';

const require = createRequire(import.meta.url);

it('runs on the ESLint major it names, for imports and for CommonJS requires alike', () => {
  const expected = process.env.RELIABILITY_ESLINT_MAJOR ?? '10';
  const required = require('eslint') as { Linter: { version: string } };
  const ruleTesterEslint = require(require.resolve('eslint', { paths: [require.resolve('@typescript-eslint/rule-tester')] })) as {
    Linter: { version: string };
  };
  expect([Linter.version, required.Linter.version, ruleTesterEslint.Linter.version].map((version) => version.split('.')[0])).toEqual([
    expected,
    expected,
    expected,
  ]);
});
