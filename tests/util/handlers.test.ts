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
