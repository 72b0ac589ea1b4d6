import tsParser from '@typescript-eslint/parser';
import type { Linter, Rule } from 'eslint';
import { Linter as ESLintLinter } from 'eslint';
import { describe, expect, it } from 'vitest';

import type { HandlerRecognition } from '../../src/util/handlers.js';
import { getHandlerRecognition } from '../../src/util/handlers.js';

interface Options {
  readonly filename?: string;
  readonly settings?: Record<string, unknown>;
  /** Parse with espree, as a plain-JS project does. */
  readonly js?: boolean;
}

/** Runs the recognition on `code` through a probe rule, as a rule of the plugin would. */
function recognize(code: string, options: Options = {}): HandlerRecognition {
  let result: HandlerRecognition | undefined;
  const probe: Rule.RuleModule = {
    meta: { schema: [] },
    create(context) {
      result = getHandlerRecognition(context as unknown as Parameters<typeof getHandlerRecognition>[0]);
      return {};
    },
  };
  const config: Linter.Config = {
    files: ['**/*.ts', '**/*.js'],
    plugins: { probe: { rules: { recognize: probe } } },
    rules: { 'probe/recognize': 'error' },
    settings: { reliability: options.settings ?? {} },
    languageOptions: options.js === true ? { ecmaVersion: 'latest', sourceType: 'module' } : { parser: tsParser as Linter.Parser },
  };
  const messages = new ESLintLinter().verify(code, [config], options.filename ?? (options.js === true ? 'file.js' : 'file.ts'));
  expect(messages.map((message) => message.message)).toEqual([]);
  if (result === undefined) throw new Error('the probe rule did not run');
  return result;
}

/** The recognition as plain data: the source text of each node, objects by index. */
function summarize(code: string, recognition: HandlerRecognition): unknown {
  const text = (node: { range: [number, number] } | undefined): string | undefined =>
    node === undefined ? undefined : code.slice(node.range[0], node.range[1]);
  return {
    apps: recognition.apps.map((app) => ({
      kind: app.kind,
      framework: app.framework,
      node: text(app.node),
      created: app.created,
      served: app.served,
      escapes: app.escapes,
      parent: app.parent === undefined ? undefined : recognition.apps.indexOf(app.parent),
      passedTo: app.passedTo.map((call) => text(call.callee)),
      calls: app.calls.length,
    })),
    handlers: recognition.handlers.map((handler) => ({
      kind: handler.kind,
      framework: handler.framework,
      label: handler.label,
      node: text(handler.node),
      function: handler.function === undefined ? undefined : handler.function.type,
      wrappers: handler.wrappers.map((call) => text(call.callee)),
      middleware: handler.middleware.map((node) => text(node)),
      owner: handler.owner === undefined ? undefined : recognition.apps.indexOf(handler.owner),
    })),
    registersHandlers: recognition.registersHandlers,
    startsServer: recognition.startsServer,
    isTestFile: recognition.isTestFile,
  };
}

function run(code: string, options?: Options): unknown {
  return summarize(code, recognize(code, options));
}

const app = (overrides: Record<string, unknown>): Record<string, unknown> => ({
  kind: 'app',
  created: true,
  served: false,
  escapes: false,
  parent: undefined,
  passedTo: [],
  ...overrides,
});
const route = (overrides: Record<string, unknown>): Record<string, unknown> => ({
  kind: 'route',
  function: 'ArrowFunctionExpression',
  wrappers: [],
  middleware: [],
  owner: 0,
  ...overrides,
});

