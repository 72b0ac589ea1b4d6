import rule from '../../src/rules/require-bounded-retry.js';
import { createJsRuleTester, createRuleTester } from '../RuleTester.js';

const ruleTester = createRuleTester();
const jsRuleTester = createJsRuleTester();

ruleTester.run('require-bounded-retry', rule, {
  valid: [
    {
      name: 'a counted retry with a growing delay',
      code: `
async function fetchReport(id: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(\`/reports/\${id}\`);
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(100 * 2 ** attempt);
    }
  }
}
`,
      options: [{ requireBackoff: true }],
    },
    {
      name: 'a loop with its own condition is bounded by it',
      code: `
async function fetchReport(id: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await client.get(\`/reports/\${id}\`);
    } catch {}
  }
}
`,
    },
    {
      name: 'a worker loop: the try handles new work each time and does not leave on success',
      code: `
async function work() {
  while (true) {
    try {
      await handle(await queue.next());
    } catch (error) {
      logger.error(error);
    }
  }
}
`,
    },
    {
      name: 'a loop that works through pages leaves under a condition on the data',
      code: `
async function refreshScores() {
  while (true) {
    try {
      const updated = await processBatch();
      if (updated < BATCH_SIZE) break;
    } catch (error) {
      logger.error(error);
      await skipBatch();
    }
  }
}
`,
    },
    {
      name: 'a member flag is set from elsewhere (stop()): the loop may be bounded there',
      code: `
class Consumer {
  async run() {
    while (this.running) {
      try {
        await this.connect();
        return;
      } catch {
        await sleep(1_000);
      }
    }
  }
}
`,
    },
    {
      name: 'a flag set from the awaited result polls, it does not retry',
      code: `
async function waitUntilHealthy() {
  let healthy = false;
  while (!healthy) {
    try {
      healthy = await check();
    } catch {
      await sleep(1_000);
    }
  }
}
`,
    },
    {
      name: 'the catch always rethrows: no retry',
      code: `
async function once() {
  while (true) {
    try {
      return await call();
    } catch (error) {
      logger.warn(error);
      throw error;
    }
  }
}
`,
    },
    {
      name: 'the catch ends the process',
      code: `
async function start() {
  while (true) {
    try {
      return await server.listen(port);
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  }
}
`,
    },
    {
      name: 'a deadline bounds the loop in time, and an unknown await in the catch may be the delay',
      code: `
async function waitForDatabase(deadline: number) {
  while (true) {
    try {
      return await db.connect();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await backoffPolicy.next();
    }
  }
}
`,
    },
    {
      name: 'the next attempt only runs while a counter is below the limit',
      code: `
async function fetchReport(id: string) {
  let retries = 0;
  while (true) {
    try {
      return await client.get(\`/reports/\${id}\`);
    } catch (error) {
      if (retries < MAX_RETRIES) {
        retries++;
        await sleep(500 * 2 ** retries);
        continue;
      }
      throw error;
    }
  }
}
`,
    },
    {
      name: 'a counter read through a constant of the loop',
      code: `
async function golden(body: () => Promise<void>) {
  let infraLeft = 2;
  let behaviourLeft = 2;
  for (;;) {
    try {
      await body();
      return;
    } catch (error) {
      const left = isInfra(error) ? --infraLeft : --behaviourLeft;
      if (left <= 0) throw error;
      await sleep(1_000);
    }
  }
}
`,
    },
    {
      name: 'a member counter',
      code: `
class Client {
  async send(message: Message) {
    while (true) {
      try {
        return await this.transport.send(message);
      } catch (error) {
        if (this.failures++ > 5) throw error;
        await delay(this.failures * 1_000);
      }
    }
  }
}
`,
    },
    {
      name: 'a write conflict is retried at once on purpose',
      code: `
async function createWithUniqueSlug(input: Input) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await Document.create({ ...input, slug: slugify(input.title, attempt) });
    } catch (error) {
      if (!(error instanceof UniqueConstraintError) || attempt >= 3) throw error;
    }
  }
}
`,
    },
    {
      name: 'a serialization failure by its SQLSTATE code',
      code: `
async function transfer(amount: number) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(() => move(amount));
    } catch (error) {
      if (error.code !== '40001' || attempt >= 3) throw error;
    }
  }
}
`,
    },
    {
      name: 'without requireBackoff a constant delay is fine',
      code: `
async function fetchReport(id: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(\`/reports/\${id}\`);
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(1_000);
    }
  }
}
`,
    },
    {
      name: 'requireBackoff: a delay variable doubled each time round',
      code: `
async function fetchReport(id: string) {
  let delayMs = 100;
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(\`/reports/\${id}\`);
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(delayMs);
      delayMs = Math.min(delayMs * 2, 10_000);
    }
  }
}
`,
      options: [{ requireBackoff: true }],
    },
    {
      name: 'requireBackoff: a constant of the loop worked out from the attempt',
      code: `
async function fetchReport(id: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(\`/reports/\${id}\`);
    } catch (error) {
      if (attempt >= 5) throw error;
      const wait = 2 ** attempt * 100 + Math.random() * 100;
      await sleep(wait);
    }
  }
}
`,
      options: [{ requireBackoff: true }],
    },
    {
      name: 'requireBackoff: a length from a call the rule cannot see into may grow',
      code: `
async function fetchReport(id: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(\`/reports/\${id}\`);
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(policy.nextDelay());
    }
  }
}
`,
      options: [{ requireBackoff: true }],
    },
    {
      name: 'requireBackoff: a helper named for backoff',
      code: `
async function fetchReport(id: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(\`/reports/\${id}\`);
    } catch (error) {
      if (attempt >= 5) throw error;
      await exponentialBackoff(1_000);
    }
  }
}
`,
      options: [{ requireBackoff: true }],
    },
    {
      name: 'a configured delay helper',
      code: `
async function fetchReport(id: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(\`/reports/\${id}\`);
    } catch (error) {
      if (attempt >= 5) throw error;
      await this.clock.holdOff(attempt);
    }
  }
}
`,
      options: [{ delayFunctions: ['clock.holdOff'] }],
    },
    {
      name: 'a recursive retry that counts down',
      code: `
async function fetchWithRetry(url: string, retries = 3): Promise<Response> {
  try {
    return await fetch(url);
  } catch (error) {
    if (retries > 0) return fetchWithRetry(url, retries - 1);
    throw error;
  }
}
`,
    },
    {
      name: 'a recursive retry guarded by a flag parameter',
      code: `
async function request(config: Config, isRetry = false): Promise<Response> {
  try {
    return await send(config);
  } catch (error) {
    if (!isRetry && isExpired(error)) {
      await refreshToken();
      return request(config, true);
    }
    throw error;
  }
}
`,
    },
    {
      name: 'a recursive retry guarded by a counter it updates',
      code: `
class Consumer {
  reconnects = 0;
  async connect(): Promise<void> {
    try {
      await this.socket.open();
    } catch (error) {
      if (this.reconnects++ >= 5) throw error;
      await sleep(1_000);
      return this.connect();
    }
  }
}
`,
    },
    {
      name: 'a recursive retry against a deadline',
      code: `
async function retry(callback: () => Promise<void>) {
  const started = Date.now();
  const repeat = async (): Promise<void> => {
    try {
      return await callback();
    } catch (error) {
      if (Date.now() - started < 3_000) return repeat();
      throw error;
    }
  };
  return repeat();
}
`,
    },
    {
      name: 'a call scheduled in a timer is not a retry the catch makes itself',
      code: `
async function connect(): Promise<void> {
  try {
    await socket.open();
  } catch {
    setTimeout(() => connect(), 1_000);
  }
}
`,
    },
    {
      name: 'a synchronous function: nothing was awaited',
      code: `
function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return parse(repair(text));
  }
}
`,
    },
    { name: 'p-retry with a number of retries', code: 'import pRetry from "p-retry"; await pRetry(run, { retries: 5 });' },
    {
      name: 'a spread after the option may override it',
      code: 'import pRetry from "p-retry"; await pRetry(run, { forever: true, ...options });',
    },
    { name: 'a local function called retry', code: 'const retry = (fn, o) => fn(); retry(run, { retries: Infinity });' },
  ],
  invalid: [
    {
      name: 'while (true) with neither a bound nor a delay',
      code: `
async function fetchReport(id: string) {
  while (true) {
    try {
      return await client.get(\`/reports/\${id}\`);
    } catch (error) {
      logger.warn('report fetch failed, retrying', error);
    }
  }
}
`,
      errors: [
        { messageId: 'unboundedRetry', line: 3, column: 3, endLine: 3, endColumn: 15 },
        { messageId: 'retryWithoutDelay', line: 6, column: 7, endLine: 6, endColumn: 20 },
      ],
    },
    {
      name: 'a delay, but no bound; requireBackoff also wants the delay to grow',
      code: `
async function fetchReport(id: string) {
  while (true) {
    try {
      return await client.get(\`/reports/\${id}\`);
    } catch (error) {
      await sleep(1_000);
    }
  }
}
`,
      options: [{ requireBackoff: true }],
      errors: [
        { messageId: 'unboundedRetry', line: 3, column: 3, endLine: 3, endColumn: 15 },
        { messageId: 'constantDelay', line: 7, column: 13, endLine: 7, endColumn: 25 },
      ],
    },
    {
      name: 'bounded, but the next attempt starts at once',
      code: `
async function fetchReport(id: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(\`/reports/\${id}\`);
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
}
`,
      errors: [{ messageId: 'retryWithoutDelay', line: 6, column: 7, endLine: 6, endColumn: 20 }],
    },
    {
      name: 'a flag loop with a constant delay',
      code: `
async function send(message: Message) {
  let done = false;
  while (!done) {
    try {
      await broker.publish(message);
      done = true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
`,
      options: [{ requireBackoff: true }],
      errors: [
        { messageId: 'unboundedRetry', line: 4, column: 3, endLine: 4, endColumn: 16 },
        { messageId: 'constantDelay', line: 9, column: 13, endLine: 9, endColumn: 63 },
      ],
    },
    {
      name: 'do ... while (true): a counter that nothing compares is no bound',
      code: `
async function connect() {
  let attempt = 0;
  do {
    try {
      return await db.connect();
    } catch {
      attempt++;
    }
  } while (true);
}
`,
      errors: [
        { messageId: 'retryWithoutDelay', line: 7, column: 7, endLine: 7, endColumn: 12 },
        { messageId: 'unboundedRetry', line: 10, column: 5, endLine: 10, endColumn: 17 },
      ],
    },
    {
      name: 'while (1) and a catch that continues',
      code: `
async function fetchReport(id: string) {
  while (1) {
    try {
      return await client.get(\`/reports/\${id}\`);
    } catch {
      continue;
    }
  }
}
`,
      errors: [
        { messageId: 'unboundedRetry', line: 3, column: 3, endLine: 3, endColumn: 12 },
        { messageId: 'retryWithoutDelay', line: 6, column: 7, endLine: 6, endColumn: 12 },
      ],
    },
    {
      name: 'requireBackoff: setTimeout from node:timers/promises, renamed, with an imported constant',
      code: `
import { setTimeout as wait } from 'node:timers/promises';
import { RETRY_DELAY_MS } from './config';
async function fetchReport(id: string) {
  let attempt = 0;
  while (true) {
    try {
      return await client.get(\`/reports/\${id}\`);
    } catch (error) {
      if (++attempt > 3) throw error;
      await wait(RETRY_DELAY_MS);
    }
  }
}
`,
      options: [{ requireBackoff: true }],
      errors: [{ messageId: 'constantDelay', line: 11, column: 13, endLine: 11, endColumn: 33 }],
    },
    {
      name: 'requireBackoff: a constant of the loop that does not read the attempt',
      code: `
async function fetchReport(id: string) {
  let attempt = 0;
  while (true) {
    attempt++;
    try {
      return await client.get(\`/reports/\${id}\`);
    } catch (error) {
      if (attempt > 3) throw error;
      const delayMs = 1_000;
      await sleep(delayMs);
    }
  }
}
`,
      options: [{ requireBackoff: true }],
      errors: [{ messageId: 'constantDelay', line: 11, column: 13, endLine: 11, endColumn: 27 }],
    },
    {
      name: 'requireBackoff: a configured delay helper, behind continue',
      code: `
async function fetchReport(id: string) {
  let retries = 0;
  while (true) {
    try {
      return await client.get(\`/reports/\${id}\`);
    } catch (error) {
      if (retries < MAX_RETRIES) {
        retries++;
        await holdOff(250);
        continue;
      }
      throw error;
    }
  }
}
`,
      options: [{ requireBackoff: true, delayFunctions: ['holdOff'] }],
      errors: [{ messageId: 'constantDelay', line: 10, column: 15, endLine: 10, endColumn: 27 }],
    },
    {
      name: 'requireBackoff: promisify(setTimeout), through a type assertion',
      code: `
async function fetchReport(id: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(\`/reports/\${id}\`);
    } catch (error) {
      if (attempt === 5) throw error;
      await (promisify(setTimeout)(500) as Promise<void>);
    }
  }
}
`,
      options: [{ requireBackoff: true }],
      errors: [{ messageId: 'constantDelay', line: 8, column: 14, endLine: 8, endColumn: 40 }],
    },
    {
      name: 'a method that calls itself from its catch',
      code: `
class Consumer {
  async connect(): Promise<void> {
    try {
      await this.socket.open();
    } catch (error) {
      await sleep(5_000);
      return this.connect();
    }
  }
}
`,
      errors: [{ messageId: 'unboundedRecursiveRetry', data: { name: 'this.connect' }, line: 8, column: 14, endLine: 8, endColumn: 28 }],
    },
    {
      name: 'a condition on the error is no attempt count',
      code: `
async function load(url: string): Promise<Response> {
  try {
    return await fetch(url);
  } catch (error) {
    if (isRetryable(error)) return load(url);
    throw error;
  }
}
`,
      errors: [{ messageId: 'unboundedRecursiveRetry', data: { name: 'load' }, line: 6, column: 36, endLine: 6, endColumn: 45 }],
    },
    {
      name: 'an arrow function kept in a const',
      code: `
const poll = async (jobId: string) => {
  try {
    return await jobs.status(jobId);
  } catch {
    return poll(jobId);
  }
};
`,
      errors: [{ messageId: 'unboundedRecursiveRetry', data: { name: 'poll' }, line: 6, column: 12, endLine: 6, endColumn: 23 }],
    },
    {
      name: 'an arrow-function class field, called through this and a type assertion',
      code: `
class Client {
  ping = async (): Promise<void> => {
    try {
      await this.http.get('/ping');
    } catch {
      await (this.ping() as Promise<void>);
    }
  };
}
`,
      errors: [{ messageId: 'unboundedRecursiveRetry', data: { name: 'this.ping' }, line: 7, column: 14, endLine: 7, endColumn: 25 }],
    },
    {
      name: 'p-retry forever',
      code: 'import pRetry from "p-retry"; await pRetry(run, { forever: true, retries: 10 });',
      errors: [
        { messageId: 'infiniteRetryOption', data: { option: 'forever', library: 'p-retry' }, line: 1, column: 51, endLine: 1, endColumn: 64 },
      ],
    },
    {
      name: 'async-retry with Infinity retries, options in a const',
      code: 'import retry from "async-retry"; const options = { retries: Infinity }; await retry(run, options);',
      errors: [
        { messageId: 'infiniteRetryOption', data: { option: 'retries', library: 'async-retry' }, line: 1, column: 52, endLine: 1, endColumn: 69 },
      ],
    },
    {
      name: 'exponential-backoff with Number.POSITIVE_INFINITY attempts',
      code: 'import { backOff } from "exponential-backoff"; await backOff(run, { numOfAttempts: Number.POSITIVE_INFINITY });',
      errors: [
        {
          messageId: 'infiniteRetryOption',
          data: { option: 'numOfAttempts', library: 'exponential-backoff' },
          line: 1,
          column: 69,
          endLine: 1,
          endColumn: 108,
        },
      ],
    },
    {
      name: 'node-retry operation, through a namespace import',
      code: 'import * as retry from "retry"; const operation = retry.operation({ forever: true });',
      errors: [
        { messageId: 'infiniteRetryOption', data: { option: 'forever', library: 'retry' }, line: 1, column: 69, endLine: 1, endColumn: 82 },
      ],
    },
  ],
});

