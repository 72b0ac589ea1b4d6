import rule from '../../src/rules/no-unvalidated-input.js';
import { createJsRuleTester, createRuleTester } from '../RuleTester.js';

const ruleTester = createRuleTester();
const jsRuleTester = createJsRuleTester();

ruleTester.run('no-unvalidated-input', rule, {
  valid: [
  {
    name: 'typed unknown, any or an opaque JSON type',
    code: `
const a = JSON.parse(text) as unknown;
const b: any = JSON.parse(text);
const c = JSON.parse(text) as Record<string, unknown>;
const d = JSON.parse(text) as {};
const e = JSON.parse(text) as JsonValue;
const f = JSON.parse(text) as unknown[];
const g = JSON.parse(text) as Prisma.InputJsonObject;`,
  },
  {
    name: 'a primitive claims no shape',
    code: `
const a = JSON.parse(text) as string;
const b: number | null = JSON.parse(text);`,
  },
  {
    name: 'every field optional: each is checked where it is read',
    code: 'const draft = JSON.parse(text) as { title?: string; body?: string };',
  },
  {
    name: 'a schema parses the value',
    code: `
const order = OrderSchema.parse(JSON.parse(text));
const result = v.safeParse(OrderSchema, await res.json());`,
  },
  {
    name: 'checked right after, with a schema or a type guard',
    code: `
const a: Order = JSON.parse(text);
OrderSchema.parse(a);
const b: Order = JSON.parse(other);
if (!isOrder(b)) throw new Error('not an order');`,
  },
  {
    name: 'a configured validator',
    code: `
const order: Order = JSON.parse(text);
checkOrder(order);`,
    options: [{ validators: ['checkOrder'] }],
  },
  {
    name: 'a validator from settings',
    code: `
const order: Order = JSON.parse(text);
schemas.check(order);`,
    settings: { reliability: { validators: ['schemas.check'] } },
  },
  {
    name: 'a local JSON is not the global',
    code: `
const JSON = { parse: (text: string) => ({ id: text }) };
const order = JSON.parse(text) as Order;`,
  },
  {
    name: 'text the code wrote itself',
    code: `
const copy = JSON.parse(JSON.stringify(order)) as Order;
const fixture = JSON.parse('{"id":"1"}') as Order;`,
  },
  {
    name: 'state the app keeps: a file, browser storage, a cache, a stored row',
    code: `
import { readFileSync } from 'node:fs';
const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as Manifest;
const saved = JSON.parse(localStorage.getItem('draft') ?? '{}') as Draft;
const cached = JSON.parse(await redis.get(key)) as Order;
const options = JSON.parse(field.options) as FieldOptions;
const { scopes } = await prisma.token.findFirstOrThrow({ where: { id } });
const parsed = JSON.parse(scopes) as Scope[];`,
  },
  {
    name: 'a generic helper passes on its caller\'s claim',
    code: `
export async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  return (await res.json()) as T;
}
export function read<T>(text: string) {
  return JSON.parse(text) as Partial<T>;
}`,
  },
  {
    name: 'the app\'s own API, same origin',
    code: `
const res = await fetch('/api/orders');
const orders = (await res.json()) as Order[];`,
  },
  {
    name: 'a React component calling the API through a helper',
    code: `
import { useState } from 'react';
export async function load() {
  const res = await fetch(getApiHost() + '/orders');
  return (await res.json()) as Order[];
}`,
  },
  {
    name: 'a test file',
    filename: 'src/orders/orders.test.ts',
    code: 'const order = JSON.parse(text) as Order;',
  },
  {
    name: 'a req parameter outside a recognised handler',
    code: `
export function read(req: { body: unknown }) {
  return req.body as Order;
}`,
  },
  {
    name: 'a json() method of something that is not a fetch response',
    code: 'const settings = (await store.json()) as Settings;',
  },
  {
    name: 'axios without a type argument, or with unknown',
    code: `
import axios from 'axios';
const a = await axios.get(url, { timeout: 5_000 });
const b = await axios.get<unknown>(url, { timeout: 5_000 });`,
  },
  ],
  invalid: [
  {
    name: 'JSON.parse with as',
    code: `
interface Order { id: string }
const order = JSON.parse(text) as Order;`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 3,
        column: 35,
        endLine: 3,
        endColumn: 40,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
interface Order { id: string }
const order = JSON.parse(text) as unknown;` },
        ],
      },
    ],
  },
  {
    name: 'JSON.parse into an annotated variable',
    code: `
interface Order { id: string }
const order: Order = JSON.parse(text);`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 3,
        column: 14,
        endLine: 3,
        endColumn: 19,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
interface Order { id: string }
const order: unknown = JSON.parse(text);` },
        ],
      },
    ],
  },
  {
    name: 'JSON.parse with an angle-bracket assertion',
    code: `
interface Order { id: string }
const order = <Order>JSON.parse(text);`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 3,
        column: 16,
        endLine: 3,
        endColumn: 21,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
interface Order { id: string }
const order = <unknown>JSON.parse(text);` },
        ],
      },
    ],
  },
  {
    name: 'as unknown as T still claims T',
    code: `
interface Order { id: string }
const order = JSON.parse(text) as unknown as Order;`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 3,
        column: 46,
        endLine: 3,
        endColumn: 51,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
interface Order { id: string }
const order = JSON.parse(text) as unknown;` },
        ],
      },
    ],
  },
  {
    name: 'JSON.parse of a response text, of an environment variable',
    code: `
interface Config { region: string }
const fromApi = JSON.parse(await res.text()) as Config;
const fromEnv = JSON.parse(process.env.APP_CONFIG!) as Config;`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Config' },
        line: 3,
        column: 49,
        endLine: 3,
        endColumn: 55,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
interface Config { region: string }
const fromApi = JSON.parse(await res.text()) as unknown;
const fromEnv = JSON.parse(process.env.APP_CONFIG!) as Config;` },
        ],
      },
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Config' },
        line: 4,
        column: 56,
        endLine: 4,
        endColumn: 62,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
interface Config { region: string }
const fromApi = JSON.parse(await res.text()) as Config;
const fromEnv = JSON.parse(process.env.APP_CONFIG!) as unknown;` },
        ],
      },
    ],
  },
  {
    name: 'a zod schema named after the type',
    code: `
import { z } from 'zod';
const OrderSchema = z.object({ id: z.string() });
type Order = z.infer<typeof OrderSchema>;
export const order = JSON.parse(text) as Order;`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 5,
        column: 42,
        endLine: 5,
        endColumn: 47,
        suggestions: [
          { messageId: 'parseWithSchema', data: { schema: 'OrderSchema.parse(...)' }, output: `
import { z } from 'zod';
const OrderSchema = z.object({ id: z.string() });
type Order = z.infer<typeof OrderSchema>;
export const order = OrderSchema.parse(JSON.parse(text));` },
          { messageId: 'typeAsUnknown', output: `
import { z } from 'zod';
const OrderSchema = z.object({ id: z.string() });
type Order = z.infer<typeof OrderSchema>;
export const order = JSON.parse(text) as unknown;` },
        ],
      },
    ],
  },
  {
    name: 'a zod schema value with the name of the type',
    code: `
import { z } from 'zod';
const Order = z.object({ id: z.string() });
type Order = z.infer<typeof Order>;
export const order: Order = JSON.parse(text);`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 5,
        column: 21,
        endLine: 5,
        endColumn: 26,
        suggestions: [
          { messageId: 'parseWithSchema', data: { schema: 'Order.parse(...)' }, output: `
import { z } from 'zod';
const Order = z.object({ id: z.string() });
type Order = z.infer<typeof Order>;
export const order: Order = Order.parse(JSON.parse(text));` },
          { messageId: 'typeAsUnknown', output: `
import { z } from 'zod';
const Order = z.object({ id: z.string() });
type Order = z.infer<typeof Order>;
export const order: unknown = JSON.parse(text);` },
        ],
      },
    ],
  },
  {
    name: 'a lower-case schema name',
    code: `
import { orderSchema } from './schemas';
import type { Order } from './schemas';
export const order = JSON.parse(text) as Order;`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 4,
        column: 42,
        endLine: 4,
        endColumn: 47,
        suggestions: [
          { messageId: 'parseWithSchema', data: { schema: 'orderSchema.parse(...)' }, output: `
import { orderSchema } from './schemas';
import type { Order } from './schemas';
export const order = orderSchema.parse(JSON.parse(text));` },
          { messageId: 'typeAsUnknown', output: `
import { orderSchema } from './schemas';
import type { Order } from './schemas';
export const order = JSON.parse(text) as unknown;` },
        ],
      },
    ],
  },
  {
    name: 'a valibot schema, parsed with its parse function',
    code: `
import * as v from 'valibot';
const OrderSchema = v.object({ id: v.string() });
type Order = v.InferOutput<typeof OrderSchema>;
export const order = JSON.parse(text) as Order;`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 5,
        column: 42,
        endLine: 5,
        endColumn: 47,
        suggestions: [
          { messageId: 'parseWithSchema', data: { schema: 'v.parse(OrderSchema, ...)' }, output: `
import * as v from 'valibot';
const OrderSchema = v.object({ id: v.string() });
type Order = v.InferOutput<typeof OrderSchema>;
export const order = v.parse(OrderSchema, JSON.parse(text));` },
          { messageId: 'typeAsUnknown', output: `
import * as v from 'valibot';
const OrderSchema = v.object({ id: v.string() });
type Order = v.InferOutput<typeof OrderSchema>;
export const order = JSON.parse(text) as unknown;` },
        ],
      },
    ],
  },
  {
    name: 'a valibot schema without parse in scope gets no schema suggestion',
    code: `
import { object, string } from 'valibot';
const OrderSchema = object({ id: string() });
type Order = { id: string };
export const order = JSON.parse(text) as Order;`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 5,
        column: 42,
        endLine: 5,
        endColumn: 47,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
import { object, string } from 'valibot';
const OrderSchema = object({ id: string() });
type Order = { id: string };
export const order = JSON.parse(text) as unknown;` },
        ],
      },
    ],
  },
  {
    name: 'a comment inside the cast: no schema suggestion',
    code: `
import { OrderSchema, type Order } from './schemas';
export const order = JSON.parse(text) as /* trusted */ Order;`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 3,
        column: 56,
        endLine: 3,
        endColumn: 61,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
import { OrderSchema, type Order } from './schemas';
export const order = JSON.parse(text) as /* trusted */ unknown;` },
        ],
      },
    ],
  },
  {
    name: 'a fetch response body',
    code: `
interface Rates { usd: number }
const res = await fetch('https://api.example.com/rates');
const rates = (await res.json()) as Rates;`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'res.json()', type: 'Rates' },
        line: 4,
        column: 37,
        endLine: 4,
        endColumn: 42,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
