import tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { ESLint, Linter as LinterTypes } from 'eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { getOrigin } from '../../src/util/ast/origin.js';

/** The origin of the argument of every `probe(...)` call, as text. */
function origins(code: string): string[] {
  const found: string[] = [];
  const rule: TSESLint.RuleModule<string> = {
    meta: { type: 'problem', schema: [], messages: {} },
    defaultOptions: [],
    create(context) {
      return {
        CallExpression(node) {
          const [argument] = node.arguments;
          if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'probe' || argument === undefined) return;
          const origin = getOrigin(context.sourceCode, argument);
          if (origin === undefined) found.push('unknown');
          else if (origin.type === 'module') found.push(`module ${origin.source} [${origin.path.join('.')}]`);
          else if (origin.type === 'global') found.push(`global [${origin.path.join('.')}]`);
          else found.push(`call ${context.sourceCode.getText(origin.node)} [${origin.path.join('.')}]`);
        },
      };
    },
  };
  const config: LinterTypes.Config[] = [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser as LinterTypes.Parser },
      plugins: { probe: { rules: { origin: rule } } as unknown as ESLint.Plugin },
      rules: { 'probe/origin': 'error' },
    },
  ];
  expect(new Linter().verify(code, config, 'file.ts')).toEqual([]);
  return found;
}

describe('getOrigin', () => {
  it('resolves globals, also through the global object', () => {
    expect(origins('probe(fetch); probe(globalThis.fetch); probe(window.AbortSignal.timeout); probe(Promise.race);')).toEqual([
      'global [fetch]',
      'global [fetch]',
      'global [AbortSignal.timeout]',
      'global [Promise.race]',
    ]);
  });

  it('resolves imports of every kind', () => {
    const code = [
      'import a from "m1";',
      'import * as b from "m2";',
      'import { c as d } from "m3";',
      'import e = require("m4");',
      'probe(a); probe(b.x); probe(d.y.z); probe(e);',
    ].join('\n');
    expect(origins(code)).toEqual(['module m1 [default]', 'module m2 [x]', 'module m3 [c.y.z]', 'module m4 []']);
  });

  it('resolves require, destructuring and aliases', () => {
    const code = [
      'const m = require("m");',
      'const { a: { b } } = require("n");',
      'const alias = m.get;',
      'probe(m); probe(b); probe(alias); probe(require("o").p);',
    ].join('\n');
    expect(origins(code)).toEqual(['module m []', 'module n [a.b]', 'module m [get]', 'module o [p]']);
  });

  it('gives calls and constructions written in the file', () => {
    expect(origins('import axios from "axios";\nconst api = axios.create();\nprobe(api.get); probe(new Client(url).request);')).toEqual([
      'call axios.create() [get]',
      'call new Client(url) [request]',
    ]);
  });

  it('resolves this.x from a field or the constructor, unless it is assigned elsewhere', () => {
    const code = [
      'class A { x = make(); y; z = make(); constructor() { this.y = other(); } run() { probe(this.x.get); probe(this.y); probe(this.z); this.z = later(); } }',
      'class B { static s = make(); run() { probe(this.s); probe(() => this.s); } }',
    ].join('\n');
    expect(origins(code)).toEqual(['call make() [get]', 'call other() []', 'unknown', 'unknown', 'unknown']);
  });

  it('sees through type wrappers and optional chaining', () => {
    expect(origins('import m from "m";\nprobe((m as Client)!.get); probe(m?.post);')).toEqual(['module m [default.get]', 'module m [default.post]']);
  });

  it('is unknown for parameters, reassigned globals and dynamic keys', () => {
    const code = ['fetch = stub;', 'function f(client: Client, key: string) { probe(client.get); probe(fetch); probe(Promise[key]); }'].join('\n');
    expect(origins(code)).toEqual(['unknown', 'unknown', 'unknown']);
  });

  it('follows a local that shadows a global to what it really holds', () => {
    expect(origins('function g() { const Promise = Lib; probe(Promise.race); }')).toEqual(['global [Lib.race]']);
  });

  it('is unknown for a cycle of aliases', () => {
    expect(origins('const a = b;\nconst b = a;\nprobe(a);')).toEqual(['unknown']);
  });
});

describe('getOrigin: what it does not follow', () => {
  it('gives up on a member chain deeper than it follows', () => {
    expect(origins('probe(x.a.b.c.d.e.f.g.h.i);')).toEqual(['unknown']);
  });

  it('is unknown for a built-in global the file assigns to', () => {
    expect(origins('Promise = stub;\nprobe(Promise.race);')).toEqual(['unknown']);
  });

  it('is unknown for a variable declared twice or without a value', () => {
    expect(origins('var a = x;\nvar a = y;\nlet b;\nprobe(a); probe(b);')).toEqual(['unknown', 'unknown']);
  });

  it('is unknown for computed keys, array patterns and rest elements of a require', () => {
    const code = 'const { [k]: a } = require("m");\nconst [b] = require("m");\nconst { c, ...rest } = require("m");\nprobe(a); probe(b); probe(rest); probe(c);';
    expect(origins(code)).toEqual(['unknown', 'unknown', 'unknown', 'module m [c]']);
  });

  it('is unknown for an import of a namespace member and for type imports; reads string import names', () => {
    const code = 'import x = ns.y;\nimport type { A } from "m";\nimport { type B, "a-b" as c } from "m";\nprobe(x); probe(A); probe(B); probe(c);';
    expect(origins(code)).toEqual(['unknown', 'unknown', 'unknown', 'module m [a-b]']);
  });

  it('reads defaults, string, number and literal computed keys of a destructured require', () => {
    const code = 'const { a = 1, "s": x, 1: y, ["z"]: z, [2]: w } = require("m");\nprobe(a); probe(x); probe(y); probe(z); probe(w);';
    expect(origins(code)).toEqual(['module m [a]', 'module m [s]', 'module m [1]', 'module m [z]', 'module m [2]']);
  });

  it('takes a require with a computed name, two arguments or a local require for a call', () => {
    const code = 'probe(require(name)); probe(require("a", "b"));\nfunction f(require) { probe(require("m")); }';
    expect(origins(code)).toEqual(['call require(name) []', 'call require("a", "b") []', 'call require("m") []']);
  });

  it('reads this.x only where this is the instance, with private, quoted and numeric field names', () => {
    const code = `
import axios from "axios";
class S {
  #client = axios.create();
  "named" = axios.create();
  1 = axios.create();
  other = probe(this.#client);
  static x = probe(this.named);
  [probe(this.other)] = 1;
  constructor() { this[key] = 1; }
  static make() { probe(this.named); }
  run() {
    probe(this.named);
    function inner() { probe(this.named); }
  }
  static { probe(this.named); }
}`;
    expect(origins(code)).toEqual(['call axios.create() []', 'unknown', 'unknown', 'unknown', 'call axios.create() []', 'unknown', 'unknown']);
  });
});