describe('getHandlerRecognition: Express', () => {
  it('finds the app, its routes, the middleware chain and the server start', () => {
    const code = `
import express from 'express';
const app = express();
app.use(express.json());
app.get('/users/:id', auth, (req, res) => res.json({}));
app.post('/users', [auth, validate], createUser);
function createUser(req, res) {}
app.listen(3000);
`;
    expect(run(code)).toEqual({
      apps: [app({ framework: 'express', node: 'express()', served: true, calls: 4 })],
      handlers: [
        route({ framework: 'express', label: 'GET /users/:id', node: '(req, res) => res.json({})', middleware: ['auth'] }),
        route({ framework: 'express', label: 'POST /users', node: 'createUser', function: 'FunctionDeclaration', middleware: ['auth', 'validate'] }),
      ],
      registersHandlers: true,
      startsServer: true,
      isTestFile: false,
    });
  });

  it('mounts a router on the app, also through a renamed import of Router', () => {
    const code = `
import express, { Router as R } from 'express';
const api = R();
api.get('/health', (req, res) => res.send('ok'));
const app = express();
app.use('/api', api);
`;
    const summary = run(code) as { apps: unknown[] };
    expect(summary.apps).toEqual([
      app({ kind: 'router', framework: 'express', node: 'R()', parent: 1, calls: 1 }),
      app({ framework: 'express', node: 'express()', calls: 1 }),
    ]);
  });

  it('follows app.route(path).get(h).post(h2)', () => {
    const code = `
import express from 'express';
const app = express();
app.route('/books').get((req, res) => {}).post((req, res) => {});
`;
    const summary = run(code) as { handlers: { label: string }[] };
    expect(summary.handlers.map((handler) => handler.label)).toEqual(['GET /books', 'POST /books']);
  });

  it('reads app.get(name) as a setting, not a route', () => {
    const code = `import express from 'express'; const app = express(); const env = app.get('env');`;
    expect((run(code) as { handlers: unknown[] }).handlers).toEqual([]);
  });

  it('looks through wrappers to the handler function', () => {
    const code = `
import express from 'express';
import asyncHandler from 'express-async-handler';
const router = express.Router();
router.get('/a', withMetrics(asyncHandler(async (req, res) => {})));
export default router;
`;
    const summary = run(code) as { handlers: unknown[] };
    expect(summary.handlers).toEqual([
      route({
        framework: 'express',
        label: 'GET /a',
        node: 'withMetrics(asyncHandler(async (req, res) => {}))',
        wrappers: ['withMetrics', 'asyncHandler'],
      }),
    ]);
  });

  it('follows this.app in a class, and a local function that receives the app', () => {
    const code = `
import express from 'express';
class Server {
  private app = express();
  constructor() { this.app.use(express.json()); configure(this.app); }
}
function configure(app) { app.get('/', (req, res) => res.send('ok')); }
`;
    const summary = run(code) as { apps: unknown[]; handlers: unknown[] };
    expect(summary.apps).toEqual([app({ framework: 'express', node: 'express()', calls: 2 })]);
    expect(summary.handlers).toEqual([route({ framework: 'express', label: 'GET /', node: "(req, res) => res.send('ok')" })]);
  });

  it('records the functions an app is handed to, and marks an app it cannot follow as escaping', () => {
    const code = `
import express from 'express';
import http from 'node:http';
const app = express();
setupMetrics(app);
http.createServer(app).listen(3000);
const holder = { app };
`;
    expect((run(code) as { apps: unknown[] }).apps).toEqual([
      app({ framework: 'express', node: 'express()', served: true, escapes: true, passedTo: ['setupMetrics'], calls: 0 }),
    ]);
  });

  it('takes an app created as a default parameter as received, not created', () => {
    const code = `import Koa from 'koa'; export default function init(app = new Koa()) { app.use(compress()); return app; }`;
    expect((run(code) as { apps: unknown[] }).apps).toEqual([app({ framework: 'koa', node: 'app', created: false, calls: 1 })]);
  });

  it('receives apps and routers through framework types', () => {
    const code = `
import express, { type Router } from 'express';
export function register(router: Router, app: express.Application) {
  router.get('/a', (req, res) => {});
  app.post('/b', (req, res) => {});
}
`;
    const summary = run(code) as { apps: unknown[]; handlers: { owner: number }[] };
    expect(summary.apps).toEqual([
      app({ kind: 'router', framework: 'express', node: 'router: Router', created: false, calls: 1 }),
      app({ framework: 'express', node: 'app: express.Application', created: false, calls: 1 }),
    ]);
    expect(summary.handlers.map((handler) => handler.owner)).toEqual([0, 1]);
  });

  it('works in plain JavaScript with require', () => {
    const code = `
const express = require('express');
const { Router } = require('express');
const app = express();
const router = Router();
router.get('/x', function (req, res) {});
app.use(router);
module.exports = app;
`;
    const summary = run(code, { js: true }) as { apps: unknown[]; handlers: unknown[] };
    expect(summary.apps).toEqual([
      app({ framework: 'express', node: 'express()', calls: 1 }),
      app({ kind: 'router', framework: 'express', node: 'Router()', parent: 0, calls: 1 }),
    ]);
    expect(summary.handlers).toEqual([
      route({ framework: 'express', label: 'GET /x', node: 'function (req, res) {}', function: 'FunctionExpression', owner: 1 }),
    ]);
  });
});

