import { describe, expect, it } from 'vitest';

import { compileUserPattern } from '../../src/util/pattern.js';

describe('compileUserPattern', () => {
  it('compiles a bare pattern with the unicode flag', () => {
    const pattern = compileUserPattern('ignore|expected', 'commentPattern');
    expect(pattern.flags).toBe('u');
    expect(pattern.test('expected: optional')).toBe(true);
    expect(pattern.test('Expected')).toBe(false);
  });

  it('compiles the slash form with its flags, dropping the stateful g and y', () => {
    const pattern = compileUserPattern('/ignore|expected/giy', 'commentPattern');
    expect(pattern.flags).toBe('i');
    expect(pattern.test('Expected')).toBe(true);
    expect(pattern.test('Expected')).toBe(true);
  });

  it('names the option when the pattern is invalid', () => {
    expect(() => compileUserPattern('(unclosed', 'commentPattern')).toThrow(
      'eslint-plugin-reliability: option `commentPattern` is not a valid regular expression: "(unclosed".',
    );
    expect(() => compileUserPattern('/[/i', 'commentPattern')).toThrow('option `commentPattern` is not a valid regular expression');
  });
});
