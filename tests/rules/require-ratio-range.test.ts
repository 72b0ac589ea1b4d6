import rule from '../../src/rules/require-ratio-range.js';
import { createJsRuleTester, createRuleTester } from '../RuleTester.js';

const ruleTester = createRuleTester();
const jsRuleTester = createJsRuleTester();

const INVARIANT_SETTINGS = { reliability: { assertFunctions: [{ name: 'invariant', module: 'tiny-invariant' }] } };

ruleTester.run('require-ratio-range', rule, {
  valid: [
    {
      name: 'a ratio word only in comments: the code has no ratio name',
      code: '/** winRate = wins / games, computed by the caller */\n// errorRate too\nexport const share = (a: number, b: number) => a / b;',
    },
    {
      name: 'an assert call that mentions the name',
      code: `
import assert from 'node:assert';

export function winPct(wins: number, games: number): number {
  const pct = wins / games;
  assert(pct >= 0 && pct <= 1, 'win pct out of range');
  return pct;
}
`,
    },
    {
      name: 'a NaN-safe if that throws',
      code: `
export function winPct(wins: number, games: number): number {
  const winPct = wins / games;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range: \${winPct}\`);
  return winPct;
}
`,
    },
    {
      name: 'an in-range test that guards the use',
      code: `
function store(wins: number, games: number) {
  const winPct = wins / games;
  if (winPct >= 0 && winPct <= 1) save(winPct);
  else throw new RangeError('bad win pct');
}
`,
    },
    {
      name: 'a ternary that tests both bounds',
      code: `const winPct = wins / games;
const safe = winPct >= 0 && winPct <= 1 ? winPct : 0;`,
    },
    {
      name: 'a test stored in a variable',
      code: `const winPct = wins / games;
const inRange = winPct >= 0 && winPct <= 1;
if (!inRange) throw new RangeError();`,
    },
    {
      name: 'two one-sided checks together cover both bounds',
      code: `const winPct = wins / games;
if (winPct > 1) throw new RangeError();
if (Number.isNaN(winPct) || winPct < 0) throw new RangeError();`,
    },
    {
      name: 'bounds written the other way round',
      code: `const winPct = wins / games;
if (!(0 <= winPct && 1 >= winPct)) throw new RangeError();`,
    },
    {
      name: 'a percentage checked against [0, 100]',
      code: `const failureRate = (failed / total) * 100;
if (!(failureRate >= 0 && failureRate <= 100)) throw new RangeError();`,
    },
    {
      name: 'Math.min and Math.max clamp at the assignment',
      code: `const winPct = Math.min(1, Math.max(0, wins / games));
const lossPct = Math.max(0, Math.min(1, losses / games));`,
    },
    {
      name: 'a clamp function at the assignment',
      code: `
import { clamp } from 'lodash';
import _ from 'lodash';

const winPct = clamp(wins / games, 0, 1);
const lossPct = _.clamp(losses / games, 0, 1);
`,
    },
    {
      name: 'a clamp on the way out',
      code: `
export function winPct(wins: number, games: number) {
  const winPct = wins / games;
  return Math.min(1, Math.max(0, winPct));
}
export function lossPct(losses: number, games: number) {
  const lossPct = losses / games;
  return clamp(lossPct, 0, 1);
}
`,
    },
    {
      name: 'a clamp function named in the option',
      code: `const winPct = wins / games;
save(bound(winPct, 0, 1));`,
      options: [{ clampFunctions: ['bound'] }],
    },
    {
      name: 'a clamp function named in settings',
      code: `const winPct = wins / games;
save(this.numbers.bound(winPct, 0, 1));`,
      settings: { reliability: { clampFunctions: ['numbers.bound'] } },
    },
    {
      name: 'a value straight out of a schema parse',
      code: `
import { z } from 'zod';

const Ratio = z.number().min(0).max(1);
export function read(text: string) {
  const winPct = Ratio.parse(JSON.parse(text).winPct);
  const { lossPct } = Stats.parse(JSON.parse(text));
  return { winPct, lossPct, drawPct: Ratio.parse(JSON.parse(text).drawPct) };
}
`,
    },
    {
      name: 'valibot parse imported under another name',
      code: `
import { parse as check } from 'valibot';

const winPct = check(Ratio, JSON.parse(text).winPct);
`,
    },
    {
      name: 'tiny-invariant imported under another name',
      code: `
import ensure from 'tiny-invariant';

export function winPct(wins: number, games: number) {
  const pct = wins / games;
  ensure(pct >= 0 && pct <= 1, 'win pct out of range');
  return pct;
}
`,
    },
    {
      name: 'a renamed import from node:assert',
      code: `
import { ok as must } from 'node:assert';

const winPct = wins / games;
must(winPct >= 0 && winPct <= 1);
`,
    },
    {
      name: 'console.assert',
      code: `const winPct = wins / games;
console.assert(winPct >= 0 && winPct <= 1, winPct);`,
    },
    {
      name: 'an assert function named in settings, with the name as its only argument',
      code: `const winPct = wins / games;
assertRatio(winPct);`,
      settings: { reliability: { assertFunctions: ['assertRatio'] } },
    },
    {
      name: 'an assert function from a configured module, renamed on import',
      code: `
import { assertRatio as ratioOk } from '@acme/asserts';

const winPct = wins / games;
ratioOk(winPct);
`,
      settings: { reliability: { assertFunctions: [{ name: 'assertRatio', module: '@acme/asserts' }] } },
    },
    {
      name: 'an assert function that returns its argument, around the value',
      code: `const winPct = assertRatio(wins / games);
const stats = { lossPct: assertRatio(losses / games) };`,
      settings: { reliability: { assertFunctions: [{ name: 'assertRatio', returnsArgument: true }] } },
    },
    {
      name: 'an object key checked through the object',
      code: `const stats = { winPct: wins / games };
assert(stats.winPct >= 0 && stats.winPct <= 1);`,
    },
    {
      name: 'a member assignment checked in the same method',
      code: `
class Standings {
  winPct = 0;
  update(wins: number, games: number) {
    this.winPct = wins / games;
    if (!(this.winPct >= 0 && this.winPct <= 1)) throw new RangeError('winPct');
  }
}
`,
    },
    {
      name: 'a class field checked in the constructor',
      code: `
class Standings {
  winPct = this.wins / this.games;
  constructor(private wins: number, private games: number) {
    invariant(this.winPct >= 0 && this.winPct <= 1);
  }
}
`,
    },
    {
      name: 'a test expectation is a check',
      code: `
it('spreads users evenly', () => {
  const insideRatio = inside / total;
  expect(insideRatio).toBeGreaterThan(0.4);
});
`,
    },
    {
      name: 'constants in range',
      code: `const winPct = 0.5;
const cpuPercent = 50;
let errorRate = 0;
const thirdRatio = 1 / 3;
const WIN_PCT = HALF;
const HALF = 0.5;`,
    },
    {
      name: 'NaN and Infinity mark "no value yet"',
      code: `let bestRatio = -Infinity;
let winPct = NaN;
winPct = Number.NaN;`,
    },
    {
      name: 'Math.random() is already in [0, 1)',
      code: 'const dropProbability = Math.random();',
    },
    {
      name: 'values the file does not compute: a name, a field, a call of a function that may check its result',
      code: `
export function copy(stats: { winPct: number }, pct: number) {
  const winPct = pct;
  const lossPct = stats.winPct;
  const drawPct = computeDrawPct(stats);
  const { tiePct } = computeStats();
  const other = { winPct: stats.winPct, lossPct: computeLossPct() };
  return [winPct, lossPct, drawPct, tiePct, other];
}
`,
    },
    {
      name: 'formatted ratios are strings',
      code: `const winPct = (wins / games).toFixed(3);
const lossPct = \`\${losses / games}\`;
const drawPct = String(draws / games);
const tiePct = (ties / games) * 100 + '%';`,
    },
    {
      name: 'names that are not ratios',
      code: `
const frameRate = frames / seconds;
const sampleRate = Number(process.env.SAMPLE_RATE);
const bitRate = bits / seconds;
const rateLimiter = capacity / window;
const rateLimit = 100 * n;
const prorate = days / 30;
const ratios = values.map((value) => value / total);
const pctDone = done / total;
const label = 'winPct: ' + wins / games;
const percentile = rank / count;
`,
    },
    {
      name: 'a name that is only `ratio` does not say which way round the division goes',
      code: 'const ratio = serializedBytes / compressedBytes;',
    },
    {
      name: 'ratios that are routinely above 1, and relative changes',
      code: `const aspectRatio = width / height;
const compressionRatio = raw / packed;
const deltaPct = ((after - before) / before) * 100;
const growthPercent = (now - then) / then;
const pctChangeFraction = (now - then) / then;`,
    },
    {
      name: 'Math and Number shadowed by locals are not the globals',
      code: `
function f(Number: (x: string) => number, Math: { round(x: number): number }) {
  const winPct = Number(raw);
  const lossPct = Math.round(raw);
  return [winPct, lossPct];
}
`,
    },
    {
      name: 'compound assignments are left alone',
      code: `let winPct = 0.5;
winPct *= 2;
winPct += 0.1;`,
    },
    {
      name: 'a declaration without a value',
      code: `let winPct: number;
for (const lossPct of pcts) use(lossPct);`,
    },
    {
      name: 'a NaN check in the same || makes the range check safe',
      code: `const winPct = wins / games;
if (Number.isNaN(winPct) || winPct < 0 || winPct > 1) throw new RangeError();`,
    },
    {
      name: 'a NaN check elsewhere in the function makes the range check safe',
      code: `
function f(raw: string) {
  const winPct = parseFloat(raw);
  if (!Number.isFinite(winPct)) throw new RangeError('not a number');
  if (winPct < 0 || winPct > 1) throw new RangeError('out of range');
  if (winPct !== winPct) return;
}
`,
    },
    {
      name: 'a range check of another kind of number is not a ratio check',
      code: `if (index < 0 || index > items.length) throw new RangeError();
if (port < 1 || port > 65535) throw new RangeError();`,
    },
    {
      name: 'a plain name checked against 0 and 100 may be a count',
      code: `export function setRolloutPercentage(value: number) {
  if (value < 0 || value > 100) throw new RangeError();
}`,
    },
    {
      name: 'relative changes are not shares',
      code: `
export function formatChange(baseline: number, current: number) {
  const bytes = current - baseline;
  const percentage = baseline === 0 ? 0 : (bytes / baseline) * 100;
  const changePct = (current - baseline) / Math.abs(baseline);
  return [percentage, changePct];
}
`,
    },
    {
      name: 'a NaN check of a plain name makes its range check safe',
      code: 'if (Number.isNaN(x) || x < 0 || x > 1) throw new RangeError();',
    },
    {
      name: 'TS wrappers are seen through',
      code: `const winPct = (wins / games) as number;
assert((winPct as number) >= 0 && winPct! <= 1);`,
    },
    {
      name: 'expected values in a test are not data',
      code: `
expect(computeStats(rows)).toMatchObject({ wins: 1, winRate: 50 });
expect(rows).toEqual([{ stats: { winPct: 300 } }]);
assert.deepStrictEqual(actual, { winPct: 2 });
`,
    },
    {
      name: 'the file writes pct as a percentage: a pct constant of 3 is 3 %',
      code: `
const PROXIMITY_PCT = 3;
export function group(timestamp: number, min: number, span: number) {
  const pct = ((timestamp - min) / span) * 100;
  if (!(pct >= 0 && pct <= 100)) throw new RangeError('pct');
  return pct < PROXIMITY_PCT;
}
`,
    },
    {
      name: 'constants in object literals are fixtures and test inputs, not reported',
      code: 'const fixture = { successRate: 95, bounds: { xStartRatio: -3, xEndRatio: 9 } };',
    },
    {
      name: 'scaling one value computes nothing new: its check belongs where it comes from',
      code: `
export function describe(sampling: number, coverage: number, share: number) {
  const samplingPercent = Math.round(sampling * 100);
  const unallocatedPct = (1 - coverage) * 100;
  const lossRatio = -share;
  const evenProbability = 1 / (variations.length || 2);
  return [samplingPercent, unallocatedPct, lossRatio, evenProbability];
}
`,
    },
    {
      name: 'a clamp between named bounds',
      code: 'const expandFraction = Math.min(MAX_FRACTION, Math.max(MIN_FRACTION, (width - offset) / width));',
    },
    {
      name: 'a default in range',
      code: 'function f(winPct = 0.5, { lossPct = 0 } = {}) {}',
    },
    {
      name: 'a word removed with range false',
      code: 'const winPct = wins / games;',
      options: [{ ratioNames: [{ words: ['win pct'], range: false }] }],
    },
    {
      name: 'pct configured as a percentage',
      code: 'const discountPct = 15;',
      options: [{ ratioNames: [{ words: ['pct'], range: [0, 100] }] }],
    },
    {
      name: 'the defaults replaced',
      code: `const winPct = wins / games;
const uptime = 0.999;`,
      options: [{ ratioNames: [{ words: ['uptime'], range: [0, 1] }], extendDefaultRatioNames: false }],
    },
    {
      name: 'a file without ratio words is skipped',
      code: 'const x = a / b;',
    },
  ],
  invalid: [
    {
      name: 'a ratio computed and returned unchecked',
      code: `
export function winPct(wins: number, games: number): number {
  const winPct = wins / games;
  return winPct;
}
`,
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winPct', range: '[0, 1]' },
              output: `
export function winPct(wins: number, games: number): number {
  const winPct = wins / games;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  return winPct;
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'snake_case name',
      code: 'const win_pct = wins / games;',
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'win_pct', range: '[0, 1]' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'win_pct', range: '[0, 1]' },
              output: `const win_pct = wins / games;
if (!(win_pct >= 0 && win_pct <= 1)) throw new RangeError(\`win_pct out of range [0, 1]: \${win_pct}\`);`,
            },
          ],
        },
      ],
    },
    {
      name: 'SCREAMING_CASE constant out of range',
      code: 'const DEFAULT_WIN_PCT = 50;',
      errors: [
        {
          messageId: 'outOfRange',
          data: { name: 'DEFAULT_WIN_PCT', range: '[0, 1]', value: '50' },
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 27,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a percentage name',
      code: 'const cpuPercent = (used / total) * 100;',
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'cpuPercent', range: '[0, 100]' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'cpuPercent', range: '[0, 100]' },
              output: `const cpuPercent = (used / total) * 100;
if (!(cpuPercent >= 0 && cpuPercent <= 100)) throw new RangeError(\`cpuPercent out of range [0, 100]: \${cpuPercent}\`);`,
            },
          ],
        },
      ],
    },
    {
      name: 'a rate after a share word',
      code: 'const errorRate = errors / requests;',
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'errorRate', range: '[0, 1]' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'errorRate', range: '[0, 1]' },
              output: `const errorRate = errors / requests;
if (!(errorRate >= 0 && errorRate <= 1)) throw new RangeError(\`errorRate out of range [0, 1]: \${errorRate}\`);`,
            },
          ],
        },
      ],
    },
    {
      name: 'a percentage written as a / b * 100 under a rate name',
      code: 'const failureRate = (failed / total) * 100;',
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'failureRate', range: '[0, 100]' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'failureRate', range: '[0, 100]' },
              output: `const failureRate = (failed / total) * 100;
if (!(failureRate >= 0 && failureRate <= 100)) throw new RangeError(\`failureRate out of range [0, 100]: \${failureRate}\`);`,
            },
          ],
        },
      ],
    },
    {
      name: '100 * a / b',
      code: 'const hitRate = (100 * hits) / lookups;',
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'hitRate', range: '[0, 100]' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'hitRate', range: '[0, 100]' },
              output: `const hitRate = (100 * hits) / lookups;
if (!(hitRate >= 0 && hitRate <= 100)) throw new RangeError(\`hitRate out of range [0, 100]: \${hitRate}\`);`,
            },
          ],
        },
      ],
    },
    {
      name: 'Number() of configuration at module level',
      code: `const SAMPLE_RATIO = Number(process.env.SAMPLE_RATIO);

export default SAMPLE_RATIO;`,
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'SAMPLE_RATIO', range: '[0, 1]' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'SAMPLE_RATIO', range: '[0, 1]' },
              output: `const SAMPLE_RATIO = Number(process.env.SAMPLE_RATIO);
if (!(SAMPLE_RATIO >= 0 && SAMPLE_RATIO <= 1)) throw new RangeError(\`SAMPLE_RATIO out of range [0, 1]: \${SAMPLE_RATIO}\`);

export default SAMPLE_RATIO;`,
            },
          ],
        },
      ],
    },
    {
      name: 'unary plus conversion',
      code: 'const winPct = +row.win_pct;',
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winPct', range: '[0, 1]' },
              output: `const winPct = +row.win_pct;
if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);`,
            },
          ],
        },
      ],
    },
    {
      name: 'parseFloat of a field',
      code: 'const winPct = parseFloat(row.win_pct);',
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winPct', range: '[0, 1]' },
              output: `const winPct = parseFloat(row.win_pct);
if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);`,
            },
          ],
        },
      ],
    },
    {
      name: 'a field of parsed JSON',
      code: 'const winPct = JSON.parse(text).winPct;',
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winPct', range: '[0, 1]' },
              output: `const winPct = JSON.parse(text).winPct;
if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);`,
            },
          ],
        },
      ],
    },
    {
      name: 'a field of parsed JSON through a const, with optional chaining',
      code: `const body = JSON.parse(raw);
const winPct = body?.stats?.winPct;`,
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winPct', range: '[0, 1]' },
              output: `const body = JSON.parse(raw);
const winPct = body?.stats?.winPct;
if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);`,
            },
          ],
        },
      ],
    },
    {
      name: 'destructured from a response body',
      code: `
export async function ingest(res: Response) {
  const { winPct } = (await res.json()) as { winPct: number };
  return winPct;
}
`,
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winPct', range: '[0, 1]' },
              output: `
export async function ingest(res: Response) {
  const { winPct } = (await res.json()) as { winPct: number };
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  return winPct;
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a field of an Express request body',
      code: `app.post('/standings', (req, res) => {
  const winRate = req.body.winRate;
  res.json({ ok: true });
});`,
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winRate', range: '[0, 1]' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winRate', range: '[0, 1]' },
              output: `app.post('/standings', (req, res) => {
  const winRate = req.body.winRate;
  if (!(winRate >= 0 && winRate <= 1)) throw new RangeError(\`winRate out of range [0, 1]: \${winRate}\`);
  res.json({ ok: true });
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'nested destructuring from a Koa request body',
      code: `router.post('/', (ctx) => {
  const { stats: { winPct = 0.5 } } = ctx.request.body;
});`,
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winPct', range: '[0, 1]' },
              output: `router.post('/', (ctx) => {
  const { stats: { winPct = 0.5 } } = ctx.request.body;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
});`,
            },
          ],
        },
      ],
    },
    {
      name: 'an assignment to a let',
      code: `let winPct = 0;
winPct = wins / games;`,
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winPct', range: '[0, 1]' },
              output: `let winPct = 0;
winPct = wins / games;
if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);`,
            },
          ],
        },
      ],
    },
    {
      name: 'an assignment to this',
      code: `
class Standings {
  winPct = 0;
  update(wins: number, games: number) {
    this.winPct = wins / games;
  }
}
`,
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'this.winPct', range: '[0, 1]' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'this.winPct', range: '[0, 1]' },
              output: `
class Standings {
  winPct = 0;
  update(wins: number, games: number) {
    this.winPct = wins / games;
    if (!(this.winPct >= 0 && this.winPct <= 1)) throw new RangeError(\`this.winPct out of range [0, 1]: \${this.winPct}\`);
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'an assignment to a member',
      code: 'stats.win_pct = wins / games;',
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'stats.win_pct', range: '[0, 1]' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'stats.win_pct', range: '[0, 1]' },
              output: `stats.win_pct = wins / games;
if (!(stats.win_pct >= 0 && stats.win_pct <= 1)) throw new RangeError(\`stats.win_pct out of range [0, 1]: \${stats.win_pct}\`);`,
            },
          ],
        },
      ],
    },
    {
      name: 'an object-literal key',
      code: 'export const stats = (wins: number, games: number) => ({ winPct: wins / games });',
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 1,
          column: 58,
          endLine: 1,
          endColumn: 64,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a quoted object-literal key',
      code: `const row = { 'win-pct': wins / games };`,
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'win-pct', range: '[0, 1]' },
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 24,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a class field constant out of range',
      code: `class Sampler {
  static hitRatio = 2;
}`,
      errors: [
        {
          messageId: 'outOfRange',
          data: { name: 'hitRatio', range: '[0, 1]', value: '2' },
          line: 2,
          column: 21,
          endLine: 2,
          endColumn: 22,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a class field',
      code: `class Standings {
  winPct = this.wins / this.games;
}`,
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 9,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a private class field',
      code: `class Standings {
  #winPct = this.wins / this.games;
}`,
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: '#winPct', range: '[0, 1]' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 10,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a computed branch of a ternary',
      code: 'const winPct = games === 0 ? 0 : wins / games;',
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winPct', range: '[0, 1]' },
              output: `const winPct = games === 0 ? 0 : wins / games;
if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);`,
            },
          ],
        },
      ],
    },
    {
      name: 'a partial clamp',
      code: 'const winPct = Math.min(1, wins / games);',
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winPct', range: '[0, 1]' },
              output: `const winPct = Math.min(1, wins / games);
if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);`,
            },
          ],
        },
      ],
    },
    {
      name: 'TS wrappers around the value',
      code: 'const winPct = (stats!.wins / stats!.games) as number;',
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winPct', range: '[0, 1]' },
              output: `const winPct = (stats!.wins / stats!.games) as number;
if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);`,
            },
          ],
        },
      ],
    },
    {
      name: 'a check in a nested function does not count',
      code: `
function standings(wins: number, games: number) {
  const winPct = wins / games;
  const check = () => assert(winPct >= 0 && winPct <= 1);
  check();
  return winPct;
}
`,
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winPct', range: '[0, 1]' },
              output: `
function standings(wins: number, games: number) {
  const winPct = wins / games;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  const check = () => assert(winPct >= 0 && winPct <= 1);
  check();
  return winPct;
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a check in the caller does not count for the callee',
      code: `
function outer(wins: number, games: number) {
  function compute() {
    const winPct = wins / games;
    return winPct;
  }
  const winPct = compute();
  assert(winPct >= 0 && winPct <= 1);
}
`,
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winPct', range: '[0, 1]' },
              output: `
function outer(wins: number, games: number) {
  function compute() {
    const winPct = wins / games;
    if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
    return winPct;
  }
  const winPct = compute();
  assert(winPct >= 0 && winPct <= 1);
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'one bound is not a range check',
      code: `const winPct = wins / games;
if (winPct > 1) throw new RangeError();`,
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winPct', range: '[0, 1]' },
              output: `const winPct = wins / games;
if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
if (winPct > 1) throw new RangeError();`,
            },
          ],
        },
      ],
    },
    {
      name: 'a check of a shadowing variable does not count',
      code: `
function f() {
  const winPct = wins / games;
  {
    const winPct = 0.5;
    assert(winPct >= 0 && winPct <= 1);
  }
}
`,
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winPct', range: '[0, 1]' },
              output: `
function f() {
  const winPct = wins / games;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  {
    const winPct = 0.5;
    assert(winPct >= 0 && winPct <= 1);
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a check of a property of the same name does not count for the variable',
      code: `const winPct = wins / games;
assert(stats.winPct >= 0 && stats.winPct <= 1);`,
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winPct', range: '[0, 1]' },
              output: `const winPct = wins / games;
if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
assert(stats.winPct >= 0 && stats.winPct <= 1);`,
            },
          ],
        },
      ],
    },
    {
      name: 'an assert function from another module does not count',
      code: `
import { assertRatio } from './local-asserts';

const winPct = wins / games;
assertRatio(winPct);
`,
      settings: { reliability: { assertFunctions: [{ name: 'assertRatio', module: '@acme/asserts' }] } },
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winPct', range: '[0, 1]' },
              output: `
import { assertRatio } from './local-asserts';

const winPct = wins / games;
if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
assertRatio(winPct);
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a clamp function that is not configured does not count',
      code: `const winPct = wins / games;
save(bound(winPct, 0, 1));`,
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winPct', range: '[0, 1]' },
              output: `const winPct = wins / games;
if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
save(bound(winPct, 0, 1));`,
            },
          ],
        },
      ],
    },
    {
      name: 'the option replaces the setting',
      code: `const winPct = wins / games;
assertRatio(winPct);`,
      options: [{ assertFunctions: ['verify'] }],
      settings: { reliability: { assertFunctions: ['assertRatio'] } },
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winPct', range: '[0, 1]' },
              output: `const winPct = wins / games;
if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
assertRatio(winPct);`,
            },
          ],
        },
      ],
    },
    {
      name: 'a rate assigned 1.5',
      code: `let errorRate = 0;
errorRate = 1.5;`,
      errors: [
        {
          messageId: 'outOfRange',
          data: { name: 'errorRate', range: '[0, 1]', value: '1.5' },
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 16,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a negative ratio',
      code: 'const hitRatio = -0.1;',
      errors: [
        {
          messageId: 'outOfRange',
          data: { name: 'hitRatio', range: '[0, 1]', value: '-0.1' },
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 22,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a percentage above 100',
      code: 'const rolloutPercentage = 140;',
      errors: [
        {
          messageId: 'outOfRange',
          data: { name: 'rolloutPercentage', range: '[0, 100]', value: '140' },
          line: 1,
          column: 27,
          endLine: 1,
          endColumn: 30,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a parameter default out of range',
      code: 'function f(winPct = 50) {}',
      errors: [
        {
          messageId: 'outOfRange',
          data: { name: 'winPct', range: '[0, 1]', value: '50' },
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 23,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a destructuring default out of range',
      code: 'const { winPct = 50 } = options;',
      errors: [
        {
          messageId: 'outOfRange',
          data: { name: 'winPct', range: '[0, 1]', value: '50' },
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 20,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a constant branch out of range',
      code: 'const winPct = games ? 0.5 : 2;',
      errors: [
        {
          messageId: 'outOfRange',
          data: { name: 'winPct', range: '[0, 1]', value: '2' },
          line: 1,
          column: 30,
          endLine: 1,
          endColumn: 31,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a pct constant with no sign of percentages in the file',
      code: 'const PROXIMITY_PCT = 3;',
      errors: [
        {
          messageId: 'outOfRange',
          data: { name: 'PROXIMITY_PCT', range: '[0, 1]', value: '3' },
          line: 1,
          column: 23,
          endLine: 1,
          endColumn: 24,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a file that compares pct with 100 writes it as a percentage',
      code: `
export function pick(obj: { probability?: string }) {
  let probability = Number(obj.probability) || 0;
  if (probability > 100) probability = 100;
  return probability;
}
`,
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'probability', range: '[0, 100]' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'probability', range: '[0, 100]' },
              output: `
export function pick(obj: { probability?: string }) {
  let probability = Number(obj.probability) || 0;
  if (!(probability >= 0 && probability <= 100)) throw new RangeError(\`probability out of range [0, 100]: \${probability}\`);
  if (probability > 100) probability = 100;
  return probability;
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'x < 0 || x > 1 lets NaN through',
      code: `const winPct = wins / games;
if (winPct < 0 || winPct > 1) throw new RangeError(\`winPct: \${winPct}\`);`,
      errors: [
        {
          messageId: 'nanUnsafeCheck',
          data: { name: 'winPct' },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'useNanSafeCheck',
              output: `const winPct = wins / games;
if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct: \${winPct}\`);`,
            },
          ],
        },
      ],
    },
    {
      name: 'any name checked against 0 and 1 lets NaN through',
      code: `
export class TokenRefresher {
  constructor(options: { refreshRatio?: number }) {
    const ratio = options.refreshRatio ?? 0.8;
    if (ratio <= 0 || ratio >= 1) throw new RangeError(\`refreshRatio must be in (0, 1), got \${ratio}\`);
  }
}
`,
      errors: [
        {
          messageId: 'nanUnsafeCheck',
          data: { name: 'ratio' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'useNanSafeCheck',
              output: `
export class TokenRefresher {
  constructor(options: { refreshRatio?: number }) {
    const ratio = options.refreshRatio ?? 0.8;
    if (!(ratio > 0 && ratio < 1)) throw new RangeError(\`refreshRatio must be in (0, 1), got \${ratio}\`);
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a percentage name checked against 0 and 100',
      code: `export function setRollout(rolloutPercentage: number) {
  if (rolloutPercentage < 0 || rolloutPercentage > 100) throw new RangeError();
}`,
      errors: [
        {
          messageId: 'nanUnsafeCheck',
          data: { name: 'rolloutPercentage' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'useNanSafeCheck',
              output: `export function setRollout(rolloutPercentage: number) {
  if (!(rolloutPercentage >= 0 && rolloutPercentage <= 100)) throw new RangeError();
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'bounds first',
      code: `const winPct = wins / games;
if (0 > winPct || 1 < winPct) throw new RangeError();`,
      errors: [
        {
          messageId: 'nanUnsafeCheck',
          data: { name: 'winPct' },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'useNanSafeCheck',
              output: `const winPct = wins / games;
if (!(0 <= winPct && 1 >= winPct)) throw new RangeError();`,
            },
          ],
        },
      ],
    },
    {
      name: 'exclusive bounds, parentheses and a comment',
      code: `const winPct = wins / games;
if ((winPct <= 0) /* none */ || (winPct >= 1)) return;`,
      errors: [
        {
          messageId: 'nanUnsafeCheck',
          data: { name: 'winPct' },
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'useNanSafeCheck',
              output: `const winPct = wins / games;
if (!((winPct > 0) /* none */ && (winPct < 1))) return;`,
            },
          ],
        },
      ],
    },
    {
      name: 'a member checked in a ternary',
      code: 'const safe = stats.winPct < 0 || stats.winPct > 1 ? 0 : stats.winPct;',
      errors: [
        {
          messageId: 'nanUnsafeCheck',
          data: { name: 'stats.winPct' },
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'useNanSafeCheck',
              output: 'const safe = !(stats.winPct >= 0 && stats.winPct <= 1) ? 0 : stats.winPct;',
            },
          ],
        },
      ],
    },
    {
      name: 'a null check in the same ||',
      code: `function f(winPct?: number) {
  if (winPct == null || winPct < 0 || winPct > 1) throw new RangeError();
}`,
      errors: [
        {
          messageId: 'nanUnsafeCheck',
          data: { name: 'winPct' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'useNanSafeCheck',
              output: `function f(winPct?: number) {
  if (!(winPct != null && winPct >= 0 && winPct <= 1)) throw new RangeError();
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'an operand that cannot be negated: no suggestion',
      code: `function f(winPct: number, ok: boolean) {
  if (!ok || winPct < 0 || winPct > 1) throw new RangeError();
}`,
      errors: [
        {
          messageId: 'nanUnsafeCheck',
          data: { name: 'winPct' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      name: 'the team assert function from settings, when imported',
      code: `
import invariant from 'tiny-invariant';

export function winPct(wins: number, games: number) {
  const pct = wins / games;
  return pct;
}
`,
      settings: INVARIANT_SETTINGS,
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'pct', range: '[0, 1]' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'pct', range: '[0, 1]' },
              output: `
import invariant from 'tiny-invariant';

export function winPct(wins: number, games: number) {
  const pct = wins / games;
  invariant(pct >= 0 && pct <= 1, \`pct out of range [0, 1]: \${pct}\`);
  return pct;
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'the team assert function is not imported: the RangeError form',
      code: 'const winPct = wins / games;',
      settings: INVARIANT_SETTINGS,
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winPct', range: '[0, 1]' },
              output: `const winPct = wins / games;
if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);`,
            },
          ],
        },
      ],
    },
    {
      name: 'a wrapper that returns its argument, for an object key',
      code: `
import { assertRatio } from '@acme/asserts';

export const stats = (wins: number, games: number) => ({ winPct: wins / games });
`,
      settings: { reliability: { assertFunctions: [{ name: 'assertRatio', module: '@acme/asserts', returnsArgument: true }] } },
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 4,
          column: 58,
          endLine: 4,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'wrapWithAssert',
              data: { assert: 'assertRatio' },
              output: `
import { assertRatio } from '@acme/asserts';

export const stats = (wins: number, games: number) => ({ winPct: assertRatio(wins / games) });
`,
            },
          ],
        },
      ],
    },
    {
      name: 'a local RangeError: no suggestion',
      code: `class RangeError extends Error {}
const winPct = wins / games;`,
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 13,
          suggestions: [],
        },
      ],
    },
    {
      name: 'the check goes after a comment that closes the line',
      code: `function f() {
  const winPct = wins / games; // season to date
  return winPct;
}`,
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winPct', range: '[0, 1]' },
              output: `function f() {
  const winPct = wins / games; // season to date
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  return winPct;
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'an exported declaration',
      code: 'export const winPct = wins / games;',
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winPct', range: '[0, 1]' },
              output: `export const winPct = wins / games;
if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);`,
            },
          ],
        },
      ],
    },
    {
      name: 'a loop header has no place for a check',
      code: 'for (let fillRatio = start / end; fillRatio < 1; fillRatio += step) use(fillRatio);',
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'fillRatio', range: '[0, 1]' },
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 19,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a word added with ratioNames',
      code: 'const serviceUptime = up / total;',
      options: [{ ratioNames: [{ words: ['uptime'], range: [0, 1] }] }],
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'serviceUptime', range: '[0, 1]' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'serviceUptime', range: '[0, 1]' },
              output: `const serviceUptime = up / total;
if (!(serviceUptime >= 0 && serviceUptime <= 1)) throw new RangeError(\`serviceUptime out of range [0, 1]: \${serviceUptime}\`);`,
            },
          ],
        },
      ],
    },
    {
      name: 'the defaults replaced: only the configured words count',
      code: `const uptime = up / total;
const winPct = wins / games;`,
      options: [{ ratioNames: [{ words: ['uptime'], range: [0, 1] }], extendDefaultRatioNames: false }],
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'uptime', range: '[0, 1]' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'uptime', range: '[0, 1]' },
              output: `const uptime = up / total;
if (!(uptime >= 0 && uptime <= 1)) throw new RangeError(\`uptime out of range [0, 1]: \${uptime}\`);
const winPct = wins / games;`,
            },
          ],
        },
      ],
    },
    {
      name: 'a custom range',
      code: 'const scoreCorrelation = 2;',
      options: [{ ratioNames: [{ words: ['correlation'], range: [-1, 1] }] }],
      errors: [
        {
          messageId: 'outOfRange',
          data: { name: 'scoreCorrelation', range: '[-1, 1]', value: '2' },
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 27,
          suggestions: [],
        },
      ],
    },
  ],
});

