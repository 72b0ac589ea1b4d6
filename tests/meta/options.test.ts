import type { Linter as LinterTypes } from 'eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { rules } from '../../src/rules/index.js';
import type { AnyRule } from '../../src/util/createRule.js';
import { SETTINGS_KEYS } from '../../src/util/settings.js';

/**
 * Bad configuration fails loudly, naming the rule and what to fix (issue #9, item 5).
 *
 * Rule options: every option path of every rule's `meta.schema` (nested objects and array items
 * included) is walked, and each schema keyword on it (`type`, `enum`, `minimum`, `minLength`,
 * `uniqueItems`, `required`, `additionalProperties: false`, ...) must have a bad value in
 * `BAD_OPTIONS`, which is linted through ESLint's `Linter`. A new option, or a new constraint on
 * one, without a bad value fails the test, and so does a table entry the schema no longer has.
 *
 * What ESLint prints (9 and 10 alike): `Key "rules": Key "reliability/<rule>":` and one line per
 * schema error, `Value <the bad value as JSON> should be integer.`. It names the rule and quotes the
 * offending value, but not the option key: the key appears only for an unknown property
 * (`Unexpected property "x"`, and only on an object with `properties`) and a missing required one.
 * The assertions below check exactly that much.
 *
 * Options that the schema cannot check (regular expressions, globs, ranges) are checked when the
 * rule starts, with our own error naming the option (`RUNTIME_CASES`), and so are the keys of
 * `settings.reliability` (`BAD_SETTINGS`, which must cover every key of `SETTINGS_KEYS`).
 */

type RuleName = keyof typeof rules;

interface SchemaNode {
  readonly [keyword: string]: unknown;
}

/** The schema keywords a bad value is needed for. */
const CHECKED_KEYWORDS = ['type', 'enum', 'minimum', 'minLength', 'minItems', 'maxItems', 'uniqueItems', 'required', 'additionalProperties'] as const;
type Keyword = (typeof CHECKED_KEYWORDS)[number];

/**
 * A bad value for each keyword of an option path. The value replaces the option's value (for `[]`,
 * the array's first item; the first object item when the path goes on into its properties), except:
 * `required` lists the required keys, each left out in turn, and `additionalProperties` is an
 * object of unknown properties added next to the known ones. A rule without options gets its value
 * as an option under `maxItems`.
 */
type BadValues = Partial<Record<Keyword, unknown>> & { readonly required?: readonly string[]; readonly additionalProperties?: Readonly<Record<string, unknown>> };

/** Valid options that use every option path, so that each bad value has a place to go. */
const VALID_OPTIONS: Readonly<Record<RuleName, readonly unknown[]>> = {
  'no-swallowed-errors': [
    { loggers: ['audit'], errorReporters: ['Bugsnag.notify'], metrics: ['stats'], checkParseFallbacks: false, commentPattern: 'ignored|expected' },
  ],
  'no-sync-io-in-async': [{ checkAllAsync: true }],
  'no-unbounded-concurrency': [{ checkDataNames: true, limiters: ['limit'] }],
  'no-unvalidated-input': [{ validators: ['assertType'] }],
  'prefer-monotonic-clock': [],
  'prefer-stream-pipeline': [],
  'prefer-structured-logging': [{ loggers: ['audit'], style: 'winston' }],
  'require-bounded-retry': [{ requireBackoff: true, delayFunctions: ['sleep'] }],
  'require-graceful-shutdown': [{ shutdownHelpers: ['registerShutdown'] }],
  'require-handler-metrics': [
    {
      scope: 'handler',
      metricsMiddleware: ['promBundle'],
      metricsWrappers: ['withMetrics', { name: 'measured', module: '@acme/metrics' }],
      metricsDecorators: ['Timed'],
      instrumentationModules: ['@acme/apm'],
    },
  ],
  'require-idempotent-sql': [{ dialect: 'mysql', files: ['scripts/**'] }],
  'require-ratio-range': [
    {
      assertFunctions: ['invariant', { name: 'assertRatio', module: '@acme/asserts', returnsArgument: true }],
      clampFunctions: ['clamp'],
      ratioNames: [{ words: ['share'], range: [0, 1] }],
      extendDefaultRatioNames: false,
    },
  ],
  'require-response-check': [],
  'require-timeout': [{ maxMs: 60_000, defaultMs: 5_000, timeoutWrappers: ['withTimeout'] }],
};

