import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ESLint, Linter as LinterTypes } from 'eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import type { HttpClientResolver } from '../../src/util/httpClients.js';
import { createHttpClientResolver } from '../../src/util/httpClients.js';
import type { HttpClientSetting } from '../../src/util/settings.js';

interface Found {
  readonly callee: string;
  readonly client: string;
  readonly options: string;
  readonly instance?: string;
}

/** Runs a resolver over a file and lists what each call of it is. */
function inspect(
  code: string,
  { settings = [], filename = 'src/service.ts' }: { settings?: HttpClientSetting[]; filename?: string } = {},
): { requests: Found[]; mayUse: boolean; instances: string[] } {
  const requests: Found[] = [];
  const instances: string[] = [];
  let mayUse = false;
  const rule: TSESLint.RuleModule<string> = {
    meta: { type: 'problem', schema: [], messages: {} },
    defaultOptions: [],
    create(context) {
      const resolver: HttpClientResolver = createHttpClientResolver(context, settings);
      mayUse = resolver.mayUseHttpClients();
      const text = (node: TSESTree.Node): string => context.sourceCode.getText(node);
      return {
        CallExpression(node) {
          const request = resolver.getRequest(node);
          if (request !== undefined) {
            const { options } = request;
            requests.push({
              callee: request.callee,
              client: request.client,
              options: options.type === 'argument' ? `${options.index}: ${text(options.node)}` : options.type === 'absent' ? `absent at ${options.index}` : 'unknown',
              ...(request.instance === undefined ? {} : { instance: text(request.instance.node) }),
            });
          }
          const instance = resolver.getInstance(node);
          if (instance !== undefined) instances.push(`${instance.client}: ${text(node)}`);
        },
        NewExpression(node) {
          const instance = resolver.getInstance(node);
          if (instance !== undefined) instances.push(`${instance.client}: ${text(node)}`);
        },
      };
    },
  };
  const config: LinterTypes.Config[] = [
    {
      files: ['**/*.ts', '**/*.js'],
      languageOptions: { parser: tsParser as LinterTypes.Parser },
      plugins: { probe: { rules: { inspect: rule } } as unknown as ESLint.Plugin },
      rules: { 'probe/inspect': 'error' },
    },
  ];
  const messages = new Linter().verify(code, config, filename);
  expect(messages).toEqual([]);
  return { requests, mayUse, instances };
}

describe('createHttpClientResolver: fetch', () => {
  it('recognises the global fetch, also through the global object', () => {
    expect(inspect('fetch(url); globalThis.fetch(url, init); window.fetch(url);').requests).toEqual([
      { callee: 'fetch', client: 'fetch', options: 'absent at 1' },
      { callee: 'globalThis.fetch', client: 'fetch', options: '1: init' },
      { callee: 'window.fetch', client: 'fetch', options: 'absent at 1' },
    ]);
  });

  it('resolves renamed, default and namespace imports of fetch modules', () => {
    const code = [
      'import { fetch as request } from "undici";',
      'import nodeFetch from "node-fetch";',
      'import * as cross from "cross-fetch";',
      'request(url); nodeFetch(url); cross.default(url); cross.fetch(url);',
    ].join('\n');
    expect(inspect(code).requests.map((found) => found.callee)).toEqual(['request', 'nodeFetch', 'cross.default', 'cross.fetch']);
  });

  it('follows const aliases and CommonJS requires', () => {
    const code = 'const f = fetch; f(url);\nconst nf = require("node-fetch"); nf(url);\nconst { fetch: uf } = require("undici"); uf(url);';
    expect(inspect(code).requests.map((found) => `${found.callee}:${found.client}`)).toEqual(['f:fetch', 'nf:fetch', 'uf:fetch']);
  });

  it('does not take a local function, a parameter or a project module for fetch', () => {
    const code = [
      'import { fetch as projectFetch } from "./fetch";',
      'function fetch(path: string) { return path; }',
      'fetch("/x"); projectFetch("/x");',
      'export const load = (get: typeof globalThis.fetch) => get("/x");',
      'repository.fetch(id);',
    ].join('\n');
    expect(inspect(code).requests).toEqual([]);
  });

  it('does not follow a let that is written again', () => {
    expect(inspect('let f = fetch;\nf = stub;\nf(url);').requests).toEqual([]);
  });
});

