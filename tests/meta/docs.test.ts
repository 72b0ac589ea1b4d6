import tsParser from '@typescript-eslint/parser';
import type { ESLint, Linter } from 'eslint';
import { Linter as ESLintLinter } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { rules } from '../../src/rules/index.js';
import type { AnyRule } from '../../src/util/createRule.js';

/**
 * Every ```ts / ```js block under a ❌ or ✅ heading of a rule doc is linted with its own
 * `/* eslint ... *\/` comment: a ❌ block must report the page's rule, a ✅ block must report nothing.
 * An HTML comment right before a block can set `settings` (JSON) and the `filename`:
 * `<!-- settings: {"reliability": {"loggers": ["audit"]}} -->`, `<!-- filename: scripts/backfill.ts -->`.
 */
interface Example {
  readonly kind: 'correct' | 'incorrect';
  readonly code: string;
  readonly line: number;
  readonly settings: Record<string, unknown>;
  readonly filename: string;
}

const docsDir = path.resolve(import.meta.dirname, '../../docs/rules');

function extractExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  const lines = markdown.split('\n');
  let kind: Example['kind'] | undefined;
  let settings: Record<string, unknown> = {};
  let filename: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line.startsWith('#')) {
      kind = line.includes('❌') ? 'incorrect' : line.includes('✅') ? 'correct' : undefined;
      continue;
    }
    const directive = /^<!-- (settings|filename): (.*) -->$/u.exec(line);
    if (directive !== null) {
      if (directive[1] === 'settings') settings = JSON.parse(directive[2] ?? '{}') as Record<string, unknown>;
      else filename = directive[2];
      continue;
    }
    const fence = /^```(ts|js)$/u.exec(line);
    if (fence === null) continue;
    const start = index + 1;
    const end = lines.indexOf('```', start);
    if (kind !== undefined) {
      examples.push({
        kind,
        code: lines.slice(start, end).join('\n'),
        line: start + 1,
        settings,
        filename: filename ?? `example.${fence[1] ?? 'ts'}`,
      });
    }
    settings = {};
    filename = undefined;
    index = end;
  }
  return examples;
}

function lint(example: Example): Linter.LintMessage[] {
  const linter = new ESLintLinter();
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts', '**/*.js'],
      plugins: { reliability: plugin as ESLint.Plugin },
      settings: example.settings,
    },
    { files: ['**/*.ts'], languageOptions: { parser: tsParser as Linter.Parser } },
  ];
  return linter.verify(example.code, config, example.filename);
}

const docs = readdirSync(docsDir).filter((file) => file.endsWith('.md'));

describe.each(docs)('docs/rules/%s', (file) => {
  const name = file.slice(0, -'.md'.length);
  const markdown = readFileSync(path.join(docsDir, file), 'utf8');
  const examples = extractExamples(markdown);
  const rule = rules[name as keyof typeof rules] as AnyRule;

  it('has the required sections', () => {
    for (const section of ['## Rule Details', '## Examples', '## When Not To Use It']) expect(markdown).toContain(section);
    const options = rule.meta.schema as readonly { properties?: Record<string, unknown> }[];
    const properties = Object.keys(options[0]?.properties ?? {});
    if (properties.length > 0) expect(markdown).toContain('## Options');
    for (const property of properties) expect(markdown).toContain(`### \`${property}\``);
  });

  it('has both incorrect and correct examples', () => {
    expect(examples.some((example) => example.kind === 'incorrect')).toBe(true);
    expect(examples.some((example) => example.kind === 'correct')).toBe(true);
  });

  it.each(examples.map((example) => [`${example.kind} example at line ${example.line}`, example] as const))(
    '%s',
    (_title, example) => {
      expect(example.code).toMatch(new RegExp(`/\\* eslint reliability/${name}: `, 'u'));
      const messages = lint(example);
      expect(messages.filter((message) => message.fatal === true)).toEqual([]);
      if (example.kind === 'incorrect') {
        expect(messages.map((message) => message.ruleId)).toContain(`reliability/${name}`);
      } else {
        expect(messages).toEqual([]);
      }
    },
  );
});
