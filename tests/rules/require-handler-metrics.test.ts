import path from 'node:path';

import rule from '../../src/rules/require-handler-metrics.js';
import { createJsRuleTester, createRuleTester } from '../RuleTester.js';

/** A package with an `instrumentation.ts` at its root, and one without: the rule looks for the file on disk. */
const fixtures = path.join(import.meta.dirname, '../fixtures/require-handler-metrics');
const INSTRUMENTED_ROUTE = path.join(fixtures, 'instrumented/app/api/orders/route.ts');
const PLAIN_ROUTE = path.join(fixtures, 'plain/app/api/orders/route.ts');

// Every framework in both scopes: `scope: 'app'` (the default, in `recommended`) reports apps whose file
// registers no metrics, and stand-alone entry points; `scope: 'handler'` (in `strict`) also reports
// each route or controller handler that is not measured on its own or by an app of the same file.

const ruleTester = createRuleTester();
const jsRuleTester = createJsRuleTester();

ruleTester.run('require-handler-metrics', rule, {
  valid: [
    {
      name: "the package has an instrumentation.ts, which Next.js loads before any route",
      filename: INSTRUMENTED_ROUTE,
      code: `
export async function GET() {
  return Response.json([]);
}
`,
    },
    {
      name: 'Express app with express-prom-bundle',
      code: `
import express from 'express';
import promBundle from 'express-prom-bundle';

const app = express();
app.use(promBundle({ includeMethod: true, includePath: true }));
app.get('/health', (req, res) => res.send('ok'));
app.listen(3000);
`,
    },
    {
      name: 'middleware from a module whose name says metrics, renamed',
      code: `
import express from 'express';
import { middleware as http } from '@acme/prometheus';

const app = express();
app.use(http());
`,
    },
    {
      name: 'a do-it-yourself middleware that starts a prom-client timer',
      code: `
import express from 'express';

const app = express();
app.use((req, res, next) => {
  const end = requestDuration.startTimer({ method: req.method });
  res.on('finish', () => end({ status: res.statusCode }));
  next();
});
`,
    },
    {
      name: 'middleware function declared in the file, passed by name',
      code: `
import express from 'express';

function recordLatency(req, res, next) {
  const started = performance.now();
  res.on('finish', () => statsd.timing('http.latency', performance.now() - started));
  next();
}

const app = express();
app.use(recordLatency);
`,
    },
    {
      name: 'middleware named in settings.reliability.metricsMiddleware',
      code: `
import express from 'express';
import { requestStats } from './middleware/stats';

const app = express();
app.use(requestStats);
`,
      settings: { reliability: { metricsMiddleware: ['requestStats'] } },
    },
    {
      name: 'the rule option metricsMiddleware replaces the setting',
      code: `
import express from 'express';
import { requestStats } from './middleware/stats';

const app = express();
app.use(requestStats);
`,
      options: [{ metricsMiddleware: ['requestStats'] }],
      settings: { reliability: { metricsMiddleware: ['other'] } },
    },
    {
      name: 'an app handed to a function the file does not show may be measured there',
      code: `
import express from 'express';
import { configureApp } from './configure';

const app = express();
configureApp(app);
app.listen(3000);
`,
    },
    {
      name: 'an app handed to a function whose name says metrics',
      code: `
import express from 'express';

const app = express();
setupMetrics(app);
`,
    },
    {
      name: 'middleware spread from a list the file does not show',
      code: `
import express from 'express';
import { middlewares } from './middlewares';

const app = express();
app.use(...middlewares);
`,
    },
    {
      name: 'the file loads tracing first',
      code: `
import './tracing';
import express from 'express';

const app = express();
app.listen(3000);
`,
    },
    {
      name: 'the file starts an APM agent',
      code: `
import tracer from 'dd-trace';
import express from 'express';

tracer.init();
const app = express();
`,
    },
    {
      name: 'a module named in instrumentationModules',
      code: `
import { startTelemetry } from '@acme/observability';
import express from 'express';

startTelemetry();
const app = express();
`,
      settings: { reliability: { instrumentationModules: ['@acme/observability'] } },
    },
    {
      name: 'a type-only import of an instrumentation module is no instrumentation, but this app is measured',
      code: `
import type { Span } from '@opentelemetry/api';
import express from 'express';
import promBundle from 'express-prom-bundle';

const app = express();
app.use(promBundle());
`,
    },
    {
      name: 'apps in test files are harnesses',
      filename: 'src/users.test.ts',
      code: `
import express from 'express';

const app = express();
app.get('/users', (req, res) => res.json([]));
`,
    },
    {
      name: 'apps next to supertest are harnesses',
      code: `
import express from 'express';
import request from 'supertest';

const app = express();
await request(app).get('/');
`,
    },
    {
      name: 'an app behind type wrappers and optional chaining',
      code: `
import express, { type Express } from 'express';
import promBundle from 'express-prom-bundle';

const app = express() as Express;
(app as Express)?.use(promBundle());
app!.listen(3000);
`,
    },
    {
      name: 'a class that registers the middleware on this.app',
      code: `
import express from 'express';
import promBundle from 'express-prom-bundle';

export class Server {
  private readonly app = express();

  constructor() {
    this.middleware();
  }

  private middleware() {
    this.app.use(promBundle());
  }
}
`,
    },
    {
      name: 'the app is created by an unknown expression, not by express',
      code: `
import express from 'express';

function build(express: () => { get(path: string, handler: unknown): void }) {
  const app = express();
  app.get('/', () => {});
}
`,
    },
    {
      name: 'a Map is not an app',
      code: `
const cache = new Map();
cache.get('/users');
store.get('/users', () => {});
`,
      options: [{ scope: 'handler' }],
    },
    {
      name: 'express app exported without a binding: the file shows none of its setup',
      code: `
import express from 'express';

export default express();
`,
    },
    {
      name: 'a Koa app that the file does not serve is a sub-app mounted elsewhere',
      code: `
import Koa from 'koa';
import Router from '@koa/router';

const app = new Koa();
const router = new Router();
router.get('/users', async (ctx) => { ctx.body = []; });
app.use(router.routes());
export default app;
`,
    },
    {
      name: 'Koa app with a metrics middleware',
      code: `
import Koa from 'koa';
import koaPrometheus from 'koa-prometheus-adv';

const app = new Koa();
app.use(koaPrometheus.middleware());
app.listen(3000);
`,
    },
    {
      name: 'Fastify app with fastify-metrics',
      code: `
import Fastify from 'fastify';
import metricsPlugin from 'fastify-metrics';

const app = Fastify({ logger: true });
await app.register(metricsPlugin, { endpoint: '/metrics' });
app.get('/health', async () => ({ ok: true }));
`,
    },
    {
      name: 'Fastify app with an onResponse hook that observes a histogram',
      code: `
import Fastify from 'fastify';

const app = Fastify();
app.addHook('onResponse', async (request, reply) => {
  responseTime.observe({ route: request.routeOptions.url }, reply.elapsedTime);
});
`,
    },
    {
      name: 'Fastify app that registers the whole application as a plugin',
      code: `
import Fastify from 'fastify';
import fp from 'fastify-plugin';
import serviceApp from './app.js';

const app = Fastify();
app.register(fp(serviceApp));
await app.listen({ port: 3000 });
`,
    },
    {
      name: 'Hono sub-app: not served here, mounted by the app that serves it',
      code: `
import { Hono } from 'hono';

const users = new Hono();
users.get('/', (c) => c.json([]));
export default users;
`,
    },
    {
      name: 'Hono app with @hono/prometheus',
      code: `
import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { prometheus } from '@hono/prometheus';

const { printMetrics, registerMetrics } = prometheus();
const app = new Hono();
app.use('*', registerMetrics);
app.get('/metrics', printMetrics);
serve({ fetch: app.fetch, port: 3000 });
`,
    },
    {
      name: 'NestJS app with a global metrics interceptor',
      code: `
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { MetricsInterceptor } from './metrics.interceptor';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.useGlobalInterceptors(new MetricsInterceptor());
  await app.listen(3000);
}
void bootstrap();
`,
    },
    {
      name: 'NestJS app whose module in the same file provides the interceptor',
      code: `
import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR, NestFactory } from '@nestjs/core';

@Module({ providers: [{ provide: APP_INTERCEPTOR, useClass: MetricsInterceptor }] })
class AppModule {}

const app = await NestFactory.create(AppModule);
await app.listen(3000);
`,
    },
    {
      name: 'NestJS app whose root module is imported: it may provide the interceptor as APP_INTERCEPTOR',
      code: `
import { ClassSerializerInterceptor } from '@nestjs/common';
import { NestFactory, Reflector } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.useGlobalInterceptors(new ClassSerializerInterceptor(app.get(Reflector)));
  SwaggerModule.setup('docs', app, SwaggerModule.createDocument(app, config));
  await app.listen(3000);
}
void bootstrap();
`,
    },
    {
      name: 'NestJS app of a seed script, which never listens',
      code: `
import { NestFactory } from '@nestjs/core';
import { SeedModule } from './seed.module';

const app = await NestFactory.create(SeedModule);
await app.get(UserSeedService).run();
await app.close();
`,
    },
    {
      name: 'scope app: handlers on a router are checked where their app is created',
      code: `
import { Router } from 'express';

export const users = Router();
users.get('/users', (req, res) => res.json([]));
`,
    },
    {
      name: 'scope app: controller methods are checked where their app is created',
      code: `
import { Controller, Get } from '@nestjs/common';

@Controller('users')
export class UsersController {
  @Get()
  findAll() {
    return [];
  }
}
`,
    },
    {
      name: 'scope handler: a handler that starts its own timer',
      code: `
import { Router } from 'express';

export const users = Router();
users.get('/users', async (req, res) => {
  const end = httpDuration.startTimer();
  res.json(await listUsers());
  end();
});
`,
      options: [{ scope: 'handler' }],
    },
    {
      name: 'scope handler: a handler wrapped in a configured wrapper',
      code: `
import { Router } from 'express';
import { measured } from '@acme/metrics';

export const users = Router();
users.get('/users', measured('list_users', async (req, res) => res.json([])));
`,
      options: [{ scope: 'handler' }],
      settings: { reliability: { metricsWrappers: ['measured'] } },
    },
    {
      name: 'scope handler: a wrapper the rule does not know may measure',
      code: `
import { Router } from 'express';
import { wrap } from '../lib/wrap';

export const users = Router();
users.get('/users', wrap(async (req, res) => res.json([])));
`,
      options: [{ scope: 'handler' }],
    },
    {
      name: 'scope handler: an imported handler is checked in its own file',
      code: `
import { Router } from 'express';
import { listUsers } from './users.controller';

export const users = Router();
users.get('/users', listUsers);
users.get('/users/:id', controller.getUser);
`,
      options: [{ scope: 'handler' }],
    },
    {
      name: 'scope handler: a handler passed by name that opens a span',
      code: `
import { Router } from 'express';
import { trace } from '@opentelemetry/api';

const tracer = trace.getTracer('users');
export const users = Router();
users.get('/users', listUsers);

async function listUsers(req, res) {
  await tracer.startActiveSpan('listUsers', async (span) => {
    res.json([]);
    span.end();
  });
}
`,
      options: [{ scope: 'handler' }],
    },
    {
      name: 'scope handler: routes of an app that is measured in the same file',
      code: `
import express from 'express';
import promBundle from 'express-prom-bundle';

const app = express();
const api = express.Router();
app.use(promBundle());
app.use('/api', api);
api.get('/users', (req, res) => res.json([]));
app.get('/health', (req, res) => res.send('ok'));
`,
      options: [{ scope: 'handler' }],
    },
    {
      name: 'scope handler: metrics middleware in the route\'s own chain',
      code: `
import { Router } from 'express';
import { metricsMiddleware } from '../metrics';

export const users = Router();
users.get('/users', metricsMiddleware('list_users'), (req, res) => res.json([]));
`,
      options: [{ scope: 'handler' }],
    },
    {
      name: 'scope handler: express-async-handler is seen through to a handler that records a timing',
      code: `
import { Router } from 'express';
import asyncHandler from 'express-async-handler';

export const reports = Router();
reports.get('/report', asyncHandler(async (req, res) => {
  const started = Date.now();
  res.json(await buildReport());
  statsd.timing('report.latency', Date.now() - started);
}));
`,
      options: [{ scope: 'handler' }],
    },
    {
      name: 'scope handler: dd-trace\'s tracer.trace in the body',
      code: `
import { Router } from 'express';
import tracer from './tracer';

export const users = Router();
users.get('/users', (req, res) => tracer.trace('users.list', () => res.json([])));
`,
      options: [{ scope: 'handler' }],
    },
    {
      name: 'scope handler: a metrics object named in settings.reliability.metrics',
      code: `
import { Router } from 'express';

export const users = Router();
users.get('/users', (req, res) => {
  prom.requests.inc({ route: '/users' });
  res.json([]);
});
`,
      options: [{ scope: 'handler' }],
      settings: { reliability: { metrics: ['prom'] } },
    },
    {
      name: 'scope handler: NestJS methods with @Timed() or a controller-wide metrics interceptor',
      code: `
import { Controller, Get, Post, UseInterceptors } from '@nestjs/common';

@Controller('users')
export class UsersController {
  @Get()
  @Timed()
  findAll() {
    return [];
  }
}

@Controller('orders')
@UseInterceptors(MetricsInterceptor)
export class OrdersController {
  @Post()
  create() {
    return {};
  }
}
`,
      options: [{ scope: 'handler' }],
    },
    {
      name: 'scope handler: a decorator named in settings.reliability.metricsDecorators',
      code: `
import { Controller, Get } from '@nestjs/common';
import { Observed } from '@acme/observability';

@Controller('users')
export class UsersController {
  @Get()
  @Observed('users.findAll')
  findAll() {
    return [];
  }
}
`,
      options: [{ scope: 'handler' }],
      settings: { reliability: { metricsDecorators: ['Observed'] } },
    },
    {
      name: 'scope handler: the router is mounted from another file, its handlers are not visible here',
      code: `
import express from 'express';
import promBundle from 'express-prom-bundle';
import { users } from './routes/users';

const app = express();
app.use(promBundle());
app.use('/users', users);
`,
      options: [{ scope: 'handler' }],
    },
    {
      name: 'scope handler: app.get(name) reads a setting',
      code: `
import express from 'express';
import promBundle from 'express-prom-bundle';

const app = express();
app.use(promBundle());
const env = app.get('env');
`,
      options: [{ scope: 'handler' }],
    },
    {
      name: 'scope handler: a Fastify plugin instance of a measured app',
      code: `
import Fastify from 'fastify';
import metricsPlugin from 'fastify-metrics';

const app = Fastify();
await app.register(metricsPlugin);
app.register(async (instance) => {
  instance.get('/users', async () => []);
});
`,
      options: [{ scope: 'handler' }],
    },
    {
      name: 'Next.js route wrapped in a metrics wrapper',
      filename: 'app/api/users/route.ts',
      code: `
import { withMetrics } from '@acme/metrics';

export const GET = withMetrics(async (request: Request) => Response.json([]));
`,
    },
    {
      name: 'Next.js route wrapped in a function the rule does not know',
      filename: 'app/api/users/route.ts',
      code: `
import { withAuth } from '@/lib/auth';

export const GET = withAuth(async (request: Request) => Response.json([]));
`,
    },
    {
      name: 'Next.js route that opens a span',
      filename: 'app/api/users/route.ts',
      code: `
import { trace } from '@opentelemetry/api';

export async function GET(request: Request) {
  return trace.getTracer('api').startActiveSpan('GET /api/users', async (span) => {
    span.end();
    return Response.json([]);
  });
}
`,
    },
    {
      name: 'Next.js exports that are not HTTP methods',
      filename: 'app/api/users/route.ts',
      code: `
export const dynamic = 'force-dynamic';
export async function generateStaticParams() {
  return [];
}
`,
    },
    {
      name: "a route.ts outside an app/ folder is another framework's (Medusa), not a Next.js route",
      filename: 'src/api/store/orders/route.ts',
      code: `
export const GET = async (req, res) => {
  res.json({ orders: [] });
};
`,
    },
    {
      name: 'a GET export outside a route file is no entry point',
      filename: 'src/lib/users.ts',
      code: `
export async function GET(request: Request) {
  return Response.json([]);
}
`,
    },
    {
      name: 'Lambda handler built with middy and Powertools middleware',
      code: `
import middy from '@middy/core';
import { logMetrics } from '@aws-lambda-powertools/metrics';
import type { APIGatewayProxyHandler } from 'aws-lambda';

const lambdaHandler: APIGatewayProxyHandler = async () => ({ statusCode: 200, body: '' });
export const handler = middy(lambdaHandler).use(logMetrics(metrics));
`,
    },
    {
      name: 'an exported handler in a file that does not import aws-lambda',
      code: `
export const handler = async (event) => ({ statusCode: 200, body: '' });
`,
    },
  ],
  invalid: [
    {
      name: 'Express app without metrics middleware',
      code: `
import express from 'express';
import helmet from 'helmet';

const app = express();
app.use(helmet());
app.use(express.json());
app.get('/users', (req, res) => res.json([]));
app.listen(3000);
`,
      errors: [
        {
          messageId: 'unmeasuredApp',
          data: { framework: 'Express', middleware: 'express-prom-bundle' },
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 22,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Express app with a type annotation, exported for a server file',
      code: `
import express, { type Express } from 'express';
import { userRouter } from './routes/users';

export const app: Express = express();
app.use('/users', userRouter);
`,
      errors: [
        {
          messageId: 'unmeasuredApp',
          data: { framework: 'Express', middleware: 'express-prom-bundle' },
          line: 5,
          column: 29,
          endLine: 5,
          endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      name: 'the message names the team\'s middleware',
      code: `
import express from 'express';

const app = express();
app.listen(3000);
`,
      settings: { reliability: { metricsMiddleware: ['requestStats'] } },
      errors: [
        {
          messageId: 'unmeasuredApp',
          data: { framework: 'Express', middleware: 'requestStats' },
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 22,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Express app created in a class constructor',
      code: `
import express from 'express';

export class Server {
  private app: express.Express;

  constructor() {
    this.app = express();
    this.app.use(express.json());
  }

  listen(port: number) {
    this.app.listen(port);
  }
}
`,
      errors: [
        {
          messageId: 'unmeasuredApp',
          data: { framework: 'Express', middleware: 'express-prom-bundle' },
          line: 8,
          column: 16,
          endLine: 8,
          endColumn: 25,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Express app returned by a factory function',
      code: `
import express from 'express';
import cors from 'cors';

export function createServer() {
  const app = express();
  app.use(cors());
  return app;
}
`,
      errors: [
        {
          messageId: 'unmeasuredApp',
          data: { framework: 'Express', middleware: 'express-prom-bundle' },
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 24,
          suggestions: [],
        },
      ],
    },
    {
      name: 'an Express app and its routes with express imported under another name',
      code: `
import createApplication from 'express';

const server = createApplication();
server.listen(8080);
`,
      errors: [
        {
          messageId: 'unmeasuredApp',
          data: { framework: 'Express', middleware: 'express-prom-bundle' },
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 35,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Koa app that the file serves',
      code: `
import Koa from 'koa';
import Router from '@koa/router';

const app = new Koa();
const router = new Router();
router.get('/users', async (ctx) => { ctx.body = []; });
app.use(router.routes());
app.listen(3000);
`,
      errors: [
        {
          messageId: 'unmeasuredApp',
          data: { framework: 'Koa', middleware: '@opentelemetry/instrumentation-koa' },
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 22,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Koa app handed to http.createServer',
      code: `
import http from 'node:http';
import Koa from 'koa';

const app = new Koa();
http.createServer(app.callback()).listen(3000);
`,
      errors: [
        {
          messageId: 'unmeasuredApp',
          data: { framework: 'Koa', middleware: '@opentelemetry/instrumentation-koa' },
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 22,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Fastify app',
      code: `
import Fastify from 'fastify';
import cors from '@fastify/cors';

const app = Fastify({ logger: true });
await app.register(cors);
app.get('/health', async () => ({ ok: true }));
await app.listen({ port: 3000 });
`,
      errors: [
        {
          messageId: 'unmeasuredApp',
          data: { framework: 'Fastify', middleware: 'fastify-metrics' },
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Hono app served by Bun',
      code: `
import { Hono } from 'hono';
import { logger } from 'hono/logger';

const app = new Hono();
app.use('*', logger());
app.get('/', (c) => c.text('ok'));

export default { port: 3000, fetch: app.fetch };
`,
      errors: [
        {
          messageId: 'unmeasuredApp',
          data: { framework: 'Hono', middleware: '@hono/prometheus' },
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 23,
          suggestions: [],
        },
      ],
    },
    {
      name: 'NestJS app with its root module in the same file and no metrics',
      code: `
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import { OrdersController } from './orders.controller';

@Module({ controllers: [OrdersController] })
class AppModule {}

const app = await NestFactory.create(AppModule);
SwaggerModule.setup('docs', app, SwaggerModule.createDocument(app, config));
await app.listen(3000);
`,
      errors: [
        {
          messageId: 'unmeasuredApp',
          data: { framework: 'NestJS', middleware: 'app.useGlobalInterceptors(new MetricsInterceptor())' },
          line: 10,
          column: 19,
          endLine: 10,
          endColumn: 48,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Next.js route handler declared as a function, the suggestion converts it and adds the import',
      filename: 'app/api/users/route.ts',
      code: `
import { db } from '@/lib/db';

export async function GET(request: Request) {
  // Newest first.
  return Response.json(await db.user.findMany());
}
`,
      settings: { reliability: { metricsWrappers: [{ name: 'withMetrics', module: '@acme/metrics' }] } },
      errors: [
        {
          messageId: 'unmeasuredEntryPoint',
          data: { name: 'GET' },
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'wrapWithMetrics',
              data: { wrapper: 'withMetrics' },
              output: `
import { db } from '@/lib/db';
import { withMetrics } from '@acme/metrics';

export const GET = withMetrics(async function GET(request: Request) {
  // Newest first.
  return Response.json(await db.user.findMany());
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Next.js route handler declared as a const, the wrapper is already imported',
      filename: 'app/api/users/route.ts',
      code: `
import { withMetrics } from '@acme/metrics';

export const POST = async (request: Request) => Response.json(await request.json());
`,
      settings: { reliability: { metricsWrappers: ['withMetrics'] } },
      errors: [
        {
          messageId: 'unmeasuredEntryPoint',
          data: { name: 'POST' },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'wrapWithMetrics',
              data: { wrapper: 'withMetrics' },
              output: `
import { withMetrics } from '@acme/metrics';

export const POST = withMetrics(async (request: Request) => Response.json(await request.json()));
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Next.js route handler exported under another name: no suggestion',
      filename: 'src/app/api/users/[id]/route.ts',
      code: `
const remove = async (request: Request) => new Response(null, { status: 204 });

export { remove as DELETE };
`,
      settings: { reliability: { metricsWrappers: [{ name: 'withMetrics', module: '@acme/metrics' }] } },
      errors: [
        {
          messageId: 'unmeasuredEntryPoint',
          data: { name: 'DELETE' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Next.js route handler used before its declaration: no suggestion',
      filename: 'app/api/users/route.ts',
      code: `
export const handlers = { GET };

export async function GET() {
  return Response.json([]);
}
`,
      settings: { reliability: { metricsWrappers: [{ name: 'withMetrics', module: '@acme/metrics' }] } },
      errors: [
        {
          messageId: 'unmeasuredEntryPoint',
          data: { name: 'GET' },
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      name: 'Next.js pages/api default export',
      filename: 'src/pages/api/health.ts',
      code: `
export default function handler(req, res) {
  res.status(200).json({ ok: true });
}
`,
      settings: { reliability: { metricsWrappers: [{ name: 'withMetrics', module: '@acme/metrics' }] } },
      errors: [
        {
          messageId: 'unmeasuredEntryPoint',
          data: { name: 'default' },
          line: 2,
          column: 25,
          endLine: 2,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'wrapWithMetrics',
              data: { wrapper: 'withMetrics' },
              output: `
import { withMetrics } from '@acme/metrics';
export default withMetrics(function handler(req, res) {
  res.status(200).json({ ok: true });
});
`,
            },
          ],
        },
      ],
    },
    {
      name: 'AWS Lambda handler',
      code: `
import type { APIGatewayProxyHandler } from 'aws-lambda';

export const handler: APIGatewayProxyHandler = async (event) => {
  return { statusCode: 200, body: JSON.stringify({ id: event.pathParameters?.id }) };
};
`,
      errors: [
        {
          messageId: 'unmeasuredEntryPoint',
          data: { name: 'handler' },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 21,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a handler registered through settings.reliability.handlerRegistrars',
      code: `
import functions from '@google-cloud/functions-framework';

functions.http('syncOrders', async (req, res) => {
  res.send('ok');
});
`,
      settings: { reliability: { handlerRegistrars: ['functions.http'] } },
      errors: [
        {
          messageId: 'unmeasuredEntryPoint',
          data: { name: 'functions.http syncOrders' },
          line: 4,
          column: 30,
          endLine: 4,
          endColumn: 49,
          suggestions: [],
        },
      ],
    },
    {
      name: 'an app from settings.reliability.appFactories',
      code: `
import { createApp } from '@acme/http';

const app = createApp({ name: 'orders' });
app.get('/orders', (req, res) => res.json([]));
`,
      settings: { reliability: { appFactories: ['createApp'] } },
      errors: [
        {
          messageId: 'unmeasuredApp',
          data: { framework: 'HTTP', middleware: '@opentelemetry/instrumentation-http' },
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 42,
          suggestions: [],
        },
      ],
    },
    {
      name: 'scope handler: a router handler, the suggestion wraps it and adds the import',
      code: `
import { Router } from 'express';

export const users = Router();
users.get('/users', async (req, res) => {
  // Paginated.
  res.json(await listUsers(req.query));
});
`,
      options: [{ scope: 'handler' }],
      settings: { reliability: { metricsWrappers: [{ name: 'withMetrics', module: '@acme/metrics' }] } },
      errors: [
        {
          messageId: 'unmeasuredHandler',
          data: { route: 'GET /users' },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'wrapWithMetrics',
              data: { wrapper: 'withMetrics' },
              output: `
import { Router } from 'express';
import { withMetrics } from '@acme/metrics';

export const users = Router();
users.get('/users', withMetrics(async (req, res) => {
  // Paginated.
  res.json(await listUsers(req.query));
}));
`,
            },
          ],
        },
      ],
    },
    {
      name: 'scope handler: a handler passed by name, wrapper already in scope',
      code: `
import { Router } from 'express';
import { withMetrics } from '@acme/metrics';

export const users = Router();
users.get('/users/:id', getUser);

function getUser(req, res) {
  res.json({ id: req.params.id });
}
`,
      options: [{ scope: 'handler' }],
      settings: { reliability: { metricsWrappers: ['withMetrics'] } },
      errors: [
        {
          messageId: 'unmeasuredHandler',
          data: { route: 'GET /users/:id' },
          line: 6,
          column: 25,
          endLine: 6,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'wrapWithMetrics',
              data: { wrapper: 'withMetrics' },
              output: `
import { Router } from 'express';
import { withMetrics } from '@acme/metrics';

export const users = Router();
users.get('/users/:id', withMetrics(getUser));

function getUser(req, res) {
  res.json({ id: req.params.id });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'scope handler: the wrapper is configured without a module and not in scope: no suggestion',
      code: `
import { Router } from 'express';

export const users = Router();
users.delete('/users/:id', (req, res) => res.sendStatus(204));
`,
      options: [{ scope: 'handler' }],
      settings: { reliability: { metricsWrappers: ['withMetrics'] } },
      errors: [
        {
          messageId: 'unmeasuredHandler',
          data: { route: 'DELETE /users/:id' },
          line: 5,
          column: 28,
          endLine: 5,
          endColumn: 41,
          suggestions: [],
        },
      ],
    },
    {
      name: 'scope handler: an import would capture a global of the same name: no suggestion',
      code: `
import { Router } from 'express';

export const users = Router();
users.put('/users/:id', (req, res) => res.json(withMetrics));
`,
      options: [{ scope: 'handler' }],
      settings: { reliability: { metricsWrappers: [{ name: 'withMetrics', module: '@acme/metrics' }] } },
      errors: [
        {
          messageId: 'unmeasuredHandler',
          data: { route: 'PUT /users/:id' },
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      name: 'scope handler: only the handler without a timer, not its measured sibling',
      code: `
import express from 'express';

const router = express.Router();
router.get('/a', (req, res) => {
  const end = latency.startTimer();
  res.send('a');
  end();
});
router.get('/b', (req, res) => {
  const helper = () => latency.startTimer();
  res.send('b');
});
router.get('/c', (req, res) => res.send('c'));
export default router;
`,
      options: [{ scope: 'handler' }],
      errors: [
        {
          messageId: 'unmeasuredHandler',
          data: { route: 'GET /c' },
          line: 14,
          column: 18,
          endLine: 14,
          endColumn: 31,
          suggestions: [],
        },
      ],
    },
    {
      name: 'scope handler: the app and its handler when neither is measured',
      code: `
import express from 'express';

const app = express();
app.get('/', (req, res) => res.send('ok'));
app.listen(3000);
`,
      options: [{ scope: 'handler' }],
      errors: [
        {
          messageId: 'unmeasuredApp',
          data: { framework: 'Express', middleware: 'express-prom-bundle' },
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 22,
          suggestions: [],
        },
        {
          messageId: 'unmeasuredHandler',
          data: { route: 'GET /' },
          line: 5,
          column: 14,
          endLine: 5,
          endColumn: 27,
          suggestions: [],
        },
      ],
    },
    {
      name: 'scope handler: a handler wrapped in express-async-handler',
      code: `
import { Router } from 'express';
import asyncHandler from 'express-async-handler';

export const reports = Router();
reports.get('/report', asyncHandler(async (req, res) => {
  res.json(await buildReport());
}));
`,
      options: [{ scope: 'handler' }],
      errors: [
        {
          messageId: 'unmeasuredHandler',
          data: { route: 'GET /report' },
          line: 6,
          column: 37,
          endLine: 6,
          endColumn: 56,
          suggestions: [],
        },
      ],
    },
    {
      name: 'scope handler: the last of a middleware chain in an array, through optional chaining',
      code: `
import { Router } from 'express';

export const users: Router | undefined = Router();
users?.post('/users', [authenticate, validate(schema), (req, res) => res.status(201).end()]);
`,
      options: [{ scope: 'handler' }],
      errors: [
        {
          messageId: 'unmeasuredHandler',
          data: { route: 'POST /users' },
          line: 5,
          column: 56,
          endLine: 5,
          endColumn: 69,
          suggestions: [],
        },
      ],
    },
    {
      name: 'scope handler: a router received through its type',
      code: `
import type { Router } from 'express';

export function registerUserRoutes(router: Router) {
  router.route('/users').get((req, res) => res.json([]));
}
`,
      options: [{ scope: 'handler' }],
      errors: [
        {
          messageId: 'unmeasuredHandler',
          data: { route: 'GET /users' },
          line: 5,
          column: 30,
          endLine: 5,
          endColumn: 43,
          suggestions: [],
        },
      ],
    },
    {
      name: 'scope handler: a NestJS controller method',
      code: `
import { Controller, Get, Param } from '@nestjs/common';

@Controller('users')
export class UsersController {
  @Get(':id')
  findOne(@Param('id') id: string) {
    return { id };
  }
}
`,
      options: [{ scope: 'handler' }],
      errors: [
        {
          messageId: 'unmeasuredHandler',
          data: { route: 'UsersController.findOne' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 10,
          suggestions: [],
        },
      ],
    },
    {
      name: 'scope handler: a Fastify route declared with options',
      code: `
import type { FastifyInstance } from 'fastify';

export default async function routes(fastify: FastifyInstance) {
  fastify.post('/orders', { schema: { body: orderSchema }, handler: async (request) => createOrder(request.body) });
}
`,
      options: [{ scope: 'handler' }],
      settings: { reliability: { metricsWrappers: [{ name: 'withMetrics', module: '@acme/metrics' }] } },
      errors: [
        {
          messageId: 'unmeasuredHandler',
          data: { route: 'POST /orders' },
          line: 5,
          column: 69,
          endLine: 5,
          endColumn: 87,
          suggestions: [
            {
              messageId: 'wrapWithMetrics',
              data: { wrapper: 'withMetrics' },
              output: `
import type { FastifyInstance } from 'fastify';
import { withMetrics } from '@acme/metrics';

export default async function routes(fastify: FastifyInstance) {
  fastify.post('/orders', { schema: { body: orderSchema }, handler: withMetrics(async (request) => createOrder(request.body)) });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'scope handler: a koa-router named route',
      code: `
import Router from 'koa-router';

const router = new Router();
router.get('user', '/users/:id', async (ctx) => {
  ctx.body = await findUser(ctx.params.id);
});
export default router;
`,
      options: [{ scope: 'handler' }],
      errors: [
        {
          messageId: 'unmeasuredHandler',
          data: { route: 'GET /users/:id' },
          line: 5,
          column: 34,
          endLine: 5,
          endColumn: 48,
          suggestions: [],
        },
      ],
    },
    {
      name: 'scope handler: a Hono sub-app route',
      code: `
import { Hono } from 'hono';

const users = new Hono();
users.get('/:id', (c) => c.json({ id: c.req.param('id') }));
export default users;
`,
      options: [{ scope: 'handler' }],
      errors: [
        {
          messageId: 'unmeasuredHandler',
          data: { route: 'GET /:id' },
          line: 5,
          column: 19,
          endLine: 5,
          endColumn: 25,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a package without an instrumentation module',
      filename: PLAIN_ROUTE,
      code: `
export async function GET() {
  return Response.json([]);
}
`,
      errors: [
        {
          messageId: 'unmeasuredEntryPoint',
          data: { name: 'GET' },
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
  ],
});

jsRuleTester.run('require-handler-metrics (plain JavaScript)', rule, {
  valid: [
    {
      name: 'plain JavaScript: CommonJS Express app with express-prom-bundle',
      code: `
const express = require('express');
const promBundle = require('express-prom-bundle');

const app = express();
app.use(promBundle({ includeMethod: true }));
app.listen(3000);
`,
    },
  ],
  invalid: [
    {
      name: 'plain JavaScript: CommonJS Express app',
      code: `
const express = require('express');

const app = express();
app.get('/', function (req, res) {
  res.send('ok');
});
module.exports = app;
`,
      errors: [
        {
          messageId: 'unmeasuredApp',
          data: { framework: 'Express', middleware: 'express-prom-bundle' },
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 22,
          suggestions: [],
        },
      ],
    },
    {
      name: 'scope handler: plain JavaScript router',
      code: `
const { Router } = require('express');

const router = Router();
router.get('/users', function listUsers(req, res) {
  res.json([]);
});
module.exports = router;
`,
      options: [{ scope: 'handler' }],
      errors: [
        {
          messageId: 'unmeasuredHandler',
          data: { route: 'GET /users' },
          line: 5,
          column: 22,
          endLine: 5,
          endColumn: 50,
          suggestions: [],
        },
      ],
    },
  ],
});

ruleTester.run('require-handler-metrics: more middleware, decorators, modules and entry points', rule, {
  valid: [
  {
    name: 'a member that names metrics middleware',
    code: `
import express from 'express';
const app = express();
app.use(metrics.middleware);
app.listen(3000);`,
  },
  {
    name: 'a required metrics module',
    code: `
import express from 'express';
const app = express();
app.use(require('./metrics'));
app.listen(3000);`,
  },
  {
    name: 'awaited metrics middleware',
    code: `
import express from 'express';
const app = express();
app.use(await loadMetrics());
app.listen(3000);`,
  },
  {
    name: 'a dynamic import of a metrics plugin',
    code: `
import Fastify from 'fastify';
const app = Fastify();
app.register(import('@fastify/metrics'));
app.listen({ port: 3000 });`,
  },
  {
    name: 'otel in a middleware name',
    code: `
import express from 'express';
const app = express();
app.use(otelMiddleware());
app.listen(3000);`,
  },
  {
    name: 'a handler wrapped by a method of this',
    code: `
import express from 'express';
class Server {
  app = express();
  start() {
    this.app.use(metricsMiddleware());
    this.app.get('/', this.wrap(async (req, res) => res.end()));
    this.app.listen(3000);
  }
}`,
    options: [{ scope: 'handler' }],
  },
  {
    name: 'an app made by a factory configured as metrics middleware',
    code: `
import { createMeasuredApp } from './app';
const app = createMeasuredApp();
app.get('/', (req, res) => res.end());
app.listen(3000);`,
    options: [{ metricsMiddleware: ['createMeasuredApp'] }],
    settings: { reliability: { appFactories: ['createMeasuredApp'] } },
  },
  {
    name: 'a Nest app of a module from elsewhere is unknown',
    code: `
import { NestFactory } from '@nestjs/core';
import * as modules from './modules';
const app = await NestFactory.create(modules.AppModule);
await app.listen(3000);`,
  },
  {
    name: 'a top-level require of a tracing module',
    code: `
require('./tracing');
const express = require('express');
const app = express();
app.listen(3000);`,
  },
  ],
  invalid: [
  {
    name: 'calls of calls and computed metrics methods measure nothing',
    code: `
import express from 'express';
const app = express();
app.get('/', (req, res) => {
  getTimer()();
  metrics[name]();
  res.end();
});
app.listen(3000);`,
    errors: [
      {
        messageId: 'unmeasuredApp',
        data: { framework: 'Express', middleware: 'express-prom-bundle' },
        line: 3,
        column: 13,
        endLine: 3,
        endColumn: 22,
        suggestions: [],
      },
    ],
  },
  {
    name: 'two measuring calls in one handler: the handler is measured, the app is not',
    code: `
import express from 'express';
const app = express();
app.get('/', (req, res) => {
  metrics.increment('a');
  metrics.increment('b');
  res.end();
});
app.listen(3000);`,
    options: [{ scope: 'handler' }],
    errors: [
      {
        messageId: 'unmeasuredApp',
        data: { framework: 'Express', middleware: 'express-prom-bundle' },
        line: 3,
        column: 13,
        endLine: 3,
        endColumn: 22,
        suggestions: [],
      },
    ],
  },
  {
    name: 'top-level statements that load no module',
    code: `
import express from 'express';
console.log('starting');
let port;
const app = express();
app.listen(3000);`,
    errors: [
      {
        messageId: 'unmeasuredApp',
        data: { framework: 'Express', middleware: 'express-prom-bundle' },
        line: 5,
        column: 13,
        endLine: 5,
        endColumn: 22,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a member and a computed member that measure nothing',
    code: `
import express from 'express';
const app = express();
app.use(auth.check);
app.use(middlewares[key]);
app.listen(3000);`,
    errors: [
      {
        messageId: 'unmeasuredApp',
        data: { framework: 'Express', middleware: 'express-prom-bundle' },
        line: 3,
        column: 13,
        endLine: 3,
        endColumn: 22,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a dynamic import of a computed module',
    code: `
import Fastify from 'fastify';
const app = Fastify();
app.register(import(pluginName));
app.listen({ port: 3000 });`,
    errors: [
      {
        messageId: 'unmeasuredApp',
        data: { framework: 'Fastify', middleware: 'fastify-metrics' },
        line: 3,
        column: 13,
        endLine: 3,
        endColumn: 22,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a member of this measures nothing',
    code: `
import express from 'express';
class Server {
  app = express();
  start() {
    this.app.use(this.auth);
    this.app.listen(3000);
  }
}`,
    errors: [
      {
        messageId: 'unmeasuredApp',
        data: { framework: 'Express', middleware: 'express-prom-bundle' },
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 18,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a decorator that is no call, and one made by a call',
    code: `
import { Controller, Get } from '@nestjs/common';
@Controller('users')
export class UsersController {
  @Get() @Cached @(makeDecorator()) @(decorators[key]) list() {
    return [];
  }
}`,
    options: [{ scope: 'handler' }],
    errors: [
      {
        messageId: 'unmeasuredHandler',
        data: { route: 'UsersController.list' },
        line: 5,
        column: 56,
        endLine: 5,
        endColumn: 60,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a route of a router mounted on an unmeasured app',
    code: `
import express from 'express';
const app = express();
const router = express.Router();
router.get('/users', (req, res) => res.json([]));
app.use('/api', router);
app.listen(3000);`,
    options: [{ scope: 'handler' }],
    errors: [
      {
        messageId: 'unmeasuredApp',
        data: { framework: 'Express', middleware: 'express-prom-bundle' },
        line: 3,
        column: 13,
        endLine: 3,
        endColumn: 22,
        suggestions: [],
      },
      {
        messageId: 'unmeasuredHandler',
        data: { route: 'GET /users' },
        line: 5,
        column: 22,
        endLine: 5,
        endColumn: 35,
        suggestions: [],
      },
    ],
  },
  {
    name: 'register without a plugin, and of a member of this',
    code: `
import Fastify from 'fastify';
class Server {
  app = Fastify();
  start() {
    this.app.register();
    this.app.register(this.plugin);
    this.app.listen({ port: 3000 });
  }
}`,
    errors: [
      {
        messageId: 'unmeasuredApp',
        data: { framework: 'Fastify', middleware: 'fastify-metrics' },
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 18,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a Nest root module without a metrics module',
    code: `
import { NestFactory } from '@nestjs/core';
import { Injectable, Module } from '@nestjs/common';
@Injectable()
@Module
@Module(metadata)
@Module({ imports: [UsersModule] })
class AppModule {}
const app = await NestFactory.create(AppModule);
await app.listen(3000);`,
    errors: [
      {
        messageId: 'unmeasuredApp',
        data: { framework: 'NestJS', middleware: 'app.useGlobalInterceptors(new MetricsInterceptor())' },
        line: 9,
        column: 19,
        endLine: 9,
        endColumn: 48,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a CommonJS Lambda handler is reported at its export',
    code: `
const lambda = require('aws-lambda');
exports.handler = async (event) => ({ statusCode: 200 });`,
    errors: [
      {
        messageId: 'unmeasuredEntryPoint',
        data: { name: 'handler' },
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 16,
        suggestions: [],
      },
    ],
  },
  {
    name: 'an anonymous default export of a pages/api route',
    filename: 'pages/api/orders.ts',
    code: `
export default function (req, res) {
  res.json([]);
}`,
    options: [{ metricsWrappers: [{ name: 'withMetrics', module: '@acme/metrics' }] }],
    errors: [
      {
        messageId: 'unmeasuredEntryPoint',
        data: { name: 'default' },
        line: 2,
        column: 16,
        endLine: 2,
        endColumn: 35,
        suggestions: [
          { messageId: 'wrapWithMetrics', data: { wrapper: 'withMetrics' }, output: `
import { withMetrics } from '@acme/metrics';
export default withMetrics(function (req, res) {
  res.json([]);
});` },
        ],
      },
    ],
  },
  {
    name: 'an overloaded route export gets no wrap suggestion',
    filename: 'app/orders/route.ts',
    code: `
export function GET(): Response;
export function GET() {
  return Response.json([]);
}`,
    options: [{ metricsWrappers: [{ name: 'withMetrics', module: '@acme/metrics' }] }],
    errors: [
      {
        messageId: 'unmeasuredEntryPoint',
        data: { name: 'GET' },
        line: 3,
        column: 17,
        endLine: 3,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a default export used elsewhere gets no wrap suggestion',
    filename: 'pages/api/orders.ts',
    code: `
export default function handler(req, res) {
  res.json([]);
}
handler.config = {};`,
    options: [{ metricsWrappers: [{ name: 'withMetrics', module: '@acme/metrics' }] }],
    errors: [
      {
        messageId: 'unmeasuredEntryPoint',
        data: { name: 'default' },
        line: 2,
        column: 25,
        endLine: 2,
        endColumn: 32,
        suggestions: [],
      },
    ],
  },
  ],
});
