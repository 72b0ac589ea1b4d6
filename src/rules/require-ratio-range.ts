import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import type { AssertFunction, RatioNameEntry, RatioRange, RatioVocabulary } from '../util/index.js';
import {
  buildInsertAfterStatement,
  buildWrapInCall,
  compileRatioNames,
  createConfigCache,
  createRule,
  DEFAULT_RATIO_NAMES,
  formatRange,
  getImportBinding,
  getImportedName,
  getRequiredModule,
  getRootIdentifier,
  getSettings,
  getStaticPath,
  isDeclaredInScope,
  isGlobalReference,
  splitWords,
  stringListSchema,
  unwrapTSExpression,
} from '../util/index.js';

export type Options = [
  {
    assertFunctions?: AssertFunction[];
    clampFunctions?: string[];
    ratioNames?: RatioNameEntry[];
    extendDefaultRatioNames?: boolean;
  },
];
export type MessageIds =
  | 'addRangeAssert'
  | 'nanUnsafeCheck'
  | 'outOfRange'
  | 'unassertedRatio'
  | 'useNanSafeCheck'
  | 'wrapWithAssert';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;
type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;

/** What a check mentions: a resolved variable, a member path (`this.winPct`) or, with a leading dot, a property name. */
type SubjectKey = string | Variable;

/** A ratio name the code reads or writes: `winPct`, `this.winPct`, `stats.win_pct`. */
interface Subject {
  readonly keys: readonly SubjectKey[];
  /** As messages show it: `winPct`, `this.winPct`. */
  readonly name: string;
  /** As code can read it again: `winPct`, `this.winPct`, `stats['win-pct']`. */
  readonly text: string;
  /** The last word of the name, which decides its range: `pct` for `winPct`. */
  readonly word: string;
  /** The range the name gives it ([0, 1] for a name that is not a ratio name, looked up with `anyName`). */
  readonly range: RatioRange;
  /** The name is a ratio name. */
  readonly named: boolean;
}

/** Where a ratio name gets a value, and what the rule needs to decide on it when the file is done. */
interface Target {
  readonly node: TSESTree.Node;
  readonly name: string;
  readonly word: string;
  readonly range: RatioRange;
  /** How many times a fraction the value is written: 100 for `a / b * 100`, 1 for `a / b`. */
  readonly scale: number | undefined;
}

/** A ratio name that gets a computed value: reported unless its function checks it. */
interface Candidate extends Target {
  readonly keys: readonly SubjectKey[];
  readonly suggest: (range: RatioRange) => Suggestion[];
}

/** A constant given to a ratio name: reported when it is outside the name's range. */
interface Constant extends Target {
  readonly value: number;
}

/** The checks and ratio assignments of one function (or the module, a class body, a static block). */
interface Frame {
  readonly node: TSESTree.Node;
  readonly candidates: Candidate[];
  /** The constants each subject is compared with (`x < 0`, `1 >= x`). */
  readonly comparisons: Map<SubjectKey, number[]>;
  /** Subjects mentioned in an assert or clamp call. */
  readonly asserted: Set<SubjectKey>;
  /** Subjects tested for NaN (`Number.isNaN(x)`, `Number.isFinite(x)`, `x !== x`). */
  readonly nanChecked: Set<SubjectKey>;
  readonly nanUnsafeTests: NanUnsafeTest[];
}

interface NanUnsafeTest {
  readonly test: TSESTree.LogicalExpression;
  readonly key: SubjectKey;
  readonly name: string;
  readonly operands: readonly TSESTree.Expression[];
}

interface ValueFacts {
  /** Some part of the value is computed here: arithmetic of two values, a number conversion, data parsed in this file. */
  readonly computed: boolean;
  /** The constant parts of the value, with where they are written. */
  readonly constants: readonly { readonly node: TSESTree.Node; readonly value: number }[];
  /** How many times a fraction the first non-constant part is: 100 for `a / b * 100` (a percentage whatever the name says). */
  readonly scale: number | undefined;
}

const UNIT_RANGE: RatioRange = { min: 0, max: 1 };
const PERCENT_RANGE: RatioRange = { min: 0, max: 100 };
const DEFAULT_ASSERT_FUNCTIONS: readonly string[] = ['assert', 'invariant', 'console.assert', 'expect'];
const DEFAULT_CLAMP_FUNCTIONS: readonly string[] = ['clamp'];
/** Any function imported from these modules asserts: `import { ok } from 'node:assert'`, `import check from 'tiny-invariant'`. */
const ASSERT_MODULES = /^(?:(?:node:)?assert(?:\/strict)?|(?:tiny-|ts-)?invariant)$/u;
/** The nodes a frame belongs to: checks count only in the function, class body or static block that makes them. */
const FRAME_TYPES = new Set<string>([
  AST_NODE_TYPES.ArrowFunctionExpression,
  AST_NODE_TYPES.ClassBody,
  AST_NODE_TYPES.FunctionDeclaration,
  AST_NODE_TYPES.FunctionExpression,
  AST_NODE_TYPES.Program,
  AST_NODE_TYPES.StaticBlock,
]);
/** `Schema.parse(input)` (zod, valibot, effect), `schema.validateSync(input)` (yup): the result is validated. */
const SCHEMA_PARSE_METHODS = new Set(['parse', 'parseAsync', 'validateSync']);
/** Function-style schema libraries: `parse(Schema, input)` from valibot. */
const SCHEMA_PARSE_IMPORTS: Readonly<Record<string, ReadonlySet<string>>> = { valibot: new Set(['parse', 'parseAsync']) };
const NUMBER_CONVERSIONS = new Set(['Number', 'parseFloat', 'parseInt', 'Number.parseFloat', 'Number.parseInt']);
const NAN_CHECKS = new Set(['isNaN', 'isFinite', 'Number.isNaN', 'Number.isFinite']);
/** Calls that keep the scale of their argument: `Math.round(a / b * 100)` is still a percentage. */
const SCALE_KEEPING_CALLS = new Set(['Math.round', 'Math.floor', 'Math.ceil', 'Math.trunc', 'Number', 'parseFloat']);
/** Methods whose result is a string: a formatted ratio is not compared with numbers. */
const STRING_METHODS = new Set(['toFixed', 'toPrecision', 'toString', 'toLocaleString', 'padStart', 'padEnd', 'join']);
const ARITHMETIC = new Set(['-', '*', '/', '%', '**']);
const COMPARISONS = new Set(['<', '<=', '>', '>=']);
/** `1 > x` says `x < 1`. */
const MIRRORED: Readonly<Record<string, string>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };
const NEGATED: Readonly<Record<string, string>> = {
  '<': '>=',
  '<=': '>',
  '>': '<=',
  '>=': '<',
  '==': '!=',
  '!=': '==',
  '===': '!==',
  '!==': '===',
};
/** Request objects whose `body` is data from outside: `req.body` (Express, Fastify), `ctx.request.body` (Koa). */
const REQUEST_BODY_PATHS = ['req.body', 'request.body', 'ctx.request.body'];
/** How many `const` aliases (`const body = await res.json()`) are followed back to the data they hold. */
const MAX_ALIAS_DEPTH = 4;
const IDENTIFIER = /^[\p{ID_Start}$_#][\p{ID_Continue}$\u200C\u200D]*$/u;

/** The assert and clamp functions a configuration names, derived once per configuration. */
const getAssertConfig = createConfigCache((options: Options[0], settings) => {
  const configuredAsserts = options.assertFunctions ?? settings.assertFunctions ?? [];
  const assertPaths = [
    ...DEFAULT_ASSERT_FUNCTIONS,
    ...configuredAsserts.flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.module === undefined ? [entry.name] : [])),
  ];
  const clampPaths = [...new Set([...DEFAULT_CLAMP_FUNCTIONS, ...(options.clampFunctions ?? settings.clampFunctions ?? [])])];
  return {
    configuredAsserts,
    assertPaths,
    assertModules: configuredAsserts.flatMap((entry) =>
      typeof entry !== 'string' && entry.module !== undefined ? [{ name: entry.name, module: entry.module }] : [],
    ),
    clampPaths,
    // A call can only match a configured path if it shares a segment with one: most calls are ruled out here.
    assertSegments: new Set(assertPaths.flatMap((entry) => entry.split('.'))),
    clampSegments: new Set(clampPaths.flatMap((entry) => entry.split('.'))),
  };
});

