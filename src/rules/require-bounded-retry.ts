import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import type { FunctionNode, TraceMap } from '../util/index.js';
import {
  createRule,
  findTrackedReferences,
  getEnclosingFunction,
  getFileFacts,
  getImportBinding,
  getPropertyName,
  getStaticPath,
  isFunctionNode,
  isGlobalReference,
  isWithin,
  stringListSchema,
  unwrapTSExpression,
  walkOwnCode,
} from '../util/index.js';

export type Options = [{ requireBackoff?: boolean; delayFunctions?: string[] }];
export type MessageIds = 'constantDelay' | 'infiniteRetryOption' | 'retryWithoutDelay' | 'unboundedRecursiveRetry' | 'unboundedRetry';

type Loop = TSESTree.DoWhileStatement | TSESTree.ForStatement | TSESTree.WhileStatement;
type Variable = TSESLint.Scope.Variable;

/** An awaited pause before the next attempt, and the arguments that say how long it is. */
interface Delay {
  readonly node: TSESTree.Node;
  /** The arguments that set the length: `ms` of `sleep(ms)`, of `setTimeout(resolve, ms)` in a promise. */
  readonly lengths: readonly TSESTree.Node[];
  /** The helper's name says the length grows (`backoff`, `exponentialDelay`). */
  readonly grows: boolean;
}

/** What one walk over a retry loop's body finds. */
interface LoopFacts {
  /** Variables the loop changes by counting (`attempt++`, `retries -= 1`, `delay = delay * 2`). */
  readonly counters: Set<Variable>;
  /** The same for member paths: `this.attempts++`. */
  readonly counterPaths: Set<string>;
  /** `if` statements with a branch that leaves the loop or starts the next attempt: the candidates for an attempt bound. */
  readonly guards: TSESTree.IfStatement[];
  readonly delays: Delay[];
  /** An awaited call on the failure path that may pause inside (`await this.handleFailure(error)`). */
  opaqueAwait: boolean;
}

/** How a retry library is told to retry forever: `{ forever: true }`, `{ retries: Infinity }`. */
interface LibraryCall {
  readonly library: string;
  readonly optionsIndex: number;
  readonly foreverKeys: readonly string[];
  readonly countKeys: readonly string[];
}

const { CALL } = ASTUtils.ReferenceTracker;

const P_RETRY: LibraryCall = { library: 'p-retry', optionsIndex: 1, foreverKeys: ['forever'], countKeys: ['retries'] };
// async-retry hands its options to node-retry, so `forever` works there too.
const ASYNC_RETRY: LibraryCall = { library: 'async-retry', optionsIndex: 1, foreverKeys: ['forever'], countKeys: ['retries'] };
const NODE_RETRY: LibraryCall = { library: 'retry', optionsIndex: 0, foreverKeys: ['forever'], countKeys: ['retries'] };
const EXPONENTIAL_BACKOFF: LibraryCall = { library: 'exponential-backoff', optionsIndex: 1, foreverKeys: [], countKeys: ['numOfAttempts'] };

const RETRY_LIBRARIES: TraceMap = {
  'p-retry': { [CALL]: P_RETRY, default: { [CALL]: P_RETRY } },
  'async-retry': { [CALL]: ASYNC_RETRY, default: { [CALL]: ASYNC_RETRY } },
  retry: { operation: { [CALL]: NODE_RETRY } },
  'exponential-backoff': { backOff: { [CALL]: EXPONENTIAL_BACKOFF } },
};

/** Names of helpers that pause: `sleep`, `delay`, `wait`, `setTimeoutAsync`, `exponentialBackoff`, `scheduler.wait`. */
const DELAY_NAME = /sleep|delay|wait|pause|backoff/iu;
const GROWING_DELAY_NAME = /backoff|exponential/iu;
const TIMERS_PROMISES = new Set(['node:timers/promises', 'timers/promises']);
/** Calls of these keep an expression constant: `Math.min(base * 2, max)` grows only if its arguments do. */
const PURE_GLOBALS = new Set(['Math', 'Number', 'parseFloat', 'parseInt']);
/** Errors of two writers meeting: unique violations, serialization failures and deadlocks, by name or code (Postgres, Prisma, MySQL). */
const WRITE_CONFLICT = /conflict|unique|duplicate|deadlock|serializ|optimistic|^(?:40001|40P01|23505|P2002|P2034|ER_DUP_ENTRY|ER_LOCK_DEADLOCK)$/iu;
/** Readings of the clock: a loop that compares one with a deadline is bounded in time. */
const CLOCK_READINGS = new Set(['Date.now', 'performance.now', 'process.hrtime', 'process.hrtime.bigint']);

