import { Linter } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { CORE_RULES } from '../../src/configs/index.js';
import { rules } from '../../src/rules/index.js';
import type { AnyRule } from '../../src/util/createRule.js';
import { getDocsUrl } from '../../src/util/createRule.js';

const root = path.resolve(import.meta.dirname, '../..');
const basenames = (dir: string, suffix: string): string[] =>
  readdirSync(path.join(root, dir))
    .filter((file) => file.endsWith(suffix))
    .map((file) => file.slice(0, -suffix.length))
    .sort();

const ruleNames = Object.keys(rules);
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };

describe('plugin layout', () => {
  it('lists every rule file in the index, alphabetically', () => {
    expect(ruleNames).toEqual(basenames('src/rules', '.ts').filter((name) => name !== 'index'));
    expect(ruleNames).toEqual([...ruleNames].sort());
  });

  it('has a test file for every rule and no test without a rule', () => {
    expect(basenames('tests/rules', '.test.ts')).toEqual(ruleNames);
  });

  it('has a doc page for every rule and no page without a rule', () => {
    expect(basenames('docs/rules', '.md')).toEqual(ruleNames);
  });

  it('takes its meta from package.json', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version });
  });
});

describe.each(ruleNames)('rule %s', (name) => {
  const rule = rules[name as keyof typeof rules] as AnyRule;

  it('has a description in the house style', () => {
    expect(rule.meta.docs?.description).toMatch(/^(?:Require|Disallow|Enforce) .+[^.]$/u);
  });

  it('links to its doc page', () => {
    expect(rule.meta.docs?.url).toBe(getDocsUrl(name));
  });

  it('has a type and messages that are sentences', () => {
    expect(['problem', 'suggestion', 'layout']).toContain(rule.meta.type);
    const messages = Object.values(rule.meta.messages);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).toMatch(/^[A-Z`].*\.$/u);
  });

  it('declares default options for its schema', () => {
    expect(Array.isArray(rule.meta.schema)).toBe(true);
    if ((rule.meta.schema as unknown[]).length > 0) expect(rule.meta.defaultOptions).toBeDefined();
  });

  it('is in the configs its metadata names', () => {
    const id = `reliability/${name}`;
    const level = rule.meta.docs?.recommended;
    const { recommended: recommendedFiles = [], strict: strictFiles = [] } = rule.meta.docs?.files ?? {};
    // A rule meant for some files only gets them as its `files` option, next to any other option.
    const entry = (options: readonly unknown[], files: readonly string[]): unknown =>
      files.length === 0 ? (options.length === 0 ? 'error' : ['error', ...options]) : ['error', { ...(options[0] as object), files }];
    const strict = entry(rule.meta.docs?.strictOptions ?? [], [...recommendedFiles, ...strictFiles]);
    expect(plugin.configs.all.rules?.[id]).toEqual(strict);
    expect(plugin.configs.strict.rules?.[id]).toEqual(level === undefined ? undefined : strict);
    expect(plugin.configs.recommended.rules?.[id]).toEqual(level === 'recommended' ? entry([], recommendedFiles) : undefined);
  });

  it('has a `files` option when its metadata scopes it to some files', () => {
    const [options] = rule.meta.schema as readonly { properties?: Record<string, unknown> }[];
    if (rule.meta.docs?.files !== undefined) expect(options?.properties).toHaveProperty('files');
  });
});

describe('configs', () => {
  it('turn on the core rules that enforce the same standards', () => {
    expect(Object.keys(CORE_RULES)).toEqual(
      expect.arrayContaining(['no-throw-literal', 'no-unsafe-finally', 'prefer-promise-reject-errors', 'preserve-caught-error']),
    );
    for (const config of Object.values(plugin.configs)) expect(config.rules).toMatchObject(CORE_RULES);
  });

  it('register the plugin under its namespace and name themselves', () => {
    for (const [configName, config] of Object.entries(plugin.configs)) {
      expect(config.name).toBe(`reliability/${configName}`);
      expect(config.plugins?.reliability).toBe(plugin);
    }
  });

  it('work as one object of a config array, with a rule scoped to some files', () => {
    const lint = (filename: string): (string | null)[] =>
      new Linter().verify("db.query('INSERT INTO t VALUES (1)');", [plugin.configs.recommended], filename).map((message) => message.ruleId);
    expect(lint('scripts/backfill.js')).toEqual(['reliability/require-idempotent-sql']);
    expect(lint('src/orders.js')).toEqual([]);
  });

  it('name only rules that exist', () => {
    for (const config of Object.values(plugin.configs)) {
      for (const id of Object.keys(config.rules ?? {}).filter((key) => key.startsWith('reliability/'))) {
        expect(ruleNames).toContain(id.slice('reliability/'.length));
      }
    }
  });
});