describe('createHttpClientResolver: other clients', () => {
  it('places axios configs by method', () => {
    const code = 'import axios from "axios";\naxios(config); axios(url); axios({ url }); axios.get(url); axios.post(url, body, config); axios.request({ url });';
    expect(inspect(code).requests.map((found) => `${found.callee} ${found.options}`)).toEqual([
      'axios unknown',
      'axios absent at 1',
      'axios 0: { url }',
      'axios.get absent at 1',
      'axios.post 2: config',
      'axios.request 0: { url }',
    ]);
  });

  it('tracks instances made in the file, also on this', () => {
    const code = [
      'import axios from "axios";',
      'const api = axios.create({ baseURL });',
      'const admin = api.create({ baseURL: "/admin" });',
      'api.get("/a"); admin.post("/b", body);',
      'class S { private http = axios.create(); run() { return this.http.get("/c"); } }',
    ].join('\n');
    const { requests, instances } = inspect(code);
    expect(requests).toEqual([
      { callee: 'api.get', client: 'axios', options: 'absent at 1', instance: 'axios.create({ baseURL })' },
      { callee: 'admin.post', client: 'axios', options: 'absent at 2', instance: 'api.create({ baseURL: "/admin" })' },
      { callee: 'this.http.get', client: 'axios', options: 'absent at 1', instance: 'axios.create()' },
    ]);
    expect(instances).toEqual(['axios: axios.create({ baseURL })', 'axios: api.create({ baseURL: "/admin" })', 'axios: axios.create()']);
  });

  it('recognises got, its shortcuts and got.extend', () => {
    const code = 'import got from "got";\nconst client = got.extend({ prefixUrl });\ngot(url); got({ url }); got.post(url, { json }); got.stream.get(url); got.paginate.all(url); client("users");';
    expect(inspect(code).requests.map((found) => `${found.callee} ${found.options}`)).toEqual([
      'got absent at 1',
      'got 0: { url }',
      'got.post 1: { json }',
      'got.stream.get absent at 1',
      'got.paginate.all absent at 1',
      'client absent at 1',
    ]);
  });

  it('recognises node:http and node:https, with or without options and callback', () => {
    const code = [
      'import http from "node:http";',
      'import { request } from "https";',
      'function onResponse(res: http.IncomingMessage) { res.resume(); }',
      'http.get(url, onResponse); http.request({ host }, onResponse); request(url, { method: "POST" }, onResponse);',
      'http.request(options, onResponse); http.get(url, handler);',
    ].join('\n');
    expect(inspect(code).requests.map((found) => `${found.callee} ${found.options}`)).toEqual([
      'http.get absent at 1',
      'http.request 0: { host }',
      'request 1: { method: "POST" }',
      // Before a callback, a first argument that is not a URL holds the options; an unknown second one may be either.
      'http.request 0: options',
      'http.get 1: handler',
    ]);
  });

  it('recognises undici request, stream and dispatcher instances', () => {
    const code = 'import { request, stream, Client, Agent } from "undici";\nconst client = new Client(origin, { headersTimeout: 5_000 });\nconst agent = new Agent();\nrequest(url); stream(url, opts, factory); client.request({ path: "/" }); agent.request({ origin, path: "/" });';
    const { requests, instances } = inspect(code);
    expect(requests.map((found) => `${found.callee} ${found.client} ${found.options}`)).toEqual([
      'request undici absent at 1',
      'stream undici 1: opts',
      'client.request undici 0: { path: "/" }',
      'agent.request undici 0: { origin, path: "/" }',
    ]);
    expect(instances).toEqual(['undici: new Client(origin, { headersTimeout: 5_000 })', 'undici: new Agent()']);
  });

  it('recognises ky and its instances', () => {
    const code = 'import ky from "ky";\nconst api = ky.create({ prefixUrl });\nky(url); ky.get(url, { timeout: 5_000 }); api.post("users", { json });';
    expect(inspect(code).requests.map((found) => `${found.callee} ${found.client} ${found.options}`)).toEqual([
      'ky ky absent at 1',
      'ky.get ky 1: { timeout: 5_000 }',
      'api.post ky 1: { json }',
    ]);
  });

  it('sees no request in a spread argument position', () => {
    expect(inspect('fetch(...args);').requests).toEqual([{ callee: 'fetch', client: 'fetch', options: 'unknown' }]);
  });
});

