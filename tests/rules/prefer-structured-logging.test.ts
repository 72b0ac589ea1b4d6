import rule from '../../src/rules/prefer-structured-logging.js';
import { createJsRuleTester, createRuleTester } from '../RuleTester.js';

const ruleTester = createRuleTester();
const jsRuleTester = createJsRuleTester();

ruleTester.run('prefer-structured-logging', rule, {
  valid: [
    "logger.info('user logged in');",
    "logger.info({ userId: user.id }, 'user logged in');",
    "logger.info('user logged in', { userId: user.id });",
    'logger.info(`user logged in`);',
    "logger.error({ err }, 'payment failed');",
    {
      name: 'printf-style arguments keep the message constant',
      code: "logger.info('user %s logged in', user.id);",
    },
    {
      name: 'values the file can compute are constant',
      code: "const SERVICE = 'billing';\nlogger.info(`${SERVICE} started`);",
    },
    {
      name: 'a message with no words of its own has no constant part to keep',
      code: 'logger.info(`${method} ${url} ${status}`);',
    },
    {
      name: 'a message passed through is not built here',
      code: 'logger.error(`${error.message}`);',
    },
    {
      name: 'an addition without a string is not a message',
      code: 'logger.info(count + offset);',
    },
    {
      name: 'console is not a logger unless the team lists it',
      code: 'console.log(`user ${user.id} logged in`);',
    },
    {
      name: 'an object with another name is not a logger',
      code: 'audit.info(`user ${user.id} logged in`);',
    },
    {
      name: 'methods that do not write a line',
      code: 'logger.setContext(`worker ${id}`);\nlogger.child({ component: `queue ${name}` });',
    },
    {
      name: 'a method of this is not a logger call (oclif commands)',
      code: 'class Deploy { run() { this.log(`deploying ${this.app}`); } }',
    },
    {
      name: 'a function named log is not a logger object',
      code: 'log(`user ${user.id} logged in`);',
    },
    {
      name: 'a tagged template is not a plain message',
      code: 'logger.info(sql`select * from users where id = ${id}`);',
    },
    {
      name: 'errors and other strings are not log calls',
      code: 'throw new Error(`user ${user.id} not found`);',
    },
    {
      name: 'a template that is not the message',
      code: "logger.info('request', { path: `/users/${id}` });",
    },
    {
      name: 'loggers option replaces the setting',
      code: 'audit.info(`user ${user.id} logged in`);',
      options: [{ loggers: ['trail'] }],
      settings: { reliability: { loggers: ['audit'] } },
    },
  ],
  invalid: [
    {
      name: 'template literal, pino style by default',
      code: 'logger.info(`user ${user.id} logged in`);',
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'moveValuesToFields',
              data: { fields: '`userId`' },
              output: "logger.info({ userId: user.id }, 'user logged in');",
            },
          ],
        },
      ],
    },
    {
      name: 'winston style puts the fields after the message',
      code: 'logger.info(`user ${user.id} logged in`);',
      options: [{ style: 'winston' }],
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'moveValuesToFields',
              data: { fields: '`userId`' },
              output: "logger.info('user logged in', { userId: user.id });",
            },
          ],
        },
      ],
    },
    {
      name: 'string concatenation',
      code: "logger.warn('Order ' + order.id + ' shipped to ' + address);",
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'moveValuesToFields',
              data: { fields: '`orderId`, `address`' },
              output: "logger.warn({ orderId: order.id, address }, 'Order shipped to');",
            },
          ],
        },
      ],
    },
    {
      name: 'an identifier keeps its name, a trailing separator goes',
      code: 'log.error(`Payment failed: ${err}`);',
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 35,
          suggestions: [{ messageId: 'moveValuesToFields', data: { fields: '`err`' }, output: "log.error({ err }, 'Payment failed');" }],
        },
      ],
    },
    {
      name: 'a logger on this, in a class',
      code: `
class Worker {
  run(job: Job) {
    this.logger.info(\`Job \${job.id} started after \${delay}ms\`);
  }
}`,
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 4,
          column: 22,
          endLine: 4,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'moveValuesToFields',
              data: { fields: '`jobId`, `delay`' },
              output: `
class Worker {
  run(job: Job) {
    this.logger.info({ jobId: job.id, delay }, 'Job started after');
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: "Fastify's request logger",
      code: 'request.log.info(`cache miss for ${key}`);',
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 41,
          suggestions: [{ messageId: 'moveValuesToFields', data: { fields: '`key`' }, output: "request.log.info({ key }, 'cache miss for');" }],
        },
      ],
    },
    {
      name: 'a logger named in settings',
      code: 'audit.info(`user ${user.id} logged in`);',
      settings: { reliability: { loggers: ['audit'] } },
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 1,
          column: 12,
          endLine: 1,
          endColumn: 39,
          suggestions: [
            { messageId: 'moveValuesToFields', data: { fields: '`userId`' }, output: "audit.info({ userId: user.id }, 'user logged in');" },
          ],
        },
      ],
    },
    {
      name: 'console, when the team lists it',
      code: 'console.log(`Listening on port ${port}`);',
      settings: { reliability: { loggers: ['console'] } },
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 40,
          suggestions: [{ messageId: 'moveValuesToFields', data: { fields: '`port`' }, output: "console.log({ port }, 'Listening on port');" }],
        },
      ],
    },
    {
      name: 'a pino logger created in the file, whatever its name and the style option',
      code: `
import pino from 'pino';
const appLogger = pino();
appLogger.info(\`listening on \${port}\`);`,
      options: [{ style: 'winston' }],
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'moveValuesToFields',
              data: { fields: '`port`' },
              output: `
import pino from 'pino';
const appLogger = pino();
appLogger.info({ port }, 'listening on');`,
            },
          ],
        },
      ],
    },
    {
      name: 'a winston logger created in the file takes the message first',
      code: `
import winston from 'winston';
const appLogger = winston.createLogger({ level: 'info' });
appLogger.info(\`listening on \${port}\`);`,
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 4,
          column: 16,
          endLine: 4,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'moveValuesToFields',
              data: { fields: '`port`' },
              output: `
import winston from 'winston';
const appLogger = winston.createLogger({ level: 'info' });
appLogger.info('listening on', { port });`,
            },
          ],
        },
      ],
    },
    {
      name: 'a renamed import of a bunyan factory',
      code: `
import { createLogger as makeLogger } from 'bunyan';
const jobs = makeLogger({ name: 'jobs' });
jobs.warn(\`retrying \${jobId}\`);`,
      options: [{ style: 'winston' }],
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'moveValuesToFields',
              data: { fields: '`jobId`' },
              output: `
import { createLogger as makeLogger } from 'bunyan';
const jobs = makeLogger({ name: 'jobs' });
jobs.warn({ jobId }, 'retrying');`,
            },
          ],
        },
      ],
    },
    {
      name: 'a child of a logger is a logger',
      code: `
const requestLog = logger.child({ requestId });
requestLog.info(\`fetched \${rows.length} rows\`);`,
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'moveValuesToFields',
              data: { fields: '`rowsLength`' },
              output: `
const requestLog = logger.child({ requestId });
requestLog.info({ rowsLength: rows.length }, 'fetched rows');`,
            },
          ],
        },
      ],
    },
    {
      name: "NestJS's Logger takes the message first",
      code: `
import { Logger } from '@nestjs/common';
class Orders {
  private readonly logger = new Logger(Orders.name);
  ship(id: string) {
    this.logger.log(\`Shipping order \${id}\`);
  }
}`,
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'moveValuesToFields',
              data: { fields: '`id`' },
              output: `
import { Logger } from '@nestjs/common';
class Orders {
  private readonly logger = new Logger(Orders.name);
  ship(id: string) {
    this.logger.log('Shipping order', { id });
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a logger typed in a constructor parameter property',
      code: `
import type { Logger } from 'winston';
class Billing {
  constructor(private readonly log: Logger) {}
  charge(amount: number) {
    this.log.info(\`charging \${amount}\`);
  }
}`,
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 6,
          column: 19,
          endLine: 6,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'moveValuesToFields',
              data: { fields: '`amount`' },
              output: `
import type { Logger } from 'winston';
class Billing {
  constructor(private readonly log: Logger) {}
  charge(amount: number) {
    this.log.info('charging', { amount });
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a parameter typed with a pino logger, through a namespace',
      code: `
import type * as pino from 'pino';
export function handle(sink: pino.Logger, id: string) {
  sink.debug(\`handling \${id}\`);
}`,
      options: [{ style: 'winston' }],
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'moveValuesToFields',
              data: { fields: '`id`' },
              output: `
import type * as pino from 'pino';
export function handle(sink: pino.Logger, id: string) {
  sink.debug({ id }, 'handling');
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'pino: fields join the object the call already passes',
      code: 'logger.error({ requestId }, `upstream ${service} failed`);',
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'moveValuesToFields',
              data: { fields: '`service`' },
              output: "logger.error({ requestId, service }, 'upstream failed');",
            },
          ],
        },
      ],
    },
    {
      name: 'pino: an empty fields object',
      code: 'logger.error({}, `upstream ${service} failed`);',
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 46,
          suggestions: [{ messageId: 'moveValuesToFields', data: { fields: '`service`' }, output: "logger.error({ service }, 'upstream failed');" }],
        },
      ],
    },
    {
      name: 'pino: a clashing key gives no suggestion',
      code: "logger.error({ service: 'billing' }, `upstream ${service} failed`);",
      errors: [{ messageId: 'interpolatedLogMessage', line: 1, column: 38, endLine: 1, endColumn: 66, suggestions: [] }],
    },
    {
      name: 'pino: an error first gives no suggestion',
      code: 'logger.error(err, `upstream ${service} failed`);',
      errors: [{ messageId: 'interpolatedLogMessage', line: 1, column: 19, endLine: 1, endColumn: 47, suggestions: [] }],
    },
    {
      name: 'pino: arguments after the message give no suggestion',
      code: 'logger.info(`took ${ms} for`, extra);',
      errors: [{ messageId: 'interpolatedLogMessage', line: 1, column: 13, endLine: 1, endColumn: 29, suggestions: [] }],
    },
    {
      name: 'winston: fields join the metadata object',
      code: "logger.info(`user ${user.id} logged in`, { source: 'sso' });",
      options: [{ style: 'winston' }],
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'moveValuesToFields',
              data: { fields: '`userId`' },
              output: "logger.info('user logged in', { source: 'sso', userId: user.id });",
            },
          ],
        },
      ],
    },
    {
      name: "winston's log(level, message)",
      code: "logger.log('warn', `disk ${disk.name} almost full`);",
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'moveValuesToFields',
              data: { fields: '`diskName`' },
              output: "logger.log('warn', 'disk almost full', { diskName: disk.name });",
            },
          ],
        },
      ],
    },
    {
      name: 'a value without a name gives no suggestion',
      code: 'logger.info(`body was ${JSON.stringify(body)}`);',
      errors: [{ messageId: 'interpolatedLogMessage', line: 1, column: 13, endLine: 1, endColumn: 47, suggestions: [] }],
    },
    {
      name: 'numbers added before the first string stay one value, which has no name',
      code: "logger.info(started + elapsed + ' ms since start');",
      errors: [{ messageId: 'interpolatedLogMessage', line: 1, column: 13, endLine: 1, endColumn: 50, suggestions: [] }],
    },
    {
      name: 'a constant next to a value gives no suggestion',
      code: "const SERVICE = 'billing';\nlogger.info(`${SERVICE} charged ${amount}`);",
      errors: [{ messageId: 'interpolatedLogMessage', line: 2, column: 13, endLine: 2, endColumn: 43, suggestions: [] }],
    },
    {
      name: 'two values with one name give no suggestion',
      code: 'logger.info(`user ${user.id} is ${userId}`);',
      errors: [{ messageId: 'interpolatedLogMessage', line: 1, column: 13, endLine: 1, endColumn: 43, suggestions: [] }],
    },
    {
      name: 'a comment inside the message gives no suggestion',
      code: "logger.info('user ' + /* the caller */ user.id + ' logged in');",
      errors: [{ messageId: 'interpolatedLogMessage', line: 1, column: 13, endLine: 1, endColumn: 62, suggestions: [] }],
    },
    {
      name: 'a value used twice is one field',
      code: 'logger.info(`retry ${attempt} of job, attempt ${attempt}`);',
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 58,
          suggestions: [{ messageId: 'moveValuesToFields', data: { fields: '`attempt`' }, output: "logger.info({ attempt }, 'retry of job, attempt');" }],
        },
      ],
    },
    {
      name: 'optional chaining on the logger and the value',
      code: 'logger?.info(`user ${user?.id} logged in`);',
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 42,
          suggestions: [
            { messageId: 'moveValuesToFields', data: { fields: '`userId`' }, output: "logger?.info({ userId: user?.id }, 'user logged in');" },
          ],
        },
      ],
    },
    {
      name: 'TS wrappers on the value keep their text',
      code: 'logger.info(`user ${(user as User).id} saved ${draft!}`);',
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'moveValuesToFields',
              data: { fields: '`userId`, `draft`' },
              output: "logger.info({ userId: (user as User).id, draft: draft! }, 'user saved');",
            },
          ],
        },
      ],
    },
    {
      name: 'quotes around a value and an apostrophe in the text',
      code: "logger.info(`Can't reach '${host}' after ${retries} retries`);",
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'moveValuesToFields',
              data: { fields: '`host`, `retries`' },
              output: 'logger.info({ host, retries }, "Can\'t reach after retries");',
            },
          ],
        },
      ],
    },
    {
      name: 'connectors between two values go with them',
      code: 'logger.info(`revision advanced: ${from} -> ${to}`);',
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 50,
          suggestions: [{ messageId: 'moveValuesToFields', data: { fields: '`from`, `to`' }, output: "logger.info({ from, to }, 'revision advanced');" }],
        },
      ],
    },
    {
      name: 'key=value pairs and computed keys',
      code: "logger.info(`request id=${req.headers['x-request-id']} port=${process.env.PORT}`);",
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'moveValuesToFields',
              data: { fields: '`headersXRequestId`, `envPort`' },
              output: "logger.info({ headersXRequestId: req.headers['x-request-id'], envPort: process.env.PORT }, 'request id port');",
            },
          ],
        },
      ],
    },
    {
      name: 'inside a nested function',
      code: `
export const handler = async (event: Event) => {
  await Promise.all(event.records.map(async (record) => {
    logger.debug(\`processing \${record.id}\`);
  }));
};`,
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'moveValuesToFields',
              data: { fields: '`recordId`' },
              output: `
export const handler = async (event: Event) => {
  await Promise.all(event.records.map(async (record) => {
    logger.debug({ recordId: record.id }, 'processing');
  }));
};`,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('prefer-structured-logging (JS)', rule, {
  valid: ["logger.info('user logged in', { id });", 'debug(`user ${id} logged in`);'],
  invalid: [
    {
      name: 'concatenation in a CommonJS file with a required winston',
      code: `
const { createLogger } = require('winston');
const audit = createLogger();
audit.info('user ' + id + ' logged in');`,
      errors: [
        {
          messageId: 'interpolatedLogMessage',
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'moveValuesToFields',
              data: { fields: '`id`' },
              output: `
const { createLogger } = require('winston');
const audit = createLogger();
audit.info('user logged in', { id });`,
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('prefer-structured-logging: more loggers, styles and fields', rule, {
  valid: [
  {
    name: 'a log call without arguments',
    code: 'logger.info();',
  },
  {
    name: 'a log call with a spread',
    code: 'logger.info(...args);',
  },
  {
    name: 'children too deep to follow',
    code: 'request.child({}).child({}).child({}).child({}).child({}).child({}).info(`user ${id} logged in`);',
    options: [{ loggers: ['request'] }],
  },
  {
    name: 'super is not a logger',
    code: `
class AuditLogger extends Base {
  info(message: string) {
    super.info(\`audit \${message} logged\`);
  }
}`,
  },
  {
    name: 'aliases too deep to follow',
    code: `
import pino from 'pino';
const a = pino();
const b = a;
const c = b;
const d = c;
const e = d;
const f = e;
f.info(\`user \${id} logged in\`);`,
  },
  {
    name: 'new of a class that is no logger factory',
    code: 'new Console().info(`user ${id} logged in`);',
  },
  {
    name: 'a computed member of this is no logger',
    code: `
class Service {
  run() {
    this[key].info(\`user \${id} logged in\`);
  }
}`,
  },
  ],
  invalid: [
  {
    name: 'a parenthesized optional child',
    code: '(logger?.child({ requestId })).info(`user ${id} logged in`);',
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 1,
        column: 37,
        endLine: 1,
        endColumn: 59,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `(logger?.child({ requestId })).info({ id }, 'user logged in');` },
        ],
      },
    ],
  },
  {
    name: 'an awaited pino logger',
    code: `
import pino from 'pino';
(await pino()).info(\`user \${id} logged in\`);`,
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 3,
        column: 21,
        endLine: 3,
        endColumn: 43,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `
import pino from 'pino';
(await pino()).info({ id }, 'user logged in');` },
        ],
      },
    ],
  },
  {
    name: `winston's default logger`,
    code: `
import winston from 'winston';
winston.info(\`user \${id} logged in\`);`,
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 3,
        column: 14,
        endLine: 3,
        endColumn: 36,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `
import winston from 'winston';
winston.info('user logged in', { id });` },
        ],
      },
    ],
  },
  {
    name: `winston's default logger through a namespace import`,
    code: `
import * as winston from 'winston';
winston.info(\`user \${id} logged in\`);`,
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 3,
        column: 14,
        endLine: 3,
        endColumn: 36,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `
import * as winston from 'winston';
winston.info('user logged in', { id });` },
        ],
      },
    ],
  },
  {
    name: 'a logger imported from the project',
    code: `
import { logger } from './log';
logger.info(\`user \${id} logged in\`);`,
    options: [{ style: 'winston' }],
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 3,
        column: 13,
        endLine: 3,
        endColumn: 35,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `
import { logger } from './log';
logger.info('user logged in', { id });` },
        ],
      },
    ],
  },
  {
    name: 'a logger function with members',
    code: `
function logger() {}
logger.info(\`user \${id} logged in\`);`,
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 3,
        column: 13,
        endLine: 3,
        endColumn: 35,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `
function logger() {}
logger.info({ id }, 'user logged in');` },
        ],
      },
    ],
  },
  {
    name: 'a destructured logger',
    code: `
const { logger } = deps;
logger.info(\`user \${id} logged in\`);`,
    options: [{ style: 'winston' }],
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 3,
        column: 13,
        endLine: 3,
        endColumn: 35,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `
const { logger } = deps;
logger.info('user logged in', { id });` },
        ],
      },
    ],
  },
  {
    name: 'a variable typed as a pino logger',
    code: `
import type pino from 'pino';
const log: pino.Logger = make();
log.info(\`user \${id} logged in\`);`,
    options: [{ style: 'winston' }],
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 32,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `
import type pino from 'pino';
const log: pino.Logger = make();
log.info({ id }, 'user logged in');` },
        ],
      },
    ],
  },
  {
    name: 'a logger assigned after its declaration',
    code: `
import pino from 'pino';
let logger;
logger = pino();
logger.info(\`user \${id} logged in\`);`,
    options: [{ style: 'winston' }],
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 5,
        column: 13,
        endLine: 5,
        endColumn: 35,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `
import pino from 'pino';
let logger;
logger = pino();
logger.info('user logged in', { id });` },
        ],
      },
    ],
  },
  {
    name: 'this.logger in a nested function declaration is a logger by its name',
    code: `
class Service {
  logger = pino();
  run() {
    function inner() {
      this.logger.info(\`user \${id} logged in\`);
    }
  }
}`,
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 6,
        column: 24,
        endLine: 6,
        endColumn: 46,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `
class Service {
  logger = pino();
  run() {
    function inner() {
      this.logger.info({ id }, 'user logged in');
    }
  }
}` },
        ],
      },
    ],
  },
  {
    name: 'this.logger in a nested function expression is a logger by its name',
    code: `
class Service {
  logger = pino();
  run() {
    const inner = function () {
      this.logger.info(\`user \${id} logged in\`);
    };
  }
}`,
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 6,
        column: 24,
        endLine: 6,
        endColumn: 46,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `
class Service {
  logger = pino();
  run() {
    const inner = function () {
      this.logger.info({ id }, 'user logged in');
    };
  }
}` },
        ],
      },
    ],
  },
  {
    name: 'a NestJS logger field with a type',
    code: `
import { Logger } from '@nestjs/common';
class Service {
  private readonly logger: Logger = makeLogger();
  run() {
    this.logger.log(\`user \${id} logged in\`);
  }
}`,
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 6,
        column: 21,
        endLine: 6,
        endColumn: 43,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `
import { Logger } from '@nestjs/common';
class Service {
  private readonly logger: Logger = makeLogger();
  run() {
    this.logger.log('user logged in', { id });
  }
}` },
        ],
      },
    ],
  },
  {
    name: 'a logger field without a value',
    code: `
class Service {
  logger;
  handle = function () {
    this.logger.info(\`user \${id} logged in\`);
  };
}`,
    options: [{ style: 'winston' }],
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 5,
        column: 22,
        endLine: 5,
        endColumn: 44,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `
class Service {
  logger;
  handle = function () {
    this.logger.info('user logged in', { id });
  };
}` },
        ],
      },
    ],
  },
  {
    name: 'a parameter property after a plain parameter, with a default',
    code: `
import { PinoLogger } from 'nestjs-pino';
class Service {
  constructor(name: string, private readonly other: Other, private readonly logger: PinoLogger = fallback) {}
  run() {
    this.logger.info(\`user \${id} logged in\`);
  }
}`,
    options: [{ style: 'winston' }],
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 6,
        column: 22,
        endLine: 6,
        endColumn: 44,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `
import { PinoLogger } from 'nestjs-pino';
class Service {
  constructor(name: string, private readonly other: Other, private readonly logger: PinoLogger = fallback) {}
  run() {
    this.logger.info({ id }, 'user logged in');
  }
}` },
        ],
      },
    ],
  },
  {
    name: 'a private logger field',
    code: `
import pino from 'pino';
class Service {
  #logger = pino();
  run() {
    this.#logger.info(\`user \${id} logged in\`);
  }
}`,
    options: [{ style: 'winston' }],
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 6,
        column: 23,
        endLine: 6,
        endColumn: 45,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `
import pino from 'pino';
class Service {
  #logger = pino();
  run() {
    this.#logger.info({ id }, 'user logged in');
  }
}` },
        ],
      },
    ],
  },
  {
    name: 'a logger field with a quoted name',
    code: `
import winston from 'winston';
class Service {
  'logger' = winston.createLogger();
  run() {
    this.logger.info(\`user \${id} logged in\`);
  }
}`,
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 6,
        column: 22,
        endLine: 6,
        endColumn: 44,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `
import winston from 'winston';
class Service {
  'logger' = winston.createLogger();
  run() {
    this.logger.info('user logged in', { id });
  }
}` },
        ],
      },
    ],
  },
  {
    name: 'a logger typed with a type literal',
    code: `const log: { info(message: string): void } = make();
log.info(\`user \${id} logged in\`);`,
    options: [{ style: 'winston' }],
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 2,
        column: 10,
        endLine: 2,
        endColumn: 32,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `const log: { info(message: string): void } = make();
log.info('user logged in', { id });` },
        ],
      },
    ],
  },
  {
    name: 'a logger typed with a nested qualified name',
    code: `const log: ns.sub.Logger = make();
log.info(\`user \${id} logged in\`);`,
    options: [{ style: 'winston' }],
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 2,
        column: 10,
        endLine: 2,
        endColumn: 32,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `const log: ns.sub.Logger = make();
log.info('user logged in', { id });` },
        ],
      },
    ],
  },
  {
    name: 'a logger typed with a local type',
    code: `const log: AppLogger = make();
log.info(\`user \${id} logged in\`);`,
    options: [{ style: 'winston' }],
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 2,
        column: 10,
        endLine: 2,
        endColumn: 32,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `const log: AppLogger = make();
log.info('user logged in', { id });` },
        ],
      },
    ],
  },
  {
    name: 'a NestJS Logger type through a namespace import',
    code: `
import * as common from '@nestjs/common';
const log: common.Logger = make();
log.log(\`user \${id} logged in\`);`,
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 31,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `
import * as common from '@nestjs/common';
const log: common.Logger = make();
log.log('user logged in', { id });` },
        ],
      },
    ],
  },
  {
    name: 'a NestJS type that is no logger',
    code: `
import { Injectable } from '@nestjs/common';
const log: Injectable = make();
log.info(\`user \${id} logged in\`);`,
    options: [{ style: 'winston' }],
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 32,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `
import { Injectable } from '@nestjs/common';
const log: Injectable = make();
log.info('user logged in', { id });` },
        ],
      },
    ],
  },
  {
    name: 'winston: an error first gives no suggestion',
    code: 'logger.error(error, `failed to load ${id}`);',
    options: [{ style: 'winston' }],
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 1,
        column: 21,
        endLine: 1,
        endColumn: 43,
        suggestions: [],
      },
    ],
  },
  {
    name: 'winston: fields join the metadata object',
    code: 'logger.info(`user ${id} logged in`, { requestId });',
    options: [{ style: 'winston' }],
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 1,
        column: 13,
        endLine: 1,
        endColumn: 35,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `logger.info('user logged in', { requestId, id });` },
        ],
      },
    ],
  },
  {
    name: 'winston: two arguments after the message give no suggestion',
    code: 'logger.info(`user ${id} logged in`, meta, extra);',
    options: [{ style: 'winston' }],
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 1,
        column: 13,
        endLine: 1,
        endColumn: 35,
        suggestions: [],
      },
    ],
  },
  {
    name: 'pino: a spread in the fields object gives no suggestion',
    code: 'logger.info({ ...base }, `user ${id} logged in`);',
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 1,
        column: 26,
        endLine: 1,
        endColumn: 48,
        suggestions: [],
      },
    ],
  },
  {
    name: 'pino: an empty fields object with a comment',
    code: 'logger.info({ /* filled below */ }, `user ${id} logged in`);',
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 1,
        column: 37,
        endLine: 1,
        endColumn: 59,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `logger.info({ /* filled below */  id }, 'user logged in');` },
        ],
      },
    ],
  },
  {
    name: 'pino: a quoted key in the fields object',
    code: "logger.info({ 'requestId': requestId }, `user ${id} logged in`);",
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 1,
        column: 41,
        endLine: 1,
        endColumn: 63,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `logger.info({ 'requestId': requestId, id }, 'user logged in');` },
        ],
      },
    ],
  },
  {
    name: 'a template literal added to a string',
    code: "logger.info('user ' + `${id} logged in`);",
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 1,
        column: 13,
        endLine: 1,
        endColumn: 40,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `logger.info({ id }, 'user logged in');` },
        ],
      },
    ],
  },
  {
    name: 'a field named after a member of this',
    code: `
class Server {
  start() {
    logger.info(\`listening on \${this.port} now\`);
  }
}`,
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 4,
        column: 17,
        endLine: 4,
        endColumn: 48,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`port`' }, output: `
class Server {
  start() {
    logger.info({ port: this.port }, 'listening on now');
  }
}` },
        ],
      },
    ],
  },
  {
    name: 'members without letters give no name',
    code: "logger.info(`value ${data['-']['+']} stored`);",
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 1,
        column: 13,
        endLine: 1,
        endColumn: 45,
        suggestions: [],
      },
    ],
  },
  {
    name: 'members that make no identifier give no name',
    code: "logger.info(`value ${item['0']['1']} stored`);",
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 1,
        column: 13,
        endLine: 1,
        endColumn: 45,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a line break and a backslash in the kept message are escaped',
    code: "logger.info(`first\\nsecond\\\\third ${id}`);",
    errors: [
      {
        messageId: 'interpolatedLogMessage',
        line: 1,
        column: 13,
        endLine: 1,
        endColumn: 41,
        suggestions: [
          { messageId: 'moveValuesToFields', data: { fields: '`id`' }, output: `logger.info({ id }, 'first second\\\\third');` },
        ],
      },
    ],
  },
  ],
});
