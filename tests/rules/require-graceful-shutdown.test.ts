import rule from '../../src/rules/require-graceful-shutdown.js';
import { createJsRuleTester, createRuleTester } from '../RuleTester.js';

const ruleTester = createRuleTester();
const jsRuleTester = createJsRuleTester();

ruleTester.run('require-graceful-shutdown', rule, {
  valid: [
    `
import express from 'express';
const app = express();
const server = app.listen(3000);
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
});`,
    "app.listen(3000);\nprocess.once('SIGTERM', shutdown);",
    "import process from 'node:process';\napp.listen(3000);\nprocess.on('SIGTERM', shutdown);",
    "const TERMINATE = 'SIGTERM';\napp.listen(3000);\nprocess.addListener(TERMINATE, shutdown);",
    {
      name: 'signals the file does not spell out may include SIGTERM',
      code: "app.listen(3000);\nfor (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, shutdown);",
    },
    {
      name: '@godaddy/terminus',
      code: "import { createTerminus } from '@godaddy/terminus';\ncreateTerminus(server, { onSignal: cleanup });\nserver.listen(3000);",
    },
    {
      name: 'close-with-grace, required',
      code: "const closeWithGrace = require('close-with-grace');\ncloseWithGrace(async () => { await app.close(); });\napp.listen({ port: 3000 });",
    },
    {
      name: 'http-terminator, imported lazily',
      code: "const { createHttpTerminator } = await import('http-terminator');\nconst server = app.listen(3000);",
    },
    {
      name: "NestJS's enableShutdownHooks",
      code: `
import { NestFactory } from '@nestjs/core';
async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.enableShutdownHooks();
  await app.listen(3000);
}
void bootstrap();`,
    },
    {
      name: 'a helper whose name says it shuts down, defined in another file',
      code: "import { setupGracefulShutdown } from './lifecycle';\nconst server = app.listen(3000);\nsetupGracefulShutdown(server);",
    },
    {
      name: 'a helper named in settings',
      code: 'const server = app.listen(3000);\nlifecycle.register(server);',
      settings: { reliability: { shutdownHelpers: ['lifecycle.register'] } },
    },
    {
      name: 'a helper named in the option',
      code: 'const server = app.listen(3000);\nthis.lifecycle.register(server);',
      options: [{ shutdownHelpers: ['lifecycle.register'] }],
    },
    {
      name: 'the file closes the server it starts (a test)',
      code: 'const server = app.listen(0);\nafterAll(() => server.close());',
    },
    {
      name: 'the file closes the app that owns the server',
      code: 'await fastify.listen({ port: 3000 });\nexport async function stop() {\n  await fastify.close();\n}',
    },
    {
      name: 'a class that closes its server',
      code: 'class HttpServer {\n  start() { this.server.listen(this.port); }\n  stop() { return promisify(this.server.close.bind(this.server))(); }\n}',
    },
    {
      name: 'the server is returned to the caller',
      code: 'export function start(port: number) {\n  return app.listen(port);\n}',
    },
    {
      name: 'the server is exported',
      code: 'export const server = app.listen(3000);',
    },
    {
      name: 'the server is stored in a variable that is exported',
      code: 'const server = app.listen(3000);\nexport { server };',
    },
    {
      name: 'the server is resolved to the caller',
      code: 'export const start = () =>\n  new Promise((resolve) => {\n    const server = app.listen(3000, () => resolve(server));\n  });',
    },
    {
      name: 'a Fastify app handed to another file owns its server',
      code: "import Fastify from 'fastify';\nconst app = Fastify();\nawait app.listen({ port: 3000 });\nexport default app;",
    },
    {
      name: 'a mock server from a package this rule does not know',
      code: "import { setupServer } from 'msw/node';\nconst server = setupServer(...handlers);\nbeforeAll(() => server.listen());",
    },
    {
      name: 'a dev server from a package this rule does not know',
      code: "import { createServer } from 'vite';\nconst server = await createServer({ root });\nawait server.listen();",
    },
    {
      name: 'the server is handed to a function of another module of the project',
      code: `
import * as utils from '../utils';
export class AuthEmulator {
  private destroyServer?: () => Promise<void>;
  start(port: number) {
    const server = app.listen(port);
    this.destroyServer = utils.createDestroyer(server);
  }
}`,
    },
    {
      name: 'destroy closes a server too, also one assigned later',
      code: `
import { Server } from '@hocuspocus/server';
let server: Server;
beforeEach(async () => {
  server = Server.configure({ port: 1234 });
  await server.listen();
});
afterEach(() => server.destroy());`,
    },
    {
      name: 'a server assigned from a package this rule does not know',
      code: "import { Server } from '@hocuspocus/server';\nlet server;\nserver = Server.configure({ port: 1234 });\nawait server.listen();",
    },
    {
      name: 'a server only the machine itself can reach',
      code: "app.listen(port, '127.0.0.1', () => log('ready'));\nawait fastify.listen({ port, host: 'localhost' });",
    },
    {
      name: 'a test file',
      filename: 'src/server.test.ts',
      code: 'app.listen(0);',
    },
    {
      name: 'a file in a test folder',
      filename: 'test/helpers/startServer.ts',
      code: 'app.listen(0);',
    },
    {
      name: 'a mock server',
      filename: 'src/deploy/mockDiscoveryServer.ts',
      code: "import express from 'express';\nconst app = express();\napp.listen(8080);",
    },
    {
      name: 'a receiver that is not named like a server',
      code: 'socket.listen(port);\npeer.listen();',
    },
  ],
  invalid: [
    {
      name: 'an Express app that never handles SIGTERM',
      code: `
import express from 'express';
const app = express();
app.get('/health', (_req, res) => res.send('ok'));
app.listen(3000, () => console.log('listening'));`,
      errors: [{ messageId: 'missingShutdownHandler', data: { callee: 'app.listen' }, line: 5, column: 5, endLine: 5, endColumn: 11 }],
    },
    {
      name: 'SIGINT alone does not cover a deploy',
      code: "const server = app.listen(3000);\nprocess.on('SIGINT', () => server.close());\nserver.on('error', onError);",
      errors: [{ messageId: 'missingShutdownHandler', data: { callee: 'app.listen' }, line: 1, column: 20, endLine: 1, endColumn: 26 }],
    },
    {
      name: 'a server created and started in one expression',
      code: "import http from 'node:http';\nhttp.createServer(handler).listen(8080);",
      errors: [{ messageId: 'missingShutdownHandler', data: { callee: 'listen' }, line: 2, column: 28, endLine: 2, endColumn: 34 }],
    },
    {
      name: 'a NestJS bootstrap',
      code: `
import { NestFactory } from '@nestjs/core';
async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  await app.listen(process.env.PORT ?? 3000);
}
void bootstrap();`,
      errors: [{ messageId: 'missingShutdownHandler', data: { callee: 'app.listen' }, line: 5, column: 13, endLine: 5, endColumn: 19 }],
    },
    {
      name: 'a Fastify instance by name',
      code: 'await fastify.listen({ port: 3000, host: "0.0.0.0" });',
      errors: [{ messageId: 'missingShutdownHandler', data: { callee: 'fastify.listen' }, line: 1, column: 15, endLine: 1, endColumn: 21 }],
    },
    {
      name: 'an app of a known framework, whatever its name',
      code: "import express from 'express';\nconst api = express();\napi.listen(8080);",
      errors: [{ messageId: 'missingShutdownHandler', data: { callee: 'api.listen' }, line: 3, column: 5, endLine: 3, endColumn: 11 }],
    },
    {
      name: 'exporting an Express app does not hand over the server listen returns',
      code: "import express from 'express';\nconst app = express();\napp.listen(3000);\nexport default app;",
      errors: [{ messageId: 'missingShutdownHandler', data: { callee: 'app.listen' }, line: 3, column: 5, endLine: 3, endColumn: 11 }],
    },
    {
      name: 'a parameter named process is not the global',
      code: "function watch(process: Emitter) {\n  process.on('SIGTERM', stop);\n}\napp.listen(3000);",
      errors: [{ messageId: 'missingShutdownHandler', data: { callee: 'app.listen' }, line: 4, column: 5, endLine: 4, endColumn: 11 }],
    },
    {
      name: 'a server on this',
      code: 'class Api {\n  start() {\n    this.httpServer.listen(this.port);\n  }\n}',
      errors: [
        { messageId: 'missingShutdownHandler', data: { callee: 'this.httpServer.listen' }, line: 3, column: 21, endLine: 3, endColumn: 27 },
      ],
    },
    {
      name: 'a file whose name only contains test or mock',
      filename: 'src/latest/mockingbird-server.ts',
      code: 'server.listen(8080);',
      errors: [{ messageId: 'missingShutdownHandler', data: { callee: 'server.listen' }, line: 1, column: 8, endLine: 1, endColumn: 14 }],
    },
    {
      name: 'a TS wrapper around the receiver',
      code: "import type { Express } from 'express';\n(app as Express).listen(3000);",
      errors: [{ messageId: 'missingShutdownHandler', data: { callee: 'app.listen' }, line: 2, column: 18, endLine: 2, endColumn: 24 }],
    },
    {
      name: 'an app from a local factory',
      code: "import { buildApp } from './app';\nconst app = await buildApp();\nawait app.listen({ port: 3000 });",
      errors: [{ messageId: 'missingShutdownHandler', data: { callee: 'app.listen' }, line: 3, column: 11, endLine: 3, endColumn: 17 }],
    },
    {
      name: 'an app named like one and handed to route modules is still reported',
      code: "import { app } from './app';\nimport { registerRoutes } from './routes';\nregisterRoutes(app);\napp.listen(3000, '0.0.0.0');",
      errors: [{ messageId: 'missingShutdownHandler', data: { callee: 'app.listen' }, line: 4, column: 5, endLine: 4, endColumn: 11 }],
    },
    {
      name: 'the option replaces the helpers of settings',
      code: 'const server = app.listen(3000);\nlifecycle.register(server);',
      options: [{ shutdownHelpers: ['registerShutdown'] }],
      settings: { reliability: { shutdownHelpers: ['lifecycle.register'] } },
      errors: [{ messageId: 'missingShutdownHandler', data: { callee: 'app.listen' }, line: 1, column: 20, endLine: 1, endColumn: 26 }],
    },
    {
      name: 'each server is reported',
      code: 'app.listen(80);\nadminApp.listen(9090);',
      errors: [
        { messageId: 'missingShutdownHandler', data: { callee: 'app.listen' }, line: 1, column: 5, endLine: 1, endColumn: 11 },
        { messageId: 'missingShutdownHandler', data: { callee: 'adminApp.listen' }, line: 2, column: 10, endLine: 2, endColumn: 16 },
      ],
    },
  ],
});

