// A deterministic generator of realistic TypeScript service code for the benchmark: HTTP handlers,
// outbound calls, try/catch, stats code, SQL scripts, retry loops, streams and logging, written
// the way real services are (mostly careful, sometimes not), among the ordinary code (types, mappers,
// services, state machines, validation, utilities) that makes up most of a real service.
// Same seed, same files, byte for byte.
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

/**
 * Ordinary service code, in which our rules find nothing to check: types and mappers, services that
 * call a repository, state machines, validation, utilities. Most of a real service is this.
 */
const ORDINARY_BLOCKS = [
  // A type, its DTO and a mapper.
  (random, id) => {
    const noun = capitalize(pick(random, NOUNS));
    return `
export interface ${noun}Record${id} {
  id: string;
  ownerId: string;
  status: 'draft' | 'active' | 'closed';
  amountCents: number;
  currency: string;
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
}

export interface ${noun}Dto${id} {
  id: string;
  owner: string;
  status: string;
  amount: string;
  tags: string[];
  createdAt: string;
}

export function to${noun}Dto${id}(record: ${noun}Record${id}): ${noun}Dto${id} {
  return {
    id: record.id,
    owner: record.ownerId,
    status: record.status,
    amount: \`\${(record.amountCents / 100).toFixed(2)} \${record.currency}\`,
    tags: [...record.tags].sort(),
    createdAt: record.createdAt.toISOString(),
  };
}
`;
  },
  // A service that reads through a repository and shapes the result.
  (random, id) => {
    const noun = pick(random, NOUNS);
    const Noun = capitalize(noun);
    return `
export class ${Noun}Service${id} {
  constructor(private readonly repository: ${Noun}Repository) {}

  async findForOwner(ownerId: string, page: number, pageSize = 20): Promise<${Noun}Payload[]> {
    const offset = Math.max(0, page - 1) * pageSize;
    const rows = await this.repository.findMany({ where: { ownerId }, limit: pageSize, offset });
    return rows.filter((row) => row.deletedAt === null).map((row) => ({ ...row, ownerId }));
  }

  async rename(id: string, name: string): Promise<${Noun}Payload> {
    const trimmed = name.trim();
    if (trimmed.length === 0 || trimmed.length > 120) {
      throw new ServiceError('a ${noun} name has 1 to 120 characters');
    }
    const existing = await this.repository.findById(id);
    if (existing === undefined) {
      throw new ServiceError('no such ${noun}');
    }
    return this.repository.update(id, { name: trimmed, updatedAt: new Date() });
  }
}
`;
  },
  // A state machine.
  (random, id) => {
    const Noun = capitalize(pick(random, NOUNS));
    return `
export enum ${Noun}State${id} {
  Pending = 'pending',
  Approved = 'approved',
  Rejected = 'rejected',
  Archived = 'archived',
}

const ${Noun.toUpperCase()}_TRANSITIONS_${id}: Record<${Noun}State${id}, readonly ${Noun}State${id}[]> = {
  [${Noun}State${id}.Pending]: [${Noun}State${id}.Approved, ${Noun}State${id}.Rejected],
  [${Noun}State${id}.Approved]: [${Noun}State${id}.Archived],
  [${Noun}State${id}.Rejected]: [${Noun}State${id}.Archived],
  [${Noun}State${id}.Archived]: [],
};

export function next${Noun}State${id}(current: ${Noun}State${id}, wanted: ${Noun}State${id}): ${Noun}State${id} {
  if (!${Noun.toUpperCase()}_TRANSITIONS_${id}[current].includes(wanted)) {
    throw new ServiceError(\`cannot move from \${current} to \${wanted}\`);
  }
  return wanted;
}

export function describe${Noun}State${id}(state: ${Noun}State${id}): string {
  switch (state) {
    case ${Noun}State${id}.Pending:
      return 'waiting for review';
    case ${Noun}State${id}.Approved:
      return 'approved';
    case ${Noun}State${id}.Rejected:
      return 'rejected';
    default:
      return 'archived';
  }
}
`;
  },
  // Validation of an input the handler already parsed.
  (random, id) => {
    const noun = pick(random, NOUNS);
    const Noun = capitalize(noun);
    return `
export interface ${Noun}Input${id} {
  name: string;
  email: string;
  quantity: number;
  notes?: string;
}

export function validate${Noun}Input${id}(input: ${Noun}Input${id}): string[] {
  const problems: string[] = [];
  if (input.name.trim() === '') problems.push('name is required');
  if (!/^[^@\\s]+@[^@\\s]+$/u.test(input.email)) problems.push('email is not an address');
  if (!Number.isInteger(input.quantity) || input.quantity < 1) problems.push('quantity is a whole number from 1');
  if (input.notes !== undefined && input.notes.length > 2000) problems.push('notes are at most 2000 characters');
  return problems;
}

export function normalize${Noun}Input${id}(input: ${Noun}Input${id}): ${Noun}Input${id} {
  return {
    ...input,
    name: input.name.trim(),
    email: input.email.trim().toLowerCase(),
    notes: input.notes?.trim() || undefined,
  };
}
`;
  },
  // Utilities: pagination, money, grouping.
  (random, id) => {
    const size = pick(random, ['20', '50', '100']);
    return `
export const DEFAULT_PAGE_SIZE_${id} = ${size};

export function pageCount${id}(total: number, pageSize = DEFAULT_PAGE_SIZE_${id}): number {
  return total === 0 ? 1 : Math.ceil(total / pageSize);
}

export function formatCents${id}(cents: number, currency: string, locale = 'en-US'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}

export function groupBy${id}<T, K extends string>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) {
    const name = key(item);
    (groups[name] ??= []).push(item);
  }
  return groups;
}
`;
  },
];

const HEADER = `// Generated by bench/generate.js: realistic service code for the benchmark. Do not edit.
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { createGzip } from 'node:zlib';
import type { Request, Response, Router } from 'express';

import { cache, logger, metrics, queue, repository, sleep, validate } from '../runtime';
import type { Client, Db, ${NOUNS.map((noun) => `${capitalize(noun)}Payload, ${capitalize(noun)}Repository`).join(', ')} } from '../types';
import { ServiceError, ${NOUNS.map((noun) => `${capitalize(noun)}Schema`).join(', ')} } from '../types';
`;

/**
 * The share of blocks drawn from BLOCKS, the code our rules check; the rest is ordinary code.
 * Calibrated on the server code of 11 real services (outline, medusa, docmost, logto, unleash,
 * ghostfolio, teable, growthbook, langfuse, uptime-kuma, hoppscotch; about 918 000 non-blank lines):
 * our `all` config finds a median of 4.2 problems per 1 000 non-blank lines there, and 8.8 in the
 * densest (docmost). At this share the generated code has about 17: four times the median and twice
 * the densest, so the workload errs on the heavy side. With a share of 1 (the `dense` workload) every
 * block is one our rules check: about 115 findings per 1 000 lines, a stress case.
 */
export const REALISTIC_SHARE = 0.2;

/**
 * Writes `lines` (about) lines of generated code into `dir` and returns the file paths and the
 * exact line count. `share` is the share of blocks our rules check (see REALISTIC_SHARE).
 */
export function generateWorkload(dir, lines, seed = 42, share = REALISTIC_SHARE) {
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
      text += pick(random, random() < share ? BLOCKS : ORDINARY_BLOCKS)(random, blockId);
    }
    const file = path.join(dir, 'src', `module${String(fileIndex).padStart(4, '0')}.ts`);
    writeFileSync(file, text);
    files.push(file);
    total += text.split('\n').length;
  }
  return { files, lines: total };
}
