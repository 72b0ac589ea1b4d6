/**
 * Which identifiers hold a ratio, and in what range: `winPct` and `error_rate` in [0, 1],
 * `CPU_PERCENT` in [0, 100]. Pure functions of the name, no AST: the last word(s) decide.
 */

/** The values a ratio may hold, both ends included. */
export interface RatioRange {
  readonly min: number;
  readonly max: number;
}

/**
 * One entry of the vocabulary: a name whose last words are one of `words` holds values in `range`,
 * or, with `range: false`, is never a ratio (`aspectRatio`). A word may be a phrase of several words,
 * written in any case style: `'error rate'`, `'errorRate'` and `'ERROR_RATE'` are the same phrase.
 * A phrase that starts with `^` matches the whole name only: `'^ratio'` is `ratio`, not `hitRatio`.
 */
export interface RatioNameEntry {
  readonly words: readonly string[];
  readonly range: readonly [number, number] | false;
}

/** Words that make a following `rate` a share of events (`errorRate`), unlike `frameRate` or `bitRate`. */
export const SHARE_WORDS: readonly string[] = [
  'abandonment',
  'acceptance',
  'adoption',
  'approval',
  'attrition',
  'bounce',
  'cache',
  'churn',
  'click',
  'completion',
  'conversion',
  'crash',
  'defect',
  'drop',
  'error',
  'fail',
  'failure',
  'hit',
  'loss',
  'miss',
  'pass',
  'rejection',
  'retention',
  'success',
  'survival',
  'timeout',
  'win',
];

/** `…Ratio` names whose value is routinely above 1 (`aspectRatio = 16 / 9`, `compressionRatio = 4.2`). */
export const UNBOUNDED_RATIO_WORDS: readonly string[] = [
  'aspect',
  'compression',
  'contrast',
  'debt',
  'earnings',
  'expansion',
  'gear',
  'golden',
  'hazard',
  'leverage',
  'noise',
  'odds',
  'pixel',
  'price',
  'resize',
  'scale',
  'scaling',
  'sharpe',
  'size',
  'sortino',
  'speed',
  'stretch',
  'zoom',
];

/** Words that make a following ratio word a relative change (`deltaPct`, `growthPercent`), negative or above 100 %. */
export const CHANGE_WORDS: readonly string[] = [
  'change',
  'decrease',
  'delta',
  'deviation',
  'diff',
  'difference',
  'gain',
  'growth',
  'improvement',
  'increase',
  'lift',
  'uplift',
  'variance',
];

const UNIT_WORDS = ['ratio', 'fraction', 'proportion', 'probability', 'prob', 'pct'];
const PERCENT_WORDS = ['percent', 'percentage'];

export const DEFAULT_RATIO_NAMES: readonly RatioNameEntry[] = [
  { words: UNIT_WORDS, range: [0, 1] },
  { words: PERCENT_WORDS, range: [0, 100] },
  { words: [...SHARE_WORDS.map((word) => `${word} rate`), 'click through rate'], range: [0, 1] },
  {
    words: [
      // `ratio` alone says which numbers were divided, not what range the quotient has.
      '^ratio',
      ...UNBOUNDED_RATIO_WORDS.map((word) => `${word} ratio`),
      ...CHANGE_WORDS.flatMap((change) => [...UNIT_WORDS, ...PERCENT_WORDS].map((word) => `${change} ${word}`)),
    ],
    range: false,
  },
];

/** `HTTP|Error`, `win|Pct`, `p|99`, `99|Ratio`: where a case style starts a new word. */
const WORD_BOUNDARY = /(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\d)|(?<=\d)(?=\p{L})/gu;

/**
 * The lower-case words of an identifier or property name: `winPct` → `['win', 'pct']`,
 * `HTTPErrorRate` → `['http', 'error', 'rate']`, `WIN_PCT` → `['win', 'pct']`,
 * `p99Ratio` → `['p', '99', 'ratio']`, `#hitRate` → `['hit', 'rate']`.
 */
export function splitWords(name: string): string[] {
  return name
    .replaceAll(WORD_BOUNDARY, ' ')
    .split(/[^\p{L}\d]+/u)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
}