jsRuleTester.run('require-graceful-shutdown (JS)', rule, {
  valid: ["const app = require('./app');\nconst server = app.listen(3000);\nprocess.on('SIGTERM', () => server.close());"],
  invalid: [
    {
      name: 'CommonJS Express entry point that exports the app for tests',
      code: `
const express = require('express');
const app = express();
if (require.main === module) {
  app.listen(process.env.PORT);
}
module.exports = app;`,
      errors: [{ messageId: 'missingShutdownHandler', data: { callee: 'app.listen' }, line: 5, column: 7, endLine: 5, endColumn: 13 }],
    },
  ],
});

ruleTester.run('require-graceful-shutdown: more servers, aliases and hand-overs', rule, {
  valid: [
  {
    name: 'process through a namespace import of node:process',
    code: `
import express from 'express';
const app = express();
import * as proc from 'node:process';
const server = app.listen(3000);
proc.on('SIGTERM', () => server.close());`,
  },
  {
    name: 'a close inside a computed listener',
    code: `
import express from 'express';
const app = express();
const server = app.listen(3000);
emitter[event]('stop', () => server.close());`,
  },
  {
    name: 'aliases too deep to follow, under names that say nothing',
    code: `
import express from 'express';
const app = express();
const a = app;
const b = a;
const c = b;
const d = c;
const e = d;
const f = e;
f.listen(3000);`,
  },
  {
    name: 'a server kept on this and closed',
    code: `
import express from 'express';
const app = express();
class Main {
  start() {
    this.server = app.listen(3000);
  }
  stop() {
    this.server.close();
  }
}`,
  },
  {
    name: 'an arrow that returns the server',
    code: `
import express from 'express';
const app = express();
export const start = () => app.listen(3000);`,
  },
  {
    name: 'a returned list and object of servers',
    code: `
import express from 'express';
const app = express();
export function start() {
  return [app.listen(3000), { server: app.listen(3001) }];
}`,
  },
  {
    name: 'a server exported by module.exports and exports',
    code: `
import express from 'express';
const app = express();
module.exports = app.listen(3000);
exports.admin = app.listen(3001);`,
  },
  {
    name: 'a server assigned to a variable that is exported',
    code: `
import express from 'express';
const app = express();
let server;
server = app.listen(3000);
export { server };`,
  },
  ],
  invalid: [
  {
    name: 'a dynamic import of another module',
    code: `
import express from 'express';
const app = express();
await import('./routes');
config[key];
app.listen(3000);`,
    errors: [
      {
        messageId: 'missingShutdownHandler',
        data: { callee: 'app.listen' },
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 11,
      },
    ],
  },
  {
    name: 'computed method calls',
    code: `
import express from 'express';
const app = express();
server[method]();
registry[kind].start();
app.listen(3000);`,
    errors: [
      {
        messageId: 'missingShutdownHandler',
        data: { callee: 'app.listen' },
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 11,
      },
    ],
  },
  {
    name: 'a process that is a member of this',
    code: `
import express from 'express';
const app = express();
class Worker {
  run() {
    this.process.on('SIGTERM', stop);
  }
}
app.listen(3000);`,
    errors: [
      {
        messageId: 'missingShutdownHandler',
        data: { callee: 'app.listen' },
        line: 9,
        column: 5,
        endLine: 9,
        endColumn: 11,
      },
    ],
  },
  {
    name: 'process.on without an event, or with a spread',
    code: `
import express from 'express';
const app = express();
process.on();
process.on(...events);
app.listen(3000);`,
    errors: [
      {
        messageId: 'missingShutdownHandler',
        data: { callee: 'app.listen' },
        line: 6,
        column: 5,
        endLine: 6,
        endColumn: 11,
      },
    ],
  },
  {
    name: 'a server alias of a member of this',
    code: `
class Main {
  start() {
    const s = this.server;
    s.listen(3000);
  }
}`,
    errors: [
      {
        messageId: 'missingShutdownHandler',
        data: { callee: 's.listen' },
        line: 5,
        column: 7,
        endLine: 5,
        endColumn: 13,
      },
    ],
  },
  {
    name: 'a server assigned from other variables',
    code: `
let server = existing;
server = other;
server.listen(3000);`,
    errors: [
      {
        messageId: 'missingShutdownHandler',
        data: { callee: 'server.listen' },
        line: 4,
        column: 8,
        endLine: 4,
        endColumn: 14,
      },
    ],
  },
  {
    name: 'a server made by a call of a call',
    code: `
const server = (await getFactory())();
server.listen(3000);`,
    errors: [
      {
        messageId: 'missingShutdownHandler',
        data: { callee: 'server.listen' },
        line: 3,
        column: 8,
        endLine: 3,
        endColumn: 14,
      },
    ],
  },
  {
    name: 'a server nested too deep to follow',
    code: `
import express from 'express';
const app = express();
export function start() {
  return [[[[[[app.listen(3000)]]]]]];
}`,
    errors: [
      {
        messageId: 'missingShutdownHandler',
        data: { callee: 'app.listen' },
        line: 5,
        column: 20,
        endLine: 5,
        endColumn: 26,
      },
    ],
  },
  {
    name: 'a server used as a computed key',
    code: `
import express from 'express';
const app = express();
const servers = { [app.listen(3000)]: true };`,
    errors: [
      {
        messageId: 'missingShutdownHandler',
        data: { callee: 'app.listen' },
        line: 4,
        column: 24,
        endLine: 4,
        endColumn: 30,
      },
    ],
  },
  {
    name: 'a server stored on another object',
    code: `
import express from 'express';
const app = express();
registry.server = app.listen(3000);`,
    errors: [
      {
        messageId: 'missingShutdownHandler',
        data: { callee: 'app.listen' },
        line: 4,
        column: 23,
        endLine: 4,
        endColumn: 29,
      },
    ],
  },
  {
    name: 'two servers in one file',
    code: `
import express from 'express';
const app = express();
app.listen(3000);
app.listen(3001);`,
    errors: [
      {
        messageId: 'missingShutdownHandler',
        data: { callee: 'app.listen' },
        line: 4,
        column: 5,
        endLine: 4,
        endColumn: 11,
      },
      {
        messageId: 'missingShutdownHandler',
        data: { callee: 'app.listen' },
        line: 5,
        column: 5,
        endLine: 5,
        endColumn: 11,
      },
    ],
  },
  {
    name: 'a server read through an optional chain',
    code: `
(app?.server).listen(3000);`,
    errors: [
      {
        messageId: 'missingShutdownHandler',
        data: { callee: 'app.server.listen' },
        line: 2,
        column: 15,
        endLine: 2,
        endColumn: 21,
      },
    ],
  },
  ],
});
