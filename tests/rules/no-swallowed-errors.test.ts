import rule from '../../src/rules/no-swallowed-errors.js';
import { createJsRuleTester, createRuleTester } from '../RuleTester.js';

const ruleTester = createRuleTester();
const jsRuleTester = createJsRuleTester();

ruleTester.run('no-swallowed-errors', rule, {
  valid: [
    { name: 'rethrows the caught error', code: 'try { a(); } catch (error) { throw error; }' },
    { name: 'throws a new error', code: 'try { a(); } catch { throw new Error("a failed"); }' },
    {
      name: 'throws from a nested block of its own body',
      code: 'try { a(); } catch { if (retry) { b(); } else { throw new Error("a failed"); } }',
    },
    {
      name: 'rethrows from an inner catch that sits in its own body',
      code: 'try { a(); } catch { try { b(); } catch (inner) { throw inner; } }',
    },
    { name: 'passes the error on', code: 'try { a(); } catch (error) { done(error); }' },
    { name: 'returns the error', code: 'function f() { try { a(); } catch (error) { return error; } }' },
    { name: 'stores the error', code: 'let last: unknown; try { a(); } catch (error) { last = error; }' },
    { name: 'wraps the error as cause', code: 'try { a(); } catch (error) { return Result.fail({ cause: error }); }' },
    {
      name: 'uses the error inside a closure',
      code: 'try { a(); } catch (error) { queueMicrotask(() => report(error)); }',
    },
    {
      name: 'uses a destructured part of the error',
      code: 'try { a(); } catch ({ message }) { return message; }',
    },
    { name: 'creates an error for a callback', code: 'new Promise((resolve, reject) => { try { resolve(a()); } catch { reject(new Error("a failed")); } });' },
    { name: 'console.error', code: 'try { a(); } catch { console.error("a failed"); }' },
    { name: 'console.warn', code: 'try { a(); } catch { console.warn("a failed"); }' },
    { name: 'a logger object', code: 'try { a(); } catch { logger.warn("a failed, using the default"); }' },
    { name: 'a logger on this', code: 'class S { run() { try { a(); } catch { this.logger.error("a failed"); } } }' },
    { name: 'a logger property of a context', code: 'async (ctx) => { try { await a(); } catch { ctx.log.warn("a failed"); } };' },
    { name: 'a static Logger', code: 'try { a(); } catch { Logger.info("a failed"); }' },
    { name: 'a metrics object', code: 'try { a(); } catch { metrics.increment("a.failed"); }' },
    { name: 'a static Metrics class', code: 'queue.on("error", () => { Metrics.increment("jobs.errored"); });' },
    { name: 'an error method of any object reports the failure', code: 'try { await save(); } catch { toast.error("Could not save"); }' },
    { name: 'Koa ctx.throw', code: 'try { parsed = new URL(url); } catch { ctx.throw(400, "Invalid URL"); }' },
    { name: 'an error factory called without new', code: 'try { parsed = new URL(url); } catch { ctx.body = InvalidRequestError("Invalid URL"); }' },
    { name: 'an error class reached through a namespace', code: 'try { a(); } catch { return reject(new errors.UpstreamError("a failed")); }' },
    { name: 'Sentry', code: 'try { a(); } catch { Sentry.captureMessage("a failed"); }' },
    {
      name: 'a logger call inside a nested callback still logs',
      code: 'try { a(); } catch { items.forEach((item) => logger.warn("skipped", item)); }',
    },
    { name: 'a comment marks a deliberate ignore', code: 'try { a(); } catch { /* the file may not exist */ }' },
    { name: 'a line comment in a fallback', code: 'function f() {\n  try { return a(); } catch {\n    // a() throws for unknown ids\n    return null;\n  }\n}' },
    { name: 'a comment closing the line', code: 'try { a(); } catch {} // best effort' },
    { name: 'a comment between the try block and catch', code: 'try {\n  a();\n}\n// a() may already have run\ncatch {}' },
    { name: 'a comment on the line above the handler statement', code: '// The connection may already be closed.\nclient.quit().catch(() => {});' },
    { name: 'a comment above an awaited handler', code: 'async function f() {\n  /* best effort */\n  await client.quit().catch(() => {});\n}' },
    { name: 'a comment above a returned handler', code: 'function f() {\n  // Missing files are fine.\n  return rm(path).catch(() => {});\n}' },
    {
      name: 'a comment that matches commentPattern',
      code: 'try { a(); } catch { /* ignore: optional */ }',
      options: [{ commentPattern: '/ignore|expected/i' }],
    },
    {
      name: 'a configured logger from settings',
      code: 'try { a(); } catch { audit.record("a failed"); }',
      settings: { reliability: { loggers: ['audit'] } },
    },
    {
      name: 'a configured logger from the rule option',
      code: 'try { a(); } catch { audit.record("a failed"); }',
      options: [{ loggers: ['audit'] }],
    },
    {
      name: 'a configured error reporter',
      code: 'try { a(); } catch { Bugsnag.notify("a failed"); }',
      settings: { reliability: { errorReporters: ['Bugsnag.notify'] } },
    },
    {
      name: 'an error reporter reached through this',
      code: 'class S { run() { try { a(); } catch { this.bugsnag.notify("a failed"); } } }',
      options: [{ errorReporters: ['bugsnag.notify'] }],
    },
    {
      name: 'a configured metrics object',
      code: 'try { a(); } catch { prom.inc("a_failed_total"); }',
      settings: { reliability: { metrics: ['prom'] } },
    },
    {
      name: 'checkParseFallbacks off: a try that only parses JSON asks whether it is valid',
      code: 'function f(text: string) { try { return JSON.parse(text); } catch { return undefined; } }',
      options: [{ checkParseFallbacks: false }],
    },
    {
      name: 'checkParseFallbacks off: new URL and member access',
      code: 'function host(href: string) { try { return [new URL(href).host]; } catch { return []; } }',
      options: [{ checkParseFallbacks: false }],
    },
    {
      name: 'checkParseFallbacks off: a schema parse and Intl',
      code: 'function ok(v: unknown, tz: string) { try { Schema.parse(v); Intl.DateTimeFormat(undefined, { timeZone: tz }); return true; } catch { return false; } }',
      options: [{ checkParseFallbacks: false }],
    },
    { name: 'listener whose event name is not a literal', code: 'emitter.on(eventName, () => {});' },
    { name: 'noop as a fulfilment handler', code: 'p.then(noop);' },
    { name: 'a local constant that is not a function', code: 'const ignore = makeHandler(); p.catch(ignore);' },
    { name: 'a local let may be reassigned', code: 'let ignore = () => {}; p.catch(ignore);' },
    { name: 'a local handler with a comment', code: 'const ignore = () => { /* cache misses are fine */ }; p.catch(ignore);' },
    { name: 'a local handler that returns a value of its own', code: 'const fallback = () => cached; p.catch(fallback);' },
    { name: 'a function named log', code: 'try { a(); } catch { log("a failed"); }' },
    { name: 'a captureException import', code: 'import { captureException } from "@sentry/node"; try { a(); } catch { captureException(new Error("a failed")); }' },
    {
      name: 'checkParseFallbacks off: a parse inside a generator that yields is not a validation, but the catch logs',
      code: 'function* g() { try { yield JSON.parse(x); } catch { logger.warn("bad"); } }',
      options: [{ checkParseFallbacks: false }],
    },
    { name: 'rejection handler that logs', code: 'p.catch((error) => logger.error(error));' },
    { name: 'rejection handler that uses the error', code: 'p.catch((error) => ({ ok: false, error }));' },
    { name: 'rejection handler that rethrows', code: 'p.catch(() => { throw new Error("lookup failed"); });' },
    { name: 'rejection handler with a comment', code: 'p.catch(() => { /* the cache is optional */ });' },
    { name: 'fire and forget with a trailing comment', code: 'p.catch(() => {}); // errors are reported by the queue' },
    { name: 'logger passed by reference', code: 'p.catch(console.error);' },
    { name: 'opaque handler passed by name', code: 'import { handle } from "./errors"; p.catch(handle);' },
    { name: 'local handler that logs', code: 'const onError = (error: unknown) => logger.error(error); p.catch(onError);' },
    { name: 'then with only a fulfilment handler', code: 'p.then(() => {});' },
    { name: 'then whose rejection handler uses the error', code: 'p.then(ok, (error) => fail(error));' },
    { name: 'zod catch with a value', code: 'import { z } from "zod"; const Page = z.number().catch(1);' },
    { name: 'zod catch with a function', code: 'import { z } from "zod"; const Page = z.number().int().catch(() => 1);' },
    {
      name: 'catch on a schema built from a zod import in the same file',
      code: 'import { z } from "zod"; const Page = z.number(); export const Safe = Page.catch(() => 1);',
    },
    { name: 'valibot fallback', code: 'import * as v from "valibot"; const s = v.string().catch(() => "");' },
    { name: 'catch with a value is not a handler', code: 'p.catch(null);' },
    { name: 'error listener that logs', code: 'socket.on("error", (error) => logger.warn(error));' },
    { name: 'listener of another event', code: 'socket.on("close", () => {});' },
    { name: 'unhandledRejection listener that exits', code: 'process.on("unhandledRejection", (reason) => { console.error(reason); process.exit(1); });' },
    { name: 'a local process object is not the global', code: 'const process = new Emitter(); process.on("uncaughtException", () => {});' },
    { name: 'a local console is not the global, but the catch uses the error', code: 'const console = sink; try { a(); } catch (e) { console.error(e); }' },
  ],
  invalid: [
    {
      name: 'empty catch without binding',
      code: 'try { a(); } catch {}',
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 19,
          suggestions: [
            { messageId: 'logError', data: { logger: 'console.error' }, output: 'try { a(); } catch (error) { console.error(error); }' },
            { messageId: 'rethrowError', output: 'try { a(); } catch (error) { throw error; }' },
          ],
        },
      ],
    },
    {
      name: 'empty catch with an unused binding',
      code: 'try { a(); } catch (e) {}',
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 19,
          suggestions: [
            { messageId: 'logError', data: { logger: 'console.error' }, output: 'try { a(); } catch (e) { console.error(e); }' },
            { messageId: 'rethrowError', output: 'try { a(); } catch (e) { throw e; }' },
          ],
        },
      ],
    },
    {
      name: 'silent fallback that returns null',
      code: `
function parse(text: string) {
  try {
    return JSON.parse(text);
  } catch (e) {
    return null;
  }
}`,
      errors: [
        {
          messageId: 'swallowedError',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: `
function parse(text: string) {
  try {
    return JSON.parse(text);
  } catch (e) {
    console.error(e);
    return null;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'silent fallback without binding that returns false',
      code: `
function isJson(text: string) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}`,
      errors: [
        {
          messageId: 'swallowedError',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 10,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: `
function isJson(text: string) {
  try {
    JSON.parse(text);
    return true;
  } catch (error) {
    console.error(error);
    return false;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'fallback that drops the cause into an error code',
      code: 'function f() { try { return E.right(a()); } catch (e) { return E.left(CODE); } }',
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 45,
          endLine: 1,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'function f() { try { return E.right(a()); } catch (e) { console.error(e); return E.left(CODE); } }',
            },
          ],
        },
      ],
    },
    {
      name: 'statements that do nothing with the failure, rethrow appended after them',
      code: `
try {
  save();
} catch {
  ok = false;
}`,
      errors: [
        {
          messageId: 'swallowedError',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 8,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: `
try {
  save();
} catch (error) {
  console.error(error);
  ok = false;
}`,
            },
            {
              messageId: 'rethrowError',
              output: `
try {
  save();
} catch (error) {
  ok = false;
  throw error;
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a throw inside a nested function does not leave the catch',
      code: 'try { a(); } catch { setTimeout(() => { throw new Error("late"); }); }',
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'try { a(); } catch (error) { console.error(error); setTimeout(() => { throw new Error("late"); }); }',
            },
            {
              messageId: 'rethrowError',
              output: 'try { a(); } catch (error) { setTimeout(() => { throw new Error("late"); }); throw error; }',
            },
          ],
        },
      ],
    },
    {
      name: 'the new binding does not shadow an outer error',
      code: 'const error = 1; try { a(); } catch {}',
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 31,
          endLine: 1,
          endColumn: 36,
          suggestions: [
            { messageId: 'logError', data: { logger: 'console.error' }, output: 'const error = 1; try { a(); } catch (err) { console.error(err); }' },
            { messageId: 'rethrowError', output: 'const error = 1; try { a(); } catch (err) { throw err; }' },
          ],
        },
      ],
    },
    {
      name: 'the new binding does not capture a name used in the body',
      code: 'try { a(); } catch { err = error; }',
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'try { a(); } catch (caughtError) { console.error(caughtError); err = error; }',
            },
            { messageId: 'rethrowError', output: 'try { a(); } catch (caughtError) { err = error; throw caughtError; }' },
          ],
        },
      ],
    },
    {
      name: 'an inner catch that swallows is reported even when the outer one rethrows',
      code: 'try { a(); } catch (outer) { try { b(); } catch {} throw outer; }',
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 43,
          endLine: 1,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'try { a(); } catch (outer) { try { b(); } catch (error) { console.error(error); } throw outer; }',
            },
            { messageId: 'rethrowError', output: 'try { a(); } catch (outer) { try { b(); } catch (error) { throw error; } throw outer; }' },
          ],
        },
      ],
    },
    {
      name: 'finally does not handle the error of the catch',
      code: 'try { a(); } catch { } finally { release(); }',
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'try { a(); } catch (error) { console.error(error); } finally { release(); }',
            },
            { messageId: 'rethrowError', output: 'try { a(); } catch (error) { throw error; } finally { release(); }' },
          ],
        },
      ],
    },
    {
      name: 'the suggestion calls the configured logger that is in scope',
      code: 'import { audit } from "./audit"; try { a(); } catch {}',
      settings: { reliability: { loggers: ['audit'] } },
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 47,
          endLine: 1,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'audit.error' },
              output: 'import { audit } from "./audit"; try { a(); } catch (error) { audit.error(error); }',
            },
            { messageId: 'rethrowError', output: 'import { audit } from "./audit"; try { a(); } catch (error) { throw error; }' },
          ],
        },
      ],
    },
    {
      name: 'no log suggestion when console is shadowed and no logger is in scope',
      code: 'const console = sink; try { a(); } catch {}',
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 36,
          endLine: 1,
          endColumn: 41,
          suggestions: [{ messageId: 'rethrowError', output: 'const console = sink; try { a(); } catch (error) { throw error; }' }],
        },
      ],
    },
    {
      name: 'a shadowed console is not a logger',
      code: 'function f(console: Sink) { try { a(); } catch { console.log("x"); } }',
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 42,
          endLine: 1,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'rethrowError',
              output: 'function f(console: Sink) { try { a(); } catch (error) { console.log("x"); throw error; } }',
            },
          ],
        },
      ],
    },
    {
      name: 'a destructured binding gets no suggestion',
      code: 'try { a(); } catch ({ code }) {}',
      errors: [{ messageId: 'swallowedError', line: 1, column: 14, endLine: 1, endColumn: 19, suggestions: [] }],
    },
    {
      name: 'a comment that does not match commentPattern',
      code: 'try { a(); } catch { /* TODO */ }',
      options: [{ commentPattern: 'ignore|expected' }],
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'try { a(); } catch (error) { console.error(error); /* TODO */ }',
            },
            { messageId: 'rethrowError', output: 'try { a(); } catch (error) { /* TODO */ throw error; }' },
          ],
        },
      ],
    },
    {
      name: 'the rethrow goes after a trailing line comment on a line of its own',
      code: 'try { a(); } catch {\n  // TODO\n}',
      options: [{ commentPattern: 'ignore' }],
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'try { a(); } catch (error) {\n  console.error(error);\n  // TODO\n}',
            },
            { messageId: 'rethrowError', output: 'try { a(); } catch (error) {\n  // TODO\n  throw error;\n}' },
          ],
        },
      ],
    },
    {
      name: 'checkParseFallbacks off: a try that also awaits is not a validation',
      code: 'async function f(id: string) { try { return JSON.parse(await read(id)); } catch { return undefined; } }',
      options: [{ checkParseFallbacks: false }],
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 75,
          endLine: 1,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output:
                'async function f(id: string) { try { return JSON.parse(await read(id)); } catch (error) { console.error(error); return undefined; } }',
            },
          ],
        },
      ],
    },
    {
      name: 'checkParseFallbacks off: a try that calls anything else is not a validation',
      code: 'function f(user: User) { try { authorize(user); return true; } catch { return false; } }',
      options: [{ checkParseFallbacks: false }],
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 64,
          endLine: 1,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'function f(user: User) { try { authorize(user); return true; } catch (error) { console.error(error); return false; } }',
            },
          ],
        },
      ],
    },
    {
      name: 'checkParseFallbacks off: a local JSON is not the global',
      code: 'const JSON = store; function f(t: string) { try { return JSON.parse(t); } catch { return null; } }',
      options: [{ checkParseFallbacks: false }],
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 75,
          endLine: 1,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'const JSON = store; function f(t: string) { try { return JSON.parse(t); } catch (error) { console.error(error); return null; } }',
            },
          ],
        },
      ],
    },
    {
      name: 'checkParseFallbacks off: constructing anything but a parser is not a validation',
      code: 'function f() { try { return new Client(); } catch { return undefined; } }',
      options: [{ checkParseFallbacks: false }],
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 45,
          endLine: 1,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'function f() { try { return new Client(); } catch (error) { console.error(error); return undefined; } }',
            },
          ],
        },
      ],
    },
    {
      name: 'checkParseFallbacks off: a dynamic callee is not a parser',
      code: 'function f() { try { return (a || b)(); } catch { return undefined; } }',
      options: [{ checkParseFallbacks: false }],
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 43,
          endLine: 1,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'function f() { try { return (a || b)(); } catch (error) { console.error(error); return undefined; } }',
            },
          ],
        },
      ],
    },
    {
      name: 'checkParseFallbacks off: a generator that yields in the try',
      code: 'function* g() { try { yield JSON.parse(x); } catch { return; } }',
      options: [{ checkParseFallbacks: false }],
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 46,
          endLine: 1,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'function* g() { try { yield JSON.parse(x); } catch (error) { console.error(error); return; } }',
            },
          ],
        },
      ],
    },
    {
      name: 'constructing through a dynamic callee is not an error',
      code: 'try { a(); } catch { new (pick())(); }',
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 19,
          suggestions: [
            { messageId: 'logError', data: { logger: 'console.error' }, output: 'try { a(); } catch (error) { console.error(error); new (pick())(); }' },
            { messageId: 'rethrowError', output: 'try { a(); } catch (error) { new (pick())(); throw error; }' },
          ],
        },
      ],
    },
    {
      name: 'a dynamic call and a console method that prints nothing are not logging',
      code: 'try { a(); } catch { (hooks.a || hooks.b)(); console.table(rows); window.console.error("x"); }',
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'try { a(); } catch (error) { console.error(error); (hooks.a || hooks.b)(); console.table(rows); window.console.error("x"); }',
            },
            {
              messageId: 'rethrowError',
              output: 'try { a(); } catch (error) { (hooks.a || hooks.b)(); console.table(rows); window.console.error("x"); throw error; }',
            },
          ],
        },
      ],
    },
    {
      name: 'a comment after other code on the line does not close the catch',
      code: 'try { a(); } catch {} b(); // b may fail',
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 19,
          suggestions: [
            { messageId: 'logError', data: { logger: 'console.error' }, output: 'try { a(); } catch (error) { console.error(error); } b(); // b may fail' },
            { messageId: 'rethrowError', output: 'try { a(); } catch (error) { throw error; } b(); // b may fail' },
          ],
        },
      ],
    },
    {
      name: 'a comment on the next line does not close the catch',
      code: 'try { a(); } catch {}\n// unrelated',
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 19,
          suggestions: [
            { messageId: 'logError', data: { logger: 'console.error' }, output: 'try { a(); } catch (error) { console.error(error); }\n// unrelated' },
            { messageId: 'rethrowError', output: 'try { a(); } catch (error) { throw error; }\n// unrelated' },
          ],
        },
      ],
    },
    {
      name: 'a comment two lines above the handler statement does not count',
      code: '// Close the client.\n\nclient.quit().catch(() => {});',
      errors: [
        {
          messageId: 'swallowedRejection',
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: '// Close the client.\n\nclient.quit().catch((error) => { console.error(error); });',
            },
          ],
        },
      ],
    },
    {
      name: 'a comment above the statement does not count for a handler inside a nested function',
      code: '// Start the job.\nrun(() => job().catch(() => {}));',
      errors: [
        {
          messageId: 'swallowedRejection',
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: '// Start the job.\nrun(() => job().catch((error) => { console.error(error); }));',
            },
          ],
        },
      ],
    },
    {
      name: 'a handler at the top of a class field has no statement to look above',
      code: 'class A {\n  // Warm up.\n  ready = warm().catch(() => {});\n}',
      errors: [
        {
          messageId: 'swallowedRejection',
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'class A {\n  // Warm up.\n  ready = warm().catch((error) => { console.error(error); });\n}',
            },
          ],
        },
      ],
    },
    {
      name: 'a tool directive above a handler says nothing about it',
      code: '/* eslint no-console: "off" */\nprocess.on("unhandledRejection", () => {});',
      errors: [
        {
          messageId: 'swallowedErrorEvent',
          data: { event: 'unhandledRejection' },
          line: 2,
          column: 34,
          endLine: 2,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: '/* eslint no-console: "off" */\nprocess.on("unhandledRejection", (error) => { console.error(error); });',
            },
          ],
        },
      ],
    },
    {
      name: 'a TypeScript directive in a catch says nothing about it',
      code: 'try { a(); } catch {\n  // @ts-expect-error untyped\n  b.c = 1;\n}',
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'try { a(); } catch (error) {\n  console.error(error);\n  // @ts-expect-error untyped\n  b.c = 1;\n}',
            },
            {
              messageId: 'rethrowError',
              output: 'try { a(); } catch (error) {\n  // @ts-expect-error untyped\n  b.c = 1;\n  throw error;\n}',
            },
          ],
        },
      ],
    },
    {
      name: 'a rejection handler on this',
      code: 'class Job { run() { this.pending.catch(() => {}); } }',
      errors: [
        {
          messageId: 'swallowedRejection',
          line: 1,
          column: 40,
          endLine: 1,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'class Job { run() { this.pending.catch((error) => { console.error(error); }); } }',
            },
          ],
        },
      ],
    },
    {
      name: 'a catch on a local promise built from an import of another module',
      code: 'import { load } from "./load"; const pending = load(); pending.catch(() => null);',
      errors: [
        {
          messageId: 'swallowedRejection',
          line: 1,
          column: 70,
          endLine: 1,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'import { load } from "./load"; const pending = load(); pending.catch((error) => { console.error(error); return null; });',
            },
          ],
        },
      ],
    },
    {
      name: 'no suggestion for a handler when console is shadowed',
      code: 'const console = sink; p.catch(() => {});',
      errors: [{ messageId: 'swallowedRejection', line: 1, column: 31, endLine: 1, endColumn: 39, suggestions: [] }],
    },
    {
      name: 'no suggestion for a destructured handler parameter',
      code: 'p.catch(({ code }) => {});',
      errors: [{ messageId: 'swallowedRejection', line: 1, column: 9, endLine: 1, endColumn: 25, suggestions: [] }],
    },
    {
      name: 'no suggestion for a value with a comment that does not match the pattern',
      code: 'p.catch(() => /* TODO */ null);',
      options: [{ commentPattern: 'ignore' }],
      errors: [{ messageId: 'swallowedRejection', line: 1, column: 9, endLine: 1, endColumn: 30, suggestions: [] }],
    },
    {
      name: 'a local handler returning void 0, passed by name',
      code: 'const ignore = () => void 0; p.catch(ignore);',
      errors: [{ messageId: 'swallowedRejection', line: 1, column: 38, endLine: 1, endColumn: 44 }],
    },
    {
      name: 'a local handler returning undefined, passed by name',
      code: 'const ignore = () => undefined; p.catch(ignore);',
      errors: [{ messageId: 'swallowedRejection', line: 1, column: 41, endLine: 1, endColumn: 47 }],
    },
    {
      name: 'a generic arrow gets its parameter after the type parameters',
      code: 'p.catch(<T,>() => {});',
      errors: [
        {
          messageId: 'swallowedRejection',
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 21,
          suggestions: [
            { messageId: 'logError', data: { logger: 'console.error' }, output: 'p.catch(<T,>(error) => { console.error(error); });' },
          ],
        },
      ],
    },
    {
      name: 'empty rejection handler in a fetch chain',
      code: 'fetch(u).then((r) => r.json()).catch(() => {});',
      errors: [
        {
          messageId: 'swallowedRejection',
          line: 1,
          column: 38,
          endLine: 1,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'fetch(u).then((r) => r.json()).catch((error) => { console.error(error); });',
            },
          ],
        },
      ],
    },
    {
      name: 'rejection handler that resolves to null',
      code: 'const user = await load(id).catch(() => null);',
      errors: [
        {
          messageId: 'swallowedRejection',
          line: 1,
          column: 35,
          endLine: 1,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'const user = await load(id).catch((error) => { console.error(error); return null; });',
            },
          ],
        },
      ],
    },
    {
      name: 'rejection handler with an unused parameter and an object value',
      code: 'const result = await load(id).catch((_error) => ({ ok: false }));',
      errors: [
        {
          messageId: 'swallowedRejection',
          line: 1,
          column: 37,
          endLine: 1,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'const result = await load(id).catch((_error) => { console.error(_error); return ({ ok: false }); });',
            },
          ],
        },
      ],
    },
    {
      name: 'async function expression as rejection handler',
      code: 'job.run().catch(async function () {});',
      errors: [
        {
          messageId: 'swallowedRejection',
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'job.run().catch(async function (error) { console.error(error); });',
            },
          ],
        },
      ],
    },
    {
      name: 'rejection handler on an optional chain',
      code: 'client?.close().catch(() => {});',
      errors: [
        {
          messageId: 'swallowedRejection',
          line: 1,
          column: 23,
          endLine: 1,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'client?.close().catch((error) => { console.error(error); });',
            },
          ],
        },
      ],
    },
    {
      name: 'rejection handler of then',
      code: 'p.then(ok, () => {});',
      errors: [
        {
          messageId: 'swallowedRejection',
          line: 1,
          column: 12,
          endLine: 1,
          endColumn: 20,
          suggestions: [
            { messageId: 'logError', data: { logger: 'console.error' }, output: 'p.then(ok, (error) => { console.error(error); });' },
          ],
        },
      ],
    },
    {
      name: 'noop passed by name',
      code: 'import { noop } from "lodash"; p.catch(noop);',
      errors: [{ messageId: 'swallowedRejection', line: 1, column: 40, endLine: 1, endColumn: 44 }],
    },
    {
      name: 'lodash noop as a member',
      code: 'p.catch(_.noop);',
      errors: [{ messageId: 'swallowedRejection', line: 1, column: 9, endLine: 1, endColumn: 15 }],
    },
    {
      name: 'a local function that does nothing, passed by name',
      code: 'const ignore = () => {}; p.catch(ignore);',
      errors: [{ messageId: 'swallowedRejection', line: 1, column: 34, endLine: 1, endColumn: 40 }],
    },
    {
      name: 'a local function declaration that returns undefined',
      code: 'function ignore() {} p.then(ok, ignore);',
      errors: [{ messageId: 'swallowedRejection', line: 1, column: 33, endLine: 1, endColumn: 39 }],
    },
    {
      name: 'error listener that drops the error',
      code: 'stream.on("error", () => {});',
      errors: [
        {
          messageId: 'swallowedErrorEvent',
          data: { event: 'error' },
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 28,
          suggestions: [
            { messageId: 'logError', data: { logger: 'console.error' }, output: 'stream.on("error", (error) => { console.error(error); });' },
          ],
        },
      ],
    },
    {
      name: 'once error listener with an unused parameter',
      code: 'socket.once("error", (err) => { closed = true; });',
      errors: [
        {
          messageId: 'swallowedErrorEvent',
          data: { event: 'error' },
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'socket.once("error", (err) => { console.error(err); closed = true; });',
            },
          ],
        },
      ],
    },
    {
      name: 'unhandledRejection listener',
      code: 'process.on("unhandledRejection", () => {});',
      errors: [
        {
          messageId: 'swallowedErrorEvent',
          data: { event: 'unhandledRejection' },
          line: 1,
          column: 34,
          endLine: 1,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'process.on("unhandledRejection", (error) => { console.error(error); });',
            },
          ],
        },
      ],
    },
    {
      name: 'uncaughtException listener passed noop',
      code: 'process.on("uncaughtException", noop);',
      errors: [{ messageId: 'swallowedErrorEvent', data: { event: 'uncaughtException' }, line: 1, column: 33, endLine: 1, endColumn: 37 }],
    },
    {
      name: 'a TS cast around the emitter',
      code: '(conn as Emitter).on("error", function onError() {});',
      errors: [
        {
          messageId: 'swallowedErrorEvent',
          data: { event: 'error' },
          line: 1,
          column: 31,
          endLine: 1,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: '(conn as Emitter).on("error", function onError(error) { console.error(error); });',
            },
          ],
        },
      ],
    },
    {
      name: 'catch on a chain that starts at an unknown value is a rejection handler',
      code: 'schema.catch(() => {});',
      errors: [
        {
          messageId: 'swallowedRejection',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 22,
          suggestions: [
            { messageId: 'logError', data: { logger: 'console.error' }, output: 'schema.catch((error) => { console.error(error); });' },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('no-swallowed-errors (.js, espree)', rule, {
  valid: [
    { name: 'rethrow', code: 'try { a(); } catch (error) { throw error; }' },
    { name: 'logger', code: 'try { a(); } catch { logger.error("a failed"); }' },
    { name: 'comment', code: 'try { a(); } catch { /* optional */ }' },
    { name: 'zod default in JS', code: 'import { z } from "zod"; export const Page = z.number().catch(() => 1);' },
  ],
  invalid: [
    {
      name: 'empty catch',
      code: 'try { a(); } catch {}',
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 19,
          suggestions: [
            { messageId: 'logError', data: { logger: 'console.error' }, output: 'try { a(); } catch (error) { console.error(error); }' },
            { messageId: 'rethrowError', output: 'try { a(); } catch (error) { throw error; }' },
          ],
        },
      ],
    },
    {
      name: 'async arrow with an awaited call and a null fallback',
      code: 'export const load = async (id) => { try { return await db.get(id); } catch (e) { return null; } };',
      errors: [
        {
          messageId: 'swallowedError',
          line: 1,
          column: 70,
          endLine: 1,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'export const load = async (id) => { try { return await db.get(id); } catch (e) { console.error(e); return null; } };',
            },
          ],
        },
      ],
    },
    {
      name: 'empty rejection handler',
      code: 'p.catch(() => {});',
      errors: [
        {
          messageId: 'swallowedRejection',
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 17,
          suggestions: [
            { messageId: 'logError', data: { logger: 'console.error' }, output: 'p.catch((error) => { console.error(error); });' },
          ],
        },
      ],
    },
    {
      name: 'error listener',
      code: 'emitter.on("error", function () {});',
      errors: [
        {
          messageId: 'swallowedErrorEvent',
          data: { event: 'error' },
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'logError',
              data: { logger: 'console.error' },
              output: 'emitter.on("error", function (error) { console.error(error); });',
            },
          ],
        },
      ],
    },
  ],
});