export default createRule<Options, MessageIds>({
  name: 'require-bounded-retry',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require retries to stop after a bounded number of attempts and to wait between them',
      recommended: 'recommended',
      strictOptions: [{ requireBackoff: true }],
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          requireBackoff: {
            type: 'boolean',
            description: 'Also report a retry loop whose delay does not grow with the attempt number (on in `strict`).',
          },
          delayFunctions: stringListSchema(
            'Functions, as dotted paths, whose awaited call pauses before the next attempt, in addition to `sleep`, `delay`, `wait`, `backoff` and `setTimeout` from `node:timers/promises`.',
          ),
        },
      },
    ],
    defaultOptions: [{ requireBackoff: false, delayFunctions: [] }],
    messages: {
      unboundedRetry:
        'This retry loop has no attempt limit, so a lasting failure keeps it retrying forever. Count the attempts and give up after a limit.',
      retryWithoutDelay:
        'This retry loop tries again at once after a failure and hammers the failing dependency. Wait before the next attempt.',
      constantDelay:
        'This delay between attempts does not grow with the attempt number. Back off exponentially, with jitter, so that retries ease the load on a struggling dependency.',
      unboundedRecursiveRetry:
        'This catch retries `{{name}}` by calling it again without an attempt count, so a lasting failure retries forever. Pass the attempt number and stop after a limit.',
      infiniteRetryOption: 'The `{{option}}` option makes `{{library}}` retry forever. Set a finite number of retries.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    // Retry loops and recursive retries sit in a catch; retry libraries are imported or required.
    const facts = getFileFacts(sourceCode);
    const checkLoops = facts.hasCatchClause;
    const checkLibraries = facts.requiresUnknownModule || [...facts.modules].some((source) => Object.hasOwn(RETRY_LIBRARIES, source));
    if (!checkLoops && !checkLibraries) return {};
    const requireBackoff = options.requireBackoff === true;
    const delayFunctions = options.delayFunctions ?? [];

    return {
      Program() {
        if (checkLibraries) checkRetryLibraries();
      },
      'WhileStatement, DoWhileStatement, ForStatement'(node: Loop) {
        if (checkLoops) checkLoop(node);
      },
      CatchClause(node) {
        checkRecursiveRetry(node);
      },
    };

    // -------------------------------------------------------------------------------------------
    // Retry loops

    function checkLoop(loop: Loop): void {
      const flag = getLoopFlag(loop);
      if (flag === undefined) return;
      const retry = findRetryTry(loop, flag);
      if (retry === undefined) return;
      const facts = collectLoopFacts(loop, retry);
      if (!isBounded(loop, facts)) {
        context.report({ loc: getLoopHeadLoc(loop), messageId: 'unboundedRetry' });
      }
      if (facts.delays.length === 0) {
        if (!facts.opaqueAwait && retry.handler !== null && !isWriteConflictRetry(retry.handler)) {
          context.report({ loc: getCatchHeadLoc(retry.handler), messageId: 'retryWithoutDelay' });
        }
        return;
      }
      const [first] = facts.delays;
      if (requireBackoff && first !== undefined && facts.delays.every((delay) => isConstantDelay(delay, loop, facts))) {
        context.report({ node: first.node, messageId: 'constantDelay' });
      }
    }

    /**
     * A catch that retries a write conflict (a unique-key race, a serialization failure, a deadlock):
     * the database is not failing, two writers met, and trying again at once is the usual answer.
     */
    function isWriteConflictRetry(clause: TSESTree.CatchClause): boolean {
      let found = false;
      walkOwnCode(sourceCode, clause.body, (node) => {
        if (found) return false;
        const name =
          node.type === AST_NODE_TYPES.Identifier
            ? node.name
            : node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string'
              ? node.value
              : undefined;
        found = name !== undefined && WRITE_CONFLICT.test(name);
        return !found;
      });
      return found;
    }

    /** A delay of a length the file shows and that is the same on every pass: `sleep(1_000)`, `sleep(RETRY_DELAY_MS)`. */
    function isConstantDelay(delay: Delay, loop: Loop, facts: LoopFacts): boolean {
      return !delay.grows && delay.lengths.length > 0 && delay.lengths.every((length) => isConstantDuring(length, loop, facts));
    }

    /** `while (true)`, `for (;;)`: the loop's keyword and head; for `do ... while (true)`, its `while` part. */
    function getLoopHeadLoc(loop: Loop): TSESTree.SourceLocation {
      let last = sourceCode.getLastToken(loop);
      if (loop.type === AST_NODE_TYPES.DoWhileStatement) {
        if (last?.value === ';') last = sourceCode.getTokenBefore(last);
        const keyword = sourceCode.getTokenAfter(loop.body);
        return { start: (keyword ?? loop).loc.start, end: (last ?? loop).loc.end };
      }
      const close = sourceCode.getTokenBefore(loop.body);
      return { start: loop.loc.start, end: (close ?? loop).loc.end };
    }

    /** `catch (error)`, or `catch` without a binding. */
    function getCatchHeadLoc(clause: TSESTree.CatchClause): TSESTree.SourceLocation {
      const close = clause.param === null ? null : sourceCode.getTokenAfter(clause.param);
      return { start: clause.loc.start, end: (close ?? sourceCode.getFirstToken(clause) ?? clause).loc.end };
    }

    /**
     * What keeps the loop going: `null` for `while (true)`, `for (;;)` and `do {} while (true)`; the
     * flag variable for `while (!done)` or `while (retrying)`; `undefined` for any other loop, which
     * has a condition of its own.
     */
    function getLoopFlag(loop: Loop): Variable | null | undefined {
      const { test } = loop;
      if (test === null) return null;
      const condition = unwrapTSExpression(test);
      if (condition.type === AST_NODE_TYPES.Literal) return condition.value === true || condition.value === 1 ? null : undefined;
      const flag =
        condition.type === AST_NODE_TYPES.UnaryExpression && condition.operator === '!' ? unwrapTSExpression(condition.argument) : condition;
      if (flag.type !== AST_NODE_TYPES.Identifier) return undefined;
      // Only a local flag that the file shows being set: a member (`this.running`) is set from elsewhere.
      const variable = ASTUtils.findVariable(sourceCode.getScope(flag), flag);
      const definition = variable?.defs[0];
      return variable !== null && variable.defs.length === 1 && definition?.type === 'Variable' && definition.parent.kind !== 'const'
        ? variable
        : undefined;
    }

    /**
     * A `try` of the loop that is an attempt: its block awaits and, on success, leaves the loop
     * (`return`, `break`, or setting the loop's flag); its `catch` lets the loop go round again.
     * A loop whose `try` does not leave on success is a worker loop (it handles new work each time round).
     */
    function findRetryTry(loop: Loop, flag: Variable | null): TSESTree.TryStatement | undefined {
      let found: TSESTree.TryStatement | undefined;
      walkOwnCode(sourceCode, loop.body, (node) => {
        if (found !== undefined) return false;
        if (node.type !== AST_NODE_TYPES.TryStatement || node.handler === null || getNearestLoop(node) !== loop) return true;
        if (containsAwait(node.block) && leavesOnSuccess(node, loop, flag) && canContinue(node.handler.body, loop)) found = node;
        return true;
      });
      return found;
    }

    /**
     * Whether the `try` block ends the loop once its attempt succeeds: a `return`, a `break` out of
     * the loop, or (for a flag loop) setting the flag, as a statement of the block itself. An exit
     * under a condition (`if (page.length < size) break`) ends a loop that works through data, not
     * one that retries.
     */
    function leavesOnSuccess(tryStatement: TSESTree.TryStatement, loop: Loop, flag: Variable | null): boolean {
      return tryStatement.block.body.some((statement) => {
        if (statement.type === AST_NODE_TYPES.ReturnStatement) return true;
        if (statement.type === AST_NODE_TYPES.BreakStatement) return isLoopExit(statement, loop);
        if (flag === null || statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
        const { expression } = statement;
        // `done = true`: set to a constant once the attempt succeeded. `healthy = await check()` polls instead.
        return (
          expression.type === AST_NODE_TYPES.AssignmentExpression &&
          expression.left.type === AST_NODE_TYPES.Identifier &&
          expression.right.type === AST_NODE_TYPES.Literal &&
          ASTUtils.findVariable(sourceCode.getScope(expression.left), expression.left) === flag
        );
      });
    }

    /** Whether the catch body can end with the loop going round again. */
    function canContinue(block: TSESTree.BlockStatement, loop: Loop): boolean {
      let continues = false;
      walkOwnCode(sourceCode, block, (node) => {
        if (node.type === AST_NODE_TYPES.ContinueStatement && getContinueTarget(node) === loop) continues = true;
        return !continues;
      });
      return continues || canCompleteNormally(block, loop);
    }

    function canCompleteNormally(statement: TSESTree.Statement, loop: Loop): boolean {
      switch (statement.type) {
        case AST_NODE_TYPES.BlockStatement: {
          const last = statement.body.at(-1);
          return last === undefined || canCompleteNormally(last, loop);
        }
        case AST_NODE_TYPES.IfStatement:
          return statement.alternate === null || canCompleteNormally(statement.consequent, loop) || canCompleteNormally(statement.alternate, loop);
        case AST_NODE_TYPES.ThrowStatement:
        case AST_NODE_TYPES.ReturnStatement:
          return false;
        case AST_NODE_TYPES.BreakStatement:
          return !isLoopExit(statement, loop);
        case AST_NODE_TYPES.ContinueStatement:
          return getContinueTarget(statement) === loop;
        case AST_NODE_TYPES.ExpressionStatement:
          return !isProcessExit(statement.expression);
        default:
          return true;
      }
    }

    function collectLoopFacts(loop: Loop, retry: TSESTree.TryStatement): LoopFacts {
      const facts: LoopFacts = { counters: new Set(), counterPaths: new Set(), guards: [], delays: [], opaqueAwait: false };
      const parts: TSESTree.Node[] = [loop.body];
      if (loop.type === AST_NODE_TYPES.ForStatement && loop.update !== null) parts.push(loop.update);
      for (const part of parts) {
        walkOwnCode(sourceCode, part, (node) => {
          switch (node.type) {
            case AST_NODE_TYPES.UpdateExpression:
              addCounter(facts, node.argument);
              break;
            case AST_NODE_TYPES.AssignmentExpression:
              if (node.operator !== '=' || referencesTarget(node.right, node.left)) addCounter(facts, node.left);
              break;
            case AST_NODE_TYPES.IfStatement:
              if (hasLoopExitOrRetry(node.consequent, loop) || (node.alternate !== null && hasLoopExitOrRetry(node.alternate, loop))) {
                facts.guards.push(node);
              }
              break;
            case AST_NODE_TYPES.AwaitExpression: {
              const delay = getDelay(node.argument);
              if (delay !== undefined) facts.delays.push(delay);
              else if (!isWithin(node, retry.block)) facts.opaqueAwait = true;
              break;
            }
            default:
              break;
          }
          return true;
        });
      }
      return facts;
    }

    function addCounter(facts: LoopFacts, target: TSESTree.Node): void {
      const expression = unwrapTSExpression(target as TSESTree.Expression);
      if (expression.type === AST_NODE_TYPES.Identifier) {
        const variable = ASTUtils.findVariable(sourceCode.getScope(expression), expression);
        if (variable !== null) facts.counters.add(variable);
        return;
      }
      const path = getStaticPath(expression);
      if (path !== undefined) facts.counterPaths.add(path.join('.'));
    }

    /** `delay = delay * 2`, `this.attempts = this.attempts + 1`: the right side reads what the left side writes. */
    function referencesTarget(value: TSESTree.Node, target: TSESTree.Node): boolean {
      const path = getStaticPath(target)?.join('.');
      if (path === undefined) return false;
      let found = false;
      walkOwnCode(sourceCode, value, (node) => {
        if (!found && (node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.MemberExpression)) {
          found = getStaticPath(node)?.join('.') === path;
        }
        return !found;
      });
      return found;
    }

    /**
     * An attempt bound: an `if` that leaves the loop and whose test reads a counter of the loop or the
     * clock (`if (++attempt > max) throw error`, `if (Date.now() > deadline) break`).
     */
    function isBounded(loop: Loop, facts: LoopFacts): boolean {
      return (
        facts.guards.some((statement) => readsCounterOrClock(statement.test, loop, facts)) ||
        (loop.test !== null && readsCounterOrClock(loop.test, loop, facts))
      );
    }

    /** Whether a test reads a counter of the loop or the clock, also through a constant worked out in the loop (`const left = --attempts`). */
    function readsCounterOrClock(test: TSESTree.Node, loop: Loop, facts: LoopFacts, depth = 0): boolean {
      let found = false;
      walkOwnCode(sourceCode, test, (node) => {
        if (found) return false;
        if (node.type === AST_NODE_TYPES.Identifier) {
          const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
          if (variable === null) return true;
          const definition = variable.defs.length === 1 ? variable.defs[0] : undefined;
          found =
            facts.counters.has(variable) ||
            (definition?.type === 'Variable' &&
              definition.parent.kind === 'const' &&
              definition.node.init !== null &&
              isWithin(definition.node, loop.body) &&
              depth < 3 &&
              readsCounterOrClock(definition.node.init, loop, facts, depth + 1));
        } else if (node.type === AST_NODE_TYPES.MemberExpression) {
          const path = getStaticPath(node)?.join('.');
          found = path !== undefined && (facts.counterPaths.has(path) || CLOCK_READINGS.has(path));
        } else if (node.type === AST_NODE_TYPES.NewExpression) {
          found = node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'Date';
        }
        return !found;
      });
      return found;
    }

    /** `sleep(ms)`, `delay(ms)`, `setTimeout(ms)` from `node:timers/promises`, `new Promise((r) => setTimeout(r, ms))`. */
    function getDelay(argument: TSESTree.Expression): Delay | undefined {
      const expression = unwrapTSExpression(argument);
      if (expression.type === AST_NODE_TYPES.NewExpression) {
        const timer = getPromisedTimer(expression);
        return timer === undefined ? undefined : { node: expression, lengths: timer.arguments.slice(1), grows: false };
      }
      if (expression.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const { callee } = expression;
      // `promisify(setTimeout)(ms)`
      if (callee.type === AST_NODE_TYPES.CallExpression && callee.arguments.some((node) => isTimerName(node))) {
        return { node: expression, lengths: expression.arguments, grows: false };
      }
      const path = getStaticPath(callee);
      const name = path?.at(-1);
      if (path === undefined || name === undefined) return undefined;
      const dotted = path.join('.');
      const isDelay =
        DELAY_NAME.test(name) ||
        delayFunctions.some((helper) => dotted === helper || dotted.endsWith(`.${helper}`)) ||
        isPromisesSetTimeout(callee);
      return isDelay ? { node: expression, lengths: expression.arguments, grows: GROWING_DELAY_NAME.test(name) } : undefined;
    }

    /** `new Promise((resolve) => setTimeout(resolve, ms))`: the `setTimeout` call inside the executor. */
    function getPromisedTimer(expression: TSESTree.NewExpression): TSESTree.CallExpression | undefined {
      const [executor] = expression.arguments;
      if (expression.callee.type !== AST_NODE_TYPES.Identifier || expression.callee.name !== 'Promise' || executor === undefined || !isFunctionNode(executor)) {
        return undefined;
      }
      let timer: TSESTree.CallExpression | undefined;
      walkOwnCode(sourceCode, executor.body, (node) => {
        if (timer === undefined && node.type === AST_NODE_TYPES.CallExpression && isTimerName(node.callee)) timer = node;
        return timer === undefined;
      });
      return timer;
    }

    function isTimerName(node: TSESTree.Node): boolean {
      return getStaticPath(node)?.at(-1) === 'setTimeout';
    }

    /** `setTimeout(ms)` or `timers.setTimeout(ms)` from `node:timers/promises`, also renamed. */
    function isPromisesSetTimeout(callee: TSESTree.Expression): boolean {
      const expression = unwrapTSExpression(callee);
      if (expression.type === AST_NODE_TYPES.Identifier) {
        const binding = getImportBinding(sourceCode, expression);
        return binding !== undefined && TIMERS_PROMISES.has(binding.source) && binding.imported === 'setTimeout';
      }
      if (expression.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(expression) !== 'setTimeout') return false;
      const object = unwrapTSExpression(expression.object);
      if (object.type !== AST_NODE_TYPES.Identifier) return false;
      const binding = getImportBinding(sourceCode, object);
      return binding !== undefined && TIMERS_PROMISES.has(binding.source) && (binding.imported === '*' || binding.imported === 'default');
    }

    /**
     * Whether an expression has the same value on every pass of the loop: literals, names the loop
     * does not change, `Math.*` of those. A call of anything else may hold state (`policy.nextDelay()`),
     * so it does not count as constant.
     */
    function isConstantDuring(node: TSESTree.Node, loop: Loop, facts: LoopFacts, depth = 0): boolean {
      if (depth > 8) return false;
      const next = (child: TSESTree.Node): boolean => isConstantDuring(child, loop, facts, depth + 1);
      switch (node.type) {
        case AST_NODE_TYPES.Literal:
          return true;
        case AST_NODE_TYPES.TemplateLiteral:
          return node.expressions.every(next);
        case AST_NODE_TYPES.Identifier:
          return isConstantVariable(node, loop, facts, depth);
        case AST_NODE_TYPES.ThisExpression:
          return true;
        case AST_NODE_TYPES.MemberExpression: {
          const path = getStaticPath(node)?.join('.');
          if (path !== undefined && facts.counterPaths.has(path)) return false;
          return next(node.object) && (!node.computed || next(node.property));
        }
        case AST_NODE_TYPES.BinaryExpression:
        case AST_NODE_TYPES.LogicalExpression:
          return next(node.left) && next(node.right);
        case AST_NODE_TYPES.UnaryExpression:
          return next(node.argument);
        case AST_NODE_TYPES.ConditionalExpression:
          return next(node.test) && next(node.consequent) && next(node.alternate);
        case AST_NODE_TYPES.CallExpression: {
          const root = getStaticPath(node.callee)?.[0];
          return root !== undefined && PURE_GLOBALS.has(root) && node.arguments.every(next);
        }
        case AST_NODE_TYPES.TSAsExpression:
        case AST_NODE_TYPES.TSNonNullExpression:
        case AST_NODE_TYPES.TSSatisfiesExpression:
        case AST_NODE_TYPES.ChainExpression:
          return next(node.expression);
        default:
          return false;
      }
    }

    /**
     * A name whose value the loop does not change: an import, a global, a parameter or variable
     * written once, or a constant declared in the loop from such values. A counter of the loop, and a
     * variable written more than once (which the loop may change through a function it calls), are not.
     */
    function isConstantVariable(identifier: TSESTree.Identifier, loop: Loop, facts: LoopFacts, depth: number): boolean {
      const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
      if (variable === null || variable.defs.length === 0) return true;
      if (facts.counters.has(variable)) return false;
      const [definition] = variable.defs;
      if (definition?.type === 'ImportBinding') return true;
      const writes = variable.references.filter((reference) => reference.isWrite());
      if (definition?.type === 'Parameter') return writes.length === 0;
      if (definition?.type !== 'Variable' || writes.length > 1) return false;
      const { init } = definition.node;
      // A constant declared inside the loop is worked out afresh each time round: follow its value.
      if (isWithin(definition.node, loop)) return init !== null && isConstantDuring(init, loop, facts, depth + 1);
      return true;
    }

    // -------------------------------------------------------------------------------------------
    // Recursive retries

    function checkRecursiveRetry(clause: TSESTree.CatchClause): void {
      const fn = getEnclosingFunction(clause);
      if (fn === undefined || !containsAwait(clause.parent.block)) return;
      const self = getSelfCall(fn);
      if (self === undefined) return;
      walkOwnCode(sourceCode, clause.body, (node) => {
        if (node.type === AST_NODE_TYPES.CallExpression && self.matches(node) && !isBoundedRecursion(node, clause, fn)) {
          context.report({ node, messageId: 'unboundedRecursiveRetry', data: { name: self.name } });
        }
        return true;
      });
    }

    /** How a function calls itself: by its name, or as `this.method()` for a method or an arrow-function field. */
    function getSelfCall(fn: FunctionNode): { name: string; matches: (call: TSESTree.CallExpression) => boolean } | undefined {
      const { parent } = fn;
      const named = fn.type === AST_NODE_TYPES.ArrowFunctionExpression ? undefined : fn.id;
      const declarator = parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn && parent.id.type === AST_NODE_TYPES.Identifier ? parent.id : undefined;
      const nameNode = named ?? declarator;
      if (nameNode !== undefined && nameNode !== null) {
        const variable = sourceCode.getDeclaredVariables(named === undefined || named === null ? parent : fn).find((candidate) => candidate.name === nameNode.name);
        if (variable === undefined) return undefined;
        return {
          name: nameNode.name,
          matches: (call) => {
            const callee = unwrapTSExpression(call.callee);
            return callee.type === AST_NODE_TYPES.Identifier && ASTUtils.findVariable(sourceCode.getScope(callee), callee) === variable;
          },
        };
      }
      const isMember =
        (parent.type === AST_NODE_TYPES.MethodDefinition && parent.value === fn) ||
        (parent.type === AST_NODE_TYPES.PropertyDefinition && parent.value === fn && fn.type === AST_NODE_TYPES.ArrowFunctionExpression) ||
        (parent.type === AST_NODE_TYPES.Property && parent.value === fn && fn.type !== AST_NODE_TYPES.ArrowFunctionExpression);
      if (!isMember || parent.computed || parent.key.type !== AST_NODE_TYPES.Identifier) return undefined;
      const method = parent.key.name;
      return {
        name: `this.${method}`,
        matches: (call) => {
          const callee = unwrapTSExpression(call.callee);
          return (
            callee.type === AST_NODE_TYPES.MemberExpression &&
            callee.object.type === AST_NODE_TYPES.ThisExpression &&
            getPropertyName(callee) === method
          );
        },
      };
    }

    /**
     * A recursive call counts its attempts when it passes a changed value (`retries - 1`,
     * `attempt + 1`, a number or a flag), or when the catch decides on state that changes between
     * attempts: a parameter (`if (retries > 0)`, `if (!options.isRetry)`), a variable or member the
     * code updates (`if (this.reconnects++ < 5)`), or the clock (`if (Date.now() < deadline)`).
     */
    function isBoundedRecursion(call: TSESTree.CallExpression, clause: TSESTree.CatchClause, fn: FunctionNode): boolean {
      if (call.arguments.some((argument) => passesChangedValue(argument))) return true;
      const tests: TSESTree.Node[] = [];
      for (let node: TSESTree.Node = call; node !== clause && node.parent !== undefined; node = node.parent) {
        const parent: TSESTree.Node = node.parent;
        if ((parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) && parent.test !== node) {
          tests.push(parent.test);
        } else if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.right === node) {
          tests.push(parent.left);
        }
      }
      const updatedPaths = new Set<string>();
      walkOwnCode(sourceCode, clause.body, (node) => {
        if (node.type === AST_NODE_TYPES.IfStatement) tests.push(node.test);
        const target =
          node.type === AST_NODE_TYPES.UpdateExpression ? node.argument : node.type === AST_NODE_TYPES.AssignmentExpression ? node.left : undefined;
        const path = target === undefined ? undefined : getStaticPath(target);
        if (path !== undefined) updatedPaths.add(path.join('.'));
        return true;
      });
      return tests.some((test) => readsChangingState(test, fn, updatedPaths));
    }

    function readsChangingState(test: TSESTree.Node, fn: FunctionNode, updatedPaths: ReadonlySet<string>): boolean {
      let found = false;
      walkOwnCode(sourceCode, test, (node) => {
        if (found) return false;
        if (node.type === AST_NODE_TYPES.Identifier) {
          const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
          found =
            variable !== null &&
            (variable.defs.some((definition) => definition.type === 'Parameter' && isWithin(definition.name, fn)) ||
              variable.references.some((reference) => reference.isWrite() && reference.init !== true));
        } else if (node.type === AST_NODE_TYPES.MemberExpression) {
          const path = getStaticPath(node)?.join('.');
          found = path !== undefined && (updatedPaths.has(path) || CLOCK_READINGS.has(path));
        } else if (node.type === AST_NODE_TYPES.NewExpression) {
          found = node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'Date';
        }
        return !found;
      });
      return found;
    }

    function passesChangedValue(argument: TSESTree.Node): boolean {
      let changed = false;
      walkOwnCode(sourceCode, argument, (node) => {
        if (changed) return false;
        changed =
          node.type === AST_NODE_TYPES.UpdateExpression ||
          (node.type === AST_NODE_TYPES.BinaryExpression && (node.operator === '+' || node.operator === '-')) ||
          (node.type === AST_NODE_TYPES.Literal && (typeof node.value === 'number' || typeof node.value === 'boolean'));
        return !changed;
      });
      return changed;
    }

    // -------------------------------------------------------------------------------------------
    // Retry libraries

    function checkRetryLibraries(): void {
      for (const { node, info } of findTrackedReferences<LibraryCall>(sourceCode, RETRY_LIBRARIES)) {
        if (node.type !== AST_NODE_TYPES.CallExpression) continue;
        const argument = node.arguments[info.optionsIndex];
        if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) continue;
        const object = getObjectLiteral(argument);
        if (object === undefined) continue;
        for (const [key, property] of getFinalProperties(object)) {
          const value = ASTUtils.getStaticValue(property.value, sourceCode.getScope(property));
          if (value === null) continue;
          const forever = info.foreverKeys.includes(key) && value.value === true;
          const infinite = info.countKeys.includes(key) && value.value === Number.POSITIVE_INFINITY;
          if (forever || infinite) {
            context.report({ node: property, messageId: 'infiniteRetryOption', data: { option: key, library: info.library } });
          }
        }
      }
    }

    /** The object literal an options argument is, directly or through a `const`. */
    function getObjectLiteral(argument: TSESTree.Expression): TSESTree.ObjectExpression | undefined {
      const expression = unwrapTSExpression(argument);
      if (expression.type === AST_NODE_TYPES.ObjectExpression) return expression;
      if (expression.type !== AST_NODE_TYPES.Identifier) return undefined;
      const variable = ASTUtils.findVariable(sourceCode.getScope(expression), expression);
      const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (definition?.type !== 'Variable' || definition.parent.kind !== 'const' || definition.node.init === null) return undefined;
      const init = unwrapTSExpression(definition.node.init);
      return init.type === AST_NODE_TYPES.ObjectExpression ? init : undefined;
    }

    /** Each key with the property that sets it last; a key a later spread may override is left out. */
    function getFinalProperties(object: TSESTree.ObjectExpression): Map<string, TSESTree.Property> {
      const properties = new Map<string, TSESTree.Property>();
      for (const property of object.properties) {
        if (property.type === AST_NODE_TYPES.SpreadElement) {
          properties.clear();
          continue;
        }
        const key = property.computed ? undefined : property.key;
        const name = key?.type === AST_NODE_TYPES.Identifier ? key.name : key?.type === AST_NODE_TYPES.Literal ? String(key.value) : undefined;
        if (name !== undefined) properties.set(name, property);
      }
      return properties;
    }

    // -------------------------------------------------------------------------------------------
    // Shared

    function isProcessExit(expression: TSESTree.Expression): boolean {
      const call = unwrapTSExpression(expression);
      if (call.type !== AST_NODE_TYPES.CallExpression) return false;
      const path = getStaticPath(call.callee);
      const root = call.callee.type === AST_NODE_TYPES.MemberExpression ? unwrapTSExpression(call.callee.object) : undefined;
      return (
        path?.join('.') === 'process.exit' && root?.type === AST_NODE_TYPES.Identifier && isGlobalReference(sourceCode, root)
      );
    }

    function containsAwait(root: TSESTree.Node): boolean {
      let found = false;
      walkOwnCode(sourceCode, root, (node) => {
        if (node.type === AST_NODE_TYPES.AwaitExpression || (node.type === AST_NODE_TYPES.ForOfStatement && node.await)) found = true;
        return !found;
      });
      return found;
    }

    /** A branch that leaves the loop, or that starts the next attempt with `continue`: `if (attempt < max) continue;`. */
    function hasLoopExitOrRetry(branch: TSESTree.Statement, loop: Loop): boolean {
      let found = false;
      walkOwnCode(sourceCode, branch, (node) => {
        if (found) return false;
        found =
          node.type === AST_NODE_TYPES.ReturnStatement ||
          (node.type === AST_NODE_TYPES.ThrowStatement && !isCaughtWithin(node, loop)) ||
          (node.type === AST_NODE_TYPES.BreakStatement && isLoopExit(node, loop)) ||
          (node.type === AST_NODE_TYPES.ContinueStatement && getContinueTarget(node) === loop);
        return !found;
      });
      return found;
    }
  },
});

