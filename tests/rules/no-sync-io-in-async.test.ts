import rule from '../../src/rules/no-sync-io-in-async.js';
import { createJsRuleTester, createRuleTester } from '../RuleTester.js';

const ruleTester = createRuleTester();
const jsRuleTester = createJsRuleTester();

ruleTester.run('no-sync-io-in-async', rule, {
  valid: [
    {
      name: 'module top level of a server file: start-up',
      code: `
import express from 'express';
import fs from 'node:fs';
const config = JSON.parse(fs.readFileSync('config.json', 'utf8'));
const app = express();
app.listen(config.port);
`,
    },
    {
      name: 'a plain function of a server file: start-up',
      code: `
import express from 'express';
import fs from 'node:fs';
function loadTemplates() {
  return fs.readdirSync('templates');
}
const app = express();
app.listen(3000);
`,
    },
    {
      name: 'the async function that creates and starts the server runs once, before the first request',
      code: `
import express from 'express';
import * as fs from 'node:fs';
async function main() {
  const config = JSON.parse(fs.readFileSync('config.json', 'utf8'));
  const app = express();
  app.listen(config.port);
}
void main();
`,
    },
    {
      name: 'an async function that registers routes on an app it receives: set-up',
      code: `
import type { Express } from 'express';
import { readFileSync } from 'node:fs';
export async function registerDocs(app: Express) {
  const spec = readFileSync('openapi.json', 'utf8');
  app.get('/openapi.json', (req, res) => res.type('json').send(spec));
}
`,
    },
    {
      name: 'async code in a file that serves no requests: a migration, a CLI',
      code: `
import * as fs from 'node:fs';
export async function migrate(db: Db) {
  const sql = fs.readFileSync('migrations/001.sql', 'utf8');
  await db.query(sql);
}
`,
    },
    {
      name: 'a test file',
      filename: 'src/server.test.ts',
      code: `
import express from 'express';
import fs from 'node:fs';
const app = express();
app.get('/', (req, res) => res.send(fs.readFileSync('fixture.html')));
`,
    },
    {
      name: 'a sync function handed to a timer runs later, outside the handler',
      code: `
import express from 'express';
import fs from 'node:fs';
const app = express();
app.post('/audit', (req, res) => {
  setImmediate(function flush() { fs.appendFileSync('audit.log', req.body); });
  res.sendStatus(202);
});
`,
    },
    {
      name: 'the promise API',
      code: `
import express from 'express';
import { readFile } from 'node:fs/promises';
const app = express();
app.get('/', async (req, res) => res.send(await readFile('index.html')));
`,
    },
    {
      name: 'a local fs object is not the module',
      code: `
import express from 'express';
const fs = createMemoryFs();
const app = express();
app.get('/', (req, res) => res.send(fs.readFileSync('index.html')));
`,
    },
    {
      name: 'a readFileSync from another module',
      code: `
import express from 'express';
import { readFileSync } from './vfs';
const app = express();
app.get('/', (req, res) => res.send(readFileSync('index.html')));
`,
    },
    {
      name: 'fast crypto',
      code: `
import express from 'express';
import { randomFillSync, createHash } from 'node:crypto';
const app = express();
app.get('/', (req, res) => res.send(randomFillSync(Buffer.alloc(16))));
`,
    },
    {
      name: 'checkAllAsync: still not in a plain function',
      code: `
import fs from 'node:fs';
export function load() {
  return fs.readFileSync('data.json', 'utf8');
}
`,
      options: [{ checkAllAsync: true }],
    },
  ],
  invalid: [
    {
      name: 'a sync route handler',
      code: `
import express from 'express';
import fs from 'node:fs';
const app = express();
app.get('/report', (req, res) => {
  const template = fs.readFileSync('templates/report.html', 'utf8');
  res.send(template);
});
app.listen(3000);
`,
      errors: [
        {
          messageId: 'syncIoInHandler',
          data: { callee: 'fs.readFileSync' },
          line: 6,
          column: 20,
          endLine: 6,
          endColumn: 35,
          suggestions: [],
        },
      ],
    },
    {
      name: 'an async helper of a server file, with named imports: existsSync has no equivalent',
      code: `
import express from 'express';
import { readFileSync, existsSync } from 'fs';
const app = express();
async function loadUser(id: string) {
  if (!existsSync(\`/data/\${id}.json\`)) return undefined;
  return JSON.parse(readFileSync(\`/data/\${id}.json\`, 'utf8'));
}
app.get('/users/:id', async (req, res) => res.json(await loadUser(req.params.id)));
app.listen(3000);
`,
      errors: [
        { messageId: 'syncIoInAsync', data: { callee: 'existsSync' }, line: 6, column: 8, endLine: 6, endColumn: 18, suggestions: [] },
        {
          messageId: 'syncIoInAsync',
          data: { callee: 'readFileSync' },
          line: 7,
          column: 21,
          endLine: 7,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'useAsyncApi',
              data: { replacement: 'readFile', module: 'fs/promises' },
              output: `
import express from 'express';
import { readFileSync, existsSync } from 'fs';
import { readFile } from 'fs/promises';
const app = express();
async function loadUser(id: string) {
  if (!existsSync(\`/data/\${id}.json\`)) return undefined;
  return JSON.parse(await readFile(\`/data/\${id}.json\`, 'utf8'));
}
app.get('/users/:id', async (req, res) => res.json(await loadUser(req.params.id)));
app.listen(3000);
`,
            },
          ],
        },
      ],
    },
    {
      name: 'an existing import of node:fs/promises is extended, and parentheses keep the member access',
      code: `
import express from 'express';
import fs from 'node:fs';
import { readFile as rf } from 'node:fs/promises';
const router = express.Router();
router.post('/upload', async (req, res) => {
  res.json({ size: fs.statSync(req.file.path).size });
});
export default router;
`,
      errors: [
        {
          messageId: 'syncIoInHandler',
          data: { callee: 'fs.statSync' },
          line: 7,
          column: 20,
          endLine: 7,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'useAsyncApi',
              data: { replacement: 'stat', module: 'node:fs/promises' },
              output: `
import express from 'express';
import fs from 'node:fs';
import { readFile as rf, stat } from 'node:fs/promises';
const router = express.Router();
router.post('/upload', async (req, res) => {
  res.json({ size: (await stat(req.file.path)).size });
});
export default router;
`,
            },
          ],
        },
      ],
    },
    {
      name: 'an existing renamed import is reused',
      code: `
import express from 'express';
import fs from 'node:fs';
import { readFile as rf } from 'node:fs/promises';
const router = express.Router();
router.get('/x', async (req, res) => {
  res.send(fs.readFileSync('x').toString());
});
export default router;
`,
      errors: [
        {
          messageId: 'syncIoInHandler',
          data: { callee: 'fs.readFileSync' },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'useAsyncApi',
              data: { replacement: 'rf', module: 'node:fs/promises' },
              output: `
import express from 'express';
import fs from 'node:fs';
import { readFile as rf } from 'node:fs/promises';
const router = express.Router();
router.get('/x', async (req, res) => {
  res.send((await rf('x')).toString());
});
export default router;
`,
            },
          ],
        },
      ],
    },
    {
      name: 'child_process, crypto and zlib have no drop-in promise API',
      code: `
import express from 'express';
import { execSync } from 'node:child_process';
import { pbkdf2Sync } from 'node:crypto';
import zlib from 'zlib';
const app = express();
app.post('/login', (req, res) => {
  const hash = pbkdf2Sync(req.body.password, salt, 100000, 64, 'sha512');
  const rev = execSync('git rev-parse HEAD').toString();
  res.send(zlib.gzipSync(JSON.stringify({ hash, rev })));
});
`,
      errors: [
        { messageId: 'syncIoInHandler', data: { callee: 'pbkdf2Sync' }, line: 8, column: 16, endLine: 8, endColumn: 26, suggestions: [] },
        { messageId: 'syncIoInHandler', data: { callee: 'execSync' }, line: 9, column: 15, endLine: 9, endColumn: 23, suggestions: [] },
        { messageId: 'syncIoInHandler', data: { callee: 'zlib.gzipSync' }, line: 10, column: 12, endLine: 10, endColumn: 25, suggestions: [] },
      ],
    },
    {
      name: 'inside a forEach of a handler: blocks the handler, but await cannot go there',
      code: `
import express from 'express';
import fs from 'node:fs';
const app = express();
app.get('/files', (req, res) => {
  const names: string[] = [];
  req.query.paths.forEach((path) => names.push(fs.readFileSync(path, 'utf8')));
  res.json(names);
});
`,
      errors: [
        { messageId: 'syncIoInHandler', data: { callee: 'fs.readFileSync' }, line: 7, column: 48, endLine: 7, endColumn: 63, suggestions: [] },
      ],
    },
    {
      name: 'a promise callback in a file that starts a server',
      code: `
import express from 'express';
import fs from 'node:fs';
const app = express();
app.listen(3000);
export function warm() {
  return cache.load().then(() => fs.readFileSync('index.html', 'utf8'));
}
`,
      errors: [
        { messageId: 'syncIoInAsync', data: { callee: 'fs.readFileSync' }, line: 7, column: 34, endLine: 7, endColumn: 49, suggestions: [] },
      ],
    },
    {
      name: 'a NestJS controller method',
      code: `
import { Controller, Get } from '@nestjs/common';
import { readFileSync } from 'node:fs';

@Controller('reports')
export class ReportsController {
  @Get()
  async list() {
    return readFileSync('reports.json', 'utf8');
  }
}
`,
      errors: [
        {
          messageId: 'syncIoInHandler',
          data: { callee: 'readFileSync' },
          line: 9,
          column: 12,
          endLine: 9,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'useAsyncApi',
              data: { replacement: 'readFile', module: 'node:fs/promises' },
              output: `
import { Controller, Get } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

@Controller('reports')
export class ReportsController {
  @Get()
  async list() {
    return await readFile('reports.json', 'utf8');
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a statement that would start with a parenthesis after a line without semicolon; statSync with options has no equivalent',
      code: `
import express from 'express';
import fs from 'node:fs';
const app = express();
app.get('/size', async (req, res) => {
  const a = 1
  fs.readFileSync('x').toString()
  res.json({ size: fs.statSync('y', { throwIfNoEntry: false })?.size });
});
`,
      errors: [
        {
          messageId: 'syncIoInHandler',
          data: { callee: 'fs.readFileSync' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'useAsyncApi',
              data: { replacement: 'readFile', module: 'node:fs/promises' },
              output: `
import express from 'express';
import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
const app = express();
app.get('/size', async (req, res) => {
  const a = 1
  ;(await readFile('x')).toString()
  res.json({ size: fs.statSync('y', { throwIfNoEntry: false })?.size });
});
`,
            },
          ],
        },
        { messageId: 'syncIoInHandler', data: { callee: 'fs.statSync' }, line: 8, column: 20, endLine: 8, endColumn: 31, suggestions: [] },
      ],
    },
    {
      name: 'a local readFile would be shadowed; a comment inside the callee would be lost: no suggestions',
      code: `
import express from 'express';
import fs from 'node:fs';
const app = express();
app.get('/file', async (req, res) => {
  const readFile = pick(req);
  res.send(fs.readFileSync(req.query.path));
  res.send(fs./* sync */readFileSync(req.query.path));
});
`,
      errors: [
        { messageId: 'syncIoInHandler', data: { callee: 'fs.readFileSync' }, line: 7, column: 12, endLine: 7, endColumn: 27, suggestions: [] },
        { messageId: 'syncIoInHandler', data: { callee: 'fs.readFileSync' }, line: 8, column: 12, endLine: 8, endColumn: 37, suggestions: [] },
      ],
    },
    {
      name: 'a concise async arrow of a server file',
      code: `
import express from 'express';
import fs from 'node:fs';
const app = express();
const read = async (path: string) => fs.readFileSync(path);
app.get('/file', async (req, res) => res.send(await read(req.query.path)));
`,
      errors: [
        {
          messageId: 'syncIoInAsync',
          data: { callee: 'fs.readFileSync' },
          line: 5,
          column: 38,
          endLine: 5,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'useAsyncApi',
              data: { replacement: 'readFile', module: 'node:fs/promises' },
              output: `
import express from 'express';
import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
const app = express();
const read = async (path: string) => await readFile(path);
app.get('/file', async (req, res) => res.send(await read(req.query.path)));
`,
            },
          ],
        },
      ],
    },
    {
      name: 'checkAllAsync: a migration',
      code: `
import * as fs from 'node:fs';
export async function migrate(db: Db) {
  const sql = fs.readFileSync('migrations/001.sql', 'utf8');
  await db.query(sql);
}
`,
      options: [{ checkAllAsync: true }],
      errors: [
        {
          messageId: 'syncIoInAsync',
          data: { callee: 'fs.readFileSync' },
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'useAsyncApi',
              data: { replacement: 'readFile', module: 'node:fs/promises' },
              output: `
import * as fs from 'node:fs';
import { readFile } from 'node:fs/promises';
export async function migrate(db: Db) {
  const sql = await readFile('migrations/001.sql', 'utf8');
  await db.query(sql);
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'checkAllAsync: a computed member callee',
      code: `
import * as fs from 'node:fs';
export async function load() {
  return fs['readFileSync']('data.json');
}
`,
      options: [{ checkAllAsync: true }],
      errors: [{ messageId: 'syncIoInAsync', data: { callee: 'fs.readFileSync' }, line: 4, column: 10, endLine: 4, endColumn: 28, suggestions: [{ messageId: 'useAsyncApi', data: { replacement: 'readFile', module: 'node:fs/promises' }, output: `
import * as fs from 'node:fs';
import { readFile } from 'node:fs/promises';
export async function load() {
  return await readFile('data.json');
}
` }] }],
    },
    {
      name: 'checkAllAsync: a callee behind a type assertion',
      code: `
import * as fs from 'node:fs';
export async function load() {
  return (fs.readFileSync as (path: string) => Buffer)('data.json');
}
`,
      options: [{ checkAllAsync: true }],
      errors: [{ messageId: 'syncIoInAsync', data: { callee: 'fs.readFileSync' }, line: 4, column: 11, endLine: 4, endColumn: 26, suggestions: [{ messageId: 'useAsyncApi', data: { replacement: 'readFile', module: 'node:fs/promises' }, output: `
import * as fs from 'node:fs';
import { readFile } from 'node:fs/promises';
export async function load() {
  return await readFile('data.json');
}
` }] }],
    },
    {
      name: 'checkAllAsync: fs-extra has no core promise equivalent to suggest',
      code: `
import fse from 'fs-extra';
export async function load() {
  return fse.readJsonSync('data.json');
}
`,
      options: [{ checkAllAsync: true }],
      errors: [{ messageId: 'syncIoInAsync', data: { callee: 'fse.readJsonSync' }, line: 4, column: 10, endLine: 4, endColumn: 26, suggestions: [] }],
    },
  ],
});

