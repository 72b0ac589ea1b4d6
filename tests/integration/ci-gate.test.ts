/**
 * The CI lint gate, with the real CLI of both supported ESLint majors on a consumer project that
 * installed the packed plugin: the README's gate command (`--max-warnings 0` and SARIF for GitHub
 * code scanning, through `@microsoft/eslint-formatter-sarif`), and ESLint's bulk suppressions
 * (`--suppress-all`, `--suppress-rule`, `--prune-suppressions`) for adopting the plugin on legacy code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { getDocsUrl } from '../../src/util/createRule.js';
import type { LintResult, PackedPlugin } from '../helpers/consumer.js';
import { createConsumer, ESLINT_VERSIONS, findings, packPlugin, removePacked, runEslint } from '../helpers/consumer.js';
import { readReadme } from '../helpers/readme.js';

// Every step runs real tools in child processes: generous limits for a loaded CI machine.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'consumer');
const SARIF_FORMATTER = '@microsoft/eslint-formatter-sarif';

/** The gate command of the README's GitHub Actions workflow, run here as written there. */
const GATE_COMMAND = `npx eslint . --max-warnings 0 --format ${SARIF_FORMATTER} --output-file eslint.sarif`;

/** Everything the fixture project reports (both ESLint majors). */
const ALL_FINDINGS = [
  'src/orders.ts:12:5 reliability/no-swallowed-errors',
  'src/orders.ts:18:16 reliability/no-swallowed-errors',
  'src/worker.js:2:21 reliability/no-swallowed-errors',
  'src/worker.js:4:23 no-throw-literal',
];

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; helpUri?: string; shortDescription?: { text: string } }[] } };
    results: {
      ruleId: string;
      level: string;
      message: { text: string };
      suppressions?: { kind: string }[];
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
    }[];
  }[];
}

let packed: PackedPlugin | undefined;

beforeAll(() => {
  packed = packPlugin('reliability-ci-gate-');
});

afterAll(() => {
  removePacked(packed);
});

it('documents the gate command that this test runs', () => {
  expect(readReadme()).toContain(GATE_COMMAND);
});