jsRuleTester.run('require-ratio-range (.js, espree)', rule, {
  valid: [
    {
      name: 'plain JS: a checked declaration',
      code: `const winPct = wins / games;
if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(String(winPct));`,
    },
    {
      name: 'plain JS: a clamped class field',
      code: 'class S { winPct = Math.min(1, Math.max(0, this.wins / this.games)); }',
    },
  ],
  invalid: [
    {
      name: 'plain JS: a declaration',
      code: `function f(wins, games) {
  const winPct = wins / games;
  return winPct;
}`,
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'addRangeAssert',
              data: { name: 'winPct', range: '[0, 1]' },
              output: `function f(wins, games) {
  const winPct = wins / games;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  return winPct;
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'plain JS: a class field',
      code: 'class Standings { winPct = this.wins / this.games; }',
      errors: [
        {
          messageId: 'unassertedRatio',
          data: { name: 'winPct', range: '[0, 1]' },
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 25,
          suggestions: [],
        },
      ],
    },
    {
      name: 'plain JS: a NaN-unsafe check',
      code: 'if (winPct < 0 || winPct > 1) throw new RangeError();',
      errors: [
        {
          messageId: 'nanUnsafeCheck',
          data: { name: 'winPct' },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'useNanSafeCheck',
              output: 'if (!(winPct >= 0 && winPct <= 1)) throw new RangeError();',
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('require-ratio-range: more values, checks, asserts and suggestions', rule, {
  valid: [
  {
    name: 'class fields without a value or with a computed key',
    code: `
class Stats {
  winPct;
  [key] = wins / games;
}`,
  },
  {
    name: 'a class field whose name is not a ratio',
    code: `
class Stats {
  count = this.wins / this.games;
  winPct = 0.5;
}`,
  },
  {
    name: 'a computed object key',
    code: 'const stats = { [key]: wins / games, winPct: 0.5 };',
  },
  {
    name: 'a numeric object key',
    code: 'const stats = { 1: wins / games, winPct: 0.5 };',
  },
  {
    name: 'a rest element is no ratio name',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const [...winPct] = JSON.parse(text);
  return winPct;
}`,
  },
  {
    name: 'aliases beyond four are not followed back to the data',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const a = JSON.parse(text);
  const b = a;
  const c = b;
  const d = c;
  const e = d;
  const { winPct } = e;
  return winPct;
}`,
  },
  {
    name: 'an object literal is not data from outside',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const { winPct } = { winPct: 0.5 };
  return winPct;
}`,
  },
  {
    name: 'a constant that is itself a ratio name',
    code: `
const DEFAULT_WIN_PCT = 0.5;
const winPct = DEFAULT_WIN_PCT;`,
  },
  {
    name: 'a string constant is not a ratio value',
    code: `const winPct = 'n/a';`,
  },
  {
    name: 'a spread in a Math call is not arithmetic the rule reads',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = Math.max(...values) / games;
  return winPct;
}`,
  },
  {
    name: 'a change divided by Math.abs of its base',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const before = games - 1;
  const winPct = (wins - before) / Math.abs(before);
  return winPct;
}`,
  },
  {
    name: 'a unit ratio times 100 is a percentage',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winRatio = wins / games;
  assert(winRatio >= 0 && winRatio <= 1);
  const displayPct = winRatio * 100;
  return displayPct;
}`,
  },
  {
    name: 'a percentage divided by 100 is a fraction',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPercent = (wins / games) * 100;
  assert(winPercent >= 0 && winPercent <= 100);
  const winRatio = winPercent / 100;
  return winRatio;
}`,
  },
  {
    name: 'a name of another range scales nothing',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const serverLoad = wins / games;
  assert(serverLoad >= 0 && serverLoad <= 4);
  const winRatio = serverLoad * 2;
  return winRatio;
}`,
    options: [{ ratioNames: [{ words: ['load'], range: [0, 4] }] }],
  },
  {
    name: '100 times a value scales it',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = 100 * share;
  return winPct;
}`,
  },
  {
    name: 'an unnamed value divided by a constant',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winRatio = total / 100;
  return winRatio;
}`,
  },
  {
    name: 'a ratio minus a constant keeps its scale',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winRatio = lossRatio - 0.1;
  return winRatio;
}`,
  },
  {
    name: 'a template literal plus a value is a string',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = \`\${wins}\` + games;
  return winPct;
}`,
  },
  {
    name: 'toFixed plus a value is a string',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = (wins / games).toFixed(2) + '%';
  return winPct;
}`,
  },
  {
    name: 'String() plus a value is a string',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = String(wins) + '/' + games;
  return winPct;
}`,
  },
  {
    name: 'isNaN of +name',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  if (Number.isNaN(+winPct) || winPct < 0 || winPct > 1) throw new RangeError(String(winPct));
  return winPct;
}`,
  },
  {
    name: 'isNaN of Number(name)',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  if (Number.isNaN(Number(winPct)) || winPct < 0 || winPct > 1) throw new RangeError(String(winPct));
  return winPct;
}`,
  },
  {
    name: 'an assert that mentions a computed member',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  assert(isRatio(table[key].winPct, winPct));
  return winPct;
}`,
  },
  {
    name: 'an assert that mentions a computed key',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  assert(isValid({ [winKey]: winPct }));
  return winPct;
}`,
  },
  {
    name: 'an assert with an array that has a hole',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  assert(inRange([winPct, , 1]));
  return winPct;
}`,
  },
  {
    name: 'Math.min with a spread and Math.max',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  return Math.min(...limits, Math.max(0, winPct));
}`,
  },
  {
    name: 'an assert from a require',
    code: `
const assert = require('node:assert');
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  assert(winPct);
  return winPct;
}`,
  },
  {
    name: 'a destructured assert from a require',
    code: `
const { ok = fallback, ...rest } = require('node:assert');
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  ok(winPct);
  return winPct;
}`,
  },
  {
    name: 'a member of a required assert module',
    code: `
const check = require('node:assert').strict;
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  check(winPct);
  return winPct;
}`,
  },
  ],
  invalid: [
  {
    name: 'an assignment inside an expression can only be wrapped',
    code: `
import { checkRatio } from './asserts';
export function stats(wins: number, games: number, draws: number) {
  let winPct;
  record((winPct = wins / games));
  return winPct;
}`,
    options: [{ assertFunctions: [{ name: 'checkRatio', returnsArgument: true }] }],
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 5,
        column: 11,
        endLine: 5,
        endColumn: 17,
        suggestions: [
          { messageId: 'wrapWithAssert', data: { assert: 'checkRatio' }, output: `
import { checkRatio } from './asserts';
export function stats(wins: number, games: number, draws: number) {
  let winPct;
  record((winPct = checkRatio(wins / games)));
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'a destructured name that is not a ratio beside one that is',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const { winPct, total } = JSON.parse(text);
  return winPct + total;
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 3,
        column: 11,
        endLine: 3,
        endColumn: 17,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const { winPct, total } = JSON.parse(text);
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  return winPct + total;
}` },
        ],
      },
    ],
  },
  {
    name: 'a rest element beside a destructured ratio',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const { winPct, ...rest } = JSON.parse(text);
  return [winPct, rest];
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 3,
        column: 11,
        endLine: 3,
        endColumn: 17,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const { winPct, ...rest } = JSON.parse(text);
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  return [winPct, rest];
}` },
        ],
      },
    ],
  },
  {
    name: 'an array pattern with a hole',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const [winPct, , lossPct] = JSON.parse(text);
  return winPct + lossPct;
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 3,
        column: 10,
        endLine: 3,
        endColumn: 16,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const [winPct, , lossPct] = JSON.parse(text);
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  return winPct + lossPct;
}` },
        ],
      },
      {
        messageId: 'unassertedRatio',
        data: { name: 'lossPct', range: '[0, 1]' },
        line: 3,
        column: 20,
        endLine: 3,
        endColumn: 27,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'lossPct', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const [winPct, , lossPct] = JSON.parse(text);
  if (!(lossPct >= 0 && lossPct <= 1)) throw new RangeError(\`lossPct out of range [0, 1]: \${lossPct}\`);
  return winPct + lossPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'an array pattern with a rest element',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const [, winPct, ...others] = JSON.parse(text);
  return [winPct, others];
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 3,
        column: 12,
        endLine: 3,
        endColumn: 18,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const [, winPct, ...others] = JSON.parse(text);
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  return [winPct, others];
}` },
        ],
      },
    ],
  },
  {
    name: 'a string concatenation inside arithmetic is an operand',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = (wins + '') / games;
  return winPct;
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = (wins + '') / games;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'Math.abs without an argument is no base',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = (wins - games) / Math.abs();
  return winPct;
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = (wins - games) / Math.abs();
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'a destructured const is not followed as a change',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const { delta } = totals;
  const winPct = delta / games;
  return winPct;
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const { delta } = totals;
  const winPct = delta / games;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'a product of two values',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins * draws;
  return winPct;
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins * draws;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'a fraction divided by a constant',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winRatio = wins / games / 2;
  return winRatio;
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winRatio', range: '[0, 1]' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 17,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winRatio', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const winRatio = wins / games / 2;
  if (!(winRatio >= 0 && winRatio <= 1)) throw new RangeError(\`winRatio out of range [0, 1]: \${winRatio}\`);
  return winRatio;
}` },
        ],
      },
    ],
  },
  {
    name: 'a remainder',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins % games;
  return winPct;
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins % games;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'a numerator factor on the right',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = (wins * 100) / games;
  return winPct;
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 100]' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 100]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = (wins * 100) / games;
  if (!(winPct >= 0 && winPct <= 100)) throw new RangeError(\`winPct out of range [0, 100]: \${winPct}\`);
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'valueOf plus a value is a number',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = (wins.valueOf() + draws) / games;
  return winPct;
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = (wins.valueOf() + draws) / games;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'a call of another function plus a value',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = (format(wins) + draws) / games;
  return winPct;
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = (format(wins) + draws) / games;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'a computed method call plus a value',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = (helpers[kind]() + draws) / games;
  return winPct;
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = (helpers[kind]() + draws) / games;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'a sum of two names',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = (wins + draws) / games;
  return winPct;
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = (wins + draws) / games;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'a comparison with a name is no range check',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  if (winPct < limit) return 0;
  return winPct;
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  if (winPct < limit) return 0;
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'a NaN-unsafe test whose first comparison is with a name',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  if (winPct < minPct || winPct > 1) throw new RangeError(String(winPct));
  return winPct;
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  if (winPct < minPct || winPct > 1) throw new RangeError(String(winPct));
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'isNaN of a spread checks nothing',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  if (winPct < 0 || winPct > 1 || isNaN(...values)) throw new RangeError(String(winPct));
  return winPct;
}`,
    errors: [
      {
        messageId: 'nanUnsafeCheck',
        data: { name: 'winPct' },
        line: 4,
        column: 7,
        endLine: 4,
        endColumn: 51,
        suggestions: [],
      },
    ],
  },
  {
    name: 'isNaN of a quotient checks no name',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  if (Number.isNaN(wins / games) || winPct < 0 || winPct > 1) throw new RangeError(String(winPct));
  return winPct;
}`,
    errors: [
      {
        messageId: 'nanUnsafeCheck',
        data: { name: 'winPct' },
        line: 4,
        column: 7,
        endLine: 4,
        endColumn: 61,
        suggestions: [],
      },
    ],
  },
  {
    name: 'isNaN of -name is not of the name',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  if (Number.isNaN(-winPct) || winPct < 0 || winPct > 1) throw new RangeError(String(winPct));
  return winPct;
}`,
    errors: [
      {
        messageId: 'nanUnsafeCheck',
        data: { name: 'winPct' },
        line: 4,
        column: 7,
        endLine: 4,
        endColumn: 56,
        suggestions: [],
      },
    ],
  },
  {
    name: 'isNaN of Number() checks no name',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  if (Number.isNaN(Number()) || winPct < 0 || winPct > 1) throw new RangeError(String(winPct));
  return winPct;
}`,
    errors: [
      {
        messageId: 'nanUnsafeCheck',
        data: { name: 'winPct' },
        line: 4,
        column: 7,
        endLine: 4,
        endColumn: 57,
        suggestions: [],
      },
    ],
  },
  {
    name: 'isNaN of Number(...spread) checks no name',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  if (Number.isNaN(Number(...values)) || winPct < 0 || winPct > 1) throw new RangeError(String(winPct));
  return winPct;
}`,
    errors: [
      {
        messageId: 'nanUnsafeCheck',
        data: { name: 'winPct' },
        line: 4,
        column: 7,
        endLine: 4,
        endColumn: 66,
        suggestions: [],
      },
    ],
  },
  {
    name: 'isNaN of parseFloat(name) is of the call',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  if (Number.isNaN(parseFloat(winPct)) || winPct < 0 || winPct > 1) throw new RangeError(String(winPct));
  return winPct;
}`,
    errors: [
      {
        messageId: 'nanUnsafeCheck',
        data: { name: 'winPct' },
        line: 4,
        column: 7,
        endLine: 4,
        endColumn: 67,
        suggestions: [],
      },
    ],
  },
  {
    name: 'an or of comparisons between names',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  if (wins < games || draws > games) return 0;
  return winPct;
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  if (wins < games || draws > games) return 0;
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'an optional member in a NaN-unsafe test',
    code: `
