// A deterministic generator of realistic TypeScript service code for the benchmark: HTTP handlers,
// outbound calls, try/catch, stats code, SQL scripts, retry loops, streams and logging, written
// the way real services are (mostly careful, sometimes not). Same seed, same files, byte for byte.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { createRandom } from '../tools/random.js';

const NOUNS = ['order', 'invoice', 'customer', 'shipment', 'payment', 'account', 'session', 'product', 'refund', 'coupon'];
const VERBS = ['load', 'sync', 'update', 'create', 'archive', 'refresh', 'import', 'export', 'verify', 'settle'];
const METRICS = ['winRate', 'errorRate', 'hitRatio', 'conversionPct', 'churnRate', 'successRate'];

const capitalize = (word) => word[0].toUpperCase() + word.slice(1);

function pick(random, items) {
  return items[Math.floor(random() * items.length)];
}

const BLOCKS = [
  // An Express router with handlers, some measured, some not.
  (random, id) => {
    const noun = pick(random, NOUNS);
    return `
export function register${capitalize(noun)}Routes${id}(router: Router, db: Db): void {
  router.get('/${noun}s/:id', async (req: Request, res: Response) => {
    const row = await db.query('SELECT * FROM ${noun}s WHERE id = $1', [req.params.id]);
    if (row === undefined) {
      res.status(404).json({ error: 'not found' });
      return;
    }
    res.json(row);
  });

  router.post('/${noun}s', validate(${capitalize(noun)}Schema), async (req: Request, res: Response) => {
    const created = await db.query('INSERT INTO ${noun}s (data) VALUES ($1) RETURNING id', [req.body]);
    logger.info({ id: created.id }, '${noun} created');
    res.status(201).json(created);
  });
}
`;
  },
  // Outbound calls, with and without deadlines.
  (random, id) => {
    const noun = pick(random, NOUNS);
    const timeout = pick(random, ['5_000', '10_000', '2_500']);
    return `
export async function fetch${capitalize(noun)}${id}(baseUrl: string, key: string): Promise<${capitalize(noun)}Payload> {
  const response = await fetch(\`\${baseUrl}/${noun}s/\${encodeURIComponent(key)}\`, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(${timeout}),
  });
  if (!response.ok) {
    throw new Error(\`${noun} lookup failed with \${response.status}\`);
  }
  return ${capitalize(noun)}Schema.parse(await response.json());
}

export async function ping${capitalize(noun)}${id}(baseUrl: string): Promise<boolean> {
  const response = await fetch(\`\${baseUrl}/health\`);
  return response.ok;
}
`;
  },
  // Error handling: careful and careless.
  (random, id) => {
    const verb = pick(random, VERBS);
    const noun = pick(random, NOUNS);
    return `
export async function ${verb}${capitalize(noun)}${id}(id: string): Promise<${capitalize(noun)}Payload | undefined> {
  try {
    return await repository.${verb}(id);
  } catch (error) {
    logger.error({ err: error, id }, '${verb} ${noun} failed');
    metrics.increment('${noun}.${verb}.failed');
    throw new ServiceError('${verb} ${noun} failed', { cause: error });
  }
}

export function parse${capitalize(noun)}${id}(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function warm${capitalize(noun)}Cache${id}(keys: string[]): void {
  for (const key of keys) {
    cache.load(key).catch(() => {});
  }
}
`;
  },
  // Stats code with ratios.
  (random, id) => {
    const metric = pick(random, METRICS);
    return `
export function compute${capitalize(metric)}${id}(stats: { wins: number; games: number; failed: number; total: number }) {
  const ${metric} = stats.wins / stats.games;
  if (!(${metric} >= 0 && ${metric} <= 1)) {
    throw new RangeError(\`${metric} out of range [0, 1]: \${${metric}}\`);
  }
  const failurePercent = (stats.failed / stats.total) * 100;
  const summary = { ${metric}, failurePercent, sampledAt: new Date().toISOString() };
  for (let index = 0; index < 3; index += 1) {
    summary.sampledAt = new Date(Date.now() - index * 60_000).toISOString();
  }
  return summary;
}
`;
  },
  // A backfill script with SQL.
  (random, id) => {
    const noun = pick(random, NOUNS);
    return `
export async function backfill${capitalize(noun)}s${id}(client: Client): Promise<void> {
  await client.query(\`CREATE TABLE IF NOT EXISTS ${noun}_archive (id uuid PRIMARY KEY, payload jsonb NOT NULL)\`);
  await client.query('CREATE INDEX ${noun}_archive_created_idx ON ${noun}_archive (created_at)');
  const rows = await client.query('SELECT id, payload FROM ${noun}s WHERE archived = false LIMIT 500');
  for (const row of rows) {
    await client.query(
      'INSERT INTO ${noun}_archive (id, payload) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING',
      [row.id, row.payload],
    );
  }
  logger.info({ count: rows.length }, 'backfill done');
}
`;
  },
  // Retry loops, fan-out and durations.
  (random, id) => {
    const noun = pick(random, NOUNS);
    const attempts = 3 + Math.floor(random() * 4);
    return `
export async function deliver${capitalize(noun)}${id}(items: ${capitalize(noun)}Payload[]): Promise<void> {
  const started = Date.now();
  for (let attempt = 1; attempt <= ${attempts}; attempt += 1) {
    try {
      await Promise.all(items.map(async (item) => queue.publish('${noun}', item)));
      break;
    } catch (error) {
      if (attempt === ${attempts}) throw error;
      await sleep(2 ** attempt * 100);
    }
  }
  metrics.timing('${noun}.deliver', Date.now() - started);
}

export async function poll${capitalize(noun)}${id}(): Promise<void> {
  while (true) {
    try {
      await queue.drain('${noun}');
      return;
    } catch {
      await sleep(1_000);
    }
  }
}
`;
  },
  // Streams and synchronous I/O.
  (random, id) => {
    const noun = pick(random, NOUNS);
    return `
export async function export${capitalize(noun)}s${id}(target: string): Promise<void> {
  const template = readFileSync('templates/${noun}.csv', 'utf8');
  const source = createReadStream(\`/var/data/${noun}s.csv\`);
  const gzip = createGzip();
  source.pipe(gzip).pipe(createWriteStream(target));
  logger.info({ target, bytes: template.length }, 'export started');
}

export function describe${capitalize(noun)}${id}(item: { id: string; name: string }): string {
  logger.debug(\`describing ${noun} \${item.id}\`);
  return [item.id, item.name].join(':');
}
`;
  },
];

const HEADER = `// Generated by bench/generate.js: realistic service code for the benchmark. Do not edit.
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import type { Request, Response, Router } from 'express';

import { cache, logger, metrics, queue, repository, sleep, validate } from '../runtime';
import type { Client, Db, ${NOUNS.map((noun) => `${capitalize(noun)}Payload`).join(', ')} } from '../types';
import { ServiceError, ${NOUNS.map((noun) => `${capitalize(noun)}Schema`).join(', ')} } from '../types';
`;

/**
 * Writes `lines` (about) lines of generated code into `dir` and returns the file paths and the
 * exact line count.
 */
export function generateWorkload(dir, lines, seed = 42) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  const random = createRandom(seed);
  const files = [];
  let total = 0;
  let blockId = 0;
  for (let fileIndex = 0; total < lines; fileIndex += 1) {
    let text = HEADER;
    while (text.split('\n').length < 240) {
      blockId += 1;
      text += pick(random, BLOCKS)(random, blockId);
    }
    const file = path.join(dir, 'src', `module${String(fileIndex).padStart(4, '0')}.ts`);
    writeFileSync(file, text);
    files.push(file);
    total += text.split('\n').length;
  }
  return { files, lines: total };
}
