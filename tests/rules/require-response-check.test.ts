import type { TestLanguageOptions } from '@typescript-eslint/rule-tester';

import rule from '../../src/rules/require-response-check.js';
import { createJsRuleTester, createRuleTester } from '../RuleTester.js';

const ruleTester = createRuleTester();
const jsRuleTester = createJsRuleTester();

ruleTester.run('require-response-check', rule, {
  valid: [
  {
    name: 'ok is checked',
    code: `
const res = await fetch(url);
if (!res.ok) throw new Error(\`GET \${url}: \${res.status}\`);
const data = await res.json();`,
  },
  {
    name: 'status is checked',
    code: `
const res = await fetch(url);
if (res.status === 404) return null;
return res.json();`,
  },
  {
    name: 'ok destructured',
    code: `
const { ok, body } = await fetch(url);
if (!ok) throw new Error('failed');`,
  },
  {
    name: 'the response is handed to a function that may check it',
    code: `
const res = await fetch(url);
await assertOk(res);
const data = await res.json();`,
  },
  {
    name: 'the response is returned to the caller',
    code: `
async function get(url: string) {
  const res = await fetch(url);
  return res;
}`,
  },
  {
    name: 'a then callback that checks ok',
    code: 'fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))));',
  },
  {
    name: 'a then handler passed by name',
    code: 'fetch(url).then(checkStatus).then((r) => r.json());',
  },
  {
    name: 'the body goes through a schema',
    code: `
const res = await fetch(url);
const rates = RatesSchema.parse(await res.json());`,
  },
  {
    name: 'the body is read for an error envelope',
    code: `
const res = await fetch(url);
const { data, error } = await res.json();
if (error) throw new Error(error.message);`,
  },
  {
    name: 'an error envelope checked in the next then',
    code: `
fetch(url).then((res) => res.json()).then((json) => {
  if (json.status !== 200) throw new Error(json.message);
});`,
  },
  {
    name: 'headers and url do not read the body',
    code: `
const res = await fetch(url);
console.log(res.headers.get('content-type'), res.url);`,
  },
  {
    name: 'a local function called fetch is not the global',
    code: `
const fetch = (key: string) => cache.get(key);
const res = await fetch(url);
await res.json();`,
  },
  {
    name: 'axios, got and ky throw on a failed status',
    code: `
import axios from 'axios';
const { data } = await axios.get(url, { timeout: 5000 });`,
  },
  {
    name: 'a response checked in a loop',
    code: `
let res;
for (let attempt = 0; attempt < 3; attempt++) {
  res = await fetch(url);
  if (res.ok) break;
}
const data = await res!.json();`,
  },
  ],
  invalid: [
  {
    name: 'a response body read without a status check',
    code: `
export async function getRates(url: string) {
  const res = await fetch(url);
  return res.json();
}`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 20,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
export async function getRates(url: string) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
  return res.json();
}` },
        ],
      },
    ],
  },
  {
    name: 'the URL in the error message is the literal the call passes',
    code: `
const response = await fetch('https://api.example.com/rates');
const rates = await response.json();`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'response', member: 'json()' },
        line: 3,
        column: 21,
        endLine: 3,
        endColumn: 36,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'response' }, output: `
const response = await fetch('https://api.example.com/rates');
if (!response.ok) throw new Error(\`Request to https://api.example.com/rates failed with status \${response.status}\`);
const rates = await response.json();` },
        ],
      },
    ],
  },
  {
    name: 'without a URL variable or literal, the message names response.url',
    code: `
const response = await fetch(\`\${base}/rates\`, { signal });
const rates = await response.text();`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'response', member: 'text()' },
        line: 3,
        column: 21,
        endLine: 3,
        endColumn: 36,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'response' }, output: `
const response = await fetch(\`\${base}/rates\`, { signal });
if (!response.ok) throw new Error(\`Request to \${response.url} failed with status \${response.status}\`);
const rates = await response.text();` },
        ],
      },
    ],
  },
  {
    name: 'arrayBuffer, blob and formData read the body too',
    code: `
const res = await fetch(url);
const bytes = Buffer.from(await res.arrayBuffer());`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'arrayBuffer()' },
        line: 3,
        column: 33,
        endLine: 3,
        endColumn: 50,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
