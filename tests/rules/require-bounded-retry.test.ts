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
