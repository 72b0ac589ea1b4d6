/** Throwaway projects and an in-process runner for the audit's tests. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { main } from '../../src/audit/main.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');

const created: string[] = [];

/** A new temporary directory holding `files` (path → content); `git: true` makes it a work tree. */
export function createProject(files: Readonly<Record<string, string>>, options: { git?: boolean } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'reliability-audit-'));
  created.push(dir);
  writeFiles(dir, files);
  if (options.git === true) execFileSync('git', ['init', '--quiet', dir], { env: gitFreeEnv() });
  return dir;
}

export function writeFiles(dir: string, files: Readonly<Record<string, string>>): void {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
}

export function removeProjects(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

function gitFreeEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_')));
}

export interface Captured {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `eslint-plugin-reliability <argv>` in-process, in `cwd`. */
export async function runAudit(
  argv: readonly string[],
  cwd: string,
  options: { stderrIsTTY?: boolean; stdoutIsTTY?: boolean; env?: Record<string, string | undefined> } = {},
): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { isTTY: options.stdoutIsTTY ?? false, write: (text: string) => (stdout += text) },
    stderr: { isTTY: options.stderrIsTTY ?? false, write: (text: string) => (stderr += text) },
    cwd,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

/** Builds dist/ when it is missing (`npm test` builds before the tests run). */
export function ensureBuilt(): void {
  if (existsSync(path.join(ROOT, 'dist', 'audit', 'cli.js')) && existsSync(path.join(ROOT, 'dist', 'index.js'))) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT });
}

/**
 * A small service: two findings of `reliability/no-swallowed-errors` (one in a `.cjs` file), one of
 * the core `no-throw-literal`, a file that does not parse, and files the audit must skip (a test,
 * build output, a declaration file, a tool config).
 */
export const SERVICE: Readonly<Record<string, string>> = {
  'src/orders.ts': `interface Order { id: string }
declare const db: { find(id: string): Promise<Order> };

export async function loadOrder(id: string): Promise<Order | null> {
  try {
    return await db.find(id);
  } catch {
    return null;
  }
}

export function fail(reason: string): never {
  throw \`order failed: \${reason}\`;
}
`,
  'src/clean.ts': `export async function loadUser(id: string, find: (id: string) => Promise<unknown>): Promise<unknown> {
  try {
    return await find(id);
  } catch (error) {
    throw new Error(\`Cannot load user \${id}\`, { cause: error });
  }
}
`,
  'src/view.tsx': `export function Button(props: { label: string }) {
  return <button type="button">{props.label}</button>;
}
`,
  'src/legacy.cjs': `const fs = require('node:fs');

module.exports = function readConfig(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {}
};
`,
  'src/broken.ts': 'export const = ;\n',
  'src/orders.test.ts': 'try { run(); } catch {}\n',
  'src/types.d.ts': 'declare const x: number;\n',
  'dist/bundle.js': 'try { run(); } catch {}\n',
  'vite.config.ts': 'try { run(); } catch {}\n',
};
