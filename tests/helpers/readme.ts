import { readFileSync } from 'node:fs';
import path from 'node:path';

import { ROOT } from './consumer.js';

/** The README, read fresh: tests check that what it tells users is what they run. */
export function readReadme(): string {
  return readFileSync(path.join(ROOT, 'README.md'), 'utf8');
}

/**
 * The body of the README's fenced code block whose first line is `firstLine` (such as
 * `// eslint.config.ts`), without the fences; throws when there is not exactly one such block.
 */
export function getReadmeBlock(firstLine: string): string {
  const blocks = [...readReadme().matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gmu)]
    .map((match) => match[1] ?? '')
    .filter((body) => body.startsWith(`${firstLine}\n`));
  if (blocks.length !== 1) throw new Error(`The README has ${blocks.length} code blocks starting with "${firstLine}", expected 1.`);
  return blocks[0] ?? '';
}
