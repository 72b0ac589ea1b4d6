import rule from '../../src/rules/require-idempotent-sql.js';
import { createJsRuleTester, createRuleTester } from '../RuleTester.js';

const ruleTester = createRuleTester();
const jsRuleTester = createJsRuleTester();

ruleTester.run('require-idempotent-sql', rule, {
  valid: [
  {
    name: 'guarded DDL',
    code: 'await pool.query(\'CREATE TABLE IF NOT EXISTS t (a int); CREATE INDEX IF NOT EXISTS t_a ON t (a); DROP TABLE IF EXISTS old_t; CREATE OR REPLACE VIEW v AS SELECT 1; ALTER TABLE t ADD COLUMN IF NOT EXISTS b int, DROP COLUMN IF EXISTS c\');',
  },
  {
    name: 'INSERT with ON CONFLICT',
    code: 'await pool.query(\'INSERT INTO orders (id) VALUES ($1) ON CONFLICT (id) DO NOTHING\', [id]);',
  },
  {
    name: 'INSERT ... SELECT WHERE NOT EXISTS',
    code: 'await pool.query(`INSERT INTO order_totals (order_id) SELECT id FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_totals t WHERE t.order_id = o.id)`);',
  },
  {
    name: 'anti-join on the target',
    code: 'await pool.query(`INSERT INTO order_totals (order_id) SELECT o.id FROM orders o LEFT JOIN order_totals t ON t.order_id = o.id WHERE t.order_id IS NULL`);',
  },
  {
    name: 'data-modifying CTE with ON CONFLICT',
    code: 'await pool.query(`WITH moved AS (DELETE FROM inbox RETURNING *) INSERT INTO archive SELECT * FROM moved ON CONFLICT DO NOTHING`);',
  },
  {
    name: 'SQL in comments and string literals is not a statement',
    code: `
await pool.query(\`-- INSERT INTO orders VALUES (1)
/* CREATE TABLE t (a int) */ SELECT 'DROP TABLE x; INSERT INTO y VALUES (1)' AS text, $$CREATE TABLE z$$\`);`,
  },
  {
    name: 'a literal that is not passed to a SQL call',
    code: `
const statement = 'INSERT INTO orders VALUES (1)';
logger.info(statement);`,
  },
  {
    name: 'an ORM building its own SQL fragments',
    code: `
parts.push('INSERT INTO ' + table);
this.append(\`INSERT INTO \${table} (\${columns}) VALUES \`);`,
  },
  {
    name: 'a temporary table lives as long as the session',
    code: 'await pool.query(`CREATE TEMP TABLE ids (id int); CREATE INDEX ON ids (id); INSERT INTO ids SELECT id FROM orders; ALTER TABLE ids ADD COLUMN done bool; DROP TABLE ids`);',
  },
  {
    name: 'the table is emptied first',
    code: `
await pool.query('TRUNCATE order_totals');
await pool.query('INSERT INTO order_totals SELECT order_id, sum(amount) FROM order_lines GROUP BY 1');`,
  },
  {
    name: 'knex seed that deletes first',
    code: `
export async function seed(knex) {
  await knex('users').del();
  await knex('users').insert([{ id: 1 }]);
}`,
  },
  {
    name: 'Prisma seed that deletes first',
    code: `
await prisma.user.deleteMany();
await prisma.user.createMany({ data: users });`,
  },
  {
    name: 'a table emptied by a computed name: any insert may be a refill',
    code: `
for (const table of tables) await prisma.$executeRawUnsafe(\`TRUNCATE TABLE \${table}\`);
await prisma.user.createMany({ data: users });`,
  },
  {
    name: 'a delete earlier in the same function: rows may cascade',
    code: `
await prisma.$transaction(async (tx) => {
  await tx.pricingTier.deleteMany({ where: { modelId } });
  await tx.price.createMany({ data: prices });
});`,
  },
  {
    name: 'upserts',
    code: `
await knex('orders').insert(rows).onConflict('id').merge();
await db.insert(orders).values(rows).onConflictDoNothing();
await db.insertInto('orders').values(rows).onConflict((oc) => oc.doNothing()).execute();
await prisma.order.createMany({ data: rows, skipDuplicates: true });
await prisma.order.upsert({ where: { id }, create: row, update: row });`,
  },
  {
    name: 'an insert after a lookup',
    code: `
const existing = await prisma.user.findUnique({ where: { email } });
if (!existing) await prisma.user.create({ data: { email } });`,
  },
  {
    name: 'an insert after an early continue',
    code: `
for (const row of rows) {
  const { rowCount } = await pool.query('SELECT 1 FROM orders WHERE id = $1', [row.id]);
  if (rowCount) continue;
  await pool.query('INSERT INTO orders (id) VALUES ($1)', [row.id]);
}`,
  },
  {
    name: 'an insert that may collide, with the duplicate-key error handled',
    code: `
try {
  await pool.query('INSERT INTO orders (id) VALUES ($1)', [id]);
} catch (error) {
  if (error.code !== '23505') throw error;
}`,
  },
  {
    name: 'a ${...} at the end may be the conflict clause',
    code: `
await sql\`INSERT INTO orders \${sql(rows)}\`;
await pool.query(\`INSERT INTO orders (id) VALUES ($1) \${onConflict}\`, [id]);`,
  },
  {
    name: 'a ${...} in place of the name may hold IF NOT EXISTS',
    code: 'await pool.query(`CREATE TABLE ${ifNotExists} orders (id int)`);',
  },
  {
    name: 'a helper that other files call: the caller decides',
    code: `
export async function seedUser(email: string) {
  return prisma.user.create({ data: { email } });
}`,
  },
  {
    name: 'a table that logs each run',
    code: `
await pool.query('INSERT INTO migration_log (name) VALUES ($1)', [name]);
await prisma.auditLog.create({ data: { action: 'backfill' } });`,
  },
  {
    name: 'a log file is meant to grow',
    code: `
import { appendFileSync } from 'node:fs';
appendFileSync('backfill.log', \`\${id} done\\n\`);
appendFileSync(ERRORS_FILE, line);`,
  },
  {
    name: 'a local object named fs is not node:fs',
    code: `
const fs = { appendFileSync(path: string, text: string) {} };
fs.appendFileSync('orders.csv', line);`,
  },
  {
    name: 'files option: a file outside the globs',
    filename: 'src/orders/service.ts',
    code: 'await pool.query(\'INSERT INTO orders VALUES (1)\');',
    options: [{ files: ['**/scripts/**', '**/*seed*.ts'] }],
  },
  {
    name: 'mysql: INSERT IGNORE, ON DUPLICATE KEY UPDATE, CREATE OR REPLACE VIEW',
    code: 'await db.query(\'INSERT IGNORE INTO t VALUES (1); INSERT INTO t VALUES (2) ON DUPLICATE KEY UPDATE a = 2; CREATE OR REPLACE VIEW v AS SELECT 1; DROP TABLE IF EXISTS `old`\');',
    options: [{ dialect: 'mysql' }],
  },
  {
    name: 'mysql: executable comments hold code',
    code: 'await db.query(\'CREATE DATABASE /*!32312 IF NOT EXISTS*/ `shop`\');',
    options: [{ dialect: 'mysql' }],
  },
  {
    name: 'sqlite: INSERT OR IGNORE and a trigger body',
    code: 'db.exec(`INSERT OR IGNORE INTO t VALUES (1); CREATE TRIGGER IF NOT EXISTS t_log AFTER INSERT ON t BEGIN INSERT INTO t_history VALUES (new.a); END;`);',
    options: [{ dialect: 'sqlite' }],
  },
  {
    name: 'postgres: a function body is a string',
    code: 'await pool.query(`CREATE OR REPLACE FUNCTION f() RETURNS trigger AS $body$ BEGIN INSERT INTO t VALUES (1); RETURN NEW; END $body$ LANGUAGE plpgsql`);',
  },
  {
    name: 'a query builder kept for later may still get its conflict clause',
    code: `
const query = knex('orders').insert(rows);
if (merge) query.onConflict('id').merge();
await query;`,
  },
  {
    name: 'TypeORM repository insert and MongoDB insert are not covered',
    code: `
await repository.insert(order);
await db.collection('orders').insert(order);
await axios.create({ data: body });`,
  },
  {
    name: 'a shell command is not SQL',
    code: `
exec('create-react-app my-app');
await execa.command('drop-caches');`,
  },
  {
    name: 'EXPLAIN and SELECT are not writes',
    code: `
await pool.query('EXPLAIN INSERT INTO t VALUES (1)');
await pool.query('SELECT create_table()');`,
  },
  {
    name: 'files option: a migration named like a backfill, taken out with !',
    filename: 'db/migrations/0012-orders-backfill.ts',
    code: 'await pool.query(\'CREATE TABLE order_totals (id int)\');',
    options: [{ files: ['**/*backfill*.ts', '!**/migrations/**'] }],
  },
  ],
  invalid: [
  {
    name: 'CREATE TABLE without IF NOT EXISTS',
    code: 'await db.query(\'CREATE TABLE users (id int PRIMARY KEY)\');',
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'CREATE TABLE', guarded: 'CREATE TABLE IF NOT EXISTS' },
        line: 1,
        column: 17,
        endLine: 1,
        endColumn: 29,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'CREATE TABLE IF NOT EXISTS' }, output: 'await db.query(\'CREATE TABLE IF NOT EXISTS users (id int PRIMARY KEY)\');' },
        ],
      },
    ],
  },
  {
    name: 'lower case, after a comment, in a multi-line template',
    code: `
await client.query(\`
  -- the table the backfill fills
  create table order_totals (order_id int primary key, total numeric)
\`);`,
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'CREATE TABLE', guarded: 'CREATE TABLE IF NOT EXISTS' },
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 15,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'CREATE TABLE IF NOT EXISTS' }, output: `
await client.query(\`
  -- the table the backfill fills
  create table IF NOT EXISTS order_totals (order_id int primary key, total numeric)
\`);` },
        ],
      },
    ],
  },
  {
    name: 'CREATE UNIQUE INDEX CONCURRENTLY: the guard goes after CONCURRENTLY',
    code: 'await pool.query(\'CREATE UNIQUE INDEX CONCURRENTLY orders_ref_key ON orders (ref)\');',
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'CREATE INDEX', guarded: 'CREATE INDEX IF NOT EXISTS' },
        line: 1,
        column: 19,
        endLine: 1,
        endColumn: 51,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'CREATE INDEX IF NOT EXISTS' }, output: 'await pool.query(\'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS orders_ref_key ON orders (ref)\');' },
        ],
      },
    ],
  },
  {
    name: 'CREATE VIEW is made safe with OR REPLACE',
    code: 'await pool.query(\'CREATE VIEW active_users AS SELECT * FROM users WHERE active\');',
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'CREATE VIEW', guarded: 'CREATE OR REPLACE VIEW' },
        line: 1,
        column: 19,
        endLine: 1,
        endColumn: 30,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'CREATE OR REPLACE VIEW' }, output: 'await pool.query(\'CREATE OR REPLACE VIEW active_users AS SELECT * FROM users WHERE active\');' },
        ],
      },
    ],
  },
  {
    name: 'CREATE MATERIALIZED VIEW',
    code: 'await pool.query(\'CREATE MATERIALIZED VIEW daily_totals AS SELECT 1\');',
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'CREATE MATERIALIZED VIEW', guarded: 'CREATE MATERIALIZED VIEW IF NOT EXISTS' },
        line: 1,
        column: 19,
        endLine: 1,
        endColumn: 43,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'CREATE MATERIALIZED VIEW IF NOT EXISTS' }, output: 'await pool.query(\'CREATE MATERIALIZED VIEW IF NOT EXISTS daily_totals AS SELECT 1\');' },
        ],
      },
    ],
  },
  {
    name: 'CREATE TYPE has no IF NOT EXISTS in PostgreSQL',
    code: 'await pool.query("CREATE TYPE order_status AS ENUM (\'new\', \'paid\')");',
    errors: [
      {
        messageId: 'unguardableStatement',
        data: { statement: 'CREATE TYPE', dialect: 'PostgreSQL', guard: 'IF NOT EXISTS' },
        line: 1,
        column: 19,
        endLine: 1,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  {
    name: 'an index without a name is added again on every run',
    code: 'await pool.query(\'CREATE INDEX ON orders (created_at)\');',
    errors: [
      {
        messageId: 'unnamedIndex',
        line: 1,
        column: 19,
        endLine: 1,
        endColumn: 31,
        suggestions: [],
      },
    ],
  },
  {
    name: 'DROP TABLE without IF EXISTS',
    code: 'await pool.query(\'DROP TABLE legacy_orders\');',
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'DROP TABLE', guarded: 'DROP TABLE IF EXISTS' },
        line: 1,
        column: 19,
        endLine: 1,
        endColumn: 29,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'DROP TABLE IF EXISTS' }, output: 'await pool.query(\'DROP TABLE IF EXISTS legacy_orders\');' },
        ],
      },
    ],
  },
  {
    name: 'DROP MATERIALIZED VIEW',
    code: 'await pool.query(\'DROP MATERIALIZED VIEW daily_totals\');',
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'DROP MATERIALIZED VIEW', guarded: 'DROP MATERIALIZED VIEW IF EXISTS' },
        line: 1,
        column: 19,
        endLine: 1,
        endColumn: 41,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'DROP MATERIALIZED VIEW IF EXISTS' }, output: 'await pool.query(\'DROP MATERIALIZED VIEW IF EXISTS daily_totals\');' },
        ],
      },
    ],
  },
  {
    name: 'ALTER TABLE ... ADD COLUMN',
    code: 'await pool.query(\'ALTER TABLE orders ADD COLUMN refunded_at timestamptz\');',
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'ADD COLUMN', guarded: 'ADD COLUMN IF NOT EXISTS' },
        line: 1,
        column: 38,
        endLine: 1,
        endColumn: 48,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'ADD COLUMN IF NOT EXISTS' }, output: 'await pool.query(\'ALTER TABLE orders ADD COLUMN IF NOT EXISTS refunded_at timestamptz\');' },
        ],
      },
    ],
  },
  {
    name: 'ALTER TABLE ... ADD without the COLUMN keyword',
    code: 'await pool.query(\'ALTER TABLE orders ADD refunded_at timestamptz\');',
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'ADD COLUMN', guarded: 'ADD COLUMN IF NOT EXISTS' },
        line: 1,
        column: 38,
        endLine: 1,
        endColumn: 41,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'ADD COLUMN IF NOT EXISTS' }, output: 'await pool.query(\'ALTER TABLE orders ADD COLUMN IF NOT EXISTS refunded_at timestamptz\');' },
        ],
      },
    ],
  },
  {
    name: 'each action of an ALTER TABLE on its own',
    code: 'await pool.query(\'ALTER TABLE orders ADD COLUMN IF NOT EXISTS a int, DROP COLUMN b, DROP CONSTRAINT orders_c_check\');',
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'DROP COLUMN', guarded: 'DROP COLUMN IF EXISTS' },
        line: 1,
        column: 70,
        endLine: 1,
        endColumn: 81,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'DROP COLUMN IF EXISTS' }, output: 'await pool.query(\'ALTER TABLE orders ADD COLUMN IF NOT EXISTS a int, DROP COLUMN IF EXISTS b, DROP CONSTRAINT orders_c_check\');' },
        ],
      },
      {
        messageId: 'missingGuard',
        data: { statement: 'DROP CONSTRAINT', guarded: 'DROP CONSTRAINT IF EXISTS' },
        line: 1,
        column: 85,
        endLine: 1,
        endColumn: 100,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'DROP CONSTRAINT IF EXISTS' }, output: 'await pool.query(\'ALTER TABLE orders ADD COLUMN IF NOT EXISTS a int, DROP COLUMN b, DROP CONSTRAINT IF EXISTS orders_c_check\');' },
        ],
      },
    ],
  },
  {
    name: 'INSERT without ON CONFLICT',
    code: 'await pool.query(\'INSERT INTO orders (id, total) VALUES ($1, $2)\', [id, total]);',
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 1,
        column: 19,
        endLine: 1,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  {
    name: 'INSERT ... SELECT in a template',
    code: `
await pool.query(\`
  INSERT INTO order_totals (order_id, total)
  SELECT order_id, sum(amount) FROM order_lines GROUP BY order_id
\`);`,
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 3,
        column: 3,
        endLine: 3,
        endColumn: 14,
        suggestions: [],
      },
    ],
  },
  {
    name: 'SQL text in a const',
    code: `
const INSERT_TOTAL = 'INSERT INTO order_totals VALUES ($1, $2)';
for (const row of rows) await pool.query(INSERT_TOTAL, [row.id, row.total]);`,
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 2,
        column: 23,
        endLine: 2,
        endColumn: 34,
        suggestions: [],
      },
    ],
  },
  {
    name: 'pg query config object',
    code: 'await client.query({ text: \'INSERT INTO order_events VALUES ($1)\', values: [event] });',
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 1,
        column: 29,
        endLine: 1,
        endColumn: 40,
        suggestions: [],
      },
    ],
  },
  {
    name: 'postgres.js tagged template',
    code: 'await sql`INSERT INTO orders (id, total) VALUES (${id}, ${total})`;',
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 22,
        suggestions: [],
      },
    ],
  },
  {
    name: 'Prisma raw tagged template',
    code: 'await prisma.$executeRaw`INSERT INTO orders (id) VALUES (${id})`;',
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 1,
        column: 26,
        endLine: 1,
        endColumn: 37,
        suggestions: [],
      },
    ],
  },
  {
    name: 'knex.raw',
    code: 'await knex.raw(\'INSERT INTO orders (id) VALUES (?)\', [id]);',
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 1,
        column: 17,
        endLine: 1,
        endColumn: 28,
        suggestions: [],
      },
    ],
  },
  {
    name: 'TS wrappers and optional chaining around the call',
    code: `
await db?.query(('INSERT INTO orders VALUES (1)') as string);
await db!.execute(<string>'DROP TABLE tmp_orders');`,
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 2,
        column: 19,
        endLine: 2,
        endColumn: 30,
        suggestions: [],
      },
      {
        messageId: 'missingGuard',
        data: { statement: 'DROP TABLE', guarded: 'DROP TABLE IF EXISTS' },
        line: 3,
        column: 28,
        endLine: 3,
        endColumn: 38,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'DROP TABLE IF EXISTS' }, output: `
await db?.query(('INSERT INTO orders VALUES (1)') as string);
await db!.execute(<string>'DROP TABLE IF EXISTS tmp_orders');` },
        ],
      },
    ],
  },
  {
    name: 'an escaped quote before the statement keeps positions right',
    code: 'await db.query(\'SELECT \\\'x\\\'; CREATE TABLE t (a int)\');',
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'CREATE TABLE', guarded: 'CREATE TABLE IF NOT EXISTS' },
        line: 1,
        column: 31,
        endLine: 1,
        endColumn: 43,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'CREATE TABLE IF NOT EXISTS' }, output: 'await db.query(\'SELECT \\\'x\\\'; CREATE TABLE IF NOT EXISTS t (a int)\');' },
        ],
      },
    ],
  },
  {
    name: 'an insert under a dry-run flag is still an insert',
    code: `
const dryRun = process.argv.includes('--dry-run');
if (!dryRun) await pool.query('INSERT INTO orders VALUES (1)');`,
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 3,
        column: 32,
        endLine: 3,
        endColumn: 43,
        suggestions: [],
      },
    ],
  },
  {
    name: 'knex insert',
    code: 'await knex(\'orders\').insert(rows);',
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'insert()', upsert: '.onConflict(...).ignore()' },
        line: 1,
        column: 22,
        endLine: 1,
        endColumn: 28,
        suggestions: [],
      },
    ],
  },
  {
    name: 'knex insert into',
    code: 'await knex.insert(rows).into(\'orders\').returning(\'id\');',
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'insert()', upsert: '.onConflict(...).ignore()' },
        line: 1,
        column: 12,
        endLine: 1,
        endColumn: 18,
        suggestions: [],
      },
    ],
  },
  {
    name: 'knex insert in a transaction',
    code: `
await knex.transaction(async (trx) => {
  await trx('orders').insert(rows);
});`,
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'insert()', upsert: '.onConflict(...).ignore()' },
        line: 3,
        column: 23,
        endLine: 3,
        endColumn: 29,
        suggestions: [],
      },
    ],
  },
  {
    name: 'drizzle insert',
    code: 'await db.insert(orders).values(rows);',
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'insert()', upsert: '.onConflictDoNothing()' },
        line: 1,
        column: 10,
        endLine: 1,
        endColumn: 16,
        suggestions: [],
      },
    ],
  },
  {
    name: 'Kysely insertInto',
    code: 'await db.insertInto(\'orders\').values(rows).execute();',
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'insertInto()', upsert: '.onConflict((oc) => oc.doNothing())' },
        line: 1,
        column: 10,
        endLine: 1,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    name: 'Prisma create',
    code: 'await prisma.order.create({ data: { id, total } });',
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'create()', upsert: 'upsert()' },
        line: 1,
        column: 20,
        endLine: 1,
        endColumn: 26,
        suggestions: [],
      },
    ],
  },
  {
    name: 'Prisma createMany: skipDuplicates is suggested',
    code: 'await prisma.order.createMany({ data: rows });',
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'createMany()', upsert: 'skipDuplicates: true' },
        line: 1,
        column: 20,
        endLine: 1,
        endColumn: 30,
        suggestions: [
          { messageId: 'skipDuplicates', output: 'await prisma.order.createMany({ data: rows, skipDuplicates: true });' },
        ],
      },
    ],
  },
  {
    name: 'Prisma createMany, multi-line',
    code: `
await prisma.order.createMany({
  data: rows, // all of them
});`,
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'createMany()', upsert: 'skipDuplicates: true' },
        line: 2,
        column: 20,
        endLine: 2,
        endColumn: 30,
        suggestions: [
          { messageId: 'skipDuplicates', output: `
await prisma.order.createMany({
  data: rows, // all of them
  skipDuplicates: true,
});` },
        ],
      },
    ],
  },
  {
    name: 'Prisma create in an interactive transaction',
    code: `
await prisma.$transaction(async (tx) => {
  await tx.refund.create({ data: { orderId } });
});`,
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'create()', upsert: 'upsert()' },
        line: 3,
        column: 19,
        endLine: 3,
        endColumn: 25,
        suggestions: [],
      },
    ],
  },
  {
    name: 'fs.appendFileSync',
    code: `
import fs from 'node:fs';
fs.appendFileSync('orders.csv', line);`,
    errors: [
      {
        messageId: 'appendingWrite',
        data: { method: 'appendFileSync' },
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 18,
        suggestions: [],
      },
    ],
  },
  {
    name: 'renamed appendFile from fs/promises',
    code: `
import { appendFile as add } from 'node:fs/promises';
await add('orders.csv', line);`,
    errors: [
      {
        messageId: 'appendingWrite',
        data: { method: 'appendFile' },
        line: 3,
        column: 7,
        endLine: 3,
        endColumn: 10,
        suggestions: [],
      },
    ],
  },
  {
    name: 'fs.promises.appendFile',
    code: `
import * as fs from 'fs';
await fs.promises.appendFile(out, line);`,
    errors: [
      {
        messageId: 'appendingWrite',
        data: { method: 'appendFile' },
        line: 3,
        column: 7,
        endLine: 3,
        endColumn: 29,
        suggestions: [],
      },
    ],
  },
  {
    name: 'mysql: CREATE INDEX has no IF NOT EXISTS',
    code: 'await connection.execute(\'CREATE INDEX orders_ref ON orders (ref)\');',
    options: [{ dialect: 'mysql' }],
    errors: [
      {
        messageId: 'unguardableStatement',
        data: { statement: 'CREATE INDEX', dialect: 'MySQL', guard: 'IF NOT EXISTS' },
        line: 1,
        column: 27,
        endLine: 1,
        endColumn: 39,
        suggestions: [],
      },
    ],
  },
  {
    name: 'mysql: the remedy names ON DUPLICATE KEY UPDATE',
    code: 'await connection.execute(\'INSERT INTO `orders` (id) VALUES (?)\', [id]);',
    options: [{ dialect: 'mysql' }],
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON DUPLICATE KEY UPDATE` or write `INSERT IGNORE`' },
        line: 1,
        column: 27,
        endLine: 1,
        endColumn: 38,
        suggestions: [],
      },
    ],
  },
  {
    name: 'sqlite: CREATE VIEW IF NOT EXISTS',
    code: 'db.exec(\'CREATE VIEW totals AS SELECT 1\');',
    options: [{ dialect: 'sqlite' }],
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'CREATE VIEW', guarded: 'CREATE VIEW IF NOT EXISTS' },
        line: 1,
        column: 10,
        endLine: 1,
        endColumn: 21,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'CREATE VIEW IF NOT EXISTS' }, output: 'db.exec(\'CREATE VIEW IF NOT EXISTS totals AS SELECT 1\');' },
        ],
      },
    ],
  },
  {
    name: 'sqlite: better-sqlite3 prepare',
    code: 'db.prepare(\'INSERT INTO orders (id) VALUES (?)\').run(id);',
    options: [{ dialect: 'sqlite' }],
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT DO NOTHING` or write `INSERT OR IGNORE`' },
        line: 1,
        column: 13,
        endLine: 1,
        endColumn: 24,
        suggestions: [],
      },
    ],
  },
  {
    name: 'files option: a matching file',
    filename: 'scripts/backfill-orders.ts',
    code: 'await pool.query(\'INSERT INTO orders VALUES (1)\');',
    options: [{ files: ['**/scripts/**'] }],
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 1,
        column: 19,
        endLine: 1,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a helper the script itself calls',
    code: `
async function insertTotals() {
  await pool.query('INSERT INTO totals VALUES (1)');
}
await insertTotals();`,
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 3,
        column: 21,
        endLine: 3,
        endColumn: 32,
        suggestions: [],
      },
    ],
  },
  {
    name: 'an exported main that the script also runs',
    code: `
export async function backfill() {
  await prisma.total.create({ data: { id: 1 } });
}
void backfill();`,
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'create()', upsert: 'upsert()' },
        line: 3,
        column: 22,
        endLine: 3,
        endColumn: 28,
        suggestions: [],
      },
    ],
  },
  {
    name: 'knex seed function',
    code: `
export async function seed(knex) {
  await knex('users').insert([{ id: 1, email: 'admin@example.com' }]);
}`,
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'insert()', upsert: '.onConflict(...).ignore()' },
        line: 3,
        column: 23,
        endLine: 3,
        endColumn: 29,
        suggestions: [],
      },
    ],
  },
  ],
});

