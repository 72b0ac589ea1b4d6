import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import {
  buildInsertAfterStatement,
  createRule,
  getImportBinding,
  getPropertyName,
  getUnusedName,
  isGlobalReference,
  isWithin,
  unwrapTSExpression,
} from '../util/index.js';

export type Options = [];
export type MessageIds = 'addMonotonicStart' | 'useMonotonicClock' | 'wallClockDuration';

type Variable = TSESLint.Scope.Variable;
type Fixer = TSESLint.RuleFixer;

/** What a wall-clock reading gives: a number of milliseconds (`Date.now()`) or a `Date` (`new Date()`). */
type ReadingKind = 'date' | 'number';

/** A variable whose every write is a wall-clock reading of one kind. */
interface ReadingVariable {
  readonly variable: Variable;
  readonly kind: ReadingKind;
  readonly declarator: TSESTree.VariableDeclarator;
  /** The readings written to it: its initializer and any later `start = Date.now()`. */
  readonly writes: readonly TSESTree.Expression[];
  /** The function (or Program) each write happens in. */
  readonly writeScopes: readonly TSESTree.Node[];
}

/**
 * One side of a duration: a reading written in place (`Date.now()`), or a variable that holds one,
 * as written (`start`, `start.getTime()`, `+start`).
 */
type Operand =
  | { readonly type: 'reading'; readonly node: TSESTree.Expression }
  | { readonly type: 'variable'; readonly node: TSESTree.Expression; readonly identifier: TSESTree.Identifier; readonly holder: ReadingVariable };

interface Duration {
  readonly node: TSESTree.BinaryExpression;
  readonly left: Operand;
  readonly right: Extract<Operand, { type: 'variable' }>;
}

interface Edit {
  readonly node: TSESTree.Node;
  readonly text: string;
}

const PERF_HOOKS = new Set(['node:perf_hooks', 'perf_hooks']);
const MONOTONIC_READING = 'performance.now()';
/** How many variables one fix may rewrite together: real groups have two or three. */
const MAX_GROUP_SIZE = 16;

/** Reading variables by variable, once per file: `null` when the variable is not one. */
const readingVariables = new WeakMap<Variable, ReadingVariable | null>();

