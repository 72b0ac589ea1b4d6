/**
 * Which files the audit looks at. In a git work tree: exactly the files git knows or would add
 * (`git ls-files --cached --others --exclude-standard`), so every `.gitignore` level, `.git/info/exclude`
 * and the global excludes apply. Elsewhere: a walk of the directory, with the root `.gitignore`
 * turned into ESLint ignore patterns. Either way ESLint then applies the configuration's own ignores.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Extensions the audit lints. */
export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'] as const;

const SOURCE_EXTENSION_SET = new Set<string>(SOURCE_EXTENSIONS);

/** Dependencies, build output and generated code: never production source a team writes. */
export const BUILT_IN_IGNORES: readonly string[] = [
  '**/node_modules/',
  '**/.git/',
  '**/dist/',
  '**/build/',
  '**/out/',
  '**/coverage/',
  '**/vendor/',
  '**/.next/',
  '**/.nuxt/',
  '**/.output/',
  '**/.svelte-kit/',
  '**/.turbo/',
  '**/.cache/',
  '**/.vercel/',
  '**/.serverless/',
  '**/storybook-static/',
  '**/generated/',
  '**/__generated__/',
  // Yarn's committed release, plugins and Plug'n'Play loader: megabytes of someone else's bundled code.
  '**/.yarn/',
  '**/.pnp.cjs',
  '**/.pnp.loader.mjs',
  '**/*.min.js',
  '**/*.bundle.js',
  '**/*.d.ts',
  '**/*.d.mts',
  '**/*.d.cts',
  // Build and test tooling configuration: it never runs in production.
  '**/{eslint,prettier,jest,vitest,vite,webpack,rollup,babel,tailwind,postcss,next,nuxt,svelte,astro,playwright,cypress,tsup,karma,commitlint,stylelint,lint-staged}.config.{js,mjs,cjs,ts,mts,cts}',
];

/** Tests, fixtures, mocks and stories: skipped unless `--include-tests`, since they never serve traffic. */
export const TEST_IGNORES: readonly string[] = [
  '**/*.{test,spec}.{ts,tsx,mts,cts,js,jsx,mjs,cjs}',
  '**/*.stories.{ts,tsx,js,jsx,mjs}',
  '**/__tests__/',
  '**/__mocks__/',
  '**/__fixtures__/',
  '**/test/',
  '**/tests/',
  '**/e2e/',
  '**/fixtures/',
  '**/test-utils/',
  '**/*-test-utils/',
];

/** The names ESLint looks for, in its order. */
export const CONFIG_FILES: readonly string[] = [
  'eslint.config.js',
  'eslint.config.mjs',
  'eslint.config.cjs',
  'eslint.config.ts',
  'eslint.config.mts',
  'eslint.config.cts',
];

/** The repository's flat config file at `root`, if it has one. */
export function findConfigFile(root: string): string | undefined {
  return CONFIG_FILES.find((file) => existsSync(path.join(root, file)));
}

/**
 * Larger files are bundles or generated data, not code a team writes: parsing one can take more
 * memory than the rest of the repository, so the audit lists it as skipped instead.
 */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Directory names the fallback walk never enters (the cheap part of `BUILT_IN_IGNORES`). */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface SourceFiles {
  /** Absolute paths, sorted. */
  readonly files: readonly string[];
  /** `git` when git listed the files, `walk` otherwise. */
  readonly source: 'git' | 'walk';
  /** Ignore patterns from the root `.gitignore`, for the ESLint config (empty when git listed the files). */
  readonly gitignorePatterns: readonly string[];
}

export function isSourceFile(file: string): boolean {
  return SOURCE_EXTENSION_SET.has(path.extname(file));
}

/** The candidate source files under `root` (an absolute directory). */
export function collectSourceFiles(root: string): SourceFiles {
  const listed = listGitFiles(root);
  // An empty listing means the directory itself is git-ignored (or holds nothing): walk it instead.
  if (listed !== undefined && listed.length > 0) {
    const files = listed
      .filter(isSourceFile)
      .map((file) => path.resolve(root, file))
      .filter(isFile)
      .sort();
    return { files, source: 'git', gitignorePatterns: [] };
  }
  const gitignore = path.join(root, '.gitignore');
  return {
    files: walk(root).sort(),
    source: 'walk',
    gitignorePatterns: existsSync(gitignore) ? convertGitignore(readFileSync(gitignore, 'utf8')) : [],
  };
}

/** The files git tracks or would add under `root`, relative to it; `undefined` outside a work tree or without git. */
export function listGitFiles(root: string): string[] | undefined {
  let output: string;
  try {
    output = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
      env: withoutGitVariables(process.env),
    });
  } catch (error) {
    // Not a work tree, or git is not installed: the caller walks the directory instead.
    if (error instanceof Error) return undefined;
    throw error;
  }
  return [...new Set(output.split('\0').filter((file) => file !== ''))];
}

/**
 * A git hook sets `GIT_DIR`, `GIT_INDEX_FILE` and friends for its own repository; the audited
 * directory may be another one, so git must find the repository from the directory itself.
 */
function withoutGitVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('GIT_')));
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch (error) {
    // Deleted but still in the index: not a file to lint.
    if (error instanceof Error) return false;
    throw error;
  }
}

function walk(directory: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const entryPath = path.join(directory, entry.name);
    // Symbolic links are not followed: a link back up the tree would never end.
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) files.push(...walk(entryPath));
    } else if (entry.isFile() && isSourceFile(entry.name)) {
      files.push(entryPath);
    }
  }
  return files;
}

/**
 * Turns the lines of a `.gitignore` into flat-config ignore patterns (minimatch, relative to the
 * directory of the `.gitignore`). `{` and `(` are literal in gitignore but syntax in minimatch, so
 * they are escaped.
 */
export function convertGitignore(text: string): string[] {
  const patterns: string[] = [];
  for (const rawLine of text.split(/\r?\n/u)) {
    const line = rawLine.replace(/(?<!\\)\s+$/u, '');
    if (line === '' || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    const body = (negated ? line.slice(1) : line).replace(/^\\(?=[#!])/u, '');
    if (body === '' || body === '/') continue;
    const slash = body.indexOf('/');
    // A slash at the start or in the middle anchors the pattern to the directory of the .gitignore.
    const anywhere = slash === -1 || slash === body.length - 1;
    const anchored = slash === 0 ? body.slice(1) : body;
    const escaped = anchored.replaceAll(/(?<!\\)([{(])/gu, '\\$1');
    const inside = body.endsWith('/**') ? '/*' : '';
    patterns.push(`${negated ? '!' : ''}${anywhere && !escaped.startsWith('**/') ? '**/' : ''}${escaped}${inside}`);
  }
  return patterns;
}

/** A path relative to `root`, with forward slashes: how files are named in every report. */
export function toRelative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}

/** Lines that hold something other than white space. */
export function countLines(text: string): number {
  let count = 0;
  for (const line of text.split('\n')) if (line.trim() !== '') count++;
  return count;
}
