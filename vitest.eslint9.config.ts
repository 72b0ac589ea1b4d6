import path from 'node:path';
import { defineConfig } from 'vitest/config';

import base from './vitest.config.js';

/**
 * `npm run test:eslint9`: the in-process suites (rule, util, meta and doc tests) once more with
 * ESLint 9 (the `eslint-v9` npm alias) in place of ESLint 10. Imports that Vite resolves go through
 * the alias; CommonJS `require('eslint')` in dependencies (@typescript-eslint/rule-tester and utils)
 * goes through the preload. The suites that start their own ESLint (end-to-end, integration,
 * hardening, audit) already run both majors, or pick theirs, and are left out.
 */
export default defineConfig({
  ...base,
  resolve: { alias: [{ find: /^eslint(\/.*)?$/u, replacement: 'eslint-v9$1' }] },
  test: {
    ...base.test,
    include: ['tests/rules/**/*.test.ts', 'tests/util/**/*.test.ts', 'tests/meta/**/*.test.ts', 'tests/integration/eslint-major.test.ts'],
    env: { RELIABILITY_ESLINT_MAJOR: '9' },
    execArgv: ['--require', path.resolve(import.meta.dirname, 'tests/eslint9Preload.cjs')],
    // A subset of the suites: coverage and its thresholds belong to `npm run test:unit` only.
    coverage: { ...base.test?.coverage, enabled: false },
  },
});
