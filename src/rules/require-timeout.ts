import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import type { FunctionNode, HttpClientInstance, HttpClientName, HttpRequest, StaticObject } from '../util/index.js';
import {
  buildAddPropertyFix,
  buildInsertArgumentFix,
  createConfigCache,
  createHttpClientResolver,
  createRule,
  getOrigin,
  getPropertyName,
  getSettings,
  getStaticObject,
  getStaticPath,
  isDeclaredInScope,
  isFunctionNode,
  mergeNames,
  stringListSchema,
  unwrapTSExpression,
} from '../util/index.js';

export type Options = [
  {
    maxMs?: number;
    defaultMs?: number;
    timeoutWrappers?: string[];
  },
];
export type MessageIds =
  | 'addTimeout'
  | 'disabledTimeout'
  | 'excessiveTimeout'
  | 'ignoredTimeoutOption'
  | 'missingTimeout'
  | 'replaceWithSignal'
  | 'useDefaultTimeout';

const DEFAULT_MAX_MS = 30_000;
const DEFAULT_MS = 10_000;
const DEFAULT_TIMEOUT_WRAPPERS = ['pTimeout', 'withTimeout'];
/** p-timeout's default export, under whatever name it is imported. */
const P_TIMEOUT = 'p-timeout';
/** Elements of `Promise.race([...])` that settle after a while: `delay(5_000)`, `sleep(ms)`, `timeoutPromise`. */
const TIMER_NAME = /time(?:d[-_]?)?out|timer|delay|sleep|deadline|wait/iu;
/** Methods that return a promise settled with, or after, the one they are called on. */
const PROMISE_CHAIN = new Set(['catch', 'finally', 'then']);
/** `ClientRequest` methods that return the request itself. */
const REQUEST_CHAIN = new Set(['end', 'on', 'once', 'setHeader', 'write']);
/** Methods that abort a request, when a timer calls them: `setTimeout(() => req.destroy(), 5_000)`. */
const ABORT_METHODS = new Set(['abort', 'cancel', 'destroy']);
const AXIOS_DEFAULTS = Symbol('axios.defaults');

/** What a deadline option does, as far as the file shows. `effective` also covers values it cannot evaluate. */
type Evaluation =
  | { readonly status: 'disabled'; readonly replace: TSESTree.Node | undefined; readonly wrapInSignal: boolean }
  | { readonly status: 'effective' }
  | { readonly status: 'excessive'; readonly ms: number; readonly replace: TSESTree.Node | undefined };

type BadEvaluation = Exclude<Evaluation, { status: 'effective' }>;

/** The timeout wrappers of a configuration. */
const getWrappers = createConfigCache((options: Options[0], settings) => mergeNames(DEFAULT_TIMEOUT_WRAPPERS, settings.timeoutWrappers, options.timeoutWrappers));

