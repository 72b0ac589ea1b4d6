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
}

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

/** Validators by key: adding a key to `ReliabilitySettings` means adding its validator here. */
const VALIDATORS: Readonly<Record<keyof ReliabilitySettings, Validator>> = {
  loggers: stringList,
  errorReporters: stringList,
  metrics: stringList,
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

/**
 * The validated `settings.reliability` of a rule context. Validation runs once per settings object
 * (one per config), not once per file or rule.
 */
export function getSettings(context: { readonly settings: unknown }): ReliabilitySettings {
  const all = context.settings;
  if (typeof all !== 'object' || all === null) return {};
  const cached = cache.get(all);
  if (cached !== undefined) return cached;
  const settings = validateSettings((all as { reliability?: unknown }).reliability);
  cache.set(all, settings);
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

