// Random programs for the fuzzer, reproducible from a seed: eslump's random JavaScript, and a
// generator of TypeScript built around the constructs our rules look at (try/catch, awaits, calls
// of known clients, handlers, ratio names, SQL strings, streams, loops, logs, shutdown).
import { generateRandomJS } from 'eslump';

import { createRandom } from '../random.js';

/** eslump draws from Math.random: lend it a seeded one for the duration of one program. */
export function generateJavaScript(seed) {
  const original = Math.random;
  Math.random = createRandom(seed);
  try {
    return generateRandomJS({ sourceType: 'module', maxDepth: 6, comments: true, whitespace: true });
  } finally {
    Math.random = original;
  }
}

const pick = (random, items) => items[Math.floor(random() * items.length)];

const NAMES = ['winRate', 'errorRate', 'hitRatio', 'successPct', 'conversionPercentage', 'frameRate', 'total', 'x', 'res', 'req', 'data', 'error', 'logger', 'fetch', 'axios', 'stream'];
const EXPRESSIONS = [
  (r) => `${pick(r, NAMES)} / ${pick(r, NAMES)}`,
  (r) => `(${pick(r, NAMES)} / ${pick(r, NAMES)}) * 100`,
  (r) => `await fetch(${pick(r, ['url', '`${base}/x`', '"https://a.test"'])}${pick(r, ['', ', { signal: AbortSignal.timeout(5_000) }', ', init', ', { ...init }', ', { timeout: 0 }', ', { signal }'])})`,
  (r) => `await axios.${pick(r, ['get', 'post', 'request', 'delete'])}(url${pick(r, ['', ', data', ', { timeout: 5000 }', ', data, { timeout: Infinity }'])})`,
  (r) => `JSON.parse(${pick(r, NAMES)}) as ${pick(r, ['User', 'unknown', 'any', 'Order[]'])}`,
  (r) => `(await res.json()) as ${pick(r, ['User', 'unknown'])}`,
  (r) => `Date.now() - ${pick(r, ['start', 'createdAt', '24 * 3600 * 1000', 'started'])}`,
  (r) => `performance.now()`,
  (r) => `${pick(r, ['client', 'db', 'knex', 'prisma.user'])}.${pick(r, ['query', 'execute', 'raw', 'create', 'insert'])}(${pick(r, ['"INSERT INTO t (a) VALUES (1)"', '`CREATE TABLE t (id int)`', '"DROP TABLE t"', '"SELECT 1"', 'sql', '{ data: x }'])})`,
  (r) => `sql\`${pick(r, ['INSERT INTO t VALUES (${x})', 'CREATE INDEX i ON t (a)', 'SELECT 1'])}\``,
  (r) => `Promise.all(${pick(r, NAMES)}.map(async (item) => fetch(item)))`,
  (r) => `${pick(r, ['logger', 'log', 'console'])}.${pick(r, ['info', 'error', 'warn'])}(\`value \${${pick(r, NAMES)}}\`${pick(r, ['', ', x', ' + y'])})`,
  (r) => `${pick(r, ['a', 'createReadStream(p)', 'process.stdin', 'source$'])}.pipe(${pick(r, ['b', 'createGzip()', 'res', 'map(x => x)'])})`,
  (r) => `readFileSync(${pick(r, ['p', '"x"'])}${pick(r, ['', ', "utf8"'])})`,
  (r) => `new Promise((resolve) => setTimeout(resolve, ${pick(r, ['100', 'delay', '2 ** attempt * 100'])}))`,
  (r) => `${pick(r, NAMES)}?.${pick(r, ['get', 'catch', 'then', 'on', 'listen'])}?.(${pick(r, ['', '() => {}', 'noop', '"error", () => {}', '3000'])})`,
  (r) => `Math.min(1, Math.max(0, ${pick(r, NAMES)}))`,
  (r) => `${pick(r, NAMES)}!`,
  (r) => `(${pick(r, NAMES)} satisfies ${pick(r, ['number', 'User'])})`,
];

function expression(random, depth) {
  const text = pick(random, EXPRESSIONS)(random);
  return depth > 0 && random() < 0.2 ? `(${text}) ${pick(random, ['+', '||', '??', '&&'])} ${expression(random, depth - 1)}` : text;
}