describe('createHttpClientResolver: project clients', () => {
  const settings: HttpClientSetting[] = [
    { module: '@server/utils/fetch', name: 'default', deadlineKeys: ['timeout'] },
    { module: '**/lib/http', name: 'http.post', optionsArgument: 2 },
  ];

  it('matches an exact module and the default export, also through require', () => {
    const code = 'import serverFetch from "@server/utils/fetch";\nserverFetch(url, { method: "GET" });\nconst other = require("@server/utils/fetch");\nother(url);';
    expect(inspect(code, { settings }).requests).toEqual([
      { callee: 'serverFetch', client: 'custom', options: '1: { method: "GET" }' },
      { callee: 'other', client: 'custom', options: 'absent at 1' },
    ]);
  });

  it('matches a glob against the import source and a dotted name', () => {
    const code = 'import { http } from "../../lib/http";\nhttp.post("/users", body); http.get("/users");';
    expect(inspect(code, { settings, filename: 'src/routes/users/index.ts' }).requests).toEqual([
      { callee: 'http.post', client: 'custom', options: 'absent at 2' },
    ]);
  });

  it('makes a file that imports only a project client worth checking', () => {
    expect(inspect('import serverFetch from "@server/utils/fetch";\nserverFetch(url);', { settings }).mayUse).toBe(true);
    expect(inspect('import serverFetch from "@server/utils/fetch";\nserverFetch(url);').mayUse).toBe(false);
  });
});

describe('mayUseHttpClients', () => {
  it('is false for a file that neither imports a client nor reads a global that could be one', () => {
    expect(inspect('import { z } from "zod";\nexport const id = z.string();').mayUse).toBe(false);
    expect(inspect('import type { AxiosInstance } from "axios";\nexport type Api = AxiosInstance;').mayUse).toBe(false);
  });

  it('is true for an import or require of a client, and for the global fetch', () => {
    expect(inspect('import axios from "axios";').mayUse).toBe(true);
    expect(inspect('import http from "node:http";').mayUse).toBe(true);
    expect(inspect('import got = require("got");').mayUse).toBe(true);
    expect(inspect('const { request } = require("undici");').mayUse).toBe(true);
    expect(inspect('export const load = () => fetch("/x");').mayUse).toBe(true);
    expect(inspect('export const load = () => globalThis.fetch("/x");').mayUse).toBe(true);
  });

  it('is true for a require whose module it cannot read', () => {
    expect(inspect('const client = require(process.env.CLIENT);').mayUse).toBe(true);
  });

  it('is false for requires of other modules and for global objects when no fetch is written', () => {
    expect(inspect('const path = require("node:path");\nrequire.resolve("axios");').mayUse).toBe(false);
    expect(inspect('import fs = require("fs");').mayUse).toBe(false);
    expect(inspect('export const root = globalThis.process.cwd();').mayUse).toBe(false);
  });

  it('is false when require and fetch are local bindings, not the globals', () => {
    expect(inspect('function load(require, fetch) { return require("axios") && fetch; }').mayUse).toBe(false);
  });
});

describe('createHttpClientResolver: what is not a request', () => {
  it('sees no request in paths a client does not have', () => {
    const code = [
      'import axios from "axios";',
      'import got from "got";',
      'import ky from "ky";',
      'import * as nf from "node-fetch";',
      'import undici, { Headers } from "undici";',
      'import http, { createServer } from "node:http";',
      'axios.x.y.get(url); axios.defaults.get(url); axios.all([a]);',
      'got.a.b.get(url); got.stream(url); got.paginate(url); got.create();',
      'ky.a.get(url); ky.all(url);',
      'nf.Headers.get(url);',
      'undici(url); undici.Client.request(url); new Headers();',
      'createServer(handler); http.createServer(handler);',
      'const client = got.extend({ prefixUrl }); client.a.b.get(url);',
    ].join('\n');
    const { requests, instances } = inspect(code);
    expect(requests.map((found) => `${found.callee} ${found.options}`)).toEqual(['got.stream absent at 1', 'got.paginate absent at 1']);
    expect(instances).toEqual(['got: got.extend({ prefixUrl })']);
  });

  it('sees only request, stream and pipeline on an undici dispatcher', () => {
    const code = 'import { Client } from "undici";\nconst client = new Client(origin);\nclient.fetch(url); client.request({ path: "/" });';
    expect(inspect(code).requests).toEqual([
      { callee: 'client.request', client: 'undici', options: '0: { path: "/" }', instance: 'new Client(origin)' },
    ]);
  });

  it('reads import-equals declarations of a module, not of a namespace', () => {
    const { requests, mayUse } = inspect('import x = ns.y;\nimport axios = require("axios");\naxios.get(url);');
    expect(mayUse).toBe(true);
    expect(requests).toEqual([{ callee: 'axios.get', client: 'axios', options: 'absent at 1' }]);
  });

  it('asks once about a call that makes no instance, and skips a callee that is a call', () => {
    expect(inspect('import axios from "axios";\nconst api = makeApi();\napi.get(url); api.post(url);\n(getFetch())(url);').requests).toEqual([]);
  });
});