export default createRule<Options, MessageIds>({
  name: 'require-ratio-range',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require ratios, rates and percentages to be range-checked where they are computed',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          assertFunctions: {
            type: 'array',
            items: {
              oneOf: [
                { type: 'string', minLength: 1 },
                // `{ name, module?, returnsArgument? }` (pattern keys keep them out of the generated options table).
                {
                  type: 'object',
                  required: ['name'],
                  patternProperties: {
                    '^(?:name|module)$': { type: 'string', minLength: 1 },
                    '^returnsArgument$': { type: 'boolean' },
                  },
                  additionalProperties: false,
                },
              ],
            },
            description:
              'Assert functions, as names or `{ name, module, returnsArgument }`, whose call checks every ratio name it mentions; replaces `settings.reliability.assertFunctions` (`assert`, `invariant`, `console.assert` and `expect` always count).',
          },
          clampFunctions: stringListSchema(
            'Functions, as dotted paths, that clamp a number into a range; replaces `settings.reliability.clampFunctions` (`clamp` always counts).',
          ),
          ratioNames: {
            type: 'array',
            // `{ words: ['open rate'], range: [0, 1] }`; `range: false` for names that are never ratios.
            items: {
              type: 'object',
              required: ['words', 'range'],
              patternProperties: {
                '^words$': { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
                '^range$': {
                  oneOf: [
                    { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 },
                    { type: 'boolean', enum: [false] },
                  ],
                },
              },
              additionalProperties: false,
            },
            description:
              'Names that hold a ratio, as `{ words, range }`: last words or phrases, and `[min, max]` or `false` for never a ratio. They take precedence over the built-in names.',
          },
          extendDefaultRatioNames: {
            type: 'boolean',
            description: 'Keep the built-in ratio names next to `ratioNames`; `false` makes `ratioNames` the whole list.',
          },
        },
      },
    ],
    defaultOptions: [{ ratioNames: [], extendDefaultRatioNames: true }],
    messages: {
      unassertedRatio:
        'Ratio `{{name}}` belongs in {{range}}, but nothing in this function checks its range. Assert the range, clamp the value or parse it with a schema.',
      outOfRange: 'Ratio `{{name}}` belongs in {{range}}, but gets {{value}}. Use a value in range, or configure the range of this name.',
      nanUnsafeCheck:
        'This range check of `{{name}}` lets NaN through, since every comparison with NaN is false. Negate the in-range test instead.',
      addRangeAssert: 'Check that `{{name}}` is within {{range}} right after it is set.',
      wrapWithAssert: 'Pass the value through `{{assert}}`.',
      useNanSafeCheck: 'Rewrite the test as a negated in-range test, which NaN fails.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const { vocabulary: compiledVocabulary, wordPattern } = getCompiledNames(
      options.ratioNames ?? [],
      options.extendDefaultRatioNames !== false,
    );
    // Cheapest exit: a file whose code never writes a ratio word has no ratio name.
    if (wordPattern === undefined || !codeMatches(sourceCode, wordPattern)) return {};
    const ranges = new Map<string, RatioRange | undefined>();
    const vocabulary = {
      /** The vocabulary's answer, remembered for the file; a name without a ratio word is not split at all. */
      classify(name: string): RatioRange | undefined {
        if (!ranges.has(name)) ranges.set(name, wordPattern.test(name) ? compiledVocabulary.classify(name) : undefined);
        return ranges.get(name);
      },
    };

    const { configuredAsserts, assertPaths, assertModules, clampPaths, assertSegments, clampSegments } = getAssertConfig(context, options);
    // Only calls of these local names can be imported assert functions: the rest need no scope lookup.
    const assertImportNames = getLocalNamesImportedFrom(
      (source) => ASSERT_MODULES.test(source) || assertModules.some((entry) => entry.module === source),
    );

    /** The frames that hold something, by function, class body, static block or program. */
    const frames = new Map<TSESTree.Node, Frame>();
    /** Candidates whose function has no check of them; reported once the file shows what its ratio words mean. */
    const unchecked: Candidate[] = [];
    const constants: Constant[] = [];
    /** Ratio words this file writes as percentages (`pct = a / b * 100`, `if (pct > 50)`): there they mean [0, 100]. */
    const percentWords = new Set<string>();

    // Selectors with attributes only narrow (each listener keeps its own test): ESLint does not call
    // the rule on arithmetic, compound assignments, calls without arguments or methods in literals.
    return {
      'Program:exit'() {
        closeFrames();
        reportFile();
      },

      'VariableDeclarator[init]'(node: TSESTree.VariableDeclarator) {
        if (node.init === null) return;
        const statement = getStatement(node.parent);
        if (node.id.type === AST_NODE_TYPES.Identifier) checkAssignment(node.id, node.init, statement);
        else if (bindsRatioName(node.id) && isExternalSource(node.init)) checkDestructuring(node.id, statement);
      },
      'AssignmentExpression[operator="="]'(node: TSESTree.AssignmentExpression) {
        const { left } = node;
        if (node.operator !== '=' || (left.type !== AST_NODE_TYPES.Identifier && left.type !== AST_NODE_TYPES.MemberExpression)) return;
        checkAssignment(left, node.right, node.parent.type === AST_NODE_TYPES.ExpressionStatement ? node.parent : undefined);
      },
      'ObjectExpression > Property[kind="init"][method=false][shorthand=false]'(node: TSESTree.Property) {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression || node.kind !== 'init' || node.method || node.shorthand) return;
        const name = getKeyName(node);
        if (name === undefined || vocabulary.classify(name) === undefined || isExpectedValue(node.parent)) return;
        checkKeyValue(node.key, name, [`.${name}`], node.value as TSESTree.Expression, false);
      },
      PropertyDefinition(node) {
        const name = getKeyName(node);
        if (node.value === null || name === undefined) return;
        const memberName = node.key.type === AST_NODE_TYPES.PrivateIdentifier ? `#${name}` : name;
        checkKeyValue(node.key, memberName, node.static ? [] : [`this.${memberName}`], node.value, true);
      },
      AssignmentPattern(node) {
        // Defaults of parameters and destructured names: `function f(winPct = 50)`.
        const subject = getSubject(node.left);
        if (subject !== undefined) addConstants(subject, getValueFacts(node.right));
      },

      'BinaryExpression[operator=/^(?:[<>]=?|!==?)$/]'(node: TSESTree.BinaryExpression) {
        if (COMPARISONS.has(node.operator)) recordComparison(node);
        else if ((node.operator === '!==' || node.operator === '!=') && isSelfComparison(node)) markNanChecked(node.right);
      },
      'CallExpression[arguments.length>0]'(node: TSESTree.CallExpression) {
        if (node.arguments.length === 0) return;
        const path = getStaticPath(node.callee);
        if (path === undefined) return;
        // `assert(0 <= pct && pct <= 1)`, and `return clamp(pct, 0, 1)`: the value that moves on is in range.
        if (isAssertCall(node, path) || isClampCall(node, path)) {
          const frame = getFrame(node);
          for (const argument of node.arguments) collectMentions(argument, frame.asserted);
        } else if (path.length <= 2 && NAN_CHECKS.has(path.join('.')) && isGlobalCall(node)) {
          const [argument] = node.arguments;
          if (argument !== undefined) markNanChecked(argument);
        }
      },
      IfStatement(node) {
        checkNanSafety(node.test);
      },
      ConditionalExpression(node) {
        checkNanSafety(node.test);
      },
    };

    // ---- frames and reports ----------------------------------------------------------------------

    /**
     * The frame of the function, class body, static block or program a node is in, made when first
     * asked for: most functions hold nothing this rule records, and get no frame.
     */
    function getFrame(node: TSESTree.Node): Frame {
      let owner = node.parent ?? node;
      while (!FRAME_TYPES.has(owner.type) && owner.parent !== undefined) owner = owner.parent;
      let frame = frames.get(owner);
      if (frame === undefined) {
        frame = { node: owner, candidates: [], comparisons: new Map(), asserted: new Set(), nanChecked: new Set(), nanUnsafeTests: [] };
        frames.set(owner, frame);
      }
      return frame;
    }

    /**
     * Ends every frame, inner ones first: candidates without a check in their own frame wait for
     * reportFile; NaN-unsafe tests are reported. Field initializers run as part of the constructor,
     * so its checks of `this.x` count for them.
     */
    function closeFrames(): void {
      const inner = [...frames.values()].sort((a, b) => a.node.range[1] - b.node.range[1] || b.node.range[0] - a.node.range[0]);
      for (const frame of inner) {
        const classBody = getConstructorClass(frame.node);
        if (classBody !== undefined) mergeThisChecks(frame, frames.get(classBody));
        for (const candidate of frame.candidates) {
          if (!candidate.keys.some((key) => isChecked(frame, key, candidate))) unchecked.push(candidate);
        }
        for (const test of frame.nanUnsafeTests) if (!frame.nanChecked.has(test.key)) reportNanUnsafeTest(test);
      }
    }

    /**
     * Checked: mentioned in an assert or clamp call, or compared with a constant at or beyond each end of its
     * range (`x < 0 || x > 1`). Both ranges a name may have in this file count, since which one applies
     * is known only at the end of the file.
     */
    function isChecked(frame: Frame, key: SubjectKey, candidate: Candidate): boolean {
      if (frame.asserted.has(key)) return true;
      const values = frame.comparisons.get(key) ?? [];
      return [candidate.range, PERCENT_RANGE].some(
        (range) => values.some((value) => value <= range.min) && values.some((value) => value >= range.max),
      );
    }

    function reportFile(): void {
      for (const candidate of unchecked) {
        const range = getRange(candidate);
        context.report({
          node: candidate.node,
          messageId: 'unassertedRatio',
          data: { name: candidate.name, range: formatRange(range) },
          suggest: candidate.suggest(range),
        });
      }
      for (const constant of constants) {
        const range = getRange(constant);
        if (constant.value >= range.min && constant.value <= range.max) continue;
        context.report({
          node: constant.node,
          messageId: 'outOfRange',
          data: { name: constant.name, range: formatRange(range), value: String(constant.value) },
        });
      }
    }

    /**
     * The name's range, unless the value is written as a percentage, or the rest of the file writes the
     * name's word as one and this value is not plainly a fraction.
     */
    function getRange(target: Target): RatioRange {
      if (target.scale === 100) return PERCENT_RANGE;
      return isUnitRange(target.range) && target.scale !== 1 && percentWords.has(target.word) ? PERCENT_RANGE : target.range;
    }

    function mergeThisChecks(from: Frame, into: Frame | undefined): void {
      if (into?.node.type !== AST_NODE_TYPES.ClassBody) return;
      for (const key of from.asserted) if (isThisKey(key)) into.asserted.add(key);
      for (const [key, values] of from.comparisons) if (isThisKey(key)) addComparisons(into, key, values);
    }

    function addComparisons(frame: Frame, key: SubjectKey, values: readonly number[]): void {
      const existing = frame.comparisons.get(key);
      if (existing === undefined) frame.comparisons.set(key, [...values]);
      else existing.push(...values);
    }

    // ---- values given to ratio names -------------------------------------------------------------

    /** `const winPct = …`, `winPct = …`, `this.winPct = …`. */
    function checkAssignment(
      target: TSESTree.Identifier | TSESTree.MemberExpression,
      value: TSESTree.Expression,
      statement: TSESTree.Statement | undefined,
    ): void {
      const subject = getSubject(target);
      if (subject === undefined) return;
      const facts = getValueFacts(value);
      addPercentEvidence(subject, facts);
      addConstants(subject, facts);
      if (!facts.computed) return;
      addCandidate({
        node: target,
        name: subject.name,
        word: subject.word,
        range: subject.range,
        scale: facts.scale,
        keys: subject.keys,
        suggest: (range) =>
          statement === undefined ? buildWrapSuggestions(value) : buildCheckSuggestions(statement, subject, range),
      });
    }

    /**
     * `{ winPct: wins / games }` and the class field `winPct = this.wins / this.games`: only a wrapper can
     * check these. Object literals are where fixtures and deliberately wrong test inputs live, so their
     * constants are not reported.
     */
    function checkKeyValue(
      key: TSESTree.Node,
      name: string,
      keys: readonly SubjectKey[],
      value: TSESTree.Expression,
      checkConstants: boolean,
    ): void {
      const range = vocabulary.classify(name);
      if (range === undefined) return;
      const word = getLastWord(name);
      const facts = getValueFacts(value);
      addPercentEvidence({ word, range }, facts);
      if (checkConstants) addConstants({ name, word, range }, facts);
      if (facts.computed) {
        addCandidate({ node: key, name, word, range, scale: facts.scale, keys, suggest: () => buildWrapSuggestions(value) });
      }
    }

    /** `const { winPct } = await response.json()`: every ratio name bound from data received here. */
    function checkDestructuring(pattern: TSESTree.Node, statement: TSESTree.Statement): void {
      switch (pattern.type) {
        case AST_NODE_TYPES.Identifier: {
          const subject = getSubject(pattern);
          if (subject === undefined) return;
          addCandidate({
            node: pattern,
            name: subject.name,
            word: subject.word,
            range: subject.range,
            scale: undefined,
            keys: subject.keys,
            suggest: (range) => buildCheckSuggestions(statement, subject, range),
          });
          return;
        }
        case AST_NODE_TYPES.ObjectPattern:
          for (const property of pattern.properties) {
            if (property.type === AST_NODE_TYPES.Property) checkDestructuring(property.value, statement);
          }
          return;
        case AST_NODE_TYPES.ArrayPattern:
          for (const element of pattern.elements) if (element !== null) checkDestructuring(element, statement);
          return;
        case AST_NODE_TYPES.AssignmentPattern:
          checkDestructuring(pattern.left, statement);
          return;
        default:
      }
    }

    function bindsRatioName(pattern: TSESTree.Node): boolean {
      switch (pattern.type) {
        case AST_NODE_TYPES.Identifier:
          return vocabulary.classify(pattern.name) !== undefined;
        case AST_NODE_TYPES.ObjectPattern:
          return pattern.properties.some((property) => property.type === AST_NODE_TYPES.Property && bindsRatioName(property.value));
        case AST_NODE_TYPES.ArrayPattern:
          return pattern.elements.some((element) => element !== null && bindsRatioName(element));
        case AST_NODE_TYPES.AssignmentPattern:
          return bindsRatioName(pattern.left);
        default:
          return false;
      }
    }

    function addCandidate(candidate: Candidate): void {
      getFrame(candidate.node).candidates.push(candidate);
    }

    /** `coveragePct = Math.round(coverage * 100)`: this file writes `pct` as a percentage. */
    function addPercentEvidence(target: Pick<Subject, 'range' | 'word'>, facts: ValueFacts): void {
      if (facts.scale === 100 && isUnitRange(target.range)) percentWords.add(target.word);
    }

    function addConstants(target: Pick<Subject, 'name' | 'range' | 'word'>, facts: ValueFacts): void {
      for (const { node, value } of facts.constants) {
        // `NaN` and `-Infinity` mark "no value yet" (`let best = -Infinity`): they are not ratios.
        if (!Number.isFinite(value)) continue;
        constants.push({ node, value, name: target.name, word: target.word, range: target.range, scale: facts.scale });
      }
    }

    /**
     * What the rule can tell about a value: whether any part of it is computed here, its constant
     * parts, and whether it is written as a percentage. Branches of `?:`, `??` and `||` are parts.
     */
    function getValueFacts(value: TSESTree.Expression): ValueFacts {
      let computed = false;
      let scale: number | undefined;
      const parts: { node: TSESTree.Node; value: number }[] = [];
      const scope = sourceCode.getScope(value);
      const pending: TSESTree.Expression[] = [value];
      for (let part = pending.pop(); part !== undefined; part = pending.pop()) {
        const expression = unwrapValue(part);
        if (expression.type === AST_NODE_TYPES.ConditionalExpression) {
          pending.push(expression.consequent, expression.alternate);
          continue;
        }
        if (expression.type === AST_NODE_TYPES.LogicalExpression) {
          pending.push(expression.left, expression.right);
          continue;
        }
        const constant = ASTUtils.getStaticValue(expression, scope);
        if (constant !== null) {
          // `const winPct = DEFAULT_WIN_PCT` repeats a constant whose own declaration is checked.
          if (typeof constant.value === 'number' && getSubject(expression) === undefined) {
            parts.push({ node: expression, value: constant.value });
          }
          continue;
        }
        scale ??= getScale(expression);
        if (isComputed(expression)) computed = true;
      }
      return { computed, constants: parts, scale };
    }

    /**
     * Computed here: arithmetic that combines two values (`wins / games`), a number conversion
     * (`Number(x)`, `parseFloat(x)`, `+x`), `JSON.parse`, or a field of data parsed or received here.
     * Scaling one value (`share * 100`, `1 - share`, `Math.round(x)`) computes nothing new: its range is
     * the range of that value, whose check belongs where the value comes from. A relative change
     * (`(now - before) / before`) is not a share at all.
     */
    function isComputed(expression: TSESTree.Expression): boolean {
      switch (expression.type) {
        case AST_NODE_TYPES.BinaryExpression:
        case AST_NODE_TYPES.UnaryExpression:
        case AST_NODE_TYPES.CallExpression: {
          if (expression.type === AST_NODE_TYPES.CallExpression && isConversionCall(expression)) return true;
          if (expression.type === AST_NODE_TYPES.UnaryExpression && expression.operator === '+') return true;
          const operands = getArithmeticOperands(expression);
          if (operands === undefined || hasRelativeChange(expression)) return false;
          return operands.length > 1 || operands.some((operand) => isComputed(operand));
        }
        case AST_NODE_TYPES.MemberExpression:
          return isExternalRead(expression, 0);
        default:
          return false;
      }
    }

    /**
     * The non-constant operands of an arithmetic expression, looking through `-x` and `Math` functions:
     * `[a, b]` for `Math.round(a / b * 100)`. `undefined` when the expression is not arithmetic (a string
     * concatenation, a call of another function, a clamp).
     */
    function getArithmeticOperands(root: TSESTree.Expression): TSESTree.Expression[] | undefined {
      const operands: TSESTree.Expression[] = [];
      const pending: TSESTree.Node[] = [root];
      let arithmetic = false;
      for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
        if (node.type === AST_NODE_TYPES.PrivateIdentifier || node.type === AST_NODE_TYPES.SpreadElement) return undefined;
        const expression = unwrapValue(node as TSESTree.Expression);
        if (expression.type === AST_NODE_TYPES.BinaryExpression) {
          if (!ARITHMETIC.has(expression.operator) && (expression.operator !== '+' || isString(expression))) {
            if (expression === root) return undefined;
          } else {
            arithmetic = true;
            pending.push(expression.left, expression.right);
            continue;
          }
        } else if (expression.type === AST_NODE_TYPES.UnaryExpression && expression.operator === '-') {
          arithmetic = true;
          pending.push(expression.argument);
          continue;
        } else if (expression.type === AST_NODE_TYPES.CallExpression && isTransparentMathCall(expression)) {
          arithmetic = true;
          pending.push(...expression.arguments);
          continue;
        }
        if (getNumber(expression) === undefined) operands.push(expression);
      }
      return arithmetic ? operands : undefined;
    }

    /**
     * `(now - before) / before`, `delta / Math.abs(before)` with `const delta = now - before`: a division
     * of a difference by one of its own terms, somewhere in the arithmetic.
     */
    function hasRelativeChange(root: TSESTree.Expression): boolean {
      const pending: TSESTree.Node[] = [root];
      for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
        if (node.type === AST_NODE_TYPES.PrivateIdentifier || node.type === AST_NODE_TYPES.SpreadElement) continue;
        const expression = unwrapValue(node as TSESTree.Expression);
        if (expression.type === AST_NODE_TYPES.BinaryExpression) {
          if (expression.operator === '/' && isChangeOf(expression.left, expression.right)) return true;
          pending.push(expression.left, expression.right);
        } else if (expression.type === AST_NODE_TYPES.UnaryExpression) {
          pending.push(expression.argument);
        } else if (expression.type === AST_NODE_TYPES.CallExpression && isTransparentMathCall(expression)) {
          pending.push(...expression.arguments);
        }
      }
      return false;
    }

    function isChangeOf(numerator: TSESTree.Node, denominator: TSESTree.Node): boolean {
      if (numerator.type === AST_NODE_TYPES.PrivateIdentifier) return false;
      let difference = unwrapValue(numerator as TSESTree.Expression);
      if (difference.type === AST_NODE_TYPES.Identifier) difference = getConstInit(difference) ?? difference;
      if (difference.type !== AST_NODE_TYPES.BinaryExpression || difference.operator !== '-') return false;
      if (denominator.type === AST_NODE_TYPES.PrivateIdentifier) return false;
      let base: TSESTree.Node = unwrapValue(denominator as TSESTree.Expression);
      // `delta / Math.abs(before)`
      if (base.type === AST_NODE_TYPES.CallExpression && getStaticPath(base.callee)?.join('.') === 'Math.abs') {
        const [argument] = base.arguments;
        if (argument !== undefined && argument.type !== AST_NODE_TYPES.SpreadElement) base = unwrapValue(argument);
      }
      const baseText = sourceCode.getText(base);
      return [difference.left, difference.right].some((term) => sourceCode.getText(term) === baseText);
    }

    /** The value of `const x = …`, for a reference to `x`. */
    function getConstInit(identifier: TSESTree.Identifier): TSESTree.Expression | undefined {
      const definition = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier)?.defs[0];
      const declarator = definition?.node;
      if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.parent.kind !== 'const') return undefined;
      return declarator.id === definition?.name && declarator.init !== null ? unwrapValue(declarator.init) : undefined;
    }

    /** `Number(x)`, `parseFloat(x)`, `parseInt(x)`, `JSON.parse(text)`: a value from text, whatever it was. */
    function isConversionCall(call: TSESTree.CallExpression): boolean {
      const dotted = getStaticPath(call.callee)?.join('.');
      return dotted !== undefined && (NUMBER_CONVERSIONS.has(dotted) || dotted === 'JSON.parse') && isGlobalCall(call);
    }

    /** `Math.round(x)`, `Math.min(1, x)`: arithmetic on its arguments. Not `Math.random()`, not a clamp. */
    function isTransparentMathCall(call: TSESTree.CallExpression): boolean {
      const path = getStaticPath(call.callee);
      return (
        path !== undefined &&
        path.length === 2 &&
        path[0] === 'Math' &&
        path[1] !== 'random' &&
        !isClampCall(call, path) &&
        isGlobalCall(call)
      );
    }

    /**
     * How many times a fraction the value is: `a / b` is 1; `a / b * 100`, `100 * a / b`, `winPct * 100`
     * and `coverage * 100` are 100; `Math.round(r * 100) / 100` is 1 again. `undefined` when the code
     * does not say. A name alone says nothing (`Number(row.winPct)` may hold a percentage); a ratio name
     * inside arithmetic gives its own scale.
     */
    function getScale(node: TSESTree.Node, inArithmetic = false): number | undefined {
      if (node.type === AST_NODE_TYPES.PrivateIdentifier) return undefined;
      const expression = unwrapValue(node as TSESTree.Expression);
      switch (expression.type) {
        case AST_NODE_TYPES.CallExpression: {
          const { callee } = expression;
          if (getMethodName(expression) === 'toFixed' && callee.type === AST_NODE_TYPES.MemberExpression) {
            return getScale(callee.object, inArithmetic);
          }
          const path = getStaticPath(callee)?.join('.');
          const [argument] = expression.arguments;
          const keepsScale = path !== undefined && SCALE_KEEPING_CALLS.has(path) && isGlobalCall(expression);
          return keepsScale && argument !== undefined ? getScale(argument, inArithmetic) : undefined;
        }
        case AST_NODE_TYPES.Identifier:
        case AST_NODE_TYPES.MemberExpression: {
          const range = inArithmetic ? getSubject(expression)?.range : undefined;
          if (range === undefined) return undefined;
          if (isUnitRange(range)) return 1;
          return range.min === PERCENT_RANGE.min && range.max === PERCENT_RANGE.max ? 100 : undefined;
        }
        case AST_NODE_TYPES.BinaryExpression:
          return getBinaryScale(expression);
        default:
          return undefined;
      }
    }

    function getBinaryScale(expression: TSESTree.BinaryExpression): number | undefined {
      const left = getNumber(expression.left);
      const right = getNumber(expression.right);
      switch (expression.operator) {
        case '*': {
          const factor = left ?? right;
          if (factor === undefined) return undefined;
          const scale = getScale(left === undefined ? expression.left : expression.right, true);
          // `coverage * 100`: a factor of 100 turns an unnamed fraction into a percentage.
          return scale === undefined ? (factor === 100 ? 100 : undefined) : factor * scale;
        }
        case '/': {
          if (right !== undefined) {
            const scale = getScale(expression.left, true);
            return scale === undefined ? undefined : scale / right;
          }
          // `a / b` is a fraction; `100 * a / b` is a percentage.
          return left === undefined ? (getNumeratorFactor(expression.left) ?? 1) : undefined;
        }
        case '+':
        case '-':
          // `(1 - coverage) * 100` keeps the scale of the non-constant side.
          if (left !== undefined) return getScale(expression.right, true);
          return right === undefined ? undefined : getScale(expression.left, true);
        default:
          return undefined;
      }
    }

    function getNumeratorFactor(node: TSESTree.Node): number | undefined {
      if (node.type !== AST_NODE_TYPES.BinaryExpression || node.operator !== '*') return undefined;
      return getNumber(node.left) ?? getNumber(node.right);
    }

    function getNumber(node: TSESTree.Node): number | undefined {
      if (node.type === AST_NODE_TYPES.PrivateIdentifier) return undefined;
      const constant = ASTUtils.getStaticValue(node, sourceCode.getScope(node));
      return typeof constant?.value === 'number' ? constant.value : undefined;
    }

    function isString(node: TSESTree.Node): boolean {
      switch (node.type) {
        case AST_NODE_TYPES.Literal:
          return typeof node.value === 'string';
        case AST_NODE_TYPES.TemplateLiteral:
          return true;
        case AST_NODE_TYPES.BinaryExpression:
          return node.operator === '+' && (isString(node.left) || isString(node.right));
        case AST_NODE_TYPES.CallExpression: {
          const method = getMethodName(node);
          if (method !== undefined) return STRING_METHODS.has(method);
          return node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'String' && isGlobalCall(node);
        }
        default:
          return false;
      }
    }

    /** `req.body.winPct`, `JSON.parse(text).winPct`, `(await response.json()).winPct`, `payload.winPct` of such a `const`. */
    function isExternalRead(member: TSESTree.MemberExpression, depth: number): boolean {
      let object: TSESTree.Expression = member;
      while (object.type === AST_NODE_TYPES.MemberExpression) {
        if (isRequestBody(object)) return true;
        object = unwrapValue(object.object);
      }
      return isExternalSource(object, depth);
    }

    /** Data from outside, as the file shows it: `JSON.parse(…)`, `await res.json()`, `req.body`, or a `const` holding one. */
    function isExternalSource(node: TSESTree.Expression, depth = 0): boolean {
      const expression = unwrapValue(node);
      switch (expression.type) {
        case AST_NODE_TYPES.CallExpression:
          if (getStaticPath(expression.callee)?.join('.') === 'JSON.parse') return isGlobalCall(expression);
          return getMethodName(expression) === 'json' && expression.arguments.length === 0;
        case AST_NODE_TYPES.MemberExpression:
          return isExternalRead(expression, depth);
        case AST_NODE_TYPES.Identifier: {
          if (depth >= MAX_ALIAS_DEPTH) return false;
          const definition = ASTUtils.findVariable(sourceCode.getScope(expression), expression)?.defs[0];
          const declarator = definition?.node;
          if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.parent.kind !== 'const') return false;
          return declarator.id === definition?.name && declarator.init !== null && isExternalSource(declarator.init, depth + 1);
        }
        default:
          return false;
      }
    }

    function isRequestBody(member: TSESTree.MemberExpression): boolean {
      const path = getStaticPath(member)?.join('.');
      return path !== undefined && REQUEST_BODY_PATHS.includes(path);
    }

    /** `expect(stats).toEqual({ winPct: 50 })`, `assert.deepEqual(stats, { winPct: 0.5 })`: an expected value, not data. */
    function isExpectedValue(object: TSESTree.ObjectExpression): boolean {
      let node: TSESTree.Node = object;
      while (
        node.parent?.type === AST_NODE_TYPES.ArrayExpression ||
        node.parent?.type === AST_NODE_TYPES.ObjectExpression ||
        (node.parent?.type === AST_NODE_TYPES.Property && node.parent.value === node)
      ) {
        node = node.parent;
      }
      const call = node.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(node as TSESTree.Expression)) return false;
      if (getRootIdentifier(call.callee)?.name === 'expect') return true;
      const path = getStaticPath(call.callee);
      return path !== undefined && isAssertCall(call, path);
    }

    // ---- checks ----------------------------------------------------------------------------------

    /** `x < 0`, `1 >= this.x`: a ratio name compared with a constant. */
    function recordComparison(node: TSESTree.BinaryExpression): void {
      const comparison = getComparison(node);
      if (comparison === undefined) return;
      const { subject, value } = comparison;
      const frame = getFrame(node);
      for (const key of subject.keys) addComparisons(frame, key, [value]);
      // `if (pct > 50)`: this file writes the word as a percentage.
      if (isUnitRange(subject.range) && value > subject.range.max && value <= PERCENT_RANGE.max) percentWords.add(subject.word);
    }

    /** The subject and constant of `subject op constant` or `constant op subject`, with `op` as if the subject came first. */
    function getComparison(
      node: TSESTree.BinaryExpression,
      anyName = false,
    ): { subject: Subject; value: number; operator: string } | undefined {
      const { left, operator, right } = node;
      const leftSubject = getSubject(left, anyName);
      if (leftSubject !== undefined) {
        const value = getNumber(right);
        if (value !== undefined || !anyName) return value === undefined ? undefined : { subject: leftSubject, value, operator };
      }
      const rightSubject = getSubject(right, anyName);
      const value = rightSubject === undefined ? undefined : getNumber(left);
      return rightSubject === undefined || value === undefined
        ? undefined
        : { subject: rightSubject, value, operator: MIRRORED[operator] ?? operator };
    }

    /** `x !== x`: true only for NaN. */
    function isSelfComparison(node: TSESTree.BinaryExpression): boolean {
      if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) return false;
      const left = getStaticPath(node.left)?.join('.');
      return left !== undefined && left === getStaticPath(node.right)?.join('.');
    }

    function markNanChecked(node: TSESTree.CallExpressionArgument): void {
      if (node.type === AST_NODE_TYPES.SpreadElement) return;
      const subject = getSubject(unwrapNumberConversion(node), true);
      if (subject === undefined) return;
      const frame = getFrame(node);
      for (const key of subject.keys) frame.nanChecked.add(key);
    }

    /** `Number.isNaN(+x)`, `isNaN(Number(x))`: the NaN check is still of `x`. */
    function unwrapNumberConversion(node: TSESTree.Expression): TSESTree.Expression {
      const expression = unwrapTSExpression(node);
      if (expression.type === AST_NODE_TYPES.UnaryExpression && expression.operator === '+') return expression.argument;
      if (expression.type !== AST_NODE_TYPES.CallExpression || getStaticPath(expression.callee)?.join('.') !== 'Number') return expression;
      const [argument] = expression.arguments;
      return argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement ? expression : argument;
    }

    /** Adds every ratio name an assert call's argument mentions; nested functions and property keys are not mentions. */
    function collectMentions(root: TSESTree.Node, into: Set<SubjectKey>): void {
      const pending: TSESTree.Node[] = [root];
      for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
        switch (node.type) {
          case AST_NODE_TYPES.Identifier:
            addMention(node, into);
            continue;
          case AST_NODE_TYPES.MemberExpression:
            // `stats.winPct` mentions `stats.winPct`, never a local `winPct`.
            addMention(node, into);
            pending.push(node.object);
            if (node.computed) pending.push(node.property);
            continue;
          case AST_NODE_TYPES.Property:
            pending.push(node.value);
            if (node.computed) pending.push(node.key);
            continue;
          case AST_NODE_TYPES.ArrowFunctionExpression:
          case AST_NODE_TYPES.FunctionExpression:
            continue;
          default:
            pending.push(...getChildren(node));
        }
      }
    }

    function getChildren(node: TSESTree.Node): TSESTree.Node[] {
      const children: TSESTree.Node[] = [];
      for (const key of sourceCode.visitorKeys[node.type] ?? []) {
        const child = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(child)) {
          for (const item of child) if (isNode(item)) children.push(item);
        } else if (isNode(child)) {
          children.push(child);
        }
      }
      return children;
    }

    function addMention(node: TSESTree.Node, into: Set<SubjectKey>): void {
      const subject = getSubject(node);
      if (subject !== undefined) for (const key of subject.keys) into.add(key);
    }

    /**
     * `if (x < 0 || x > 1) throw …`: NaN fails both comparisons, so it passes the check. Reported for a
     * ratio name, and for any name whose bounds are those of a ratio (0 and 1, or 0 and 100).
     */
    function checkNanSafety(test: TSESTree.Expression): void {
      if (test.type !== AST_NODE_TYPES.LogicalExpression || test.operator !== '||') return;
      const operands = getOrOperands(test);
      const below = new Map<SubjectKey, number>();
      const above = new Map<SubjectKey, number>();
      for (const operand of operands) {
        const expression = unwrapTSExpression(operand);
        if (expression.type !== AST_NODE_TYPES.BinaryExpression || !COMPARISONS.has(expression.operator)) continue;
        const comparison = getComparison(expression, true);
        const [key] = comparison?.subject.keys ?? [];
        if (comparison === undefined || key === undefined) continue;
        (comparison.operator.startsWith('<') ? below : above).set(key, comparison.value);
        const low = below.get(key);
        const high = above.get(key);
        if (low === undefined || high === undefined || low >= high) continue;
        // 0 and 100 also bound counts and limits (`scoresPerNode > 100`); 0 and 1 bound a share.
        if (comparison.subject.named || (low === UNIT_RANGE.min && high === UNIT_RANGE.max)) {
          getFrame(test).nanUnsafeTests.push({ test, key, name: comparison.subject.name, operands });
          return;
        }
      }
    }

    function getOrOperands(node: TSESTree.Expression): TSESTree.Expression[] {
      return node.type === AST_NODE_TYPES.LogicalExpression && node.operator === '||'
        ? [...getOrOperands(node.left), ...getOrOperands(node.right)]
        : [node];
    }

    function reportNanUnsafeTest({ test, name, operands }: NanUnsafeTest): void {
      const negatable = operands.every((operand) => operand.type === AST_NODE_TYPES.BinaryExpression && NEGATED[operand.operator] !== undefined);
      context.report({
        node: test,
        messageId: 'nanUnsafeCheck',
        data: { name },
        suggest: negatable ? [{ messageId: 'useNanSafeCheck', fix: (fixer) => buildNanSafeFix(fixer, test, operands) }] : [],
      });
    }

    /** `x < 0 || x > 1` → `!(x >= 0 && x <= 1)`: the same for every number, and true for NaN. Comments stay in place. */
    function buildNanSafeFix(
      fixer: TSESLint.RuleFixer,
      test: TSESTree.LogicalExpression,
      operands: readonly TSESTree.Expression[],
    ): TSESLint.RuleFix[] {
      const fixes = [fixer.insertTextBefore(test, '!('), fixer.insertTextAfter(test, ')')];
      const operators: [TSESTree.Node, TSESTree.Node, string, string][] = operands.flatMap((operand) =>
        operand.type === AST_NODE_TYPES.BinaryExpression ? [[operand.left, operand.right, operand.operator, NEGATED[operand.operator] ?? '']] : [],
      );
      const pending: TSESTree.Expression[] = [test];
      for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
        if (node.type !== AST_NODE_TYPES.LogicalExpression || node.operator !== '||') continue;
        operators.push([node.left, node.right, '||', '&&']);
        pending.push(node.left, node.right);
      }
      for (const [left, right, operator, replacement] of operators) {
        const token = sourceCode.getFirstTokenBetween(left, right, (candidate) => candidate.value === operator);
        if (token !== null) fixes.push(fixer.replaceText(token, replacement));
      }
      return fixes;
    }

    // ---- calls -----------------------------------------------------------------------------------

    function isAssertCall(call: TSESTree.CallExpression, path: readonly string[]): boolean {
      if (path.some((segment) => assertSegments.has(segment))) {
        const dotted = path.join('.');
        if (assertPaths.some((entry) => matchesPath(dotted, entry) || dotted.startsWith(`${entry}.`))) return true;
      }
      const root = getRootIdentifier(call.callee);
      if (root === undefined || !assertImportNames.has(root.name)) return false;
      const binding = getImportBinding(sourceCode, root);
      if (binding === undefined) return false;
      return (
        ASSERT_MODULES.test(binding.source) ||
        assertModules.some(
          (entry) => entry.module === binding.source && [entry.name, 'default', '*'].includes(binding.imported),
        )
      );
    }

    /** `clamp(x, 0, 1)`, `_.clamp(x, 0, 1)`, `Math.min(1, Math.max(0, x))`, `Math.max(MIN, Math.min(MAX, x))`. */
    function isClampCall(call: TSESTree.CallExpression, path: readonly string[]): boolean {
      const last = path.at(-1) ?? '';
      if (clampSegments.has(last) && clampPaths.some((entry) => matchesPath(path.join('.'), entry))) return true;
      if (path.length !== 2 || path[0] !== 'Math' || (last !== 'min' && last !== 'max')) return false;
      if (call.arguments.length < 2 || !isGlobalCall(call)) return false;
      const other = last === 'min' ? 'Math.max' : 'Math.min';
      return call.arguments.some((argument) => {
        const inner = argument.type === AST_NODE_TYPES.SpreadElement ? argument : unwrapTSExpression(argument);
        return inner.type === AST_NODE_TYPES.CallExpression && inner.arguments.length > 1 && getStaticPath(inner.callee)?.join('.') === other;
      });
    }

    function isSchemaParse(call: TSESTree.CallExpression, path: readonly string[]): boolean {
      const method = path.at(-1) ?? '';
      if (!SCHEMA_PARSE_METHODS.has(method)) return false;
      if (path.length > 1) {
        // `JSON.parse` and `Date.parse` read text, they do not validate it.
        return !(path.length === 2 && (path[0] === 'JSON' || path[0] === 'Date') && isGlobalCall(call));
      }
      if (call.callee.type !== AST_NODE_TYPES.Identifier) return false;
      const binding = getImportBinding(sourceCode, call.callee);
      return binding !== undefined && SCHEMA_PARSE_IMPORTS[binding.source]?.has(binding.imported) === true;
    }

    /** Whether a call's callee starts at a global (`Math`, `Number`, `JSON`), not a local of that name. */
    function isGlobalCall(call: TSESTree.CallExpression): boolean {
      const root = getRootIdentifier(call.callee);
      return root !== undefined && isGlobalReference(sourceCode, root);
    }

    // ---- subjects --------------------------------------------------------------------------------

    /** The ratio name a node reads; with `anyName`, also a name that is not a ratio name (`x` in `x < 0 || x > 1`). */
    function getSubject(node: TSESTree.Node, anyName = false): Subject | undefined {
      if (node.type === AST_NODE_TYPES.PrivateIdentifier || node.type === AST_NODE_TYPES.SpreadElement) return undefined;
      let expression: TSESTree.Node = node;
      if (expression.type === AST_NODE_TYPES.ChainExpression) expression = expression.expression;
      if (isExpression(expression)) expression = unwrapTSExpression(expression);
      if (expression.type === AST_NODE_TYPES.Identifier) {
        const { name } = expression;
        const range = vocabulary.classify(name);
        if (range === undefined && !anyName) return undefined;
        const variable = ASTUtils.findVariable(sourceCode.getScope(expression), expression);
        return { keys: [variable ?? name], name, text: name, word: getLastWord(name), range: range ?? UNIT_RANGE, named: range !== undefined };
      }
      if (expression.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      const path = getStaticPath(expression);
      const last = path?.at(-1);
      if (path === undefined || last === undefined) return undefined;
      const range = vocabulary.classify(last);
      if (range === undefined && !anyName) return undefined;
      const name = path.join('.');
      const text = path.every((segment) => IDENTIFIER.test(segment)) && !expression.optional ? name : sourceCode.getText(expression);
      return { keys: [name, `.${last}`], name, text, word: getLastWord(last), range: range ?? UNIT_RANGE, named: range !== undefined };
    }

    // ---- suggestions -----------------------------------------------------------------------------

    /** After the statement: the team's assert call when one is in scope, else `if (!(in range)) throw new RangeError(…)`. */
    function buildCheckSuggestions(statement: TSESTree.Statement, subject: Subject, range: RatioRange): Suggestion[] {
      const scope = sourceCode.getScope(statement);
      const { text } = subject;
      const condition = `${text} >= ${String(range.min)} && ${text} <= ${String(range.max)}`;
      const message = `\`${escapeTemplate(subject.name)} out of range ${formatRange(range)}: \${${text}}\``;
      const assert = getUsableAssert(scope, false);
      let check: string;
      if (assert !== undefined) check = `${assert}(${condition}, ${message});`;
      else if (isDeclaredInScope(scope, 'RangeError')) return [];
      else check = `if (!(${condition})) throw new RangeError(${message});`;
      const fix = buildInsertAfterStatement(sourceCode, statement, check);
      return fix === undefined ? [] : [{ messageId: 'addRangeAssert', data: { name: subject.name, range: formatRange(range) }, fix }];
    }

    /** Around the value: the team's assert function that returns its argument, when one is in scope. */
    function buildWrapSuggestions(value: TSESTree.Expression): Suggestion[] {
      const assert = getUsableAssert(sourceCode.getScope(value), true);
      return assert === undefined ? [] : [{ messageId: 'wrapWithAssert', data: { assert }, fix: buildWrapInCall(sourceCode, value, assert) }];
    }

    /**
     * How to call the first configured assert function of the wanted kind that is visible in `scope`:
     * its name or path, or the local name it is imported under. The suggestions never add an import.
     */
    function getUsableAssert(scope: Scope, returnsArgument: boolean): string | undefined {
      for (const entry of configuredAsserts) {
        const { name, module, returnsArgument: returns = false } = typeof entry === 'string' ? { name: entry } : entry;
        if (returns !== returnsArgument) continue;
        const callee = module === undefined ? getDeclaredPath(scope, name) : getImportedCallee(scope, name, module);
        if (callee !== undefined) return callee;
      }
      return undefined;
    }

    function getDeclaredPath(scope: Scope, path: string): string | undefined {
      const [root = ''] = path.split('.');
      return isDeclaredInScope(scope, root) ? path : undefined;
    }

    /** `check` for `import check from 'm'`, `a.assertRatio` for `import * as a from 'm'`, if that binding is what `scope` sees. */
    function getImportedCallee(scope: Scope, name: string, module: string): string | undefined {
      for (const statement of sourceCode.ast.body) {
        if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.source.value !== module || statement.importKind === 'type') {
          continue;
        }
        for (const specifier of statement.specifiers) {
          const local = specifier.local.name;
          if (ASTUtils.findVariable(scope, local)?.defs[0]?.node !== specifier) continue;
          if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return `${local}.${name}`;
          if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) return local;
          const imported = getImportedName(specifier);
          if (imported === name && specifier.importKind !== 'type') return local;
        }
      }
      return undefined;
    }

    // ---- small helpers ---------------------------------------------------------------------------

    /** The local names of the file's top-level imports and `require`s of the modules `matches` accepts. */
    function getLocalNamesImportedFrom(matches: (source: string) => boolean): ReadonlySet<string> {
      const names = new Set<string>();
      for (const statement of sourceCode.ast.body) {
        if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
          if (matches(statement.source.value)) for (const specifier of statement.specifiers) names.add(specifier.local.name);
        } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
          for (const declarator of statement.declarations) {
            const init = declarator.init?.type === AST_NODE_TYPES.MemberExpression ? declarator.init.object : declarator.init;
            const source = init === null || init === undefined ? undefined : getRequiredModule(sourceCode, init);
            if (source !== undefined && matches(source)) addBoundNames(declarator.id, names);
          }
        }
      }
      return names;
    }
  },
});