describe('getHandlerRecognition: what is not an app', () => {
  it('ignores a local function that shadows the import', () => {
    const code = `import express from 'express'; function f(express) { const app = express(); app.get('/', (req, res) => {}); }`;
    expect(run(code)).toMatchObject({ apps: [], handlers: [] });
  });

  it('ignores maps and stores with get methods', () => {
    const code = `import express from 'express'; const cache = new Map(); cache.get('/key', () => {}); store.post('/x', () => {});`;
    expect(run(code)).toMatchObject({ apps: [], handlers: [] });
  });

  it('answers a file without a framework at once', () => {
    const code = `const app = express(); app.get('/', (req, res) => {});`;
    expect(run(code)).toEqual({ apps: [], handlers: [], registersHandlers: false, startsServer: false, isTestFile: false });
  });

  it('marks test files', () => {
    expect(run(`import express from 'express';`, { filename: 'src/app.test.ts' })).toMatchObject({ isTestFile: true });
    expect(run(`import request from 'supertest'; import express from 'express';`)).toMatchObject({ isTestFile: true });
    expect(run(`import express from 'express';`, { filename: 'src/__tests__/app.ts' })).toMatchObject({ isTestFile: true });
  });
});

describe('getHandlerRecognition: Koa, Fastify, Hono', () => {
  it('mounts a Koa router through router.routes() and serves the app with listen()', () => {
    const code = `
import Koa from 'koa';
import Router from '@koa/router';
const app = new Koa();
const router = new Router();
router.get('user', '/users/:id', async (ctx) => {}).post('/users', async (ctx) => {});
app.use(router.routes()).use(router.allowedMethods());
app.listen(3000);
`;
    const summary = run(code) as { apps: unknown[]; handlers: { label: string; owner: number }[] };
    expect(summary.apps).toEqual([
      app({ framework: 'koa', node: 'new Koa()', served: true, calls: 3 }),
      app({ kind: 'router', framework: 'koa', node: 'new Router()', parent: 0, calls: 4 }),
    ]);
    expect(summary.handlers.map((handler) => [handler.label, handler.owner])).toEqual([
      ['GET /users/:id', 1],
      ['POST /users', 1],
    ]);
  });

  it('finds Fastify routes, route options and plugin instances', () => {
    const code = `
import Fastify from 'fastify';
const app = Fastify();
app.get('/a', { preHandler: [auth] }, async () => 1);
app.post('/b', { handler: async () => 2 });
app.route({ method: 'PUT', url: '/c', handler: async () => 3 });
app.register(async (instance) => { instance.get('/d', async () => 4); }, { prefix: '/v1' });
`;
    const summary = run(code) as { apps: unknown[]; handlers: { label: string; middleware: string[]; owner: number }[] };
    expect(summary.apps).toEqual([
      app({ framework: 'fastify', node: 'Fastify()', calls: 4 }),
      app({ kind: 'router', framework: 'fastify', node: 'instance', created: false, parent: 0, calls: 1 }),
    ]);
    expect(summary.handlers.map((handler) => [handler.label, handler.middleware, handler.owner])).toEqual([
      ['GET /a', ['[auth]'], 0],
      ['POST /b', [], 0],
      ['PUT /c', [], 0],
      ['GET /d', [], 1],
    ]);
  });

  it('reads a typed Fastify plugin', () => {
    const code = `
import type { FastifyPluginAsync } from 'fastify';
const routes: FastifyPluginAsync = async (fastify) => { fastify.get('/x', async () => 1); };
export default routes;
`;
    const summary = run(code) as { apps: unknown[]; handlers: unknown[] };
    expect(summary.apps).toEqual([app({ framework: 'fastify', node: 'fastify', created: false, calls: 1 })]);
    expect(summary.handlers).toHaveLength(1);
  });

  it('takes a served Hono instance as the app and an unserved one as a sub-app', () => {
    const code = `
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
const users = new Hono();
users.get('/', (c) => c.json([]));
const app = new Hono().basePath('/api');
app.route('/users', users);
app.on('PURGE', '/cache', (c) => c.text('ok'));
serve({ fetch: app.fetch, port: 3000 });
`;
    const summary = run(code) as { apps: unknown[]; handlers: { label: string }[]; startsServer: boolean };
    expect(summary.apps).toEqual([
      app({ kind: 'router', framework: 'hono', node: 'new Hono()', parent: 1, calls: 1 }),
      app({ framework: 'hono', node: 'new Hono()', served: true, calls: 3 }),
    ]);
    expect(summary.handlers.map((handler) => handler.label)).toEqual(['GET /', 'PURGE /cache']);
    expect(summary.startsServer).toBe(true);
  });
});