export function check(stats?: { winPct: number }) {
  if (stats?.winPct < 0 || stats?.winPct > 1) throw new RangeError("winPct");
}`,
    errors: [
      {
        messageId: 'nanUnsafeCheck',
        data: { name: 'stats.winPct' },
        line: 3,
        column: 7,
        endLine: 3,
        endColumn: 45,
        suggestions: [
          { messageId: 'useNanSafeCheck', output: `
export function check(stats?: { winPct: number }) {
  if (!(stats?.winPct >= 0 && stats?.winPct <= 1)) throw new RangeError("winPct");
}` },
        ],
      },
    ],
  },
  {
    name: 'a member that is not a ratio name, bounded by 0 and 1',
    code: `
const winPct = 0.5;
export function check(limits: { max: number }) {
  if (limits.max < 0 || limits.max > 1) throw new RangeError("max");
}`,
    errors: [
      {
        messageId: 'nanUnsafeCheck',
        data: { name: 'limits.max' },
        line: 4,
        column: 7,
        endLine: 4,
        endColumn: 39,
        suggestions: [
          { messageId: 'useNanSafeCheck', output: `
const winPct = 0.5;
export function check(limits: { max: number }) {
  if (!(limits.max >= 0 && limits.max <= 1)) throw new RangeError("max");
}` },
        ],
      },
    ],
  },
  {
    name: 'a member of a call result has no path',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  if (getStats().winPct > 1) return 0;
  return winPct;
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  if (getStats().winPct > 1) return 0;
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'a quoted member name',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const stats: Record<string, number> = {};
  stats['win-pct'] = wins / games;
  return stats;
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'stats.win-pct', range: '[0, 1]' },
        line: 4,
        column: 3,
        endLine: 4,
        endColumn: 19,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'stats.win-pct', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const stats: Record<string, number> = {};
  stats['win-pct'] = wins / games;
  if (!(stats['win-pct'] >= 0 && stats['win-pct'] <= 1)) throw new RangeError(\`stats.win-pct out of range [0, 1]: \${stats['win-pct']}\`);
  return stats;
}` },
        ],
      },
    ],
  },
  {
    name: 'a name inside an arrow in an assert is not a mention',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  assert(values.every((value) => value <= winPct));
  return winPct;
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  assert(values.every((value) => value <= winPct));
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'a name inside a function expression in an assert is not a mention',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  assert(values.every(function (value) {
    return value <= winPct;
  }));
  return winPct;
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  assert(values.every(function (value) {
    return value <= winPct;
  }));
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'console.log shares a segment with console.assert',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  console.log(winPct);
  return winPct;
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  console.log(winPct);
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'a parameter that shadows an imported assert',
    code: `
import { ok } from 'node:assert';
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  [winPct].forEach((ok) => ok(winPct <= 1));
  return winPct;
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
import { ok } from 'node:assert';
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  [winPct].forEach((ok) => ok(winPct <= 1));
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'Math.min with one argument is no clamp',
    code: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  return Math.min(winPct);
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  return Math.min(winPct);
}` },
        ],
      },
    ],
  },
  {
    name: 'an array pattern of a require binds no assert',
    code: `
const [check] = require('node:assert');
const _ = require('lodash');
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  check(winPct);
  return winPct;
}`,
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 5,
        column: 9,
        endLine: 5,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
const [check] = require('node:assert');
const _ = require('lodash');
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  check(winPct);
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'the check suggestion skips an assert that returns its argument',
    code: `
import { assertRange } from './asserts';
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  return winPct;
}`,
    options: [{ assertFunctions: [{ name: 'checked', returnsArgument: true }, 'assertRange'] }],
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
import { assertRange } from './asserts';
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  assertRange(winPct >= 0 && winPct <= 1, \`winPct out of range [0, 1]: \${winPct}\`);
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'a namespace import of the assert module',
    code: `
import * as asserts from '@acme/asserts';
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  return winPct;
}`,
    options: [{ assertFunctions: [{ name: 'assertRatio', module: '@acme/asserts' }] }],
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
import * as asserts from '@acme/asserts';
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  asserts.assertRatio(winPct >= 0 && winPct <= 1, \`winPct out of range [0, 1]: \${winPct}\`);
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'a default import of the assert module',
    code: `
import check from '@acme/asserts';
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  return winPct;
}`,
    options: [{ assertFunctions: [{ name: 'assertRatio', module: '@acme/asserts' }] }],
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
import check from '@acme/asserts';
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  check(winPct >= 0 && winPct <= 1, \`winPct out of range [0, 1]: \${winPct}\`);
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'an import under a string name',
    code: `