/** Keyed by `rule.option.path`; `[]` is an array's item. */
const BAD_OPTIONS: Readonly<Record<string, BadValues>> = {
  'no-swallowed-errors': { type: 'strict', additionalProperties: { checkParseFallback: true } },
  'no-swallowed-errors.loggers': { type: 'audit', uniqueItems: ['audit', 'audit'] },
  'no-swallowed-errors.loggers[]': { type: 42, minLength: '' },
  'no-swallowed-errors.errorReporters': { type: 'Bugsnag.notify', uniqueItems: ['report', 'report'] },
  'no-swallowed-errors.errorReporters[]': { type: { name: 'report' }, minLength: '' },
  'no-swallowed-errors.metrics': { type: { stats: true }, uniqueItems: ['stats', 'stats'] },
  'no-swallowed-errors.metrics[]': { type: null, minLength: '' },
  'no-swallowed-errors.checkParseFallbacks': { type: 'yes' },
  'no-swallowed-errors.commentPattern': { type: ['ignored'], minLength: '' },
  'no-sync-io-in-async': { type: true, additionalProperties: { checkAll: true } },
  'no-sync-io-in-async.checkAllAsync': { type: 1 },
  'no-unbounded-concurrency': { type: ['limit'], additionalProperties: { limiter: ['limit'] } },
  'no-unbounded-concurrency.checkDataNames': { type: 'yes' },
  'no-unbounded-concurrency.limiters': { type: 'limit', uniqueItems: ['limit', 'limit'] },
  'no-unbounded-concurrency.limiters[]': { type: 3, minLength: '' },
  'no-unvalidated-input': { type: 'validators', additionalProperties: { validator: ['check'] } },
  'no-unvalidated-input.validators': { type: 'assertType', uniqueItems: ['check', 'check'] },
  'no-unvalidated-input.validators[]': { type: false, minLength: '' },
  'prefer-monotonic-clock': { maxItems: { clock: 'performance' } },
  'prefer-stream-pipeline': { maxItems: { promises: true } },
  'prefer-structured-logging': { type: 'pino', additionalProperties: { styles: 'pino' } },
  'prefer-structured-logging.loggers': { type: 'audit', uniqueItems: ['audit', 'audit'] },
  'prefer-structured-logging.loggers[]': { type: ['audit'], minLength: '' },
  'prefer-structured-logging.style': { type: 1, enum: 'bunyan' },
  'require-bounded-retry': { type: 3, additionalProperties: { maxRetries: 3 } },
  'require-bounded-retry.requireBackoff': { type: 'exponential' },
  'require-bounded-retry.delayFunctions': { type: 'sleep', uniqueItems: ['sleep', 'sleep'] },
  'require-bounded-retry.delayFunctions[]': { type: 1000, minLength: '' },
  'require-graceful-shutdown': { type: 'SIGTERM', additionalProperties: { signals: ['SIGTERM'] } },
  'require-graceful-shutdown.shutdownHelpers': { type: 'registerShutdown', uniqueItems: ['drain', 'drain'] },
  'require-graceful-shutdown.shutdownHelpers[]': { type: true, minLength: '' },
  'require-handler-metrics': { type: 'handler', additionalProperties: { metricsWrapper: 'withMetrics' } },
  'require-handler-metrics.scope': { type: ['handler'], enum: 'route' },
  'require-handler-metrics.metricsMiddleware': { type: 'promBundle', uniqueItems: ['promBundle', 'promBundle'] },
  'require-handler-metrics.metricsMiddleware[]': { type: 7, minLength: '' },
  'require-handler-metrics.metricsWrappers': { type: { name: 'withMetrics', module: '@acme/metrics' } },
  'require-handler-metrics.metricsWrappers[]': {
    type: ['withMetrics'],
    minLength: '',
    required: ['name', 'module'],
    additionalProperties: { from: '@acme/metrics' },
  },
  'require-handler-metrics.metricsWrappers[].name': { type: 5, minLength: '' },
  'require-handler-metrics.metricsWrappers[].module': { type: ['@acme/metrics'], minLength: '' },
  'require-handler-metrics.metricsDecorators': { type: 'Timed', uniqueItems: ['Timed', 'Timed'] },
  'require-handler-metrics.metricsDecorators[]': { type: { name: 'Timed' }, minLength: '' },
  'require-handler-metrics.instrumentationModules': { type: '@acme/apm', uniqueItems: ['dd-trace', 'dd-trace'] },
  'require-handler-metrics.instrumentationModules[]': { type: 0, minLength: '' },
  'require-idempotent-sql': { type: 'postgres', additionalProperties: { dialects: ['mysql'] } },
  'require-idempotent-sql.dialect': { type: 5, enum: 'oracle' },
  'require-idempotent-sql.files': { type: 'scripts/**', uniqueItems: ['scripts/**', 'scripts/**'] },
  'require-idempotent-sql.files[]': { type: ['scripts/**'], minLength: '' },
  'require-ratio-range': { type: [0, 1], additionalProperties: { ratioName: [] } },
  'require-ratio-range.assertFunctions': { type: 'invariant' },
  'require-ratio-range.assertFunctions[]': { type: 1, minLength: '', required: ['name'], additionalProperties: { returnsValue: true } },
  'require-ratio-range.assertFunctions[].name': { type: ['assertRatio'], minLength: '' },
  'require-ratio-range.assertFunctions[].module': { type: 12, minLength: '' },
  'require-ratio-range.assertFunctions[].returnsArgument': { type: 'yes' },
  'require-ratio-range.clampFunctions': { type: 'clamp', uniqueItems: ['clamp', 'clamp'] },
  'require-ratio-range.clampFunctions[]': { type: { clamp: true }, minLength: '' },
  'require-ratio-range.ratioNames': { type: { words: ['share'], range: [0, 1] } },
  'require-ratio-range.ratioNames[]': { type: 'share', required: ['words', 'range'], additionalProperties: { word: 'share' } },
  'require-ratio-range.ratioNames[].words': { type: 'share', minItems: [] },
  'require-ratio-range.ratioNames[].words[]': { type: 9, minLength: '' },
  'require-ratio-range.ratioNames[].range': { type: '0..1', minItems: [0], maxItems: [0, 1, 2], enum: true },
  'require-ratio-range.ratioNames[].range[]': { type: '1' },
  'require-ratio-range.extendDefaultRatioNames': { type: 'yes' },
  'require-response-check': { maxItems: { checkStatus: true } },
  'require-timeout': { type: 5_000, additionalProperties: { timeoutMs: 5_000 } },
  'require-timeout.maxMs': { type: '30s', minimum: 0 },
  'require-timeout.defaultMs': { type: 2.5, minimum: -1 },
  'require-timeout.timeoutWrappers': { type: 'withTimeout', uniqueItems: ['withTimeout', 'withTimeout'] },
  'require-timeout.timeoutWrappers[]': { type: ['withTimeout'], minLength: '' },
};

