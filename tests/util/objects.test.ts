import tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { ESLint, Linter as LinterTypes } from 'eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { getStaticObject } from '../../src/util/ast/objects.js';

/** What `getStaticObject` sees in the argument of every `probe(...)` call. */
function objects(code: string): string[] {
  const found: string[] = [];
  const rule: TSESLint.RuleModule<string> = {
    meta: { type: 'problem', schema: [], messages: {} },
    defaultOptions: [],
    create(context) {
      return {
        CallExpression(node) {
          const [argument] = node.arguments;
          if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'probe' || argument === undefined) return;
          if (argument.type === AST_NODE_TYPES.SpreadElement) return;
          const object = getStaticObject(context.sourceCode, argument);
          found.push(
            object === undefined
              ? 'unknown'
              : `${[...object.properties.keys()].join(',')}${object.complete ? '' : ' +?'}${object.literal === undefined ? ' (elsewhere)' : ''}`,
          );
        },
      };
    },
  };
  const config: LinterTypes.Config[] = [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser as LinterTypes.Parser },
      plugins: { probe: { rules: { object: rule } } as unknown as ESLint.Plugin },
      rules: { 'probe/object': 'error' },
    },
  ];
  expect(new Linter().verify(code, config, 'file.ts')).toEqual([]);
  return found;
}

describe('getStaticObject', () => {
  it('lists the keys of an object literal, through type wrappers', () => {
    expect(objects('probe({ a: 1, "b": 2, [`c`]: 3, 4: 4, d, e() {}, get f() { return 1; } } as Options);')).toEqual(['a,b,c,4,d,e,f']);
  });

  it('follows spreads of objects the file shows and marks others incomplete', () => {
    const code = 'const base = { timeout: 1 };\nprobe({ ...base, method: "GET" });\nprobe({ ...options, method: "GET" });\nprobe({ [key]: 1 });';
    expect(objects(code)).toEqual(['timeout,method', 'method +?', ' +?']);
  });

  it('reads a constant that nothing changes', () => {
    const code = 'const init: RequestInit = { method: "GET" };\nlog(init.method);\nprobe(init);\nsend({ ...init });';
    expect(objects(code)).toEqual(['method (elsewhere)']);
  });

  it('gives up on a variable that may change', () => {
    const code = [
      'const a = { method: "GET" }; a.signal = s; probe(a);',
      'const b = {}; Object.assign(b, extra); probe(b);',
      'let c = {}; c = other; probe(c);',
      'const d = {}; const alias = d; probe(d);',
      'const e = {}; delete e.x; probe(e);',
      'function f(options: RequestInit) { probe(options); }',
      'probe(makeOptions());',
    ].join('\n');
    expect(objects(code)).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
  });

  it('reads a let written only where it is declared', () => {
    expect(objects('let opts = { a: 1 };\nprobe(opts);')).toEqual(['a (elsewhere)']);
  });
});
