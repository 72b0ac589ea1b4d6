import { describe, expect, it } from 'vitest';

import { getSettings, mergeNames, SETTINGS_KEYS, validateSettings } from '../../src/util/settings.js';

describe('validateSettings', () => {
  it('accepts a missing block', () => {
    expect(validateSettings(undefined)).toEqual({});
  });

  it('accepts every known key with a valid value', () => {
    const settings = { loggers: ['audit'], errorReporters: ['Bugsnag.notify'], metrics: ['stats'] };
    expect(validateSettings(settings)).toBe(settings);
  });

  it('rejects a block that is not an object', () => {
    expect(() => validateSettings(['logger'])).toThrow('`settings.reliability` must be an object, got an array.');
    expect(() => validateSettings('logger')).toThrow('`settings.reliability` must be an object, got the string "logger".');
    expect(() => validateSettings(null)).toThrow('`settings.reliability` must be an object, got null.');
  });

  it('names an unknown key and lists the known ones', () => {
    expect(() => validateSettings({ logers: ['audit'] })).toThrow(
      `\`settings.reliability\` has an unknown key \`logers\`. Known keys: ${SETTINGS_KEYS.join(', ')}.`,
    );
  });

  it('names the key whose value has the wrong type', () => {
    expect(() => validateSettings({ loggers: 'audit' })).toThrow(
      '`settings.reliability.loggers` must be an array of names, got the string "audit".',
    );
    expect(() => validateSettings({ metrics: [1] })).toThrow('`settings.reliability.metrics[0]` must be a non-empty string, got a number.');
    expect(() => validateSettings({ errorReporters: ['ok', ' '] })).toThrow(
      '`settings.reliability.errorReporters[1]` must be a non-empty string, got the string " ".',
    );
  });
});

describe('getSettings', () => {
  it('reads settings.reliability and returns {} when absent', () => {
    expect(getSettings({ settings: { reliability: { loggers: ['audit'] } } })).toEqual({ loggers: ['audit'] });
    expect(getSettings({ settings: {} })).toEqual({});
  });

  it('validates once per settings object', () => {
    const settings = { reliability: { loggers: ['audit'] } };
    expect(getSettings({ settings })).toBe(getSettings({ settings }));
  });

  it('throws the validation error for a bad block', () => {
    expect(() => getSettings({ settings: { reliability: { loggers: [false] } } })).toThrow('`settings.reliability.loggers[0]`');
  });
});

describe('mergeNames', () => {
  it('adds the setting to the defaults', () => {
    expect(mergeNames(['logger'], ['audit'], undefined)).toEqual(['logger', 'audit']);
  });

  it('lets the rule option replace the setting, keeping the defaults', () => {
    expect(mergeNames(['logger'], ['audit'], ['trail'])).toEqual(['logger', 'trail']);
  });

  it('drops duplicates', () => {
    expect(mergeNames(['logger'], ['logger', 'audit'], undefined)).toEqual(['logger', 'audit']);
  });
});