jsRuleTester.run('require-bounded-retry (.js, espree)', rule, {
  valid: [
    {
      name: 'a counted retry with a delay',
      code: `
async function fetchReport(id) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(id);
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(attempt * 1000);
    }
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'plain JavaScript',
      code: `
async function fetchReport(id) {
  while (true) {
    try {
      return await client.get(id);
    } catch (error) {
      logger.warn(error);
    }
  }
}
`,
      errors: [
        { messageId: 'unboundedRetry', line: 3, column: 3, endLine: 3, endColumn: 15 },
        { messageId: 'retryWithoutDelay', line: 6, column: 7, endLine: 6, endColumn: 20 },
      ],
    },
    {
      name: 'async-retry through require',
      code: `
const retry = require('async-retry');
module.exports = () => retry(run, { retries: Infinity });
`,
      errors: [
        { messageId: 'infiniteRetryOption', data: { option: 'retries', library: 'async-retry' }, line: 3, column: 37, endLine: 3, endColumn: 54 },
      ],
    },
  ],
});

ruleTester.run('require-bounded-retry: more loop shapes, delays, recursive retries and options', rule, {
  valid: [
  {
    name: 'a file without catch or retry',
    code: 'while (true) await step();',
  },
  {
    name: 'a file that only names a retry library checks no loops',
    code: `
import pRetry from 'p-retry';
while (true) {
  await step();
}`,
  },
  {
    name: 'do ... while (false) runs once',
    code: `
async function load(url: string) {
  do {
    try {
      return await client.get(url);
    } catch (error) {
      logger.warn(error);
    }
  } while (false);
}`,
  },
  {
    name: 'a const flag is not a retry flag',
    code: `
const running = true;
async function load(url: string) {
  while (running) {
    try {
      return await client.get(url);
    } catch (error) {
      logger.warn(error);
    }
  }
}`,
  },
  {
    name: 'a parameter flag is not a retry flag',
    code: `
async function load(url: string, running: boolean) {
  while (running) {
    try {
      return await client.get(url);
    } catch (error) {
      logger.warn(error);
    }
  }
}`,
  },
  {
    name: 'a catch ending with if/else that both throw',
    code: `
async function load(url: string) {
  while (true) {
    try {
      return await client.get(url);
    } catch (error) {
      if (fatal(error)) throw error;
      else throw new Error("failed", { cause: error });
    }
  }
}`,
  },
  {
    name: 'a catch ending with break',
    code: `
async function load(url: string) {
  while (true) {
    try {
      return await client.get(url);
    } catch (error) {
      logger.warn(error);
      break;
    }
  }
}`,
  },
  {
    name: 'a catch ending with continue to an outer loop',
    code: `
async function load(urls: string[]) {
  outer: for (const url of urls) {
    while (true) {
      try {
        return await client.get(url);
      } catch (error) {
        continue outer;
      }
    }
  }
}`,
  },
  {
    name: 'an attempt bound in the else branch',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt < 5) {
        await sleep(1000);
      } else {
        throw error;
      }
    }
  }
}`,
  },
  {
    name: 'a deadline against new Date()',
    code: `
async function load(url: string) {
  while (true) {
    try {
      return await client.get(url);
    } catch (error) {
      if (new Date() > deadline) throw error;
      await sleep(1000);
    }
  }
}`,
  },
  {
    name: 'an exit nested in the guard, then more code',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) {
        if (strict) throw error;
        logger.warn(error);
        return undefined;
      }
      await sleep(1000);
    }
  }
}`,
  },
  {
    name: 'a break guard',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) break;
      await sleep(1000);
    }
  }
}`,
  },
  {
    name: 'a throw in a try without catch leaves',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) {
        try {
          throw error;
        } finally {
          logger.warn(error);
        }
      }
      await sleep(1000);
    }
  }
}`,
  },
  {
    name: 'an awaited promise that is no timer may still pause',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => queue.push(resolve));
    }
  }
}`,
  },
  {
    name: 'an awaited value that is no call may still pause',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await pending;
    }
  }
}`,
  },
  {
    name: 'an awaited call without a static callee may pause',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await getSleeper()(1000);
    }
  }
}`,
  },
  {
    name: 'new Promise with an executor by name may pause',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise(executor);
    }
  }
}`,
  },
  {
    name: 'new Deferred is no timer, but may pause',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Deferred();
    }
  }
}`,
  },
  {
    name: 'a promised timer after another call',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => {
        logger.info("waiting");
        setTimeout(resolve, 1000 * 2 ** attempt);
      });
    }
  }
}`,
  },
  {
    name: 'setTimeout from node:timers is no delay, but an opaque await',
    code: `