const res = await fetch(url);
if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
const bytes = Buffer.from(await res.arrayBuffer());` },
        ],
      },
    ],
  },
  {
    name: 'the body stream',
    code: `
const download = await fetch(url);
await pipeline(download.body!, createWriteStream(path));`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'download', member: 'body' },
        line: 3,
        column: 16,
        endLine: 3,
        endColumn: 29,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'download' }, output: `
const download = await fetch(url);
if (!download.ok) throw new Error(\`Request to \${url} failed with status \${download.status}\`);
await pipeline(download.body!, createWriteStream(path));` },
        ],
      },
    ],
  },
  {
    name: 'inline: await (await fetch(url)).json()',
    code: 'const rates = await (await fetch(url)).json();',
    errors: [
      {
        messageId: 'uncheckedInlineResponse',
        data: { member: 'json()' },
        line: 1,
        column: 21,
        endLine: 1,
        endColumn: 46,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a then callback with a concise body',
    code: 'const rates = await fetch(url).then((r) => r.json());',
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'r', member: 'json()' },
        line: 1,
        column: 44,
        endLine: 1,
        endColumn: 52,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'r' }, output: 'const rates = await fetch(url).then((r) => { if (!r.ok) throw new Error(`Request to ${url} failed with status ${r.status}`); return r.json(); });' },
        ],
      },
    ],
  },
  {
    name: 'a then callback with a block body',
    code: `
fetch(url).then(async (res) => {
  const rates = await res.json();
  render(rates);
});`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 3,
        column: 23,
        endLine: 3,
        endColumn: 33,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
fetch(url).then(async (res) => {
  if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
  const rates = await res.json();
  render(rates);
});` },
        ],
      },
    ],
  },
  {
    name: 'a destructured body',
    code: 'const { body } = await fetch(url);',
    errors: [
      {
        messageId: 'uncheckedInlineResponse',
        data: { member: 'body' },
        line: 1,
        column: 9,
        endLine: 1,
        endColumn: 13,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a renamed copy of the response',
    code: `
const response = await fetch(url);
const copy = response;
const data = await copy.json();`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'copy', member: 'json()' },
        line: 4,
        column: 20,
        endLine: 4,
        endColumn: 31,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'response' }, output: `
const response = await fetch(url);
if (!response.ok) throw new Error(\`Request to \${url} failed with status \${response.status}\`);
const copy = response;
const data = await copy.json();` },
        ],
      },
    ],
  },
  {
    name: 'a response assigned to a let',
    code: `
let res;
res = await fetch(url);
const text = await res.text();`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'text()' },
        line: 4,
        column: 20,
        endLine: 4,
        endColumn: 30,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
let res;
res = await fetch(url);
if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
const text = await res.text();` },
        ],
      },
    ],
  },
  {
    name: 'TS wrappers and optional chaining',
    code: `
const res = (await fetch(url)) as Response;
const data = await res!.json();
const more = await res?.text();`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 3,
        column: 20,
        endLine: 3,
        endColumn: 31,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
const res = (await fetch(url)) as Response;
if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
const data = await res!.json();
const more = await res?.text();` },
        ],
      },
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'text()' },
        line: 4,
        column: 20,
        endLine: 4,
        endColumn: 31,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
const res = (await fetch(url)) as Response;
if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
const data = await res!.json();
const more = await res?.text();` },
        ],
      },
    ],
  },
  {
    name: 'globalThis.fetch',
    code: `
const res = await globalThis.fetch(url);
const data = await res.json();`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 3,
        column: 20,
        endLine: 3,
        endColumn: 30,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
const res = await globalThis.fetch(url);
if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
const data = await res.json();` },
        ],
      },
    ],
  },
  {
    name: 'fetch of undici, renamed',
    code: `
import { fetch as request } from 'undici';
const res = await request(url);
const data = await res.json();`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 4,
        column: 20,
        endLine: 4,
        endColumn: 30,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
import { fetch as request } from 'undici';
const res = await request(url);
if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
const data = await res.json();` },
        ],
      },
    ],
  },
  {
    name: 'node-fetch default import',
    code: `
import fetch from 'node-fetch';
const res = await fetch(url);
const data = await res.json();`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 4,
        column: 20,
        endLine: 4,
        endColumn: 30,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
import fetch from 'node-fetch';
const res = await fetch(url);
if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
const data = await res.json();` },
        ],
      },
    ],
  },
  {
    name: 'a check inside a nested function does not count for a response it never sees',
    code: `
const res = await fetch(url);
const other = await fetch(otherUrl);
function check() {
  return other.ok;
}
const data = await res.json();`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 7,
        column: 20,
        endLine: 7,
        endColumn: 30,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
const res = await fetch(url);
if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
const other = await fetch(otherUrl);
function check() {
  return other.ok;
}
const data = await res.json();` },
        ],
      },
    ],
  },
  {
    name: 'a comment after the declaration stays with it',
    code: `
async function load(url: string) {
  const res = await fetch(url); // rates API
  return res.json();
}`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 20,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
async function load(url: string) {
  const res = await fetch(url); // rates API
  if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
  return res.json();
}` },
        ],
      },
    ],
  },
  ],
});

