/**
 * The parser of the audit's built-in configuration.
 *
 * `@typescript-eslint/parser` is not a dependency of the plugin, and a repository being audited may
 * not have it (or may have an older major). The plugin's one runtime dependency,
 * `@typescript-eslint/utils`, already depends on exact versions of `@typescript-eslint/typescript-estree`
 * and `@typescript-eslint/scope-manager`, which are what `@typescript-eslint/parser` itself is made of.
 * This module resolves them from utils' own location (so it works with npm, pnpm's strict layout and
 * Yarn PnP, where a package only sees its declared dependencies) and joins them into a syntax-only
 * `parseForESLint`: the same AST and scope analysis the rules are tested with, whatever the audited
 * project has installed.
 */
import type { Linter } from 'eslint';
import { createRequire } from 'node:module';

interface ParseResult {
  readonly ast: { sourceType: string };
  readonly services: Record<string, unknown>;
}

interface TypescriptEstree {
  parseAndGenerateServices(code: string, options: Record<string, unknown>): ParseResult;
}

interface ScopeManagerModule {
  analyze(ast: unknown, options: Record<string, unknown>): unknown;
}

interface VisitorKeysModule {
  readonly visitorKeys: Readonly<Record<string, readonly string[]>>;
}

interface Stack {
  readonly estree: TypescriptEstree;
  readonly scopeManager: ScopeManagerModule;
  readonly visitorKeys: VisitorKeysModule['visitorKeys'];
}

let stack: Stack | undefined;

/** Loads typescript-estree and scope-manager the way `@typescript-eslint/utils` would find them. */
function loadStack(): Stack {
  if (stack !== undefined) return stack;
  const requireHere = createRequire(import.meta.url);
  const requireFromUtils = createRequire(requireHere.resolve('@typescript-eslint/utils'));
  const scopeManagerPath = requireFromUtils.resolve('@typescript-eslint/scope-manager');
  // visitor-keys is a dependency of scope-manager (and of typescript-estree), not of utils.
  const requireFromScopeManager = createRequire(scopeManagerPath);
  stack = {
    estree: requireFromUtils('@typescript-eslint/typescript-estree') as TypescriptEstree,
    scopeManager: requireFromUtils(scopeManagerPath) as ScopeManagerModule,
    visitorKeys: (requireFromScopeManager('@typescript-eslint/visitor-keys') as VisitorKeysModule).visitorKeys,
  };
  return stack;
}

interface ParserOptions {
  readonly filePath?: string;
  readonly sourceType?: string;
  readonly ecmaFeatures?: { readonly jsx?: boolean; readonly globalReturn?: boolean };
}

/** TypeScript warns on stdout when its version is outside typescript-eslint's range: stderr keeps stdout a clean report. */
function logToStderr(message: string): void {
  process.stderr.write(`${message}\n`);
}

/**
 * `parseForESLint` without type information: a `.cjs`/`.cts` file (ESLint's `commonjs`) is a script
 * with a global `return`, everything else a module. JSX follows the file extension.
 */
export function parseForESLint(code: string, options: ParserOptions = {}): Record<string, unknown> {
  const { estree, scopeManager, visitorKeys } = loadStack();
  const sourceType = options.sourceType === 'module' ? 'module' : 'script';
  const { ast, services } = estree.parseAndGenerateServices(code, {
    filePath: options.filePath,
    sourceType,
    jsx: options.ecmaFeatures?.jsx === true,
    comment: true,
    loc: true,
    range: true,
    tokens: true,
    errorOnTypeScriptSyntacticAndSemanticIssues: false,
    jsDocParsingMode: 'none',
    loggerFn: logToStderr,
  });
  ast.sourceType = sourceType;
  const scope = scopeManager.analyze(ast, {
    sourceType,
    globalReturn: options.sourceType === 'commonjs' || options.ecmaFeatures?.globalReturn === true,
  });
  return { ast, services, scopeManager: scope, visitorKeys };
}

/** Whether the parser's packages can be loaded here; the error says what is missing. */
export function checkParser(): Error | undefined {
  try {
    loadStack();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

export function createAuditParser(version: string): Linter.Parser {
  return {
    meta: { name: 'eslint-plugin-reliability/audit-parser', version },
    parseForESLint: parseForESLint as unknown as NonNullable<Extract<Linter.Parser, { parseForESLint: unknown }>['parseForESLint']>,
  } as Linter.Parser;
}
