/**
 * What users install: runtime dependencies are only those the README names, and the built rules
 * run no code from strings, start no process, open no connection and write no file. (One rule reads
 * a directory listing: `require-handler-metrics` looks for a process-wide instrumentation module.)
 */
import * as espree from 'espree';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

/** The plugin proper: what ESLint loads. The audit CLI (dist/audit, if present) is a separate program. */
const pluginFiles = readdirSync(path.join(root, 'dist'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.js') && !file.startsWith('audit'))
  .map((file) => ({ file, text: readFileSync(path.join(root, 'dist', file), 'utf8') }));

const FORBIDDEN_MODULES = /^(?:node:)?(?:child_process|cluster|worker_threads|net|http|https|http2|dgram|tls|dns|vm)$/u;
/** Calls that run strings as code, reach the network, load modules at run time, or write files. */
const FORBIDDEN_CALLS = new Set([
  'eval',
  'Function',
  'fetch',
  'require',
  'appendFile',
  'appendFileSync',
  'copyFile',
  'copyFileSync',
  'createWriteStream',
  'mkdir',
  'mkdirSync',
  'rename',
  'renameSync',
  'rm',
  'rmSync',
  'unlink',
  'unlinkSync',
  'writeFile',
  'writeFileSync',
]);

interface Finding {
  file: string;
  what: string;
}

/**
 * Walks the AST of each built file (strings and comments may name any API; only code counts) and
 * lists imports of forbidden modules and calls of `eval`, `Function`, `fetch` or `require`.
 */
function scan(): Finding[] {
  const findings: Finding[] = [];
  for (const { file, text } of pluginFiles) {
    const ast = espree.parse(text, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as AnyNode;
    const pending: AnyNode[] = [ast];
    for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
      if ((node.type === 'ImportDeclaration' || node.type === 'ImportExpression' || node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') && node.source !== null && node.source !== undefined) {
        const source = node.source as AnyNode;
        if (typeof source.value !== 'string' || FORBIDDEN_MODULES.test(source.value)) findings.push({ file, what: `import of ${String(source.value ?? 'a computed module')}` });
      }
      if (node.type === 'CallExpression' || node.type === 'NewExpression') {
        const callee = node.callee as AnyNode;
        const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && !callee.computed ? (callee.property as AnyNode).name : undefined;
        const [argument] = node.arguments as AnyNode[];
        // The one `require` allowed: the entry reads its own package.json for `meta.version`.
        const readsOwnManifest = name === 'require' && argument?.type === 'Literal' && argument.value === '../package.json';
        if (typeof name === 'string' && FORBIDDEN_CALLS.has(name) && !readsOwnManifest) findings.push({ file, what: `call of ${name}` });
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) pending.push(...value.filter(isNode));
        else if (isNode(value)) pending.push(value);
      }
    }
  }
  return findings;
}

type AnyNode = { type: string } & Record<string, unknown>;
const isNode = (value: unknown): value is AnyNode => typeof value === 'object' && value !== null && typeof (value as AnyNode).type === 'string';

describe('supply chain', () => {
  it('depends at runtime only on @typescript-eslint/utils, and the README says so', () => {
    expect(Object.keys(packageJson.dependencies ?? {})).toEqual(['@typescript-eslint/utils']);
    expect(readme).toContain('The only runtime dependency is\n`@typescript-eslint/utils`');
    expect(Object.keys(packageJson.peerDependencies ?? {})).toEqual(['eslint']);
  });

  it('scans a real build', () => {
    expect(pluginFiles.map(({ file }) => file)).toEqual(expect.arrayContaining(['index.js', 'rules/no-swallowed-errors.js']));
  });

  it('runs no code from strings, starts no process, opens no connection and writes no file', () => {
    expect(scan()).toEqual([]);
  });

  it('the scan finds what it looks for', () => {
    pluginFiles.push({ file: 'probe.js', text: "import { writeFileSync } from 'node:fs'; import net from 'node:net'; eval('1'); new Function('x'); globalThis.fetch(u); require('./x.js'); writeFileSync(p, s);" });
    try {
      expect(scan().filter((finding) => finding.file === 'probe.js').map((finding) => finding.what)).toEqual([
        'call of writeFileSync',
        'call of require',
        'call of fetch',
        'call of Function',
        'call of eval',
        'import of node:net',
      ]);
    } finally {
      pluginFiles.pop();
    }
  });
});
