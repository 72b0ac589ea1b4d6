import tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import type { Linter, Rule } from 'eslint';
import { Linter as ESLintLinter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { buildAddImportFix } from '../../src/util/fix/addImport.js';

/** `code` after the fix that imports `pipeline` from `node:stream`, parsed as a TS module or a CommonJS script. */
function addPipeline(code: string, sourceType: 'commonjs' | 'module' = 'module'): string {
  const rule = {
    meta: { fixable: 'code' },
    create(context: TSESLint.RuleContext<string, []>) {
      return {
        Program(node: TSESLint.SourceCode['ast']) {
          context.report({ node, messageId: 'add', fix: buildAddImportFix(context.sourceCode, 'node:stream', 'pipeline') } as never);
        },
      };
    },
  };
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts', '**/*.js'],
      plugins: { test: { rules: { add: { ...rule, meta: { ...rule.meta, messages: { add: 'Add.' } } } as unknown as Rule.RuleModule } } },
      rules: { 'test/add': 'error' },
    },
    { files: ['**/*.ts'], languageOptions: { parser: tsParser as Linter.Parser } },
    { files: ['**/*.js'], languageOptions: { sourceType } },
  ];
  const [message, ...rest] = new ESLintLinter().verify(code, config, sourceType === 'module' ? 'file.ts' : 'file.js');
  expect(rest).toEqual([]);
  expect(message?.fatal).toBeUndefined();
  const fix = message?.fix;
  return fix === undefined ? code : code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

describe('buildAddImportFix', () => {
  it('adds the name to an import of the module', () => {
    expect(addPipeline("import { finished } from 'node:stream';\nx();")).toBe("import { finished, pipeline } from 'node:stream';\nx();");
    expect(addPipeline("import { finished, } from 'node:stream';\nx();")).toBe("import { finished, pipeline, } from 'node:stream';\nx();");
    expect(addPipeline("import stream from 'node:stream';\nx();")).toBe("import stream, { pipeline } from 'node:stream';\nx();");
  });

  it('leaves type-only, namespace and bare imports alone', () => {
    expect(addPipeline("import type { Readable } from 'node:stream';\nx();")).toBe(
      "import type { Readable } from 'node:stream';\nimport { pipeline } from 'node:stream';\nx();",
    );
    expect(addPipeline("import * as stream from 'node:stream';\nx();")).toBe(
      "import * as stream from 'node:stream';\nimport { pipeline } from 'node:stream';\nx();",
    );
    expect(addPipeline("import 'node:stream';\nx();")).toBe("import 'node:stream';\nimport { pipeline } from 'node:stream';\nx();");
  });

  it('adds a declaration after the last import, in its quotes and semicolon style', () => {
    expect(addPipeline('import fs from "node:fs"\nimport path from "node:path"\n\nx()')).toBe(
      'import fs from "node:fs"\nimport path from "node:path"\nimport { pipeline } from "node:stream"\n\nx()',
    );
  });

  it('adds a require after the last top-level require of a CommonJS file', () => {
    expect(addPipeline("const fs = require('fs');\nconst { join } = require('path').posix;\n\nx();", 'commonjs')).toBe(
      "const fs = require('fs');\nconst { join } = require('path').posix;\nconst { pipeline } = require('node:stream');\n\nx();",
    );
    expect(addPipeline('const fs = require("fs")\nx()', 'commonjs')).toBe('const fs = require("fs")\nconst { pipeline } = require("node:stream")\nx()');
  });

  it('adds a require to a script without requires, after its directives', () => {
    expect(addPipeline("'use strict';\nx();", 'commonjs')).toBe("'use strict';\nconst { pipeline } = require('node:stream');\nx();");
    expect(addPipeline('x();', 'commonjs')).toBe("const { pipeline } = require('node:stream');\nx();");
  });

  it('adds an import as the first statement of a module without imports', () => {
    expect(addPipeline('// entry point\nexport function main() {}\nmain();')).toBe(
      "// entry point\nimport { pipeline } from 'node:stream';\nexport function main() {}\nmain();",
    );
    expect(addPipeline('export function main() {}\nmain()')).toBe("import { pipeline } from 'node:stream'\nexport function main() {}\nmain()");
    expect(addPipeline('')).toBe("import { pipeline } from 'node:stream';\n");
  });
});
