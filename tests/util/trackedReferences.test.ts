import tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { ASTUtils } from '@typescript-eslint/utils';
import type { Linter, Rule } from 'eslint';
import { Linter as ESLintLinter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { findTrackedReferences } from '../../src/util/ast/trackedReferences.js';

const { CALL, READ } = ASTUtils.ReferenceTracker;
const FS = { createReadStream: { [CALL]: 'read stream' } };
const MODULES = { fs: FS, 'node:fs': FS };
const GLOBALS = { process: { stdout: { [READ]: 'stdout' } } };

/** The text and info of every tracked node of `code`, with or without `require` and `process` declared as globals. */
function track(code: string, options: { sourceType?: 'commonjs' | 'module'; nodeGlobals?: boolean } = {}): string[] {
  let found: string[] = [];
  const rule = {
    create(context: TSESLint.RuleContext<string, []>) {
      return {
        'Program:exit'() {
          found = findTrackedReferences<string>(context.sourceCode, MODULES, GLOBALS).map(
            ({ node, info }) => `${context.sourceCode.getText(node)} → ${info}`,
          );
        },
      };
    },
  };
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts'],
      languageOptions: {
        parser: tsParser as Linter.Parser,
        sourceType: options.sourceType ?? 'module',
        globals: options.nodeGlobals === true ? { process: 'readonly', require: 'readonly' } : {},
      },
      plugins: { test: { rules: { track: rule as unknown as Rule.RuleModule } } },
      rules: { 'test/track': 'error' },
    },
  ];
  expect(new ESLintLinter().verify(code, config, 'file.ts')).toEqual([]);
  return found;
}

describe('findTrackedReferences', () => {
  it('finds ES module imports: default (CommonJS interop), named, renamed and namespace', () => {
    expect(track("import fs from 'fs';\nfs.createReadStream('a');")).toEqual(["fs.createReadStream('a') → read stream"]);
    expect(track("import { createReadStream as open } from 'node:fs';\nopen('a');")).toEqual(["open('a') → read stream"]);
    expect(track("import * as fs from 'fs';\nfs.createReadStream('a');")).toEqual(["fs.createReadStream('a') → read stream"]);
  });

  it('finds require, with and without require declared as a global', () => {
    const code = "const fs = require('fs');\nconst { createReadStream } = require('node:fs');\nfs.createReadStream('a');\ncreateReadStream('b');";
    const expected = ["fs.createReadStream('a') → read stream", "createReadStream('b') → read stream"];
    expect(track(code, { sourceType: 'commonjs' })).toEqual(expected);
    expect(track(code, { sourceType: 'commonjs', nodeGlobals: true })).toEqual(expected);
  });

  it('finds globals, with and without them declared', () => {
    expect(track('process.stdout.write(x);')).toEqual(['process.stdout → stdout']);
    expect(track('process.stdout.write(x);', { nodeGlobals: true })).toEqual(['process.stdout → stdout']);
  });

  it('ignores a name the file declares or assigns itself', () => {
    expect(track('const process = fake;\nprocess.stdout;')).toEqual([]);
    expect(track('function f(process: P) { return process.stdout; }')).toEqual([]);
    expect(track('process = fake;\nprocess.stdout;')).toEqual([]);
    expect(track("const require = load;\nrequire('fs').createReadStream('a');")).toEqual([]);
    expect(track("import fs from './fs';\nfs.createReadStream('a');")).toEqual([]);
  });

  it('ignores a module name that is a property of Object.prototype', () => {
    expect(track("require('constructor')('a');\nrequire(name).createReadStream('a');", { sourceType: 'commonjs' })).toEqual([]);
  });
});
