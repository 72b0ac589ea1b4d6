/** Baselines: fingerprints that survive line moves, counted matching, and the file format. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { BaselineError, createBaseline, getFingerprint, matchBaseline, readBaseline, writeBaseline } from '../../src/audit/baseline.js';
import { createProject, removeProjects } from './helpers.js';

afterAll(removeProjects);

const input = { ruleId: 'reliability/no-swallowed-errors', file: 'src/a.ts', messageId: 'swallowedError', message: 'This catch drops the error.', lineText: '  } catch {' };

describe('getFingerprint', () => {
  it('is 32 hex digits, stable, and ignores indentation and spacing', () => {
    const fingerprint = getFingerprint(input);
    expect(fingerprint).toMatch(/^[0-9a-f]{32}$/u);
    expect(getFingerprint({ ...input, lineText: '}   catch {  ' })).toBe(fingerprint);
  });

  it('changes with the rule, the file, the message id or the code', () => {
    const fingerprint = getFingerprint(input);
    expect(getFingerprint({ ...input, ruleId: 'rel/no-swallowed-errors' })).not.toBe(fingerprint);
    expect(getFingerprint({ ...input, file: 'src/b.ts' })).not.toBe(fingerprint);
    expect(getFingerprint({ ...input, messageId: 'swallowedRejection' })).not.toBe(fingerprint);
    expect(getFingerprint({ ...input, lineText: '} catch (error) {' })).not.toBe(fingerprint);
  });

  it('does not change with the message text when there is a message id (a reworded message is the same finding)', () => {
    expect(getFingerprint({ ...input, message: 'Reworded.' })).toBe(getFingerprint(input));
    expect(getFingerprint({ ...input, messageId: undefined, message: 'Reworded.' })).not.toBe(getFingerprint({ ...input, messageId: undefined }));
  });
});

describe('matchBaseline', () => {
  it('matches each baseline entry once: a second copy of an accepted finding is new', () => {
    const baseline = createBaseline([{ fingerprint: 'a', ruleId: 'r', file: 'f', line: 1 }]);
    expect(matchBaseline([{ fingerprint: 'a' }, { fingerprint: 'a' }, { fingerprint: 'b' }], baseline)).toEqual(['unchanged', 'new', 'new']);
  });
});

describe('the baseline file', () => {
  it('round-trips, keeping only what matching and people need', () => {
    const dir = createProject({});
    const file = path.join(dir, 'baseline.json');
    writeBaseline(file, createBaseline([{ fingerprint: 'abc', ruleId: 'no-throw-literal', file: 'src/a.ts', line: 3, extra: true } as never]));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      schemaVersion: 1,
      tool: 'eslint-plugin-reliability audit',
      findings: [{ fingerprint: 'abc', ruleId: 'no-throw-literal', file: 'src/a.ts', line: 3 }],
    });
    expect(readBaseline(file).findings).toHaveLength(1);
  });

  it.each([
    ['not JSON', '{', /^Cannot read the baseline .*: /u],
    ['another schema version', '{"schemaVersion": 2, "findings": []}', /is not a baseline of this audit \(schemaVersion 1\)/u],
    ['entries without a fingerprint', '{"schemaVersion": 1, "findings": [{"file": "a"}]}', /is not a baseline of this audit/u],
  ])('rejects %s with a BaselineError', (_name, content, message) => {
    const file = path.join(createProject({}), 'baseline.json');
    writeFileSync(file, content);
    expect(() => readBaseline(file)).toThrow(BaselineError);
    expect(() => readBaseline(file)).toThrow(message);
  });
});
