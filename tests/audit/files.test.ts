/** Which files the audit reads: git's list or a walk, the .gitignore conversion, line counts. */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { collectSourceFiles, convertGitignore, countLines, findConfigFile, isSourceFile, toRelative } from '../../src/audit/files.js';
import { createProject, removeProjects } from './helpers.js';

afterAll(removeProjects);

describe('convertGitignore', () => {
  it.each([
    ['dist', ['**/dist']],
    ['dist/', ['**/dist/']],
    ['/dist', ['dist']],
    ['/build/', ['build/']],
    ['src/generated', ['src/generated']],
    ['src/**/gen', ['src/**/gen']],
    ['**/tmp', ['**/tmp']],
    ['logs/**', ['logs/**/*']],
    ['*.local.ts', ['**/*.local.ts']],
    ['!keep.ts', ['!**/keep.ts']],
    ['!/src/keep.ts', ['!src/keep.ts']],
    ['\\#notes', ['**/#notes']],
    ['\\!bang', ['**/!bang']],
    ['file{1,2}.ts', ['**/file\\{1,2}.ts']],
    ['(draft).ts', ['**/\\(draft).ts']],
    ['trailing   ', ['**/trailing']],
  ])('%j → %j', (line, expected) => {
    expect(convertGitignore(line)).toEqual(expected);
  });

  it('skips blank lines, comments and a lone slash, and reads CRLF files', () => {
    expect(convertGitignore('# build output\r\n\r\n/\r\nout/\r\n')).toEqual(['**/out/']);
  });
});

describe('collectSourceFiles', () => {
  it('lists tracked and untracked files git does not ignore, and drops deleted ones', () => {
    const project = createProject(
      {
        '.gitignore': 'ignored/\n',
        'src/a.ts': '',
        'src/b.mjs': '',
        'src/readme.md': '',
        'ignored/c.ts': '',
        'gone.ts': '',
      },
      { git: true },
    );
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('GIT_')));
    execFileSync('git', ['add', 'gone.ts'], { cwd: project, env });
    rmSync(path.join(project, 'gone.ts'));
    const { files, source, gitignorePatterns } = collectSourceFiles(project);
    expect(source).toBe('git');
    expect(gitignorePatterns).toEqual([]);
    expect(files.map((file) => toRelative(project, file))).toEqual(['src/a.ts', 'src/b.mjs']);
  });

  it('walks a directory outside git, skipping node_modules, and converts its .gitignore', () => {
    const project = createProject({ '.gitignore': 'tmp/\n', 'a.cts': '', 'lib/b.jsx': '', 'node_modules/x/index.js': '', 'notes.txt': '' });
    const { files, source, gitignorePatterns } = collectSourceFiles(project);
    expect(source).toBe('walk');
    expect(gitignorePatterns).toEqual(['**/tmp/']);
    expect(files.map((file) => toRelative(project, file))).toEqual(['a.cts', 'lib/b.jsx']);
  });
});

describe('helpers', () => {
  it('knows the source extensions', () => {
    expect(['a.ts', 'a.tsx', 'a.mts', 'a.cts', 'a.js', 'a.jsx', 'a.mjs', 'a.cjs'].every(isSourceFile)).toBe(true);
    expect(['a.json', 'a.vue', 'a.md', 'ts'].some(isSourceFile)).toBe(false);
  });

  it('counts non-blank lines', () => {
    expect(countLines('a\n\n  \n\tb\r\nc')).toBe(3);
    expect(countLines('')).toBe(0);
  });

  it('finds the repository config file', () => {
    expect(findConfigFile(createProject({ 'eslint.config.mjs': '' }))).toBe('eslint.config.mjs');
    expect(findConfigFile(createProject({ '.eslintrc.json': '' }))).toBeUndefined();
  });
});
