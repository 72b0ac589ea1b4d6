import { describe, expect, it } from 'vitest';

import { compileFileGlobs, getPathFromCwd, getRelativeFilename } from '../../src/util/fileGlob.js';

describe('compileFileGlobs', () => {
  const scripts = compileFileGlobs(['**/{scripts,seeds}/**', '**/*{backfill,seed}*.{js,ts}'], 'files');

  it('matches folders at any depth', () => {
    expect(scripts('scripts/backfill-orders.ts')).toBe(true);
    expect(scripts('apps/web/scripts/dev/run.ts')).toBe(true);
    expect(scripts('db/seeds/users.js')).toBe(true);
    expect(scripts('src/scriptsx/run.ts')).toBe(false);
  });

  it('matches file names with `*` inside one segment', () => {
    expect(scripts('src/db/seed.ts')).toBe(true);
    expect(scripts('src/jobs/orders-backfill.js')).toBe(true);
    expect(scripts('src/backfill/orders.mjs')).toBe(false);
    expect(scripts('src/seeder/run.py')).toBe(false);
  });

  it('matches names that start with a dot', () => {
    expect(compileFileGlobs(['**/*.ts'], 'files')('.config/scripts/x.ts')).toBe(true);
  });

  it('reads `?`, classes and escapes', () => {
    const match = compileFileGlobs(['v?/[ab]*.ts', 'x\\*.ts'], 'files');
    expect(match('v1/a.ts')).toBe(true);
    expect(match('v1/c.ts')).toBe(false);
    expect(match('x*.ts')).toBe(true);
    expect(match('xy.ts')).toBe(false);
  });

  it('anchors a glob without `**` at the working directory', () => {
    const match = compileFileGlobs(['scripts/*.ts'], 'files');
    expect(match('scripts/a.ts')).toBe(true);
    expect(match('tools/scripts/a.ts')).toBe(false);
    expect(match('scripts/sub/a.ts')).toBe(false);
  });

  it('takes paths out with `!` and puts them back with a later glob', () => {
    const recommended = ['**/*backfill*.js', '!**/migrations/**'];
    expect(compileFileGlobs(recommended, 'files')('scripts/orders-backfill.js')).toBe(true);
    expect(compileFileGlobs(recommended, 'files')('db/migrations/0012-backfill.js')).toBe(false);
    expect(compileFileGlobs([...recommended, '**/migrations/**'], 'files')('db/migrations/0012-backfill.js')).toBe(true);
    expect(compileFileGlobs(['!**/migrations/**'], 'files')('scripts/a.js')).toBe(false);
  });

  it('names the option of a glob it cannot read', () => {
    expect(() => compileFileGlobs(['{a,b'], 'files')).toThrow('option `files` has a glob that cannot be read: "{a,b"');
  });
});

describe('getRelativeFilename', () => {
  it('gives the path below the working directory, with slashes', () => {
    expect(getRelativeFilename({ filename: '/repo/scripts/a.ts', cwd: '/repo' })).toBe('scripts/a.ts');
    expect(getRelativeFilename({ filename: 'scripts/a.ts', cwd: '/repo' })).toBe('scripts/a.ts');
  });

  it('is undefined outside the working directory and without a name', () => {
    expect(getRelativeFilename({ filename: '/elsewhere/a.ts', cwd: '/repo' })).toBeUndefined();
    expect(getRelativeFilename({ filename: '<input>', cwd: '/repo' })).toBeUndefined();
  });
});

describe('getPathFromCwd', () => {
  it('answers for the file and working directory asked, also right after another file or directory', () => {
    expect(getPathFromCwd({ filename: '/repo/app/a.ts', cwd: '/repo' })).toBe('app/a.ts');
    expect(getPathFromCwd({ filename: '/repo/app/a.ts', cwd: '/repo/app' })).toBe('a.ts');
    expect(getPathFromCwd({ filename: '/repo/app/b.ts', cwd: '/repo/app' })).toBe('b.ts');
    expect(getPathFromCwd({ filename: '/repo/app/b.ts', cwd: '/repo' })).toBe('app/b.ts');
    expect(getPathFromCwd({ filename: '/repo/../repo/app/b.ts', cwd: '/repo' })).toBe('app/b.ts');
    expect(getPathFromCwd({ filename: '/elsewhere/c.ts', cwd: '/repo' })).toBe('../elsewhere/c.ts');
  });
});