describe.each(ESLINT_VERSIONS)('$label', ({ packageDir }) => {
  function newConsumer(): string {
    if (packed === undefined) throw new Error('The plugin was not packed.');
    return createConsumer(packed, { fixtures: [FIXTURE], eslint: packageDir, modules: [SARIF_FORMATTER] });
  }

  function lintJson(consumer: string, args: readonly string[] = []): { status: number | null; findings: string[]; results: LintResult[]; stderr: string } {
    const { status, stdout, stderr } = runEslint(consumer, ['--format', 'json', ...args, '.']);
    const results = JSON.parse(stdout) as LintResult[];
    return { status, findings: findings(consumer, results), results, stderr };
  }

  function gate(consumer: string, env: NodeJS.ProcessEnv = {}): { status: number | null; sarif: SarifLog } {
    const [npx, eslint, ...args] = GATE_COMMAND.split(' ');
    expect([npx, eslint]).toEqual(['npx', 'eslint']);
    const { status, stderr } = runEslint(consumer, args, { env });
    expect(stderr).toBe('');
    return { status, sarif: JSON.parse(readFileSync(path.join(consumer, 'eslint.sarif'), 'utf8')) as SarifLog };
  }

  describe('SARIF for code scanning', () => {
    let consumer: string;

    beforeAll(() => {
      consumer = newConsumer();
    });

    it('fails the gate and writes every finding, with its location, to SARIF 2.1.0', () => {
      const { status, sarif } = gate(consumer);
      expect(status).toBe(1);
      expect(sarif.version).toBe('2.1.0');
      const [sarifRun] = sarif.runs;
      const located = (sarifRun?.results ?? []).map((result) => {
        const { artifactLocation, region } = result.locations[0]?.physicalLocation ?? { artifactLocation: { uri: '' }, region: {} };
        const file = path.relative(consumer, new URL(artifactLocation.uri).pathname);
        return `${file}:${region.startLine}:${region.startColumn} ${result.ruleId}`;
      });
      expect(located.sort()).toEqual([...ALL_FINDINGS].sort());
      expect(sarifRun?.results.every((result) => result.level === 'error' && result.suppressions === undefined)).toBe(true);
    });

    it('describes our rules with their docs page as helpUri', () => {
      const { sarif } = gate(consumer);
      const rules = sarif.runs[0]?.tool.driver.rules ?? [];
      const ours = rules.filter((rule) => rule.id.startsWith('reliability/'));
      expect(ours).toEqual([
        {
          id: 'reliability/no-swallowed-errors',
          helpUri: getDocsUrl('no-swallowed-errors'),
          shortDescription: { text: 'Disallow catch clauses and error handlers that drop the error without a trace' },
          properties: {},
        },
      ]);
      expect(sarif.runs[0]?.tool.driver.name).toBe('ESLint');
    });

    it('passes the gate, with an empty SARIF run, on clean code', () => {
      const { status, stdout } = runEslint(consumer, ['--max-warnings', '0', '--format', SARIF_FORMATTER, 'src/clean.ts']);
      expect(status).toBe(0);
      expect((JSON.parse(stdout) as SarifLog).runs[0]?.results).toEqual([]);
    });

    it('fails on warnings too with --max-warnings 0', () => {
      writeFileSync(
        path.join(consumer, 'eslint.warn.config.js'),
        "import base from './eslint.config.js';\nexport default [...base, { rules: { 'reliability/no-swallowed-errors': 'warn', 'no-throw-literal': 'warn' } }];\n",
      );
      expect(runEslint(consumer, ['-c', 'eslint.warn.config.js', '.']).status).toBe(0);
      const strict = runEslint(consumer, ['-c', 'eslint.warn.config.js', '--max-warnings', '0', '.']);
      expect(strict.status).toBe(1);
      expect(strict.stderr).toContain('ESLint found too many warnings (maximum: 0).');
    });
  });

  describe('bulk suppressions', () => {
    it('--suppress-all records the legacy findings per file and rule, so the gate passes on day one', () => {
      const consumer = newConsumer();
      const suppress = runEslint(consumer, ['--suppress-all', '.']);
      expect(suppress.status).toBe(0);
      expect(JSON.parse(readFileSync(path.join(consumer, 'eslint-suppressions.json'), 'utf8'))).toEqual({
        'src/orders.ts': { 'reliability/no-swallowed-errors': { count: 2 } },
        'src/worker.js': { 'no-throw-literal': { count: 1 }, 'reliability/no-swallowed-errors': { count: 1 } },
      });
      const { status, findings: reported, results } = lintJson(consumer);
      expect(status).toBe(0);
      expect(reported).toEqual([]);
      expect(results.flatMap((result) => result.suppressedMessages ?? []).map((message) => message.ruleId).sort()).toEqual([
        'no-throw-literal',
        'reliability/no-swallowed-errors',
        'reliability/no-swallowed-errors',
        'reliability/no-swallowed-errors',
      ]);
    });

    it('still fails the gate on a new violation: in a new file, or one more in a suppressed file', () => {
      const consumer = newConsumer();
      expect(runEslint(consumer, ['--suppress-all', '.']).status).toBe(0);

      writeFileSync(path.join(consumer, 'src/retry.js'), 'export function retryLater(job) {\n  job.run().catch(() => {});\n}\n');
      const newFile = lintJson(consumer);
      expect(newFile.status).toBe(1);
      expect(newFile.findings).toEqual(['src/retry.js:2:19 reliability/no-swallowed-errors']);

      writeFileSync(path.join(consumer, 'src/retry.js'), '');
      const orders = path.join(consumer, 'src/orders.ts');
      writeFileSync(orders, `${readFileSync(orders, 'utf8')}\nexport function forget(job: Promise<void>): void {\n  job.catch(() => {});\n}\n`);
      // Over the recorded count, ESLint reports every violation of that rule in the file.
      const moreInFile = lintJson(consumer);
      expect(moreInFile.status).toBe(1);
      expect(moreInFile.findings).toEqual([
        'src/orders.ts:12:5 reliability/no-swallowed-errors',
        'src/orders.ts:18:16 reliability/no-swallowed-errors',
        'src/orders.ts:31:13 reliability/no-swallowed-errors',
      ]);
    });

    it('--suppress-rule suppresses only the named rule', () => {
      const consumer = newConsumer();
      const suppress = runEslint(consumer, ['--suppress-rule', 'reliability/no-swallowed-errors', '.']);
      expect(suppress.status).toBe(1);
      expect(JSON.parse(readFileSync(path.join(consumer, 'eslint-suppressions.json'), 'utf8'))).toEqual({
        'src/orders.ts': { 'reliability/no-swallowed-errors': { count: 2 } },
        'src/worker.js': { 'reliability/no-swallowed-errors': { count: 1 } },
      });
      const { status, findings: reported } = lintJson(consumer);
      expect(status).toBe(1);
      expect(reported).toEqual(['src/worker.js:4:23 no-throw-literal']);
    });

    it('a fixed violation leaves an unused suppression that fails the run until --prune-suppressions', () => {
      const consumer = newConsumer();
      expect(runEslint(consumer, ['--suppress-all', '.']).status).toBe(0);
      const orders = path.join(consumer, 'src/orders.ts');
      writeFileSync(
        orders,
        readFileSync(orders, 'utf8').replace('  } catch (error) {\n    return undefined;', "  } catch (error) {\n    logger.error('order load failed', error);\n    return undefined;"),
      );
      const stale = lintJson(consumer);
      expect(stale.findings).toEqual([]);
      expect(stale.status).toBe(2);
      expect(stale.stderr).toContain('There are suppressions left that do not occur anymore.');
      expect(runEslint(consumer, ['--pass-on-unpruned-suppressions', '.']).status).toBe(0);

      expect(runEslint(consumer, ['--prune-suppressions', '.']).status).toBe(0);
      expect(JSON.parse(readFileSync(path.join(consumer, 'eslint-suppressions.json'), 'utf8'))).toMatchObject({
        'src/orders.ts': { 'reliability/no-swallowed-errors': { count: 1 } },
      });
      expect(lintJson(consumer).status).toBe(0);
    });

    it('records only errors: a rule set to warn keeps reporting, and fails --max-warnings 0', () => {
      const consumer = newConsumer();
      const warn = ['--rule', 'reliability/no-swallowed-errors: warn'];
      expect(runEslint(consumer, [...warn, '--suppress-all', '.']).status).toBe(0);
      expect(JSON.parse(readFileSync(path.join(consumer, 'eslint-suppressions.json'), 'utf8'))).toEqual({
        'src/worker.js': { 'no-throw-literal': { count: 1 } },
      });
      const { status, stderr } = runEslint(consumer, [...warn, '--max-warnings', '0', '.']);
      expect(status).toBe(1);
      expect(stderr).toContain('ESLint found too many warnings (maximum: 0).');
    });

    it('keeps suppressed findings out of SARIF with SARIF_ESLINT_IGNORE_SUPPRESSED', () => {
      const consumer = newConsumer();
      expect(runEslint(consumer, ['--suppress-all', '.']).status).toBe(0);
      const marked = gate(consumer);
      expect(marked.status).toBe(0);
      expect(marked.sarif.runs[0]?.results.map((result) => result.suppressions)).toEqual([
        [{ kind: 'external', justification: '' }],
        [{ kind: 'external', justification: '' }],
        [{ kind: 'external', justification: '' }],
        [{ kind: 'external', justification: '' }],
      ]);
      const left = gate(consumer, { SARIF_ESLINT_IGNORE_SUPPRESSED: 'true' });
      expect(left.status).toBe(0);
      expect(left.sarif.runs[0]?.results).toEqual([]);
    });
  });
});
