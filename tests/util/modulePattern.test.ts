import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { compileModulePattern } from '../../src/util/modulePattern.js';

const cwd = path.resolve('/repo');
const file = (relative: string): string => path.join(cwd, relative);

describe('compileModulePattern', () => {
  it('matches an exact import source, ignoring an extension and a trailing /index', () => {
    const matches = compileModulePattern('@server/utils/fetch');
    expect(matches('@server/utils/fetch', file('src/a.ts'), cwd)).toBe(true);
    expect(matches('@server/utils/fetch.js', file('src/a.ts'), cwd)).toBe(true);
    expect(matches('@server/utils/fetch/index', file('src/a.ts'), cwd)).toBe(true);
    expect(matches('@server/utils/fetcher', file('src/a.ts'), cwd)).toBe(false);
    expect(matches('@server/utils', file('src/a.ts'), cwd)).toBe(false);
  });

  it('matches a relative import by the project path it resolves to', () => {
    const matches = compileModulePattern('src/utils/http');
    expect(matches('../utils/http', file('src/routes/users.ts'), cwd)).toBe(true);
    expect(matches('./http.js', file('src/utils/index.ts'), cwd)).toBe(true);
    expect(matches('../utils/http', file('lib/routes/users.ts'), cwd)).toBe(false);
  });

  it('lets * match within a segment and ** across segments', () => {
    const anyFolder = compileModulePattern('**/utils/http');
    expect(anyFolder('@server/utils/http', file('src/a.ts'), cwd)).toBe(true);
    expect(anyFolder('utils/http', file('src/a.ts'), cwd)).toBe(true);
    expect(anyFolder('../../utils/http', file('src/a/b/c.ts'), cwd)).toBe(true);
    expect(anyFolder('@server/utils/https', file('src/a.ts'), cwd)).toBe(false);

    const oneSegment = compileModulePattern('@server/*/fetch');
    expect(oneSegment('@server/utils/fetch', file('src/a.ts'), cwd)).toBe(true);
    expect(oneSegment('@server/a/b/fetch', file('src/a.ts'), cwd)).toBe(false);

    const prefix = compileModulePattern('@server/**');
    expect(prefix('@server/a/b/fetch', file('src/a.ts'), cwd)).toBe(true);
    expect(prefix('@client/a', file('src/a.ts'), cwd)).toBe(false);
  });

  it('takes regular-expression characters literally', () => {
    const matches = compileModulePattern('lib/http(v2)+');
    expect(matches('lib/http(v2)+', file('src/a.ts'), cwd)).toBe(true);
    expect(matches('lib/httpv2', file('src/a.ts'), cwd)).toBe(false);
  });

  it('accepts a pattern written with a leading ./', () => {
    expect(compileModulePattern('./src/utils/http')('../utils/http', file('src/routes/a.ts'), cwd)).toBe(true);
  });
});
