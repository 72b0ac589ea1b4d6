import { describe, expect, it } from 'vitest';

import { compileRatioNames, DEFAULT_RATIO_NAMES, formatRange, splitWords } from '../../src/util/ratioNames.js';

const UNIT = { min: 0, max: 1 };
const PERCENT = { min: 0, max: 100 };

describe('splitWords', () => {
  it('splits camelCase and PascalCase', () => {
    expect(splitWords('winPct')).toEqual(['win', 'pct']);
    expect(splitWords('ErrorRate')).toEqual(['error', 'rate']);
  });

  it('keeps an acronym together and splits it from the next word', () => {
    expect(splitWords('HTTPErrorRate')).toEqual(['http', 'error', 'rate']);
    expect(splitWords('cacheHITRatio')).toEqual(['cache', 'hit', 'ratio']);
    expect(splitWords('winPCT')).toEqual(['win', 'pct']);
  });

  it('splits snake_case, SCREAMING_CASE and kebab-case', () => {
    expect(splitWords('win_pct')).toEqual(['win', 'pct']);
    expect(splitWords('MAX_ERROR_RATE')).toEqual(['max', 'error', 'rate']);
    expect(splitWords('hit-ratio')).toEqual(['hit', 'ratio']);
  });

  it('makes digits words of their own', () => {
    expect(splitWords('p99Ratio')).toEqual(['p', '99', 'ratio']);
    expect(splitWords('errorRate5m')).toEqual(['error', 'rate', '5', 'm']);
  });

  it('drops sigils and separators at either end', () => {
    expect(splitWords('#hitRate')).toEqual(['hit', 'rate']);
    expect(splitWords('_winPct_')).toEqual(['win', 'pct']);
    expect(splitWords('$ratio')).toEqual(['ratio']);
    expect(splitWords('')).toEqual([]);
  });
});

describe('compileRatioNames with the defaults', () => {
  const { classify } = compileRatioNames(DEFAULT_RATIO_NAMES);

  it('gives [0, 1] to ratio, fraction, proportion, probability, prob and pct', () => {
    for (const name of ['hitRatio', 'fraction', 'sampledProportion', 'probability', 'clickProb', 'winPct', 'WIN_PCT']) {
      expect(classify(name)).toEqual(UNIT);
    }
  });

  it('gives [0, 100] to percent and percentage', () => {
    expect(classify('cpuPercent')).toEqual(PERCENT);
    expect(classify('rollout_percentage')).toEqual(PERCENT);
  });

  it('gives [0, 1] to a rate only after a word that makes it a share', () => {
    for (const name of ['errorRate', 'successRate', 'cacheHitRate', 'WIN_RATE', 'churn_rate', 'clickThroughRate']) {
      expect(classify(name)).toEqual(UNIT);
    }
    for (const name of ['rate', 'frameRate', 'sampleRate', 'bitRate', 'requestRate', 'exchangeRate']) {
      expect(classify(name)).toBeUndefined();
    }
  });

  it('leaves a name that is only `ratio` alone: it does not say which way round the division goes', () => {
    expect(classify('ratio')).toBeUndefined();
    expect(classify('RATIO')).toBeUndefined();
    expect(classify('_ratio')).toBeUndefined();
    expect(classify('cacheRatio')).toEqual(UNIT);
  });

  it('decides by the last word only', () => {
    for (const name of ['rateLimit', 'rateLimiter', 'ratios', 'pctDone', 'percentile', 'prorate', 'ratioCount']) {
      expect(classify(name)).toBeUndefined();
    }
  });

  it('knows ratios that are routinely above 1 and relative changes', () => {
    for (const name of ['aspectRatio', 'devicePixelRatio', 'compressionRatio', 'deltaPct', 'growthPercent', 'pctChangeFraction']) {
      expect(classify(name)).toBeUndefined();
    }
  });

  it('lists every word that can end a ratio name, and no word that only ends a non-ratio', () => {
    const { lastWords } = compileRatioNames(DEFAULT_RATIO_NAMES);
    expect([...lastWords].sort()).toEqual(['fraction', 'pct', 'percent', 'percentage', 'prob', 'probability', 'proportion', 'rate', 'ratio']);
  });
});