/** Options checked when the rule starts, beyond what a JSON schema can say. */
const RUNTIME_CASES: readonly { path: string; options: unknown; code: string; message: string }[] = [
  {
    path: 'no-swallowed-errors.commentPattern',
    options: { commentPattern: 'ignore(d' },
    code: 'const a = 1;',
    message: 'option `commentPattern` is not a valid regular expression: "ignore(d".',
  },
  {
    path: 'no-swallowed-errors.commentPattern',
    options: { commentPattern: '/ignore(d/i' },
    code: 'const a = 1;',
    message: 'option `commentPattern` is not a valid regular expression: "/ignore(d/i".',
  },
  {
    path: 'no-swallowed-errors.commentPattern',
    options: { commentPattern: '/ignored/uv' },
    code: 'const a = 1;',
    message: 'option `commentPattern` is not a valid regular expression: "/ignored/uv".',
  },
  {
    path: 'require-idempotent-sql.files[]',
    options: { files: ['scripts/**', 'seeds/{a,b'] },
    code: "await db.query('CREATE TABLE users (id int)');",
    message: 'option `files` has a glob that cannot be read: "seeds/{a,b".',
  },
  {
    path: 'require-idempotent-sql.files[]',
    options: { files: ['scripts/[z-a]*.sql'] },
    code: "await db.query('CREATE TABLE users (id int)');",
    message: 'option `files` has a glob that cannot be read: "scripts/[z-a]*.sql".',
  },
  {
    path: 'require-ratio-range.ratioNames[].range',
    options: { ratioNames: [{ words: ['share'], range: [1, 0] }] },
    code: 'const a = 1;',
    message: 'option `ratioNames[0].range` must be two finite numbers in increasing order, got [1,0].',
  },
  {
    path: 'require-ratio-range.ratioNames[].range',
    options: { ratioNames: [{ words: ['weight'], range: false }, { words: ['load'], range: [0.5, 0.5] }] },
    code: 'const a = 1;',
    message: 'option `ratioNames[1].range` must be two finite numbers in increasing order, got [0.5,0.5].',
  },
  {
    path: 'require-ratio-range.ratioNames[].range',
    options: { ratioNames: [{ words: ['load'], range: [0, Number.POSITIVE_INFINITY] }], extendDefaultRatioNames: false },
    code: 'const a = 1;',
    message: 'option `ratioNames[0].range` must be two finite numbers in increasing order, got [0,Infinity].',
  },
];

