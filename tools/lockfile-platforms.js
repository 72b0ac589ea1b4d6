#!/usr/bin/env node
/**
 * Completes package-lock.json with the other platforms' native bindings of oxlint.
 *
 * The npm registry this project's machines reach serves only the binding of the platform it runs on
 * (`@oxlint/binding-linux-x64-gnu`); the other ones answer 404. `npm install` then leaves them out of
 * the lockfile, and `npm ci` refuses a lockfile that lacks an optional dependency ("Missing: ... from
 * lock file"). Each missing binding gets an entry with its platform fields and no download address:
 * `npm ci` skips it on any other platform without fetching it, and on its own platform npm resolves
 * it from the registry as usual.
 *
 * Run it after any `npm install` that rewrites the lockfile: `node tools/lockfile-platforms.js`.
 * `--check` exits 1 when an entry is missing instead of writing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const LOCKFILE = path.join(import.meta.dirname, '..', 'package-lock.json');
const SCOPES = ['@oxlint/binding-'];

/** napi-rs binding suffix → npm platform fields. */
function platformOf(suffix) {
  const [os, cpu, abi] = suffix.split('-');
  const entry = { cpu: [cpu], os: [os] };
  if (os === 'linux' && abi !== undefined) {
    entry.libc = [abi.startsWith('musl') ? 'musl' : 'glibc'];
  }
  return entry;
}

const check = process.argv.includes('--check');
const lock = JSON.parse(readFileSync(LOCKFILE, 'utf8'));
const missing = [];

for (const entry of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const scope = SCOPES.find((prefix) => name.startsWith(prefix));
    if (scope === undefined || lock.packages[`node_modules/${name}`] !== undefined) {
      continue;
    }
    missing.push(name);
    lock.packages[`node_modules/${name}`] = {
      version,
      ...platformOf(name.slice(scope.length)),
      dev: entry.dev === true ? true : undefined,
      optional: true,
    };
  }
}

if (check) {
  if (missing.length > 0) {
    console.error(`package-lock.json lacks ${missing.join(', ')}: run node tools/lockfile-platforms.js`);
    process.exit(1);
  }
} else if (missing.length > 0) {
  writeFileSync(LOCKFILE, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`added ${missing.length} platform entries: ${missing.join(', ')}`);
} else {
  console.log('package-lock.json already lists every platform binding');
}