jsRuleTester.run('require-response-check (.js, espree)', rule, {
  valid: [
  {
    name: 'plain JavaScript with a check',
    code: `
async function load(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(String(res.status));
  return res.json();
}`,
  },
  ],
  invalid: [
  {
    name: 'a CommonJS file that returns at top level (Program has no parent: no crash)',
    code: 'var res;\nasync function load(url) { res = await fetch(url); }\nreturn res.json();\n',
    // ESLint's flat `sourceType: 'commonjs'`, which the rule tester's types leave out.
    languageOptions: { sourceType: 'commonjs', parserOptions: { ecmaFeatures: { globalReturn: true } } } as TestLanguageOptions,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 3,
        column: 8,
        endLine: 3,
        endColumn: 18,
        suggestions: [
          {
            messageId: 'throwUnlessOk',
            data: { response: 'res' },
            output:
              'var res;\nasync function load(url) { res = await fetch(url); if (!res.ok) throw new Error(`Request to ${url} failed with status ${res.status}`); }\nreturn res.json();\n',
          },
        ],
      },
    ],
  },
  {
    name: 'plain JavaScript with require of node-fetch',
    code: `
const fetch = require('node-fetch');
async function load(url) {
  const res = await fetch(url);
  return res.json();
}`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 5,
        column: 10,
        endLine: 5,
        endColumn: 20,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
const fetch = require('node-fetch');
async function load(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
  return res.json();
}` },
        ],
      },
    ],
  },
  ],
});

ruleTester.run('require-response-check: more shapes of response use', rule, {
  valid: [
  {
    name: 'a fetch promise kept for later is not read here',
    code: 'const pending = fetch(url);',
  },
  {
    name: 'a computed member of the awaited response',
    code: 'const value = (await fetch(url))[key];',
  },
  {
    name: 'the headers of the awaited response',
    code: `const type = (await fetch(url)).headers.get('content-type');`,
  },
  {
    name: 'an inline body read that goes through a schema',
    code: 'const user = User.parse(await (await fetch(url)).json());',
  },
  {
    name: 'an array pattern is not a response read',
    code: 'const [first] = await fetch(url);',
  },
  {
    name: 'the awaited response is handed to a function',
    code: 'await handle(await fetch(url));',
  },
  {
    name: 'a then callback without parameters',
    code: 'fetch(url).then(() => done());',
  },
  {
    name: 'a then callback that destructures ok',
    code: 'fetch(url).then(({ ok, json }) => (ok ? json() : null));',
  },
  {
    name: 'an undeclared global response variable',
    code: `
res = await fetch(url);
const data = await res.json();`,
  },
  {
    name: 'a computed key in a destructured response',
    code: 'const { [key]: value } = await fetch(url);',
  },
  {
    name: 'a rest element in a destructured response',
    code: 'const { ...response } = await fetch(url);',
  },
  {
    name: 'a numeric key in a destructured response',
    code: 'const { 0: first, body } = await fetch(url);',
  },
  {
    name: 'status destructured from the response variable',
    code: `
const res = await fetch(url);
const { status } = res;
if (status !== 200) throw new Error('failed');
return res.json();`,
  },
  {
    name: 'a computed key destructured from the response variable hands it on',
    code: `
const res = await fetch(url);
const { [key]: value } = res;
return res.json();`,
  },
  {
    name: 'a computed member of the response variable hands it on',
    code: `
const res = await fetch(url);
const value = res[key];
return res.json();`,
  },
  {
    name: 'clone() hands the response on',
    code: `
const res = await fetch(url);
const copy = res.clone();
return res.json();`,
  },
  {
    name: 'a body method taken without a call hands the response on',
    code: `
const res = await fetch(url);
const read = res.json;
return read.call(res);`,
  },
  {
    name: 'an inline body read for an error envelope',
    code: `
const res = await fetch(url);
if ((await res.json()).error) throw new Error('failed');`,
  },
  {
    name: 'a parsed body assigned to a let and read for an envelope',
    code: `
const res = await fetch(url);
let data;
data = await res.json();
if (data.success !== true) throw new Error('failed');`,
  },
  {
    name: 'a then callback that destructures the envelope',
    code: `
const res = await fetch(url);
return res.json().then(({ error, data }) => (error ? Promise.reject(error) : data));`,
  },
  {
    name: 'a then callback that passes the body through a schema',
    code: `
const res = await fetch(url);
return res.json().then((json) => Rates.parse(json));`,
  },
  {
    name: 'a JSX member of the response hands it on',
    filename: 'file.tsx',
    code: `
const res = await fetch(url);
const view = <res.Viewer />;
return res.json();`,
  },
  ],
  invalid: [
  {
    name: 'an assignment inside an expression has no statement to insert after',
    code: `
let res;
console.log((res = await fetch(url)));
const data = await res.json();`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 4,
        column: 20,
        endLine: 4,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a then callback that destructures the body',
    code: 'fetch(url).then(({ body }) => body);',
    errors: [
      {
        messageId: 'uncheckedInlineResponse',
        data: { member: 'body' },
        line: 1,
        column: 20,
        endLine: 1,
        endColumn: 24,
        suggestions: [],
      },
    ],
  },
  {
    name: 'destructuring a body method beside a neutral member',
    code: 'const { headers, json } = await fetch(url);',
    errors: [
      {
        messageId: 'uncheckedInlineResponse',
        data: { member: 'json' },
        line: 1,
        column: 18,
        endLine: 1,
        endColumn: 22,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a quoted key in a destructured response',
    code: `const { 'body': stream } = await fetch(url);`,
    errors: [
      {
        messageId: 'uncheckedInlineResponse',
        data: { member: 'body' },
        line: 1,
        column: 9,
        endLine: 1,
        endColumn: 23,
        suggestions: [],
      },
    ],
  },
  {
    name: 'the body destructured from the response variable',
    code: `
const res = await fetch(url);
const { headers, body } = res;`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'body' },
        line: 3,
        column: 18,
        endLine: 3,
        endColumn: 22,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
const res = await fetch(url);
if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
const { headers, body } = res;` },
        ],
      },
    ],
  },
  {
    name: 'an inline body read for a member that is not an envelope',
    code: `
const res = await fetch(url);
const rates = (await res.json()).rates;`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 3,
        column: 22,
        endLine: 3,
        endColumn: 32,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
const res = await fetch(url);
if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
const rates = (await res.json()).rates;` },
        ],
      },
    ],
  },
  {
    name: 'an inline body read for a computed member',
    code: `
const res = await fetch(url);
const rates = (await res.json())[key];`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 3,
        column: 22,
        endLine: 3,
        endColumn: 32,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
const res = await fetch(url);
if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
const rates = (await res.json())[key];` },
        ],
      },
    ],
  },
  {
    name: 'a parsed body assigned to a let and not checked',
    code: `
const res = await fetch(url);
let data;
data = await res.json();
return data.rates;`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 4,
        column: 14,
        endLine: 4,
        endColumn: 24,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
const res = await fetch(url);
if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
let data;
data = await res.json();
return data.rates;` },
        ],
      },
    ],
  },
  {
    name: 'a parsed body assigned to an undeclared global',
    code: `
const res = await fetch(url);
data = await res.json();`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 3,
        column: 14,
        endLine: 3,
        endColumn: 24,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
const res = await fetch(url);
if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
data = await res.json();` },
        ],
      },
    ],
  },
  {
    name: 'a computed envelope key in a destructured body',
    code: `
const res = await fetch(url);
const { [keys.error]: failure } = await res.json();`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 3,
        column: 41,
        endLine: 3,
        endColumn: 51,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
const res = await fetch(url);
if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
const { [keys.error]: failure } = await res.json();` },
        ],
      },
    ],
  },
  {
    name: 'a then handler passed by name after the body read',
    code: `
const res = await fetch(url);
return res.json().then(render);`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 3,
        column: 8,
        endLine: 3,
        endColumn: 18,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
const res = await fetch(url);
if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
return res.json().then(render);` },
        ],
      },
    ],
  },
  {
    name: 'a then callback on the body that destructures data only',
    code: `
const res = await fetch(url);
return res.json().then(({ data }) => data);`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 3,
        column: 8,
        endLine: 3,
        endColumn: 18,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
const res = await fetch(url);
if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
return res.json().then(({ data }) => data);` },
        ],
      },
    ],
  },
  {
    name: 'a then callback on the body that destructures a computed key',
    code: `
const res = await fetch(url);
return res.json().then(({ [keys.error]: failure }) => failure);`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 3,
        column: 8,
        endLine: 3,
        endColumn: 18,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
const res = await fetch(url);
if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
return res.json().then(({ [keys.error]: failure }) => failure);` },
        ],
      },
    ],
  },
  {
    name: 'a then callback on the body without parameters',
    code: `
const res = await fetch(url);
return res.json().then(() => done());`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 3,
        column: 8,
        endLine: 3,
        endColumn: 18,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
const res = await fetch(url);
if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
return res.json().then(() => done());` },
        ],
      },
    ],
  },
  {
    name: 'a parsed body read with a computed member',
    code: `
const res = await fetch(url);
const data = await res.json();
return data[key];`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 3,
        column: 20,
        endLine: 3,
        endColumn: 30,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
const res = await fetch(url);
if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
const data = await res.json();
return data[key];` },
        ],
      },
    ],
  },
  {
    name: 'a spread argument: the message names res.url',
    code: `
async function load(args: [string]) {
  const res = await fetch(...args);
  return res.json();
}`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 20,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
async function load(args: [string]) {
  const res = await fetch(...args);
  if (!res.ok) throw new Error(\`Request to \${res.url} failed with status \${res.status}\`);
  return res.json();
}` },
        ],
      },
    ],
  },
  {
    name: 'a URL shadowed in the then callback: the message names res.url',
    code: `fetch(url).then((res) => {
  const url = 'other';
  return res.json();
});`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 3,
        column: 10,
        endLine: 3,
        endColumn: 20,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `fetch(url).then((res) => {
  if (!res.ok) throw new Error(\`Request to \${res.url} failed with status \${res.status}\`);
  const url = 'other';
  return res.json();
});` },
        ],
      },
    ],
  },
  {
    name: 'a template literal URL',
    code: `
async function load() {
  const res = await fetch(\`https://api.example.com/rates\`);
  return res.json();
}`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 20,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
async function load() {
  const res = await fetch(\`https://api.example.com/rates\`);
  if (!res.ok) throw new Error(\`Request to https://api.example.com/rates failed with status \${res.status}\`);
  return res.json();
}` },
        ],
      },
    ],
  },
  {
    name: 'an exported response: the check goes after the export',
    code: `
export const res = await fetch(url);
export const data = await res.json();`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 3,
        column: 27,
        endLine: 3,
        endColumn: 37,
        suggestions: [
          { messageId: 'throwUnlessOk', data: { response: 'res' }, output: `
export const res = await fetch(url);
if (!res.ok) throw new Error(\`Request to \${url} failed with status \${res.status}\`);
export const data = await res.json();` },
        ],
      },
    ],
  },
  {
    name: 'a response declared in a for statement gets no suggestion',
    code: `
for (let res = await fetch(url); ; ) {
  data = await res.json();
  break;
}`,
    errors: [
      {
        messageId: 'uncheckedResponse',
        data: { response: 'res', member: 'json()' },
        line: 3,
        column: 16,
        endLine: 3,
        endColumn: 26,
        suggestions: [],
      },
    ],
  },
  {
    name: 'the body member of the awaited response',
    code: 'const stream = (await fetch(url)).body;',
    errors: [
      {
        messageId: 'uncheckedInlineResponse',
        data: { member: 'body' },
        line: 1,
        column: 16,
        endLine: 1,
        endColumn: 39,
        suggestions: [],
      },
    ],
  },
  ],
});
