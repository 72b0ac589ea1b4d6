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

  it('accepts and checks validators', () => {
    expect(validateSettings({ validators: ['assertType', 'schemas.check'] })).toEqual({ validators: ['assertType', 'schemas.check'] });
    expect(() => validateSettings({ validators: 'assertType' })).toThrow(
      '`settings.reliability.validators` must be an array of names, got the string "assertType".',
    );
    expect(() => validateSettings({ validators: [42] })).toThrow('`settings.reliability.validators[0]` must be a non-empty string, got a number.');
  });

  it('accepts and checks shutdownHelpers', () => {
    expect(validateSettings({ shutdownHelpers: ['lifecycle.drain'] })).toEqual({ shutdownHelpers: ['lifecycle.drain'] });
    expect(() => validateSettings({ shutdownHelpers: 'drain' })).toThrow(
      '`settings.reliability.shutdownHelpers` must be an array of names, got the string "drain".',
    );
    expect(() => validateSettings({ shutdownHelpers: [''] })).toThrow(
      '`settings.reliability.shutdownHelpers[0]` must be a non-empty string, got the string "".',
    );
  });

  it('accepts and checks the keys of require-handler-metrics', () => {
    const settings = {
      metricsMiddleware: ['requestStats'],
      metricsWrappers: ['measured', { name: 'withMetrics', module: '@acme/metrics' }],
      metricsDecorators: ['Observed'],
      instrumentationModules: ['@acme/telemetry', 'src/**/tracing'],
      appFactories: ['createApp'],
      handlerRegistrars: ['functions.http'],
    };
    expect(validateSettings(settings)).toBe(settings);
    expect(() => validateSettings({ metricsMiddleware: 'promBundle' })).toThrow(
      '`settings.reliability.metricsMiddleware` must be an array of names, got the string "promBundle".',
    );
    expect(() => validateSettings({ appFactories: [''] })).toThrow('`settings.reliability.appFactories[0]` must be a non-empty string, got the string "".');
    expect(() => validateSettings({ handlerRegistrars: [3] })).toThrow('`settings.reliability.handlerRegistrars[0]` must be a non-empty string, got a number.');
  });

  it('checks each metrics wrapper, a name or a { name, module } object', () => {
    expect(() => validateSettings({ metricsWrappers: 'withMetrics' })).toThrow(
      '`settings.reliability.metricsWrappers` must be an array of names or `{ name, module }` objects, got the string "withMetrics".',
    );
    expect(() => validateSettings({ metricsWrappers: [['withMetrics']] })).toThrow(
      '`settings.reliability.metricsWrappers[0]` must be a name or a `{ name, module }` object, got an array.',
    );
    expect(() => validateSettings({ metricsWrappers: [{ name: 'withMetrics' }] })).toThrow(
      '`settings.reliability.metricsWrappers[0].module` must be a non-empty string, got a undefined.',
    );
    expect(() => validateSettings({ metricsWrappers: [{ name: '', module: 'm' }] })).toThrow(
      '`settings.reliability.metricsWrappers[0].name` must be a non-empty string, got the string "".',
    );
    expect(() => validateSettings({ metricsWrappers: [{ name: 'w', module: 'm', from: 'x' }] })).toThrow(
      '`settings.reliability.metricsWrappers[0].from` must be left out (the known keys are name and module), got the string "x".',
    );
  });

  it('accepts and checks assertFunctions, names or { name, module, returnsArgument } objects', () => {
    const settings = {
      assertFunctions: ['invariant', { name: 'assertRatio', module: '@acme/asserts', returnsArgument: true }, { name: 'Check.ok' }],
    };
    expect(validateSettings(settings)).toBe(settings);
    expect(() => validateSettings({ assertFunctions: 'invariant' })).toThrow(
      '`settings.reliability.assertFunctions` must be an array of names or `{ name, module, returnsArgument }` objects, got the string "invariant".',
    );
    expect(() => validateSettings({ assertFunctions: [' '] })).toThrow(
      '`settings.reliability.assertFunctions[0]` must be a non-empty string, got the string " ".',
    );
    expect(() => validateSettings({ assertFunctions: [null] })).toThrow(
      '`settings.reliability.assertFunctions[0]` must be a name or a `{ name, module, returnsArgument }` object, got null.',
    );
    expect(() => validateSettings({ assertFunctions: [{ module: 'm' }] })).toThrow(
      '`settings.reliability.assertFunctions[0].name` must be a non-empty string, got a undefined.',
    );
    expect(() => validateSettings({ assertFunctions: [{ name: 'a', module: '' }] })).toThrow(
      '`settings.reliability.assertFunctions[0].module` must be a non-empty string, got the string "".',
    );
    expect(() => validateSettings({ assertFunctions: [{ name: 'a', returnsArgument: 'yes' }] })).toThrow(
      '`settings.reliability.assertFunctions[0].returnsArgument` must be a boolean, got the string "yes".',
    );
    expect(() => validateSettings({ assertFunctions: ['ok', { name: 'a', from: 'm' }] })).toThrow(
      '`settings.reliability.assertFunctions[1].from` must be left out (the known keys are name, module and returnsArgument), got the string "m".',
    );
  });

  it('accepts and checks clampFunctions', () => {
    expect(validateSettings({ clampFunctions: ['bound', 'numbers.clamp'] })).toEqual({ clampFunctions: ['bound', 'numbers.clamp'] });
    expect(() => validateSettings({ clampFunctions: [{ name: 'bound' }] })).toThrow(
      '`settings.reliability.clampFunctions[0]` must be a non-empty string, got a object.',
    );
  });

  it('accepts and checks timeoutWrappers', () => {
    expect(validateSettings({ timeoutWrappers: ['withDeadline', 'deadline.run'] })).toEqual({ timeoutWrappers: ['withDeadline', 'deadline.run'] });
    expect(() => validateSettings({ timeoutWrappers: 'withDeadline' })).toThrow(
      '`settings.reliability.timeoutWrappers` must be an array of names, got the string "withDeadline".',
    );
    expect(() => validateSettings({ timeoutWrappers: [''] })).toThrow(
      '`settings.reliability.timeoutWrappers[0]` must be a non-empty string, got the string "".',
    );
  });

  it('accepts and checks httpClients, field by field', () => {
    const settings = {
      httpClients: [
        { module: '@server/utils/fetch', name: 'default', optionsArgument: 1, deadlineKeys: ['timeout', 'signal'] },
        { module: '**/utils/http', name: 'http.get' },
      ],
    };
    expect(validateSettings(settings)).toBe(settings);
    expect(() => validateSettings({ httpClients: { module: 'm', name: 'n' } })).toThrow(
      '`settings.reliability.httpClients` must be an array of `{ module, name, optionsArgument, deadlineKeys }` objects, got a object.',
    );
    expect(() => validateSettings({ httpClients: ['@server/utils/fetch'] })).toThrow(
      '`settings.reliability.httpClients[0]` must be a `{ module, name, optionsArgument, deadlineKeys }` object, got the string "@server/utils/fetch".',
    );
    expect(() => validateSettings({ httpClients: [{ module: 'm', name: 'n', timeout: 'timeoutMs' }] })).toThrow(
      '`settings.reliability.httpClients[0].timeout` must be left out (the known keys are module, name, optionsArgument and deadlineKeys), got the string "timeoutMs".',
    );
    expect(() => validateSettings({ httpClients: [{ name: 'n' }] })).toThrow(
      '`settings.reliability.httpClients[0].module` must be a non-empty string, got a undefined.',
    );
    expect(() => validateSettings({ httpClients: [{ module: 'm', name: 'http get' }] })).toThrow(
      '`settings.reliability.httpClients[0].name` must be an export name or a dotted path such as `http.get`, got the string "http get".',
    );
    expect(() => validateSettings({ httpClients: [{ module: 'm', name: 'n' }, { module: 'm', name: 'n', optionsArgument: '1' }] })).toThrow(
      '`settings.reliability.httpClients[1].optionsArgument` must be an argument index (an integer from 0), got the string "1".',
    );
    expect(() => validateSettings({ httpClients: [{ module: 'm', name: 'n', optionsArgument: -1 }] })).toThrow(
      '`settings.reliability.httpClients[0].optionsArgument` must be an argument index (an integer from 0), got a number.',
    );
    expect(() => validateSettings({ httpClients: [{ module: 'm', name: 'n', deadlineKeys: [] }] })).toThrow(
      '`settings.reliability.httpClients[0].deadlineKeys` must be a non-empty array of option keys, got an array.',
    );
    expect(() => validateSettings({ httpClients: [{ module: 'm', name: 'n', deadlineKeys: ['timeout', 5] }] })).toThrow(
      '`settings.reliability.httpClients[0].deadlineKeys[1]` must be a non-empty string, got a number.',
    );
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