interface Rates { usd: number }
const res = await fetch('https://api.example.com/rates');
const rates = (await res.json()) as unknown;` },
        ],
      },
    ],
  },
  {
    name: 'a fetch response body into an annotated variable',
    code: `
interface Rates { usd: number }
export async function read(res: Response) {
  const rates: Rates = await res.json();
  return rates;
}`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'res.json()', type: 'Rates' },
        line: 4,
        column: 16,
        endLine: 4,
        endColumn: 21,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
interface Rates { usd: number }
export async function read(res: Response) {
  const rates: unknown = await res.json();
  return rates;
}` },
        ],
      },
    ],
  },
  {
    name: 'a promise of a body',
    code: `
interface Rates { usd: number }
const res = await fetch(url);
export const rates = res.json() as Promise<Rates>;`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'res.json()', type: 'Rates' },
        line: 4,
        column: 44,
        endLine: 4,
        endColumn: 49,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
interface Rates { usd: number }
const res = await fetch(url);
export const rates = res.json() as Promise<unknown>;` },
        ],
      },
    ],
  },
  {
    name: 'axios response generic',
    code: `
import axios from 'axios';
interface Rates { usd: number }
const { data } = await axios.get<Rates>(url, { timeout: 5_000 });`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'axios.get()', type: 'Rates' },
        line: 4,
        column: 34,
        endLine: 4,
        endColumn: 39,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
import axios from 'axios';
interface Rates { usd: number }
const { data } = await axios.get<unknown>(url, { timeout: 5_000 });` },
        ],
      },
    ],
  },
  {
    name: 'axios instance',
    code: `
import axios from 'axios';
interface Rates { usd: number }
const api = axios.create({ baseURL, timeout: 5_000 });
const { data } = await api.post<Rates>('/rates', body);`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'api.post()', type: 'Rates' },
        line: 5,
        column: 33,
        endLine: 5,
        endColumn: 38,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