/** A bad value for each key of `settings.reliability`, keyed by its path; the message names that path. */
const BAD_SETTINGS: Readonly<Record<string, unknown>> = {
  loggers: 'audit',
  'loggers[0]': '',
  errorReporters: { report: true },
  'errorReporters[1]': 42,
  metrics: 'stats',
  shutdownHelpers: true,
  'shutdownHelpers[0]': ' ',
  assertFunctions: 'invariant',
  'assertFunctions[0]': null,
  'assertFunctions[0].name': { module: '@acme/asserts' },
  'assertFunctions[0].module': { name: 'assertRatio', module: '' },
  'assertFunctions[0].returnsArgument': { name: 'assertRatio', returnsArgument: 'yes' },
  'assertFunctions[0].returns': { name: 'assertRatio', returns: true },
  clampFunctions: 'clamp',
  timeoutWrappers: 'withTimeout',
  'timeoutWrappers[1]': '',
  httpClients: { module: '@acme/http', name: 'default' },
  'httpClients[0]': 'got',
  'httpClients[0].module': { name: 'default' },
  'httpClients[0].name': { module: '@acme/http', name: 'http get' },
  'httpClients[0].optionsArgument': { module: '@acme/http', name: 'default', optionsArgument: -1 },
  'httpClients[0].deadlineKeys': { module: '@acme/http', name: 'default', deadlineKeys: 'timeout' },
  'httpClients[0].deadlineKeys[0]': { module: '@acme/http', name: 'default', deadlineKeys: [''] },
  'httpClients[0].timeoutKeys': { module: '@acme/http', name: 'default', timeoutKeys: ['timeout'] },
  validators: 'assertType',
  metricsMiddleware: 'promBundle',
  metricsWrappers: 'withMetrics',
  'metricsWrappers[0]': 7,
  'metricsWrappers[0].name': { module: '@acme/metrics' },
  'metricsWrappers[0].module': { name: 'withMetrics' },
  'metricsWrappers[0].from': { name: 'withMetrics', module: '@acme/metrics', from: 'x' },
  metricsDecorators: 'Timed',
  instrumentationModules: '@acme/apm',
  appFactories: 'createApp',
  'appFactories[0]': 3,
  handlerRegistrars: 'functions.http',
};

