import { parse } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { getPropertyName, getRootIdentifier, getStaticPath, isFunctionNode, unwrapTSExpression } from '../../src/util/ast/expressions.js';

/** The expression of the program's only statement. */
function expression(code: string): TSESTree.Expression {
  const program = parse(code, { range: true, loc: true });
  const [statement] = program.body;
  if (statement?.type !== 'ExpressionStatement') throw new Error(`not an expression statement: ${code}`);
  return statement.expression as TSESTree.Expression;
}

describe('getStaticPath', () => {
  it.each([
    ['a', ['a']],
    ['a.b.c', ['a', 'b', 'c']],
    ['this.logger.warn', ['this', 'logger', 'warn']],
    ['a?.b?.c', ['a', 'b', 'c']],
    ['(a as Foo).b', ['a', 'b']],
    ['a!.b', ['a', 'b']],
    ['(a satisfies Foo).b', ['a', 'b']],
    ['(<Foo>a).b', ['a', 'b']],
    ["a['b']", ['a', 'b']],
    ['a[`b`]', ['a', 'b']],
    ['this.#secret', ['this', '#secret']],
  ])('%s', (code, path) => {
    const node = code.includes('#') ? classMember(code) : expression(code);
    expect(getStaticPath(node)).toEqual(path);
  });

  it.each(['a[b]', 'a().b', '(a || b).c', 'a[`${b}`]'])('%s has no static path', (code) => {
    expect(getStaticPath(expression(code))).toBeUndefined();
  });
});

function classMember(code: string): TSESTree.Expression {
  const program = parse(`class C { #secret = 1; m() { ${code}; } }`, { range: true, loc: true });
  const declaration = program.body[0] as TSESTree.ClassDeclaration;
  const method = declaration.body.body[1] as TSESTree.MethodDefinition;
  const statement = method.value.body?.body[0] as TSESTree.ExpressionStatement;
  return statement.expression;
}

describe('getPropertyName', () => {
  it('reads plain, string, template and private keys, and gives up on dynamic ones', () => {
    expect(getPropertyName(expression('a.b') as TSESTree.MemberExpression)).toBe('b');
    expect(getPropertyName(expression("a['b']") as TSESTree.MemberExpression)).toBe('b');
    expect(getPropertyName(expression('a[`b`]') as TSESTree.MemberExpression)).toBe('b');
    expect(getPropertyName(classMember('this.#secret') as TSESTree.MemberExpression)).toBe('#secret');
    expect(getPropertyName(expression('a[b]') as TSESTree.MemberExpression)).toBeUndefined();
    expect(getPropertyName(expression('a[1]') as TSESTree.MemberExpression)).toBeUndefined();
  });
});

describe('getRootIdentifier', () => {
  it.each([
    ['a.b.c()', 'a'],
    ['a().b().c', 'a'],
    ['a?.b.c', 'a'],
    ['(a as Foo).b', 'a'],
    ['(a satisfies Foo).b', 'a'],
    ['(<Foo>a).b', 'a'],
    ['a!.b', 'a'],
  ])('%s starts at %s', (code, name) => {
    expect(getRootIdentifier(expression(code))?.name).toBe(name);
  });

  it.each(['this.a.b', '(a || b).c', 'new A().b'])('%s has no root identifier', (code) => {
    expect(getRootIdentifier(expression(code))).toBeUndefined();
  });
});

describe('unwrapTSExpression', () => {
  it('strips type-only wrappers, and only those', () => {
    expect(unwrapTSExpression(expression('(a as unknown as Foo)!')).type).toBe('Identifier');
    expect(unwrapTSExpression(expression('<Foo>(a satisfies Bar)')).type).toBe('Identifier');
    expect(unwrapTSExpression(expression('f<string>')).type).toBe('Identifier');
    expect(unwrapTSExpression(expression('(a, b)')).type).toBe('SequenceExpression');
  });
});

describe('isFunctionNode', () => {
  it('knows the three function forms', () => {
    expect(isFunctionNode(expression('() => 1'))).toBe(true);
    expect(isFunctionNode(expression('(function () {})'))).toBe(true);
    expect(isFunctionNode(parse('function f() {}').body[0]!)).toBe(true);
    expect(isFunctionNode(expression('(class {})'))).toBe(false);
  });
});
