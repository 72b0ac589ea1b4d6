/** The command line of `eslint-plugin-reliability audit`. */
import { parseArgs } from 'node:util';

import type { Preset } from './model.js';

export const FORMATS = ['terminal', 'markdown', 'json', 'sarif', 'html'] as const;
export type Format = (typeof FORMATS)[number];
const PRESETS: readonly Preset[] = ['recommended', 'strict', 'all'];

export interface AuditArguments {
  readonly command: 'audit';
  readonly directory: string;
  readonly format: Format;
  readonly output: string | undefined;
  readonly useProjectConfig: boolean;
  readonly preset: Preset;
  readonly includeTests: boolean;
  readonly maxFindings: number | undefined;
  readonly baseline: string | undefined;
  readonly writeBaseline: string | undefined;
  readonly quiet: boolean;
  /** `true`/`false` from `--color`/`--no-color`; `undefined` to decide from the terminal and environment. */
  readonly color: boolean | undefined;
}

export type ParsedCommandLine = AuditArguments | { readonly command: 'help' } | { readonly command: 'version' };

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE = `Usage: eslint-plugin-reliability audit [directory] [options]

A reliability assessment of a repository: runs the plugin's rules on every JavaScript and
TypeScript file under the directory (default: the current one) and reports, per area, what
stands between the code and production.

Options:
  -f, --format <name>        terminal (default), markdown, json, sarif or html
  -o, --output <file>        write the report to a file instead of standard output
      --config               use the repository's own eslint.config.* instead of the built-in
                             configuration
      --preset <name>        the plugin config the built-in configuration runs: recommended
                             (default), strict or all
      --include-tests        also audit tests, fixtures, mocks and stories (skipped by default)
      --max-findings <n>     fail (exit 1) when there are more than n findings; without it, any
                             error-level finding fails
      --baseline <file>      count only findings that are not in this baseline
      --write-baseline <file>
                             save every current finding as a baseline (the gate is skipped)
  -q, --quiet                no progress indicator on standard error
      --color, --no-color    force colours on or off in the terminal format
  -h, --help                 show this help
  -v, --version              show the plugin's version

Exit codes: 0 the audit ran and the gate passed, 1 the gate failed, 2 the audit could not run
(bad arguments, no ESLint, a broken configuration, an unreadable baseline).

Documentation: https://github.com/eslint-plugin-reliability/eslint-plugin-reliability/blob/main/docs/audit.md`;

export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        config: { type: 'boolean' },
        preset: { type: 'string' },
        'include-tests': { type: 'boolean' },
        'max-findings': { type: 'string' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { command: 'help' };
  if (values.version === true) return { command: 'version' };
  const [command, directory = '.', ...extra] = positionals;
  if (command === undefined) throw new UsageError('Missing command: run `eslint-plugin-reliability audit [directory]`.');
  if (command !== 'audit') throw new UsageError(`Unknown command \`${command}\`: the only command is \`audit\`.`);
  if (extra.length > 0) throw new UsageError(`Audit one directory at a time; got also ${extra.map((item) => `\`${item}\``).join(', ')}.`);

  const format = values.format ?? 'terminal';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`Unknown format \`${format}\`: use one of ${FORMATS.join(', ')}.`);
  }
  const preset = values.preset ?? 'recommended';
  if (!(PRESETS as readonly string[]).includes(preset)) {
    throw new UsageError(`Unknown preset \`${preset}\`: use one of ${PRESETS.join(', ')}.`);
  }
  const useProjectConfig = values.config === true;
  if (useProjectConfig && values.preset !== undefined) {
    throw new UsageError('--preset chooses the rules of the built-in configuration; with --config your eslint.config.* decides.');
  }
  if (useProjectConfig && values['include-tests'] === true) {
    throw new UsageError('--include-tests changes the built-in configuration; with --config your eslint.config.* decides what is linted.');
  }
  if (values.color === true && values['no-color'] === true) throw new UsageError('Use either --color or --no-color.');
  for (const key of ['output', 'baseline', 'write-baseline'] as const) {
    if (values[key] === '') throw new UsageError(`--${key} needs a file name.`);
  }
  return {
    command: 'audit',
    directory,
    format: format as Format,
    output: values.output,
    useProjectConfig,
    preset: preset as Preset,
    includeTests: values['include-tests'] === true,
    maxFindings: parseMaxFindings(values['max-findings']),
    baseline: values.baseline,
    writeBaseline: values['write-baseline'],
    quiet: values.quiet === true,
    color: values.color === true ? true : values['no-color'] === true ? false : undefined,
  };
}

function parseMaxFindings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/u.test(value)) throw new UsageError(`--max-findings needs a whole number of findings (0 or more), got \`${value}\`.`);
  return Number(value);
}
