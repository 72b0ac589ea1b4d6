import { parseForESLint } from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { SourceCode } from 'eslint';
import { describe, expect, it } from 'vitest';

import { createValidatorMatcher, DEFAULT_VALIDATORS } from '../../src/util/validators.js';

/** Whether the last statement of `code`, a call, is a validator call. */
function isValidator(code: string, names: readonly string[] = DEFAULT_VALIDATORS): boolean {
  const { ast, scopeManager, visitorKeys } = parseForESLint(code, { range: true, loc: true, tokens: true, comment: true });
  const sourceCode = new SourceCode({ text: code, ast: ast as never, scopeManager: scopeManager as never, visitorKeys: visitorKeys as never }) as unknown as TSESLint.SourceCode;
  const statement = ast.body.at(-1) as TSESTree.ExpressionStatement;
  return createValidatorMatcher(sourceCode, names)(statement.expression as TSESTree.CallExpression);
}

describe('createValidatorMatcher', () => {
  it('knows the schema libraries by method name', () => {
    expect(isValidator('UserSchema.parse(body);')).toBe(true);
    expect(isValidator('z.object({ id: z.string() }).safeParse(body);')).toBe(true);
    expect(isValidator('v.parse(User, body);')).toBe(true);
    expect(isValidator('schema.validateSync(body);')).toBe(true);
    expect(isValidator('typia.assert<User>(body);')).toBe(true);
    expect(isValidator('Value.Check(User, body);')).toBe(true);
  });

  it('does not take JSON.parse or Date.parse for a validator', () => {
    expect(isValidator('JSON.parse(text);')).toBe(false);
    expect(isValidator('Date.parse(text);')).toBe(false);
    expect(isValidator('transform(body);')).toBe(false);
  });

  it('knows a validate function an ajv-style compiler made', () => {
    expect(isValidator('const checkOrder = ajv.compile(schema);\ncheckOrder(body);')).toBe(true);
    expect(isValidator('const checkOrder = makeHandler(schema);\ncheckOrder(body);')).toBe(false);
  });

  it('matches configured names and dotted paths by their end', () => {
    expect(isValidator('checkOrder(body);', ['checkOrder'])).toBe(true);
    expect(isValidator('this.schemas.check(body);', ['schemas.check'])).toBe(true);
    expect(isValidator('other.check(body);', ['schemas.check'])).toBe(false);
  });
});
