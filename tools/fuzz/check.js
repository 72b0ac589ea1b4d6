// The fuzzer's oracle: lint one program with every rule of the plugin on and check that no rule
// throws, every autofix output parses, fixing converges within ESLint's 10 passes, and every
// suggestion output parses. Also shrinks a failing program to a small reproducer.
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import plugin from '../../dist/index.js';

const linter = new Linter();

function createConfigs(testedPlugin) {
  const allRules = Object.fromEntries(Object.keys(testedPlugin.rules).map((name) => [`reliability/${name}`, 'error']));
  return {
    js: [{ files: ['**/*.js'], plugins: { reliability: testedPlugin }, rules: allRules }],
    ts: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { reliability: testedPlugin }, rules: allRules }],
  };
}

const pluginConfigs = createConfigs(plugin);

function parses(code, language) {
  const filename = `program.${language}`;
  return !new Linter().verify(code, [{ files: ['**/*'], ...(language === 'ts' ? { languageOptions: { parser: tsParser } } : {}) }], filename).some(
    (message) => message.fatal === true,
  );
}

function applyFix(code, fix) {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

/**
 * Checks one program with every rule of the plugin (or of `testedPlugin`, for the oracle's own
 * tests). Returns `{ skipped: true }` when the program itself does not parse, else
 * `{ skipped: false, reports, problems }` where each problem is `{ kind, ruleId?, detail }`.
 */
/**
 * @param {string} code
 * @param {'js' | 'ts'} language
 * @param {import('eslint').ESLint.Plugin} [testedPlugin]
 * @returns {{ skipped: boolean, reports: number, suggestions: number, fixed: boolean, problems: { kind: string, ruleId?: string | null, detail: string }[] }}
 */
export function checkProgram(code, language, testedPlugin) {
  const configs = testedPlugin === undefined ? pluginConfigs : createConfigs(testedPlugin);
  const filename = `program.${language}`;
  if (!parses(code, language)) return { skipped: true, reports: 0, suggestions: 0, fixed: false, problems: [] };
  const problems = [];
  let messages;
  try {
    messages = linter.verify(code, configs[language], filename);
  } catch (error) {
    return { skipped: false, reports: 0, suggestions: 0, fixed: false, problems: [{ kind: 'crash', detail: String(error?.stack ?? error) }] };
  }
  let suggestions = 0;
  for (const message of messages) {
    if (message.fatal === true) problems.push({ kind: 'fatal', detail: message.message });
    for (const suggestion of message.suggestions ?? []) {
      suggestions += 1;
      const output = applyFix(code, suggestion.fix);
      if (!parses(output, language)) {
        problems.push({ kind: 'suggestion-does-not-parse', ruleId: message.ruleId, detail: `${suggestion.desc}\n${output}` });
      }
    }
  }
  const fixable = messages.some((message) => message.fix !== undefined);
  if (fixable) {
    let fixed;
    try {
      fixed = linter.verifyAndFix(code, configs[language], filename);
    } catch (error) {
      return {
        skipped: false,
        reports: messages.length,
        suggestions,
        fixed: true,
        problems: [...problems, { kind: 'crash-while-fixing', detail: String(error?.stack ?? error) }],
      };
    }
    if (!parses(fixed.output, language)) problems.push({ kind: 'fix-does-not-parse', detail: fixed.output });
    else if (linter.verify(fixed.output, configs[language], filename).some((message) => message.fix !== undefined)) {
      problems.push({ kind: 'fix-does-not-converge', detail: fixed.output });
    }
  }
  return { skipped: false, reports: messages.length, suggestions, fixed: fixable, problems };
}

/**
 * Line-based delta debugging: removes chunks of lines, then single lines, as long as the program
 * still parses and still fails with the same kind of problem.
 */
/**
 * @param {string} code
 * @param {'js' | 'ts'} language
 * @param {string} kind
 * @param {import('eslint').ESLint.Plugin} [testedPlugin]
 * @returns {string}
 */
export function shrinkProgram(code, language, kind, testedPlugin) {
  const fails = (candidate) => {
    const result = checkProgram(candidate, language, testedPlugin);
    return !result.skipped && result.problems.some((problem) => problem.kind === kind);
  };
  let lines = code.split('\n');
  for (let chunk = Math.max(1, Math.floor(lines.length / 2)); chunk >= 1; chunk = Math.floor(chunk / 2)) {
    for (let start = 0; start < lines.length; ) {
      const candidate = [...lines.slice(0, start), ...lines.slice(start + chunk)];
      if (candidate.length > 0 && fails(candidate.join('\n'))) lines = candidate;
      else start += chunk;
    }
  }
  return lines.join('\n');
}