import axios from 'axios';
interface Rates { usd: number }
const api = axios.create({ baseURL, timeout: 5_000 });
const { data } = await api.post<unknown>('/rates', body);` },
        ],
      },
    ],
  },
  {
    name: 'got json generic',
    code: `
import got from 'got';
interface Rates { usd: number }
const rates = await got(url, { timeout: { request: 5_000 } }).json<Rates>();`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'got().json()', type: 'Rates' },
        line: 4,
        column: 68,
        endLine: 4,
        endColumn: 73,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
import got from 'got';
interface Rates { usd: number }
const rates = await got(url, { timeout: { request: 5_000 } }).json<unknown>();` },
        ],
      },
    ],
  },
  {
    name: 'express: req.body and req.query',
    code: `
import express from 'express';
interface Signup { email: string }
const app = express();
app.post('/signup', (req, res) => {
  const body = req.body as Signup;
  const filter = req.query as { page: string };
  res.json({ body, filter });
});
app.listen(3000);`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'req.body', type: 'Signup' },
        line: 6,
        column: 28,
        endLine: 6,
        endColumn: 34,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
import express from 'express';
interface Signup { email: string }
const app = express();
app.post('/signup', (req, res) => {
  const body = req.body as unknown;
  const filter = req.query as { page: string };
  res.json({ body, filter });
});
app.listen(3000);` },
        ],
      },
      {
        messageId: 'unvalidatedInput',
        data: { source: 'req.query', type: '{ page: string }' },
        line: 7,
        column: 31,
        endLine: 7,
        endColumn: 47,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
import express from 'express';
interface Signup { email: string }
const app = express();
app.post('/signup', (req, res) => {
  const body = req.body as Signup;
  const filter = req.query as unknown;
  res.json({ body, filter });
});
app.listen(3000);` },
        ],
      },
    ],
  },
  {
    name: 'express: a typed destructuring of req.body',
    code: `
import express from 'express';
interface Signup { email: string }
const router = express.Router();
router.post('/signup', async (req, res) => {
  const { email }: Signup = req.body;
  res.json({ email });
});`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'req.body', type: 'Signup' },
        line: 6,
        column: 20,
        endLine: 6,
        endColumn: 26,
        suggestions: [],
      },
    ],
  },
  {
    name: 'fastify: request.body',
    code: `
import Fastify from 'fastify';
interface Signup { email: string }
const app = Fastify();
app.post('/signup', async (request) => {
  const body = request.body as Signup;
  return body.email;
});`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'request.body', type: 'Signup' },
        line: 6,
        column: 32,
        endLine: 6,
        endColumn: 38,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