describe('getHandlerRecognition: NestJS', () => {
  it('finds the app and the controller methods, through the imports of @nestjs/common', () => {
    const code = `
import { NestFactory } from '@nestjs/core';
import { Controller, Get as HttpGet, Post } from '@nestjs/common';
const Get = () => () => {};
@Controller('users')
export class UsersController {
  @HttpGet(':id') findOne() { return 1; }
  @Post() async create() {}
  @Get() notARoute() {}
  helper() {}
}
async function bootstrap() { const app = await NestFactory.create(AppModule); await app.listen(3000); }
`;
    const summary = run(code) as { apps: unknown[]; handlers: unknown[] };
    expect(summary.apps).toEqual([app({ framework: 'nest', node: 'NestFactory.create(AppModule)', served: true, calls: 1 })]);
    expect(summary.handlers).toEqual([
      { kind: 'controller', framework: 'nest', label: 'UsersController.findOne', node: 'findOne', function: 'FunctionExpression', wrappers: [], middleware: [], owner: undefined },
      { kind: 'controller', framework: 'nest', label: 'UsersController.create', node: 'create', function: 'FunctionExpression', wrappers: [], middleware: [], owner: undefined },
    ]);
  });

  it('gives a controller method its own and its class decorators', () => {
    const code = `
import { Controller, Get, UseInterceptors } from '@nestjs/common';
@Controller() @UseInterceptors(MetricsInterceptor)
export class HealthController { @Get() @Timed() check() {} }
`;
    const [handler] = recognize(code).handlers;
    expect(handler?.decorators.map((decorator) => code.slice(...decorator.range))).toEqual([
      '@Get()',
      '@Timed()',
      '@Controller()',
      '@UseInterceptors(MetricsInterceptor)',
    ]);
  });
});

describe('getHandlerRecognition: entry points', () => {
  it('reads the HTTP method exports of a Next.js route file', () => {
    const code = `
export async function GET(request: Request) { return Response.json([]); }
export const POST = withAuth(async (request: Request) => Response.json({}));
const remove = async () => new Response(null);
export { remove as DELETE };
export const revalidate = 60;
export function helper() {}
`;
    const summary = run(code, { filename: 'app/api/users/route.ts' }) as { handlers: { label: string; function: string | undefined }[] };
    expect(summary.handlers.map((handler) => [handler.label, handler.function])).toEqual([
      ['GET', 'FunctionDeclaration'],
      ['POST', 'ArrowFunctionExpression'],
      ['DELETE', 'ArrowFunctionExpression'],
    ]);
  });

  it('reads the default export of a pages/api file, and nothing of other files', () => {
    const code = `export default async function handler(req, res) { res.status(200).json({}); }`;
    expect((run(code, { filename: 'src/pages/api/users.ts' }) as { handlers: unknown[] }).handlers).toHaveLength(1);
    expect((run(code, { filename: 'src/pages/users.ts' }) as { handlers: unknown[] }).handlers).toHaveLength(0);
  });

  it('reads the handler export of a file that imports aws-lambda, in ESM and CommonJS', () => {
    const esm = `import type { Handler } from 'aws-lambda'; export const handler: Handler = async (event) => ({ statusCode: 200 });`;
    expect((run(esm) as { handlers: unknown[] }).handlers).toEqual([
      { kind: 'entry', framework: 'lambda', label: 'handler', node: 'async (event) => ({ statusCode: 200 })', function: 'ArrowFunctionExpression', wrappers: [], middleware: [], owner: undefined },
    ]);
    const cjs = `const lambda = require('aws-lambda'); exports.handler = async function (event) { return {}; };`;
    expect((run(cjs, { js: true }) as { handlers: { label: string }[] }).handlers.map((handler) => handler.label)).toEqual(['handler']);
    expect((run(`export const handler = async () => ({});`) as { handlers: unknown[] }).handlers).toEqual([]);
  });

  it('uses settings.reliability.appFactories and handlerRegistrars', () => {
    const code = `
import { createApp } from '@acme/http';
import functions from '@google-cloud/functions-framework';
const app = createApp();
app.get('/x', (req, res) => {});
functions.http('hello', (req, res) => { res.send('hi'); });
`;
    const summary = run(code, { settings: { appFactories: ['createApp'], handlerRegistrars: ['functions.http'] } }) as {
      apps: unknown[];
      handlers: { kind: string; label: string }[];
    };
    expect(summary.apps).toEqual([app({ framework: 'custom', node: 'createApp()', calls: 1 })]);
    expect(summary.handlers.map((handler) => [handler.kind, handler.label])).toEqual([
      ['route', 'GET /x'],
      ['entry', 'functions.http hello'],
    ]);
  });
});

