import type { ESLint, Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import { checkProgram, shrinkProgram } from '../../tools/fuzz/check.js';
import { generateJavaScript, generateTypeScript } from '../../tools/fuzz/programs.js';

/** The fixed-seed slice of `npm run fuzz` that runs in `npm test`. */
const SEED = 20_261_121;
const COUNT = 400;

describe('fuzzing, fixed-seed slice', () => {
  it('generates the same program from the same seed', () => {
    expect(generateTypeScript(7)).toBe(generateTypeScript(7));
    expect(generateJavaScript(7)).toBe(generateJavaScript(7));
    expect(generateTypeScript(7)).not.toBe(generateTypeScript(8));
  });

  it(`lints ${COUNT} random programs: no crash, every fix and suggestion parses, fixing converges`, () => {
    const failures: string[] = [];
    let linted = 0;
    let reports = 0;
    for (let index = 0; index < COUNT; index += 1) {
      const seed = SEED + index;
      const language = seed % 2 === 0 ? 'js' : 'ts';
      let result: ReturnType<typeof checkProgram> | undefined;
      let code = '';
      for (let attempt = 0; attempt < 10 && (result === undefined || result.skipped); attempt += 1) {
        code = language === 'js' ? generateJavaScript(seed * 16 + attempt) : generateTypeScript(seed);
        result = checkProgram(code, language);
      }
      if (result === undefined || result.skipped) continue;
      linted += 1;
      reports += result.reports;
      for (const problem of result.problems) {
        failures.push(`seed ${seed} (${language}) ${problem.kind} ${problem.ruleId ?? ''}\n${shrinkProgram(code, language, problem.kind)}\n${problem.detail.split('\n').slice(0, 4).join('\n')}`);
      }
    }
    expect(failures).toEqual([]);
    // The slice must exercise the rules, not just parse: most programs lint and many report.
    expect(linted).toBeGreaterThan(COUNT * 0.95);
    expect(reports).toBeGreaterThan(COUNT / 4);
  });

  it('tells a program that does not parse from a clean one', () => {
    expect(checkProgram('const = ;', 'js')).toMatchObject({ skipped: true });
    expect(checkProgram('try { a(); } catch {}', 'js')).toMatchObject({ skipped: false, problems: [] });
    expect(checkProgram('try { a(); } catch {}', 'js').reports).toBeGreaterThan(0);
    expect(checkProgram('try { a(); } catch {}', 'js').suggestions).toBeGreaterThan(0);
    expect(checkProgram('const started = Date.now(); f(); const ms = Date.now() - started;', 'js')).toMatchObject({ fixed: true, problems: [] });
  });

  it('reports each kind of broken rule, and shrinks the program around it', () => {
    const broken = {
      rules: {
        crash: { meta: { type: 'problem' }, create: () => ({ DebuggerStatement: () => { throw new Error('boom'); } }) },
        'bad-suggestion': {
          meta: { type: 'problem', hasSuggestions: true, messages: { m: 'M.' } },
          create: (context: Rule.RuleContext) => ({
            ThrowStatement: (node: Rule.Node) =>
              context.report({ node, messageId: 'm', suggest: [{ desc: 'Break it.', fix: (fixer) => fixer.insertTextAfter(node, ' (((') }] }),
          }),
        },
        'endless-fix': {
          meta: { type: 'problem', fixable: 'code', messages: { m: 'M.' } },
          create: (context: Rule.RuleContext) => ({
            Program: (node: Rule.Node) => context.report({ node, messageId: 'm', fix: (fixer) => fixer.insertTextAfter(node, ';') }),
          }),
        },
      },
    } as unknown as ESLint.Plugin;
    const kinds = (code: string): string[] => checkProgram(code, 'js', broken).problems.map((problem) => problem.kind);
    expect(kinds('a();\ndebugger;\nb();')).toEqual(['crash']);
    expect(kinds('function f() { throw new Error("x"); }')).toContain('suggestion-does-not-parse');
    expect(kinds('a();')).toContain('fix-does-not-converge');
    expect(shrinkProgram('a();\nb();\ndebugger;\nc();', 'js', 'crash', broken)).toBe('debugger;');
  });
});
