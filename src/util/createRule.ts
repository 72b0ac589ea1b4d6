import type { TSESLint } from '@typescript-eslint/utils';
import { ESLintUtils } from '@typescript-eslint/utils';

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

export const createRule = ESLintUtils.RuleCreator<PluginDocs>(getDocsUrl);

/** Any rule of the plugin, for code that handles them all (configs, meta tests). */
export type AnyRule = TSESLint.RuleModule<string, readonly unknown[], PluginDocs>;
