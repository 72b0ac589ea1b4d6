import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Linter, Rule } from 'eslint';
import { Linter as ESLintLinter } from 'eslint';
import { describe, expect, it } from 'vitest';

import type { ImportBinding } from '../../src/util/ast/importBinding.js';
import { getImportBinding, getRequiredModule } from '../../src/util/ast/importBinding.js';

/** Where the tests read `target`: as a statement, callee, object, returned value or type. */
const READ_POSITIONS = new Set(['CallExpression', 'ExpressionStatement', 'MemberExpression', 'NewExpression', 'ReturnStatement', 'TSTypeReference']);

/** The binding of every identifier named `target` that is read in `code`, in source order. */
function bindingsOf(code: string, sourceType: 'commonjs' | 'module' = 'module'): (ImportBinding | undefined)[] {
  const found: (ImportBinding | undefined)[] = [];
  const rule = {
    create(context: TSESLint.RuleContext<string, []>) {
      return {
        'Identifier[name="target"]'(node: TSESTree.Identifier) {
          if (READ_POSITIONS.has(node.parent.type)) found.push(getImportBinding(context.sourceCode, node));
        },
      };
    },
  };
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser as Linter.Parser, sourceType },
      plugins: { test: { rules: { binding: rule as unknown as Rule.RuleModule } } },
      rules: { 'test/binding': 'error' },
    },
  ];
  const messages = new ESLintLinter().verify(code, config, 'file.ts');
  expect(messages).toEqual([]);
  return found;
}

describe('getImportBinding', () => {
  it('reads default, namespace and named imports, renamed or not', () => {
    expect(bindingsOf("import target from 'pino';\ntarget();")).toEqual([{ source: 'pino', imported: 'default' }]);
    expect(bindingsOf("import * as target from 'node:stream';\ntarget.Readable;")).toEqual([{ source: 'node:stream', imported: '*' }]);
    expect(bindingsOf("import { Readable as target } from 'stream';\nnew target();")).toEqual([{ source: 'stream', imported: 'Readable' }]);
    expect(bindingsOf("import { 'quoted name' as target } from 'm';\ntarget;")).toEqual([{ source: 'm', imported: 'quoted name' }]);
  });

  it('reads type-only imports, which type annotations use', () => {
    expect(bindingsOf("import type { Logger as target } from 'winston';\nlet x: target;")).toEqual([{ source: 'winston', imported: 'Logger' }]);
  });

  it('reads the CommonJS forms', () => {
    expect(bindingsOf("const target = require('fs');\ntarget;", 'commonjs')).toEqual([{ source: 'fs', imported: '*' }]);
    expect(bindingsOf("const target = require('fs').promises;\ntarget;", 'commonjs')).toEqual([{ source: 'fs', imported: 'promises' }]);
    expect(bindingsOf("const { createReadStream: target } = require('fs');\ntarget;", 'commonjs')).toEqual([
      { source: 'fs', imported: 'createReadStream' },
    ]);
    expect(bindingsOf("const { target = fallback } = require('m');\ntarget;", 'commonjs')).toEqual([{ source: 'm', imported: 'target' }]);
    expect(bindingsOf("import target = require('node:http');\ntarget;")).toEqual([{ source: 'node:http', imported: '*' }]);
  });

  it('gives undefined for locals, parameters, globals, lets and a shadowed require', () => {
    expect(bindingsOf('const target = make();\ntarget;')).toEqual([undefined]);
    expect(bindingsOf('function f(target: unknown) { return target; }')).toEqual([undefined]);
    expect(bindingsOf('target;')).toEqual([undefined]);
    expect(bindingsOf("let target = require('fs');\ntarget;", 'commonjs')).toEqual([undefined]);
    expect(bindingsOf("const require = load;\nconst target = require('fs');\ntarget;")).toEqual([undefined]);
  });

  it('follows scope: an inner declaration shadows the import', () => {
    expect(bindingsOf("import target from 'pino';\nfunction f() { const target = 1; return target; }\ntarget;")).toEqual([
      undefined,
      { source: 'pino', imported: 'default' },
    ]);
  });
});

describe('getRequiredModule', () => {
  it('reads require with a constant string only', () => {
    const sources: (string | undefined)[] = [];
    const rule = {
      create(context: TSESLint.RuleContext<string, []>) {
        return {
          CallExpression(node: TSESTree.CallExpression) {
            if (node.callee.type === 'Identifier' && node.callee.name === 'require') sources.push(getRequiredModule(context.sourceCode, node));
          },
        };
      },
    };
    const config: Linter.Config[] = [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser as Linter.Parser },
        plugins: { test: { rules: { required: rule as unknown as Rule.RuleModule } } },
        rules: { 'test/required': 'error' },
      },
    ];
    new ESLintLinter().verify("require('a');\nrequire(`b`);\nrequire(name);\nrequire('c', extra);", config, 'file.ts');
    expect(sources).toEqual(['a', 'b', undefined, undefined]);
  });
});

describe('getImportBinding: CommonJS forms it does not read', () => {
  it('gives undefined for an import of a namespace member and a computed member of a require', () => {
    expect(bindingsOf('import target = ns.member;\ntarget;')).toEqual([undefined]);
    expect(bindingsOf("const target = require('m')[key];\ntarget;", 'commonjs')).toEqual([undefined]);
  });

  it('gives undefined for array patterns, a pattern of a member and rest elements', () => {
    expect(bindingsOf("const [target] = require('m');\ntarget;", 'commonjs')).toEqual([undefined]);
    expect(bindingsOf("const { target } = require('m').sub;\ntarget;", 'commonjs')).toEqual([undefined]);
    expect(bindingsOf("const { a, ...target } = require('m');\ntarget;", 'commonjs')).toEqual([undefined]);
  });

  it('reads string keys, after other properties; not computed or numeric ones', () => {
    expect(bindingsOf("const { a, 'x-y': target } = require('m');\ntarget;", 'commonjs')).toEqual([{ source: 'm', imported: 'x-y' }]);
    expect(bindingsOf("const { [key]: target } = require('m');\ntarget;", 'commonjs')).toEqual([undefined]);
    expect(bindingsOf("const { 1: target } = require('m');\ntarget;", 'commonjs')).toEqual([undefined]);
  });

  it('reads a require of a template literal without expressions', () => {
    expect(bindingsOf('const target = require(`fs`);\ntarget;', 'commonjs')).toEqual([{ source: 'fs', imported: '*' }]);
  });
});