jsRuleTester.run('no-sync-io-in-async (.js, espree)', rule, {
  valid: [
    {
      name: 'CommonJS start-up code',
      code: `
const express = require('express');
const fs = require('fs');
const key = fs.readFileSync('key.pem');
express().listen(3000);
`,
    },
  ],
  invalid: [
    {
      name: 'CommonJS: the suggestion requires fs/promises; a comment in the arguments stays',
      code: `
const express = require('express');
const fs = require('fs');
const app = express();
app.get('/report', async (req, res) => {
  res.send(fs.readFileSync(/* the template */ 'report.html', 'utf8'));
});
app.listen(3000);
`,
      errors: [
        {
          messageId: 'syncIoInHandler',
          data: { callee: 'fs.readFileSync' },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'useAsyncApi',
              data: { replacement: 'readFile', module: 'fs/promises' },
              output: `
const express = require('express');
const fs = require('fs');
const { readFile } = require('fs/promises');
const app = express();
app.get('/report', async (req, res) => {
  res.send(await readFile(/* the template */ 'report.html', 'utf8'));
});
app.listen(3000);
`,
            },
          ],
        },
      ],
    },
    {
      name: 'checkAllAsync: require() read in place, destructured require',
      code: `
const { readFileSync } = require('fs');
module.exports = async function load() { return readFileSync('data.json', 'utf8') + require('fs').readdirSync('.').length; };
`,
      options: [{ checkAllAsync: true }],
      errors: [
        {
          messageId: 'syncIoInAsync',
          data: { callee: 'readFileSync' },
          line: 3,
          column: 49,
          endLine: 3,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'useAsyncApi',
              data: { replacement: 'readFile', module: 'fs/promises' },
              output: `
const { readFileSync } = require('fs');
const { readFile } = require('fs/promises');
module.exports = async function load() { return await readFile('data.json', 'utf8') + require('fs').readdirSync('.').length; };
`,
            },
          ],
        },
        {
          messageId: 'syncIoInAsync',
          data: { callee: "require('fs').readdirSync" },
          line: 3,
          column: 85,
          endLine: 3,
          endColumn: 110,
          suggestions: [
            {
              messageId: 'useAsyncApi',
              data: { replacement: 'readdir', module: 'fs/promises' },
              output: `
const { readFileSync } = require('fs');
const { readdir } = require('fs/promises');
module.exports = async function load() { return readFileSync('data.json', 'utf8') + (await readdir('.')).length; };
`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('no-sync-io-in-async: more callees, places and suggestions', rule, {
  valid: [
  {
    name: 'a call of a call whose name ends in Sync',
    code: `export async function load() {
  return loadSync()();
}`,
    options: [{ checkAllAsync: true }],
  },
  {
    name: 'a method of a named import',
    code: `import { promises as fsp } from 'node:fs';
export async function load(path: string) {
  return fsp.readFileSync(path);
}`,
    options: [{ checkAllAsync: true }],
  },
  {
    name: 'a method of a call that is no require',
    code: `export async function load(path: string) {
  return getFs().readFileSync(path);
}`,
    options: [{ checkAllAsync: true }],
  },
  {
    name: 'a function passed to new of something else, or as a second argument',
    code: `import fs from 'node:fs';
export function a(path: string) {
  new Task(() => fs.readFileSync(path));
  new Promise(start, () => fs.readFileSync(path));
}`,
    options: [{ checkAllAsync: true }],
  },
  {
    name: 'a callback of a computed promise method',
    code: `import fs from 'node:fs';
export function a(path: string) {
  return promise[method](() => fs.readFileSync(path));
}`,
    options: [{ checkAllAsync: true }],
  },
  {
    name: 'a callback of a computed array method',
    code: `import fs from 'node:fs';
export async function a(paths: string[]) {
  paths[method]((path) => fs.readFileSync(path));
}`,
    options: [{ checkAllAsync: true }],
  },
  ],
  invalid: [
  {
    name: 'two calls that would import the same name',
    code: `import fs from 'node:fs';
export async function a(path: string) {
  return fs.readFileSync(path, 'utf8');
}
export async function b(path: string) {
  return fs.readFileSync(path, 'utf8');
}`,
    options: [{ checkAllAsync: true }],
    errors: [
      {
        messageId: 'syncIoInAsync',
        data: { callee: 'fs.readFileSync' },
        line: 3,
        column: 10,
        endLine: 3,
        endColumn: 25,
        suggestions: [
          { messageId: 'useAsyncApi', data: { replacement: 'readFile', module: 'node:fs/promises' }, output: `import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
export async function a(path: string) {
  return await readFile(path, 'utf8');
}
export async function b(path: string) {
  return fs.readFileSync(path, 'utf8');
}` },
        ],
      },
      {
        messageId: 'syncIoInAsync',
        data: { callee: 'fs.readFileSync' },
        line: 6,
        column: 10,
        endLine: 6,
        endColumn: 25,
        suggestions: [
          { messageId: 'useAsyncApi', data: { replacement: 'readFile', module: 'node:fs/promises' }, output: `import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
export async function a(path: string) {
  return fs.readFileSync(path, 'utf8');
}
export async function b(path: string) {
  return await readFile(path, 'utf8');
}` },
        ],
      },
    ],
  },
  {
    name: 'a default import and a string-named import of fs/promises',
    code: `import fs from 'node:fs';
import fsp, { 'readFile' as load } from 'node:fs/promises';
export async function a(path: string) {
  return fs.readFileSync(path, 'utf8');
}`,
    options: [{ checkAllAsync: true }],
    errors: [
      {
        messageId: 'syncIoInAsync',
        data: { callee: 'fs.readFileSync' },
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 25,
        suggestions: [
          { messageId: 'useAsyncApi', data: { replacement: 'load', module: 'node:fs/promises' }, output: `import fs from 'node:fs';
import fsp, { 'readFile' as load } from 'node:fs/promises';
export async function a(path: string) {
  return await load(path, 'utf8');
}` },
        ],
      },
    ],
  },
  {
    name: 'an import of fs/promises shadowed at the call',
    code: `import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
export async function a(path: string, readFile: unknown) {
  return fs.readFileSync(path, 'utf8');
}`,
    options: [{ checkAllAsync: true }],
    errors: [
      {
        messageId: 'syncIoInAsync',
        data: { callee: 'fs.readFileSync' },
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 25,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a parenthesized call keeps its parentheses',
    code: `import fs from 'node:fs';
export async function a(path: string) {
  return (fs.readFileSync(path)).toString();
}`,
    options: [{ checkAllAsync: true }],
    errors: [
      {
        messageId: 'syncIoInAsync',
        data: { callee: 'fs.readFileSync' },
        line: 3,
        column: 11,
        endLine: 3,
        endColumn: 26,
        suggestions: [
          { messageId: 'useAsyncApi', data: { replacement: 'readFile', module: 'node:fs/promises' }, output: `import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
export async function a(path: string) {
  return (await readFile(path)).toString();
}` },
        ],
      },
    ],
  },
  {
    name: 'a call used as a tag',
    code: `import fs from 'node:fs';
export async function a(path: string) {
  return fs.readFileSync(path)\`x\`;
}`,
    options: [{ checkAllAsync: true }],
    errors: [
      {
        messageId: 'syncIoInAsync',
        data: { callee: 'fs.readFileSync' },
        line: 3,
        column: 10,
        endLine: 3,
        endColumn: 25,
        suggestions: [
          { messageId: 'useAsyncApi', data: { replacement: 'readFile', module: 'node:fs/promises' }, output: `import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
export async function a(path: string) {
  return (await readFile(path))\`x\`;
}` },
        ],
      },
    ],
  },
  {
    name: 'a call as either operand of **',
    code: `import fs from 'node:fs';
export async function a(path: string) {
  return [fs.readFileSync(path) ** 2, 2 ** fs.readFileSync(path)];
}`,
    options: [{ checkAllAsync: true }],
    errors: [
      {
        messageId: 'syncIoInAsync',
        data: { callee: 'fs.readFileSync' },
        line: 3,
        column: 11,
        endLine: 3,
        endColumn: 26,
        suggestions: [
          { messageId: 'useAsyncApi', data: { replacement: 'readFile', module: 'node:fs/promises' }, output: `import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
export async function a(path: string) {
  return [(await readFile(path)) ** 2, 2 ** fs.readFileSync(path)];
}` },
        ],
      },
      {
        messageId: 'syncIoInAsync',
        data: { callee: 'fs.readFileSync' },
        line: 3,
        column: 44,
        endLine: 3,
        endColumn: 59,
        suggestions: [
          { messageId: 'useAsyncApi', data: { replacement: 'readFile', module: 'node:fs/promises' }, output: `import fs from 'node:fs';
import { readFile } from 'node:fs/promises';
export async function a(path: string) {
  return [fs.readFileSync(path) ** 2, 2 ** await readFile(path)];
}` },
        ],
      },
    ],
  },
  {
    name: 'a promise executor',
    code: `import fs from 'node:fs';
export function a(path: string) {
  return new Promise((resolve) => {
    resolve(fs.readFileSync(path));
  });
}`,
    options: [{ checkAllAsync: true }],
    errors: [
      {
        messageId: 'syncIoInAsync',
        data: { callee: 'fs.readFileSync' },
        line: 4,
        column: 13,
        endLine: 4,
        endColumn: 28,
        suggestions: [],
      },
    ],
  },
  ],
});