import { setTimeout } from 'node:timers';
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await setTimeout(1000);
    }
  }
}`,
  },
  {
    name: 'another timer renamed setTimeout is an opaque await',
    code: `
import { setImmediate as setTimeout } from 'node:timers/promises';
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await setTimeout(1000);
    }
  }
}`,
  },
  {
    name: 'setTimeout of a namespace import of timers/promises',
    code: `
import * as timers from 'node:timers/promises';
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await timers.setTimeout(1000);
    }
  }
}`,
  },
  {
    name: 'setTimeout of a default import of timers/promises',
    code: `
import timers from 'timers/promises';
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await timers.setTimeout(1000);
    }
  }
}`,
  },
  {
    name: 'setTimeout of a member is an opaque await',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await this.timers.setTimeout(1000);
    }
  }
}`,
  },
  {
    name: 'setTimeout of an object that is not imported is an opaque await',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await utils.setTimeout(1000);
    }
  }
}`,
  },
  {
    name: 'another method of timers/promises is an opaque await',
    code: `
import * as timers from 'node:timers/promises';
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await timers.setImmediate();
    }
  }
}`,
  },
  {
    name: 'a delay too deep to follow is not called constant',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(a + b + c + d + e + f + g + h + i + j + k);
    }
  }
}`,
    options: [{ requireBackoff: true }],
  },
  {
    name: 'a member delay the loop grows',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(this.delay);
      this.delay *= 2;
    }
  }
}`,
    options: [{ requireBackoff: true }],
  },
  {
    name: 'a delay indexed by the attempt',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(DELAYS[attempt]);
    }
  }
}`,
    options: [{ requireBackoff: true }],
  },
  {
    name: 'a delay from a policy object may change',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(policy.next());
    }
  }
}`,
    options: [{ requireBackoff: true }],
  },
  {
    name: 'an awaited delay length',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(await nextDelay());
    }
  }
}`,
    options: [{ requireBackoff: true }],
  },
  {
    name: 'a function is no constant delay',
    code: `
function computeDelay() {
  return 1000;
}
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(computeDelay);
    }
  }
}`,
    options: [{ requireBackoff: true }],
  },
  {
    name: 'a variable written twice',
    code: `
async function load(url: string) {
  let wait = 100;
  wait = 200;
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(wait);
    }
  }
}`,
    options: [{ requireBackoff: true }],
  },
  {
    name: 'a catch in an anonymous callback has no self call',
    code: `
items.map(async (item) => {
  try {
    await send(item);
  } catch (error) {
    logger.warn(error);
  }
});`,
  },
  {
    name: 'an arrow property has no this',
    code: `
const client = {
  send: async (message: string) => {
    try {
      return await transport.send(message);
    } catch (error) {
      return retry(message);
    }
  },
};`,
  },
  {
    name: 'a computed method name',
    code: `
const client = {
  async [name](message: string) {
    try {
      return await transport.send(message);
    } catch (error) {
      return this.send(message);
    }
  },
};`,
  },
  {
    name: 'a retry behind && of a parameter',
    code: `
async function send(message: string, retries: number) {
  try {
    return await transport.send(message);
  } catch (error) {
    return retries > 0 && send(message, retries);
  }
}`,
  },
  {
    name: 'a counter the catch increments',
    code: `
class Connection {
  async connect() {
    try {
      await this.socket.open();
    } catch (error) {
      this.failures++;
      if (this.failures < 5) return this.connect();
      throw error;
    }
  }
}`,
  },
  {
    name: 'a module variable written elsewhere',
    code: `
let attempts = 0;
async function send(message: string) {
  try {
    return await transport.send(message);
  } catch (error) {
    if (attempts < 3) {
      attempts += 1;
      return send(message);
    }
    throw error;
  }
}`,
  },
  {
    name: 'a deadline against new Date() in the catch',
    code: `
async function send(message: string, deadline: Date) {
  try {
    return await transport.send(message);
  } catch (error) {
    if (new Date() < deadline) return send(message, deadline);
    throw error;
  }
}`,
  },
  {
    name: 'an object argument with a changed count',
    code: `
async function send(options: { message: string; attempt: number }) {
  try {
    return await transport.send(options.message);
  } catch (error) {
    return send({ attempt: options.attempt + 1, message: options.message });
  }
}`,
  },
  {
    name: 'a retry library referenced but not called',
    code: `
import pRetry from 'p-retry';
const retry = pRetry;`,
  },
  {
    name: 'a retry library without options',
    code: `
import pRetry from 'p-retry';
await pRetry(run);`,
  },
  {
    name: 'spread options',
    code: `
import pRetry from 'p-retry';
await pRetry(run, ...options);`,
  },
  {
    name: 'options from a call',
    code: `
import pRetry from 'p-retry';
await pRetry(run, makeOptions());`,
  },
  {
    name: 'a value the file does not show',
    code: `
import pRetry from 'p-retry';
await pRetry(run, { retries: count });`,
  },
  {
    name: 'options in a let',
    code: `
import pRetry from 'p-retry';
let options = { forever: true };
await pRetry(run, options);`,
  },
  {
    name: 'a const that is not an object',
    code: `
import pRetry from 'p-retry';
const options = makeOptions();
await pRetry(run, options);`,
  },
  {
    name: 'a try in a nested function is not an attempt of the loop',
    code: `
async function work() {
  while (true) {
    await run(async () => {
      try {
        return await step();
      } catch (error) {
        logger.warn(error);
      }
    });
  }
}`,
  },
  {
    name: 'a break in a switch does not leave the loop',
    code: `
async function load(url: string) {
  while (true) {
    try {
      await step();
      switch (state) {
        case 1:
          break;
      }
    } catch (error) {
      logger.warn(error);
    }
  }
}`,
  },
  {
    name: 'a labelled break of an inner block',
    code: `
async function send(message: string) {
  while (true) {
    try {
      inner: {
        await queue.send(message);
        break inner;
      }
    } catch (error) {
      await sleep(1000);
    }
  }
}`,
  },
  {
    name: 'a labelled break through an inner label to the loop',
    code: `
async function load(url: string) {
  outer: for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      inner: {
        if (attempt >= 5) break outer;
      }
      await sleep(1000);
    }
  }
}`,
  },
  {
    name: 'options in a var declared twice are not followed',
    code: `
import pRetry from 'p-retry';
var options = { forever: true };
var options = { retries: 3 };
await pRetry(run, options);`,
  },
  ],
  invalid: [
  {
    name: 'do ... while (true) without a semicolon',
    code: `
async function load(url: string) {
  do {
    try {
      return await client.get(url);
    } catch (error) {
      await sleep(1000);
    }
  } while (true)
}`,
    errors: [
      {
        messageId: 'unboundedRetry',
        line: 9,
        column: 5,
        endLine: 9,
        endColumn: 17,
      },
    ],
  },
  {
    name: 'a break on success leaves the loop',
    code: `
async function send(message: string) {
  while (true) {
    try {
      await queue.send(message);
      break;
    } catch (error) {
      await sleep(1000);
    }
  }
}`,
    errors: [
      {
        messageId: 'unboundedRetry',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 15,
      },
    ],
  },
  {
    name: 'a catch ending with if/else where the else goes on',
    code: `
async function load(url: string) {
  while (true) {
    try {
      return await client.get(url);
    } catch (error) {
      if (fatal(error)) {
        throw error;
      } else {
        logger.warn(error);
      }
    }
  }
}`,
    errors: [
      {
        messageId: 'unboundedRetry',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 15,
      },
      {
        messageId: 'retryWithoutDelay',
        line: 6,
        column: 7,
        endLine: 6,
        endColumn: 20,
      },
    ],
  },
  {
    name: 'a catch ending with a declaration',
    code: `
async function load(url: string) {
  while (true) {
    try {
      return await client.get(url);
    } catch (error) {
      const message = String(error);
    }
  }
}`,
    errors: [
      {
        messageId: 'unboundedRetry',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 15,
      },
      {
        messageId: 'retryWithoutDelay',
        line: 6,
        column: 7,
        endLine: 6,
        endColumn: 20,
      },
    ],
  },
  {
    name: 'a catch ending with exit() that is not process.exit',
    code: `
async function load(url: string) {
  while (true) {
    try {
      return await client.get(url);
    } catch (error) {
      exit(1);
    }
  }
}`,
    errors: [
      {
        messageId: 'unboundedRetry',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 15,
      },
      {
        messageId: 'retryWithoutDelay',
        line: 6,
        column: 7,
        endLine: 6,
        endColumn: 20,
      },
    ],
  },
  {
    name: 'a labelled continue of the loop itself',
    code: `
async function load(url: string) {
  retry: while (true) {
    try {
      return await client.get(url);
    } catch (error) {
      continue retry;
    }
  }
}`,
    errors: [
      {
        messageId: 'unboundedRetry',
        line: 3,
        column: 10,
        endLine: 3,
        endColumn: 22,
      },
      {
        messageId: 'retryWithoutDelay',
        line: 6,
        column: 7,
        endLine: 6,
        endColumn: 20,
      },
    ],
  },
  {
    name: 'an undeclared counter is no counter',
    code: `
async function load(url: string) {
  while (true) {
    try {
      return await client.get(url);
    } catch (error) {
      undeclaredAttempts++;
      if (undeclaredAttempts > 5) throw error;
      await sleep(1000);
    }
  }
}`,
    errors: [
      {
        messageId: 'unboundedRetry',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 15,
      },
    ],
  },
  {
    name: 'a computed member counter has no path',
    code: `
async function load(url: string) {
  while (true) {
    try {
      return await client.get(url);
    } catch (error) {
      counts[url]++;
      if (counts[url] > 5) throw error;
      await sleep(1000);
    }
  }
}`,
    errors: [
      {
        messageId: 'unboundedRetry',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 15,
      },
    ],
  },
  {
    name: 'a computed member assignment has no path',
    code: `
async function load(url: string) {
  while (true) {
    try {
      return await client.get(url);
    } catch (error) {
      counts[url] = counts[url] * 2;
      if (counts[url] > 5) throw error;
      await sleep(1000);
    }
  }
}`,
    errors: [
      {
        messageId: 'unboundedRetry',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 15,
      },
    ],
  },
  {
    name: 'new of another class is no clock',
    code: `
async function load(url: string) {
  while (true) {
    try {
      return await client.get(url);
    } catch (error) {
      if (new Budget() > limit || new clock.Now() > limit) throw error;
      await sleep(1000);
    }
  }
}`,
    errors: [
      {
        messageId: 'unboundedRetry',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 15,
      },
    ],
  },
  {
    name: 'a throw caught inside the guard does not leave',
    code: `
async function load(url: string) {
  let attempt = 0;
  while (true) {
    attempt++;
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) {
        try {
          throw error;
        } catch {}
      }
      await sleep(1000);
    }
  }
}`,
    errors: [
      {
        messageId: 'unboundedRetry',
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 15,
      },
    ],
  },
  {
    name: 'a template literal delay',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(\`\${BASE_DELAY}\`);
    }
  }
}`,
    options: [{ requireBackoff: true }],
    errors: [
      {
        messageId: 'constantDelay',
        line: 8,
        column: 13,
        endLine: 8,
        endColumn: 35,
      },
    ],
  },
  {
    name: 'a delay read from this',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(this.delay);
    }
  }
}`,
    options: [{ requireBackoff: true }],
    errors: [
      {
        messageId: 'constantDelay',
        line: 8,
        column: 13,
        endLine: 8,
        endColumn: 30,
      },
    ],
  },
  {
    name: 'a delay indexed by a constant',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(DELAYS[0]);
    }
  }
}`,
    options: [{ requireBackoff: true }],
    errors: [
      {
        messageId: 'constantDelay',
        line: 8,
        column: 13,
        endLine: 8,
        endColumn: 29,
      },
    ],
  },
  {
    name: 'a unary delay',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(+BASE_DELAY);
    }
  }
}`,
    options: [{ requireBackoff: true }],
    errors: [
      {
        messageId: 'constantDelay',
        line: 8,
        column: 13,
        endLine: 8,
        endColumn: 31,
      },
    ],
  },
  {
    name: 'a conditional delay',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(fast ? 100 : 1000);
    }
  }
}`,
    options: [{ requireBackoff: true }],
    errors: [
      {
        messageId: 'constantDelay',
        line: 8,
        column: 13,
        endLine: 8,
        endColumn: 37,
      },
    ],
  },
  {
    name: 'a Math call of constants',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(Math.min(BASE_DELAY, MAX_DELAY));
    }
  }
}`,
    options: [{ requireBackoff: true }],
    errors: [
      {
        messageId: 'constantDelay',
        line: 8,
        column: 13,
        endLine: 8,
        endColumn: 51,
      },
    ],
  },
  {
    name: 'TS wrappers around a constant delay',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep((BASE_DELAY as number)! satisfies number);
    }
  }
}`,
    options: [{ requireBackoff: true }],
    errors: [
      {
        messageId: 'constantDelay',
        line: 8,
        column: 13,
        endLine: 8,
        endColumn: 60,
      },
    ],
  },
  {
    name: 'an optional chain to a constant delay',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(config?.delay);
    }
  }
}`,
    options: [{ requireBackoff: true }],
    errors: [
      {
        messageId: 'constantDelay',
        line: 8,
        column: 13,
        endLine: 8,
        endColumn: 33,
      },
    ],
  },
  {
    name: 'an undeclared delay',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(UNDECLARED_DELAY);
    }
  }
}`,
    options: [{ requireBackoff: true }],
    errors: [
      {
        messageId: 'constantDelay',
        line: 8,
        column: 13,
        endLine: 8,
        endColumn: 36,
      },
    ],
  },
  {
    name: 'a parameter delay',
    code: `
async function load(url: string, delayMs: number) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(delayMs);
    }
  }
}`,
    options: [{ requireBackoff: true }],
    errors: [
      {
        messageId: 'constantDelay',
        line: 8,
        column: 13,
        endLine: 8,
        endColumn: 27,
      },
    ],
  },
  {
    name: 'a constant declared outside the loop',
    code: `
async function load(url: string) {
  const WAIT = 100;
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(WAIT);
    }
  }
}`,
    options: [{ requireBackoff: true }],
    errors: [
      {
        messageId: 'constantDelay',
        line: 9,
        column: 13,
        endLine: 9,
        endColumn: 24,
      },
    ],
  },
  {
    name: 'a method shorthand that calls itself',
    code: `
const client = {
  async send(message: string) {
    try {
      return await transport.send(message);
    } catch (error) {
      return this.send(message);
    }
  },
};`,
    errors: [
      {
        messageId: 'unboundedRecursiveRetry',
        data: { name: 'this.send' },
        line: 7,
        column: 14,
        endLine: 7,
        endColumn: 32,
      },
    ],
  },
  {
    name: 'a retry on the left of ||',
    code: `
async function send(message: string) {
  try {
    return await transport.send(message);
  } catch (error) {
    return send(message) || fallback;
  }
}`,
    errors: [
      {
        messageId: 'unboundedRecursiveRetry',
        data: { name: 'send' },
        line: 6,
        column: 12,
        endLine: 6,
        endColumn: 25,
      },
    ],
  },
  {
    name: 'a constant in the test does not change',
    code: `
const MAX = 3;
async function send(message: string) {
  try {
    return await transport.send(message);
  } catch (error) {
    if (MAX > 0) return send(message);
    throw error;
  }
}`,
    errors: [
      {
        messageId: 'unboundedRecursiveRetry',
        data: { name: 'send' },
        line: 7,
        column: 25,
        endLine: 7,
        endColumn: 38,
      },
    ],
  },
  {
    name: 'new of another class in the catch',
    code: `
async function send(message: string) {
  try {
    return await transport.send(message);
  } catch (error) {
    if (new Budget().left() || new clock.Now()) return send(message);
    throw error;
  }
}`,
    errors: [
      {
        messageId: 'unboundedRecursiveRetry',
        data: { name: 'send' },
        line: 6,
        column: 56,
        endLine: 6,
        endColumn: 69,
      },
    ],
  },
  {
    name: 'options in a const',
    code: `
import pRetry from 'p-retry';
const options = { forever: true };
await pRetry(run, options);`,
    errors: [
      {
        messageId: 'infiniteRetryOption',
        data: { option: 'forever', library: 'p-retry' },
        line: 3,
        column: 19,
        endLine: 3,
        endColumn: 32,
      },
    ],
  },
  {
    name: 'quoted and computed option keys',
    code: `
import pRetry from 'p-retry';
await pRetry(run, { [key]: true, 'forever': true, 1: true });`,
    errors: [
      {
        messageId: 'infiniteRetryOption',
        data: { option: 'forever', library: 'p-retry' },
        line: 3,
        column: 34,
        endLine: 3,
        endColumn: 49,
      },
    ],
  },
  {
    name: 'a for await in the try block',
    code: `
async function load(url: string) {
  while (true) {
    try {
      for await (const chunk of stream) sink.write(chunk);
      return;
    } catch (error) {
      logger.warn(error);
    }
  }
}`,
    errors: [
      {
        messageId: 'unboundedRetry',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 15,
      },
      {
        messageId: 'retryWithoutDelay',
        line: 7,
        column: 7,
        endLine: 7,
        endColumn: 20,
      },
    ],
  },
  {
    name: 'a labelled break of the loop',
    code: `
async function send(message: string) {
  outer: while (true) {
    try {
      await queue.send(message);
      break outer;
    } catch (error) {
      await sleep(1000);
    }
  }
}`,
    errors: [
      {
        messageId: 'unboundedRetry',
        line: 3,
        column: 10,
        endLine: 3,
        endColumn: 22,
      },
    ],
  },
  {
    name: 'a break out of a switch in the guard does not leave the loop',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      if (attempt >= 5) {
        switch (mode) {
          case 1:
            break;
        }
      }
      await sleep(1000);
    }
  }
}`,
    errors: [
      {
        messageId: 'unboundedRetry',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 37,
      },
    ],
  },
  {
    name: 'a break out of a labelled block in the guard does not leave the loop',
    code: `
async function load(url: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await client.get(url);
    } catch (error) {
      inner: {
        if (attempt >= 5) break inner;
      }
      await sleep(1000);
    }
  }
}`,
    errors: [
      {
        messageId: 'unboundedRetry',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 37,
      },
    ],
  },
  {
    name: 'a var declared twice is not followed',
    code: `
async function load(url: string) {
  while (true) {
    try {
      return await client.get(url);
    } catch (error) {
      var limit = attempt;
      var limit = 5;
      if (limit > 4) throw error;
      await sleep(1000);
    }
  }
}`,
    errors: [
      {
        messageId: 'unboundedRetry',
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 15,
      },
    ],
  },
  ],
});