import Fastify from 'fastify';
interface Signup { email: string }
const app = Fastify();
app.post('/signup', async (request) => {
  const body = request.body as unknown;
  return body.email;
});` },
        ],
      },
    ],
  },
  {
    name: 'koa: ctx.request.body in a router handler',
    code: `
import Router from '@koa/router';
interface Signup { email: string }
const router = new Router();
router.post('/signup', async (ctx) => {
  const body = ctx.request.body as Signup;
  ctx.body = body.email;
});`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'ctx.request.body', type: 'Signup' },
        line: 6,
        column: 36,
        endLine: 6,
        endColumn: 42,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
import Router from '@koa/router';
interface Signup { email: string }
const router = new Router();
router.post('/signup', async (ctx) => {
  const body = ctx.request.body as unknown;
  ctx.body = body.email;
});` },
        ],
      },
    ],
  },
  {
    name: 'a TS non-null wrapper',
    code: `
interface Order { id: string }
const order = JSON.parse(text)! as Order;`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 3,
        column: 36,
        endLine: 3,
        endColumn: 41,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
interface Order { id: string }
const order = JSON.parse(text)! as unknown;` },
        ],
      },
    ],
  },
  {
    name: 'hono: c.req.json()',
    code: `
import { Hono } from 'hono';
interface Signup { email: string }
const app = new Hono();
app.post('/signup', async (c) => {
  const body = (await c.req.json()) as Signup;
  return c.json(body);
});
export default app;`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'c.req.json()', type: 'Signup' },
        line: 6,
        column: 40,
        endLine: 6,
        endColumn: 46,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
import { Hono } from 'hono';
interface Signup { email: string }
const app = new Hono();
app.post('/signup', async (c) => {
  const body = (await c.req.json()) as unknown;
  return c.json(body);
});
export default app;` },
        ],
      },
    ],
  },
  {
    name: 'a Next.js route handler: request.json()',
    filename: 'app/api/signup/route.ts',
    code: `
interface Signup { email: string }
export async function POST(request: Request) {
  const body = (await request.json()) as Signup;
  return Response.json(body);
}`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'request.json()', type: 'Signup' },
        line: 4,
        column: 42,
        endLine: 4,
        endColumn: 48,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
interface Signup { email: string }
export async function POST(request: Request) {
  const body = (await request.json()) as unknown;
  return Response.json(body);
}` },
        ],
      },
    ],
  },
  ],
});

jsRuleTester.run('no-unvalidated-input (.js, espree)', rule, {
  valid: [
  {
    name: 'plain JavaScript has no type to claim',
    code: `
const order = JSON.parse(text);
const res = await fetch(url);
const rates = await res.json();`,
  },
  ],
  invalid: [],
});
