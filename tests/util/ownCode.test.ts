import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Linter, Rule } from 'eslint';
import { Linter as ESLintLinter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { getEnclosingFunction, isWithin, someOwnNode, walkOwnCode } from '../../src/util/ast/ownCode.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Parses `code` as ESLint does (parents set, visitor keys of the TS parser) and hands the result to `inspect`. */
function withSourceCode(code: string, inspect: (sourceCode: SourceCode) => void): void {
  let ran = false;
  const probe: Rule.RuleModule = {
    meta: { schema: [] },
    create(context) {
      return {
        'Program:exit'() {
          inspect(context.sourceCode as unknown as SourceCode);
          ran = true;
        },
      };
    },
  };
  const config: Linter.Config = {
    files: ['**/*.ts'],
    plugins: { probe: { rules: { inspect: probe } } },
    rules: { 'probe/inspect': 'error' },
    languageOptions: { parser: tsParser as Linter.Parser },
  };
  const messages = new ESLintLinter().verify(code, [config], 'file.ts');
  expect(messages.map((message) => message.message)).toEqual([]);
  expect(ran).toBe(true);
}

function findAll(sourceCode: SourceCode, type: string): TSESTree.Node[] {
  const found: TSESTree.Node[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === type) found.push(node);
    for (const key of sourceCode.visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item !== null && typeof item === 'object') visit(item as TSESTree.Node);
      }
    }
  };
  visit(sourceCode.ast);
  return found;
}

const identifierNames = (sourceCode: SourceCode, root: TSESTree.Node): string[] => {
  const names: string[] = [];
  walkOwnCode(sourceCode, root, (node) => {
    if (node.type === 'Identifier') names.push(node.name);
    return true;
  });
  return names;
};

describe('walkOwnCode', () => {
  it('visits the own code in source order, but not nested functions or class bodies', () => {
    withSourceCode('async function outer(a) { b(a); const f = () => hidden(); class K { m() { alsoHidden(); } } return c; }', (sourceCode) => {
      const [outer] = findAll(sourceCode, 'FunctionDeclaration');
      expect(identifierNames(sourceCode, outer!)).toEqual(['outer', 'a', 'b', 'a', 'f', 'K', 'c']);
    });
  });

  it('enters the root even when it is a function', () => {
    withSourceCode('const f = (x) => g(x);', (sourceCode) => {
      const [arrow] = findAll(sourceCode, 'ArrowFunctionExpression');
      expect(identifierNames(sourceCode, arrow!)).toEqual(['x', 'g', 'x']);
    });
  });

  it('skips the children of a node when visit returns false', () => {
    withSourceCode('a(b(c), d);', (sourceCode) => {
      const names: string[] = [];
      walkOwnCode(sourceCode, sourceCode.ast, (node) => {
        if (node.type === 'Identifier') names.push(node.name);
        return !(node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'b');
      });
      expect(names).toEqual(['a', 'd']);
    });
  });
});

describe('someOwnNode', () => {
  it('finds a node of the own code and ignores nested functions', () => {
    withSourceCode('function f() { items.forEach(() => { await0(); }); }', (sourceCode) => {
      const [f] = findAll(sourceCode, 'FunctionDeclaration');
      const isCallOf = (name: string) => (node: TSESTree.Node) =>
        node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === name;
      expect(someOwnNode(sourceCode, f!, isCallOf('await0'))).toBe(false);
      expect(someOwnNode(sourceCode, f!, (node) => node.type === 'MemberExpression')).toBe(true);
    });
  });
});

describe('getEnclosingFunction', () => {
  it('gives the innermost function, also for a parameter default, and undefined at the top level', () => {
    withSourceCode('top(); function outer(p = seed()) { const inner = () => deep(); }', (sourceCode) => {
      const calls = findAll(sourceCode, 'CallExpression') as TSESTree.CallExpression[];
      const byName = (name: string) => calls.find((call) => call.callee.type === 'Identifier' && call.callee.name === name)!;
      expect(getEnclosingFunction(byName('top'))).toBeUndefined();
      expect(getEnclosingFunction(byName('seed'))?.type).toBe('FunctionDeclaration');
      expect(getEnclosingFunction(byName('deep'))?.type).toBe('ArrowFunctionExpression');
      expect(getEnclosingFunction(sourceCode.ast)).toBeUndefined();
    });
  });
});

describe('isWithin', () => {
  it('compares source ranges, a node being within itself', () => {
    withSourceCode('a(b);', (sourceCode) => {
      const [call] = findAll(sourceCode, 'CallExpression');
      const [a, b] = findAll(sourceCode, 'Identifier');
      expect(isWithin(b!, call!)).toBe(true);
      expect(isWithin(call!, call!)).toBe(true);
      expect(isWithin(call!, a!)).toBe(false);
    });
  });
});
