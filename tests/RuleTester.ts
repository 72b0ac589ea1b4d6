import { RuleTester } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import * as espree from 'espree';

/** `.ts` cases: @typescript-eslint/parser, no type information. */
export function createRuleTester(): RuleTester {
  return new RuleTester();
}

/**
 * `.js` cases: ESLint's default parser (espree), as a plain-JS project runs the rules. Catches any
 * reliance on TS-only nodes or parser services.
 */
export function createJsRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parser: espree as unknown as TSESLint.FlatConfig.Parser,
      ecmaVersion: 'latest',
      sourceType: 'module',
    },
  });
}
