import tsParser from '@typescript-eslint/parser';
import type { ESLint, Linter as LinterTypes } from 'eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { createRule, getDocsUrl } from '../../src/util/createRule.js';

interface Options {
  readonly limit: number;
  readonly names: readonly string[];
}

/** A rule that records the options each `create` gets, and reports every file it sees. */
function makeProbe(): { rule: ReturnType<typeof createRule<[Options], 'seen'>>; received: Readonly<[Options]>[] } {
  const received: Readonly<[Options]>[] = [];
  const rule = createRule<[Options], 'seen'>({
    name: 'probe',
    meta: {
      type: 'problem',
      docs: { description: 'probe' },
      schema: [
        {
          type: 'object',
          properties: { limit: { type: 'number' }, names: { type: 'array', items: { type: 'string' } } },
          additionalProperties: false,
        },
      ],
      defaultOptions: [{ limit: 5, names: ['a'] }],
      messages: { seen: 'seen' },
    },
    create(context, options) {
      received.push(options);
      return {
        Program(node) {
          context.report({ node, messageId: 'seen' });
        },
      };
    },
  });
  return { rule, received };
}

function lint(rule: unknown, files: readonly { filename: string; options?: Partial<Options> }[]): number[] {
  const linter = new Linter();
  return files.map(({ filename, options }) => {
    const config: LinterTypes.Config[] = [
      { files: ['**/*.ts', '**/*.mts', '**/*.cts'], languageOptions: { parser: tsParser as LinterTypes.Parser } },
      {
        plugins: { test: { rules: { probe: rule } } as unknown as ESLint.Plugin },
        rules: { 'test/probe': options === undefined ? 'error' : ['error', options] },
      },
    ];
    return linter.verify('export const x = 1;', config, filename).length;
  });
}

describe('createRule', () => {
  it('links the rule to its doc page', () => {
    const { rule } = makeProbe();
    expect(rule.meta.docs?.url).toBe(getDocsUrl('probe'));
  });

  it('merges the defaults once per option set and shares the frozen result between files', () => {
    const { rule, received } = makeProbe();
    lint(rule, [
      { filename: 'a.ts' },
      { filename: 'b.ts' },
      { filename: 'c.ts', options: { limit: 9 } },
      { filename: 'd.ts', options: { limit: 9 } },
    ]);
    expect(received).toHaveLength(4);
    expect(received[0]).toEqual([{ limit: 5, names: ['a'] }]);
    expect(received[1]).toBe(received[0]);
    expect(received[2]).toEqual([{ limit: 9, names: ['a'] }]);
    expect(received[3]).toBe(received[2]);
    expect(received[2]).not.toBe(received[0]);
    expect(Object.isFrozen(received[0])).toBe(true);
    expect(Object.isFrozen(received[0]?.[0]?.names)).toBe(true);
  });

  it('gives each file the options of its own config when option sets alternate', () => {
    const { rule, received } = makeProbe();
    lint(rule, [
      { filename: 'a.ts' },
      { filename: 'b.ts', options: { limit: 9 } },
      { filename: 'c.ts' },
      { filename: 'd.ts', options: { limit: 9, names: ['b'] } },
      { filename: 'e.ts', options: { limit: 9 } },
    ]);
    expect(received.map(([options]) => options)).toEqual([
      { limit: 5, names: ['a'] },
      { limit: 9, names: ['a'] },
      { limit: 5, names: ['a'] },
      { limit: 9, names: ['b'] },
      { limit: 9, names: ['a'] },
    ]);
    expect(received[2]).toBe(received[0]);
    expect(received[4]).toBe(received[1]);
  });

  it('gives declaration files no listeners: they hold no code that runs', () => {
    const { rule, received } = makeProbe();
    const counts = lint(rule, [
      { filename: 'types.d.ts' },
      { filename: 'types.d.mts' },
      { filename: 'types.d.cts' },
      { filename: 'styles.d.css.ts' },
      { filename: 'service.ts' },
      { filename: 'd.ts' },
      { filename: 'upload.d.tsx.ts' },
    ]);
    expect(counts).toEqual([0, 0, 0, 0, 1, 1, 0]);
    expect(received).toHaveLength(2);
  });
});
