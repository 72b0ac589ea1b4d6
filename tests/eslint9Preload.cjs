// Preloaded into the Vitest workers of `npm run test:eslint9` (see vitest.eslint9.config.ts): every
// CommonJS `require('eslint')` or `require('eslint/...')` (by @typescript-eslint/rule-tester and
// @typescript-eslint/utils) resolves to ESLint 9, installed as the `eslint-v9` npm alias.
'use strict';

const Module = require('node:module');

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveToEslint9(request, ...rest) {
  const redirected = request === 'eslint' || request.startsWith('eslint/') ? `eslint-v9${request.slice('eslint'.length)}` : request;
  return resolveFilename.call(this, redirected, ...rest);
};