jsRuleTester.run('require-idempotent-sql (.js, espree)', rule, {
  valid: [
  {
    name: 'CommonJS knex seed that deletes first',
    code: `
exports.seed = async function (knex) {
  await knex('users').del();
  await knex('users').insert([{ id: 1 }]);
};`,
  },
  {
    name: 'a helper exported under its own name',
    code: `
async function addUser(knex, user) {
  await knex('users').insert(user);
}
module.exports = { addUser };`,
  },
  ],
  invalid: [
  {
    name: 'CommonJS knex seed',
    code: `
exports.seed = async function (knex) {
  await knex('users').insert([{ id: 1 }]);
};`,
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'insert()', upsert: '.onConflict(...).ignore()' },
        line: 3,
        column: 23,
        endLine: 3,
        endColumn: 29,
        suggestions: [],
      },
    ],
  },
  {
    name: 'require of fs, destructured',
    code: `
const { appendFileSync } = require('fs');
appendFileSync('orders.csv', line);`,
    errors: [
      {
        messageId: 'appendingWrite',
        data: { method: 'appendFileSync' },
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 15,
        suggestions: [],
      },
    ],
  },
  {
    name: 'pg in a plain script',
    code: `
const { Pool } = require('pg');
const pool = new Pool();
await pool.query('CREATE INDEX orders_created ON orders (created_at)');`,
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'CREATE INDEX', guarded: 'CREATE INDEX IF NOT EXISTS' },
        line: 4,
        column: 19,
        endLine: 4,
        endColumn: 31,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'CREATE INDEX IF NOT EXISTS' }, output: `
const { Pool } = require('pg');
const pool = new Pool();
await pool.query('CREATE INDEX IF NOT EXISTS orders_created ON orders (created_at)');` },
        ],
      },
    ],
  },
  ],
});
