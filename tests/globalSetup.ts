import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Tests that load the built plugin (end-to-end, fuzzing, real-code runs) need `dist/`. `npm test`
 * builds before Vitest runs; a bare `npx vitest` on a fresh clone builds here once.
 */
export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '..');
  if (existsSync(path.join(root, 'dist', 'index.js'))) return;
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
}