export default createRule<Options, MessageIds>({
  name: 'prefer-monotonic-clock',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require durations to be measured with the monotonic clock, not the wall clock',
      recommended: 'recommended',
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      wallClockDuration:
        'This duration subtracts two wall-clock readings, and the wall clock jumps when the system time is corrected. Measure it with `performance.now()`.',
      useMonotonicClock: 'Read both ends of the duration with `performance.now()`.',
      addMonotonicStart: 'Take a monotonic start reading `{{name}}` next to `{{start}}` and measure from it.',
    },
  },
  create(context) {
    const { sourceCode } = context;
    if (!sourceCode.text.includes('Date')) return {};

    return {
      'BinaryExpression[operator="-"]'(node: TSESTree.BinaryExpression) {
        const duration = getDuration(node);
        if (duration !== undefined) reportDuration(duration);
      },
    };

    function reportDuration(duration: Duration): void {
      const group = getGroup(duration);
      if (group !== undefined && group.edits !== undefined) {
        const { edits } = group;
        const fix = (fixer: Fixer): TSESLint.RuleFix[] => edits.map((edit) => replaceNode(fixer, edit));
        if (group.allConst) {
          context.report({ node: duration.node, messageId: 'wallClockDuration', fix });
        } else {
          context.report({ node: duration.node, messageId: 'wallClockDuration', suggest: [{ messageId: 'useMonotonicClock', fix }] });
        }
        return;
      }
      const suggestion = group === undefined ? buildAddStartSuggestion(duration) : undefined;
      context.report({ node: duration.node, messageId: 'wallClockDuration', suggest: suggestion === undefined ? [] : [suggestion] });
    }

    /** `end - start` where both sides are wall-clock readings and `start` is a variable that holds one. */
    function getDuration(node: TSESTree.BinaryExpression): Duration | undefined {
      if (node.operator !== '-') return undefined;
      // The shapes first, then the scopes: the start must name a variable, the end a reading or a variable.
      if (getHolderIdentifier(unwrapTSExpression(node.right)) === undefined) return undefined;
      const end = unwrapTSExpression(node.left);
      if (getHolderIdentifier(end) === undefined && getReadingKind(end) === undefined) return undefined;
      const usedIn = getFunctionOf(node);
      const right = getOperand(node.right, usedIn);
      if (right?.type !== 'variable') return undefined;
      const left = getOperand(node.left, usedIn);
      return left === undefined ? undefined : { node, left, right };
    }

    function getOperand(node: TSESTree.Expression, usedIn: TSESTree.Node): Operand | undefined {
      const expression = unwrapTSExpression(node);
      if (getReadingKind(expression) !== undefined) return { type: 'reading', node: expression };
      const identifier = getHolderIdentifier(expression);
      if (identifier === undefined) return undefined;
      const holder = getReadingVariable(identifier);
      if (holder === undefined || !holder.writeScopes.every((scope) => isWithin(usedIn, scope))) return undefined;
      // `start.getTime()` and `+start` need a `Date`; a bare `start` may hold either.
      if (identifier !== expression && holder.kind !== 'date') return undefined;
      return { type: 'variable', node: expression, identifier, holder };
    }

    /** `start`, and the `start` of `start.getTime()`, `start.valueOf()`, `+start` and `Number(start)`. */
    function getHolderIdentifier(expression: TSESTree.Expression): TSESTree.Identifier | undefined {
      return getDateHolder(expression) ?? (expression.type === AST_NODE_TYPES.Identifier ? expression : undefined);
    }

    /** `start.getTime()`, `start.valueOf()`, `+start`, `Number(start)`: the `start` they read. */
    function getDateHolder(expression: TSESTree.Expression): TSESTree.Identifier | undefined {
      const inner = getDateConversionArgument(expression);
      return inner?.type === AST_NODE_TYPES.Identifier ? inner : undefined;
    }

    /**
     * The wall-clock reading an expression is: `Date.now()`, `+new Date()`, `new Date().getTime()`,
     * `new Date().valueOf()` and `Number(new Date())` give milliseconds, `new Date()` a `Date`.
     */
    function getReadingKind(node: TSESTree.Expression): ReadingKind | undefined {
      const expression = node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node;
      if (isNewDate(expression)) return 'date';
      if (
        expression.type === AST_NODE_TYPES.CallExpression &&
        expression.arguments.length === 0 &&
        expression.callee.type === AST_NODE_TYPES.MemberExpression &&
        getPropertyName(expression.callee) === 'now' &&
        isGlobalDate(expression.callee.object)
      ) {
        return 'number';
      }
      const converted = getDateConversionArgument(expression);
      return converted !== undefined && isNewDate(converted) ? 'number' : undefined;
    }

    /** `x.getTime()`, `x.valueOf()`, `+x`, `Number(x)`: the `x` they turn into milliseconds. */
    function getDateConversionArgument(expression: TSESTree.Expression): TSESTree.Expression | undefined {
      if (expression.type === AST_NODE_TYPES.UnaryExpression && expression.operator === '+') {
        return unwrapTSExpression(expression.argument);
      }
      if (expression.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const { callee } = expression;
      if (
        callee.type === AST_NODE_TYPES.MemberExpression &&
        expression.arguments.length === 0 &&
        !callee.optional &&
        (getPropertyName(callee) === 'getTime' || getPropertyName(callee) === 'valueOf')
      ) {
        return unwrapTSExpression(callee.object);
      }
      const [argument] = expression.arguments;
      return callee.type === AST_NODE_TYPES.Identifier &&
        callee.name === 'Number' &&
        expression.arguments.length === 1 &&
        argument !== undefined &&
        argument.type !== AST_NODE_TYPES.SpreadElement &&
        isGlobalReference(sourceCode, callee)
        ? unwrapTSExpression(argument)
        : undefined;
    }

    function isNewDate(node: TSESTree.Node): boolean {
      return node.type === AST_NODE_TYPES.NewExpression && node.arguments.length === 0 && isGlobalDate(node.callee);
    }

    function isGlobalDate(node: TSESTree.Node): boolean {
      return node.type === AST_NODE_TYPES.Identifier && node.name === 'Date' && isGlobalReference(sourceCode, node);
    }

    /**
     * The variable an identifier names, when every write to it is a wall-clock reading of one kind:
     * `const start = Date.now()`, or a `let` that is only ever set to readings.
     */
    function getReadingVariable(identifier: TSESTree.Identifier): ReadingVariable | undefined {
      const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
      if (variable === null) return undefined;
      const cached = readingVariables.get(variable);
      if (cached !== undefined) return cached ?? undefined;
      const holder = resolveReadingVariable(variable);
      readingVariables.set(variable, holder ?? null);
      return holder;
    }

    function resolveReadingVariable(variable: Variable): ReadingVariable | undefined {
      const [definition] = variable.defs;
      if (variable.defs.length !== 1 || definition?.type !== 'Variable' || definition.node.id !== definition.name) return undefined;
      const writes: TSESTree.Expression[] = [];
      const writeScopes: TSESTree.Node[] = [];
      let kind: ReadingKind | undefined;
      for (const reference of variable.references) {
        if (!reference.isWrite()) continue;
        const { parent } = reference.identifier;
        const isPlainWrite =
          (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id === reference.identifier) ||
          (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.operator === '=' && parent.left === reference.identifier);
        const written = reference.writeExpr;
        if (!isPlainWrite || written === null || written === undefined) return undefined;
        const expression = unwrapTSExpression(written as TSESTree.Expression);
        const writtenKind = getReadingKind(expression);
        if (writtenKind === undefined || (kind !== undefined && writtenKind !== kind)) return undefined;
        kind = writtenKind;
        writes.push(expression);
        writeScopes.push(reference.from.variableScope.block);
      }
      if (kind === undefined || (kind === 'date' && variable.references.some((reference) => isMutated(reference.identifier)))) return undefined;
      return { variable, kind, declarator: definition.node, writes, writeScopes };
    }

    /**
     * Every duration that shares a variable with this one, and the edits that move them all to
     * `performance.now()` at once. `edits` is `undefined` when one of the variables is used for
     * anything but durations (a timestamp that is logged, stored or exported): then the group must stay.
     */
    function getGroup(duration: Duration): { edits: Edit[] | undefined; allConst: boolean } | undefined {
      const holders = new Set<ReadingVariable>([duration.right.holder]);
      if (duration.left.type === 'variable') holders.add(duration.left.holder);
      const durations = new Map<TSESTree.Node, Duration>();
      for (const holder of holders) {
        if (holders.size > MAX_GROUP_SIZE || isExported(holder.declarator)) return undefined;
        for (const reference of holder.variable.references) {
          if (reference.isWrite()) continue;
          const use = getDurationOfReference(reference.identifier as TSESTree.Identifier);
          if (use === undefined) return undefined;
          durations.set(use.node, use);
          for (const operand of [use.left, use.right]) if (operand.type === 'variable') holders.add(operand.holder);
        }
      }
      const edits = new Map<TSESTree.Node, Edit>();
      for (const holder of holders) {
        for (const write of holder.writes) edits.set(write, { node: write, text: MONOTONIC_READING });
      }
      for (const use of durations.values()) {
        for (const operand of [use.left, use.right]) {
          if (operand.type === 'reading') edits.set(operand.node, { node: operand.node, text: MONOTONIC_READING });
          else if (operand.node !== operand.identifier) edits.set(operand.node, { node: operand.node, text: operand.identifier.name });
        }
      }
      const allConst = [...holders].every((holder) => holder.declarator.parent.kind === 'const');
      const safe = [...edits.values()].every((edit) => isSafeToReplace(edit));
      return { edits: safe ? [...edits.values()] : undefined, allConst };
    }

    /** The duration a reference of a reading variable is an operand of, through `.getTime()` and type wrappers. */
    function getDurationOfReference(identifier: TSESTree.Identifier): Duration | undefined {
      let operand: TSESTree.Node = skipTypeWrappersUp(identifier);
      const { parent } = operand;
      if (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === '+') {
        operand = skipTypeWrappersUp(parent);
      } else if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === operand && parent.parent.type === AST_NODE_TYPES.CallExpression) {
        operand = skipTypeWrappersUp(parent.parent);
      } else if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee !== operand) {
        operand = skipTypeWrappersUp(parent);
      }
      const binary = operand.parent;
      if (binary?.type !== AST_NODE_TYPES.BinaryExpression || binary.operator !== '-') return undefined;
      const duration = getDuration(binary);
      if (duration === undefined) return undefined;
      const operands = [duration.left, duration.right];
      return operands.some((side) => side.type === 'variable' && side.identifier === identifier) ? duration : undefined;
    }

    /**
     * When `start` is also used as a timestamp it must keep its wall-clock value: add a second,
     * monotonic reading next to it and measure the durations that start from a reading from it.
     */
    function buildAddStartSuggestion(duration: Duration): TSESLint.SuggestionReportDescriptor<MessageIds> | undefined {
      const { holder } = duration.right;
      const { declarator } = holder;
      const declaration = declarator.parent;
      const statement = declaration.parent.type === AST_NODE_TYPES.ExportNamedDeclaration ? declaration.parent : declaration;
      if (duration.left.type !== 'reading' || declaration.kind !== 'const' || declaration.declarations.length !== 1) return undefined;
      if (!isPerformanceAvailable(statement)) return undefined;
      const start = holder.variable.name;
      const name = getUnusedName(sourceCode, sourceCode.getScope(declaration), [`${start}Monotonic`]);
      const semicolon = sourceCode.getLastToken(declaration)?.value === ';' ? ';' : '';
      // An `export const` is a statement of the module too: the new reading goes right after it.
      const insert = buildInsertAfterStatement(sourceCode, statement as TSESTree.Statement, `const ${name} = ${MONOTONIC_READING}${semicolon}`);
      if (insert === undefined) return undefined;
      const edits: Edit[] = [];
      for (const reference of holder.variable.references) {
        if (reference.isWrite()) continue;
        const use = getDurationOfReference(reference.identifier as TSESTree.Identifier);
        if (use?.left.type !== 'reading' || use.right.holder !== holder) continue;
        edits.push({ node: use.left.node, text: MONOTONIC_READING }, { node: use.right.node, text: name });
      }
      if (!edits.every((edit) => isSafeToReplace(edit))) return undefined;
      return {
        messageId: 'addMonotonicStart',
        data: { name, start },
        fix: (fixer) => [insert(fixer), ...edits.map((edit) => replaceNode(fixer, edit))],
      };
    }

    /** No comment would be lost, and `performance` is the global or Node's `perf_hooks` export there. */
    function isSafeToReplace(edit: Edit): boolean {
      if (sourceCode.getCommentsInside(edit.node).length > 0) return false;
      return edit.text !== MONOTONIC_READING || isPerformanceAvailable(edit.node);
    }

    function isPerformanceAvailable(node: TSESTree.Node): boolean {
      const variable = ASTUtils.findVariable(sourceCode.getScope(node), 'performance');
      if (variable === null || variable.defs.length === 0) return true;
      const [definition] = variable.defs;
      if (variable.defs.length !== 1 || definition?.name.type !== AST_NODE_TYPES.Identifier) return false;
      // `import { performance } from 'node:perf_hooks'`, `const { performance } = require('perf_hooks')`.
      const binding = getImportBinding(sourceCode, definition.name);
      return binding !== undefined && PERF_HOOKS.has(binding.source) && binding.imported === 'performance';
    }

    /** Replaces a node, keeping a space where the new text would run into the token before it. */
    function replaceNode(fixer: Fixer, edit: Edit): TSESLint.RuleFix {
      const before = sourceCode.text.charAt(edit.node.range[0] - 1);
      return fixer.replaceText(edit.node, /[\w$]/u.test(before) ? ` ${edit.text}` : edit.text);
    }

    /** The function (or Program) whose code this is: where its variables' writes must be. */
    function getFunctionOf(node: TSESTree.Node): TSESTree.Node {
      return sourceCode.getScope(node).variableScope.block;
    }
  },
});

/** `day.setHours(0, 0, 0, 0)`: a `Date` that is changed after the reading no longer holds it. */
function isMutated(identifier: TSESTree.Node): boolean {
  const operand = skipTypeWrappersUp(identifier);
  const { parent } = operand;
  return parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === operand && /^set[A-Z]/u.test(getPropertyName(parent) ?? '');
}

function isExported(declarator: TSESTree.VariableDeclarator): boolean {
  return declarator.parent.parent.type === AST_NODE_TYPES.ExportNamedDeclaration;
}

/** Climbs from a node through the type wrappers around it (`x as number`, `x!`). */
function skipTypeWrappersUp(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.parent?.type === AST_NODE_TYPES.TSAsExpression ||
    current.parent?.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.parent?.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.parent?.type === AST_NODE_TYPES.TSTypeAssertion
  ) {
    current = current.parent;
  }
  return current;
}