describe('createHttpClientResolver: where the options are', () => {
  it('tells URLs from options by their shape', () => {
    const code = [
      'import axios from "axios";',
      'import got from "got";',
      'import http from "node:http";',
      'const opts = { timeout: 1 };',
      'const target = "https://x";',
      'const onResponse = (res) => res.resume();',
      'const notAFunction = 5;',
      'let later = "https://x";',
      'const { destructured } = config;',
      'const alias = somewhere;',
      'axios(); axios(...args); axios(opts); got(alias);',
      'got(`https://${host}`); got(base + path); got(new URL(u)); got(new Other(u)); got(config.apiUrl); got(config.options);',
      'got(config[key]); got(String(u)); got(u.toString()); got(build(u)); got(target); got(later); got(destructured); got([u]);',
      'http.request(options); http.request(options, onResponse); http.request(options, notAFunction); http.get(url, onResponse);',
    ].join('\n');
    expect(inspect(code).requests.map((found) => `${found.callee} ${found.options}`)).toEqual([
      'axios unknown',
      'axios unknown',
      'axios 0: opts',
      'got unknown',
      'got absent at 1',
      'got absent at 1',
      'got absent at 1',
      'got unknown',
      'got absent at 1',
      'got unknown',
      'got unknown',
      'got absent at 1',
      'got absent at 1',
      'got unknown',
      'got absent at 1',
      'got unknown',
      'got unknown',
      'got unknown',
      'http.request unknown',
      'http.request 0: options',
      'http.request unknown',
      'http.get absent at 1',
    ]);
  });
});

describe('createHttpClientResolver: getTarget', () => {
  it('names the client a module or an instance stands for, and nothing for members or project clients', () => {
    const targets: string[] = [];
    const rule: TSESLint.RuleModule<string> = {
      meta: { type: 'problem', schema: [], messages: {} },
      defaultOptions: [],
      create(context) {
        const resolver = createHttpClientResolver(context, [{ module: '@acme/http', name: 'request' }]);
        return {
          'CallExpression > MemberExpression.callee'(node: TSESTree.MemberExpression) {
            const target = resolver.getTarget(node.object);
            const text = context.sourceCode.getText(node.object);
            targets.push(target === undefined ? `${text}: none` : `${text}: ${target.client}${target.instance === undefined ? '' : ' instance'}`);
          },
        };
      },
    };
    const code = [
      'import axios from "axios";',
      'import got from "got";',
      'import ky from "ky";',
      'import undici from "undici";',
      'import { request as projectRequest } from "@acme/http";',
      'const api = axios.create();',
      'got.x(); ky.x(); undici.x(); api.x(); axios.defaults.x(); projectRequest.x();',
    ].join('\n');
    const messages = new Linter().verify(
      code,
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tsParser as LinterTypes.Parser },
          plugins: { probe: { rules: { targets: rule } } as unknown as ESLint.Plugin },
          rules: { 'probe/targets': 'error' },
        },
      ],
      'src/service.ts',
    );
    expect(messages).toEqual([]);
    expect(targets).toEqual([
      'axios: axios',
      'got: got',
      'ky: ky',
      'undici: none',
      'api: axios instance',
      'axios.defaults: none',
      'projectRequest: none',
    ]);
  });
});