/**
 * Whether the pattern matches the file's code outside its comments: comments hold no names, and in
 * documented code they are half of the text a whole-file scan would read.
 */
function codeMatches(sourceCode: Readonly<TSESLint.SourceCode>, pattern: RegExp): boolean {
  const { text } = sourceCode;
  let start = 0;
  for (const comment of sourceCode.ast.comments) {
    const [commentStart, commentEnd] = comment.range;
    if (commentStart > start && pattern.test(text.slice(start, commentStart))) return true;
    start = Math.max(start, commentEnd);
  }
  return pattern.test(text.slice(start));
}

interface CompiledNames {
  readonly vocabulary: RatioVocabulary;
  /** Matches a file that contains a ratio word; `undefined` when no word is a ratio. */
  readonly wordPattern: RegExp | undefined;
}

/** Compiled vocabularies by the `ratioNames` array of a config: compiled once, not once per file. */
const compiledNames = new WeakMap<readonly RatioNameEntry[], { extended?: CompiledNames; replaced?: CompiledNames }>();

function getCompiledNames(ratioNames: readonly RatioNameEntry[], extendDefaults: boolean): CompiledNames {
  const entry = compiledNames.get(ratioNames) ?? {};
  compiledNames.set(ratioNames, entry);
  const key = extendDefaults ? 'extended' : 'replaced';
  const existing = entry[key];
  if (existing !== undefined) return existing;
  const vocabulary = compileRatioNames(extendDefaults ? [...ratioNames, ...DEFAULT_RATIO_NAMES] : ratioNames);
  const compiled = { vocabulary, wordPattern: vocabulary.lastWordPattern };
  entry[key] = compiled;
  return compiled;
}