const linter = new Linter();

function lint(ruleName: string, options: readonly unknown[], code = 'const a = 1;', settings?: Record<string, unknown>): LinterTypes.LintMessage[] {
  const config: LinterTypes.Config = {
    plugins: { reliability: plugin },
    rules: { [`reliability/${ruleName}`]: ['error', ...options] },
  };
  if (settings !== undefined) config.settings = settings;
  return linter.verify(code, [config], 'file.js');
}

function getError(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the configuration to be rejected, but it was accepted');
}

/** Option paths (`rule.option.path`, `[]` for an array's items) and the keywords each one has. */
function collectOptionPaths(): Map<string, { rule: RuleName; node: SchemaNode; keywords: Set<Keyword> }> {
  const paths = new Map<string, { rule: RuleName; node: SchemaNode; keywords: Set<Keyword> }>();
  for (const [rule, module] of Object.entries(rules) as [RuleName, AnyRule][]) {
    const schema = module.meta.schema as unknown as readonly SchemaNode[];
    if (schema.length === 0) {
      paths.set(rule, { rule, node: {}, keywords: new Set(['maxItems']) });
    } else if (schema.length === 1) {
      walk(rule, schema[0]!, rule);
    } else {
      throw new Error(`${rule}: a schema with ${String(schema.length)} positional options is not handled here`);
    }
  }
  return paths;

  function walk(rule: RuleName, node: SchemaNode, path: string): void {
    const entry = paths.get(path) ?? { rule, node, keywords: new Set<Keyword>() };
    paths.set(path, entry);
    for (const [keyword, value] of Object.entries(node)) {
      switch (keyword) {
        case 'description':
          break;
        case 'properties':
          for (const [name, child] of Object.entries(value as Record<string, SchemaNode>)) walk(rule, child, `${path}.${name}`);
          break;
        case 'patternProperties':
          for (const [pattern, child] of Object.entries(value as Record<string, SchemaNode>)) {
            for (const name of getPatternNames(pattern, path)) walk(rule, child, `${path}.${name}`);
          }
          break;
        case 'items':
          walk(rule, value as SchemaNode, `${path}[]`);
          break;
        case 'oneOf':
          // Each alternative adds its keywords and properties to the same path.
          entry.keywords.add('type');
          for (const alternative of value as SchemaNode[]) walk(rule, alternative, path);
          break;
        case 'uniqueItems':
        case 'additionalProperties':
          if (value === (keyword === 'uniqueItems')) entry.keywords.add(keyword);
          else if (value !== true && value !== false) throw new Error(`${path}: \`${keyword}: ${JSON.stringify(value)}\` is not handled here`);
          break;
        default:
          if (!(CHECKED_KEYWORDS as readonly string[]).includes(keyword)) throw new Error(`${path}: schema keyword \`${keyword}\` has no bad-value check yet`);
          entry.keywords.add(keyword as Keyword);
      }
    }
  }
}

/** `^name$` and `^(?:name|module)$` name their properties; any other pattern is not handled. */
function getPatternNames(pattern: string, path: string): string[] {
  const match = /^\^(?:\(\?:)?([\w$|]+?)\)?\$$/u.exec(pattern);
  if (match === null) throw new Error(`${path}: patternProperties \`${pattern}\` does not name its properties`);
  return match[1]!.split('|');
}

/** `["loggers", "[]"]` for `no-swallowed-errors.loggers[]`. */
function toSegments(path: string): string[] {
  const [, ...rest] = path.split('.');
  return rest.flatMap((part) => part.split(/(?=\[\])/u));
}

/**
 * Calls `change` with the container and key of the value at `segments` in a copy of the valid
 * options: `[]` is the array's first item, or its first object item when the path goes on or the
 * change needs an object (`required`, `additionalProperties`).
 */