describe('getHandlerRecognition: the API', () => {
  it('finds the handler of a function and caches per file', () => {
    const code = `import express from 'express'; const app = express(); app.get('/', function home(req, res) {});`;
    let first: HandlerRecognition | undefined;
    let second: HandlerRecognition | undefined;
    const probe = (assign: (value: HandlerRecognition) => void): Rule.RuleModule => ({
      meta: { schema: [] },
      create(context) {
        assign(getHandlerRecognition(context as unknown as Parameters<typeof getHandlerRecognition>[0]));
        return {};
      },
    });
    new ESLintLinter().verify(
      code,
      [
        {
          files: ['**/*.ts', '**/*.js'],
          plugins: { probe: { rules: { a: probe((value) => (first = value)), b: probe((value) => (second = value)) } } },
          rules: { 'probe/a': 'error', 'probe/b': 'error' },
          languageOptions: { parser: tsParser as Linter.Parser },
        },
      ],
      'file.ts',
    );
    expect(first).toBeDefined();
    expect(second).toBe(first);
    const [handler] = first?.handlers ?? [];
    expect(handler?.function === undefined ? undefined : first?.getHandler(handler.function)).toBe(handler);
  });
});

interface Summary {
  readonly apps: Record<string, unknown>[];
  readonly handlers: Record<string, unknown>[];
}

const summarizeRun = (code: string, options?: Options): Summary => run(code, options) as Summary;
const labels = (summary: Summary): unknown[] => summary.handlers.map((handler) => handler.label);