/** The statement a declaration is: itself, or the `export` around it. */
function getStatement(declaration: TSESTree.VariableDeclaration): TSESTree.Statement {
  return declaration.parent.type === AST_NODE_TYPES.ExportNamedDeclaration ? declaration.parent : declaration;
}

function getKeyName(node: TSESTree.Property | TSESTree.PropertyDefinition): string | undefined {
  const { key } = node;
  if (node.computed) return undefined;
  if (key.type === AST_NODE_TYPES.Identifier || key.type === AST_NODE_TYPES.PrivateIdentifier) return key.name;
  return key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? key.value : undefined;
}

/** `a.b.toFixed(2)` → `toFixed`, also when the receiver is not a static path (`(a / b).toFixed(2)`). */
function getMethodName(call: TSESTree.CallExpression): string | undefined {
  const { callee } = call;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  return callee.property.name;
}

/** Type wrappers, `await` and optional chains change neither the value nor its range. */
function unwrapValue(node: TSESTree.Expression): TSESTree.Expression {
  let current = unwrapTSExpression(node);
  while (current.type === AST_NODE_TYPES.AwaitExpression || current.type === AST_NODE_TYPES.ChainExpression) {
    current = unwrapTSExpression(current.type === AST_NODE_TYPES.AwaitExpression ? current.argument : current.expression);
  }
  return current;
}

