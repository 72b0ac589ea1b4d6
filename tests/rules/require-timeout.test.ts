import rule from '../../src/rules/require-timeout.js';
import { createJsRuleTester, createRuleTester } from '../RuleTester.js';

const ruleTester = createRuleTester();
const jsRuleTester = createJsRuleTester();

const SIGNAL_REMEDY = '`signal: AbortSignal.timeout(ms)`';
const AXIOS_REMEDY = 'a `timeout` option';
const GOT_REMEDY = '`timeout: { request: ms }`';
const serverFetch = { module: '@server/utils/fetch', name: 'default', optionsArgument: 1, deadlineKeys: ['timeoutMs', 'signal'] };

ruleTester.run('require-timeout', rule, {
  valid: [
    // fetch
    { name: 'fetch with a timeout signal', code: 'await fetch(url, { signal: AbortSignal.timeout(5_000) });' },
    {
      name: 'fetch with a controller signal',
      code: 'const controller = new AbortController();\nsetTimeout(() => controller.abort(), 5_000);\nawait fetch(url, { signal: controller.signal });',
    },
    { name: 'fetch with a shorthand signal', code: 'async function load(url: string, signal: AbortSignal) { return fetch(url, { signal }); }' },
    { name: 'fetch with AbortSignal.any', code: 'await fetch(url, { signal: AbortSignal.any([request.signal, AbortSignal.timeout(5_000)]) });' },
    { name: 'init is a parameter the rule cannot see into', code: 'async function load(url: string, init: RequestInit) { return fetch(url, init); }' },
    { name: 'init is built by a call', code: 'await fetch(url, buildInit());' },
    { name: 'init spreads a parameter', code: 'async function post(url: string, init?: RequestInit) { return fetch(url, { ...init, method: "POST" }); }' },
    { name: 'init has a computed key the rule cannot read', code: 'await fetch(url, { [key]: value });' },
    {
      name: 'init spreads a constant that has a signal',
      code: 'const base = { signal: AbortSignal.timeout(5_000) };\nawait fetch(url, { ...base, method: "POST" });',
    },
    {
      name: 'init is a constant that has a signal',
      code: 'const init: RequestInit = { method: "GET", signal: AbortSignal.timeout(5_000) };\nawait fetch(url, init);',
    },
    {
      name: 'init is a constant whose signal is set later',
      code: 'const init: RequestInit = { method: "GET" };\ninit.signal = AbortSignal.timeout(5_000);\nawait fetch(url, init);',
    },
    { name: 'init is a constant merged with Object.assign', code: 'const init = {};\nObject.assign(init, defaults);\nawait fetch(url, init);' },
    { name: 'spread arguments', code: 'await fetch(...args);' },
    { name: 'a Request object carries its own signal', code: 'await fetch(new Request(url, { signal }));' },
    { name: 'an input declared as Request', code: 'async function send(request: Request) { return fetch(request); }' },
    { name: 'undici fetch with a dispatcher', code: 'import { fetch } from "undici";\nawait fetch(url, { dispatcher: agent });' },
    { name: 'a local function named fetch is not the global', code: 'function fetch(path: string) { return cache.get(path); }\nfetch("/users");' },
    { name: 'a parameter named fetch is not the global', code: 'async function load(fetch: typeof globalThis.fetch) { return fetch("/users"); }' },
    { name: 'a fetch imported from a project module', code: 'import { fetch } from "./testing/fakeFetch";\nawait fetch("/users");' },
    { name: 'a shadowed globalThis', code: 'const globalThis = { fetch: stub };\nglobalThis.fetch("/users");' },
    { name: 'a method called fetch on another object', code: 'await repository.fetch(id);' },
    { name: 'timeout value the file cannot evaluate', code: 'import axios from "axios";\nimport { TIMEOUT_MS } from "./config";\nawait axios.get(url, { timeout: TIMEOUT_MS });' },
    { name: 'a finite signal next to a disabled timeout', code: 'import axios from "axios";\nawait axios.get(url, { timeout: 0, signal: AbortSignal.timeout(5_000) });' },
    { name: 'AbortSignal.timeout(0) aborts at once rather than never', code: 'await fetch(url, { signal: AbortSignal.timeout(0) });' },
    { name: 'maxMs allows a longer deadline', code: 'await fetch(url, { signal: AbortSignal.timeout(60_000) });', options: [{ maxMs: 60_000 }] },

    // timeout wrappers
    { name: 'p-timeout', code: 'import pTimeout from "p-timeout";\nawait pTimeout(fetch(url), { milliseconds: 5_000 });' },
    { name: 'p-timeout under another name', code: 'import limit from "p-timeout";\nawait limit(fetch(url).then((res) => res.json()), { milliseconds: 5_000 });' },
    { name: 'withTimeout with a promise', code: 'await withTimeout(fetch(url), 5_000);' },
    {
      name: 'withTimeout with a callback',
      code: 'await withTimeout(async () => {\n  const res = await fetch(url);\n  return res.json();\n}, 5_000);',
    },
    { name: 'withTimeout as a method', code: 'await this.withTimeout(fetch(url), 5_000);' },
    { name: 'withTimeout imported under another name', code: 'import { withTimeout as deadline } from "./timeouts";\nawait deadline(fetch(url), 5_000);' },
    {
      name: 'Promise.race with a timer promise',
      code: 'await Promise.race([\n  fetch(url),\n  new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 5_000)),\n]);',
    },
    {
      name: 'Promise.race with timers/promises',
      code: 'import { setTimeout as sleep } from "node:timers/promises";\nawait Promise.race([fetch(url), sleep(5_000).then(() => { throw new Error("timeout"); })]);',
    },
    { name: 'Promise.race with a named timer', code: 'await Promise.race([fetch(url), timeoutPromise]);' },
    {
      name: 'Promise.race with a timer promise kept in a constant',
      code: 'const expired = new Promise<never>((_, reject) => {\n  setTimeout(() => reject(new Error("no answer")), 5_000);\n});\nconst res = await Promise.race([fetch(url), expired]);',
    },
    { name: 'Promise.race with a timedOut promise', code: 'await Promise.race([fetch(url), timedOut]);' },
    {
      name: 'a named function the file calls under p-timeout',
      code: 'import pTimeout from "p-timeout";\nconst load = async () => (await fetch(url)).json();\nawait pTimeout(load(), { milliseconds: 5_000 });',
    },
    {
      name: 'a function declaration passed to withTimeout',
      code: 'async function load() { return fetch(url); }\nawait withTimeout(load, 5_000);',
    },
    {
      name: 'a promise kept and raced later',
      code: 'const pending = fetch(url);\nawait Promise.race([pending, delay(5_000)]);',
    },
    {
      name: 'a promise that a timer rejects',
      code: 'await new Promise((resolve, reject) => {\n  const timer = setTimeout(() => reject(new Error("timeout")), 5_000);\n  fetch(url).then(resolve, reject).finally(() => clearTimeout(timer));\n});',
    },
    {
      name: 'a wrapper from the timeoutWrappers option',
      code: 'await deadline.run(fetch(url));',
      options: [{ timeoutWrappers: ['deadline.run'] }],
    },
    {
      name: 'a wrapper from settings',
      code: 'await guard(fetch(url));',
      settings: { reliability: { timeoutWrappers: ['guard'] } },
    },

    // axios
    { name: 'axios.get with a timeout', code: 'import axios from "axios";\nawait axios.get(url, { timeout: 5_000 });' },
    { name: 'axios.post with a timeout in the config', code: 'import axios from "axios";\nawait axios.post(url, body, { timeout: 5_000 });' },
    { name: 'axios with a signal', code: 'import axios from "axios";\nawait axios.get(url, { signal: AbortSignal.timeout(5_000) });' },
    { name: 'axios with a cancel token', code: 'import axios from "axios";\nawait axios.get(url, { cancelToken: source.token });' },
    { name: 'axios(config) with a timeout', code: 'import axios from "axios";\nawait axios({ url, method: "GET", timeout: 5_000 });' },
    { name: 'axios(config) with an unknown config', code: 'import axios from "axios";\nexport const send = (config: AxiosRequestConfig) => axios(config);' },
    { name: 'axios config the file cannot see', code: 'import axios from "axios";\nawait axios.post(url, body, this.getConfig());' },
    {
      name: 'an axios instance created with a timeout',
      code: 'import axios from "axios";\nconst api = axios.create({ baseURL, timeout: 5_000 });\nawait api.get("/users");',
    },
    {
      name: 'an axios instance created with an unknown config',
      code: 'import axios from "axios";\nconst api = axios.create(config);\nawait api.get("/users");',
    },
    {
      name: 'axios.defaults.timeout set in the file',
      code: 'import axios from "axios";\naxios.defaults.timeout = 5_000;\nawait axios.get(url);',
    },
    {
      name: 'instance.defaults.timeout set in the file, after the call',
      code: 'import axios from "axios";\nconst api = axios.create({ baseURL });\nexport const users = () => api.get("/users");\napi.defaults.timeout = 5_000;',
    },
    {
      name: 'an instance of an instance inherits its timeout',
      code: 'import axios from "axios";\nconst base = axios.create({ timeout: 5_000 });\nconst admin = base.create({ baseURL: "/admin" });\nawait admin.get("/users");',
    },
    {
      name: 'a class field instance with a timeout',
      code: 'import axios from "axios";\nclass Billing {\n  private readonly http = axios.create({ baseURL, timeout: 5_000 });\n  charge() { return this.http.post("/charges", {}); }\n}',
    },
    {
      name: 'a class field replaced in a method is not trusted',
      code: 'import axios from "axios";\nclass Billing {\n  #http = axios.create();\n  init() { this.#http = axios.create({ timeout: 5_000 }); }\n  charge() { return this.#http.post("/charges", {}); }\n}',
    },
    {
      name: 'an injected client the file cannot see',
      code: 'class Billing {\n  constructor(private readonly http: HttpService) {}\n  charge() { return this.http.post("/charges", {}); }\n}',
    },
    { name: 'a type-only import of axios', code: 'import type { AxiosInstance } from "axios";\nexport const load = (api: AxiosInstance) => api.get("/users");' },

    // got
    { name: 'got with a timeout object', code: 'import got from "got";\nawait got(url, { timeout: { request: 5_000 } }).json();' },
    { name: 'got options first', code: 'import got from "got";\nawait got({ url, timeout: { request: 5_000 } });' },
    { name: 'a got instance with a timeout', code: 'import got from "got";\nconst client = got.extend({ prefixUrl, timeout: { request: 5_000 } });\nawait client.get("users");' },
    { name: 'got options the file cannot see', code: 'import got from "got";\nexport const load = (options: OptionsInit) => got(options);' },
    { name: 'a got request cancelled by a timer', code: 'import got from "got";\nconst request = got(url);\nsetTimeout(() => request.cancel(), 5_000);\nawait request;' },

    // node:http
    { name: 'http.request with a timeout option', code: 'import http from "node:http";\nhttp.request(url, { timeout: 5_000 }, onResponse);' },
    { name: 'https.get with a signal', code: 'import https from "node:https";\nhttps.get({ host, path, signal: AbortSignal.timeout(5_000) }, onResponse);' },
    { name: 'https.get with setTimeout on the request', code: 'import https from "https";\nhttps.get(url, onResponse).setTimeout(5_000, onTimeout);' },
    {
      name: 'a ClientRequest given a timeout later',
      code: 'import { request } from "node:https";\nconst req = request(url, onResponse);\nreq.on("error", onError);\nreq.setTimeout(5_000, () => req.destroy());\nreq.end();',
    },
    { name: 'http.request with options the file cannot see', code: 'import http from "node:http";\nexport const send = (options: http.RequestOptions) => http.request(options, onResponse);' },

    // undici
    { name: 'undici request with a signal', code: 'import { request } from "undici";\nawait request(url, { signal: AbortSignal.timeout(5_000) });' },
    { name: 'undici request with headersTimeout', code: 'import { request } from "undici";\nawait request(url, { headersTimeout: 5_000, bodyTimeout: 5_000 });' },
    { name: 'undici request with a dispatcher', code: 'import { request } from "undici";\nawait request(url, { dispatcher: pool });' },
    {
      name: 'an undici Client with timeouts',
      code: 'import { Client } from "undici";\nconst client = new Client(origin, { headersTimeout: 5_000, bodyTimeout: 5_000 });\nawait client.request({ path: "/", method: "GET" });',
    },

    // ky
    { name: 'ky has a default timeout', code: 'import ky from "ky";\nawait ky.get(url).json();' },
    { name: 'ky with a finite timeout', code: 'import ky from "ky";\nawait ky.post(url, { json: body, timeout: 5_000 });' },
    { name: 'a ky instance', code: 'import ky from "ky";\nconst api = ky.create({ prefixUrl });\nawait api.get("users");' },

    // project clients
    {
      name: 'a project client with its deadline option',
      code: 'import serverFetch from "@server/utils/fetch";\nawait serverFetch("/users", { timeoutMs: 5_000 });',
      settings: { reliability: { httpClients: [serverFetch] } },
    },
    {
      name: 'a project client from another module is not the configured one',
      code: 'import serverFetch from "@server/utils/other";\nawait serverFetch("/users");',
      settings: { reliability: { httpClients: [serverFetch] } },
    },
    {
      name: 'a project client called with options the file cannot see',
      code: 'import serverFetch from "@server/utils/fetch";\nexport const load = (init: RequestInit) => serverFetch("/users", init);',
      settings: { reliability: { httpClients: [serverFetch] } },
    },
  ],
  invalid: [
    // fetch
    {
      name: 'bare fetch',
      code: 'await fetch(url);',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'fetch', remedy: SIGNAL_REMEDY },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'await fetch(url, { signal: AbortSignal.timeout(10_000) });',
            },
          ],
        },
      ],
    },
    {
      name: 'returned fetch with an init object',
      code: 'export function load(url: string) {\n  return fetch(url, { method: "POST", body });\n}',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'fetch', remedy: SIGNAL_REMEDY },
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'export function load(url: string) {\n  return fetch(url, { method: "POST", body, signal: AbortSignal.timeout(10_000) });\n}',
            },
          ],
        },
      ],
    },
    {
      name: 'multi-line init with a trailing comma and a comment',
      code: 'await fetch(url, {\n  method: "POST",\n  body: payload, // JSON\n});',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'fetch', remedy: SIGNAL_REMEDY },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'await fetch(url, {\n  method: "POST",\n  body: payload, // JSON\n  signal: AbortSignal.timeout(10_000),\n});',
            },
          ],
        },
      ],
    },
    {
      name: 'multi-line init without a trailing comma, with a comment',
      code: 'await fetch(url, {\n  method: "POST",\n  body: payload // JSON\n});',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'fetch', remedy: SIGNAL_REMEDY },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'await fetch(url, {\n  method: "POST",\n  body: payload, // JSON\n  signal: AbortSignal.timeout(10_000)\n});',
            },
          ],
        },
      ],
    },
    {
      name: 'empty init holding a comment',
      code: 'await fetch(url, { /* none yet */ });',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'fetch', remedy: SIGNAL_REMEDY },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'await fetch(url, { /* none yet */ signal: AbortSignal.timeout(10_000) });',
            },
          ],
        },
      ],
    },
    {
      name: 'a trailing comma and parentheses in the arguments',
      code: 'await fetch((url),);',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'fetch', remedy: SIGNAL_REMEDY },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'await fetch((url), { signal: AbortSignal.timeout(10_000) },);',
            },
          ],
        },
      ],
    },
    {
      name: 'fetch chained with then',
      code: 'fetch(url).then((res) => res.json());',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'fetch', remedy: SIGNAL_REMEDY },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'fetch(url, { signal: AbortSignal.timeout(10_000) }).then((res) => res.json());',
            },
          ],
        },
      ],
    },
    {
      name: 'fetch passed to Promise.all',
      code: 'await Promise.all([fetch(a), fetch(b, { signal })]);',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'fetch', remedy: SIGNAL_REMEDY },
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'await Promise.all([fetch(a, { signal: AbortSignal.timeout(10_000) }), fetch(b, { signal })]);',
            },
          ],
        },
      ],
    },
    {
      name: 'globalThis.fetch',
      code: 'await globalThis.fetch(url);',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'globalThis.fetch', remedy: SIGNAL_REMEDY },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'await globalThis.fetch(url, { signal: AbortSignal.timeout(10_000) });',
            },
          ],
        },
      ],
    },
    {
      name: 'undici fetch under another name',
      code: 'import { fetch as request } from "undici";\nawait request(url);',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'request', remedy: SIGNAL_REMEDY },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'import { fetch as request } from "undici";\nawait request(url, { signal: AbortSignal.timeout(10_000) });',
            },
          ],
        },
      ],
    },
    {
      name: 'node-fetch default import',
      code: 'import nodeFetch from "node-fetch";\nawait nodeFetch(url, { headers });',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'nodeFetch', remedy: SIGNAL_REMEDY },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'import nodeFetch from "node-fetch";\nawait nodeFetch(url, { headers, signal: AbortSignal.timeout(10_000) });',
            },
          ],
        },
      ],
    },
    {
      name: 'cross-fetch',
      code: 'import crossFetch from "cross-fetch";\nawait crossFetch(url);',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'crossFetch', remedy: SIGNAL_REMEDY },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'import crossFetch from "cross-fetch";\nawait crossFetch(url, { signal: AbortSignal.timeout(10_000) });',
            },
          ],
        },
      ],
    },
    {
      name: 'init with as RequestInit',
      code: 'await fetch(url, { method: "POST" } as RequestInit);',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'fetch', remedy: SIGNAL_REMEDY },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'await fetch(url, { method: "POST", signal: AbortSignal.timeout(10_000) } as RequestInit);',
            },
          ],
        },
      ],
    },
    {
      name: 'init with satisfies, and a non-null input',
      code: 'await fetch(url!, { method: "POST" } satisfies RequestInit);',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'fetch', remedy: SIGNAL_REMEDY },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'await fetch(url!, { method: "POST", signal: AbortSignal.timeout(10_000) } satisfies RequestInit);',
            },
          ],
        },
      ],
    },
    {
      name: 'init in a constant the rule can see: reported, left alone by the suggestion',
      code: 'const init = { method: "POST" };\nawait fetch(url, init);',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'fetch', remedy: SIGNAL_REMEDY },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 12,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a shadowed AbortSignal gets no suggestion',
      code: 'const AbortSignal = makeSignals();\nawait fetch(url);',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'fetch', remedy: SIGNAL_REMEDY },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 12,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a callback of something that is not a timeout wrapper',
      code: 'retry(() => fetch(url));',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'fetch', remedy: SIGNAL_REMEDY },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'retry(() => fetch(url, { signal: AbortSignal.timeout(10_000) }));',
            },
          ],
        },
      ],
    },
    {
      name: 'a kept promise that nothing times',
      code: 'const pending = fetch(url);\nawait pending;',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'fetch', remedy: SIGNAL_REMEDY },
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'const pending = fetch(url, { signal: AbortSignal.timeout(10_000) });\nawait pending;',
            },
          ],
        },
      ],
    },
    {
      name: 'fetch ignores a timeout option',
      code: 'await fetch(url, { method: "POST", timeout: 5_000 });',
      errors: [
        {
          messageId: 'ignoredTimeoutOption',
          data: { callee: 'fetch' },
          line: 1,
          column: 36,
          endLine: 1,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'replaceWithSignal',
              data: { property: 'signal: AbortSignal.timeout(5_000)' },
              output: 'await fetch(url, { method: "POST", signal: AbortSignal.timeout(5_000) });',
            },
          ],
        },
      ],
    },
    {
      name: 'AbortSignal.timeout(Infinity)',
      code: 'await fetch(url, { signal: AbortSignal.timeout(Infinity) });',
      errors: [
        {
          messageId: 'disabledTimeout',
          data: { deadline: 'signal: AbortSignal.timeout(Infinity)', maxMs: 30_000 },
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'useDefaultTimeout',
              data: { ms: 10_000 },
              output: 'await fetch(url, { signal: AbortSignal.timeout(10_000) });',
            },
          ],
        },
      ],
    },
    {
      name: 'signal: undefined',
      code: 'await fetch(url, { signal: undefined });',
      errors: [
        {
          messageId: 'disabledTimeout',
          data: { deadline: 'signal: undefined', maxMs: 30_000 },
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useDefaultTimeout',
              data: { ms: 10_000 },
              output: 'await fetch(url, { signal: AbortSignal.timeout(10_000) });',
            },
          ],
        },
      ],
    },
    {
      name: 'a signal longer than maxMs, through a constant expression',
      code: 'const TEN_MINUTES = 10 * 60 * 1000;\nawait fetch(url, { signal: AbortSignal.timeout(TEN_MINUTES) });',
      errors: [
        {
          messageId: 'excessiveTimeout',
          data: { deadline: 'signal: AbortSignal.timeout(TEN_MINUTES)', ms: 600_000, maxMs: 30_000 },
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'useDefaultTimeout',
              data: { ms: 10_000 },
              output: 'const TEN_MINUTES = 10 * 60 * 1000;\nawait fetch(url, { signal: AbortSignal.timeout(10_000) });',
            },
          ],
        },
      ],
    },
    {
      name: 'defaultMs sets the suggested deadline',
      code: 'await fetch(url);',
      options: [{ defaultMs: 2_500 }],
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'fetch', remedy: SIGNAL_REMEDY },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(2_500)' },
              output: 'await fetch(url, { signal: AbortSignal.timeout(2_500) });',
            },
          ],
        },
      ],
    },
    {
      name: 'maxMs caps defaultMs and lowers the limit',
      code: 'await fetch(url, { signal: AbortSignal.timeout(25_000) });',
      options: [{ maxMs: 20_000, defaultMs: 60_000 }],
      errors: [
        {
          messageId: 'excessiveTimeout',
          data: { deadline: 'signal: AbortSignal.timeout(25_000)', ms: 25_000, maxMs: 20_000 },
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'useDefaultTimeout',
              data: { ms: 20_000 },
              output: 'await fetch(url, { signal: AbortSignal.timeout(20_000) });',
            },
          ],
        },
      ],
    },

    {
      name: 'Promise.race between two requests has no timer',
      code: 'await Promise.race([fetch(a), fetch(b, { signal: AbortSignal.timeout(5_000) })]);',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'fetch', remedy: SIGNAL_REMEDY },
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'await Promise.race([fetch(a, { signal: AbortSignal.timeout(10_000) }), fetch(b, { signal: AbortSignal.timeout(5_000) })]);',
            },
          ],
        },
      ],
    },
    {
      name: 'a named function the file calls without a deadline',
      code: 'async function load(url: string) {\n  const res = await fetch(url);\n  return res.json();\n}\nexport const users = () => load("/users");',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'fetch', remedy: SIGNAL_REMEDY },
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output:
                'async function load(url: string) {\n  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });\n  return res.json();\n}\nexport const users = () => load("/users");',
            },
          ],
        },
      ],
    },
    {
      name: 'the timeoutWrappers option replaces the setting',
      code: 'await guard(fetch(url));',
      options: [{ timeoutWrappers: ['deadline.run'] }],
      settings: { reliability: { timeoutWrappers: ['guard'] } },
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'fetch', remedy: SIGNAL_REMEDY },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'await guard(fetch(url, { signal: AbortSignal.timeout(10_000) }));',
            },
          ],
        },
      ],
    },
    {
      name: 'a request in a callback nested in an unrelated call',
      code: 'router.get("/users", async (req, res) => {\n  const upstream = await fetch(`${base}/users`, { headers: { accept: "application/json" } });\n  res.json(await upstream.json());\n});',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'fetch', remedy: SIGNAL_REMEDY },
          line: 2,
          column: 26,
          endLine: 2,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output:
                'router.get("/users", async (req, res) => {\n  const upstream = await fetch(`${base}/users`, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(10_000) });\n  res.json(await upstream.json());\n});',
            },
          ],
        },
      ],
    },

    // axios
    {
      name: 'axios.get without a config',
      code: 'import axios from "axios";\nawait axios.get(url);',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'axios.get', remedy: AXIOS_REMEDY },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 16,
          suggestions: [{ messageId: 'addTimeout', data: { property: 'timeout: 10_000' }, output: 'import axios from "axios";\nawait axios.get(url, { timeout: 10_000 });' }],
        },
      ],
    },
    {
      name: 'axios.post without data fills the gap',
      code: 'import axios from "axios";\nawait axios.post(url);',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'axios.post', remedy: AXIOS_REMEDY },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 17,
          suggestions: [
            { messageId: 'addTimeout', data: { property: 'timeout: 10_000' }, output: 'import axios from "axios";\nawait axios.post(url, undefined, { timeout: 10_000 });' },
          ],
        },
      ],
    },
    {
      name: 'axios.post with a config that has no timeout',
      code: 'import axios from "axios";\nawait axios.post(url, body, { headers });',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'axios.post', remedy: AXIOS_REMEDY },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 17,
          suggestions: [
            { messageId: 'addTimeout', data: { property: 'timeout: 10_000' }, output: 'import axios from "axios";\nawait axios.post(url, body, { headers, timeout: 10_000 });' },
          ],
        },
      ],
    },
    {
      name: 'axios(config)',
      code: 'import axios from "axios";\nawait axios({ method: "GET", url });',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'axios', remedy: AXIOS_REMEDY },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 12,
          suggestions: [
            { messageId: 'addTimeout', data: { property: 'timeout: 10_000' }, output: 'import axios from "axios";\nawait axios({ method: "GET", url, timeout: 10_000 });' },
          ],
        },
      ],
    },
    {
      name: 'axios.request(config)',
      code: 'import axios from "axios";\nawait axios.request({ url });',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'axios.request', remedy: AXIOS_REMEDY },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 20,
          suggestions: [
            { messageId: 'addTimeout', data: { property: 'timeout: 10_000' }, output: 'import axios from "axios";\nawait axios.request({ url, timeout: 10_000 });' },
          ],
        },
      ],
    },
    {
      name: 'an axios instance created without a timeout',
      code: 'import axios from "axios";\nconst api = axios.create({ baseURL });\nawait api.get("/users");',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'api.get', remedy: AXIOS_REMEDY },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'timeout: 10_000' },
              output: 'import axios from "axios";\nconst api = axios.create({ baseURL });\nawait api.get("/users", { timeout: 10_000 });',
            },
          ],
        },
      ],
    },
    {
      name: 'optional chaining on an instance',
      code: 'import axios from "axios";\nconst api = axios.create();\nexport const users = () => api?.get("/users");',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'api?.get', remedy: AXIOS_REMEDY },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'timeout: 10_000' },
              output: 'import axios from "axios";\nconst api = axios.create();\nexport const users = () => api?.get("/users", { timeout: 10_000 });',
            },
          ],
        },
      ],
    },
    {
      name: 'a namespace import of axios',
      code: 'import * as http from "axios";\nawait http.default.get(url);',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'http.default.get', remedy: AXIOS_REMEDY },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 23,
          suggestions: [
            { messageId: 'addTimeout', data: { property: 'timeout: 10_000' }, output: 'import * as http from "axios";\nawait http.default.get(url, { timeout: 10_000 });' },
          ],
        },
      ],
    },
    {
      name: 'a class field instance without a timeout',
      code: 'import axios from "axios";\nclass Billing {\n  private readonly http = axios.create({ baseURL });\n  charge() { return this.http.post("/charges", {}); }\n}',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'this.http.post', remedy: AXIOS_REMEDY },
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'timeout: 10_000' },
              output: 'import axios from "axios";\nclass Billing {\n  private readonly http = axios.create({ baseURL });\n  charge() { return this.http.post("/charges", {}, { timeout: 10_000 }); }\n}',
            },
          ],
        },
      ],
    },
    {
      name: 'an instance made in the constructor',
      code: 'import axios from "axios";\nclass Billing {\n  private readonly http;\n  constructor() { this.http = axios.create({ baseURL }); }\n  charge() { return this.http.post("/charges", {}); }\n}',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'this.http.post', remedy: AXIOS_REMEDY },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'timeout: 10_000' },
              output: 'import axios from "axios";\nclass Billing {\n  private readonly http;\n  constructor() { this.http = axios.create({ baseURL }); }\n  charge() { return this.http.post("/charges", {}, { timeout: 10_000 }); }\n}',
            },
          ],
        },
      ],
    },
    {
      name: 'axios timeout: 0',
      code: 'import axios from "axios";\nawait axios.get(url, { timeout: 0 });',
      errors: [
        {
          messageId: 'disabledTimeout',
          data: { deadline: 'timeout: 0', maxMs: 30_000 },
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 34,
          suggestions: [{ messageId: 'useDefaultTimeout', data: { ms: 10_000 }, output: 'import axios from "axios";\nawait axios.get(url, { timeout: 10_000 });' }],
        },
      ],
    },
    {
      name: 'a timeout longer than maxMs, as a product',
      code: 'import axios from "axios";\nawait axios.get(url, { timeout: 5 * 60 * 1000 });',
      errors: [
        {
          messageId: 'excessiveTimeout',
          data: { deadline: 'timeout: 5 * 60 * 1000', ms: 300_000, maxMs: 30_000 },
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 46,
          suggestions: [{ messageId: 'useDefaultTimeout', data: { ms: 10_000 }, output: 'import axios from "axios";\nawait axios.get(url, { timeout: 10_000 });' }],
        },
      ],
    },
    {
      name: 'a timeout longer than maxMs, through a constant',
      code: 'import axios from "axios";\nconst LONG = 60_000;\nawait axios.get(url, { timeout: LONG });',
      errors: [
        {
          messageId: 'excessiveTimeout',
          data: { deadline: 'timeout: LONG', ms: 60_000, maxMs: 30_000 },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useDefaultTimeout',
              data: { ms: 10_000 },
              output: 'import axios from "axios";\nconst LONG = 60_000;\nawait axios.get(url, { timeout: 10_000 });',
            },
          ],
        },
      ],
    },
    {
      name: 'a shared config with timeout: 0 is reported once',
      code: 'import axios from "axios";\nconst config = { timeout: 0 };\nawait axios.get(a, config);\nawait axios.get(b, config);',
      errors: [
        {
          messageId: 'disabledTimeout',
          data: { deadline: 'timeout: 0', maxMs: 30_000 },
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'useDefaultTimeout',
              data: { ms: 10_000 },
              output: 'import axios from "axios";\nconst config = { timeout: 10_000 };\nawait axios.get(a, config);\nawait axios.get(b, config);',
            },
          ],
        },
      ],
    },
    {
      name: 'axios.defaults.timeout = 0',
      code: 'import axios from "axios";\naxios.defaults.timeout = 0;\nawait axios.get(url);',
      errors: [
        {
          messageId: 'disabledTimeout',
          data: { deadline: 'axios.defaults.timeout = 0', maxMs: 30_000 },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 27,
          suggestions: [{ messageId: 'useDefaultTimeout', data: { ms: 10_000 }, output: 'import axios from "axios";\naxios.defaults.timeout = 10_000;\nawait axios.get(url);' }],
        },
      ],
    },
    {
      name: 'axios.create with timeout: Infinity is reported where it is set',
      code: 'import axios from "axios";\nconst api = axios.create({ baseURL, timeout: Infinity });\nawait api.get("/users");',
      errors: [
        {
          messageId: 'disabledTimeout',
          data: { deadline: 'timeout: Infinity', maxMs: 30_000 },
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'useDefaultTimeout',
              data: { ms: 10_000 },
              output: 'import axios from "axios";\nconst api = axios.create({ baseURL, timeout: 10_000 });\nawait api.get("/users");',
            },
          ],
        },
      ],
    },

    // got
    {
      name: 'got without options',
      code: 'import got from "got";\nawait got(url).json();',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'got', remedy: GOT_REMEDY },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'timeout: { request: 10_000 }' },
              output: 'import got from "got";\nawait got(url, { timeout: { request: 10_000 } }).json();',
            },
          ],
        },
      ],
    },
    {
      name: 'a got shortcut with options',
      code: 'import got from "got";\nawait got.post(url, { json: body });',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'got.post', remedy: GOT_REMEDY },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'timeout: { request: 10_000 }' },
              output: 'import got from "got";\nawait got.post(url, { json: body, timeout: { request: 10_000 } });',
            },
          ],
        },
      ],
    },
    {
      name: 'a got.extend instance without a timeout',
      code: 'import got from "got";\nconst client = got.extend({ prefixUrl });\nawait client.get("users");',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'client.get', remedy: GOT_REMEDY },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'timeout: { request: 10_000 }' },
              output: 'import got from "got";\nconst client = got.extend({ prefixUrl });\nawait client.get("users", { timeout: { request: 10_000 } });',
            },
          ],
        },
      ],
    },
    {
      name: 'a got timeout object longer than maxMs',
      code: 'import got from "got";\nawait got(url, { timeout: { request: 120_000 } });',
      errors: [
        {
          messageId: 'excessiveTimeout',
          data: { deadline: 'timeout: { request: 120_000 }', ms: 120_000, maxMs: 30_000 },
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 47,
          suggestions: [],
        },
      ],
    },

    // node:http
    {
      name: 'http.get with a callback',
      code: 'import http from "node:http";\nhttp.get(url, (res) => res.resume());',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'http.get', remedy: SIGNAL_REMEDY },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 9,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'import http from "node:http";\nhttp.get(url, { signal: AbortSignal.timeout(10_000) }, (res) => res.resume());',
            },
          ],
        },
      ],
    },
    {
      name: 'https.request with options first',
      code: 'import https from "https";\nhttps.request({ hostname, path, method: "POST" }, onResponse).end(body);',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'https.request', remedy: SIGNAL_REMEDY },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'import https from "https";\nhttps.request({ hostname, path, method: "POST", signal: AbortSignal.timeout(10_000) }, onResponse).end(body);',
            },
          ],
        },
      ],
    },
    {
      name: 'a named import of node:https whose request is kept but never timed',
      code: 'import { request } from "node:https";\nconst req = request(url);\nreq.end();',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'request', remedy: SIGNAL_REMEDY },
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'import { request } from "node:https";\nconst req = request(url, { signal: AbortSignal.timeout(10_000) });\nreq.end();',
            },
          ],
        },
      ],
    },

    // undici
    {
      name: 'undici request',
      code: 'import { request } from "undici";\nawait request(url);',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'request', remedy: SIGNAL_REMEDY },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'import { request } from "undici";\nawait request(url, { signal: AbortSignal.timeout(10_000) });',
            },
          ],
        },
      ],
    },
    {
      name: 'Client#request on a client without timeouts',
      code: 'import { Client } from "undici";\nconst client = new Client(origin);\nawait client.request({ path: "/", method: "GET" });',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'client.request', remedy: SIGNAL_REMEDY },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'import { Client } from "undici";\nconst client = new Client(origin);\nawait client.request({ path: "/", method: "GET", signal: AbortSignal.timeout(10_000) });',
            },
          ],
        },
      ],
    },
    {
      name: 'an undici Client with its header timeout turned off',
      code: 'import { Client } from "undici";\nexport const client = new Client(origin, { headersTimeout: 0 });',
      errors: [
        {
          messageId: 'disabledTimeout',
          data: { deadline: 'headersTimeout: 0', maxMs: 30_000 },
          line: 2,
          column: 44,
          endLine: 2,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'useDefaultTimeout',
              data: { ms: 10_000 },
              output: 'import { Client } from "undici";\nexport const client = new Client(origin, { headersTimeout: 10_000 });',
            },
          ],
        },
      ],
    },

    // ky
    {
      name: 'ky with timeout: false',
      code: 'import ky from "ky";\nawait ky.get(url, { timeout: false });',
      errors: [
        {
          messageId: 'disabledTimeout',
          data: { deadline: 'timeout: false', maxMs: 30_000 },
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 35,
          suggestions: [{ messageId: 'useDefaultTimeout', data: { ms: 10_000 }, output: 'import ky from "ky";\nawait ky.get(url, { timeout: 10_000 });' }],
        },
      ],
    },
    {
      name: 'ky.create with timeout: false',
      code: 'import ky from "ky";\nexport const api = ky.create({ prefixUrl, timeout: false });',
      errors: [
        {
          messageId: 'disabledTimeout',
          data: { deadline: 'timeout: false', maxMs: 30_000 },
          line: 2,
          column: 43,
          endLine: 2,
          endColumn: 57,
          suggestions: [
            { messageId: 'useDefaultTimeout', data: { ms: 10_000 }, output: 'import ky from "ky";\nexport const api = ky.create({ prefixUrl, timeout: 10_000 });' },
          ],
        },
      ],
    },

    // project clients
    {
      name: 'a project client from settings',
      code: 'import serverFetch from "@server/utils/fetch";\nawait serverFetch("/users", { method: "GET" });',
      settings: { reliability: { httpClients: [serverFetch] } },
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'serverFetch', remedy: 'a `timeoutMs` or `signal` option' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'timeoutMs: 10_000' },
              output: 'import serverFetch from "@server/utils/fetch";\nawait serverFetch("/users", { method: "GET", timeoutMs: 10_000 });',
            },
          ],
        },
      ],
    },
    {
      name: 'a project client matched by a glob through a relative import',
      filename: 'src/routes/users.ts',
      code: 'import { get } from "../utils/http";\nawait get("/users");',
      settings: { reliability: { httpClients: [{ module: '**/utils/http', name: 'get' }] } },
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'get', remedy: 'a `timeout` or `signal` option' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 10,
          suggestions: [{ messageId: 'addTimeout', data: { property: 'timeout: 10_000' }, output: 'import { get } from "../utils/http";\nawait get("/users", { timeout: 10_000 });' }],
        },
      ],
    },
    {
      name: 'a method of a project client object',
      code: 'import { http } from "@/lib/http";\nawait http.post("/users", body);',
      settings: { reliability: { httpClients: [{ module: '@/lib/http', name: 'http.post', optionsArgument: 2, deadlineKeys: ['signal'] }] } },
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'http.post', remedy: 'a `signal` option' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'import { http } from "@/lib/http";\nawait http.post("/users", body, { signal: AbortSignal.timeout(10_000) });',
            },
          ],
        },
      ],
    },
    {
      name: 'a project client deadline turned off',
      code: 'import serverFetch from "@server/utils/fetch";\nawait serverFetch("/users", { timeoutMs: 0 });',
      settings: { reliability: { httpClients: [serverFetch] } },
      errors: [
        {
          messageId: 'disabledTimeout',
          data: { deadline: 'timeoutMs: 0', maxMs: 30_000 },
          line: 2,
          column: 31,
          endLine: 2,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'useDefaultTimeout',
              data: { ms: 10_000 },
              output: 'import serverFetch from "@server/utils/fetch";\nawait serverFetch("/users", { timeoutMs: 10_000 });',
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('require-timeout (.js, espree)', rule, {
  valid: [
    { name: 'axios required with a timeout', code: 'const axios = require("axios");\naxios.get(url, { timeout: 5000 });' },
    { name: 'a required project module is not a client', code: 'const fetch = require("./fetch");\nfetch(url);' },
    { name: 'a require that is not the global', code: 'const require = createRequire(import.meta.url);\nconst axios = require("axios");\naxios.get(url);' },
    { name: 'fetch with a signal', code: 'fetch(url, { signal: AbortSignal.timeout(5000) }).then((res) => res.json());' },
  ],
  invalid: [
    {
      name: 'axios from require',
      code: 'const axios = require("axios");\naxios.get(url);',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'axios.get', remedy: 'a `timeout` option' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 10,
          suggestions: [{ messageId: 'addTimeout', data: { property: 'timeout: 10_000' }, output: 'const axios = require("axios");\naxios.get(url, { timeout: 10_000 });' }],
        },
      ],
    },
    {
      name: 'undici request destructured from require',
      code: 'const { request } = require("undici");\nrequest(url);',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'request', remedy: '`signal: AbortSignal.timeout(ms)`' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 8,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'const { request } = require("undici");\nrequest(url, { signal: AbortSignal.timeout(10_000) });',
            },
          ],
        },
      ],
    },
    {
      name: 'node-fetch from require, chained',
      code: 'const fetch = require("node-fetch");\nfetch(url).then((res) => res.json());',
      errors: [
        {
          messageId: 'missingTimeout',
          data: { callee: 'fetch', remedy: '`signal: AbortSignal.timeout(ms)`' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 6,
          suggestions: [
            {
              messageId: 'addTimeout',
              data: { property: 'signal: AbortSignal.timeout(10_000)' },
              output: 'const fetch = require("node-fetch");\nfetch(url, { signal: AbortSignal.timeout(10_000) }).then((res) => res.json());',
            },
          ],
        },
      ],
    },
    {
      name: 'node-fetch 2 timeout: 0',
      code: 'import fetch from "node-fetch";\nawait fetch(url, { timeout: 0 });',
      errors: [
        {
          messageId: 'disabledTimeout',
          data: { deadline: 'timeout: 0', maxMs: 30_000 },
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 30,
          suggestions: [{ messageId: 'useDefaultTimeout', data: { ms: 10_000 }, output: 'import fetch from "node-fetch";\nawait fetch(url, { timeout: 10_000 });' }],
        },
      ],
    },
  ],
});

