import type { MessageIds, Options } from '../../src/rules/no-unbounded-concurrency.js';
import rule from '../../src/rules/no-unbounded-concurrency.js';
import { createJsRuleTester, createRuleTester } from '../RuleTester.js';

const ruleTester = createRuleTester();
const jsRuleTester = createJsRuleTester();

type Cases = Parameters<typeof ruleTester.run<MessageIds, Options>>[2];

/**
 * Most cases name their arrays `ids` or `userIds` to be brief, so they run with `checkDataNames`;
 * what the default (query results only) does is tested on its own at the end.
 */
function withDataNames({ valid, invalid }: Cases): Cases {
  const option = (options: Readonly<Options> | undefined): Options => [{ checkDataNames: true, ...options?.[0] }];
  return {
    valid: valid.map((item) => (typeof item === 'string' ? { code: item, options: option(undefined) } : { ...item, options: option(item.options) })),
    invalid: invalid.map((item) => ({ ...item, options: option(item.options) })),
  };
}

ruleTester.run('no-unbounded-concurrency', rule, withDataNames({
  valid: [
    { name: 'an array literal has a size the code fixes', code: 'await Promise.all([primary, replica].map(async (db) => db.query("select 1")));' },
    { name: 'a const array literal', code: 'const regions = ["eu", "us"]; await Promise.all(regions.map(async (region) => client.ping(region)));' },
    { name: 'a constant written in capitals', code: 'await Promise.all(SHARDS.map(async (shard) => shard.client.flush()));' },
    { name: 'a constant member', code: 'await Promise.all(config.REGIONS.map(async (region) => client.ping(region)));' },
    { name: 'the keys of an object literal', code: 'await Promise.all(Object.keys({ a: 1, b: 2 }).map(async (key) => cache.load(key)));' },
    { name: 'the values of an enum', code: 'enum Queue { Mail, Sms } await Promise.all(Object.values(Queue).map(async (queue) => broker.purge(queue)));' },
    { name: 'Array.from with a fixed length', code: 'await Promise.all(Array.from({ length: 4 }, (_, i) => i).map(async (i) => worker.start(i)));' },
    { name: 'a window of the array', code: 'await Promise.all(items.slice(0, 10).map(async (item) => store.save(item)));' },
    {
      name: 'a batch of fixed size, cut in a loop',
      code: `
async function saveAll(items: Item[]) {
  for (let i = 0; i < items.length; i += 50) {
    const slice = items.slice(i, i + 50);
    await Promise.all(slice.map(async (item) => store.save(item)));
  }
}
`,
    },
    {
      name: 'one chunk of a chunked list',
      code: `
async function saveAll(items: Item[]) {
  for (const group of chunk(items, 50)) {
    await Promise.all(group.map(async (item) => store.save(item)));
  }
}
`,
    },
    { name: 'a variable named as a batch', code: 'async function flush(batch: Item[]) { await Promise.all(batch.map(async (item) => store.save(item))); }' },
    {
      name: 'the parameter of a callback that receives one page',
      code: 'await User.findAllInBatches(query, async (users) => { await Promise.all(users.map(async (user) => mailer.send(user))); });',
    },
    {
      name: 'the result of a query with a visible limit',
      code: 'const rows = await db.select().from(jobs).limit(100); await Promise.all(rows.map(async (row) => queue.add(row)));',
    },
    {
      name: 'a take option',
      code: 'const users = await prisma.user.findMany({ where, take: 50 }); await Promise.all(users.map(async (user) => mailer.send(user)));',
    },
    { name: 'a registry of the component', code: 'class Pool { async drain() { await Promise.all(this.clients.map(async (client) => client.query("discard all"))); } }' },
    {
      name: 'an imported collection is another module\'s constant',
      code: 'import { WordMasteries } from "./model"; await Promise.all(WordMasteries.map(async (mastery) => this.getWords(mastery)));',
    },
    { name: 'a module-level registry', code: 'const servers: Server[] = []; export async function ping() { await Promise.all(servers.map(async (s) => s.query("select 1"))); }' },
    {
      name: 'each item goes through p-limit',
      code: `
import pLimit from 'p-limit';
const limit = pLimit(5);
async function loadAll(ids: string[]) {
  return Promise.all(ids.map((id) => limit(() => fetch(\`/api/\${id}\`))));
}
`,
    },
    {
      name: 'each item goes through a p-queue instance, renamed',
      code: `
import Queue from 'p-queue';
const jobs = new Queue({ concurrency: 4 });
async function runAll(tasks: Task[]) {
  await Promise.all(tasks.map(async (task) => jobs.add(() => task.run())));
}
`,
    },
    {
      name: 'a limiter by its name',
      code: 'await Promise.all(ids.map(async (id) => this.rateLimiter.schedule(() => api.get(id))));',
    },
    {
      name: 'a configured limiter',
      code: 'await Promise.all(ids.map(async (id) => gate.run(() => api.get(id))));',
      options: [{ limiters: ['gate.run'] }],
    },
    { name: 'stopping each server: lifecycle, not data', code: 'export async function stop() { const servers = await registry.listServers(); await Promise.all(servers.map(async (server) => server.close())); }' },
    {
      name: 'calling each registered handler',
      code: 'export async function emit(event) { const handlers = await registry.findHandlers(event); await Promise.allSettled(handlers.map(async (handler) => { log(handler.key); await handler.callback(); })); }',
    },
    { name: 'calling each subscriber taken from a pattern', code: 'await Promise.all(subscribers.map(async ({ id, subscriber }) => subscriber(event)));' },
    { name: 'an async callback that only computes', code: 'await Promise.all(items.map(async (item) => item.price * 2));' },
    { name: 'a local helper whose name says nothing about I/O', code: 'await Promise.all(documents.map(async (doc) => present(doc)));' },
    { name: 'a method of the class whose name says nothing about I/O', code: 'class S { async list(rows: Row[]) { return Promise.all(rows.map(async (row) => this.toDto(row))); } }' },
    { name: 'a method whose name says it computes', code: 'await Promise.all(items.map(async (item) => schema.parsePayload(item)));' },
    { name: 'a factory whose name says nothing about I/O', code: 'await Promise.all(runs.map(async (run) => createRunSummary(run)));' },
    {
      name: 'the values of a module-level registry',
      code: 'const sources = new Map<string, Source>(); export const collect = () => Promise.all(Array.from(sources.values()).map(async (s) => s.client.metrics()));',
    },
    {
      name: 'the local file system opens no connection',
      code: 'import fs from "node:fs/promises"; await Promise.all(files.map(async (file) => fs.readFile(file, "utf8")));',
    },
    {
      name: 'a tree walk that calls itself',
      code: `
const prune = async (nodes: Node[]): Promise<Node[]> =>
  Promise.all(nodes.map(async (node) => ({ ...node, children: await prune(node.children) })));
`,
    },
    { name: 'a builtin', code: 'await Promise.all(values.map(async (value) => JSON.stringify(value)));' },
    { name: 'a sync callback that calls no known client', code: 'await Promise.all(ids.map((id) => loader.load(id)));' },
    { name: 'a local fetch is not the global', code: 'const fetch = stub; await Promise.all(ids.map((id) => fetch(id)));' },
    { name: 'a local Promise is not the global', code: 'import Promise from "bluebird"; await Promise.all(ids.map(async (id) => api.get(id)));' },
    { name: 'Promise.all over something else', code: 'await Promise.all(pending);' },
    { name: 'forEach starts work but Promise.all is not involved', code: 'ids.forEach(async (id) => api.get(id));' },
    { name: 'a test file: its fixtures are small', filename: 'src/users.test.ts', code: 'await Promise.all(userIds.map(async (id) => db.insert(id)));' },
    { name: 'a test support folder', filename: 'src/test/seed.ts', code: 'await Promise.all(userIds.map(async (id) => db.insert(id)));' },
    { name: 'a fake store', filename: 'src/fake-user-store.ts', code: 'await Promise.all(userIds.map(async (id) => db.insert(id)));' },
    {
      name: 'browser code: the file imports a UI framework',
      filename: 'src/Uploader.tsx',
      code: 'import { useState } from "react"; await Promise.all(fileIds.map(async (id) => api.upload(id)));',
    },
    { name: 'browser code: a frontend folder', filename: 'frontend/src/hooks/useReports.ts', code: 'await Promise.all(ids.map((id) => fetch(`/api/reports/${id}`)));' },
    { name: 'browser code: use client', code: '"use client"; await Promise.all(fileIds.map(async (id) => api.upload(id)));' },
    {
      name: 'a parameter whose name says nothing of its size: it may hold three items or three million',
      code: 'export async function announce(subscribers: User[]) { await Promise.all(subscribers.map(async (s) => mailer.send(s.email))); }',
    },
    { name: 'a member whose name says nothing of its size', code: 'export async function f(team) { await Promise.all(team.members.map(async (m) => users.findById(m.userId))); }' },
    { name: 'the result of a helper', code: 'export async function f() { const hooks = pluginHooks("init"); await Promise.all(hooks.map(async (hook) => runner.call(hook))); }' },
    { name: 'a call that is not a list query', code: 'export async function f() { const prompts = await service.resolve(); await Promise.all(prompts.map(async (p) => webhooks.send(p))); }' },
    { name: 'a Set of a local Set is no global', code: 'class Set {} export async function f(ids) { await Promise.all(Array.from(new Set(ids.length)).map(async (id) => api.get(id))); }' },
    { name: 'a Set of two candidates', code: 'export async function f(a, b) { const candidateIds = [a, b].filter(Boolean); await Promise.all(Array.from(new Set(candidateIds)).map(async (id) => holdouts.getById(id))); }' },
    { name: 'browser code: a .tsx file', filename: 'src/editor/paste-handler.tsx', code: 'await Promise.all(srcUrls.map(async (url) => fetch(url)));' },
    { name: 'browser code: a .jsx file', filename: 'src/Gallery.jsx', code: 'await Promise.all(imageIds.map(async (id) => api.upload(id)));' },
    {
      name: 'browser code: the file reads window',
      code: 'if (url.host !== window.location.host) await Promise.all(fileIds.map(async (id) => api.upload(id)));',
    },
    {
      name: 'browser code: a browser global the config declares',
      code: 'export async function save(drafts: Draft[]) { localStorage.clear(); await Promise.all(draftIds.map(async (id) => api.save(id))); }',
      languageOptions: { globals: { localStorage: 'readonly' } },
    },
    { name: 'browser code: a front-end folder', filename: 'packages/front-end/services/sql.ts', code: 'await Promise.all(tableIds.map(async (id) => fetchTable(id)));' },
    { name: 'the locations of a deployment', code: 'export async function setup() { const locations = await registry.listLocations(); await Promise.all(locations.map(async (location) => registry.getRepo(location))); }' },
    { name: 'a scripts folder', filename: '.scripts/compare-database.ts', code: 'await Promise.all(tableIds.map(async (id) => pool.query(id)));' },
    { name: 'a command-line tool', filename: 'packages/cli/src/connectors.ts', code: 'await Promise.all(packagePaths.map(async (p) => loadPackage(p)));' },
    { name: 'a bin folder', filename: 'bin/reindex.ts', code: 'await Promise.all(userIds.map(async (id) => search.index(id)));' },
    { name: 'the environments of a project', code: 'export async function enable(id) { const environments = await db("project_environments").select("name").where({ id }); await Promise.all(environments.map(async (env) => store.connect(env))); }' },
    { name: 'a configuration noun followed by a link word', code: 'export async function f(id) { const envsToEnable = (await environmentStore.getAll()).filter(isOn); await Promise.all(envsToEnable.map(async (env) => store.connectProject(env, id))); }' },
    { name: 'a configuration noun after a qualifier', code: 'export async function f(tenantId) { const customDomains = await domains.findAll({ tenantId }); await Promise.all(customDomains.map(async ({ domain }) => cdn.updateSite(domain))); }' },
    { name: 'data sources', code: 'export async function f() { const dataSources = await prisma.dataSource.findMany(); await Promise.all(dataSources.filter(isEnabled).map(async (dataSource) => prisma.symbolProfile.count({ where: { dataSource } }))); }' },
    { name: 'data sources in snake case', code: 'export async function f() { const data_sources = await db.query(sql); await Promise.all(data_sources.map(async (source) => db.count(source))); }' },
    { name: 'the claims of a token', code: 'export async function f() { const claims = await claimStore.findAll(); return Promise.all(claims.map(async (claim) => users.findClaim(claim))); }' },
    {
      name: 'a page size passed by name',
      code: 'async function list() { const [count, entities] = await organizations.findAll(limit, offset); await Promise.all(entities.map(async (entity) => users.getFeatured(entity.id))); }',
    },
    {
      name: 'a page size read from the request',
      code: 'async function list(ctx) { const rows = await repo.list(ctx.pagination.pageSize); await Promise.all(rows.map(async (row) => repo.load(row.id))); }',
    },
    {
      name: 'a method whose name says it generates, signs or encrypts',
      code: 'await Promise.all(attachmentIds.map(async (attachmentId) => { const token = await this.tokenService.generateAttachmentToken({ attachmentId }); return token; }));',
    },
    {
      name: 'a method that returns an address, not calls it',
      code: 'export async function sign(paths: string[]) { return Promise.all(paths.map(async (path) => this.storage.getPreviewUrlByPath(path))); }',
    },
    {
      name: 'a value taken from the item is stopped',
      code: 'await Promise.all((await this.cache.list()).map(async ([, entry]) => { const tenant = await entry.value; return tenant.dispose(); }));',
    },
  ],
  invalid: [
    {
      name: 'a method that names an address but does not end with it',
      code: 'export async function f(paths: string[]) { return Promise.all(paths.map(async (path) => this.storage.uploadUrlList(path))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 51, endLine: 1, endColumn: 62, suggestions: [] }],
    },
    {
      name: 'the rows of a query',
      code: 'export async function f() { const documents = await Document.findAll({ where }); await Promise.all(documents.map(async (d) => storage.delete(d.path))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 88, endLine: 1, endColumn: 99, suggestions: [{ messageId: 'runOneAtATime', output: 'export async function f() { const documents = await Document.findAll({ where }); for (const d of documents) { await storage.delete(d.path); } }' }] }],
    },
    {
      name: 'a query chain that ends in execute',
      code: 'export async function f() { const avatars = await db.selectFrom("attachments").where("type", "=", "avatar").execute(); await Promise.all(avatars.map(async (a) => storage.delete(a.path))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 126, endLine: 1, endColumn: 137, suggestions: [{ messageId: 'runOneAtATime', output: 'export async function f() { const avatars = await db.selectFrom("attachments").where("type", "=", "avatar").execute(); for (const a of avatars) { await storage.delete(a.path); } }' }] }],
    },
    {
      name: 'a property named for ids of an awaited result',
      code: 'export async function f() { await Promise.all((await pads.listAllPads()).padIDs.map(async (id) => pads.getPad(id))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 35, endLine: 1, endColumn: 46, suggestions: [{ messageId: 'runOneAtATime', output: 'export async function f() { for (const id of (await pads.listAllPads()).padIDs) { await pads.getPad(id); } }' }] }],
    },
    {
      name: 'rows taken apart from a query',
      code: 'export async function f() { const [tables] = await pool.query(sql); await Promise.all(tables.map(async (t) => pool.query(t.name))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 75, endLine: 1, endColumn: 86, suggestions: [{ messageId: 'runOneAtATime', output: 'export async function f() { const [tables] = await pool.query(sql); for (const t of tables) { await pool.query(t.name); } }' }] }],
    },
    {
      name: 'a property taken apart from a query',
      code: 'export async function f() { const { data } = await supabase.from("jobs").select(); await Promise.all(data.map(async (job) => mailer.send(job))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 90, endLine: 1, endColumn: 101, suggestions: [{ messageId: 'runOneAtATime', output: 'export async function f() { const { data } = await supabase.from("jobs").select(); for (const job of data) { await mailer.send(job); } }' }] }],
    },
    {
      name: 'unique ids of a spread',
      code: 'export async function f(a, bIds) { const all = uniq([...a, ...bIds]); await Promise.all(all.map(async (id) => store.load(id))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 77, endLine: 1, endColumn: 88, suggestions: [{ messageId: 'runOneAtATime', output: 'export async function f(a, bIds) { const all = uniq([...a, ...bIds]); for (const id of all) { await store.load(id); } }' }] }],
    },
    {
      name: 'a Set of trace ids, spread',
      code: 'export async function f(traceIds: Set<string>) { await Promise.all([...traceIds].map(async (id) => redis.set(id, "1"))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 56, endLine: 1, endColumn: 67, suggestions: [{ messageId: 'runOneAtATime', output: 'export async function f(traceIds: Set<string>) { for (const id of [...traceIds]) { await redis.set(id, "1"); } }' }] }],
    },
    {
      name: 'Array.from of a Set of ids',
      code: 'export async function f(ids: string[]) { await Promise.all(Array.from(new Set(ids)).map(async (id) => api.get(id))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 48, endLine: 1, endColumn: 59, suggestions: [{ messageId: 'runOneAtATime', output: 'export async function f(ids: string[]) { for (const id of Array.from(new Set(ids))) { await api.get(id); } }' }] }],
    },
    {
      name: 'lodash uniq and concat',
      code: 'export async function f(ids, more) { await Promise.all(_.uniq(ids.concat(more)).map(async (id) => api.get(id))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 44, endLine: 1, endColumn: 55, suggestions: [{ messageId: 'runOneAtATime', output: 'export async function f(ids, more) { for (const id of _.uniq(ids.concat(more))) { await api.get(id); } }' }] }],
    },
    {
      name: 'a global Object.values of a named map',
      code: 'export async function f(byKeys) { await Promise.all(Object.values(byKeys).map(async (v) => cache.del(v))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 41, endLine: 1, endColumn: 52, suggestions: [{ messageId: 'runOneAtATime', output: 'export async function f(byKeys) { for (const v of Object.values(byKeys)) { await cache.del(v); } }' }] }],
    },
    {
      name: 'a configuration noun that is not the head of the name: records of a domain',
      code: 'await Promise.all(domainRecords.map(async (record) => dns.upsert(record)));',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 7, endLine: 1, endColumn: 18, suggestions: [{ messageId: 'runOneAtATime', output: 'for (const record of domainRecords) { await dns.upsert(record); }' }] }],
    },
    {
      name: 'a configuration noun followed by another noun: ids of events of a provider',
      code: 'await Promise.all(providerEventIds.map(async (id) => api.sync(id)));',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 7, endLine: 1, endColumn: 18, suggestions: [{ messageId: 'runOneAtATime', output: 'for (const id of providerEventIds) { await api.sync(id); }' }] }],
    },
    {
      name: 'a value computed from the item is not the item: the call is I/O',
      code: 'await Promise.all(userIds.map(async (userId) => { const account = await accounts.load(userId); return account.save(); }));',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 7, endLine: 1, endColumn: 18, suggestions: [] }],
    },
    {
      name: 'an unrelated argument name does not cap the query',
      code: 'async function f() { const rows = await repo.list(offset); await Promise.all(rows.map(async (row) => repo.load(row.id))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 66, endLine: 1, endColumn: 77, suggestions: [{ messageId: 'runOneAtATime', output: 'async function f() { const rows = await repo.list(offset); for (const row of rows) { await repo.load(row.id); } }' }] }],
    },
    {
      name: 'taken apart from a query with no visible limit',
      code: 'async function f() { const [count, rows] = await repo.findAll(offset); await Promise.all(rows.map(async (row) => repo.load(row.id))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 78, endLine: 1, endColumn: 89, suggestions: [{ messageId: 'runOneAtATime', output: 'async function f() { const [count, rows] = await repo.findAll(offset); for (const row of rows) { await repo.load(row.id); } }' }] }],
    },
    {
      name: 'a window declared by this file is not the browser',
      code: 'const window = { start: 0 }; await Promise.all(userIds.map(async (id) => mailer.send(id, window.start)));',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 36, endLine: 1, endColumn: 47, suggestions: [{ messageId: 'runOneAtATime', output: 'const window = { start: 0 }; for (const id of userIds) { await mailer.send(id, window.start); }' }] }],
    },
    {
      name: 'a migrations folder is not a script folder',
      filename: 'server/migrations/20171225-set-admins.ts',
      code: 'await Promise.all(teamIds.map(async (teamId) => db.query(teamId)));',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 7, endLine: 1, endColumn: 18, suggestions: [{ messageId: 'runOneAtATime', output: 'for (const teamId of teamIds) { await db.query(teamId); }' }] }],
    },
    {
      name: 'an async callback that calls a client method',
      code: `
async function notifyAll(userIds: string[]) {
  await Promise.all(userIds.map(async (id) => mailer.send(id)));
}
`,
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 3, column: 9, endLine: 3, endColumn: 20, suggestions: [{ messageId: 'runOneAtATime', output: `
async function notifyAll(userIds: string[]) {
  for (const id of userIds) { await mailer.send(id); }
}
` }] }],
    },
    {
      name: 'a sync callback that returns the global fetch',
      code: `
function loadAll(ids: string[]) {
  return Promise.allSettled(ids.map((id) => fetch(\`/api/items/\${id}\`)));
}
`,
      errors: [
        { messageId: 'unboundedConcurrency', data: { combinator: 'Promise.allSettled' }, line: 3, column: 10, endLine: 3, endColumn: 28, suggestions: [] },
      ],
    },
    {
      name: 'a sync callback that returns an axios call',
      code: `
import axios from 'axios';
function loadAll(ids: string[]) {
  return Promise.any(ids.map((id) => axios.get(\`/api/items/\${id}\`)));
}
`,
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.any' }, line: 4, column: 10, endLine: 4, endColumn: 21, suggestions: [] }],
    },
    {
      name: 'optional chaining and a block body',
      code: `
async function removeAll(keys: string[]) {
  await Promise.all(keys?.map(async (key) => { await redis.del(key); }));
}
`,
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 3, column: 9, endLine: 3, endColumn: 20, suggestions: [] }],
    },
    {
      name: 'a callback passed by name, through a type assertion',
      code: `
async function saveAll(rows: Row[]) {
  await Promise.all((rows as Row[]).map(saveRow));
}
async function saveRow(row: Row) {
  await db.insert(row);
}
`,
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 3, column: 9, endLine: 3, endColumn: 20, suggestions: [] }],
    },
    {
      name: 'a method of the class whose name says it uploads',
      code: `
async function syncAll(rows: Row[]) {
  await Promise.race(rows.map(async (row) => this.uploadRow(row)));
}
`,
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.race' }, line: 3, column: 9, endLine: 3, endColumn: 21, suggestions: [] }],
    },
    {
      name: 'an awaited repository call inside a larger expression',
      code: `
async function loadAll(ids: string[]) {
  return Promise.all(ids.map(async (id) => (await repo.findById(id)) ?? fallback));
}
`,
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 3, column: 10, endLine: 3, endColumn: 21, suggestions: [] }],
    },
    {
      name: 'a helper named for loading, followed by then',
      code: `
async function loadAll(ids: string[]) {
  const results = await Promise.all(ids.map(async (id) => loadItem(id).then(parse)));
  return results;
}
`,
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 3, column: 25, endLine: 3, endColumn: 36, suggestions: [] }],
    },
    {
      name: 'a query result with no visible limit',
      code: `
async function remindAll() {
  const users = await prisma.user.findMany({ where: { active: true } });
  await Promise.all(users.map(async (user) => mailer.send(user.email)));
}
`,
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 4, column: 9, endLine: 4, endColumn: 20, suggestions: [{ messageId: 'runOneAtATime', output: `
async function remindAll() {
  const users = await prisma.user.findMany({ where: { active: true } });
  for (const user of users) { await mailer.send(user.email); }
}
` }] }],
    },
    {
      name: 'a filter keeps the size unknown',
      code: `
async function purge(paths: string[]) {
  await Promise.all(paths.filter(Boolean).map(async (path) => bucket.file(path).delete()));
}
`,
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 3, column: 9, endLine: 3, endColumn: 20, suggestions: [{ messageId: 'runOneAtATime', output: `
async function purge(paths: string[]) {
  for (const path of paths.filter(Boolean)) { await bucket.file(path).delete(); }
}
` }] }],
    },
    {
      name: 'a limiter that the item does not go through',
      code: `
import pLimit from 'p-limit';
const limit = pLimit(5);
async function loadAll(ids: string[]) {
  return Promise.all(ids.map(async (id) => api.get(id)));
}
`,
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 5, column: 10, endLine: 5, endColumn: 21, suggestions: [] }],
    },
  ],
}));

