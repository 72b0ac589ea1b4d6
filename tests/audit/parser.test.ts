/**
 * The built-in parser: typescript-estree and scope-manager reached through @typescript-eslint/utils,
 * the plugin's one runtime dependency, so the audit needs no @typescript-eslint/parser.
 */
import { createRequire } from 'node:module';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { checkParser, createAuditParser, parseForESLint } from '../../src/audit/parser.js';

describe('parseForESLint', () => {
  it('resolves its packages from @typescript-eslint/utils', () => {
    expect(checkParser()).toBeUndefined();
    const fromUtils = createRequire(createRequire(import.meta.url).resolve('@typescript-eslint/utils'));
    expect(() => fromUtils.resolve('@typescript-eslint/typescript-estree')).not.toThrow();
  });

  it('parses TypeScript into an ESTree AST with scopes and visitor keys', () => {
    const result = parseForESLint('const x = y as number;\nexport { x };\n', { filePath: 'a.ts', sourceType: 'module' }) as {
      ast: { type: string; sourceType: string; tokens: unknown[]; comments: unknown[] };
      scopeManager: { scopes: { type: string }[] };
      visitorKeys: Record<string, string[]>;
    };
    expect(result.ast).toMatchObject({ type: 'Program', sourceType: 'module' });
    expect(result.ast.tokens.length).toBeGreaterThan(0);
    expect(result.scopeManager.scopes.map((scope) => scope.type)).toEqual(['global', 'module']);
    expect(result.visitorKeys.TSAsExpression).toEqual(['expression', 'typeAnnotation']);
  });

  it('treats commonjs as a script with a function scope for the module', () => {
    const result = parseForESLint('const fs = require("fs");\n', { filePath: 'a.cjs', sourceType: 'commonjs' }) as {
      ast: { sourceType: string };
      scopeManager: { scopes: { type: string }[] };
    };
    expect(result.ast.sourceType).toBe('script');
    expect(result.scopeManager.scopes.map((scope) => scope.type)).toEqual(['global', 'function']);
  });

  it('parses JSX in .tsx and .jsx files by their extension', () => {
    expect(() => parseForESLint('const a = <div>{b}</div>;', { filePath: 'a.tsx', sourceType: 'module' })).not.toThrow();
    expect(() => parseForESLint('const a = <div>{b}</div>;', { filePath: 'a.jsx', sourceType: 'module' })).not.toThrow();
  });

  it('works as an ESLint parser, with parse errors as fatal messages', () => {
    const linter = new Linter();
    const config: Linter.Config[] = [{ files: ['**/*.ts'], languageOptions: { parser: createAuditParser('0.0.0') }, rules: { 'no-undef': 'error' } }];
    expect(linter.verify('const a: number = b;\n', config, 'a.ts').map((message) => message.message)).toEqual(["'b' is not defined."]);
    expect(linter.verify('export const = ;\n', config, 'a.ts')).toMatchObject([{ fatal: true, line: 1 }]);
  });
});
