/**
 * The one reader of `settings.reliability`: where a team names its own helpers once
 * (loggers, error reporters, metrics objects, ...). Rules never read `context.settings` directly.
 *
 * Every key is validated when a rule first reads the settings of a config; a bad value throws an
 * error that names the key, so a typo surfaces as one clear message instead of a crash deep in a rule.
 */

export interface ReliabilitySettings {
  /** Logger objects: any method call on them logs (`logger.warn(...)`, `this.log.error(...)`). */
  readonly loggers?: readonly string[];
  /** Functions, as dotted paths, that report an error (`Sentry.captureException`, `reportError`). */
  readonly errorReporters?: readonly string[];
  /** Metrics objects: any method call on them records a metric (`metrics.increment(...)`). */
  readonly metrics?: readonly string[];
  /** Functions, as dotted paths, whose call makes a process shut down gracefully (`registerShutdown`, `lifecycle.drain`). */
  readonly shutdownHelpers?: readonly string[];
  /** Assert functions (`invariant`, `assertRatio`): a call that mentions a value checks it. */
  readonly assertFunctions?: readonly AssertFunction[];
  /** Functions, as dotted paths, that clamp a number into a range (`clamp`, `_.clamp`). */
  readonly clampFunctions?: readonly string[];
  /** Functions, as dotted paths, that put a deadline on the promise or callback they get (`withTimeout`). */
  readonly timeoutWrappers?: readonly string[];
  /** A project's own HTTP clients: where they are imported from and which options set a deadline. */
  readonly httpClients?: readonly HttpClientSetting[];
  /** Functions, as names or dotted paths, that check a value against a schema (`assertType`, `schemas.check`). */
  readonly validators?: readonly string[];
  /** Middleware, plugins and interceptors that measure every request of an app (`promBundle`, `MetricsInterceptor`). */
  readonly metricsMiddleware?: readonly string[];
  /** Functions that wrap a handler in latency and error metrics (`withMetrics`), optionally with the module to import them from. */
  readonly metricsWrappers?: readonly MetricsWrapper[];
  /** Decorators that measure the method or class they decorate (`Timed`, `Span`). */
  readonly metricsDecorators?: readonly string[];
  /** Modules whose import instruments the whole process (an APM agent, OpenTelemetry auto-instrumentation): exact or glob. */
  readonly instrumentationModules?: readonly string[];
  /** Functions, as dotted paths, that create an HTTP app (`createApp`, `server.create`): its routes are handlers. */
  readonly appFactories?: readonly string[];
  /** Functions, as dotted paths, that register a stand-alone request handler, their last argument (`functions.http`). */
  readonly handlerRegistrars?: readonly string[];
}

/** A metrics wrapper: its name, or the name and the module to import it from (`{ name: 'withMetrics', module: '@acme/metrics' }`). */
export type MetricsWrapper = string | { readonly name: string; readonly module: string };

/**
 * A project's own HTTP client (a wrapper around fetch or axios): the module it is imported from, an
 * exact import source (`@server/utils/fetch`) or a glob (`@server/**`, `src/*` + `/http`), the
 * exported name (`default`, or a dotted path such as `http.get`), the argument that holds the request
 * options (0-based, default 1) and the option keys that set a deadline (default `timeout`, `signal`).
 */
export interface HttpClientSetting {
  readonly module: string;
  readonly name: string;
  readonly optionsArgument?: number;
  readonly deadlineKeys?: readonly string[];
}

/**
 * An assert function: its name or dotted path (`invariant`, `Assert.ok`), or an object that also
 * names the module it must be imported from and whether it returns the value it checks.
 */
export type AssertFunction =
  | string
  | { readonly name: string; readonly module?: string; readonly returnsArgument?: boolean };

type Validator = (value: unknown, key: string) => void;

const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `the string ${JSON.stringify(value)}` : `a ${typeof value}`;
}

export class SettingsError extends Error {
  constructor(key: string, expected: string, got: unknown) {
    super(`eslint-plugin-reliability: \`settings.reliability.${key}\` must be ${expected}, got ${describe(got)}.`);
    this.name = 'SettingsError';
  }
}

const stringList: Validator = (value, key) => {
  if (!Array.isArray(value)) throw new SettingsError(key, 'an array of names', value);
  value.forEach((item: unknown, index) => {
    if (!isNonEmptyString(item)) throw new SettingsError(`${key}[${index}]`, 'a non-empty string', item);
  });
};

