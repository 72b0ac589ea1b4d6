import path from 'node:path';

/** Whether an import source, written in `filename`, names the module a pattern describes. */
export type ModuleMatcher = (source: string, filename: string, cwd: string) => boolean;

const EXTENSION = /\.(?:[cm]?[jt]s|[jt]sx)$/u;
const REGEXP_SPECIAL = /[$()+.?[\\\]^{|}]/gu;

/**
 * Compiles a module pattern from settings. Without `*` it is an exact import source
 * (`@server/utils/fetch`, `got`); `*` matches within one path segment and `**` across segments
 * (`@server/**`; a leading double star followed by `/utils/http` matches that path in any folder). A pattern is tested against the import source as written and,
 * for a relative import (`../utils/http`), against the path it resolves to, relative to ESLint's
 * working directory (`src/utils/http`). File extensions and a trailing `/index` are ignored on both sides.
 */
export function compileModulePattern(pattern: string): ModuleMatcher {
  const regex = globToRegExp(normalize(pattern.replace(/^\.\//u, '')));
  return (source, filename, cwd) => {
    if (regex.test(normalize(source))) return true;
    if (!source.startsWith('./') && !source.startsWith('../')) return false;
    const resolved = path.relative(cwd, path.resolve(cwd, path.dirname(filename), source));
    return regex.test(normalize(resolved));
  };
}

function normalize(source: string): string {
  return source.replaceAll('\\', '/').replace(EXTENSION, '').replace(/\/index$/u, '');
}

function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index] ?? '';
    if (char !== '*') {
      source += char.replace(REGEXP_SPECIAL, '\\$&');
    } else if (glob[index + 1] !== '*') {
      source += '[^/]*';
    } else if (glob[index + 2] === '/') {
      source += '(?:.*/)?';
      index += 2;
    } else {
      source += '.*';
      index += 1;
    }
  }
  return new RegExp(`^${source}$`, 'u');
}