const STATEMENTS = [
  (r, d) => `const ${pick(r, NAMES)}${pick(r, ['', ': number', ': User'])} = ${expression(r, d)};`,
  (r, d) => `${pick(r, NAMES)} = ${expression(r, d)};`,
  // A wall-clock start that a later `Date.now() - start` turns into a duration: prefer-monotonic-clock's autofix.
  (r) => `const ${pick(r, ['start', 'started'])} = ${pick(r, ['Date.now()', 'new Date().getTime()', '+new Date()', 'Date.now() as number'])};`,
  (r, d) => `${expression(r, d)};`,
  (r, d) => `return ${expression(r, d)};`,
  (r, d) => `try {\n${block(r, d - 1)}\n} catch${pick(r, ['', ' (e)', ' (error)', ' ({ message })', ' (_err)'])} {\n${pick(r, ['', '// ignore', 'return null;', 'throw e;', 'logger.warn("x", e);', block(r, d - 1)])}\n}${pick(r, ['', ' finally {\n release();\n}'])}`,
  (r, d) => `if (!(${pick(r, NAMES)} >= 0 && ${pick(r, NAMES)} <= 1)) throw new RangeError("out of range");`,
  (r, d) => `if (${pick(r, NAMES)} < 0 || ${pick(r, NAMES)} > 1) ${pick(r, ['throw new Error("bad");', 'return;'])}`,
  (r, d) => `while (${pick(r, ['true', 'running', 'attempt < 5'])}) {\n${block(r, d - 1)}\n}`,
  (r, d) => `for (;;) {\n try { await op(); break; } catch { ${pick(r, ['', 'await sleep(100);', 'attempt++;'])} }\n}`,
  (r, d) => `for (const item of ${pick(r, NAMES)}) {\n${block(r, d - 1)}\n}`,
  (r, d) => `${pick(r, ['app', 'router', 'server', 'fastify'])}.${pick(r, ['get', 'post', 'use', 'listen', 'route'])}(${pick(r, ['"/x"', '3000', '{ method: "GET", url: "/", handler }'])}, ${fn(r, d - 1)});`,
  (r, d) => `process.on(${pick(r, ['"SIGTERM"', '"unhandledRejection"', '"uncaughtException"'])}, ${fn(r, d - 1)});`,
  (r, d) => `const { ${pick(r, ['winRate', 'data', 'body'])} } = ${pick(r, ['req.body', 'await res.json()', 'stats'])};`,
];

function fn(random, depth) {
  const parameters = pick(random, ['', 'req, res', 'error', 'ctx', '{ body }: Request']);
  const body = depth > 0 ? block(random, depth) : '';
  return pick(random, [
    `async (${parameters}) => {\n${body}\n}`,
    `(${parameters}) => ${expression(random, 1)}`,
    `function (${parameters}) {\n${body}\n}`,
    `async function named(${parameters}) {\n${body}\n}`,
  ]);
}

function block(random, depth) {
  if (depth <= 0) return `${expression(random, 0)};`;
  const count = 1 + Math.floor(random() * 3);
  return Array.from({ length: count }, () => pick(random, STATEMENTS)(random, depth)).join('\n');
}

const IMPORTS = [
  "import axios from 'axios';",
  "import { fetch as undiciFetch, request } from 'undici';",
  "import express from 'express';",
  "import Koa from 'koa';",
  "import Fastify from 'fastify';",
  "import { readFileSync, createReadStream } from 'node:fs';",
  "import { pipeline } from 'node:stream/promises';",
  "import { createGzip } from 'node:zlib';",
  "import { z } from 'zod';",
  "import pino from 'pino';",
  "import pRetry from 'p-retry';",
  "import pLimit from 'p-limit';",
  "import { Controller, Get } from '@nestjs/common';",
  "import type { Request, Response } from 'express';",
];

/** A random TypeScript module around the constructs our rules inspect. May contain type errors, never syntax errors by design. */
export function generateTypeScript(seed) {
  const random = createRandom(seed);
  const imports = IMPORTS.filter(() => random() < 0.35);
  const parts = [...imports];
  if (random() < 0.4) parts.push(`const app = ${pick(random, ['express()', 'new Koa()', 'Fastify()', 'express.Router()'])};`);
  if (random() < 0.3) parts.push(`const logger = pino();`);
  const count = 1 + Math.floor(random() * 4);
  for (let index = 0; index < count; index += 1) {
    const depth = 1 + Math.floor(random() * 3);
    parts.push(
      pick(random, [
        `export async function f${index}(url: string, init?: RequestInit) {\n${block(random, depth)}\n}`,
        `export const h${index} = ${fn(random, depth)};`,
        `class S${index} {\n  ratio${index} = ${expression(random, 0)};\n  async run(req: Request, res: Response) {\n${block(random, depth)}\n  }\n}`,
        `@Controller('x')\nexport class C${index} {\n  @Get()\n  async get() {\n${block(random, depth)}\n  }\n}`,
        `export async function top${index}(req: Request, res: Response) {\n${block(random, depth)}\n}`,
      ]),
    );
  }
  return parts.join('\n\n');
}
