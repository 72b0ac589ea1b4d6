/** Every rule has an area: the audit cannot place a finding of a rule this table does not know. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { AREA_IDS, AREAS, CORE_RULE_CLASSES, getAreaRuleNames, getRuleClass, isMustFix, PLUGIN_RULE_CLASSES, SEVERITIES } from '../../src/audit/areas.js';
import { CORE_RULES } from '../../src/configs/index.js';
import { rules } from '../../src/rules/index.js';

describe('the area table', () => {
  it.each(Object.keys(rules))('places the rule %s in an area', (name) => {
    expect(getRuleClass(name, false)).toBeDefined();
  });

  it.each(Object.keys(CORE_RULES))('places the core rule %s, which the configs turn on, in an area', (name) => {
    expect(getRuleClass(name, true)).toBeDefined();
  });

  it('also covers the core rules the running ESLint lacks (preserve-caught-error before 9.35)', () => {
    expect(Object.keys(CORE_RULE_CLASSES).sort()).toEqual(['no-throw-literal', 'no-unsafe-finally', 'prefer-promise-reject-errors', 'preserve-caught-error']);
  });

  it('uses only known areas and severities', () => {
    for (const ruleClass of [...Object.values(PLUGIN_RULE_CLASSES), ...Object.values(CORE_RULE_CLASSES)]) {
      expect(AREA_IDS).toContain(ruleClass.area);
      expect(SEVERITIES).toContain(ruleClass.severity);
    }
  });

  it('describes the seven areas in their order', () => {
    expect(AREAS.map((area) => area.id)).toEqual([...AREA_IDS]);
    expect(AREA_IDS).toEqual(['timeouts', 'observability', 'error-handling', 'data-integrity', 'idempotency', 'latency-and-resources', 'lifecycle']);
    for (const area of AREAS) expect(area.standard).toMatch(/^[A-Z].*\.$/u);
  });

  it('gives every area at least one planned rule', () => {
    for (const id of AREA_IDS) expect(getAreaRuleNames(id).plugin.length).toBeGreaterThan(0);
  });

  it('does not mistake a core rule for a plugin rule of the same name, or an inherited key for a rule', () => {
    expect(getRuleClass('no-throw-literal', false)).toBeUndefined();
    expect(getRuleClass('no-swallowed-errors', true)).toBeUndefined();
    expect(getRuleClass('constructor', false)).toBeUndefined();
  });

  it('makes critical and high findings must-fix', () => {
    expect(SEVERITIES.filter(isMustFix)).toEqual(['critical', 'high']);
  });

  it('lists an area’s rules, plugin and core apart', () => {
    expect(getAreaRuleNames('error-handling')).toEqual({
      plugin: ['no-swallowed-errors'],
      core: ['no-throw-literal', 'no-unsafe-finally', 'prefer-promise-reject-errors', 'preserve-caught-error'],
    });
  });
});

describe('docs/audit.md', () => {
  it('lists every rule with the area and severity of the table', () => {
    const doc = readFileSync(path.resolve(import.meta.dirname, '../../docs/audit.md'), 'utf8');
    const table = /<!-- areas-table -->\n(.*?)<!-- end areas-table -->/su.exec(doc)?.[1] ?? '';
    const documented = [...table.matchAll(/^\| ([\w ]+) \| \[`([\w-]+)`\]\([^)]+\)( \(core\))? \| (\w+) \|$/gmu)]
      .map(([, area = '', rule = '', core, severity = '']) => `${core === undefined ? '' : 'core '}${rule}: ${area} ${severity}`)
      .sort();
    const expected = [
      ...Object.entries(PLUGIN_RULE_CLASSES).map(([rule, { area, severity }]) => `${rule}: ${AREAS.find((candidate) => candidate.id === area)?.title ?? ''} ${severity}`),
      ...Object.entries(CORE_RULE_CLASSES).map(([rule, { area, severity }]) => `core ${rule}: ${AREAS.find((candidate) => candidate.id === area)?.title ?? ''} ${severity}`),
    ].sort();
    expect(documented).toEqual(expected);
  });
});
