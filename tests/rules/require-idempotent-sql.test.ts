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

ruleTester.run('require-idempotent-sql: more statements, ORM calls, guards and entry points', rule, {
  valid: [
  {
    name: 'a file outside the files globs',
    filename: 'src/db.ts',
    code: `await db.query('CREATE TABLE t (a int)');`,
    options: [{ files: ['scripts/**'] }],
  },
  {
    name: 'a callee that is a call has no name',
    code: `await getRunner()('CREATE TABLE t (a int)');`,
  },
  {
    name: 'a tagged template whose tag is not SQL',
    code: 'const page = html`<p>Create table</p>`;',
  },
  {
    name: 'a number passed to query is no SQL text',
    code: `// insert
await db.query(42);`,
  },
  {
    name: 'an object without text or sql',
    code: `// insert
await db.query({ values: [1] });`,
  },
  {
    name: 'SQL built by a call is not read',
    code: 'await db.query(createTableSql());',
  },
  {
    name: 'a destructured constant is not followed',
    code: `
const { insertUser } = queries;
await db.query(insertUser);`,
  },
  {
    name: 'a tag made by a call that is not sql',
    code: 'const text = dedent()`CREATE TABLE t (a int)`;',
  },
  {
    name: 'CREATE behind a lookup',
    code: `
if (!(await tableExists('t'))) {
  await db.query('CREATE TABLE t (a int)');
}`,
  },
  {
    name: 'DROP behind a lookup',
    code: `
if (await tableExists('t')) {
  await db.query('DROP TABLE t');
}`,
  },
  {
    name: 'ALTER behind a lookup',
    code: `
if (!(await columnExists('t', 'b'))) {
  await db.query('ALTER TABLE t ADD COLUMN b int');
}`,
  },
  {
    name: 'a MySQL definer option on a procedure',
    code: `await db.query('CREATE DEFINER = admin PROCEDURE p() SELECT 1');`,
    options: [{ dialect: 'mysql' }],
  },
  {
    name: 'a view option word in PostgreSQL is not skipped',
    code: `await db.query('CREATE SQL SECURITY DEFINER VIEW v AS SELECT 1');`,
  },
  {
    name: 'CREATE of a kind the rule does not know',
    code: `await db.query('CREATE USER app_user');`,
  },
  {
    name: 'an unfinished CREATE',
    code: `await db.query('CREATE UNIQUE');`,
  },
  {
    name: 'a CREATE whose kind is not a word',
    code: `await db.query('CREATE (a)');`,
  },
  {
    name: 'CREATE INDEX on ONLY a temporary table',
    code: `await db.query('CREATE TEMP TABLE tmp (a int); CREATE INDEX idx ON ONLY tmp (a)');`,
  },
  {
    name: 'CREATE TEMP VIEW lives as long as the session',
    code: `await db.query('CREATE TEMP VIEW v AS SELECT 1');`,
  },
  {
    name: 'a guarded temporary table is refilled',
    code: `await db.query('CREATE TEMP TABLE IF NOT EXISTS tmp (a int); INSERT INTO tmp VALUES (1)');`,
  },
  {
    name: 'a temporary table named by a hole',
    code: 'await db.query(`CREATE TEMP TABLE ${name} (a int)`);',
  },
  {
    name: 'DROP TEMPORARY TABLE',
    code: `await db.query('DROP TEMPORARY TABLE t');`,
    options: [{ dialect: 'mysql' }],
  },
  {
    name: 'DROP of a kind the rule does not know',
    code: `await db.query('DROP USER app_user');`,
  },
  {
    name: 'DROP of a kind the dialect lacks',
    code: `await db.query('DROP SEQUENCE s');`,
    options: [{ dialect: 'mysql' }],
  },
  {
    name: 'ALTER of something that is not a table',
    code: `await db.query('ALTER USER app_user WITH PASSWORD NULL');`,
  },
  {
    name: 'an unfinished ALTER TABLE',
    code: `await db.query('ALTER TABLE');`,
  },
  {
    name: 'ALTER TABLE RENAME COLUMN',
    code: `await db.query('ALTER TABLE t RENAME COLUMN a TO b');`,
  },
  {
    name: 'ALTER TABLE ADD of a parenthesized column list',
    code: `await db.query('ALTER TABLE t ADD (b int)');`,
    options: [{ dialect: 'mysql' }],
  },
  {
    name: 'ALTER TABLE ADD CONSTRAINT',
    code: `await db.query('ALTER TABLE t ADD CONSTRAINT k UNIQUE (a)');`,
  },
  {
    name: 'ALTER TABLE DROP PRIMARY KEY',
    code: `await db.query('ALTER TABLE t DROP PRIMARY KEY');`,
    options: [{ dialect: 'mysql' }],
  },
  {
    name: 'DROP CONSTRAINT in SQLite',
    code: `await db.query('ALTER TABLE t DROP CONSTRAINT k');`,
    options: [{ dialect: 'sqlite' }],
  },
  {
    name: 'INSERT OR REPLACE',
    code: `await db.query('INSERT OR REPLACE INTO t VALUES (1)');`,
    options: [{ dialect: 'sqlite' }],
  },
  {
    name: 'INSERT ... SELECT ... NOT IN',
    code: `await db.query('INSERT INTO t SELECT id FROM s WHERE id NOT IN (SELECT id FROM t)');`,
  },
  {
    name: 'INSERT ... SELECT ... EXCEPT',
    code: `await db.query('INSERT INTO t SELECT id FROM s EXCEPT SELECT id FROM t');`,
  },
  {
    name: 'a hole before RETURNING may be the conflict clause',
    code: 'await db.query(`INSERT INTO t (a) VALUES ($1) ${onConflict} RETURNING id`);',
  },
  {
    name: 'two holes after the values',
    code: 'await db.query(`INSERT INTO t (a) VALUES ($1) ${onConflict}${returning}`);',
  },
  {
    name: 'TRUNCATE ONLY, then refill',
    code: `await db.query('TRUNCATE ONLY t; INSERT INTO t VALUES (1)');`,
  },
  {
    name: 'TRUNCATE of two tables, then refill the second',
    code: `await db.query('TRUNCATE a, public.b; INSERT INTO b VALUES (1)');`,
  },
  {
    name: 'DELETE FROM ONLY, then refill',
    code: `await db.query('DELETE FROM ONLY t; INSERT INTO t VALUES (1)');`,
  },
  {
    name: 'an unfinished DELETE FROM clears an unknown table',
    code: `await db.query('DELETE FROM'); await db.query('INSERT INTO t VALUES (1)');`,
  },
  {
    name: 'drizzle insert of a spread',
    code: 'await db.insert(...tables).values(rows);',
  },
  {
    name: 'drizzle insert with a computed next method',
    code: 'await db.insert(users)[method](rows);',
  },
  {
    name: 'drizzle values taken without a call',
    code: 'const values = db.insert(users).values;',
  },
  {
    name: 'Kysely insertInto without values',
    code: `const builder = db.insertInto('t').columns(['a']);`,
  },
  {
    name: 'knex del on something that is not a query',
    code: `// insert
items.del();`,
  },
  {
    name: 'drizzle delete, then insert into the same table',
    code: `await db.delete(users);
await db.insert(users).values(rows);`,
  },
  {
    name: 'knex delete, then insert',
    code: `await knex('users').delete();
await knex('users').insert(rows);`,
  },
  {
    name: 'delete of a key is not a knex delete',
    code: `cache.delete('users');
// insert`,
  },
  {
    name: 'drizzle delete of a spread',
    code: `// insert
await db.delete(...tables);`,
  },
  {
    name: 'Kysely deleteFrom, then insertInto',
    code: `await db.deleteFrom('t').execute();
await db.insertInto('t').values(row).execute();`,
  },
  {
    name: 'a knex call with two arguments',
    code: `await knex('users', trx).insert(rows);`,
  },
  {
    name: 'a knex callee that is not a name',
    code: `await (await getDb())('users').insert(rows);`,
  },
  {
    name: 'Prisma create without data',
    code: 'await prisma.user.create({ select: { id: true } });',
  },
  {
    name: 'an insert after ?? of a lookup',
    code: `
const existing = await prisma.user.findFirst({ where });
const user = existing ?? (await prisma.user.create({ data }));`,
  },
  {
    name: 'an early break in a switch case',
    code: `
switch (kind) {
  case 1:
    if (await exists(id)) break;
    await prisma.user.create({ data });
}`,
  },
  {
    name: 'an early return in a block',
    code: `
async function main() {
  if (await exists(id)) {
    return;
  }
  await prisma.user.create({ data });
}
await main();`,
  },
  {
    name: 'an early break in a loop',
    code: `
for (const row of rows) {
  if (await exists(row.id)) break;
  await prisma.user.create({ data: row });
}`,
  },
  {
    name: 'an early throw',
    code: `
if (await exists(id)) throw new Error('seeded already');
await prisma.user.create({ data });`,
  },
  {
    name: 'an optional chain on a lookup',
    code: `
const existing = await prisma.user.findFirst({ where });
if (existing?.id) return;
await prisma.user.create({ data });`,
  },
  {
    name: 'a non-null lookup',
    code: `
const existing = await prisma.user.findFirst({ where });
if (existing!) return;
await prisma.user.create({ data });`,
  },
  {
    name: 'a lookup with as',
    code: `
const existing = await prisma.user.findFirst({ where });
if (existing as boolean) return;
await prisma.user.create({ data });`,
  },
  {
    name: 'a count compared',
    code: `
if ((await prisma.user.count()) > 0) return;
await prisma.user.create({ data });`,
  },
  {
    name: 'a lookup on the right of &&',
    code: `
if (enabled && (await exists(id))) return;
await prisma.user.create({ data });`,
  },
  {
    name: 'a const arrow never called',
    code: `
const fill = async () => {
  await db.query('INSERT INTO users VALUES (1)');
};`,
  },
  {
    name: 'a helper exported under its own name',
    code: `
async function seedUser() {
  await db.query('INSERT INTO users VALUES (1)');
}
export { seedUser };`,
  },
  {
    name: 'module.exports.helper',
    code: `
async function fill() {
  await db.query('INSERT INTO users VALUES (1)');
}
module.exports.fillUsers = fill;`,
  },
  ],
  invalid: [
  {
    name: 'a file inside the files globs',
    filename: 'scripts/setup.ts',
    code: `await db.query('CREATE TABLE t (a int)');`,
    options: [{ files: ['scripts/**'] }],
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'CREATE TABLE', guarded: 'CREATE TABLE IF NOT EXISTS' },
        line: 1,
        column: 17,
        endLine: 1,
        endColumn: 29,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'CREATE TABLE IF NOT EXISTS' }, output: `await db.query('CREATE TABLE IF NOT EXISTS t (a int)');` },
        ],
      },
    ],
  },
  {
    name: 'mysql2 query with a sql key',
    code: `await connection.query({ sql: 'CREATE TABLE t (a int)' });`,
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'CREATE TABLE', guarded: 'CREATE TABLE IF NOT EXISTS' },
        line: 1,
        column: 32,
        endLine: 1,
        endColumn: 44,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'CREATE TABLE IF NOT EXISTS' }, output: `await connection.query({ sql: 'CREATE TABLE IF NOT EXISTS t (a int)' });` },
        ],
      },
    ],
  },
  {
    name: 'a slonik typed sql tag',
    code: 'await pool.query(sql.type(Row)`CREATE TABLE t (a int)`);',
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'CREATE TABLE', guarded: 'CREATE TABLE IF NOT EXISTS' },
        line: 1,
        column: 32,
        endLine: 1,
        endColumn: 44,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'CREATE TABLE IF NOT EXISTS' }, output: 'await pool.query(sql.type(Row)`CREATE TABLE IF NOT EXISTS t (a int)`);' },
        ],
      },
    ],
  },
  {
    name: 'a constant passed to two calls is reported once',
    code: `
const statement = 'CREATE TABLE t (a int)';
await db.query(statement);
await replica.query(statement);`,
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'CREATE TABLE', guarded: 'CREATE TABLE IF NOT EXISTS' },
        line: 2,
        column: 20,
        endLine: 2,
        endColumn: 32,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'CREATE TABLE IF NOT EXISTS' }, output: `
const statement = 'CREATE TABLE IF NOT EXISTS t (a int)';
await db.query(statement);
await replica.query(statement);` },
        ],
      },
    ],
  },
  {
    name: 'a WITH whose second CTE follows a comma',
    code: `await db.query('WITH a AS (SELECT 1), b AS (SELECT 2) INSERT INTO t SELECT * FROM a');`,
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 1,
        column: 55,
        endLine: 1,
        endColumn: 66,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a MySQL view with an algorithm option',
    code: `await db.query('CREATE ALGORITHM = MERGE VIEW v AS SELECT 1');`,
    options: [{ dialect: 'mysql' }],
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'CREATE VIEW', guarded: 'CREATE OR REPLACE VIEW' },
        line: 1,
        column: 17,
        endLine: 1,
        endColumn: 46,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'CREATE OR REPLACE VIEW' }, output: `await db.query('CREATE OR REPLACE ALGORITHM = MERGE VIEW v AS SELECT 1');` },
        ],
      },
    ],
  },
  {
    name: 'CREATE TABLE named by a hole at the end',
    code: 'await db.query(`CREATE TABLE ${name}`);',
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'CREATE TABLE', guarded: 'CREATE TABLE IF NOT EXISTS' },
        line: 1,
        column: 17,
        endLine: 1,
        endColumn: 29,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'CREATE TABLE IF NOT EXISTS' }, output: 'await db.query(`CREATE TABLE IF NOT EXISTS ${name}`);' },
        ],
      },
    ],
  },
  {
    name: 'CREATE INDEX with a qualified name',
    code: `await db.query('CREATE INDEX app.idx ON t (a)');`,
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'CREATE INDEX', guarded: 'CREATE INDEX IF NOT EXISTS' },
        line: 1,
        column: 17,
        endLine: 1,
        endColumn: 29,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'CREATE INDEX IF NOT EXISTS' }, output: `await db.query('CREATE INDEX IF NOT EXISTS app.idx ON t (a)');` },
        ],
      },
    ],
  },
  {
    name: 'DROP INDEX',
    code: `await db.query('DROP INDEX idx');`,
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'DROP INDEX', guarded: 'DROP INDEX IF EXISTS' },
        line: 1,
        column: 17,
        endLine: 1,
        endColumn: 27,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'DROP INDEX IF EXISTS' }, output: `await db.query('DROP INDEX IF EXISTS idx');` },
        ],
      },
    ],
  },
  {
    name: 'DROP INDEX CONCURRENTLY: the guard goes after CONCURRENTLY',
    code: `await db.query('DROP INDEX CONCURRENTLY idx');`,
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'DROP INDEX', guarded: 'DROP INDEX IF EXISTS' },
        line: 1,
        column: 17,
        endLine: 1,
        endColumn: 40,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'DROP INDEX IF EXISTS' }, output: `await db.query('DROP INDEX CONCURRENTLY IF EXISTS idx');` },
        ],
      },
    ],
  },
  {
    name: 'DROP INDEX in MySQL has no guard',
    code: `await db.query('DROP INDEX idx ON t');`,
    options: [{ dialect: 'mysql' }],
    errors: [
      {
        messageId: 'unguardableStatement',
        data: { statement: 'DROP INDEX', guard: 'IF EXISTS', dialect: 'MySQL' },
        line: 1,
        column: 17,
        endLine: 1,
        endColumn: 27,
        suggestions: [],
      },
    ],
  },
  {
    name: 'ALTER TABLE IF EXISTS',
    code: `await db.query('ALTER TABLE IF EXISTS t ADD COLUMN b int');`,
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'ADD COLUMN', guarded: 'ADD COLUMN IF NOT EXISTS' },
        line: 1,
        column: 41,
        endLine: 1,
        endColumn: 51,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'ADD COLUMN IF NOT EXISTS' }, output: `await db.query('ALTER TABLE IF EXISTS t ADD COLUMN IF NOT EXISTS b int');` },
        ],
      },
    ],
  },
  {
    name: 'ALTER TABLE ONLY',
    code: `await db.query('ALTER TABLE ONLY t ADD COLUMN b int');`,
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'ADD COLUMN', guarded: 'ADD COLUMN IF NOT EXISTS' },
        line: 1,
        column: 36,
        endLine: 1,
        endColumn: 46,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'ADD COLUMN IF NOT EXISTS' }, output: `await db.query('ALTER TABLE ONLY t ADD COLUMN IF NOT EXISTS b int');` },
        ],
      },
    ],
  },
  {
    name: 'ALTER TABLE with descendants',
    code: `await db.query('ALTER TABLE t * ADD COLUMN b int');`,
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'ADD COLUMN', guarded: 'ADD COLUMN IF NOT EXISTS' },
        line: 1,
        column: 33,
        endLine: 1,
        endColumn: 43,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'ADD COLUMN IF NOT EXISTS' }, output: `await db.query('ALTER TABLE t * ADD COLUMN IF NOT EXISTS b int');` },
        ],
      },
    ],
  },
  {
    name: 'ADD COLUMN in MySQL has no guard',
    code: `await db.query('ALTER TABLE t ADD COLUMN b int');`,
    options: [{ dialect: 'mysql' }],
    errors: [
      {
        messageId: 'unguardableStatement',
        data: { statement: 'ADD COLUMN', guard: 'IF NOT EXISTS', dialect: 'MySQL' },
        line: 1,
        column: 31,
        endLine: 1,
        endColumn: 41,
        suggestions: [],
      },
    ],
  },
  {
    name: 'DROP COLUMN in MySQL has no guard',
    code: `await db.query('ALTER TABLE t DROP COLUMN b');`,
    options: [{ dialect: 'mysql' }],
    errors: [
      {
        messageId: 'unguardableStatement',
        data: { statement: 'DROP COLUMN', guard: 'IF EXISTS', dialect: 'MySQL' },
        line: 1,
        column: 31,
        endLine: 1,
        endColumn: 42,
        suggestions: [],
      },
    ],
  },
  {
    name: 'ALTER TABLE actions with parentheses between them',
    code: `await db.query('ALTER TABLE t ADD COLUMN c numeric(10, 2), ADD COLUMN d int');`,
    errors: [
      {
        messageId: 'missingGuard',
        data: { statement: 'ADD COLUMN', guarded: 'ADD COLUMN IF NOT EXISTS' },
        line: 1,
        column: 31,
        endLine: 1,
        endColumn: 41,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'ADD COLUMN IF NOT EXISTS' }, output: `await db.query('ALTER TABLE t ADD COLUMN IF NOT EXISTS c numeric(10, 2), ADD COLUMN d int');` },
        ],
      },
      {
        messageId: 'missingGuard',
        data: { statement: 'ADD COLUMN', guarded: 'ADD COLUMN IF NOT EXISTS' },
        line: 1,
        column: 60,
        endLine: 1,
        endColumn: 70,
        suggestions: [
          { messageId: 'addGuard', data: { guarded: 'ADD COLUMN IF NOT EXISTS' }, output: `await db.query('ALTER TABLE t ADD COLUMN c numeric(10, 2), ADD COLUMN IF NOT EXISTS d int');` },
        ],
      },
    ],
  },
  {
    name: 'INSERT LOW_PRIORITY',
    code: `await db.query('INSERT LOW_PRIORITY INTO t VALUES (1)');`,
    options: [{ dialect: 'mysql' }],
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON DUPLICATE KEY UPDATE` or write `INSERT IGNORE`' },
        line: 1,
        column: 17,
        endLine: 1,
        endColumn: 41,
        suggestions: [],
      },
    ],
  },
  {
    name: 'INSERT OR ROLLBACK',
    code: `await db.query('INSERT OR ROLLBACK INTO t VALUES (1)');`,
    options: [{ dialect: 'sqlite' }],
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT DO NOTHING` or write `INSERT OR IGNORE`' },
        line: 1,
        column: 17,
        endLine: 1,
        endColumn: 40,
        suggestions: [],
      },
    ],
  },
  {
    name: 'INSERT without INTO',
    code: `await db.query('INSERT t VALUES (1)');`,
    options: [{ dialect: 'mysql' }],
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON DUPLICATE KEY UPDATE` or write `INSERT IGNORE`' },
        line: 1,
        column: 17,
        endLine: 1,
        endColumn: 23,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a LEFT JOIN on the target without IS NULL',
    code: `await db.query('INSERT INTO t SELECT s.id FROM s LEFT JOIN t ON t.id = s.id');`,
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
    name: 'a hole for the columns is not a conflict clause',
    code: 'await db.query(`INSERT INTO t ${columns} VALUES ($1)`);',
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
    name: 'an INSERT in a CTE ends at its parenthesis',
    code: `await db.query('WITH x AS (INSERT INTO t VALUES (1) RETURNING id) SELECT * FROM x');`,
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 1,
        column: 28,
        endLine: 1,
        endColumn: 39,
        suggestions: [],
      },
    ],
  },
  {
    name: 'INSERT into a qualified table',
    code: `await db.query('INSERT INTO public.users VALUES (1)');`,
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
    name: 'a MySQL DELETE without FROM clears nothing the rule can name',
    code: `
function clear() {
  return db.query('DELETE t FROM t JOIN s ON s.id = t.id');
}
await db.query('INSERT INTO t VALUES (1)');`,
    options: [{ dialect: 'mysql' }],
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON DUPLICATE KEY UPDATE` or write `INSERT IGNORE`' },
        line: 5,
        column: 17,
        endLine: 5,
        endColumn: 28,
        suggestions: [],
      },
    ],
  },
  {
    name: 'drizzle insert in MySQL',
    code: 'await db.insert(users).values(rows);',
    options: [{ dialect: 'mysql' }],
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'insert()', upsert: '.onDuplicateKeyUpdate(...)' },
        line: 1,
        column: 10,
        endLine: 1,
        endColumn: 16,
        suggestions: [],
      },
    ],
  },
  {
    name: 'drizzle insert into a schema member',
    code: 'await db.insert(schema.users).values(rows);',
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
    name: 'Kysely insertInto with an expression',
    code: `await db.insertInto('t').expression(select).execute();`,
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
    name: 'Kysely insertInto in MySQL',
    code: `await db.insertInto('t').values(row).execute();`,
    options: [{ dialect: 'mysql' }],
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'insertInto()', upsert: '.onDuplicateKeyUpdate(...)' },
        line: 1,
        column: 10,
        endLine: 1,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    name: 'Prisma createMany in SQLite',
    code: 'await prisma.user.createMany({ data: rows });',
    options: [{ dialect: 'sqlite' }],
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'createMany()', upsert: 'upsert()' },
        line: 1,
        column: 19,
        endLine: 1,
        endColumn: 29,
        suggestions: [],
      },
    ],
  },
  {
    name: 'deleteMany on a repository is not a Prisma model',
    code: `await repo.deleteMany();
await prisma.user.create({ data });`,
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'create()', upsert: 'upsert()' },
        line: 2,
        column: 19,
        endLine: 2,
        endColumn: 25,
        suggestions: [],
      },
    ],
  },
  {
    name: 'knex.table',
    code: `await knex.table('users').insert(rows);`,
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'insert()', upsert: '.onConflict(...).ignore()' },
        line: 1,
        column: 27,
        endLine: 1,
        endColumn: 33,
        suggestions: [],
      },
    ],
  },
  {
    name: 'this.db',
    code: `
class Seeder {
  async run() {
    await this.db('users').insert(rows);
  }
}`,
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'insert()', upsert: '.onConflict(...).ignore()' },
        line: 4,
        column: 28,
        endLine: 4,
        endColumn: 34,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a knex table in a template literal',
    code: 'await knex(`users`).insert(rows);',
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'insert()', upsert: '.onConflict(...).ignore()' },
        line: 1,
        column: 21,
        endLine: 1,
        endColumn: 27,
        suggestions: [],
      },
    ],
  },
  {
    name: 'Prisma create with a quoted data key',
    code: `await prisma.user.create({ 'data': user });`,
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'create()', upsert: 'upsert()' },
        line: 1,
        column: 19,
        endLine: 1,
        endColumn: 25,
        suggestions: [],
      },
    ],
  },
  {
    name: 'an insert after || of a flag',
    code: 'const user = flag || (await prisma.user.create({ data }));',
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'create()', upsert: 'upsert()' },
        line: 1,
        column: 41,
        endLine: 1,
        endColumn: 47,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a try whose catch does not test for a duplicate',
    code: `
try {
  await prisma.user.create({ data });
} catch (error) {
  logger.warn(error);
}`,
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'create()', upsert: 'upsert()' },
        line: 3,
        column: 21,
        endLine: 3,
        endColumn: 27,
        suggestions: [],
      },
    ],
  },
  {
    name: 'an if without an exit does not guard what follows',
    code: `
if (await exists(id)) logger.info(id);
await prisma.user.create({ data });`,
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
    name: 'a variable assigned later is no lookup',
    code: `
let found;
found = load();
if (found) return;
await prisma.user.create({ data });`,
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'create()', upsert: 'upsert()' },
        line: 5,
        column: 19,
        endLine: 5,
        endColumn: 25,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a parameter is no lookup',
    code: `
export async function main(found: boolean) {
  if (found) return;
  await prisma.user.create({ data });
}`,
    errors: [
      {
        messageId: 'duplicatingOrmInsert',
        data: { method: 'create()', upsert: 'upsert()' },
        line: 4,
        column: 21,
        endLine: 4,
        endColumn: 27,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a literal test is no lookup',
    code: `
if (process.env.SKIP === undefined && false) return;
await prisma.user.create({ data });`,
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
    name: 'two inserts in a function called at the top level',
    code: `
async function seedUsers() {
  await db.query('INSERT INTO users VALUES (1)');
  await db.query('INSERT INTO roles VALUES (1)');
}
await seedUsers();`,
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 3,
        column: 19,
        endLine: 3,
        endColumn: 30,
        suggestions: [],
      },
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 4,
        column: 19,
        endLine: 4,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a class field arrow',
    code: `
class Seeder {
  run = async () => {
    await db.query('INSERT INTO users VALUES (1)');
  };
}`,
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 4,
        column: 21,
        endLine: 4,
        endColumn: 32,
        suggestions: [],
      },
    ],
  },
  {
    name: 'an exported default arrow',
    code: `
export default async () => {
  await db.query('INSERT INTO users VALUES (1)');
};`,
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 3,
        column: 19,
        endLine: 3,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a callback',
    code: `
rows.forEach(async (row) => {
  await db.query('INSERT INTO users VALUES ($1)', [row.id]);
});`,
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 3,
        column: 19,
        endLine: 3,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  {
    name: 'an exported default named function',
    code: `
export default async function seed() {
  await db.query('INSERT INTO users VALUES (1)');
}`,
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 3,
        column: 19,
        endLine: 3,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a function exported by a specifier',
    code: `
async function seed() {
  await db.query('INSERT INTO users VALUES (1)');
}
export { seed };`,
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 3,
        column: 19,
        endLine: 3,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a function exported under a string name',
    code: `
async function fill() {
  await db.query('INSERT INTO users VALUES (1)');
}
export { fill as 'main' };`,
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 3,
        column: 19,
        endLine: 3,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  {
    name: 'export default of a name',
    code: `
async function fill() {
  await db.query('INSERT INTO users VALUES (1)');
}
export default fill;`,
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 3,
        column: 19,
        endLine: 3,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  {
    name: 'module.exports of a function',
    code: `
async function fill() {
  await db.query('INSERT INTO users VALUES (1)');
}
module.exports = fill;`,
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 3,
        column: 19,
        endLine: 3,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  {
    name: 'module.exports of an object with a quoted key',
    code: `
async function fill() {
  await db.query('INSERT INTO users VALUES (1)');
}
module.exports = { 'seed': fill };`,
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 3,
        column: 19,
        endLine: 3,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  {
    name: 'exports.seed',
    code: `
async function fill() {
  await db.query('INSERT INTO users VALUES (1)');
}
exports.seed = fill;`,
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 3,
        column: 19,
        endLine: 3,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a function stored on another object at the top level',
    code: `
async function fill() {
  await db.query('INSERT INTO users VALUES (1)');
}
registry.fill = fill;`,
    errors: [
      {
        messageId: 'duplicatingInsert',
        data: { remedy: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`' },
        line: 3,
        column: 19,
        endLine: 3,
        endColumn: 30,
        suggestions: [],
      },
    ],
  },
  ],
});
