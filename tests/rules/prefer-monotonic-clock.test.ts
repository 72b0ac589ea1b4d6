import rule from '../../src/rules/prefer-monotonic-clock.js';
import { createJsRuleTester, createRuleTester } from '../RuleTester.js';

const ruleTester = createRuleTester();
const jsRuleTester = createJsRuleTester();

ruleTester.run('prefer-monotonic-clock', rule, {
  valid: [
    { name: 'already monotonic', code: 'const start = performance.now(); work(); report(performance.now() - start);' },
    { name: 'a time window, not a duration', code: 'const cutoff = Date.now() - 24 * 3600 * 1000;' },
    { name: 'a window from a named constant', code: 'const DAY_MS = 86_400_000; const since = Date.now() - DAY_MS;' },
    { name: 'the age of stored data', code: 'function age(row: { createdAt: number }) { return Date.now() - row.createdAt; }' },
    { name: 'a parameter may hold any timestamp', code: 'function since(createdAt: number) { return Date.now() - createdAt; }' },
    { name: 'a Date built from data', code: 'const started = new Date(job.startedAt); report(Date.now() - started.getTime());' },
    {
      name: 'a variable that is also set from stored data',
      code: 'let start = Date.now(); if (resumed) start = job.startedAt; report(Date.now() - start);',
    },
    { name: 'a variable moved by arithmetic', code: 'let start = Date.now(); start += offset; report(Date.now() - start);' },
    {
      name: 'set in a sibling function: the reading is not in this function or one around it',
      code: 'let last: number; function mark() { last = Date.now(); } function since() { return Date.now() - last; }',
    },
    {
      name: 'a deadline is a reading plus an offset, and the remaining time is not a duration',
      code: 'const deadline = Date.now() + 5_000; const remaining = deadline - Date.now();',
    },
    { name: 'the start on the left: a countdown, not an elapsed time', code: 'const start = Date.now(); const negative = start - Date.now();' },
    { name: 'two readings in place', code: 'const zero = Date.now() - Date.now();' },
    {
      name: 'a class field may be written from anywhere',
      code: 'class Timer { start = Date.now(); elapsed() { return Date.now() - this.start; } }',
    },
    { name: 'a shadowed Date is not the clock', code: 'import { Date } from "./clock"; const start = Date.now(); report(Date.now() - start);' },
    { name: 'a destructured reading is not followed', code: 'const { start } = timings; report(Date.now() - start);' },
    {
      name: 'a Date that is changed after the reading',
      code: 'const day = new Date(); day.setHours(0, 0, 0, 0); report(Date.now() - day.getTime());',
    },
    { name: 'Date.now with an argument is not the clock', code: 'const start = Date.now(1); report(Date.now() - start);' },
  ],
  invalid: [
    {
      name: 'const start used only in the duration: fixed',
      code: `
const start = Date.now();
await work();
metrics.timing('work', Date.now() - start);
`,
      output: `
const start = performance.now();
await work();
metrics.timing('work', performance.now() - start);
`,
      errors: [{ messageId: 'wallClockDuration', line: 4, column: 24, endLine: 4, endColumn: 42, suggestions: [] }],
    },
    {
      name: 'the start is read in the enclosing function, the end in a callback',
      code: `
app.use((req, res, next) => {
  const start = Date.now();
  res.on('finish', () => {
    histogram.observe(Date.now() - start);
  });
  next();
});
`,
      output: `
app.use((req, res, next) => {
  const start = performance.now();
  res.on('finish', () => {
    histogram.observe(performance.now() - start);
  });
  next();
});
`,
      errors: [{ messageId: 'wallClockDuration', line: 5, column: 23, endLine: 5, endColumn: 41, suggestions: [] }],
    },
    {
      name: 'two durations from one start: one fix moves both, so they stay consistent',
      code: `
async function handle() {
  const start = Date.now();
  await step1();
  log('step1', Date.now() - start);
  await step2();
  log('total', Date.now() - start);
}
`,
      output: `
async function handle() {
  const start = performance.now();
  await step1();
  log('step1', performance.now() - start);
  await step2();
  log('total', performance.now() - start);
}
`,
      errors: [
        { messageId: 'wallClockDuration', line: 5, column: 16, endLine: 5, endColumn: 34, suggestions: [] },
        { messageId: 'wallClockDuration', line: 7, column: 16, endLine: 7, endColumn: 34, suggestions: [] },
      ],
    },
    {
      name: 'two durations on one line',
      code: `
const start = Date.now();
await work();
report(Math.round((Date.now() - start) / 1000), client?.send(Date.now() - start));
`,
      output: `
const start = performance.now();
await work();
report(Math.round((performance.now() - start) / 1000), client?.send(performance.now() - start));
`,
      errors: [
        { messageId: 'wallClockDuration', line: 4, column: 20, endLine: 4, endColumn: 38, suggestions: [] },
        { messageId: 'wallClockDuration', line: 4, column: 62, endLine: 4, endColumn: 80, suggestions: [] },
      ],
    },
    {
      name: 'both ends held in variables',
      code: `
const t0 = Date.now();
run();
const t1 = Date.now();
report(t1 - t0);
`,
      output: `
const t0 = performance.now();
run();
const t1 = performance.now();
report(t1 - t0);
`,
      errors: [{ messageId: 'wallClockDuration', line: 5, column: 8, endLine: 5, endColumn: 15, suggestions: [] }],
    },
    {
      name: 'new Date().getTime()',
      code: `
const begin = new Date().getTime();
run();
report(new Date().getTime() - begin);
`,
      output: `
const begin = performance.now();
run();
report(performance.now() - begin);
`,
      errors: [{ messageId: 'wallClockDuration', line: 4, column: 8, endLine: 4, endColumn: 36, suggestions: [] }],
    },
    {
      name: 'unary plus, right after return: the fix keeps a space',
      code: `
function elapsed() {
  const start = +new Date();
  run();
  return+new Date() - start;
}
`,
      output: `
function elapsed() {
  const start = performance.now();
  run();
  return performance.now() - start;
}
`,
      errors: [{ messageId: 'wallClockDuration', line: 5, column: 9, endLine: 5, endColumn: 28, suggestions: [] }],
    },
    {
      name: 'a Date held as an object and read with getTime()',
      code: `
const started = new Date();
await run();
report(Date.now() - started.getTime());
`,
      output: `
const started = performance.now();
await run();
report(performance.now() - started);
`,
      errors: [{ messageId: 'wallClockDuration', line: 4, column: 8, endLine: 4, endColumn: 38, suggestions: [] }],
    },
    {
      name: 'Number() and unary plus on a Date',
      code: `
const started = new Date();
await run();
report(Number(new Date()) - +started);
`,
      output: `
const started = performance.now();
await run();
report(performance.now() - started);
`,
      errors: [{ messageId: 'wallClockDuration', line: 4, column: 8, endLine: 4, endColumn: 37, suggestions: [] }],
    },
    {
      name: 'performance imported from node:perf_hooks',
      code: `
import { performance } from 'node:perf_hooks';
const start = Date.now();
work();
report(Date.now() - start);
`,
      output: `
import { performance } from 'node:perf_hooks';
const start = performance.now();
work();
report(performance.now() - start);
`,
      errors: [{ messageId: 'wallClockDuration', line: 5, column: 8, endLine: 5, endColumn: 26, suggestions: [] }],
    },
    {
      name: 'type wrappers on both sides',
      code: `
const start = Date.now();
work();
report((Date.now() as number) - start!);
`,
      output: `
const start = performance.now();
work();
report((performance.now() as number) - start!);
`,
      errors: [{ messageId: 'wallClockDuration', line: 4, column: 8, endLine: 4, endColumn: 39, suggestions: [] }],
    },
    {
      name: 'satisfies on the reading, as on the operand',
      code: `
const start = Date.now() satisfies number;
work();
report(Date.now() - (start as number));
`,
      output: `
const start = performance.now() satisfies number;
work();
report(performance.now() - (start as number));
`,
      errors: [{ messageId: 'wallClockDuration', line: 4, column: 8, endLine: 4, endColumn: 38, suggestions: [] }],
    },
    {
      name: 'a module-level start read in a function: uptime',
      code: `
const bootedAt = Date.now();
export const health = () => ({ uptimeMs: Date.now() - bootedAt });
`,
      output: `
const bootedAt = performance.now();
export const health = () => ({ uptimeMs: performance.now() - bootedAt });
`,
      errors: [{ messageId: 'wallClockDuration', line: 3, column: 42, endLine: 3, endColumn: 63, suggestions: [] }],
    },
    {
      name: 'a let that is only ever set to readings: a suggestion, not a fix',
      code: `
let last = Date.now();
setInterval(() => {
  lag.observe(Date.now() - last - 1000);
  last = Date.now();
}, 1000);
`,
      output: null,
      errors: [
        {
          messageId: 'wallClockDuration',
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'useMonotonicClock',
              output: `
let last = performance.now();
setInterval(() => {
  lag.observe(performance.now() - last - 1000);
  last = performance.now();
}, 1000);
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a let declared first and set later',
      code: `
for (const job of jobs) {
  let start: number;
  start = Date.now();
  await job.run();
  timings.push(Date.now() - start);
}
`,
      output: null,
      errors: [
        {
          messageId: 'wallClockDuration',
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'useMonotonicClock',
              output: `
for (const job of jobs) {
  let start: number;
  start = performance.now();
  await job.run();
  timings.push(performance.now() - start);
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'the start is also logged as a timestamp: a second, monotonic start is suggested',
      code: `
const start = Date.now();
await work();
logger.info({ startedAt: start, ms: Date.now() - start });
`,
      output: null,
      errors: [
        {
          messageId: 'wallClockDuration',
          line: 4,
          column: 37,
          endLine: 4,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'addMonotonicStart',
              data: { name: 'startMonotonic', start: 'start' },
              output: `
const start = Date.now();
const startMonotonic = performance.now();
await work();
logger.info({ startedAt: start, ms: performance.now() - startMonotonic });
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a new start goes after a comment that closes the line, in a file without semicolons',
      code: `
const start = Date.now() // request start
await work()
logger.info({ at: start, ms: Date.now() - start })
`,
      output: null,
      errors: [
        {
          messageId: 'wallClockDuration',
          line: 4,
          column: 30,
          endLine: 4,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'addMonotonicStart',
              data: { name: 'startMonotonic', start: 'start' },
              output: `
const start = Date.now() // request start
const startMonotonic = performance.now()
await work()
logger.info({ at: start, ms: performance.now() - startMonotonic })
`,
            },
          ],
        },
      ],
    },
    {
      name: 'in a nested block, next to a timestamp use',
      code: `
if (ready) {
  const start = Date.now();
  await work();
  log(Date.now() - start, new Date(start).toISOString());
}
`,
      output: null,
      errors: [
        {
          messageId: 'wallClockDuration',
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'addMonotonicStart',
              data: { name: 'startMonotonic', start: 'start' },
              output: `
if (ready) {
  const start = Date.now();
  const startMonotonic = performance.now();
  await work();
  log(performance.now() - startMonotonic, new Date(start).toISOString());
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'the new name avoids one already taken',
      code: `
const start = Date.now();
work();
const ms = Date.now() - start;
const startMonotonic = 1;
log(start, ms, startMonotonic);
`,
      output: null,
      errors: [
        {
          messageId: 'wallClockDuration',
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'addMonotonicStart',
              data: { name: 'startMonotonic2', start: 'start' },
              output: `
const start = Date.now();
const startMonotonic2 = performance.now();
work();
const ms = performance.now() - startMonotonic2;
const startMonotonic = 1;
log(start, ms, startMonotonic);
`,
            },
          ],
        },
      ],
    },
    {
      name: 'an exported start is read by other modules: it keeps its value',
      code: `
export const bootedAt = Date.now();
export function uptime() {
  return Date.now() - bootedAt;
}
`,
      output: null,
      errors: [
        {
          messageId: 'wallClockDuration',
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'addMonotonicStart',
              data: { name: 'bootedAtMonotonic', start: 'bootedAt' },
              output: `
export const bootedAt = Date.now();
const bootedAtMonotonic = performance.now();
export function uptime() {
  return performance.now() - bootedAtMonotonic;
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a comment inside a reading would be lost: no fix',
      code: `
const start = Date.now(/* wall clock */);
await work();
report(Date.now() - start);
`,
      output: null,
      errors: [{ messageId: 'wallClockDuration', line: 4, column: 8, endLine: 4, endColumn: 26, suggestions: [] }],
    },
    {
      name: 'performance is a local name here: no fix',
      code: `
function measure(performance: { now(): number }) {
  const start = Date.now();
  work();
  return Date.now() - start;
}
`,
      output: null,
      errors: [{ messageId: 'wallClockDuration', line: 5, column: 10, endLine: 5, endColumn: 28, suggestions: [] }],
    },
  ],
});

jsRuleTester.run('prefer-monotonic-clock (.js, espree)', rule, {
  valid: [
    { name: 'a window', code: 'const since = Date.now() - 60 * 1000;' },
    {
      name: 'a Date that is changed after the reading',
      code: 'const started = new Date(); started.setHours(0, 0, 0, 0); report(new Date() - started);',
    },
  ],
  invalid: [
    {
      name: 'plain JavaScript',
      code: `
const start = Date.now();
work();
report(Date.now() - start);
`,
      output: `
const start = performance.now();
work();
report(performance.now() - start);
`,
      errors: [{ messageId: 'wallClockDuration', line: 4, column: 8, endLine: 4, endColumn: 26, suggestions: [] }],
    },
    {
      name: 'subtracting Date objects, which JavaScript turns into milliseconds',
      code: `
const started = new Date();
work();
report(new Date() - started);
`,
      output: `
const started = performance.now();
work();
report(performance.now() - started);
`,
      errors: [{ messageId: 'wallClockDuration', line: 4, column: 8, endLine: 4, endColumn: 28, suggestions: [] }],
    },
    {
      name: 'performance required from perf_hooks',
      code: `
const { performance } = require('node:perf_hooks');
const start = Date.now();
work();
report(Date.now() - start);
`,
      output: `
const { performance } = require('node:perf_hooks');
const start = performance.now();
work();
report(performance.now() - start);
`,
      errors: [{ messageId: 'wallClockDuration', line: 5, column: 8, endLine: 5, endColumn: 26, suggestions: [] }],
    },
    {
      name: 'a local performance object: no fix',
      code: `
const performance = makeFakeClock();
const start = Date.now();
work();
report(Date.now() - start);
`,
      output: null,
      errors: [{ messageId: 'wallClockDuration', line: 5, column: 8, endLine: 5, endColumn: 26, suggestions: [] }],
    },
  ],
});

ruleTester.run('prefer-monotonic-clock: more operands, holders and suggestions', rule, {
  valid: [
  {
    name: 'an unknown value minus a start reading',
    code: `const start = Date.now();
const offset = other - start;`,
  },
  {
    name: 'getTime of a number reading is not a Date',
    code: `const start = Date.now();
const ms = Date.now() - start.getTime();`,
  },
  {
    name: 'an undeclared start',
    code: 'const ms = Date.now() - start;',
  },
  {
    name: 'a variable that is no reading, read twice',
    code: `let t = 5;
const a = Date.now() - t;
const b = Date.now() - t;`,
  },
  ],
  invalid: [
  {
    name: 'an optional call of Date.now',
    code: `const start = Date.now();
const ms = Date?.now() - start;`,
    output: `const start = performance.now();
const ms = performance.now() - start;`,
    errors: [
      {
        messageId: 'wallClockDuration',
        line: 2,
        column: 12,
        endLine: 2,
        endColumn: 31,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a start also subtracted from something else',
    code: `const start = Date.now();
const a = Date.now() - start;
const b = other - start;`,
    output: null,
    errors: [
      {
        messageId: 'wallClockDuration',
        line: 2,
        column: 11,
        endLine: 2,
        endColumn: 29,
        suggestions: [
          { messageId: 'addMonotonicStart', data: { name: 'startMonotonic', start: 'start' }, output: `const start = Date.now();
const startMonotonic = performance.now();
const a = performance.now() - startMonotonic;
const b = other - start;` },
        ],
      },
    ],
  },
  {
    name: 'two variables and a start used as a timestamp',
    code: `const start = Date.now();
const end = Date.now();
log(start);
const ms = end - start;`,
    output: null,
    errors: [
      {
        messageId: 'wallClockDuration',
        line: 4,
        column: 12,
        endLine: 4,
        endColumn: 23,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a let start used as a timestamp',
    code: `let start = Date.now();
log(start);
const ms = Date.now() - start;`,
    output: null,
    errors: [
      {
        messageId: 'wallClockDuration',
        line: 3,
        column: 12,
        endLine: 3,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a declaration of several variables',
    code: `const start = Date.now(), label = "x";
log(start);
const ms = Date.now() - start;`,
    output: null,
    errors: [
      {
        messageId: 'wallClockDuration',
        line: 3,
        column: 12,
        endLine: 3,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a local performance: no suggestion',
    code: `const performance = polyfill;
const start = Date.now();
log(start);
const ms = Date.now() - start;`,
    output: null,
    errors: [
      {
        messageId: 'wallClockDuration',
        line: 4,
        column: 12,
        endLine: 4,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a start declared in a for statement',
    code: `for (const start = Date.now(); ; ) {
  log(start);
  const ms = Date.now() - start;
  break;
}`,
    output: null,
    errors: [
      {
        messageId: 'wallClockDuration',
        line: 3,
        column: 14,
        endLine: 3,
        endColumn: 32,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a comment inside the end reading',
    code: `const start = Date.now();
log(start);
const ms = Date.now(/* end */) - start;`,
    output: null,
    errors: [
      {
        messageId: 'wallClockDuration',
        line: 3,
        column: 12,
        endLine: 3,
        endColumn: 39,
        suggestions: [],
      },
    ],
  },
  {
    name: 'performance declared twice',
    code: `var performance = a;
var performance = b;
const start = Date.now();
const ms = Date.now() - start;`,
    output: null,
    errors: [
      {
        messageId: 'wallClockDuration',
        line: 4,
        column: 12,
        endLine: 4,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a computed method of a Date start',
    code: `const start = new Date();
start[method]();
const ms = Date.now() - start.getTime();`,
    output: null,
    errors: [
      {
        messageId: 'wallClockDuration',
        line: 3,
        column: 12,
        endLine: 3,
        endColumn: 40,
        suggestions: [
          { messageId: 'addMonotonicStart', data: { name: 'startMonotonic', start: 'start' }, output: `const start = new Date();
const startMonotonic = performance.now();
start[method]();
const ms = performance.now() - startMonotonic;` },
        ],
      },
    ],
  },
  ],
});
