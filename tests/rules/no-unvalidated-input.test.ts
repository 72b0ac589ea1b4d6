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

ruleTester.run('no-unvalidated-input: more sources, origins, handlers, types and suggestions', rule, {
  valid: [
  {
    name: 'a stored field with a default, after another field',
    code: `
const { id, options: raw = '{}' } = row;
const settings = JSON.parse(raw) as Settings;`,
  },
  {
    name: 'a type argument of a call that is no HTTP client',
    code: 'const [order, setOrder] = useState<Order>(initial);',
  },
  {
    name: 'a plain variable is no source',
    code: 'const order = text as Order;',
  },
  {
    name: 'a call of a local function is no source',
    code: 'const order: Order = getOrder();',
  },
  {
    name: 'a method that is not a parser',
    code: 'const order: Order = res.text();',
  },
  {
    name: 'a request member that is not input',
    code: `
import express from 'express';
const app = express();
app.post('/orders', async (req, res) => {
  const params = req.params as { id: string };
  res.json(params);
});`,
  },
  {
    name: 'json<T>() of a variable',
    code: 'const order = await response.json<Order>();',
  },
  {
    name: 'fetch json<T>() is not a generic client',
    code: 'const order = await fetch(url).json<Order>();',
  },
  {
    name: 'fetch<T>() is not axios',
    code: 'const order = await fetch<Order>(url);',
  },
  {
    name: 'JSON.parse of a template literal the code wrote',
    code: "const order = JSON.parse(`{\"id\":1}`) as Order;",
  },
  {
    name: 'an optional stored field',
    code: 'const settings = JSON.parse(row?.options) as Settings;',
  },
  {
    name: 'a stored field through a variable',
    code: `
const raw = row.options;
const settings = JSON.parse(raw) as Settings;`,
  },
  {
    name: 'an awaited file read',
    code: `
const raw = await readFile(path, 'utf8');
const config = JSON.parse(raw) as Config;`,
  },
  {
    name: 'a file read turned into text',
    code: 'const config = JSON.parse(readFileSync(path).toString().trim()) as Config;',
  },
  {
    name: 'json() of an awaited call that is not fetch',
    code: 'const order = (await client.get(url)).json() as Promise<Order>;',
  },
  {
    name: 'json() of an awaited value',
    code: 'const order = (await pending).json() as Promise<Order>;',
  },
  {
    name: 'a response assigned later',
    code: `
let res;
res = await fetch(url);
const order: Order = await res.json();`,
  },
  {
    name: 'a caught value is no response',
    code: `
try {
  await run();
} catch (res) {
  const order: Order = await res.json();
}`,
  },
  {
    name: 'a URL that is not text in browser code',
    filename: 'src/Orders.tsx',
    code: 'const order: Order = await (await fetch(42)).json();',
  },
  {
    name: 'a same-origin template URL',
    code: 'const order: Order = await (await fetch(`/api/orders/${id}`)).json();',
  },
  {
    name: 'a member of the context that is not the request',
    code: `
import Router from '@koa/router';
const router = new Router();
router.post('/orders', async (ctx) => {
  const order = ctx.state.body as Order;
  ctx.body = order;
});`,
  },
  {
    name: 'the body of a call result',
    code: `
import express from 'express';
const app = express();
app.post('/orders', async (req, res) => {
  const order = getRequest().body as Order;
  res.json(order);
});`,
  },
  {
    name: 'the second parameter is no request',
    code: `
import express from 'express';
const app = express();
app.post('/orders', async (req, res) => {
  const order = res.body as Order;
  res.json(order);
});`,
  },
  {
    name: 'an object or a string',
    code: 'const value = JSON.parse(text) as object | string;',
  },
  {
    name: 'a readonly unknown array',
    code: 'const value = JSON.parse(text) as readonly unknown[];',
  },
  {
    name: 'Array<unknown> and ReadonlyArray<unknown>',
    code: `
const a = JSON.parse(text) as Array<unknown>;
const b = JSON.parse(text) as ReadonlyArray<unknown>;`,
  },
  ],
  invalid: [
  {
    name: 'a computed key and a rest element are not the field',
    code: `
const { [key]: raw, ...rest } = row;
const order = JSON.parse(raw) as Order;`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 3,
        column: 34,
        endLine: 3,
        endColumn: 39,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
const { [key]: raw, ...rest } = row;
const order = JSON.parse(raw) as unknown;` },
        ],
      },
    ],
  },
  {
    name: 'got json<T>()',
    code: `import got from 'got';
const order = await got(url).json<Order>();`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'got().json()', type: 'Order' },
        line: 2,
        column: 35,
        endLine: 2,
        endColumn: 40,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `import got from 'got';
const order = await got(url).json<unknown>();` },
        ],
      },
    ],
  },
  {
    name: 'ky json<T>()',
    code: `import ky from 'ky';
const order = await ky.get(url).json<Order>();`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'ky().json()', type: 'Order' },
        line: 2,
        column: 38,
        endLine: 2,
        endColumn: 43,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `import ky from 'ky';
const order = await ky.get(url).json<unknown>();` },
        ],
      },
    ],
  },
  {
    name: 'JSON.parse without an argument',
    code: 'const order = JSON.parse() as Order;',
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 1,
        column: 31,
        endLine: 1,
        endColumn: 36,
        suggestions: [
          { messageId: 'typeAsUnknown', output: 'const order = JSON.parse() as unknown;' },
        ],
      },
    ],
  },
  {
    name: 'JSON.parse of a spread',
    code: 'const order = JSON.parse(...args) as Order;',
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 1,
        column: 38,
        endLine: 1,
        endColumn: 43,
        suggestions: [
          { messageId: 'typeAsUnknown', output: 'const order = JSON.parse(...args) as unknown;' },
        ],
      },
    ],
  },
  {
    name: 'an array pattern is not a field',
    code: `
const [raw] = rows;
const order = JSON.parse(raw) as Order;`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 3,
        column: 34,
        endLine: 3,
        endColumn: 39,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
const [raw] = rows;
const order = JSON.parse(raw) as unknown;` },
        ],
      },
    ],
  },
  {
    name: 'a computed method on the text',
    code: 'const order = JSON.parse(raw[method]()) as Order;',
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 1,
        column: 44,
        endLine: 1,
        endColumn: 49,
        suggestions: [
          { messageId: 'typeAsUnknown', output: 'const order = JSON.parse(raw[method]()) as unknown;' },
        ],
      },
    ],
  },
  {
    name: 'get of a store made by a call',
    code: 'const order = JSON.parse(getStore().get(key)) as Order;',
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 1,
        column: 50,
        endLine: 1,
        endColumn: 55,
        suggestions: [
          { messageId: 'typeAsUnknown', output: 'const order = JSON.parse(getStore().get(key)) as unknown;' },
        ],
      },
    ],
  },
  {
    name: 'a call of a call',
    code: 'const order = JSON.parse(factory()(key)) as Order;',
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 1,
        column: 45,
        endLine: 1,
        endColumn: 50,
        suggestions: [
          { messageId: 'typeAsUnknown', output: 'const order = JSON.parse(factory()(key)) as unknown;' },
        ],
      },
    ],
  },
  {
    name: 'a message field',
    code: 'const order = JSON.parse(event.data) as Order;',
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 1,
        column: 41,
        endLine: 1,
        endColumn: 46,
        suggestions: [
          { messageId: 'typeAsUnknown', output: 'const order = JSON.parse(event.data) as unknown;' },
        ],
      },
    ],
  },
  {
    name: 'a computed field',
    code: 'const order = JSON.parse(row[key]) as Order;',
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 1,
        column: 39,
        endLine: 1,
        endColumn: 44,
        suggestions: [
          { messageId: 'typeAsUnknown', output: 'const order = JSON.parse(row[key]) as unknown;' },
        ],
      },
    ],
  },
  {
    name: 'a field of a request body',
    code: `
import express from 'express';
const app = express();
app.post('/orders', async (req, res) => {
  const config = JSON.parse(req.body.config) as Config;
  res.json(config);
});`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Config' },
        line: 5,
        column: 49,
        endLine: 5,
        endColumn: 55,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
import express from 'express';
const app = express();
app.post('/orders', async (req, res) => {
  const config = JSON.parse(req.body.config) as unknown;
  res.json(config);
});` },
        ],
      },
    ],
  },
  {
    name: 'another origin in browser code, written as a template',
    filename: 'src/Orders.tsx',
    code: 'const order: Order = await (await fetch(`https://${host}/orders`)).json();',
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: '(await fetch(...)).json()', type: 'Order' },
        line: 1,
        column: 14,
        endLine: 1,
        endColumn: 19,
        suggestions: [
          { messageId: 'typeAsUnknown', output: 'const order: unknown = await (await fetch(`https://${host}/orders`)).json();' },
        ],
      },
    ],
  },
  {
    name: 'a template URL that starts with a host',
    code: 'const order: Order = await (await fetch(`${base}/api/orders`)).json();',
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: '(await fetch(...)).json()', type: 'Order' },
        line: 1,
        column: 14,
        endLine: 1,
        endColumn: 19,
        suggestions: [
          { messageId: 'typeAsUnknown', output: 'const order: unknown = await (await fetch(`${base}/api/orders`)).json();' },
        ],
      },
    ],
  },
  {
    name: 'a request parameter with a default',
    code: `
import express from 'express';
const app = express();
app.post('/orders', async (req = fallback, res) => {
  const order = req.body as Order;
  res.json(order);
});`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'req.body', type: 'Order' },
        line: 5,
        column: 29,
        endLine: 5,
        endColumn: 34,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
