import tsParser from '@typescript-eslint/parser';
import type { Linter, Rule } from 'eslint';
import { Linter as ESLintLinter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { getCalleeNameSelector, getMemberSelector, getMethodCallSelector } from '../../src/util/ast/selectors.js';

/** The source text of every node `selector` sends to a listener, in the order ESLint visits them. */
function getMatches(code: string, selector: string): string[] {
  const matched: string[] = [];
  const probe: Rule.RuleModule = {
    meta: { schema: [] },
    create(context) {
      return { [selector]: (node: Rule.Node) => matched.push(context.sourceCode.getText(node)) };
    },
  };
  const config: Linter.Config = {
    files: ['**/*.ts'],
    plugins: { probe: { rules: { listen: probe } } },
    rules: { 'probe/listen': 'error' },
    languageOptions: { parser: tsParser as Linter.Parser },
  };
  const messages = new ESLintLinter().verify(code, [config], 'file.ts');
  expect(messages.map((message) => message.message)).toEqual([]);
  return matched;
}

describe('getMethodCallSelector', () => {
  const selector = getMethodCallSelector(['catch', 'then', '$on']);

  it('sends calls of the named methods, optional ones too, and nothing else', () => {
    expect(getMatches('p.catch(f); p?.then(g); p.finally(h); catchAll(); catch$(); x.catcher(); new p.catch();', selector)).toEqual([
      'p.catch(f)',
      'p?.then(g)',
    ]);
  });

  it('sends every computed member call, for the listener to sort out', () => {
    expect(getMatches("p['catch'](f); p[key](g); p[`then`](h);", selector)).toEqual(["p['catch'](f)", 'p[key](g)', 'p[`then`](h)']);
  });

  it('takes a `$` in a name literally', () => {
    expect(getMatches('bus.$on(f); bus.on(g); bus.xon(h);', selector)).toEqual(['bus.$on(f)']);
  });

  it('sends a private method of the same name, which the listener tells apart', () => {
    expect(getMatches('class A { #catch() {} run() { this.#catch(); } }', selector)).toEqual(['this.#catch()']);
  });
});

describe('getMemberSelector', () => {
  const selector = getMemberSelector(['close', 'stop']);

  it('sends members with the named properties and every computed member', () => {
    expect(getMatches('server.close(); promisify(server.stop); server.listen(); server[method]; closeAll();', selector)).toEqual([
      'server.close',
      'server.stop',
      'server[method]',
    ]);
  });
});

describe('getCalleeNameSelector', () => {
  const selector = getCalleeNameSelector('Sync$');

  it('sends calls of matching function and method names, and nothing else', () => {
    expect(getMatches('readFileSync(p); fs.statSync(p); fs?.existsSync(p); readFile(p); fs.Synchronize(); new fs.readFileSync(p);', selector)).toEqual([
      'readFileSync(p)',
      'fs.statSync(p)',
      'fs?.existsSync(p)',
    ]);
  });

  it('sends every computed member call and every call through a type wrapper, for the listener to unwrap', () => {
    expect(getMatches("fs['readFileSync'](p); fs[key](p); (fs.readFile as F)(p); readFile!(p); (<F>f)(p);", selector)).toEqual([
      "fs['readFileSync'](p)",
      'fs[key](p)',
      '(fs.readFile as F)(p)',
      'readFile!(p)',
      '(<F>f)(p)',
    ]);
  });
});