const ASSERT_FUNCTION_KEYS = new Set(['name', 'module', 'returnsArgument']);

const assertFunctionList: Validator = (value, key) => {
  if (!Array.isArray(value)) throw new SettingsError(key, 'an array of names or `{ name, module, returnsArgument }` objects', value);
  value.forEach((item: unknown, index) => {
    const itemKey = `${key}[${index}]`;
    if (typeof item === 'string') {
      if (!isNonEmptyString(item)) throw new SettingsError(itemKey, 'a non-empty string', item);
      return;
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new SettingsError(itemKey, 'a name or a `{ name, module, returnsArgument }` object', item);
    }
    const entry = item as Record<string, unknown>;
    const unknown = Object.keys(entry).find((property) => !ASSERT_FUNCTION_KEYS.has(property));
    if (unknown !== undefined) throw new SettingsError(`${itemKey}.${unknown}`, 'left out (the known keys are name, module and returnsArgument)', entry[unknown]);
    if (!isNonEmptyString(entry.name)) throw new SettingsError(`${itemKey}.name`, 'a non-empty string', entry.name);
    if (entry.module !== undefined && !isNonEmptyString(entry.module)) {
      throw new SettingsError(`${itemKey}.module`, 'a non-empty string', entry.module);
    }
    if (entry.returnsArgument !== undefined && typeof entry.returnsArgument !== 'boolean') {
      throw new SettingsError(`${itemKey}.returnsArgument`, 'a boolean', entry.returnsArgument);
    }
  });
};

const HTTP_CLIENT_KEYS = new Set(['module', 'name', 'optionsArgument', 'deadlineKeys']);
const DOTTED_NAME = /^[$A-Z_a-z][\w$]*(?:\.[$A-Z_a-z][\w$]*)*$/u;

const httpClientList: Validator = (value, key) => {
  if (!Array.isArray(value)) throw new SettingsError(key, 'an array of `{ module, name, optionsArgument, deadlineKeys }` objects', value);
  value.forEach((item: unknown, index) => {
    const itemKey = `${key}[${index}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new SettingsError(itemKey, 'a `{ module, name, optionsArgument, deadlineKeys }` object', item);
    }
    const entry = item as Record<string, unknown>;
    const unknown = Object.keys(entry).find((property) => !HTTP_CLIENT_KEYS.has(property));
    if (unknown !== undefined) {
      throw new SettingsError(`${itemKey}.${unknown}`, 'left out (the known keys are module, name, optionsArgument and deadlineKeys)', entry[unknown]);
    }
    if (!isNonEmptyString(entry.module)) throw new SettingsError(`${itemKey}.module`, 'a non-empty string', entry.module);
    if (typeof entry.name !== 'string' || !DOTTED_NAME.test(entry.name)) {
      throw new SettingsError(`${itemKey}.name`, 'an export name or a dotted path such as `http.get`', entry.name);
    }
    if (entry.optionsArgument !== undefined && !(Number.isInteger(entry.optionsArgument) && (entry.optionsArgument as number) >= 0)) {
      throw new SettingsError(`${itemKey}.optionsArgument`, 'an argument index (an integer from 0)', entry.optionsArgument);
    }
    if (entry.deadlineKeys !== undefined) {
      if (!Array.isArray(entry.deadlineKeys) || entry.deadlineKeys.length === 0) {
        throw new SettingsError(`${itemKey}.deadlineKeys`, 'a non-empty array of option keys', entry.deadlineKeys);
      }
      entry.deadlineKeys.forEach((deadlineKey: unknown, keyIndex) => {
        if (!isNonEmptyString(deadlineKey)) throw new SettingsError(`${itemKey}.deadlineKeys[${keyIndex}]`, 'a non-empty string', deadlineKey);
      });
    }
  });
};

const METRICS_WRAPPER_KEYS = new Set(['name', 'module']);

const metricsWrapperList: Validator = (value, key) => {
  if (!Array.isArray(value)) throw new SettingsError(key, 'an array of names or `{ name, module }` objects', value);
  value.forEach((item: unknown, index) => {
    const itemKey = `${key}[${index}]`;
    if (typeof item === 'string') {
      if (!isNonEmptyString(item)) throw new SettingsError(itemKey, 'a non-empty string', item);
      return;
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new SettingsError(itemKey, 'a name or a `{ name, module }` object', item);
    }
    const entry = item as Record<string, unknown>;
    const unknown = Object.keys(entry).find((property) => !METRICS_WRAPPER_KEYS.has(property));
    if (unknown !== undefined) throw new SettingsError(`${itemKey}.${unknown}`, 'left out (the known keys are name and module)', entry[unknown]);
    if (!isNonEmptyString(entry.name)) throw new SettingsError(`${itemKey}.name`, 'a non-empty string', entry.name);
    if (!isNonEmptyString(entry.module)) throw new SettingsError(`${itemKey}.module`, 'a non-empty string', entry.module);
  });
};

/** Validators by key: adding a key to `ReliabilitySettings` means adding its validator here. */
const VALIDATORS: Readonly<Record<keyof ReliabilitySettings, Validator>> = {
  loggers: stringList,
  errorReporters: stringList,
  metrics: stringList,
  shutdownHelpers: stringList,
  assertFunctions: assertFunctionList,
  clampFunctions: stringList,
  timeoutWrappers: stringList,
  httpClients: httpClientList,
  metricsMiddleware: stringList,
  metricsWrappers: metricsWrapperList,
  metricsDecorators: stringList,
  instrumentationModules: stringList,
  appFactories: stringList,
  handlerRegistrars: stringList,
  validators: stringList,
};

export const SETTINGS_KEYS: readonly string[] = Object.keys(VALIDATORS);

/** Validates `settings.reliability`; throws a `SettingsError` naming the first bad key. */
export function validateSettings(raw: unknown): ReliabilitySettings {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error(`eslint-plugin-reliability: \`settings.reliability\` must be an object, got ${describe(raw)}.`);
  }
  for (const [key, value] of Object.entries(raw)) {
    const validate = (VALIDATORS as Record<string, Validator | undefined>)[key];
    if (validate === undefined) {
      throw new Error(
        `eslint-plugin-reliability: \`settings.reliability\` has an unknown key \`${key}\`. Known keys: ${SETTINGS_KEYS.join(', ')}.`,
      );
    }
    if (value !== undefined) validate(value, key);
  }
  return raw as ReliabilitySettings;
}