import { 'assertRatio' as check } from '@acme/asserts';
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  return winPct;
}`,
    options: [{ assertFunctions: [{ name: 'assertRatio', module: '@acme/asserts' }] }],
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
import { 'assertRatio' as check } from '@acme/asserts';
export function stats(wins: number, games: number, draws: number) {
  const winPct = wins / games;
  check(winPct >= 0 && winPct <= 1, \`winPct out of range [0, 1]: \${winPct}\`);
  return winPct;
}` },
        ],
      },
    ],
  },
  {
    name: 'an imported assert shadowed where the check goes',
    code: `
import { assertRatio } from '@acme/asserts';
export function stats(wins: number, games: number, assertRatio: unknown) {
  const winPct = wins / games;
  return winPct;
}`,
    options: [{ assertFunctions: [{ name: 'assertRatio', module: '@acme/asserts' }] }],
    errors: [
      {
        messageId: 'unassertedRatio',
        data: { name: 'winPct', range: '[0, 1]' },
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 15,
        suggestions: [
          { messageId: 'addRangeAssert', data: { name: 'winPct', range: '[0, 1]' }, output: `
import { assertRatio } from '@acme/asserts';
export function stats(wins: number, games: number, assertRatio: unknown) {
  const winPct = wins / games;
  if (!(winPct >= 0 && winPct <= 1)) throw new RangeError(\`winPct out of range [0, 1]: \${winPct}\`);
  return winPct;
}` },
        ],
      },
    ],
  },
  ],
});