function changeAt(
  valid: unknown,
  segments: readonly string[],
  change: (container: Record<string | number, unknown>, key: string | number) => void,
  needsObject = false,
): unknown {
  const copy = structuredClone(valid);
  let container = copy as Record<string | number, unknown>;
  let key: string | number = 0;
  segments.forEach((segment, index) => {
    const current = container[key];
    if (segment === '[]') {
      if (!Array.isArray(current)) throw new Error(`VALID_OPTIONS has no array at ${segments.slice(0, index).join('.')}`);
      const wantsObject = needsObject || index < segments.length - 1;
      const itemIndex = wantsObject ? current.findIndex((item) => typeof item === 'object' && item !== null && !Array.isArray(item)) : 0;
      if (itemIndex === -1 || current.length === 0) throw new Error(`VALID_OPTIONS has no item at ${segments.slice(0, index + 1).join('.')}`);
      container = current as unknown as Record<number, unknown>;
      key = itemIndex;
    } else {
      if (typeof current !== 'object' || current === null || !(segment in current)) {
        throw new Error(`VALID_OPTIONS has no \`${segment}\` at ${segments.slice(0, index).join('.') || 'the top'}`);
      }
      container = current as Record<string, unknown>;
      key = segment;
    }
  });
  change(container, key);
  return copy;
}

const optionPaths = collectOptionPaths();

describe('the bad-value tables', () => {
  it('have a bad value for every option path and schema keyword', () => {
    const missing = [...optionPaths].flatMap(([path, { keywords }]) =>
      [...keywords].filter((keyword) => BAD_OPTIONS[path]?.[keyword] === undefined).map((keyword) => `${path}: ${keyword}`),
    );
    expect(missing).toEqual([]);
  });

  it('have no entry the schemas do not have', () => {
    const extra = Object.entries(BAD_OPTIONS).flatMap(([path, values]) =>
      Object.keys(values)
        .filter((keyword) => optionPaths.get(path)?.keywords.has(keyword as Keyword) !== true)
        .map((keyword) => `${path}: ${keyword}`),
    );
    expect(extra).toEqual([]);
    for (const { path } of RUNTIME_CASES) expect(optionPaths.has(path), path).toBe(true);
  });

  it('leave out each required key of an object', () => {
    for (const [path, { node }] of optionPaths) {
      const required = [node.required, ...((node.oneOf as SchemaNode[] | undefined) ?? []).map((alternative) => alternative.required)]
        .filter((list) => list !== undefined)
        .flat();
      expect(BAD_OPTIONS[path]?.required ?? [], path).toEqual(required);
    }
  });

  it('have a bad value through linting for every key of settings.reliability', () => {
    const roots = new Set(Object.keys(BAD_SETTINGS).map((path) => /^\w+/u.exec(path)?.[0]));
    expect([...roots].sort()).toEqual([...SETTINGS_KEYS].sort());
  });
});

describe.each(Object.keys(rules) as RuleName[])('options of %s', (rule) => {
  it('accepts the valid options the bad values start from', () => {
    expect(lint(rule, VALID_OPTIONS[rule])).toEqual([]);
  });

  const cases = [...optionPaths]
    .filter(([, entry]) => entry.rule === rule)
    .flatMap(([path, { keywords }]) => [...keywords].map((keyword) => ({ path, keyword, bad: BAD_OPTIONS[path]?.[keyword] })));

  it.each(cases)('rejects a bad $keyword at $path, naming the rule and the bad value', ({ path, keyword, bad }) => {
    const id = `Key "reliability/${rule}"`;
    const segments = toSegments(path);
    if (keyword === 'maxItems' && segments.length === 0) {
      const error = getError(() => lint(rule, [bad]));
      expect(error.message).toContain(id);
      expect(error.message).toContain(`Value ${JSON.stringify([bad])} `);
    } else if (keyword === 'required') {
      for (const name of bad as string[]) {
        const options = changeAt(VALID_OPTIONS[rule], segments, (container, key) => {
          delete (container[key] as Record<string, unknown>)[name];
        }, true);
        const error = getError(() => lint(rule, options as unknown[]));
        expect(error.message).toContain(id);
        expect(error.message).toMatch(new RegExp(`required property '\\.?${name}'`, 'u'));
      }
    } else if (keyword === 'additionalProperties') {
      const extra = bad as Record<string, unknown>;
      const options = changeAt(VALID_OPTIONS[rule], segments, (container, key) => {
        Object.assign(container[key] as object, extra);
      }, true);
      const error = getError(() => lint(rule, options as unknown[]));
      expect(error.message).toContain(id);
      expect(error.message).toContain('should NOT have additional properties');
      for (const name of Object.keys(extra)) expect(error.message).toContain(`"${name}"`);
    } else {
      const options = changeAt(VALID_OPTIONS[rule], segments, (container, key) => {
        container[key] = bad;
      });
      const error = getError(() => lint(rule, options as unknown[]));
      expect(error.message).toContain(id);
      expect(error.message).toContain(`Value ${JSON.stringify(bad)} `);
    }
  });
});