export default createRule<Options, MessageIds>({
  name: 'require-timeout',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a timeout on every outbound HTTP request, and a finite one',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          maxMs: {
            type: 'integer',
            minimum: 1,
            description: 'The longest deadline allowed, in milliseconds; a longer one written in the file is reported.',
          },
          defaultMs: {
            type: 'integer',
            minimum: 1,
            description: 'The deadline the suggestions write, in milliseconds (at most `maxMs`).',
          },
          timeoutWrappers: stringListSchema(
            'Functions, as dotted paths, under which a request counts as timed; replaces `settings.reliability.timeoutWrappers` (`pTimeout`, `withTimeout` and `Promise.race` with a timer always count).',
          ),
        },
      },
    ],
    defaultOptions: [{ maxMs: DEFAULT_MAX_MS, defaultMs: DEFAULT_MS }],
    messages: {
      missingTimeout:
        'This call of `{{callee}}` has no timeout, so a slow or stalled server can hold it for minutes or forever. Add {{remedy}}, or run it inside a timeout wrapper.',
      disabledTimeout:
        'The deadline `{{deadline}}` turns the timeout off, so a request can wait forever. Set a finite timeout of at most {{maxMs}} ms.',
      excessiveTimeout:
        'The deadline `{{deadline}}` lets a request wait {{ms}} ms, longer than the {{maxMs}} ms limit. Lower it, or raise `maxMs` where such a wait is intended.',
      ignoredTimeoutOption:
        'Fetch has no `timeout` option and ignores this one, so this call of `{{callee}}` has no deadline. Pass `signal: AbortSignal.timeout(ms)` instead.',
      addTimeout: 'Add `{{property}}`.',
      useDefaultTimeout: 'Set the timeout to {{ms}} ms.',
      replaceWithSignal: 'Replace it with `{{property}}`.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const settings = getSettings(context);
    const resolver = createHttpClientResolver(context, settings.httpClients);
    if (!resolver.mayUseHttpClients()) return {};

    const maxMs = options.maxMs ?? DEFAULT_MAX_MS;
    const defaultMs = Math.min(options.defaultMs ?? DEFAULT_MS, maxMs);
    const msText = formatMs(defaultMs);
    const wrappers = getWrappers(context, options);

    /** Requests without a deadline of their own: reported at the end, unless `x.defaults.timeout` is set in the file. */
    const pending: HttpRequest[] = [];
    /** `axios` (as {@link AXIOS_DEFAULTS}) and instances whose `defaults.timeout` or `defaults.signal` the file sets. */
    const defaultsSet = new Set<TSESTree.Node | typeof AXIOS_DEFAULTS>();
    const reported = new WeakSet<TSESTree.Node>();
    const instanceTimed = new WeakMap<HttpClientInstance, boolean>();
    const functionsUnderTimeout = new WeakMap<FunctionNode, boolean>();

    return {
      CallExpression(node) {
        const request = resolver.getRequest(node);
        if (request !== undefined) {
          checkRequest(request);
          return;
        }
        const instance = resolver.getInstance(node);
        if (instance !== undefined) checkInstanceOptions(instance);
      },
      NewExpression(node) {
        const instance = resolver.getInstance(node);
        if (instance !== undefined) checkInstanceOptions(instance);
      },
      AssignmentExpression(node) {
        checkDefaultsAssignment(node);
      },
      'Program:exit'() {
        for (const request of pending) {
          if (!hasDefaultsSet(request)) reportMissingTimeout(request);
        }
      },
    };

    function checkRequest(request: HttpRequest): void {
      const { options: location } = request;
      if (location.type === 'unknown') return;
      if (request.client === 'fetch' && isOpaqueRequestInput(request.node)) return;
      if (location.type === 'argument') {
        const object = getStaticObject(sourceCode, location.node);
        // Options the file cannot see into may well carry a deadline: no guessing. The same goes
        // for undici's `dispatcher`, which can carry its own header and body timeouts.
        if (object === undefined) return;
        if (checkDeadlines(object, request.deadlineKeys, request.client) !== 'none') return;
        if (!object.complete || object.properties.has('dispatcher')) return;
        const ignored = request.client === 'fetch' ? object.properties.get('timeout') : undefined;
        if (ignored !== undefined) {
          reportIgnoredTimeout(request, ignored);
          return;
        }
      }
      // ky has a 10 s timeout unless it is turned off, which `checkDeadlines` reports.
      if (request.client === 'ky' || isInstanceTimed(request.instance)) return;
      if (isUnderTimeout(request.node, true) || isResultTimed(request)) return;
      pending.push(request);
    }

    /** `axios.create({ timeout: 0 })`, `new Client(url, { headersTimeout: 0 })`: a bad deadline is reported where it is set. */
    function checkInstanceOptions(instance: HttpClientInstance): void {
      for (const argument of instance.options) {
        if (argument.type === AST_NODE_TYPES.SpreadElement) continue;
        const object = getStaticObject(sourceCode, argument);
        if (object !== undefined) checkDeadlines(object, instance.deadlineKeys, instance.client);
      }
    }

    /**
     * Evaluates the deadline options of one options object. `timed` when one of them is a finite
     * deadline within `maxMs` (or one the file cannot evaluate); `reported` when all of them are
     * turned off or too long, each reported; `none` when there is none.
     */
    function checkDeadlines(object: StaticObject, keys: readonly string[], client: HttpClientName): 'none' | 'reported' | 'timed' {
      const evaluations: [TSESTree.Property, string, BadEvaluation][] = [];
      for (const key of keys) {
        const property = object.properties.get(key);
        if (property === undefined) continue;
        const evaluation = evaluateProperty(property, key, client);
        if (evaluation.status === 'effective') return 'timed';
        evaluations.push([property, key, evaluation]);
      }
      if (evaluations.length === 0) return 'none';
      for (const [property, key, evaluation] of evaluations) reportBadDeadline(property, key, evaluation);
      return 'reported';
    }

    function evaluateProperty(property: TSESTree.Property, key: string, client: HttpClientName): Evaluation {
      if (property.kind !== 'init' || property.method) return { status: 'effective' };
      const value = property.value as TSESTree.Expression;
      if (key === 'signal') return evaluateSignal(value, true);
      if (key === 'cancelToken') return { status: 'effective' };
      return evaluateValue(value, client, !property.shorthand);
    }

    /** A numeric deadline: `0`, `Infinity`, `false` and `null` turn it off; more than `maxMs` is too long. */
    function evaluateValue(node: TSESTree.Expression, client: HttpClientName, replaceable: boolean): Evaluation {
      const result = ASTUtils.getStaticValue(node, sourceCode.getScope(node));
      if (result === null) return { status: 'effective' };
      const { value } = result;
      const replace = replaceable && !hasComments(node) ? node : undefined;
      if (typeof value === 'object' && value !== null) return evaluateTimeoutObject(value);
      if (value === undefined && client === 'ky') return { status: 'effective' };
      if (value === false || value === null || value === undefined) return { status: 'disabled', replace, wrapInSignal: false };
      if (typeof value !== 'number') return { status: 'effective' };
      return evaluateMs(value, replace);
    }

    /** A deadline in ms. For a timeout option `0` means none; `AbortSignal.timeout(0)` aborts at once instead. */
    function evaluateMs(value: number, replace: TSESTree.Node | undefined, zeroTurnsOff = true): Evaluation {
      if ((zeroTurnsOff && value === 0) || Number.isNaN(value) || value === Number.POSITIVE_INFINITY) {
        return { status: 'disabled', replace, wrapInSignal: false };
      }
      return value > maxMs ? { status: 'excessive', ms: value, replace } : { status: 'effective' };
    }

    /** got's `timeout: { request: 10_000 }`: fine when one of its phases has a finite deadline. */
    function evaluateTimeoutObject(value: object): Evaluation {
      const phases = Object.values(value).filter((phase): phase is number => typeof phase === 'number');
      if (phases.length === 0) return { status: 'effective' };
      const evaluations = phases.map((phase) => evaluateMs(phase, undefined));
      if (evaluations.some((evaluation) => evaluation.status === 'effective')) return { status: 'effective' };
      const excessive = evaluations.find((evaluation) => evaluation.status === 'excessive');
      return excessive ?? { status: 'disabled', replace: undefined, wrapInSignal: false };
    }

    /** `signal: AbortSignal.timeout(ms)` with a bad `ms`, or `signal: undefined`; any other signal counts. */
    function evaluateSignal(node: TSESTree.Expression, atProperty: boolean): Evaluation {
      const expression = unwrapTSExpression(node);
      if (
        (expression.type === AST_NODE_TYPES.Literal && expression.value === null) ||
        (expression.type === AST_NODE_TYPES.Identifier && expression.name === 'undefined' && isGlobal(expression))
      ) {
        return { status: 'disabled', replace: atProperty && !hasComments(expression) ? expression : undefined, wrapInSignal: true };
      }
      if (expression.type === AST_NODE_TYPES.Identifier && atProperty) {
        const init = getConstInit(expression);
        return init === undefined ? { status: 'effective' } : evaluateSignal(init, false);
      }
      if (expression.type !== AST_NODE_TYPES.CallExpression || !isGlobalPath(expression.callee, ['AbortSignal', 'timeout'])) {
        return { status: 'effective' };
      }
      const [ms] = expression.arguments;
      if (ms === undefined || ms.type === AST_NODE_TYPES.SpreadElement) return { status: 'effective' };
      const result = ASTUtils.getStaticValue(ms, sourceCode.getScope(ms));
      if (typeof result?.value !== 'number') return { status: 'effective' };
      return evaluateMs(result.value, atProperty && !hasComments(ms) ? ms : undefined, false);
    }

    function checkDefaultsAssignment(node: TSESTree.AssignmentExpression): void {
      if (node.operator !== '=' || node.left.type !== AST_NODE_TYPES.MemberExpression) return;
      const key = getPropertyName(node.left);
      if (key !== 'timeout' && key !== 'signal') return;
      const defaults = unwrapTSExpression(node.left.object);
      if (defaults.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(defaults) !== 'defaults') return;
      const target = resolver.getTarget(defaults.object);
      if (target?.client !== 'axios') return;
      defaultsSet.add(target.instance?.node ?? AXIOS_DEFAULTS);
      const evaluation = key === 'signal' ? evaluateSignal(node.right, true) : evaluateValue(node.right, 'axios', true);
      if (evaluation.status !== 'effective') reportBadDeadline(node, key, evaluation);
    }

    function hasDefaultsSet(request: HttpRequest): boolean {
      if (request.client !== 'axios') return false;
      if (defaultsSet.has(AXIOS_DEFAULTS)) return true;
      for (let instance = request.instance; instance !== undefined; instance = instance.parent) {
        if (defaultsSet.has(instance.node)) return true;
      }
      return false;
    }

    /** An instance made with a deadline (or with options the file cannot see into), or made from one. */
    function isInstanceTimed(instance: HttpClientInstance | undefined): boolean {
      if (instance === undefined) return false;
      const cached = instanceTimed.get(instance);
      if (cached !== undefined) return cached;
      const timed =
        instance.client === 'ky' ||
        instance.options.some((argument) => {
          if (argument.type === AST_NODE_TYPES.SpreadElement) return true;
          const object = getStaticObject(sourceCode, argument);
          return object === undefined || !object.complete || instance.deadlineKeys.some((key) => object.properties.has(key));
        }) ||
        isInstanceTimed(instance.parent);
      instanceTimed.set(instance, timed);
      return timed;
    }

    /**
     * Whether a node runs under a deadline set around it: an argument (at any depth, also inside a
     * callback) of a timeout wrapper, of `Promise.race` next to a timer, or of a `new Promise` whose
     * executor starts a timer. With `followCalls`, a named function also counts when the file calls
     * or passes it under such a deadline.
     */
    function isUnderTimeout(node: TSESTree.Node, followCalls: boolean): boolean {
      let child: TSESTree.Node = node;
      // `Program.parent` is `null` at runtime, whatever its type says.
      for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
        if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee !== child) {
          if (isTimeoutWrapper(parent) || isRaceWithTimer(parent, child)) return true;
        } else if (parent.type === AST_NODE_TYPES.NewExpression && parent.arguments[0] === child) {
          if (isPromiseWithTimer(parent)) return true;
        } else if (followCalls && isFunctionNode(parent) && isFunctionUnderTimeout(parent)) {
          return true;
        }
      }
      return false;
    }

    function isTimeoutWrapper(call: TSESTree.CallExpression): boolean {
      const path = getStaticPath(call.callee);
      if (path !== undefined) {
        const dotted = path.join('.');
        if (wrappers.some((wrapper) => dotted === wrapper || dotted.endsWith(`.${wrapper}`))) return true;
      }
      const origin = getOrigin(sourceCode, call.callee);
      if (origin?.type !== 'module') return false;
      // `import pTimeout from 'p-timeout'` under any name; `import { withTimeout as wt } from './timeouts'`.
      if (origin.source === P_TIMEOUT) return origin.path.length === 0 || origin.path[0] === 'default' || origin.path[0] === 'pTimeout';
      return wrappers.includes(origin.path.join('.'));
    }

    /** `Promise.race([request, delay(5_000)])`: another element settles after a while. */
    function isRaceWithTimer(call: TSESTree.CallExpression, argument: TSESTree.Node): boolean {
      if (call.arguments[0] !== argument || !isGlobalPath(call.callee, ['Promise', 'race'])) return false;
      const list = unwrapTSExpression(argument as TSESTree.Expression);
      if (list.type !== AST_NODE_TYPES.ArrayExpression) return false;
      return list.elements.some(
        (element) => element !== null && element.type !== AST_NODE_TYPES.SpreadElement && isTimerPromise(element),
      );
    }

    function isTimerPromise(node: TSESTree.Expression, followConst = true): boolean {
      let expression = unwrapTSExpression(node);
      while (
        expression.type === AST_NODE_TYPES.CallExpression &&
        expression.callee.type === AST_NODE_TYPES.MemberExpression &&
        PROMISE_CHAIN.has(getPropertyName(expression.callee) ?? '')
      ) {
        expression = unwrapTSExpression(expression.callee.object);
      }
      switch (expression.type) {
        case AST_NODE_TYPES.NewExpression:
          return isPromiseWithTimer(expression);
        case AST_NODE_TYPES.CallExpression:
          return TIMER_NAME.test(getStaticPath(expression.callee)?.at(-1) ?? '');
        case AST_NODE_TYPES.Identifier: {
          if (TIMER_NAME.test(expression.name)) return true;
          // `const expired = new Promise((_, reject) => setTimeout(reject, ms))`, raced further down.
          const init = followConst ? getConstInit(expression) : undefined;
          return init !== undefined && isTimerPromise(init, false);
        }
        default:
          return false;
      }
    }

    /** `new Promise((resolve, reject) => { setTimeout(reject, ms); ... })`. */
    function isPromiseWithTimer(node: TSESTree.NewExpression): boolean {
      const [executor] = node.arguments;
      if (executor === undefined || !isFunctionNode(executor) || !isGlobalPath(node.callee, ['Promise'])) return false;
      return sourceCode.getScope(executor).through.some((reference) => reference.identifier.name === 'setTimeout');
    }

    /** `const load = () => fetch(url); await pTimeout(load(), ...)`: a named function the file runs under a deadline. */
    function isFunctionUnderTimeout(node: FunctionNode): boolean {
      const cached = functionsUnderTimeout.get(node);
      if (cached !== undefined) return cached;
      functionsUnderTimeout.set(node, false);
      const variable = getFunctionVariable(node);
      const timed =
        variable?.references.some((reference) => !reference.init && isUnderTimeout(reference.identifier, false)) === true;
      functionsUnderTimeout.set(node, timed);
      return timed;
    }

    function getFunctionVariable(node: FunctionNode): TSESLint.Scope.Variable | undefined {
      if (node.type === AST_NODE_TYPES.FunctionDeclaration) {
        return node.id === null ? undefined : sourceCode.getDeclaredVariables(node).find((variable) => variable.name === node.id?.name);
      }
      const { parent } = node;
      if (parent.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== node || parent.id.type !== AST_NODE_TYPES.Identifier) {
        return undefined;
      }
      return sourceCode.getDeclaredVariables(parent)[0];
    }

    /**
     * A request whose promise or `ClientRequest` is kept and timed later: `const p = fetch(u)` raced
     * or wrapped further down, `http.get(u).setTimeout(5_000)`, `req.setTimeout(...)`, or a timer that
     * aborts it (`setTimeout(() => req.destroy(), 5_000)`).
     */
    function isResultTimed(request: HttpRequest): boolean {
      const isHttp = request.client === 'http';
      let node: TSESTree.Node = request.node;
      for (;;) {
        const parent: TSESTree.Node | undefined = node.parent;
        if (parent === undefined) return false;
        if (isTypeWrapper(parent)) {
          node = parent;
          continue;
        }
        if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== node) break;
        const call: TSESTree.Node = parent.parent;
        if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== parent) break;
        const method = getPropertyName(parent) ?? '';
        if (isHttp && method === 'setTimeout') return true;
        if (!PROMISE_CHAIN.has(method) && !(isHttp && REQUEST_CHAIN.has(method))) break;
        node = call;
      }
      const declarator = node.parent;
      if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== node) return false;
      const variable = sourceCode.getDeclaredVariables(declarator)[0];
      return (
        variable?.references.some((reference) => {
          if (reference.init === true) return false;
          const { identifier } = reference;
          if (isUnderTimeout(identifier, true)) return true;
          const member = identifier.parent;
          if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== identifier) return false;
          const method = getPropertyName(member) ?? '';
          return (isHttp && method === 'setTimeout') || (ABORT_METHODS.has(method) && isInTimerCallback(member));
        }) === true
      );
    }

    function isInTimerCallback(node: TSESTree.Node): boolean {
      let current: TSESTree.Node | undefined = node.parent;
      while (current && !isFunctionNode(current)) current = current.parent;
      const call = current?.parent;
      return (
        call?.type === AST_NODE_TYPES.CallExpression &&
        call.arguments[0] === current &&
        call.callee.type === AST_NODE_TYPES.Identifier &&
        call.callee.name === 'setTimeout'
      );
    }

    /** `fetch(request)` where `request` is a `Request`, which may carry its own signal. */
    function isOpaqueRequestInput(call: TSESTree.CallExpression): boolean {
      const [input] = call.arguments;
      if (input === undefined) return true;
      const expression = unwrapTSExpression(input as TSESTree.Expression);
      if (expression.type === AST_NODE_TYPES.NewExpression) return isGlobalPath(expression.callee, ['Request']);
      if (expression.type !== AST_NODE_TYPES.Identifier) return false;
      const variable = ASTUtils.findVariable(sourceCode.getScope(expression), expression);
      const definition = variable?.defs[0];
      const annotation = definition?.name.type === AST_NODE_TYPES.Identifier ? definition.name.typeAnnotation?.typeAnnotation : undefined;
      if (
        annotation?.type === AST_NODE_TYPES.TSTypeReference &&
        annotation.typeName.type === AST_NODE_TYPES.Identifier &&
        (annotation.typeName.name === 'Request' || annotation.typeName.name === 'RequestInfo')
      ) {
        return true;
      }
      const init = getConstInit(expression);
      return init?.type === AST_NODE_TYPES.NewExpression && isGlobalPath(init.callee, ['Request']);
    }

    function reportMissingTimeout(request: HttpRequest): void {
      const property = getTimeoutProperty(request);
      const fix = property === undefined ? undefined : buildAddTimeoutFix(request, property);
      context.report({
        node: request.node.callee,
        messageId: 'missingTimeout',
        data: { callee: request.callee, remedy: getRemedy(request) },
        suggest: fix === undefined || property === undefined ? [] : [{ messageId: 'addTimeout', data: { property }, fix }],
      });
    }

    function reportBadDeadline(node: TSESTree.Node, key: string, evaluation: BadEvaluation): void {
      if (reported.has(node)) return;
      reported.add(node);
      const deadline = describeDeadline(node, key);
      const suggest = buildUseDefaultSuggestion(evaluation);
      if (evaluation.status === 'disabled') {
        context.report({ node, messageId: 'disabledTimeout', data: { deadline, maxMs }, suggest });
      } else {
        context.report({ node, messageId: 'excessiveTimeout', data: { deadline, ms: evaluation.ms, maxMs }, suggest });
      }
    }

    function reportIgnoredTimeout(request: HttpRequest, property: TSESTree.Property): void {
      if (reported.has(property)) return;
      reported.add(property);
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      if (property.kind === 'init' && !property.method && !property.computed && !hasComments(property) && canUseAbortSignal(property)) {
        const replacement = `signal: AbortSignal.timeout(${sourceCode.getText(property.value)})`;
        suggest.push({
          messageId: 'replaceWithSignal',
          data: { property: replacement },
          fix: (fixer) => fixer.replaceText(property, replacement),
        });
      }
      context.report({ node: property, messageId: 'ignoredTimeoutOption', data: { callee: request.callee }, suggest });
    }

    function buildUseDefaultSuggestion(evaluation: BadEvaluation): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const { replace } = evaluation;
      if (replace === undefined) return [];
      if (evaluation.status === 'disabled' && evaluation.wrapInSignal) {
        if (!canUseAbortSignal(replace)) return [];
        return [
          {
            messageId: 'useDefaultTimeout',
            data: { ms: defaultMs },
            fix: (fixer) => fixer.replaceText(replace, `AbortSignal.timeout(${msText})`),
          },
        ];
      }
      return [{ messageId: 'useDefaultTimeout', data: { ms: defaultMs }, fix: (fixer) => fixer.replaceText(replace, msText) }];
    }

    /** The option that gives a request the default deadline, in the client's own terms. */
    function getTimeoutProperty(request: HttpRequest): string | undefined {
      const signal = canUseAbortSignal(request.node) ? `signal: AbortSignal.timeout(${msText})` : undefined;
      switch (request.client) {
        case 'axios':
          return `timeout: ${msText}`;
        case 'got':
          return `timeout: { request: ${msText} }`;
        case 'custom': {
          const [key = 'timeout'] = request.deadlineKeys;
          if (key === 'signal') return signal;
          return /^[$A-Z_a-z][\w$]*$/u.test(key) ? `${key}: ${msText}` : `${JSON.stringify(key)}: ${msText}`;
        }
        default:
          // fetch, undici, and node:http, where `timeout` only emits an event and aborts nothing.
          return signal;
      }
    }

    function getRemedy(request: HttpRequest): string {
      switch (request.client) {
        case 'axios':
          return 'a `timeout` option';
        case 'got':
          return '`timeout: { request: ms }`';
        case 'custom':
          return `a \`${request.deadlineKeys.join('` or `')}\` option`;
        default:
          return '`signal: AbortSignal.timeout(ms)`';
      }
    }

    function buildAddTimeoutFix(request: HttpRequest, property: string): TSESLint.ReportFixFunction | undefined {
      const { options: location } = request;
      if (location.type === 'absent') return buildInsertArgumentFix(sourceCode, request.node, location.index, `{ ${property} }`);
      if (location.type !== 'argument') return undefined;
      // Only an object literal written in the call takes the new key; a shared variable is left alone.
      const object = getStaticObject(sourceCode, location.node);
      return object?.literal === undefined ? undefined : buildAddPropertyFix(sourceCode, object.literal, property);
    }

    function describeDeadline(node: TSESTree.Node, key: string): string {
      const text = sourceCode.getText(node).replaceAll(/\s+/gu, ' ');
      return text.length <= 60 ? text : key;
    }

    function canUseAbortSignal(node: TSESTree.Node): boolean {
      return !isDeclaredInScope(sourceCode.getScope(node), 'AbortSignal');
    }

    function hasComments(node: TSESTree.Node): boolean {
      return sourceCode.getCommentsInside(node).length > 0;
    }

    function isGlobal(identifier: TSESTree.Identifier): boolean {
      return getOrigin(sourceCode, identifier)?.type === 'global';
    }

    function isGlobalPath(node: TSESTree.Node, path: readonly string[]): boolean {
      const origin = getOrigin(sourceCode, node);
      return origin?.type === 'global' && origin.path.length === path.length && origin.path.every((name, index) => name === path[index]);
    }

    function getConstInit(identifier: TSESTree.Identifier): TSESTree.Expression | undefined {
      const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
      const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (definition?.type !== 'Variable' || definition.parent.kind !== 'const' || definition.node.id !== definition.name) return undefined;
      return definition.node.init === null ? undefined : unwrapTSExpression(definition.node.init);
    }
  },
});

function isTypeWrapper(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.type === AST_NODE_TYPES.TSNonNullExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion ||
    node.type === AST_NODE_TYPES.ChainExpression
  );
}

/** `10000` → `10_000`, as a suggestion writes it. */
function formatMs(ms: number): string {
  return String(ms).replaceAll(/\B(?=(?:\d{3})+$)/gu, '_');
}
