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
