import path from 'node:path';

/** Whether a path, relative to ESLint's working directory and written with `/`, matches. */
export type FileMatcher = (relativePath: string) => boolean;

const REGEXP_SPECIAL = /[$()*+.?[\\\]^{|}]/gu;

/**
 * Compiles file globs the way a flat config's `files` reads them: `**` as a whole segment matches
 * any number of folders (also none), `*` any characters but `/`, `?` one such character, `[abc]` a
 * class, `{a,b}` alternatives (nesting allowed); names starting with a dot match like any other.
 * A glob that starts with `!` takes matching paths out again, and a later glob puts them back, as in
 * `.gitignore`: `['**' + '/scripts/**', '!**' + '/scripts/vendor/**']`. A bad glob is an error that names the option.
 */
export function compileFileGlobs(globs: readonly string[], optionName: string): FileMatcher {
  const patterns = globs.map((glob) => {
    const negated = glob.startsWith('!');
    const body = (negated ? glob.slice(1) : glob).replace(/^\.\//u, '');
    try {
      return { negated, regex: new RegExp(`^${globToSource(body)}$`, 'u') };
    } catch (error) {
      throw new Error(`eslint-plugin-reliability: option \`${optionName}\` has a glob that cannot be read: ${JSON.stringify(glob)}.`, {
        cause: error,
      });
    }
  });
  return (relativePath) => {
    let matched = false;
    for (const { negated, regex } of patterns) {
      if (negated === matched && regex.test(relativePath)) matched = !negated;
    }
    return matched;
  };
}

/**
 * The linted file's path relative to ESLint's working directory, with `/` separators; `undefined`
 * for a file outside it or without a name (`<input>`, `<text>`).
 */
export function getRelativeFilename(context: { readonly filename: string; readonly cwd: string }): string | undefined {
  if (context.filename.startsWith('<') && context.filename.endsWith('>')) return undefined;
  const relative = getPathFromCwd(context);
  return relative === '' || relative.startsWith('../') || path.isAbsolute(relative) ? undefined : relative;
}

/**
 * The linted file's path from ESLint's working directory, with `/` separators (`../x.ts` for a file
 * outside it); the name as it is for a file without a path (`<input>`). Asked once per file by
 * several rules, so the common case, a normalised path below the working directory, takes no
 * `path.relative`, which costs more than some rules' whole visit of a small file.
 */
export function getPathFromCwd(context: { readonly filename: string; readonly cwd: string }): string {
  const { filename, cwd } = context;
  // Several rules ask in turn about the same file: the answer for the last one is kept.
  if (lastPath !== undefined && filename === lastPath.filename && cwd === lastPath.cwd) return lastPath.relative;
  const relative = computePathFromCwd(filename, cwd);
  lastPath = { filename, cwd, relative };
  return relative;
}

let lastPath: { readonly filename: string; readonly cwd: string; readonly relative: string } | undefined;

function computePathFromCwd(filename: string, cwd: string): string {
  if (filename.startsWith('<') && filename.endsWith('>')) return filename;
  const prefix = cwd.endsWith('/') ? cwd : `${cwd}/`;
  if (filename.startsWith(prefix) && !filename.includes('\\') && !/\/\.\.?(?:\/|$)|\/\//u.test(filename)) {
    return filename.slice(prefix.length);
  }
  return path.relative(cwd, path.resolve(cwd, filename)).replaceAll('\\', '/');
}

function globToSource(glob: string): string {
  let source = '';
  let braceDepth = 0;
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index] ?? '';
    const atSegmentStart = index === 0 || glob[index - 1] === '/';
    if (char === '*' && glob[index + 1] === '*' && atSegmentStart && (glob[index + 2] === '/' || index + 2 === glob.length)) {
      // `**/` is any number of whole folders; a trailing `**` is anything below.
      source += glob[index + 2] === '/' ? '(?:[^/]+/)*' : '.*';
      index += 2;
    } else if (char === '*') {
      source += '[^/]*';
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '[') {
      const close = glob.indexOf(']', index + 2);
      if (close === -1) {
        source += '\\[';
      } else {
        const body = glob.slice(index + 1, close).replace(/^!/u, '^').replaceAll('\\', '\\\\');
        source += `(?!/)[${body}]`;
        index = close;
      }
    } else if (char === '{') {
      braceDepth++;
      source += '(?:';
    } else if (char === '}' && braceDepth > 0) {
      braceDepth--;
      source += ')';
    } else if (char === ',' && braceDepth > 0) {
      source += '|';
    } else if (char === '\\' && index + 1 < glob.length) {
      index++;
      source += (glob[index] ?? '').replace(REGEXP_SPECIAL, '\\$&');
    } else {
      source += char.replace(REGEXP_SPECIAL, '\\$&');
    }
  }
  if (braceDepth > 0) throw new SyntaxError('unclosed `{`');
  return source;
}