const cache = new WeakMap<object, ReliabilitySettings>();
const NO_SETTINGS: ReliabilitySettings = Object.freeze({});

/**
 * The validated `settings.reliability` of a rule context. Validation runs once per settings object
 * of a config, not once per file or rule. The cache is keyed by the `reliability` object itself:
 * ESLint hands each file a settings object of its own when the config has none.
 */
export function getSettings(context: { readonly settings: unknown }): ReliabilitySettings {
  const all = context.settings;
  if (typeof all !== 'object' || all === null) return NO_SETTINGS;
  const raw = (all as { reliability?: unknown }).reliability;
  if (raw === undefined) return NO_SETTINGS;
  if (typeof raw !== 'object' || raw === null) return validateSettings(raw);
  const cached = cache.get(raw);
  if (cached !== undefined) return cached;
  const settings = validateSettings(raw);
  cache.set(raw, settings);
  return settings;
}

/**
 * Merges built-in defaults with a team's names: a rule option, when given, overrides the setting;
 * the built-in defaults always apply.
 */
export function mergeNames(
  defaults: readonly string[],
  setting: readonly string[] | undefined,
  option: readonly string[] | undefined,
): readonly string[] {
  return [...new Set([...defaults, ...(option ?? setting ?? [])])];
}

/**
 * What a rule derives from its options and the team's settings (name sets, compiled patterns),
 * computed once per configuration instead of once per file: `createRule` gives every file of a
 * configuration the same frozen options object, and `getSettings` the same settings object, so both
 * key a cache that lives as long as the configuration does.
 */
export function createConfigCache<Options extends object, Derived>(
  derive: (options: Options, settings: ReliabilitySettings) => Derived,
): (context: { readonly settings: unknown }, options: Options) => Derived {
  const byOptions = new WeakMap<Options, WeakMap<ReliabilitySettings, Derived>>();
  return (context, options) => {
    const settings = getSettings(context);
    let bySettings = byOptions.get(options);
    if (bySettings === undefined) {
      bySettings = new WeakMap();
      byOptions.set(options, bySettings);
    }
    const known = bySettings.get(settings);
    if (known !== undefined) return known;
    const derived = derive(options, settings);
    bySettings.set(settings, derived);
    return derived;
  };
}