function getLastWord(name: string): string {
  return splitWords(name).at(-1) ?? name;
}

function isUnitRange(range: RatioRange): boolean {
  return range.min === 0 && range.max === 1;
}

function isThisKey(key: SubjectKey): boolean {
  return typeof key === 'string' && key.startsWith('this.');
}

/** The class body of the constructor a frame node is, if it is one. */
function getConstructorClass(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  return node.type === AST_NODE_TYPES.FunctionExpression && node.parent.type === AST_NODE_TYPES.MethodDefinition && node.parent.kind === 'constructor'
    ? node.parent.parent
    : undefined;
}

/** `x`, `{ y: x }`, `{ x = 1 }`: the names a simple `require` pattern binds. */
function addBoundNames(pattern: TSESTree.Node, into: Set<string>): void {
  if (pattern.type === AST_NODE_TYPES.Identifier) {
    into.add(pattern.name);
  } else if (pattern.type === AST_NODE_TYPES.AssignmentPattern) {
    addBoundNames(pattern.left, into);
  } else if (pattern.type === AST_NODE_TYPES.ObjectPattern) {
    for (const property of pattern.properties) if (property.type === AST_NODE_TYPES.Property) addBoundNames(property.value, into);
  }
}

/** `stats.winPct` and `winPct` match the configured path `winPct`; `this.checks.assertRatio` matches `assertRatio`. */
function matchesPath(dotted: string, entry: string): boolean {
  return dotted === entry || dotted.endsWith(`.${entry}`);
}

function escapeTemplate(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${');
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function isExpression(node: TSESTree.Node): node is TSESTree.Expression {
  return node.type !== AST_NODE_TYPES.PrivateIdentifier && node.type !== AST_NODE_TYPES.SpreadElement;
}
