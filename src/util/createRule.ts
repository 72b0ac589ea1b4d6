import type { TSESLint } from '@typescript-eslint/utils';
import { ESLintUtils } from '@typescript-eslint/utils';

import { getSettings } from './settings.js';

/** The config a rule belongs to: `recommended` rules are also in `strict`; every rule is in `all`. */
export type RuleConfigName = 'recommended' | 'strict';

/** Our additions to `meta.docs`, read by the config builder and eslint-doc-generator. */
export interface PluginDocs {
  /** The smallest config that enables the rule; absent = only in `all`. */
  recommended?: RuleConfigName;
  /** The rule needs type information (only in `*-type-checked` configs). */
  requiresTypeChecking?: boolean;
  /** Options the `strict` and `all` configs set (`recommended` uses the defaults): a stricter mode of the same rule. */
  strictOptions?: readonly unknown[];
  /**
   * The files the rule is meant for, when it is not meant for every file: per config, the globs that
   * config adds. A config passes the globs of its own level and of the levels it includes to the
   * rule's `files` option (`strict` also gets the `recommended` globs; `all` gets every glob listed).
   */
  files?: Readonly<Partial<Record<RuleConfigName, readonly string[]>>>;
}

export const REPOSITORY_URL = 'https://github.com/eslint-plugin-reliability/eslint-plugin-reliability';

export function getDocsUrl(ruleName: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleName}.md`;
}

const createRuleWithDocs = ESLintUtils.RuleCreator<PluginDocs>(getDocsUrl);

/** `x.d.ts`, `x.d.mts`, `x.d.cts`, `x.d.css.ts`: declaration files, which hold no code that runs. */
const DECLARATION_FILE = /\.d(?:\.[^./\\]+)?\.[cm]?ts$/u;

/** Distinct option sets a rule remembers; more means a config generator, and the memory is dropped. */
const MAX_REMEMBERED_OPTIONS = 64;

/**
 * `ESLintUtils.RuleCreator` with the docs URL, and with the default options merged once per distinct
 * option set instead of once per file: the stock creator deep-clones the defaults on every `create`,
 * which costs more than most of our rules' own work on a file. The merged options are frozen and
 * shared by every file the option set applies to, so a rule can key per-config caches on them.
 * `settings.reliability` is validated for every rule, so a typo in it is an error whichever rules are
 * on. Declaration files get no listeners: every rule of the plugin is about code that runs, and a `.d.ts`
 * file has none (`@types/node` alone is 50 000 lines that would otherwise be scanned for nothing).
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  spec: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, PluginDocs>>,
): ReturnType<typeof createRuleWithDocs<Options, MessageIds>> {
  const rule = createRuleWithDocs(spec);
  const defaults = (spec.meta.defaultOptions ?? []) as Options;
  const merged = new Map<string, Readonly<Options>>();
  // ESLint builds a new options array for every file, so the option set is known by its content. Files
  // of one config come in a row: the last set seen is compared first, which costs less than the JSON key.
  let lastRaw: readonly unknown[] | undefined;
  let lastMerged: Readonly<Options> | undefined;
  return {
    ...rule,
    create(context) {
      if (isDeclarationFile(context.filename)) return {};
      // A bad `settings.reliability` stops every rule on its first file, also the rules that never read it.
      getSettings(context);
      const raw = context.options;
      if (lastMerged !== undefined && lastRaw !== undefined && isSameJson(raw, lastRaw)) return spec.create(context, lastMerged);
      const key = raw.length === 0 ? '' : JSON.stringify(raw);
      let options = merged.get(key);
      if (options === undefined) {
        if (merged.size >= MAX_REMEMBERED_OPTIONS) merged.clear();
        options = deepFreeze(ESLintUtils.applyDefault<Options, Options>(defaults, raw));
        merged.set(key, options);
      }
      lastRaw = raw;
      lastMerged = options;
      return spec.create(context, options);
    },
  };
}

let lastFilename: string | undefined;
let lastIsDeclaration = false;

/** Every rule asks of each file in turn: the answer for the file before is kept. */
function isDeclarationFile(filename: string): boolean {
  if (filename !== lastFilename) {
    lastFilename = filename;
    lastIsDeclaration = DECLARATION_FILE.test(filename);
  }
  return lastIsDeclaration;
}

/**
 * Whether two rule option values are equal as JSON would write them: options come from a config,
 * so they hold only arrays, plain objects and primitives. `undefined` members and missing ones are
 * told apart, which at worst merges the same options twice.
 */
function isSameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (!isSameJson(a[index], b[index])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  // `for…in` reads the keys without building arrays of them; config objects inherit no enumerable keys.
  let count = 0;
  for (const key in a) {
    if (!Object.hasOwn(b, key) || !isSameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
    count++;
  }
  for (const key in b) if (Object.hasOwn(b, key)) count--;
  return count === 0;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Any rule of the plugin, for code that handles them all (configs, meta tests). */
export type AnyRule = TSESLint.RuleModule<string, readonly unknown[], PluginDocs>;