describe('getHandlerRecognition: how an app is kept', () => {
  it('ignores a require of a computed module name', () => {
    const code = `
const plugin = require(pluginName);
const express = require('express');
const app = express();
app.get('/', (req, res) => res.end());
`;
    const summary = summarizeRun(code, { js: true });
    expect(summary.apps).toEqual([app({ framework: 'express', node: 'express()', calls: 1 })]);
    expect(labels(summary)).toEqual(['GET /']);
  });

  it('receives the instance of a fastify-plugin function, and nothing from one without a parameter', () => {
    const code = `
import fp from 'fastify-plugin';
export default fp(async (fastify) => { fastify.get('/x', async () => 'x'); });
export const empty = fp(async () => {});
export const none = fp();
`;
    const summary = summarizeRun(code);
    expect(summary.apps).toEqual([app({ framework: 'fastify', node: 'fastify', created: false, calls: 1 })]);
    expect(labels(summary)).toEqual(['GET /x']);
  });

  it('marks an app as escaping when the file cannot follow where it is kept', () => {
    const code = `
import express from 'express';
const { use } = express();
let app;
app = express();
app.get('/a', (req, res) => {});
undeclared = express();
holder.app = express();
let other;
other ||= express();
class S { static shared = express(); }
function init({ app } = express()) {}
const locals = express().locals;
express();
`;
    const summary = summarizeRun(code);
    expect(summary.apps.map((object) => [object.escapes, object.calls])).toEqual([
      [true, 0],
      [false, 1],
      [false, 0],
      [true, 0],
      [true, 0],
      [true, 0],
      [true, 0],
      [true, 0],
      [false, 0],
    ]);
    expect(summary.handlers).toEqual([route({ framework: 'express', label: 'GET /a', node: '(req, res) => {}', owner: 1 })]);
  });

  it('does not follow this.app outside a class', () => {
    const code = `
import express from 'express';
function Server() { this.app = express(); this.app.get('/', (req, res) => {}); }
const f = function () { this.app = express(); };
this.app = express();
`;
    const summary = summarizeRun(code);
    expect(summary.apps.map((object) => object.escapes)).toEqual([true, true, true]);
    expect(summary.handlers).toEqual([]);
  });

  it('skips this.app being assigned again, and marks a copy to another member as escaping', () => {
    const code = `
import express from 'express';
class Server {
  app = express();
  reset() { this.app = createApp(); this.copy = this.app; }
  start() { this.app.listen(3000); }
}
`;
    expect(summarizeRun(code).apps).toEqual([app({ framework: 'express', node: 'express()', served: true, escapes: true, calls: 1 })]);
  });

  it('reads this.app in methods and arrows, not in nested functions, classes or static blocks', () => {
    const code = `
import express from 'express';
class S {
  app = express();
  start() {
    function inner() { this.app.get('/no', (req, res) => {}); }
    class X { y = this.app; }
    const arrow = () => this.app.get('/yes', (req, res) => {});
  }
  static { this.app; }
}
`;
    const summary = summarizeRun(code);
    expect(summary.apps).toEqual([app({ framework: 'express', node: 'express()', calls: 1 })]);
    expect(labels(summary)).toEqual(['GET /yes']);
  });

  it('classifies every use of an app', () => {
    const code = `
import express from 'express';
import { Server } from './server';
const app = express();
type App = typeof app;
const registry = {};
registry[app] = true;
app.locals.title = 'x';
const port = app.port;
app(req, res);
new app();
new Server(app);
const copy = app;
let later = app;
const { listen } = app;
holder.app = app;
module.exports = app;
configure({ app });
const either = app || other;
const picked = app ? 1 : 2;
const chosen = flag ? app : other;
const give = () => app;
const list = [app];
await app;
if (app) {}
const not = !app;
const same = app === other;
Deno.serve(app.fetch);
const f = app.fetch;
`;
    expect(summarizeRun(code).apps).toEqual([
      app({ framework: 'express', node: 'express()', served: true, escapes: true, passedTo: ['Server', 'configure'], calls: 0 }),
    ]);
  });

  it('does not mark an app as escaping in an object that is exported or returned', () => {
    const code = `
import express from 'express';
const app = express();
export default { app };
function get() { return { app }; }
const make = () => ({ app });
module.exports = { app };
`;
    expect(summarizeRun(code).apps).toEqual([app({ framework: 'express', node: 'express()', calls: 0 })]);
  });

  it('follows local functions, with a default parameter, once each, and an IIFE; not a rest parameter', () => {
    const code = `
import express from 'express';
const app = express();
function withDefault(app = fallback) { app.get('/d', (req, res) => {}); }
function withRest(...apps) {}
withDefault(app);
withRest(app);
configure(app);
configure(app);
function configure(app) { app.get('/c', (req, res) => {}); }
((app) => { app.get('/iife', (req, res) => {}); })(app);
`;
    const summary = summarizeRun(code);
    expect(summary.apps).toEqual([app({ framework: 'express', node: 'express()', passedTo: ['withRest'], calls: 3 })]);
    expect(labels(summary)).toEqual(['GET /d', 'GET /c', 'GET /iife']);
  });

  it('mounts only through a known object and method, never an app on itself', () => {
    const code = `
import express from 'express';
const app = express();
const router = express.Router();
app[method]('/api', router);
other.use(router);
app.use('/a', app);
`;
    expect(summarizeRun(code).apps).toEqual([
      app({ framework: 'express', node: 'express()', passedTo: ['app.use'], calls: 2 }),
      app({ kind: 'router', framework: 'express', node: 'express.Router()', passedTo: ['app[method]', 'other.use'], calls: 0 }),
    ]);
  });
});