import express from 'express';
const app = express();
app.post('/orders', async (req = fallback, res) => {
  const order = req.body as unknown;
  res.json(order);
});` },
        ],
      },
    ],
  },
  {
    name: 'a comment between the two assertions',
    code: 'const order = JSON.parse(text) as unknown /* trusted */ as Order;',
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 1,
        column: 60,
        endLine: 1,
        endColumn: 65,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a comment inside the claimed type',
    code: 'const order = JSON.parse(text) as { id: string /* the id */ };',
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: '{ id: string /* the id */ }' },
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 62,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a value named like the type but not a schema',
    code: `
const Order = makeThing();
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
const Order = makeThing();
const order = JSON.parse(text) as unknown;` },
        ],
      },
    ],
  },
  {
    name: 'a schema built with another library',
    code: `
import * as t from 'io-ts';
const OrderSchema = t.type({});
const order = JSON.parse(text) as Order;`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 4,
        column: 35,
        endLine: 4,
        endColumn: 40,
        suggestions: [
          { messageId: 'parseWithSchema', data: { schema: 'OrderSchema.parse(...)' }, output: `
import * as t from 'io-ts';
const OrderSchema = t.type({});
const order = OrderSchema.parse(JSON.parse(text));` },
          { messageId: 'typeAsUnknown', output: `