jsRuleTester.run('no-unbounded-concurrency (.js, espree)', rule, withDataNames({
  valid: [{ name: 'a literal', code: 'await Promise.all([a, b].map(async (x) => x.save()));' }],
  invalid: [
    {
      name: 'plain JavaScript',
      code: `
async function notifyAll(userIds) {
  await Promise.all(userIds.map(async (id) => mailer.send(id)));
}
`,
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 3, column: 9, endLine: 3, endColumn: 20, suggestions: [{ messageId: 'runOneAtATime', output: `
async function notifyAll(userIds) {
  for (const id of userIds) { await mailer.send(id); }
}
` }] }],
    },
  ],
}));

ruleTester.run('no-unbounded-concurrency: more collections, callbacks and limiters', rule, withDataNames({
  valid: [
  {
    name: 'Promise.all without an argument',
    code: 'await Promise.all();',
  },
  {
    name: 'Promise.all of a spread',
    code: 'await Promise.all(...lists);',
  },
  {
    name: 'a filter is no map',
    code: `
export async function load(ids: string[]) {
  await Promise.all(ids.filter(Boolean));
}`,
  },
  {
    name: 'map without a callback',
    code: `
export async function load(ids: string[]) {
  await Promise.all(ids.map());
}`,
  },
  {
    name: 'map of a spread callback',
    code: `
export async function load(ids: string[]) {
  await Promise.all(ids.map(...callbacks));
}`,
  },
  {
    name: 'a spread of an optional constant member',
    code: `
export async function load(ids: string[]) {
  await Promise.all([...config?.REGIONS].map((region) => fetch(region)));
}`,
  },
  {
    name: 'a batch member',
    code: `
export async function load(ids: string[]) {
  await Promise.all(job.batch.map((id) => fetch(id)));
}`,
  },
  {
    name: 'a member of a module-level registry',
    code: `
const registry = createRegistry();
export async function load(ids: string[]) {
  await Promise.all(registry.endpointUrls.map((url) => fetch(url)));
}`,
  },
  {
    name: 'the keys of an object spread from a constant',
    code: `
export async function load() {
  await Promise.all(Object.keys({ ...DEFAULTS, extra: 1 }).map((key) => fetch(key)));
}`,
  },
  {
    name: 'the keys of a constant member',
    code: `
export async function load() {
  await Promise.all(Object.keys(config.REGIONS).map((key) => fetch(key)));
}`,
  },
  {
    name: 'the keys of a constant name',
    code: `
export async function load() {
  await Promise.all(Object.keys(REGIONS).map((key) => fetch(key)));
}`,
  },
  {
    name: 'the keys of a local object literal',
    code: `
export async function load() {
  const regions = { eu: 1, us: 2 };
  await Promise.all(Object.keys(regions).map((key) => fetch(key)));
}`,
  },
  {
    name: 'one group of a list of chunks',
    code: `
export async function load(chunks: string[][]) {
  for (const group of chunks) {
    await Promise.all(group.map((id) => fetch(id)));
  }
}`,
  },
  {
    name: 'the rows of one page',
    code: `
export async function load() {
  await eachPage(async (rows) => {
    await Promise.all(rows.map((row) => fetch(row.url)));
  });
}`,
  },
  {
    name: 'a query with a limit, not awaited',
    code: `
export async function load() {
  const rows = db.select().from(users).limit(10);
  await Promise.all(rows.map((row) => fetch(row.url)));
}`,
  },
  {
    name: 'a query with a take option',
    code: `
export async function load() {
  const rows = await prisma.user.findMany({ take: 50 });
  await Promise.all(rows.map((row) => fetch(row.url)));
}`,
  },
  {
    name: 'a quoted limit key',
    code: `
export async function load() {
  const rows = await prisma.user.findMany({ 'take': 50 });
  await Promise.all(rows.map((row) => fetch(row.url)));
}`,
  },
  {
    name: 'a nested limit key',
    code: `
export async function load() {
  const rows = await api.list({ pagination: { limit: 10 } });
  await Promise.all(rows.map((row) => fetch(row.url)));
}`,
  },
  {
    name: 'an unknown function passed by name',
    code: `
export async function load(ids: string[]) {
  await Promise.all(ids.map(process));
}`,
  },
  {
    name: 'a tree walk calls itself',
    code: `
const fetchTree = async (nodes: Node[]): Promise<unknown> =>
  Promise.all(nodes.map(async (node) => fetchTree(node.children)));`,
  },
  {
    name: 'a tree walk declared as a function',
    code: `
async function fetchTree(nodes: Node[]): Promise<unknown> {
  return Promise.all(nodes.map(async (node) => fetchTree(node.children)));
}`,
  },
  {
    name: 'a callee that is a call',
    code: `
export async function load(ids: string[]) {
  await Promise.all(ids.map(async (id) => await getClient()(id)));
}`,
  },
  {
    name: 'a built-in global computes',
    code: `
export async function load(ids: string[]) {
  await Promise.all(ids.map(async (id) => await Promise.resolve(id)));
}`,
  },
  {
    name: 'a call used as a computed key is not the result',
    code: `
export async function load(ids: string[]) {
  await Promise.all(ids.map(async (id) => await cache[store.key(id)]));
}`,
  },
  {
    name: 'then read without a call',
    code: `
export async function load(ids: string[]) {
  await Promise.all(ids.map(async (id) => await client.get(id).then));
}`,
  },
  {
    name: 'a member callback',
    code: `
export async function load(ids: string[]) {
  await Promise.all(ids.map(this.load));
}`,
  },
  {
    name: 'a const that is not a function passed by name',
    code: `
const loadUser = makeLoader();
export async function load(ids: string[]) {
  await Promise.all(ids.map(loadUser));
}`,
  },
  {
    name: 'each item is called',
    code: `
export async function load(handlers: Handler[], url: string, event: Event) {
  await Promise.all(handlers.map(async (handler) => { await fetch(url); return handler(event); }));
}`,
  },
  {
    name: 'a configured limiter with a dotted path',
    code: `
export async function load(ids: string[]) {
  await Promise.all(ids.map(async (id) => {
    const user = await services.pool.run(() => client.get(id));
    return repo.save(user);
  }));
}`,
    options: [{ limiters: ['pool.run'] }],
  },
  {
    name: 'a p-limit limiter under another name',
    code: `
import pLimit from 'p-limit';
const gate = pLimit(4);
export async function load(ids: string[]) {
  await Promise.all(ids.map(async (id) => {
    const user = await gate(() => client.get(id));
    return repo.save(user);
  }));
}`,
  },
  {
    name: 'a promise chain that is not awaited is no result',
    code: `
export async function load(ids: string[]) {
  await Promise.all(ids.map(async (id) => {
    client.get(id).then(save);
  }));
}`,
  },
  {
    name: 'a computed method of a promise chain that is not awaited',
    code: `
export async function load(ids: string[]) {
  await Promise.all(ids.map(async (id) => {
    client.get(id)[method](save);
  }));
}`,
  },
  {
    name: 'nothing says what it holds: the result of a function call',
    code: `
export async function load() {
  await Promise.all(getIds().map((id) => fetch(id)));
}`,
  },
  {
    name: 'nothing says what it holds: a computed method call',
    code: `
export async function load() {
  await Promise.all(store[method]().map((id) => fetch(id)));
}`,
  },
  {
    name: 'nothing says what it holds: Object.keys of a spread',
    code: `
export async function load() {
  await Promise.all(Object.keys(...sources).map((key) => fetch(key)));
}`,
  },
  {
    name: 'nothing says what it holds: Reflect.ownKeys',
    code: `
export async function load(source: object) {
  await Promise.all(Reflect.ownKeys(source).map((key) => fetch(String(key))));
}`,
  },
  {
    name: 'nothing says what it holds: the keys of a computed member',
    code: `
export async function load() {
  await Promise.all(Object.keys(config[kind]).map((key) => fetch(key)));
}`,
  },
  {
    name: 'nothing says what it holds: the keys of a call result',
    code: `
export async function load() {
  await Promise.all(Object.keys(loadConfig()).map((key) => fetch(key)));
}`,
  },
  {
    name: 'a chain of filters too long to follow says nothing',
    code: `
export async function load(ids: string[]) {
  await Promise.all(ids.filter(a).filter(b).filter(c).filter(d).filter(e).filter(f).filter(g).map((id) => fetch(id)));
}`,
  },
  ],
  invalid: [
  {
    name: 'two unbounded fan-outs in one file',
    code: `
export async function load(ids: string[]) {
  await Promise.all(ids.map((id) => fetch(\`/a/\${id}\`)));
  await Promise.all(ids.map((id) => fetch(\`/b/\${id}\`)));
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 20,
        suggestions: [],
      },
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    name: 'the keys of a lower-case member',
    code: `
export async function load() {
  await Promise.all(Object.keys(state.sessionIDs).map((key) => fetch(key)));
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    name: 'the keys of a var declared twice',
    code: `
export async function load() {
  var sessionIds = { eu: 1 };
  var sessionIds = { eu: 1, us: 2 };
  await Promise.all(Object.keys(sessionIds).map((key) => fetch(key)));
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 5,
        column: 9,
        endLine: 5,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    name: 'the keys of an undeclared object',
    code: `
export async function load() {
  await Promise.all(Object.keys(sessionIds).map((key) => fetch(key)));
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a caught list',
    code: `
export async function load() {
  try {
    await run();
  } catch (failedUrls) {
    await Promise.all(failedUrls.map((url) => fetch(url)));
  }
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 22,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a query function without a limit',
    code: `
export async function load() {
  const rows = await findUsers({ where });
  await Promise.all(rows.map((row) => fetch(row.url)));
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    name: 'query options that are not an object literal',
    code: `
export async function load() {
  const rows = await prisma.user.findMany(query);
  await Promise.all(rows.map((row) => fetch(row.url)));
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    name: 'spread and computed query options',
    code: `
export async function load() {
  const rows = await prisma.user.findMany({ ...query, [key]: 1 });
  await Promise.all(rows.map((row) => fetch(row.url)));
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a member of a call result is no registry',
    code: `
export async function load() {
  await Promise.all(getRegistry().endpointUrls.map((url) => fetch(url)));
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a member of an undeclared object',
    code: `
export async function load() {
  await Promise.all(registry.endpointUrls.map((url) => fetch(url)));
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a member of a local object',
    code: `
export async function load() {
  const registry = await loadRegistry();
  await Promise.all(registry.endpointUrls.map((url) => fetch(url)));
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a destructured list',
    code: `
export async function load() {
  const { ids } = await loadInput();
  await Promise.all(ids.map((id) => fetch(id)));
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a list declared without a value',
    code: `
export async function load() {
  let ids;
  ids = await loadIds();
  await Promise.all(ids.map((id) => fetch(id)));
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 5,
        column: 9,
        endLine: 5,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a list written twice',
    code: `
export async function load() {
  let ids = ['a'];
  ids = await loadIds();
  await Promise.all(ids.map((id) => fetch(id)));
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 5,
        column: 9,
        endLine: 5,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    name: 'fetch passed by name',
    code: `
export async function load(ids: string[]) {
  await Promise.all(ids.map(fetch));
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    name: 'an undeclared I/O function',
    code: `
export async function load(ids: string[]) {
  await Promise.all(ids.map(async (id) => fetchUser(id)));
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 20,
        suggestions: [{ messageId: 'runOneAtATime', output: `
export async function load(ids: string[]) {
  for (const id of ids) { await fetchUser(id); }
}` }],
      },
    ],
  },
  {
    name: 'a let assigned an I/O function later',
    code: `
export async function load(ids: string[]) {
  let fetchOne;
  fetchOne = client.get;
  await Promise.all(ids.map(async (id) => fetchOne(id)));
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 5,
        column: 9,
        endLine: 5,
        endColumn: 20,
        suggestions: [{ messageId: 'runOneAtATime', output: `
export async function load(ids: string[]) {
  let fetchOne;
  fetchOne = client.get;
  for (const id of ids) { await fetchOne(id); }
}` }],
      },
    ],
  },
  {
    name: 'a computed client method',
    code: `
export async function load(ids: string[]) {
  await Promise.all(ids.map(async (id) => await client[method](id)));
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 20,
        suggestions: [{ messageId: 'runOneAtATime', output: `
export async function load(ids: string[]) {
  for (const id of ids) { await client[method](id); }
}` }],
      },
    ],
  },
  {
    name: 'a client call behind as',
    code: `
export async function load(ids: string[]) {
  await Promise.all(ids.map(async (id) => await (client.get(id) as Promise<User>)));
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 20,
        suggestions: [{ messageId: 'runOneAtATime', output: `
export async function load(ids: string[]) {
  for (const id of ids) { await (client.get(id) as Promise<User>); }
}` }],
      },
    ],
  },
  {
    name: 'a client call followed by then',
    code: `
export async function load(ids: string[]) {
  await Promise.all(ids.map(async (id) => await client.get(id).then(parse)));
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 20,
        suggestions: [{ messageId: 'runOneAtATime', output: `
export async function load(ids: string[]) {
  for (const id of ids) { await client.get(id).then(parse); }
}` }],
      },
    ],
  },
  {
    name: 'a computed method on the promise of a client call',
    code: `
export async function load(ids: string[]) {
  await Promise.all(ids.map(async (id) => await client.get(id)[method](parse)));
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 20,
        suggestions: [{ messageId: 'runOneAtATime', output: `
export async function load(ids: string[]) {
  for (const id of ids) { await client.get(id)[method](parse); }
}` }],
      },
    ],
  },
  {
    name: 'a function declaration passed by name',
    code: `
async function loadUser(id: string) {
  return fetch(\`/users/\${id}\`);
}
export async function load(ids: string[]) {
  await Promise.all(ids.map(loadUser));
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 6,
        column: 9,
        endLine: 6,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a const arrow passed by name',
    code: `
const loadUser = async (id: string) => fetch(\`/users/\${id}\`);
export async function load(ids: string[]) {
  await Promise.all(ids.map(loadUser));
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a callback without parameters',
    code: `
export async function load(ids: string[], url: string) {
  await Promise.all(ids.map(async () => fetch(url)));
}`,
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 20,
        suggestions: [],
      },
    ],
  },
  {
    name: 'a configured limiter the callback does not call',
    code: `
export async function load(ids: string[]) {
  await Promise.all(ids.map(async (id) => repo.save(id)));
}`,
    options: [{ limiters: ['pool.run'] }],
    errors: [
      {
        messageId: 'unboundedConcurrency',
        data: { combinator: 'Promise.all' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 20,
        suggestions: [{ messageId: 'runOneAtATime', output: `
export async function load(ids: string[]) {
  for (const id of ids) { await repo.save(id); }
}` }],
      },
    ],
  },
  ],
}));

ruleTester.run('no-unbounded-concurrency: the serial loop suggestion', rule, withDataNames({
  valid: [],
  invalid: [
    {
      name: 'a type annotation on the parameter is left out of the loop',
      code: 'export async function f(ids: string[]) { await Promise.all(ids.map(async (id: string) => store.delete(id))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 48, endLine: 1, endColumn: 59, suggestions: [{ messageId: 'runOneAtATime', output: 'export async function f(ids: string[]) { for (const id of ids) { await store.delete(id); } }' }] }],
    },
    {
      name: 'a destructured parameter',
      code: 'export async function f(records: Row[]) { await Promise.all(records.map(async ({ id, path }: Row) => bucket.delete(path, id))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 49, endLine: 1, endColumn: 60, suggestions: [{ messageId: 'runOneAtATime', output: 'export async function f(records: Row[]) { for (const { id, path } of records) { await bucket.delete(path, id); } }' }] }],
    },
    {
      name: 'a block body that does not return becomes the loop body, comments and all',
      code: `
export async function f(ids: string[]) {
  await Promise.all(
    ids.map(async (id) => {
      const user = await users.load(id); // one query per user
      await mailer.send(user.email);
    }),
  );
}`,
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 3, column: 9, endLine: 3, endColumn: 20, suggestions: [{ messageId: 'runOneAtATime', output: `
export async function f(ids: string[]) {
  for (const id of ids) {
      const user = await users.load(id); // one query per user
      await mailer.send(user.email);
    }
}` }] }],
    },
    {
      name: 'a block body that returns has no loop (return would leave the function)',
      code: 'export async function f(ids: string[]) { await Promise.all(ids.map(async (id) => { if (!id) return; await store.delete(id); })); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 48, endLine: 1, endColumn: 59, suggestions: [] }],
    },
    {
      name: 'a return in a nested function does not count',
      code: 'export async function f(ids: string[]) { await Promise.all(ids.map(async (id) => { await store.delete(id, () => { return 1; }); })); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 48, endLine: 1, endColumn: 59, suggestions: [{ messageId: 'runOneAtATime', output: 'export async function f(ids: string[]) { for (const id of ids) { await store.delete(id, () => { return 1; }); } }' }] }],
    },
    {
      name: 'a parameter the callback assigns to is a let',
      code: 'export async function f(paths: string[]) { await Promise.all(paths.map(async (path) => { path = path.trim(); await bucket.delete(path); })); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 50, endLine: 1, endColumn: 61, suggestions: [{ messageId: 'runOneAtATime', output: 'export async function f(paths: string[]) { for (let path of paths) { path = path.trim(); await bucket.delete(path); } }' }] }],
    },
    {
      name: 'an array expression that reads the parameter\'s name has no loop',
      code: 'export async function f(ids: string[]) { await Promise.all(ids.filter(Boolean).map(async (ids) => store.delete(ids))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 48, endLine: 1, endColumn: 59, suggestions: [] }],
    },
    {
      name: 'a comment outside the array and the body has no loop (it would be lost)',
      code: 'export async function f(ids: string[]) { await Promise.all(/* every id */ ids.map(async (id) => store.delete(id))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 48, endLine: 1, endColumn: 59, suggestions: [] }],
    },
    {
      name: 'a comment inside the array expression is kept',
      code: 'export async function f(ids: string[]) { await Promise.all(ids.filter(/* drop empties */ Boolean).map(async (id) => store.delete(id))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 48, endLine: 1, endColumn: 59, suggestions: [{ messageId: 'runOneAtATime', output: 'export async function f(ids: string[]) { for (const id of ids.filter(/* drop empties */ Boolean)) { await store.delete(id); } }' }] }],
    },
    {
      name: 'the index parameter has no loop',
      code: 'export async function f(ids: string[]) { await Promise.all(ids.map(async (id, index) => store.save(id, index))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 48, endLine: 1, endColumn: 59, suggestions: [] }],
    },
    {
      name: 'a default value has no loop',
      code: 'export async function f(ids: string[]) { await Promise.all(ids.map(async (id = "none") => store.delete(id))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 48, endLine: 1, endColumn: 59, suggestions: [] }],
    },
    {
      name: 'Promise.allSettled has no loop (a failure does not stop the others)',
      code: 'export async function f(ids: string[]) { await Promise.allSettled(ids.map(async (id) => store.delete(id))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.allSettled' }, line: 1, column: 48, endLine: 1, endColumn: 66, suggestions: [] }],
    },
    {
      name: 'a result that is kept has no loop',
      code: 'export async function f(ids: string[]) { const users = await Promise.all(ids.map(async (id) => users.load(id))); return users; }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 62, endLine: 1, endColumn: 73, suggestions: [] }],
    },
    {
      name: 'a callback written as a function expression has no loop',
      code: 'export async function f(ids: string[]) { await Promise.all(ids.map(async function (id) { await store.delete(id); })); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 48, endLine: 1, endColumn: 59, suggestions: [] }],
    },
    {
      name: 'a body of lower precedence than await is parenthesized',
      code: 'export async function f(ids: string[]) { await Promise.all(ids.map(async (id) => store.delete(id) as Promise<void>)); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 48, endLine: 1, endColumn: 59, suggestions: [{ messageId: 'runOneAtATime', output: 'export async function f(ids: string[]) { for (const id of ids) { await (store.delete(id) as Promise<void>); } }' }] }],
    },
    {
      name: 'a parenthesized body keeps its parentheses',
      code: 'export async function f(ids: string[]) { await Promise.all(ids.map(async (id) => (store.delete(id)))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 48, endLine: 1, endColumn: 59, suggestions: [{ messageId: 'runOneAtATime', output: 'export async function f(ids: string[]) { for (const id of ids) { await (store.delete(id)); } }' }] }],
    },
    {
      name: 'an awaited body is not awaited twice',
      code: 'export async function f(ids: string[]) { await Promise.all(ids.map(async (id) => await store.delete(id))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 48, endLine: 1, endColumn: 59, suggestions: [{ messageId: 'runOneAtATime', output: 'export async function f(ids: string[]) { for (const id of ids) { await store.delete(id); } }' }] }],
    },
    {
      name: 'an array expression in parentheses keeps them',
      code: 'export async function f(ids: unknown) { await Promise.all((ids as string[]).map(async (id) => store.delete(id))); }',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 1, column: 47, endLine: 1, endColumn: 58, suggestions: [{ messageId: 'runOneAtATime', output: 'export async function f(ids: unknown) { for (const id of (ids as string[])) { await store.delete(id); } }' }] }],
    },
    {
      name: 'a statement without a semicolon before a line that starts with a parenthesis',
      code: 'export async function f(ids: string[]) {\n  await Promise.all(ids.map(async (id) => store.delete(id)))\n  ;(globalThis as any).done = true\n}',
      errors: [{ messageId: 'unboundedConcurrency', data: { combinator: 'Promise.all' }, line: 2, column: 9, endLine: 2, endColumn: 20, suggestions: [{ messageId: 'runOneAtATime', output: `export async function f(ids: string[]) {
  for (const id of ids) { await store.delete(id); }
  ;(globalThis as any).done = true
}` }] }],
    },
  ],
}));

ruleTester.run('no-unbounded-concurrency: default options, where only query results count as data', rule, {
  valid: [
    { name: 'a parameter named ids is no evidence by default', code: 'export async function f(ids: string[]) { await Promise.all(ids.map(async (id) => store.delete(id))); }' },
    { name: 'a property named records is no evidence by default', code: 'export async function f(opts: Options) { await Promise.all(opts.records.map(async (r) => store.save(r))); }' },
    {
      name: 'ids gathered from a parameter are no evidence by default',
      code: 'export async function f(subscriptions: Sub[]) { const productIds = [...new Set(subscriptions.map((s) => s.product))]; await Promise.all(productIds.map(async (id) => stripe.products.retrieve(id))); }',
    },
    {
      name: 'the webhooks of an event are configured by hand',
      code: 'export async function f(event: string) { const allWebhooks = await getAllWebhooksByEventTrigger(event); await Promise.all(allWebhooks.map(async (hook) => jobs.trigger(hook))); }',
    },
    {
      name: 'the roles of an organization are configured by hand',
      code: 'export async function f(organizationId: string) { const roles = await manager.findBy(Role, { organizationId }); await Promise.all(roles.map(async (role) => manager.findBy(User, { roleId: role.id }))); }',
    },
    {
      name: 'the teams of a user are few',
      code: 'export async function f(userId: string) { const teams = await getAllUserTeams(userId); await Promise.all(teams.map(async (team) => fetchTeam(team.id))); }',
    },
    {
      name: 'the collections of a database are its schema',
      code: 'export async function f(db: Db) { const existingCollections = await db.listCollections().toArray(); await Promise.all(existingCollections.map(async (c) => db.collection(c.name).deleteMany({}))); }',
    },
    {
      name: 'a function named remove* is no I/O: it usually takes something out of a value',
      code: 'export async function f() { const docs = await Doc.findAll(); await Promise.all(docs.map(async (doc) => removeDraftFields(doc))); }',
    },
    {
      name: 'a folder of scripts with a prefix',
      filename: 'packages/server/migration-scripts/add-fields.ts',
      code: 'export async function run() { const fields = await prisma.field.findMany(); await Promise.all(fields.map(async (field) => prisma.field.update({ where: { id: field.id }, data: {} }))); }',
    },
  ],
  invalid: [
    {
      name: 'the rows of a query, with the default options',
      code: 'export async function f() { const users = await prisma.user.findMany({ where }); await Promise.all(users.map(async (user) => mailer.send(user.email))); }',
      errors: [
        {
          messageId: 'unboundedConcurrency',
          data: { combinator: 'Promise.all' },
          line: 1,
          column: 88,
          endLine: 1,
          endColumn: 99,
          suggestions: [{ messageId: 'runOneAtATime', output: 'export async function f() { const users = await prisma.user.findMany({ where }); for (const user of users) { await mailer.send(user.email); } }' }],
        },
      ],
    },
    {
      name: 'a property of the result of a query, with the default options',
      code: 'export async function f(sql: string) { await Promise.all((await pool.query(sql)).rows.map(async (row) => cache.del(row.key))); }',
      errors: [
        {
          messageId: 'unboundedConcurrency',
          data: { combinator: 'Promise.all' },
          line: 1,
          column: 46,
          endLine: 1,
          endColumn: 57,
          suggestions: [{ messageId: 'runOneAtATime', output: 'export async function f(sql: string) { for (const row of (await pool.query(sql)).rows) { await cache.del(row.key); } }' }],
        },
      ],
    },
  ],
});