describe('getHandlerRecognition: more route shapes', () => {
  it('reads Koa routers: routes() mounted by use, del, named routes, calls without a handler', () => {
    const code = `
import Koa from 'koa';
import Router from '@koa/router';
const app = new Koa();
const router = new Router();
const mw = router.routes();
other.use(router.allowedMethods());
app.use(router.routes());
router.del('/x', (ctx) => {});
router.get('user', '/users/:id', (ctx) => {});
router.get();
router.route('/r');
`;
    const summary = summarizeRun(code);
    expect(summary.apps).toEqual([
      app({ framework: 'koa', node: 'new Koa()', calls: 1 }),
      app({ kind: 'router', framework: 'koa', node: 'new Router()', parent: 0, calls: 7 }),
    ]);
    expect(labels(summary)).toEqual(['DEL /x', 'GET /users/:id']);
  });

  it('reads Fastify plugins, route options and handlers, and skips what is not a route', () => {
    const code = `
import Fastify from 'fastify';
const fastify = Fastify();
fastify.register(async (instance = fastify) => { instance.get('/i', async () => 1); });
fastify.register(async ({ log }) => {});
fastify.register();
fastify.register(...plugins);
fastify.route();
fastify.route(options);
fastify.route({ method: 'GET', path: '/p', handler: async () => 1 });
fastify.route({ url: '/u', handler: async () => 1 });
fastify.route({ method: 'POST', url: '/two' }, extra);
fastify.get('/s', ...args);
fastify.get('/o', { ...opts, preHandler: auth, 'onRequest': log, [key]: x, handler: async () => 1 });
fastify.get('/n', { schema });
fastify[verb]('/c', async () => 1);
`;
    const summary = summarizeRun(code);
    expect(summary.apps).toEqual([
      app({ framework: 'fastify', node: 'Fastify()', escapes: true, calls: 13 }),
      app({ kind: 'router', framework: 'fastify', node: 'instance', created: false, parent: 0, calls: 1 }),
    ]);
    expect(summary.handlers).toEqual([
      route({ framework: 'fastify', label: 'GET /p', node: 'async () => 1' }),
      route({ framework: 'fastify', label: 'ROUTE /u', node: 'async () => 1' }),
      route({ framework: 'fastify', label: 'GET /o', node: 'async () => 1', middleware: ['auth', 'log'] }),
      route({ framework: 'fastify', label: 'GET /i', node: 'async () => 1', owner: 1 }),
    ]);
  });

  it('receives typed parameters with defaults and renamed types, and ignores other type references', () => {
    const code = `
import express, { type Express, 'Router' as R } from 'express';
import * as ns from 'express';
import { Router } from 'express';
function setup(app: Express = createApp()) { app.get('/t', (req, res) => {}); }
let holder: Express;
const x: Express = makeApp();
function mount(r: R) { r.get('/r', (req, res) => {}); }
function bad(a: ns, b: Router.Thing) {}
`;
    const summary = summarizeRun(code);
    expect(summary.apps).toEqual([
      app({ framework: 'express', node: 'app: Express', created: false, calls: 1 }),
      app({ kind: 'router', framework: 'express', node: 'r: R', created: false, calls: 1 }),
    ]);
    expect(labels(summary)).toEqual(['GET /t', 'GET /r']);
  });

  it('reads no app or router types from a module named like an Object.prototype member', () => {
    const code = `
import type { Request } from 'express';
import { keys } from 'constructor';
function mount(app: keys, req: Request) { app.get('/k', (req, res) => {}); }
`;
    const summary = summarizeRun(code);
    expect(summary.apps).toEqual([]);
    expect(labels(summary)).toEqual([]);
  });

  it('receives a plugin parameter once when it is both typed and wrapped in fastify-plugin', () => {
    const code = `
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
export default fp(async (fastify: FastifyInstance) => { fastify.get('/x', async () => 1); });
`;
    expect(summarizeRun(code).apps).toEqual([app({ framework: 'fastify', node: 'fastify: FastifyInstance', created: false, calls: 1 })]);
  });

  it('reads Hono on() with a list of methods or a computed one, and a route without a path', () => {
    const code = `
import { Hono } from 'hono';
const app = new Hono();
app.on(['GET', 'POST'], '/both', (c) => c.text('x'));
app.on(method, '/m', (c) => c.text('x'));
app.get((c) => c.text('all'));
export default app;
`;
    expect(labels(summarizeRun(code))).toEqual(['GET,POST /both', 'ON /m', 'GET *']);
  });

  it('labels every kind of path, and skips routes without a handler', () => {
    const code = `
import express from 'express';
const app = express();
app.route();
app.route('/x').get().post((req, res) => {});
app.route('/y')[verb]((req, res) => {});
const getter = app.route('/z').get;
app.get('/l', 42);
app.get('/s', ...handlers);
app.get('/arr', [auth, , ...more], (req, res) => {});
app.get('/spread', ...mws, (req, res) => {});
app.get(/^\\/re/, (req, res) => {});
app.get(\`/t\`, (req, res) => {});
app.get(\`/t/\${id}\`, (req, res) => {});
app.get(['/a', '/b'], (req, res) => {});
app.get(['/a', , '/b'], (req, res) => {});
app.get(PATH, (req, res) => {});
app.get(routes.users, (req, res) => {});
app.get(path('x'), (req, res) => {});
app.get('/api' + '/x', (req, res) => {});
app.get('/a-very-long-path/that/goes/on/and/on/and/on' + suffix, (req, res) => {});
app.get(42, (req, res) => {});
app.get({ path: '/o' }, (req, res) => {});
app.get('/w', wrap(...fns));
let late = async (req, res) => {};
app.get('/let', late);
const schema = { a: 1 };
app.get('/obj', schema);
let unset;
app.get('/unset', unset);
const member = handlers.list;
app.get('/member', member);
const alias = other;
app.get('/alias', alias);
`;
    const summary = summarizeRun(code);
    expect(labels(summary)).toEqual([
      'POST /x',
      'GET /arr',
      'GET /spread',
      'GET /^\\/re/',
      'GET /t',
      'GET `/t/${id}`',
      'GET /a,/b',
      "GET ['/a', , '/b']",
      'GET PATH',
      'GET routes.users',
      "GET path('x')",
      "GET '/api' + '/x'",
      "GET '/a-very-long-path/that/goes/on/and/o...",
      'GET /w',
      'GET /let',
      'GET /unset',
      'GET /member',
      'GET /alias',
    ]);
    expect(summary.handlers.find((handler) => handler.label === 'GET /arr')?.middleware).toEqual(['auth']);
    expect(summary.handlers.find((handler) => handler.label === 'GET /w')).toEqual(
      route({ framework: 'express', label: 'GET /w', node: 'wrap(...fns)', function: undefined, wrappers: ['wrap'] }),
    );
    expect(summary.handlers.find((handler) => handler.label === 'GET /let')?.function).toBeUndefined();
  });

  it('reads NestJS controller methods only: no fields, getters, duplicates or plain classes', () => {
    const code = `
import { Controller, Get, Post } from '@nestjs/common';
const decorate = Controller('x');
@Controller('users')
export class UsersController {
  @Get() handler = () => {};
  @Get() get count() { return 1; }
  @Get() @Post() both() {}
  @Get() ['computed']() {}
}
export default @Controller() class {
  @Get() list() {}
}
class Plain {
  @Get() list() {}
}
`;
    expect(labels(summarizeRun(code))).toEqual(['UsersController.both', "UsersController.'computed'", 'controller.list']);
  });
});