ruleTester.run('require-timeout: more options, deadlines, wrappers and races', rule, {
  valid: [
  {
    name: 'instance options spread from an array',
    code: `import axios from "axios";
const api = axios.create(...options);
await api.get(url);`,
  },
  {
    name: 'a getter for the signal',
    code: 'await fetch(url, { get signal() { return controller.signal; } });',
  },
  {
    name: 'a timeout method',
    code: `import axios from "axios";
await axios.get(url, { timeout() { return 5_000; } });`,
  },
  {
    name: 'ky with an undefined timeout keeps its default',
    code: `import ky from "ky";
await ky.get(url, { timeout: undefined });`,
  },
  {
    name: 'a timeout that is not a number',
    code: `import axios from "axios";
await axios.get(url, { timeout: '5000' });`,
  },
  {
    name: 'a got timeout object without numbers',
    code: `import got from "got";
await got(url, { timeout: {} });`,
  },
  {
    name: 'AbortSignal.timeout without an argument',
    code: 'await fetch(url, { signal: AbortSignal.timeout() });',
  },
  {
    name: 'AbortSignal.timeout of a spread',
    code: 'await fetch(url, { signal: AbortSignal.timeout(...args) });',
  },
  {
    name: 'AbortSignal.timeout of a value the file does not show',
    code: 'await fetch(url, { signal: AbortSignal.timeout(config.ms) });',
  },
  {
    name: 'an assignment that is not of a member',
    code: `let timeout;
timeout = 0;`,
  },
  {
    name: 'a compound assignment to a timeout',
    code: `import axios from "axios";
axios.defaults.timeout += 0;
await axios.get(url, { timeout: 5_000 });`,
  },
  {
    name: 'got defaults are not axios defaults',
    code: `import got from "got";
got.defaults.timeout = 0;`,
  },
  {
    name: 'the named pTimeout export',
    code: `import { pTimeout } from "p-timeout";
await pTimeout(fetch(url), { milliseconds: 5_000 });`,
  },
  {
    name: 'a ClientRequest timed with setTimeout',
    code: `import http from "node:http";
http.get(url).setTimeout(5_000);`,
  },
  {
    name: 'fetch without an argument',
    code: 'await fetch();',
  },
  {
    name: 'an input typed RequestInfo',
    code: `async function send(input: RequestInfo) {
  return fetch(input);
}`,
  },
  {
    name: 'the named pTimeout export, renamed',
    code: `import { pTimeout as limit } from "p-timeout";
await limit(fetch(url), { milliseconds: 5_000 });`,
  },
  ],
  invalid: [
  {
    name: 'a disabled timeout with a comment in its value',
    code: `import axios from "axios";
await axios.get(url, { timeout: /* none */ 0 });`,
    errors: [
      {
        messageId: 'disabledTimeout',
        data: { deadline: 'timeout: /* none */ 0', maxMs: 30000 },
        line: 2,
        column: 24,
        endLine: 2,
        endColumn: 45,
        suggestions: [
          { messageId: 'useDefaultTimeout', data: { ms: 10000 }, output: `import axios from "axios";
await axios.get(url, { timeout: /* none */ 10_000 });` },
        ],
      },
    ],
  },
  {
    name: 'axios with an undefined timeout has none',
    code: `import axios from "axios";
await axios.get(url, { timeout: undefined });`,
    errors: [
      {
        messageId: 'disabledTimeout',
        data: { deadline: 'timeout: undefined', maxMs: 30000 },
        line: 2,
        column: 24,
        endLine: 2,
        endColumn: 42,
        suggestions: [
          { messageId: 'useDefaultTimeout', data: { ms: 10000 }, output: `import axios from "axios";
await axios.get(url, { timeout: 10_000 });` },
        ],
      },
    ],
  },
  {
    name: 'a got timeout object whose phases are all off',
    code: `import got from "got";
await got(url, { timeout: { request: 0, connect: 0 } });`,
    errors: [
      {
        messageId: 'disabledTimeout',
        data: { deadline: 'timeout: { request: 0, connect: 0 }', maxMs: 30000 },
        line: 2,
        column: 18,
        endLine: 2,
        endColumn: 53,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a null signal',
    code: 'await fetch(url, { signal: null });',
    errors: [
      {
        messageId: 'disabledTimeout',
        data: { deadline: 'signal: null', maxMs: 30000 },
        line: 1,
        column: 20,
        endLine: 1,
        endColumn: 32,
        suggestions: [
          { messageId: 'useDefaultTimeout', data: { ms: 10000 }, output: 'await fetch(url, { signal: AbortSignal.timeout(10_000) });' },
        ],
      },
    ],
  },
  {
    name: 'a null signal with a comment',
    code: 'await fetch(url, { signal: /* none */ null });',
    errors: [
      {
        messageId: 'disabledTimeout',
        data: { deadline: 'signal: /* none */ null', maxMs: 30000 },
        line: 1,
        column: 20,
        endLine: 1,
        endColumn: 43,
        suggestions: [
          { messageId: 'useDefaultTimeout', data: { ms: 10000 }, output: 'await fetch(url, { signal: /* none */ AbortSignal.timeout(10_000) });' },
        ],
      },
    ],
  },
  {
    name: 'a signal constant that is null',
    code: `const signal = null;
await fetch(url, { signal });`,
    errors: [
      {
        messageId: 'disabledTimeout',
        data: { deadline: 'signal', maxMs: 30000 },
        line: 2,
        column: 20,
        endLine: 2,
        endColumn: 26,
        suggestions: [],
      },
    ],
  },
  {
    name: 'AbortSignal.timeout of Infinity with a comment',
    code: 'await fetch(url, { signal: AbortSignal.timeout(/* forever */ Infinity) });',
    errors: [
      {
        messageId: 'disabledTimeout',
        data: { deadline: 'signal: AbortSignal.timeout(/* forever */ Infinity)', maxMs: 30000 },
        line: 1,
        column: 20,
        endLine: 1,
        endColumn: 71,
        suggestions: [
          { messageId: 'useDefaultTimeout', data: { ms: 10000 }, output: 'await fetch(url, { signal: AbortSignal.timeout(/* forever */ 10_000) });' },
        ],
      },
    ],
  },
  {
    name: 'an axios default signal that is null',
    code: `import axios from "axios";
axios.defaults.signal = null;
await axios.get(url);`,
    errors: [
      {
        messageId: 'disabledTimeout',
        data: { deadline: 'axios.defaults.signal = null', maxMs: 30000 },
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 29,
        suggestions: [
          { messageId: 'useDefaultTimeout', data: { ms: 10000 }, output: `import axios from "axios";
axios.defaults.signal = AbortSignal.timeout(10_000);
await axios.get(url);` },
        ],
      },
    ],
  },
  {
    name: 'two requests of one instance without a deadline',
    code: `import axios from "axios";
const api = axios.create();
await api.get(a);
await api.get(b);`,
    errors: [
      {
        messageId: 'missingTimeout',
        data: { callee: 'api.get', remedy: 'a `timeout` option' },
        line: 3,
        column: 7,
        endLine: 3,
        endColumn: 14,
        suggestions: [
          { messageId: 'addTimeout', data: { property: 'timeout: 10_000' }, output: `import axios from "axios";
const api = axios.create();
await api.get(a, { timeout: 10_000 });
await api.get(b);` },
        ],
      },
      {
        messageId: 'missingTimeout',
        data: { callee: 'api.get', remedy: 'a `timeout` option' },
        line: 4,
        column: 7,
        endLine: 4,
        endColumn: 14,
        suggestions: [
          { messageId: 'addTimeout', data: { property: 'timeout: 10_000' }, output: `import axios from "axios";
const api = axios.create();
await api.get(a);
await api.get(b, { timeout: 10_000 });` },
        ],
      },
    ],
  },
  {
    name: 'new of something that is no promise does not time the request',
    code: 'await new Wrapper(fetch(url));',
    errors: [
      {
        messageId: 'missingTimeout',
        data: { callee: 'fetch', remedy: '`signal: AbortSignal.timeout(ms)`' },
        line: 1,
        column: 19,
        endLine: 1,
        endColumn: 24,
        suggestions: [
          { messageId: 'addTimeout', data: { property: 'signal: AbortSignal.timeout(10_000)' }, output: 'await new Wrapper(fetch(url, { signal: AbortSignal.timeout(10_000) }));' },
        ],
      },
    ],
  },
  {
    name: 'a wrapper made by a call is not known',
    code: 'await getWrapper()(fetch(url));',
    errors: [
      {
        messageId: 'missingTimeout',
        data: { callee: 'fetch', remedy: '`signal: AbortSignal.timeout(ms)`' },
        line: 1,
        column: 20,
        endLine: 1,
        endColumn: 25,
        suggestions: [
          { messageId: 'addTimeout', data: { property: 'signal: AbortSignal.timeout(10_000)' }, output: 'await getWrapper()(fetch(url, { signal: AbortSignal.timeout(10_000) }));' },
        ],
      },
    ],
  },
  {
    name: 'Promise.race of something that is no list',
    code: 'await Promise.race(fetch(url));',
    errors: [
      {
        messageId: 'missingTimeout',
        data: { callee: 'fetch', remedy: '`signal: AbortSignal.timeout(ms)`' },
        line: 1,
        column: 20,
        endLine: 1,
        endColumn: 25,
        suggestions: [
          { messageId: 'addTimeout', data: { property: 'signal: AbortSignal.timeout(10_000)' }, output: 'await Promise.race(fetch(url, { signal: AbortSignal.timeout(10_000) }));' },
        ],
      },
    ],
  },
  {
    name: 'a race against a computed method call',
    code: 'await Promise.race([fetch(url), timers[kind]()]);',
    errors: [
      {
        messageId: 'missingTimeout',
        data: { callee: 'fetch', remedy: '`signal: AbortSignal.timeout(ms)`' },
        line: 1,
        column: 21,
        endLine: 1,
        endColumn: 26,
        suggestions: [
          { messageId: 'addTimeout', data: { property: 'signal: AbortSignal.timeout(10_000)' }, output: 'await Promise.race([fetch(url, { signal: AbortSignal.timeout(10_000) }), timers[kind]()]);' },
        ],
      },
    ],
  },
  {
    name: 'a race against a constant of a constant',
    code: `const other = makePromise();
const guard = other;
await Promise.race([fetch(url), guard]);`,
    errors: [
      {
        messageId: 'missingTimeout',
        data: { callee: 'fetch', remedy: '`signal: AbortSignal.timeout(ms)`' },
        line: 3,
        column: 21,
        endLine: 3,
        endColumn: 26,
        suggestions: [
          { messageId: 'addTimeout', data: { property: 'signal: AbortSignal.timeout(10_000)' }, output: `const other = makePromise();
const guard = other;
await Promise.race([fetch(url, { signal: AbortSignal.timeout(10_000) }), guard]);` },
        ],
      },
    ],
  },
  {
    name: 'a race against a number',
    code: 'await Promise.race([fetch(url), 5_000]);',
    errors: [
      {
        messageId: 'missingTimeout',
        data: { callee: 'fetch', remedy: '`signal: AbortSignal.timeout(ms)`' },
        line: 1,
        column: 21,
        endLine: 1,
        endColumn: 26,
        suggestions: [
          { messageId: 'addTimeout', data: { property: 'signal: AbortSignal.timeout(10_000)' }, output: 'await Promise.race([fetch(url, { signal: AbortSignal.timeout(10_000) }), 5_000]);' },
        ],
      },
    ],
  },
  {
    name: 'a race against promises without a timer',
    code: 'await Promise.race([fetch(url), new Promise(executor), new Promise(), new Deferred(() => setTimeout(done, 5_000))]);',
    errors: [
      {
        messageId: 'missingTimeout',
        data: { callee: 'fetch', remedy: '`signal: AbortSignal.timeout(ms)`' },
        line: 1,
        column: 21,
        endLine: 1,
        endColumn: 26,
        suggestions: [
          { messageId: 'addTimeout', data: { property: 'signal: AbortSignal.timeout(10_000)' }, output: 'await Promise.race([fetch(url, { signal: AbortSignal.timeout(10_000) }), new Promise(executor), new Promise(), new Deferred(() => setTimeout(done, 5_000))]);' },
        ],
      },
    ],
  },
  {
    name: 'two requests in one function that is not under a deadline',
    code: `const load = async () => {
  await fetch(a);
  await fetch(b);
};
await load();`,
    errors: [
      {
        messageId: 'missingTimeout',
        data: { callee: 'fetch', remedy: '`signal: AbortSignal.timeout(ms)`' },
        line: 2,
        column: 9,
        endLine: 2,
        endColumn: 14,
        suggestions: [
          { messageId: 'addTimeout', data: { property: 'signal: AbortSignal.timeout(10_000)' }, output: `const load = async () => {
  await fetch(a, { signal: AbortSignal.timeout(10_000) });
  await fetch(b);
};
await load();` },
        ],
      },
      {
        messageId: 'missingTimeout',
        data: { callee: 'fetch', remedy: '`signal: AbortSignal.timeout(ms)`' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 14,
        suggestions: [
          { messageId: 'addTimeout', data: { property: 'signal: AbortSignal.timeout(10_000)' }, output: `const load = async () => {
  await fetch(a);
  await fetch(b, { signal: AbortSignal.timeout(10_000) });
};
await load();` },
        ],
      },
    ],
  },
  {
    name: 'an anonymous default export',
    code: `export default async function () {
  await fetch(url);
}`,
    errors: [
      {
        messageId: 'missingTimeout',
        data: { callee: 'fetch', remedy: '`signal: AbortSignal.timeout(ms)`' },
        line: 2,
        column: 9,
        endLine: 2,
        endColumn: 14,
        suggestions: [
          { messageId: 'addTimeout', data: { property: 'signal: AbortSignal.timeout(10_000)' }, output: `export default async function () {
  await fetch(url, { signal: AbortSignal.timeout(10_000) });
}` },
        ],
      },
    ],
  },
  {
    name: 'a computed method on the request promise',
    code: 'await fetch(url)[method](handle);',
    errors: [
      {
        messageId: 'missingTimeout',
        data: { callee: 'fetch', remedy: '`signal: AbortSignal.timeout(ms)`' },
        line: 1,
        column: 7,
        endLine: 1,
        endColumn: 12,
        suggestions: [
          { messageId: 'addTimeout', data: { property: 'signal: AbortSignal.timeout(10_000)' }, output: 'await fetch(url, { signal: AbortSignal.timeout(10_000) })[method](handle);' },
        ],
      },
    ],
  },
  {
    name: 'then taken without a call',
    code: 'const then = fetch(url).then;',
    errors: [
      {
        messageId: 'missingTimeout',
        data: { callee: 'fetch', remedy: '`signal: AbortSignal.timeout(ms)`' },
        line: 1,
        column: 14,
        endLine: 1,
        endColumn: 19,
        suggestions: [
          { messageId: 'addTimeout', data: { property: 'signal: AbortSignal.timeout(10_000)' }, output: 'const then = fetch(url, { signal: AbortSignal.timeout(10_000) }).then;' },
        ],
      },
    ],
  },
  {
    name: 'a computed member of a kept request',
    code: `const pending = fetch(url);
pending[key];
await pending;`,
    errors: [
      {
        messageId: 'missingTimeout',
        data: { callee: 'fetch', remedy: '`signal: AbortSignal.timeout(ms)`' },
        line: 1,
        column: 17,
        endLine: 1,
        endColumn: 22,
        suggestions: [
          { messageId: 'addTimeout', data: { property: 'signal: AbortSignal.timeout(10_000)' }, output: `const pending = fetch(url, { signal: AbortSignal.timeout(10_000) });
pending[key];
await pending;` },
        ],
      },
    ],
  },
  {
    name: 'an input built with new URL is no Request',
    code: `const input = new URL(path, base);
await fetch(input);`,
    errors: [
      {
        messageId: 'missingTimeout',
        data: { callee: 'fetch', remedy: '`signal: AbortSignal.timeout(ms)`' },
        line: 2,
        column: 7,
        endLine: 2,
        endColumn: 12,
        suggestions: [
          { messageId: 'addTimeout', data: { property: 'signal: AbortSignal.timeout(10_000)' }, output: `const input = new URL(path, base);
await fetch(input, { signal: AbortSignal.timeout(10_000) });` },
        ],
      },
    ],
  },
  {
    name: 'a shared options object with an ignored timeout is reported once',
    code: `const options = { timeout: 5_000 };
await fetch(a, options);
await fetch(b, options);`,
    errors: [
      {
        messageId: 'ignoredTimeoutOption',
        data: { callee: 'fetch' },
        line: 1,
        column: 19,
        endLine: 1,
        endColumn: 33,
        suggestions: [
          { messageId: 'replaceWithSignal', data: { property: 'signal: AbortSignal.timeout(5_000)' }, output: `const options = { signal: AbortSignal.timeout(5_000) };
await fetch(a, options);
await fetch(b, options);` },
        ],
      },
    ],
  },
  {
    name: 'an ignored timeout with a comment gets no suggestion',
    code: 'await fetch(url, { timeout: /* 5 s */ 5_000 });',
    errors: [
      {
        messageId: 'ignoredTimeoutOption',
        data: { callee: 'fetch' },
        line: 1,
        column: 20,
        endLine: 1,
        endColumn: 44,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a local AbortSignal: no signal suggestion',
    code: `const AbortSignal = polyfill;
await fetch(url, { signal: null });`,
    errors: [
      {
        messageId: 'disabledTimeout',
        data: { deadline: 'signal: null', maxMs: 30000 },
        line: 2,
        column: 20,
        endLine: 2,
        endColumn: 32,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a project client whose deadline key is no identifier',
    code: `import request from "@acme/http";
await request(url);`,
    settings: { reliability: { httpClients: [{ module: '@acme/http', name: 'default', deadlineKeys: ['x-timeout'] }] } },
    errors: [
      {
        messageId: 'missingTimeout',
        data: { callee: 'request', remedy: 'a `x-timeout` option' },
        line: 2,
        column: 7,
        endLine: 2,
        endColumn: 14,
        suggestions: [
          { messageId: 'addTimeout', data: { property: `"x-timeout": 10_000` }, output: `import request from "@acme/http";
await request(url, { "x-timeout": 10_000 });` },
        ],
      },
    ],
  },
  {
    name: 'a long deadline is named by its key',
    code: `import axios from "axios";
await axios.get(url, { timeout: 0 * 1_000 + 0 * 2_000 + 0 * 3_000 + 0 * 4_000 + 0 * 5_000 + 0 * 6_000 });`,
    errors: [
      {
        messageId: 'disabledTimeout',
        data: { deadline: 'timeout', maxMs: 30000 },
        line: 2,
        column: 24,
        endLine: 2,
        endColumn: 102,
        suggestions: [
          { messageId: 'useDefaultTimeout', data: { ms: 10000 }, output: `import axios from "axios";
await axios.get(url, { timeout: 10_000 });` },
        ],
      },
    ],
  },
  {
    name: 'a disabled timeout with a comment inside its value',
    code: `import axios from "axios";
await axios.get(url, { timeout: 0 /* off */ * 1_000 });`,
    errors: [
      {
        messageId: 'disabledTimeout',
        data: { deadline: 'timeout: 0 /* off */ * 1_000', maxMs: 30000 },
        line: 2,
        column: 24,
        endLine: 2,
        endColumn: 52,
        suggestions: [],
      },
    ],
  },
  {
    name: 'AbortSignal.timeout of a value with a comment inside',
    code: 'await fetch(url, { signal: AbortSignal.timeout(Infinity /* forever */ * 1) });',
    errors: [
      {
        messageId: 'disabledTimeout',
        data: { deadline: 'signal: AbortSignal.timeout(Infinity /* forever */ * 1)', maxMs: 30000 },
        line: 1,
        column: 20,
        endLine: 1,
        endColumn: 75,
        suggestions: [],
      },
    ],
  },
  ],
});