describe('an unknown option at the top level', () => {
  it('is named, with the options the rule knows', () => {
    const error = getError(() => lint('require-timeout', [{ timeoutMs: 5_000 }]));
    expect(error.message).toContain('Key "reliability/require-timeout"');
    expect(error.message).toContain('Unexpected property "timeoutMs". Expected properties: "maxMs", "defaultMs", "timeoutWrappers".');
  });
});

describe('options checked when the rule starts', () => {
  it.each(RUNTIME_CASES)('rejects $path = $options with an error naming the option', ({ path, options, code, message }) => {
    const rule = path.slice(0, path.indexOf('.'));
    const error = getError(() => lint(rule, [options], code));
    expect(error.message).toContain(`reliability/${rule}`);
    expect(error.message).toContain(`eslint-plugin-reliability: ${message}`);
  });
});

describe('settings.reliability', () => {
  // no-swallowed-errors reads the settings in every file; any rule that reads them validates the whole block.
  const lintWithSettings = (reliability: unknown): LinterTypes.LintMessage[] => lint('no-swallowed-errors', [], 'const a = 1;', { reliability });

  it('accepts a valid block', () => {
    expect(
      lintWithSettings({
        loggers: ['audit'],
        assertFunctions: ['invariant', { name: 'assertRatio', module: '@acme/asserts', returnsArgument: true }],
        httpClients: [{ module: '@acme/http', name: 'http.get', optionsArgument: 0, deadlineKeys: ['deadline'] }],
        metricsWrappers: ['measured', { name: 'withMetrics', module: '@acme/metrics' }],
      }),
    ).toEqual([]);
  });

  it.each(Object.entries(BAD_SETTINGS))('rejects a bad %s, naming the key', (path, bad) => {
    const [, root = '', index, rest] = /^(\w+)(?:\[(\d+)\])?(.*)$/u.exec(path) ?? [];
    let value: unknown = bad;
    if (index !== undefined) {
      // `key[1]`: the bad value is that item; `key[0].field`: the bad value is the item that has the bad field.
      value = rest === '' ? [...Array.from({ length: Number(index) }, () => 'valid'), bad] : [bad];
    }
    const error = getError(() => lintWithSettings({ [root]: value }));
    expect(error.message).toContain('reliability/no-swallowed-errors');
    expect(error.message).toContain(`\`settings.reliability.${path}\``);
  });

  it('rejects an unknown key, naming it', () => {
    const error = getError(() => lintWithSettings({ logger: ['audit'] }));
    expect(error.message).toContain('`settings.reliability` has an unknown key `logger`.');
  });

  it('rejects a block that is not an object', () => {
    const error = getError(() => lintWithSettings(['audit']));
    expect(error.message).toContain('`settings.reliability` must be an object, got an array.');
  });

  it.each(Object.keys(rules))('is rejected by %s alone, even in a file the rule has nothing to look at', (ruleName) => {
    const error = getError(() => lint(ruleName, [], 'const a = 1;', { reliability: { logger: ['audit'] } }));
    expect(error.message).toContain(`reliability/${ruleName}`);
    expect(error.message).toContain('`settings.reliability` has an unknown key `logger`.');
  });
});