describe('compileRatioNames with team entries', () => {
  it('lets an earlier entry override a default of the same length', () => {
    const { classify } = compileRatioNames([{ words: ['pct'], range: [0, 100] }, ...DEFAULT_RATIO_NAMES]);
    expect(classify('discountPct')).toEqual(PERCENT);
  });

  it('lets a longer phrase win over a shorter one, in any order', () => {
    const { classify } = compileRatioNames([
      { words: ['rate'], range: [0, 1] },
      { words: ['frame rate'], range: false },
    ]);
    expect(classify('errorRate')).toEqual(UNIT);
    expect(classify('frameRate')).toBeUndefined();
  });

  it('matches a phrase that starts with ^ against the whole name only', () => {
    const { classify } = compileRatioNames([{ words: ['^share'], range: [0, 1] }]);
    expect(classify('share')).toEqual(UNIT);
    expect(classify('marketShare')).toBeUndefined();
    const custom = compileRatioNames([{ words: ['^ratio'], range: [0, 1] }, ...DEFAULT_RATIO_NAMES]);
    expect(custom.classify('ratio')).toEqual(UNIT);
  });

  it('accepts phrases in any case style', () => {
    const { classify } = compileRatioNames([{ words: ['uptime', 'openRate', 'BOUNCE_SHARE'], range: [0, 1] }]);
    expect(classify('serviceUptime')).toEqual(UNIT);
    expect(classify('email_open_rate')).toEqual(UNIT);
    expect(classify('bounceShare')).toEqual(UNIT);
  });

  it('takes any range of two increasing finite numbers', () => {
    expect(compileRatioNames([{ words: ['correlation'], range: [-1, 1] }]).classify('correlation')).toEqual({ min: -1, max: 1 });
  });

  it('names the entry whose range is invalid', () => {
    expect(() => compileRatioNames([{ words: ['uptime'], range: [0, 1] }, { words: ['score'], range: [1, 0] }])).toThrow(
      'option `ratioNames[1].range` must be two finite numbers in increasing order, got [1,0].',
    );
    expect(() => compileRatioNames([{ words: ['score'], range: [0, Infinity] }], 'names')).toThrow('option `names[0].range` must be two finite numbers in increasing order, got [0,Infinity].');
  });

  it('has no last words when every entry is a non-ratio', () => {
    const vocabulary = compileRatioNames([{ words: ['aspect ratio'], range: false }]);
    expect(vocabulary.lastWords.size).toBe(0);
    expect(vocabulary.lastWordPattern).toBeUndefined();
  });
});

describe('lastWordPattern', () => {
  const { classify, lastWordPattern } = compileRatioNames(DEFAULT_RATIO_NAMES);
  const pattern = lastWordPattern!;

  it('finds every name the vocabulary classifies as a ratio, in each case style', () => {
    const names = ['winRate', 'error_rate', 'ERROR_RATE', 'HTTPErrorRate', 'p99Ratio', 'p99ratio', 'hit_ratio', 'winPct', 'WIN_PCT', 'cpu_percent', 'cacheHitRate_', '#hitRate', 'réussitePct'];
    for (const name of names) {
      expect(classify(name), name).toBeDefined();
      expect(pattern.test(`const ${name} = 1;`), name).toBe(true);
    }
  });

  it('finds a word that starts with a digit after letters, where splitWords cuts', () => {
    const custom = compileRatioNames([{ words: ['99'], range: [0, 1] }]);
    expect(custom.classify('p99')).toEqual(UNIT);
    expect(custom.lastWordPattern!.test('p99')).toBe(true);
    expect(custom.lastWordPattern!.test('p199')).toBe(false);
  });

  it('passes over text where a ratio word is only part of a word or not the last word', () => {
    for (const text of ['iterate(items)', 'const generated = separate(x)', 'rateLimiter.take()', 'const ratios = []', 'RATE2', 'xratio', 'operate_now']) {
      expect(pattern.test(text), text).toBe(false);
    }
  });
});

describe('formatRange', () => {
  it('writes a range as the messages show it', () => {
    expect(formatRange(UNIT)).toBe('[0, 1]');
    expect(formatRange({ min: -0.5, max: 2.5 })).toBe('[-0.5, 2.5]');
  });
});
