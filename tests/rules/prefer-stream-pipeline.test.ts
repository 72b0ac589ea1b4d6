import rule from '../../src/rules/prefer-stream-pipeline.js';
import { createJsRuleTester, createRuleTester } from '../RuleTester.js';

const ruleTester = createRuleTester();
const jsRuleTester = createJsRuleTester();

ruleTester.run('prefer-stream-pipeline', rule, {
  valid: [
    `
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
export async function save(path: string, body: NodeJS.ReadableStream) {
  await pipeline(body, fs.createWriteStream(path));
}`,
    {
      name: 'RxJS pipe of operators',
      code: "import { map } from 'rxjs';\nsource$.pipe(map((value) => value * 2));",
    },
    {
      name: 'RxJS pipe with several operators has the wrong arguments for a stream',
      code: 'source$.pipe(map(double), filter(Boolean));',
    },
    {
      name: 'neither side is known to be a Node stream',
      code: 'input.pipe(output);',
    },
    {
      name: 'gulp and other stream libraries are not recognised',
      code: "import gulp from 'gulp';\ngulp.src('src/*.js').pipe(babel()).pipe(gulp.dest('dist'));",
    },
    {
      name: 'a local fs is not node:fs',
      code: "const fs = { createReadStream: (path: string) => of(path) };\nfs.createReadStream('a').pipe(map(parse));",
    },
    {
      name: 'a parameter named process is not the global',
      code: 'export function forward(process: Proc, out: Sink) {\n  process.stdin.pipe(out);\n}',
    },
    {
      name: 'request and response of a framework handler are not recognised without a type',
      code: "app.post('/upload', (req, res) => {\n  req.pipe(busboy);\n});",
    },
    {
      name: 'a pipe without a destination',
      code: "import fs from 'node:fs';\nfs.createReadStream('a').pipe();",
    },
    {
      name: 'web streams use pipeTo',
      code: 'await readable.pipeTo(writable);',
    },
    {
      name: 'a type that is not a Node stream',
      code: "import type { Observable } from 'rxjs';\nexport function f(values: Observable<number>) {\n  values.pipe(map(double));\n}",
    },
    {
      name: 'a variable that is also assigned something else',
      code: "import fs from 'node:fs';\nlet input = fs.createReadStream('a');\ninput = cached;\ninput.pipe(out);",
    },
    {
      name: 'a parameter of http.createServer past the response',
      code: "import http from 'node:http';\nhttp.createServer((req, res, extra) => extra.pipe(sink));",
    },
  ],
  invalid: [
    {
      name: 'a whole chain in an async function becomes an awaited pipeline',
      code: `
import fs from 'node:fs';
import { createGzip } from 'node:zlib';

export async function compress(source: string, target: string) {
  fs.createReadStream(source).pipe(createGzip()).pipe(fs.createWriteStream(target));
}`,
      errors: [
        {
          messageId: 'pipeLosesErrors',
          line: 6,
          column: 31,
          endLine: 6,
          endColumn: 84,
          suggestions: [
            {
              messageId: 'useAwaitedPipeline',
              data: { name: 'pipeline' },
              output: `
import fs from 'node:fs';
import { createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';

export async function compress(source: string, target: string) {
  await pipeline(fs.createReadStream(source), createGzip(), fs.createWriteStream(target));
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'outside an async function, a pipeline with a callback that logs',
      code: `
import { createReadStream } from 'fs';

export function send(path: string, res: Sink) {
  createReadStream(path).pipe(res);
}`,
      errors: [
        {
          messageId: 'pipeLosesErrors',
          line: 5,
          column: 26,
          endLine: 5,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'usePipelineCallback',
              data: { name: 'pipeline' },
              output: `
import { createReadStream } from 'fs';
import { pipeline } from 'node:stream';

export function send(path: string, res: Sink) {
  pipeline(createReadStream(path), res, (error) => { if (error) console.error(error); });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'the callback logs with the logger in scope',
      code: `
import { createReadStream } from 'fs';
import { logger } from './logger';

export function send(path: string, res: Sink) {
  createReadStream(path).pipe(res);
}`,
      errors: [
        {
          messageId: 'pipeLosesErrors',
          line: 6,
          column: 26,
          endLine: 6,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'usePipelineCallback',
              data: { name: 'pipeline' },
              output: `
import { createReadStream } from 'fs';
import { logger } from './logger';
import { pipeline } from 'node:stream';

export function send(path: string, res: Sink) {
  pipeline(createReadStream(path), res, (error) => { if (error) logger.error(error); });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'the callback logs with a logger named in settings, and its parameter shadows nothing',
      code: `
import { createReadStream } from 'fs';
import { audit } from './audit';

export function send(path: string, res: Sink, error: unknown) {
  createReadStream(path).pipe(res);
}`,
      settings: { reliability: { loggers: ['audit'] } },
      errors: [
        {
          messageId: 'pipeLosesErrors',
          line: 6,
          column: 26,
          endLine: 6,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'usePipelineCallback',
              data: { name: 'pipeline' },
              output: `
import { createReadStream } from 'fs';
import { audit } from './audit';
import { pipeline } from 'node:stream';

export function send(path: string, res: Sink, error: unknown) {
  pipeline(createReadStream(path), res, (err) => { if (err) audit.error(err); });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'process.stdin to process.stdout in a file without imports',
      code: 'process.stdin.pipe(process.stdout);',
      errors: [
        {
          messageId: 'pipeLosesErrors',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'usePipelineCallback',
              data: { name: 'pipeline' },
              output:
                "import { pipeline } from 'node:stream';\npipeline(process.stdin, process.stdout, (error) => { if (error) console.error(error); });",
            },
          ],
        },
      ],
    },
    {
      name: 'an existing import of pipeline is reused',
      code: `
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';

export async function send(path: string, res: Sink) {
  createReadStream(path).pipe(res);
}`,
      errors: [
        {
          messageId: 'pipeLosesErrors',
          line: 6,
          column: 26,
          endLine: 6,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'useAwaitedPipeline',
              data: { name: 'pipeline' },
              output: `
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';

export async function send(path: string, res: Sink) {
  await pipeline(createReadStream(path), res);
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a renamed import of pipeline is reused',
      code: `
import { createReadStream } from 'node:fs';
import { pipeline as pump } from 'stream/promises';

export async function send(path: string, res: Sink) {
  createReadStream(path).pipe(res);
}`,
      errors: [
        {
          messageId: 'pipeLosesErrors',
          line: 6,
          column: 26,
          endLine: 6,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'useAwaitedPipeline',
              data: { name: 'pump' },
              output: `
import { createReadStream } from 'node:fs';
import { pipeline as pump } from 'stream/promises';

export async function send(path: string, res: Sink) {
  await pump(createReadStream(path), res);
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'an import of the module gains pipeline',
      code: `
import { createReadStream } from 'node:fs';
import { finished } from 'node:stream/promises';

export async function send(path: string, res: Sink) {
  createReadStream(path).pipe(res);
  await finished(res);
}`,
      errors: [
        {
          messageId: 'pipeLosesErrors',
          line: 6,
          column: 26,
          endLine: 6,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'useAwaitedPipeline',
              data: { name: 'pipeline' },
              output: `
import { createReadStream } from 'node:fs';
import { finished, pipeline } from 'node:stream/promises';

export async function send(path: string, res: Sink) {
  await pipeline(createReadStream(path), res);
  await finished(res);
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'the name pipeline is taken: no suggestion',
      code: `
import { createReadStream } from 'node:fs';
import { pipeline } from './etl';

export async function send(path: string, res: Sink) {
  createReadStream(path).pipe(res);
}`,
      errors: [{ messageId: 'pipeLosesErrors', line: 6, column: 26, endLine: 6, endColumn: 35, suggestions: [] }],
    },
    {
      name: 'request and response of http.createServer',
      code: `
import http from 'node:http';
import { pipeline } from 'node:stream';

http.createServer((req, res) => {
  req.pipe(res);
});`,
      errors: [
        {
          messageId: 'pipeLosesErrors',
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'usePipelineCallback',
              data: { name: 'pipeline' },
              output: `
import http from 'node:http';
import { pipeline } from 'node:stream';

http.createServer((req, res) => {
  pipeline(req, res, (error) => { if (error) console.error(error); });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'parameters declared with Node stream types',
      code: `
import type { Readable } from 'node:stream';
import type { ServerResponse } from 'node:http';

export async function relay(body: Readable, res: ServerResponse) {
  body.pipe(res);
}`,
      errors: [
        {
          messageId: 'pipeLosesErrors',
          line: 6,
          column: 8,
          endLine: 6,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'useAwaitedPipeline',
              data: { name: 'pipeline' },
              output: `
import type { Readable } from 'node:stream';
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';

export async function relay(body: Readable, res: ServerResponse) {
  await pipeline(body, res);
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a value cast to a Node stream type, and an Express response',
      code: `
import type { Response } from 'express';
import * as stream from 'stream';

export function download(object: S3Object, res: Response) {
  (object.Body as stream.Readable).pipe(res);
}`,
      errors: [
        {
          messageId: 'pipeLosesErrors',
          line: 6,
          column: 36,
          endLine: 6,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'usePipelineCallback',
              data: { name: 'pipeline' },
              output: `
import type { Response } from 'express';
import * as stream from 'stream';
import { pipeline } from 'node:stream';

export function download(object: S3Object, res: Response) {
  pipeline(object.Body as stream.Readable, res, (error) => { if (error) console.error(error); });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'the global NodeJS stream types',
      code: 'export function copy(input: NodeJS.ReadableStream, output: Sink) {\n  input.pipe(output);\n}',
      errors: [
        {
          messageId: 'pipeLosesErrors',
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'usePipelineCallback',
              data: { name: 'pipeline' },
              output:
                "import { pipeline } from 'node:stream';\nexport function copy(input: NodeJS.ReadableStream, output: Sink) {\n  pipeline(input, output, (error) => { if (error) console.error(error); });\n}",
            },
          ],
        },
      ],
    },
    {
      name: 'stream constructors and Readable.from, through a variable',
      code: `
import { PassThrough, Readable } from 'node:stream';

export async function tee(items: string[], sink: Sink) {
  const buffer = new PassThrough();
  Readable.from(items).pipe(buffer).pipe(sink);
}`,
      errors: [
        {
          messageId: 'pipeLosesErrors',
          line: 6,
          column: 24,
          endLine: 6,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'useAwaitedPipeline',
              data: { name: 'pipeline' },
              output: `
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export async function tee(items: string[], sink: Sink) {
  const buffer = new PassThrough();
  await pipeline(Readable.from(items), buffer, sink);
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'end: false outside an async function: the callback form takes no options, no suggestion',
      code: "import fs from 'node:fs';\nfs.createReadStream('a').pipe(out, { end: false });",
      errors: [{ messageId: 'pipeLosesErrors', line: 2, column: 26, endLine: 2, endColumn: 51, suggestions: [] }],
    },
    {
      name: 'end: false in an async function moves to the options of the awaited pipeline',
      code: `
import fs from 'node:fs';
export async function append(paths: string[], out: Sink) {
  for (const path of paths) {
    fs.createReadStream(path).pipe(out, { end: false });
  }
}`,
      errors: [
        {
          messageId: 'pipeLosesErrors',
          line: 5,
          column: 31,
          endLine: 5,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useAwaitedPipeline',
              data: { name: 'pipeline' },
              output: `
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
export async function append(paths: string[], out: Sink) {
  for (const path of paths) {
    await pipeline(fs.createReadStream(path), out, { end: false });
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'options on an earlier pipe of the chain: no suggestion',
      code: "import fs from 'node:fs';\nexport async function f() {\n  fs.createReadStream('a').pipe(gzip, { end: false }).pipe(out);\n}",
      errors: [{ messageId: 'pipeLosesErrors', line: 3, column: 28, endLine: 3, endColumn: 64, suggestions: [] }],
    },
    {
      name: 'listeners in the chain: reported once, no suggestion',
      code: "import fs from 'node:fs';\nfs.createReadStream('a').on('error', onError).pipe(gzip).pipe(out);",
      errors: [{ messageId: 'pipeLosesErrors', line: 2, column: 47, endLine: 2, endColumn: 67, suggestions: [] }],
    },
    {
      name: 'the result is used: no suggestion',
      code: "import fs from 'node:fs';\nconst written = fs.createReadStream('a').pipe(out);",
      errors: [{ messageId: 'pipeLosesErrors', line: 2, column: 42, endLine: 2, endColumn: 51, suggestions: [] }],
    },
    {
      name: 'a comment between the stages: no suggestion',
      code: "import fs from 'node:fs';\nfs.createReadStream('a') // the upload\n  .pipe(out);",
      errors: [{ messageId: 'pipeLosesErrors', line: 3, column: 4, endLine: 3, endColumn: 13, suggestions: [] }],
    },
    {
      name: 'a comment inside a stage is kept',
      code: "import fs from 'node:fs';\nfs.createReadStream(/* upload */ 'a').pipe(out);",
      errors: [
        {
          messageId: 'pipeLosesErrors',
          line: 2,
          column: 39,
          endLine: 2,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'usePipelineCallback',
              data: { name: 'pipeline' },
              output:
                "import fs from 'node:fs';\nimport { pipeline } from 'node:stream';\npipeline(fs.createReadStream(/* upload */ 'a'), out, (error) => { if (error) console.error(error); });",
            },
          ],
        },
      ],
    },
    {
      name: 'optional chaining: no suggestion',
      code: 'export function f(body?: NodeJS.ReadableStream) {\n  body?.pipe(out);\n}',
      errors: [{ messageId: 'pipeLosesErrors', line: 2, column: 9, endLine: 2, endColumn: 18, suggestions: [] }],
    },
    {
      name: 'a source chosen by a condition',
      code: `
import fs from 'node:fs';
const input = file === undefined ? process.stdin : fs.createReadStream(file);
input.pipe(parser);`,
      errors: [
        {
          messageId: 'pipeLosesErrors',
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'usePipelineCallback',
              data: { name: 'pipeline' },
              output: `
import fs from 'node:fs';
import { pipeline } from 'node:stream';
const input = file === undefined ? process.stdin : fs.createReadStream(file);
pipeline(input, parser, (error) => { if (error) console.error(error); });`,
            },
          ],
        },
      ],
    },
    {
      name: 'the response of http.get, in a concise arrow: no suggestion',
      code: "import https from 'node:https';\nhttps.get(url, (res) => res.pipe(file));",
      errors: [{ messageId: 'pipeLosesErrors', line: 2, column: 29, endLine: 2, endColumn: 39, suggestions: [] }],
    },
    {
      name: 'a callback inside an async function is not async itself',
      code: `
import fs from 'node:fs';
export async function run(paths: string[]) {
  paths.forEach((path) => {
    fs.createReadStream(path).pipe(sink);
  });
}`,
      errors: [
        {
          messageId: 'pipeLosesErrors',
          line: 5,
          column: 31,
          endLine: 5,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'usePipelineCallback',
              data: { name: 'pipeline' },
              output: `
import fs from 'node:fs';
import { pipeline } from 'node:stream';
export async function run(paths: string[]) {
  paths.forEach((path) => {
    pipeline(fs.createReadStream(path), sink, (error) => { if (error) console.error(error); });
  });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a namespace import of zlib and a non-null assertion',
      code: "import * as zlib from 'zlib';\nsource!.pipe(zlib.createGunzip()).pipe(sink);",
      errors: [
        {
          messageId: 'pipeLosesErrors',
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'usePipelineCallback',
              data: { name: 'pipeline' },
              output:
                "import * as zlib from 'zlib';\nimport { pipeline } from 'node:stream';\npipeline(source!, zlib.createGunzip(), sink, (error) => { if (error) console.error(error); });",
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('prefer-stream-pipeline (JS)', rule, {
  valid: ['input.pipe(output);'],
  invalid: [
    {
      name: 'CommonJS requires, destructured, and a require of pipeline added after them',
      code: `
const { createReadStream } = require("fs");
const http = require("http");

http.createServer((req, res) => {
  createReadStream("index.html").pipe(res);
});`,
      errors: [
        {
          messageId: 'pipeLosesErrors',
          line: 6,
          column: 34,
          endLine: 6,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'usePipelineCallback',
              data: { name: 'pipeline' },
              output: `
const { createReadStream } = require("fs");
const http = require("http");
const { pipeline } = require("node:stream");

http.createServer((req, res) => {
  pipeline(createReadStream("index.html"), res, (error) => { if (error) console.error(error); });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'a script gets a require after its directive',
      code: "'use strict';\nprocess.stdin.pipe(process.stdout);",
      languageOptions: { parserOptions: { sourceType: 'script' } },
      errors: [
        {
          messageId: 'pipeLosesErrors',
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'usePipelineCallback',
              data: { name: 'pipeline' },
              output:
                "'use strict';\nconst { pipeline } = require('node:stream');\npipeline(process.stdin, process.stdout, (error) => { if (error) console.error(error); });",
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('prefer-stream-pipeline: more chains, sources, types and suggestions', rule, {
  valid: [
  {
    name: 'a file without pipe',
    code: 'const a = 1;',
  },
  {
    name: 'aliases too deep to follow',
    code: `import fs from 'node:fs';
const s1 = fs.createReadStream(a);
const s2 = s1;
const s3 = s2;
const s4 = s3;
const s5 = s4;
const s6 = s5;
const s7 = s6;
s7.pipe(out);`,
  },
  {
    name: 'a variable that holds a computed method call',
    code: `import fs from 'node:fs';
const source = fs.createReadStream(a)[method]();
source.pipe(out);`,
  },
  {
    name: 'a literal is no stream',
    code: `'text'.pipe(out);`,
  },
  {
    name: 'an imported value is not known to be a stream',
    code: `import { input } from './io';
input.pipe(out);`,
  },
  {
    name: 'types that say nothing about streams',
    code: `(source as any).pipe(out);
(source as a.b.Readable).pipe(out);`,
  },
  ],
  invalid: [
  {
    name: 'a pipe whose result is read but not called',
    code: `import fs from 'node:fs';
const writable = fs.createReadStream(a).pipe(out).writable;`,
    errors: [
      {
        messageId: 'pipeLosesErrors',
        line: 2,
        column: 41,
        endLine: 2,
        endColumn: 50,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a pipe, an error listener and another pipe are one chain',
    code: `import fs from 'node:fs';
fs.createReadStream(a).pipe(gzip).on('error', onError).pipe(out);`,
    errors: [
      {
        messageId: 'pipeLosesErrors',
        line: 2,
        column: 24,
        endLine: 2,
        endColumn: 65,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a method that is no chain method ends the chain',
    code: `import fs from 'node:fs';
fs.createReadStream(a).pipe(out).end();`,
    errors: [
      {
        messageId: 'pipeLosesErrors',
        line: 2,
        column: 24,
        endLine: 2,
        endColumn: 33,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a computed method after a pipe ends the chain',
    code: `import fs from 'node:fs';
fs.createReadStream(a).pipe(out)[method]();`,
    errors: [
      {
        messageId: 'pipeLosesErrors',
        line: 2,
        column: 24,
        endLine: 2,
        endColumn: 33,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a computed method before a pipe ends the chain',
    code: `import fs from 'node:fs';
fs.createReadStream(a)[method]().pipe(fs.createWriteStream(b));`,
    errors: [
      {
        messageId: 'pipeLosesErrors',
        line: 2,
        column: 34,
        endLine: 2,
        endColumn: 63,
        suggestions: [
          { messageId: 'usePipelineCallback', data: { name: 'pipeline' }, output: `import fs from 'node:fs';
import { pipeline } from 'node:stream';
pipeline(fs.createReadStream(a)[method](), fs.createWriteStream(b), (error) => { if (error) console.error(error); });` },
        ],
      },
    ],
  },
  {
    name: 'an assertion to another type of a stream',
    code: `import fs from 'node:fs';
(fs.createReadStream(a) as Source).pipe(out);`,
    errors: [
      {
        messageId: 'pipeLosesErrors',
        line: 2,
        column: 36,
        endLine: 2,
        endColumn: 45,
        suggestions: [
          { messageId: 'usePipelineCallback', data: { name: 'pipeline' }, output: `import fs from 'node:fs';
import { pipeline } from 'node:stream';
pipeline(fs.createReadStream(a) as Source, out, (error) => { if (error) console.error(error); });` },
        ],
      },
    ],
  },
  {
    name: 'a stream in either branch of a conditional',
    code: `import fs from 'node:fs';
(flag ? fs.createReadStream(a) : other).pipe(out);
(flag ? other : fs.createReadStream(a)).pipe(out);`,
    errors: [
      {
        messageId: 'pipeLosesErrors',
        line: 2,
        column: 41,
        endLine: 2,
        endColumn: 50,
        suggestions: [
          { messageId: 'usePipelineCallback', data: { name: 'pipeline' }, output: `import fs from 'node:fs';
import { pipeline } from 'node:stream';
pipeline(flag ? fs.createReadStream(a) : other, out, (error) => { if (error) console.error(error); });
(flag ? other : fs.createReadStream(a)).pipe(out);` },
        ],
      },
      {
        messageId: 'pipeLosesErrors',
        line: 3,
        column: 41,
        endLine: 3,
        endColumn: 50,
        suggestions: [
          { messageId: 'usePipelineCallback', data: { name: 'pipeline' }, output: `import fs from 'node:fs';
import { pipeline } from 'node:stream';
(flag ? fs.createReadStream(a) : other).pipe(out);
pipeline(flag ? other : fs.createReadStream(a), out, (error) => { if (error) console.error(error); });` },
        ],
      },
    ],
  },
  {
    name: 'a stream on either side of a logical expression',
    code: `import fs from 'node:fs';
(fs.createReadStream(a) || other).pipe(out);
(cached || fs.createReadStream(a)).pipe(out);`,
    errors: [
      {
        messageId: 'pipeLosesErrors',
        line: 2,
        column: 35,
        endLine: 2,
        endColumn: 44,
        suggestions: [
          { messageId: 'usePipelineCallback', data: { name: 'pipeline' }, output: `import fs from 'node:fs';
import { pipeline } from 'node:stream';
pipeline(fs.createReadStream(a) || other, out, (error) => { if (error) console.error(error); });
(cached || fs.createReadStream(a)).pipe(out);` },
        ],
      },
      {
        messageId: 'pipeLosesErrors',
        line: 3,
        column: 36,
        endLine: 3,
        endColumn: 45,
        suggestions: [
          { messageId: 'usePipelineCallback', data: { name: 'pipeline' }, output: `import fs from 'node:fs';
import { pipeline } from 'node:stream';
(fs.createReadStream(a) || other).pipe(out);
pipeline(cached || fs.createReadStream(a), out, (error) => { if (error) console.error(error); });` },
        ],
      },
    ],
  },
  {
    name: 'a variable that holds a pipe',
    code: `import zlib from 'node:zlib';
const zipped = input.pipe(zlib.createGzip());
zipped.pipe(out);`,
    errors: [
      {
        messageId: 'pipeLosesErrors',
        line: 2,
        column: 22,
        endLine: 2,
        endColumn: 45,
        suggestions: [],
      },
      {
        messageId: 'pipeLosesErrors',
        line: 3,
        column: 8,
        endLine: 3,
        endColumn: 17,
        suggestions: [
          { messageId: 'usePipelineCallback', data: { name: 'pipeline' }, output: `import zlib from 'node:zlib';
import { pipeline } from 'node:stream';
const zipped = input.pipe(zlib.createGzip());
pipeline(zipped, out, (error) => { if (error) console.error(error); });` },
        ],
      },
    ],
  },
  {
    name: 'a variable that holds a stream with a listener',
    code: `import fs from 'node:fs';
const source = fs.createReadStream(a).on('error', onError);
source.pipe(out);`,
    errors: [
      {
        messageId: 'pipeLosesErrors',
        line: 3,
        column: 8,
        endLine: 3,
        endColumn: 17,
        suggestions: [
          { messageId: 'usePipelineCallback', data: { name: 'pipeline' }, output: `import fs from 'node:fs';
import { pipeline } from 'node:stream';
const source = fs.createReadStream(a).on('error', onError);
pipeline(source, out, (error) => { if (error) console.error(error); });` },
        ],
      },
    ],
  },
  {
    name: 'a new stream as the source',
    code: `import { PassThrough } from 'node:stream';
new PassThrough().pipe(out);`,
    errors: [
      {
        messageId: 'pipeLosesErrors',
        line: 2,
        column: 19,
        endLine: 2,
        endColumn: 28,
        suggestions: [
          { messageId: 'usePipelineCallback', data: { name: 'pipeline' }, output: `import { PassThrough, pipeline } from 'node:stream';
pipeline(new PassThrough(), out, (error) => { if (error) console.error(error); });` },
        ],
      },
    ],
  },
  {
    name: 'a variable typed as a stream',
    code: `import { Readable } from 'node:stream';
const source: Readable = make();
source.pipe(out);`,
    errors: [
      {
        messageId: 'pipeLosesErrors',
        line: 3,
        column: 8,
        endLine: 3,
        endColumn: 17,
        suggestions: [
          { messageId: 'usePipelineCallback', data: { name: 'pipeline' }, output: `import { Readable, pipeline } from 'node:stream';
const source: Readable = make();
pipeline(source, out, (error) => { if (error) console.error(error); });` },
        ],
      },
    ],
  },
  {
    name: 'a server request with a default',
    code: `import http from 'node:http';
http.createServer((req = fallback, res) => {
  req.pipe(res);
});`,
    errors: [
      {
        messageId: 'pipeLosesErrors',
        line: 3,
        column: 7,
        endLine: 3,
        endColumn: 16,
        suggestions: [
          { messageId: 'usePipelineCallback', data: { name: 'pipeline' }, output: `import http from 'node:http';
import { pipeline } from 'node:stream';
http.createServer((req = fallback, res) => {
  pipeline(req, res, (error) => { if (error) console.error(error); });
});` },
        ],
      },
    ],
  },
  {
    name: 'a stream type through a namespace import',
    code: `import * as stream from 'node:stream';
(source as stream.Readable).pipe(out);`,
    errors: [
      {
        messageId: 'pipeLosesErrors',
        line: 2,
        column: 29,
        endLine: 2,
        endColumn: 38,
        suggestions: [
          { messageId: 'usePipelineCallback', data: { name: 'pipeline' }, output: `import * as stream from 'node:stream';
import { pipeline } from 'node:stream';
pipeline(source as stream.Readable, out, (error) => { if (error) console.error(error); });` },
        ],
      },
    ],
  },
  {
    name: 'a stream type through a default import',
    code: `import stream from 'stream';
(source as stream.Readable).pipe(out);`,
    errors: [
      {
        messageId: 'pipeLosesErrors',
        line: 2,
        column: 29,
        endLine: 2,
        endColumn: 38,
        suggestions: [
          { messageId: 'usePipelineCallback', data: { name: 'pipeline' }, output: `import stream from 'stream';
import { pipeline } from 'node:stream';
pipeline(source as stream.Readable, out, (error) => { if (error) console.error(error); });` },
        ],
      },
    ],
  },
  {
    name: 'a sequence expression as a stage keeps its parentheses',
    code: `import fs from 'node:fs';
export async function save() {
  fs.createReadStream(a).pipe((log(), out));
}`,
    errors: [
      {
        messageId: 'pipeLosesErrors',
        line: 3,
        column: 26,
        endLine: 3,
        endColumn: 44,
        suggestions: [
          { messageId: 'useAwaitedPipeline', data: { name: 'pipeline' }, output: `import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
export async function save() {
  await pipeline(fs.createReadStream(a), (log(), out));
}` },
        ],
      },
    ],
  },
  {
    name: 'a destructured require with a nested pattern',
    code: `const { pipeline: { name }, ...rest } = require('node:stream');
const fs = require('node:fs');
fs.createReadStream(a).pipe(out);`,
    errors: [
      {
        messageId: 'pipeLosesErrors',
        line: 3,
        column: 24,
        endLine: 3,
        endColumn: 33,
        suggestions: [
          { messageId: 'usePipelineCallback', data: { name: 'pipeline' }, output: `const { pipeline: { name }, ...rest } = require('node:stream');
const fs = require('node:fs');
const { pipeline } = require('node:stream');
pipeline(fs.createReadStream(a), out, (error) => { if (error) console.error(error); });` },
        ],
      },
    ],
  },
  {
    name: 'a local console: no callback suggestion',
    code: `import fs from 'node:fs';
const console = makeConsole();
fs.createReadStream(a).pipe(out);`,
    errors: [
      {
        messageId: 'pipeLosesErrors',
        line: 3,
        column: 24,
        endLine: 3,
        endColumn: 33,
        suggestions: [],
      },
    ],
  },
  ],
});