import * as t from 'io-ts';
const OrderSchema = t.type({});
const order = JSON.parse(text) as unknown;` },
        ],
      },
    ],
  },
  {
    name: 'a schema with no root name',
    code: `
const OrderSchema = (await loadSchemas()).order;
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
          { messageId: 'parseWithSchema', data: { schema: 'OrderSchema.parse(...)' }, output: `
const OrderSchema = (await loadSchemas()).order;
const order = OrderSchema.parse(JSON.parse(text));` },
          { messageId: 'typeAsUnknown', output: `
const OrderSchema = (await loadSchemas()).order;
const order = JSON.parse(text) as unknown;` },
        ],
      },
    ],
  },
  {
    name: 'valibot parse imported by name after another import',
    code: `
import { object, parse } from 'valibot';
const Order = object({});
const order = JSON.parse(text) as Order;`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 4,
        column: 35,
        endLine: 4,
        endColumn: 40,
        suggestions: [
          { messageId: 'parseWithSchema', data: { schema: 'parse(Order, ...)' }, output: `
import { object, parse } from 'valibot';
const Order = object({});
const order = parse(Order, JSON.parse(text));` },
          { messageId: 'typeAsUnknown', output: `
import { object, parse } from 'valibot';
const Order = object({});
const order = JSON.parse(text) as unknown;` },
        ],
      },
    ],
  },
  {
    name: 'valibot parse imported under a string name',
    code: `
import { object, 'parse' as check } from 'valibot';
const Order = object({});
const order = JSON.parse(text) as Order;`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 4,
        column: 35,
        endLine: 4,
        endColumn: 40,
        suggestions: [
          { messageId: 'parseWithSchema', data: { schema: 'check(Order, ...)' }, output: `
import { object, 'parse' as check } from 'valibot';
const Order = object({});
const order = check(Order, JSON.parse(text));` },
          { messageId: 'typeAsUnknown', output: `
import { object, 'parse' as check } from 'valibot';
const Order = object({});
const order = JSON.parse(text) as unknown;` },
        ],
      },
    ],
  },
  {
    name: 'a valibot namespace shadowed where the value is',
    code: `
import * as v from 'valibot';
const Order = v.object({});
function read(v: string) {
  return JSON.parse(v) as Order;
}`,
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Order' },
        line: 5,
        column: 27,
        endLine: 5,
        endColumn: 32,
        suggestions: [
          { messageId: 'typeAsUnknown', output: `
import * as v from 'valibot';
const Order = v.object({});
function read(v: string) {
  return JSON.parse(v) as unknown;
}` },
        ],
      },
    ],
  },
  {
    name: 'unknown or an order',
    code: 'const value = JSON.parse(text) as unknown | Order;',
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'unknown | Order' },
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 50,
        suggestions: [
          { messageId: 'typeAsUnknown', output: 'const value = JSON.parse(text) as unknown;' },
        ],
      },
    ],
  },
  {
    name: 'a readonly array of orders',
    code: 'const value = JSON.parse(text) as readonly Order[];',
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'readonly Order[]' },
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 51,
        suggestions: [
          { messageId: 'typeAsUnknown', output: 'const value = JSON.parse(text) as unknown;' },
        ],
      },
    ],
  },
  {
    name: 'keyof a type',
    code: 'const value = JSON.parse(text) as keyof Order;',
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'keyof Order' },
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 46,
        suggestions: [
          { messageId: 'typeAsUnknown', output: 'const value = JSON.parse(text) as unknown;' },
        ],
      },
    ],
  },
  {
    name: 'Array<Order>',
    code: 'const value = JSON.parse(text) as Array<Order>;',
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'Array<Order>' },
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 47,
        suggestions: [
          { messageId: 'typeAsUnknown', output: 'const value = JSON.parse(text) as unknown;' },
        ],
      },
    ],
  },
  {
    name: 'a string or an order',
    code: 'const value = JSON.parse(text) as string | Order;',
    errors: [
      {
        messageId: 'unvalidatedInput',
        data: { source: 'JSON.parse()', type: 'string | Order' },
        line: 1,
        column: 35,
        endLine: 1,
        endColumn: 49,
        suggestions: [
          { messageId: 'typeAsUnknown', output: 'const value = JSON.parse(text) as unknown;' },
        ],
      },
    ],
  },
  ],
});
