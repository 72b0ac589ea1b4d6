/**
 * The built-in configuration knows nothing of a team's own loggers, metrics objects or timeout
 * wrappers, and without them a rule can report code that is fine (a catch that calls `audit.warn`).
 * When the repository has an eslint.config.* that sets `settings.reliability`, the audit reads those
 * settings, and only those, into its own configuration.
 */
import type { ESLint } from 'eslint';

import type { ReliabilitySettings } from '../util/settings.js';
import { validateSettings } from '../util/settings.js';
import { findConfigFile } from './files.js';
import { withoutEslintIgnoreWarning } from './lint.js';

export interface TeamSettings {
  readonly settings: ReliabilitySettings | undefined;
  /** The config file they came from. */
  readonly source: string | null;
  /** Why the settings could not be used, for standard error. */
  readonly warning: string | undefined;
}

/** How many files to ask for their config before concluding that none sets `settings.reliability`. */
const SAMPLE = 20;

export async function loadTeamSettings(ESLintConstructor: typeof ESLint, root: string, files: readonly string[]): Promise<TeamSettings> {
  const configFile = findConfigFile(root);
  if (configFile === undefined || files.length === 0) return { settings: undefined, source: null, warning: undefined };
  let raw: unknown;
  try {
    const eslint = withoutEslintIgnoreWarning(() => new ESLintConstructor({ cwd: root }));
    for (const file of files.slice(0, SAMPLE)) {
      const config = (await eslint.calculateConfigForFile(file)) as { settings?: { reliability?: unknown } } | undefined;
      raw = config?.settings?.reliability;
      if (raw !== undefined) break;
    }
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      settings: undefined,
      source: null,
      warning: `Could not load ${configFile} to read its settings.reliability (${message}); auditing without the team's settings.`,
    };
  }
  if (raw === undefined) return { settings: undefined, source: null, warning: undefined };
  try {
    return { settings: validateSettings(raw), source: configFile, warning: undefined };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { settings: undefined, source: null, warning: `Ignoring the settings.reliability of ${configFile}: ${message}` };
  }
}