interface Phrase {
  readonly words: readonly string[];
  /** Matches the whole name, not only its last words. */
  readonly whole: boolean;
  readonly range: RatioRange | undefined;
}

/** A compiled vocabulary. */
export interface RatioVocabulary {
  /** The range of a ratio name; `undefined` when the name is not a ratio. */
  classify(name: string): RatioRange | undefined;
  /** The last word of every ratio phrase: a file that contains none of them has no ratio name. */
  readonly lastWords: ReadonlySet<string>;
  /**
   * Finds, in any text, each place where a name could end with one of `lastWords` as its last word
   * (as `splitWords` cuts it): every name `classify` accepts matches, and most other text does not
   * (`iterate` does not end with the word `rate`). `undefined` when no word is a ratio.
   */
  readonly lastWordPattern: RegExp | undefined;
}

/**
 * `splitWords` makes each word lower-case (`rate`, after a non-letter), capitalised (`Rate`) or
 * upper-case (`RATE`), and a name's last word is followed by no letter or digit. A word that starts
 * with a digit starts wherever the digits do (`p99` → `p`, `99`).
 */
function buildLastWordPattern(words: ReadonlySet<string>): RegExp | undefined {
  if (words.size === 0) return undefined;
  const alternatives = [...words].flatMap((word) => {
    if (/^\d/u.test(word)) return [`(?<!\\d)${word}`];
    const capitalised = `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
    return [`(?<!\\p{L})${word}`, capitalised, word.toUpperCase()];
  });
  return new RegExp(`(?:${[...new Set(alternatives)].join('|')})(?![\\p{L}\\d])`, 'u');
}

/**
 * Compiles entries into a vocabulary. The longest matching phrase decides, and among phrases of the
 * same length the earlier entry wins, so entries listed before the defaults override them.
 * Throws when a range is not two finite numbers in increasing order, naming the entry.
 */
export function compileRatioNames(entries: readonly RatioNameEntry[], optionName = 'ratioNames'): RatioVocabulary {
  const byLastWord = new Map<string, Phrase[]>();
  entries.forEach((entry, index) => {
    const range = entry.range === false ? undefined : toRange(entry.range, `${optionName}[${index}].range`);
    for (const word of entry.words) {
      const words = splitWords(word);
      const last = words.at(-1);
      if (last === undefined) continue;
      const phrases = byLastWord.get(last) ?? [];
      phrases.push({ words, whole: word.trimStart().startsWith('^'), range });
      byLastWord.set(last, phrases);
    }
  });
  const lastWords = new Set<string>();
  for (const [last, phrases] of byLastWord) {
    // Stable: longer phrases first, whole-name phrases before others of their length, then entry order.
    phrases.sort((a, b) => b.words.length - a.words.length || Number(b.whole) - Number(a.whole));
    if (phrases.some((phrase) => phrase.range !== undefined)) lastWords.add(last);
  }

  return { lastWords, lastWordPattern: buildLastWordPattern(lastWords), classify: (name) => classifyWords(splitWords(name), byLastWord) };
}

function classifyWords(words: readonly string[], byLastWord: ReadonlyMap<string, readonly Phrase[]>): RatioRange | undefined {
  const last = words.at(-1);
  const phrases = last === undefined ? undefined : byLastWord.get(last);
  if (phrases === undefined) return undefined;
  const match = phrases.find(
    (phrase) => (!phrase.whole || phrase.words.length === words.length) && endsWith(words, phrase.words),
  );
  return match?.range;
}

function endsWith(words: readonly string[], suffix: readonly string[]): boolean {
  if (suffix.length > words.length) return false;
  const offset = words.length - suffix.length;
  return suffix.every((word, index) => words[offset + index] === word);
}

function toRange(range: readonly [number, number], key: string): RatioRange {
  const [min, max] = range;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min >= max) {
    throw new Error(
      `eslint-plugin-reliability: option \`${key}\` must be two finite numbers in increasing order, got [${range.map(String).join(',')}].`,
    );
  }
  return { min, max };
}

/** `[0, 1]`: a range as the rule's messages and suggestions write it. */
export function formatRange(range: RatioRange): string {
  return `[${String(range.min)}, ${String(range.max)}]`;
}