/** The innermost loop around a node, within its function. */
function getNearestLoop(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let current = node.parent; current !== undefined && current !== null; current = current.parent) {
    if (isFunctionNode(current)) return undefined;
    if (isLoopNode(current)) return current;
  }
  return undefined;
}

function isLoopNode(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.WhileStatement ||
    node.type === AST_NODE_TYPES.DoWhileStatement ||
    node.type === AST_NODE_TYPES.ForStatement ||
    node.type === AST_NODE_TYPES.ForInStatement ||
    node.type === AST_NODE_TYPES.ForOfStatement
  );
}

/** Whether a `break` leaves `loop`: an unlabelled one that no inner loop or `switch` catches, or one to an outer label. */
function isLoopExit(statement: TSESTree.BreakStatement, loop: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = statement.parent; current !== undefined && current !== null && current !== loop; current = current.parent) {
    if (statement.label === null && (isLoopNode(current) || current.type === AST_NODE_TYPES.SwitchStatement)) return false;
    if (statement.label !== null && current.type === AST_NODE_TYPES.LabeledStatement && current.label.name === statement.label.name) return false;
  }
  return true;
}

/** The loop a `continue` starts again. */
function getContinueTarget(statement: TSESTree.ContinueStatement): TSESTree.Node | undefined {
  for (let current: TSESTree.Node | undefined = statement.parent; current !== undefined && current !== null; current = current.parent) {
    if (isFunctionNode(current)) return undefined;
    if (statement.label === null && isLoopNode(current)) return current;
    if (statement.label !== null && current.type === AST_NODE_TYPES.LabeledStatement && current.label.name === statement.label.name) {
      return current.body;
    }
  }
  return undefined;
}

/** A `throw` inside a `try` block (within the loop) that has a `catch`: it does not leave the loop. */
function isCaughtWithin(statement: TSESTree.Node, loop: TSESTree.Node): boolean {
  let child: TSESTree.Node = statement;
  for (let current: TSESTree.Node | undefined = statement.parent; current !== undefined && current !== null && current !== loop; child = current, current = current.parent) {
    if (current.type === AST_NODE_TYPES.TryStatement && current.block === child && current.handler !== null) return true;
  }
  return false;
}