describe('getHandlerRecognition: more entry points', () => {
  it('reads export lists of a Next.js route file, not re-exports or patterns', () => {
    const code = `
export const { GET } = handlers;
export { POST } from './post';
const put = async () => new Response();
export { put as PUT, put as 'PATCH' };
export async function DELETE() { return new Response(); }
`;
    expect(labels(summarizeRun(code, { filename: 'app/orders/route.ts' }))).toEqual(['PUT', 'PATCH', 'DELETE']);
  });

  it('reads only assignments of a CommonJS export in a Lambda file', () => {
    const code = `
const lambda = require('aws-lambda');
console.log('x');
exports.handler += 1;
exports.deep.handler = async () => {};
window.handler = async () => {};
module.exports.handler = async (event) => ({ statusCode: 200 });
`;
    expect(labels(summarizeRun(code, { js: true }))).toEqual(['handler']);
  });

  it('reads registrars with a handler option or a last function, by new or call, and skips the rest', () => {
    const code = `
import functions from '@google-cloud/functions-framework';
functions.http('spread', ...args);
functions.http();
functions.http('obj', { handler: async (req, res) => {} });
functions.http('none', { methods: [] });
functions.http('num', 42);
functions.http(async (req, res) => {});
functions.https('other', async (req, res) => {});
const ref = functions.http;
new functions.http('new', async (req, res) => {});
`;
    const settings = { handlerRegistrars: ['functions.http', 'app.http', '.bad'], appFactories: ['.create'] };
    expect(labels(summarizeRun(code, { settings }))).toEqual(['functions.http obj', 'functions.http', 'functions.http new']);
  });

  it('finds a registrar declared in a script or left undeclared', () => {
    expect(
      labels(summarizeRun('var register = makeRegistrar();\nregister(\'a\', function (req, res) {});', { js: true, settings: { handlerRegistrars: ['register'] } })),
    ).toEqual(['register a']);
    expect(labels(summarizeRun("serveHttp('a', async (req, res) => {});", { settings: { handlerRegistrars: ['serveHttp'] } }))).toEqual([
      'serveHttp a',
    ]);
  });
});
