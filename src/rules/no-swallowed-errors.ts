import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { FunctionNode } from '../util/index.js';
import {
  buildAppendToBlock,
  buildInsertAtBlockStart,
  compileUserPattern,
  createConfigCache,
  createRule,
  getCalleeName,
  getCommentsWithin,
  getFirstCommentFrom,
  getImportSource,
  getMethodCallSelector,
  getPropertyName,
  getRootIdentifier,
  getStaticPath,
  getUnusedName,
  hasCommentWithin,
  isDeclaredInScope,
  isFunctionNode,
  isGlobalReference,
  isWithin,
  mergeNames,
  stringListSchema,
  unwrapTSExpression,
} from '../util/index.js';

export type Options = [
  {
    loggers?: string[];
    errorReporters?: string[];
    metrics?: string[];
    commentPattern?: string;
    checkParseFallbacks?: boolean;
  },
];
export type MessageIds = 'logError' | 'rethrowError' | 'swallowedError' | 'swallowedErrorEvent' | 'swallowedRejection';

const DEFAULT_LOGGERS = ['logger', 'log'];
const DEFAULT_METRICS = ['metrics', 'statsd'];
const DEFAULT_ERROR_REPORTERS = ['Sentry.captureException', 'Sentry.captureMessage', 'captureException'];
/** `console` methods that print: a catch that prints something is not silent. */
const CONSOLE_METHODS = new Set(['debug', 'error', 'info', 'log', 'trace', 'warn']);
const LISTENER_METHODS = new Set(['addEventListener', 'addListener', 'on', 'once', 'prependListener', 'prependOnceListener']);
/** Calls that may register a rejection handler or an error listener. */
const HANDLER_CALL = getMethodCallSelector(['catch', 'then', ...LISTENER_METHODS]);
const PROCESS_ERROR_EVENTS = new Set(['uncaughtException', 'unhandledRejection']);
/** Schema libraries whose `.catch(fallback)` sets a default value instead of handling a rejection. */
const SCHEMA_MODULES = /^(?:zod(?:\/.*)?|yup|valibot|joi|superstruct|io-ts|@sinclair\/typebox|effect|@effect\/schema)$/u;
/** Global functions whose only failure is invalid input: a `try` around them asks "is this valid?". */
const PARSERS = new Set(['atob', 'BigInt', 'btoa', 'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'RegExp', 'URL']);
const PARSER_METHODS = new Set(['JSON.parse', 'Buffer.from', 'URL.parse']);
const ERROR_CONSTRUCTOR = /(?:Error|Exception)$/u;
/** Comments that configure a tool (an `eslint` config comment, `@ts-expect-error`) say nothing about the catch. */
const TOOL_DIRECTIVE = /^\s*(?:eslint(?:-env)?\s|globals?\s|exported\s|@ts-)/u;
/** What may stand between a catch or handler and a comment that closes its line: blanks, `)` and `;`, no line break. */
const CLOSING_PUNCTUATION = /^[^\S\n\r\u2028\u2029]*(?:[);][^\S\n\r\u2028\u2029]*)*$/u;
/** Methods that report a failure whatever object they sit on: `toast.error(...)`, `notifier.warn(...)`. */
const REPORTING_METHODS = new Set(['error', 'exception', 'fatal', 'warn', 'warning']);

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

type HandlerKind = { type: 'catch' } | { type: 'event'; event: string } | { type: 'rejection' };

/** The names and pattern a configuration gives the rule, derived once per configuration. */
const getConfig = createConfigCache((options: Options[0], settings) => ({
  // Object names match whatever their case: `logger`, `Logger`, `LOGGER`; `metrics`, `Metrics`.
  loggerObjects: new Set(
    [...mergeNames(DEFAULT_LOGGERS, settings.loggers, options.loggers), ...mergeNames(DEFAULT_METRICS, settings.metrics, options.metrics)].map(
      (name) => name.toLowerCase(),
    ),
  ),
  reporters: mergeNames(DEFAULT_ERROR_REPORTERS, settings.errorReporters, options.errorReporters),
  configuredLoggers: options.loggers ?? settings.loggers ?? [],
  commentPattern: options.commentPattern === undefined ? undefined : compileUserPattern(options.commentPattern, 'commentPattern'),
}));

export default createRule<Options, MessageIds>({
  name: 'no-swallowed-errors',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow catch clauses and error handlers that drop the error without a trace',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          loggers: stringListSchema(
            'Logger objects whose method calls count as handling the error; replaces `settings.reliability.loggers` (`logger`, `log` and `console` always count; names match in any case).',
          ),
          errorReporters: stringListSchema(
            'Functions, as dotted paths, that report an error; replaces `settings.reliability.errorReporters` (`Sentry.captureException` always counts).',
          ),
          metrics: stringListSchema(
            'Metrics objects whose method calls count as handling the error; replaces `settings.reliability.metrics` (`metrics` and `statsd` always count).',
          ),
          checkParseFallbacks: {
            type: 'boolean',
            description:
              'Also report a silent catch whose `try` block only parses (`JSON.parse`, `new URL`, `decodeURIComponent`, `schema.parse`): there the error is the answer to "is this valid?".',
          },
          commentPattern: {
            type: 'string',
            minLength: 1,
            description:
              'A regular expression that a comment must match to mark an empty handler as deliberate; by default any comment does.',
          },
        },
      },
    ],
    defaultOptions: [{ checkParseFallbacks: true }],
    messages: {
      swallowedError:
        'This catch drops the error without a trace. Rethrow it, log it, or say in a comment why it is safe to ignore.',
      swallowedRejection:
        'This rejection handler drops the error without a trace. Log it, rethrow it, or say in a comment why it is safe to ignore.',
      swallowedErrorEvent:
        "This `'{{event}}'` listener drops the error without a trace. Log it, or say in a comment why it is safe to ignore.",
      rethrowError: 'Rethrow the error.',
      logError: 'Log the error with `{{logger}}`.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const { loggerObjects, reporters, configuredLoggers, commentPattern } = getConfig(context, options);
    const checkParseFallbacks = options.checkParseFallbacks !== false;

    // Only catch clauses and calls that register a handler are listened to; what a catch or handler
    // does is read by walking its own subtree once it is found, so the rest of the file costs one
    // cheap test per call.
    return {
      CatchClause(node) {
        checkFrame(node, { type: 'catch' });
      },
      [HANDLER_CALL](node: TSESTree.CallExpression) {
        const { callee } = node;
        if (callee.type !== AST_NODE_TYPES.MemberExpression || node.arguments.length === 0) return;
        const method = getPropertyName(callee);
        if (method !== 'catch' && method !== 'then' && (method === undefined || !LISTENER_METHODS.has(method))) return;
        for (const argument of node.arguments) {
          if (isFunctionNode(argument)) {
            const kind = getHandlerKindOfArgument(node, argument);
            if (kind !== undefined) checkFrame(argument, kind);
          } else if (argument.type === AST_NODE_TYPES.Identifier || argument.type === AST_NODE_TYPES.MemberExpression) {
            checkHandlerReference(node, argument);
          }
        }
      },
    };

    function checkFrame(node: TSESTree.CatchClause | FunctionNode, kind: HandlerKind): void {
      if (isErrorUsed(node) || isObservable(node) || hasIgnoreComment(node)) return;
      if (node.type === AST_NODE_TYPES.CatchClause) {
        if (!checkParseFallbacks && onlyParses(node.parent.block)) return;
        reportCatch(node);
      } else {
        reportHandler(node, kind as Exclude<HandlerKind, { type: 'catch' }>);
      }
    }

    /**
     * Whether the failure leaves a trace: a logger, metrics or reporter call anywhere inside (nested
     * callbacks too), or, in the frame's own code (not in a nested function), a `throw`, a new error
     * or an error factory (`reject(new Error(...))`, `ctx.throw(400)`, `createError(502)`).
     */
    function isObservable(frame: TSESTree.CatchClause | FunctionNode): boolean {
      const pending: { node: TSESTree.Node; own: boolean }[] = [{ node: frame.body, own: true }];
      for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
        const { node, own } = item;
        switch (node.type) {
          case AST_NODE_TYPES.ThrowStatement:
            if (own) return true;
            break;
          case AST_NODE_TYPES.NewExpression:
            if (own && isErrorFactory(node.callee)) return true;
            break;
          case AST_NODE_TYPES.CallExpression:
            if (isLoggingCall(node) || (own && isThrowingCall(node))) return true;
            break;
          default:
            break;
        }
        pushChildren(pending, node, own && !isFunctionNode(node));
      }
      return false;
    }

    /** A `try` block that does nothing but parse: no await or yield, no call or `new` but parsers. */
    function onlyParses(block: TSESTree.BlockStatement): boolean {
      const pending: { node: TSESTree.Node; own: boolean }[] = [{ node: block, own: true }];
      for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
        const { node } = item;
        if (node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.YieldExpression) return false;
        if ((node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression) && !isParser(node)) return false;
        pushChildren(pending, node, true);
      }
      return true;
    }

    function pushChildren(pending: { node: TSESTree.Node; own: boolean }[], node: TSESTree.Node, own: boolean): void {
      for (const key of sourceCode.visitorKeys[node.type] ?? []) {
        const child = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(child)) {
          for (const element of child as unknown[]) if (isNode(element)) pending.push({ node: element, own });
        } else if (isNode(child)) {
          pending.push({ node: child, own });
        }
      }
    }

    /** `JSON.parse(text)`, `new URL(href)`, `decodeURIComponent(s)`, `Schema.parse(data)`, `Intl.DateTimeFormat(...)`. */
    function isParser(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
      const path = getStaticPath(node.callee);
      if (path === undefined) return false;
      const [root = ''] = path;
      if (path.length === 1) return PARSERS.has(root) && isGlobalRoot(node);
      if (path.at(-1) === 'parse' && path.length > 1 && root !== 'JSON') return true;
      return (PARSER_METHODS.has(path.join('.')) || root === 'Intl') && isGlobalRoot(node);
    }

    function getHandlerKindOfArgument(call: TSESTree.CallExpression, argument: TSESTree.Node): HandlerKind | undefined {
      const callee = call.callee;
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      const method = getPropertyName(callee);
      const [first, second] = call.arguments;
      if (method === 'catch') {
        return first === argument && !isSchemaChain(callee.object) ? { type: 'rejection' } : undefined;
      }
      if (method === 'then') {
        return second === argument ? { type: 'rejection' } : undefined;
      }
      if (method === undefined || !LISTENER_METHODS.has(method) || second !== argument) return undefined;
      if (first?.type !== AST_NODE_TYPES.Literal || typeof first.value !== 'string') return undefined;
      const event = first.value;
      if (event === 'error') return { type: 'event', event };
      const receiver = unwrapTSExpression(callee.object);
      return PROCESS_ERROR_EVENTS.has(event) &&
        receiver.type === AST_NODE_TYPES.Identifier &&
        receiver.name === 'process' &&
        isGlobalReference(sourceCode, receiver)
        ? { type: 'event', event }
        : undefined;
    }

    /** `.catch(noop)` and friends: a handler passed by name whose definition does nothing. */
    function checkHandlerReference(call: TSESTree.CallExpression, argument: TSESTree.Identifier | TSESTree.MemberExpression): void {
      if (!isNoop(argument)) return;
      const kind = getHandlerKindOfArgument(call, argument);
      if (kind === undefined) return;
      context.report({
        node: argument,
        ...(kind.type === 'event' ? { messageId: 'swallowedErrorEvent', data: { event: kind.event } } : { messageId: 'swallowedRejection' }),
      });
    }

    function isNoop(node: TSESTree.Identifier | TSESTree.MemberExpression): boolean {
      if (node.type === AST_NODE_TYPES.Identifier) {
        const definition = findDefinition(sourceCode.getScope(node), node.name);
        const declared = definition === undefined ? undefined : getDeclaredFunction(definition);
        if (declared !== undefined) return doesNothing(declared);
      }
      return getStaticPath(node)?.at(-1) === 'noop';
    }

    /** `function f() {}` or `const f = () => {}`: the function a name stands for, when the file says. */
    function getDeclaredFunction(definition: TSESLint.Scope.Definition): FunctionNode | undefined {
      const { node } = definition;
      if (node.type === AST_NODE_TYPES.FunctionDeclaration) return node;
      if (node.type !== AST_NODE_TYPES.VariableDeclarator || node.parent.kind !== 'const' || node.init === null) return undefined;
      return isFunctionNode(node.init) ? node.init : undefined;
    }

    function findDefinition(scope: TSESLint.Scope.Scope, name: string): TSESLint.Scope.Definition | undefined {
      for (let current: TSESLint.Scope.Scope | null = scope; current !== null; current = current.upper) {
        const variable = current.set.get(name);
        if (variable !== undefined) return variable.defs[0];
      }
      return undefined;
    }

    /** `() => {}`, `() => null`, `function () {}`: a body with no statement, call or comment. */
    function doesNothing(node: FunctionNode): boolean {
      if (hasCommentWithin(sourceCode, node.range)) return false;
      const { body } = node;
      if (body.type === AST_NODE_TYPES.BlockStatement) return body.body.length === 0;
      return (
        body.type === AST_NODE_TYPES.Literal ||
        (body.type === AST_NODE_TYPES.Identifier && body.name === 'undefined') ||
        (body.type === AST_NODE_TYPES.UnaryExpression && body.operator === 'void' && body.argument.type === AST_NODE_TYPES.Literal)
      );
    }

    /** zod's `schema.catch(fallback)` and the like: the chain starts at a schema library import. */
    function isSchemaChain(receiver: TSESTree.Expression): boolean {
      const root = getRootIdentifier(receiver);
      if (root === undefined) return false;
      const source = getImportSource(sourceCode, root) ?? getSchemaSourceOfLocal(root);
      return source !== undefined && SCHEMA_MODULES.test(source);
    }

    /** `const Schema = z.object(...)`, then `Schema.catch(...)`: follow one local constant. */
    function getSchemaSourceOfLocal(identifier: TSESTree.Identifier): string | undefined {
      const definition = findDefinition(sourceCode.getScope(identifier), identifier.name);
      if (definition?.node.type !== AST_NODE_TYPES.VariableDeclarator || definition.node.init === null) return undefined;
      const root = getRootIdentifier(definition.node.init);
      return root === undefined ? undefined : getImportSource(sourceCode, root);
    }

    /**
     * `ctx.throw(400)` (Koa), `InvalidRequestError('...')` and `createError(502)` (error factories):
     * the failure travels on.
     */
    function isThrowingCall(call: TSESTree.CallExpression): boolean {
      const { callee } = call;
      if (callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(callee) === 'throw') return true;
      return isErrorFactory(callee);
    }

    function isErrorFactory(callee: TSESTree.Expression): boolean {
      const name = getCalleeName(callee);
      return name !== undefined && ERROR_CONSTRUCTOR.test(name);
    }

    function isLoggingCall(call: TSESTree.CallExpression): boolean {
      const path = getStaticPath(call.callee);
      if (path === undefined) return false;
      const method = path.at(-1)!;
      if (path.length === 1) return loggerObjects.has(method.toLowerCase()) || reporters.includes(method);
      const objectName = path.at(-2)!;
      if (objectName === 'console') return path.length === 2 && CONSOLE_METHODS.has(method) && isGlobalRoot(call);
      if (loggerObjects.has(objectName.toLowerCase()) || REPORTING_METHODS.has(method)) return true;
      const dotted = path.join('.');
      return reporters.some((reporter) => dotted === reporter || dotted.endsWith(`.${reporter}`));
    }

    /** Whether the callee's root name (`console`, `JSON`, `URL`...) is the global, not a local. */
    function isGlobalRoot(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
      const root = getRootIdentifier(call.callee);
      return root !== undefined && isGlobalReference(sourceCode, root);
    }

    function isErrorUsed(node: TSESTree.CatchClause | FunctionNode): boolean {
      const binding = node.type === AST_NODE_TYPES.CatchClause ? node.param : node.params[0];
      if (binding === null || binding === undefined) return false;
      return sourceCode
        .getDeclaredVariables(node)
        .some(
          (variable) =>
            variable.defs.some((definition) => isWithin(definition.name, binding)) &&
            variable.references.some((reference) => !reference.init),
        );
    }

    function hasIgnoreComment(node: TSESTree.CatchClause | FunctionNode): boolean {
      const isIgnoreComment = (comment: TSESTree.Comment | undefined): boolean =>
        comment !== undefined && !TOOL_DIRECTIVE.test(comment.value) && (commentPattern === undefined || commentPattern.test(comment.value));
      return (
        getCommentsWithin(sourceCode, node.range).some(isIgnoreComment) ||
        isIgnoreComment(getTrailingComment(node)) ||
        getLeadingComments(node).some(isIgnoreComment)
      );
    }

    /**
     * A comment that sits just before the catch: between `}` and `catch`, or, for a handler, on the
     * lines right above the statement that registers it (`// best effort` over `p.catch(() => {});`).
     */
    function getLeadingComments(node: TSESTree.CatchClause | FunctionNode): TSESTree.Comment[] {
      if (node.type === AST_NODE_TYPES.CatchClause) return getCommentsWithin(sourceCode, [node.parent.block.range[1], node.range[0]]);
      const statement = getEnclosingStatement(node);
      if (statement === undefined) return [];
      const comments = sourceCode.getCommentsBefore(statement);
      const last = comments.at(-1);
      return last !== undefined && last.loc.end.line >= statement.loc.start.line - 1 ? comments : [];
    }

    /** The statement a handler's call belongs to, when the handler is not inside another function first. */
    function getEnclosingStatement(node: FunctionNode): TSESTree.Node | undefined {
      // The program's parent is `null`.
      for (let current: TSESTree.Node | null | undefined = node.parent; current !== undefined && current !== null; current = current.parent) {
        if (isFunctionNode(current)) return undefined;
        if (current.type === AST_NODE_TYPES.ExpressionStatement || current.type === AST_NODE_TYPES.VariableDeclaration || current.type === AST_NODE_TYPES.ReturnStatement) {
          return current;
        }
      }
      return undefined;
    }

    /**
     * `} catch {} // expected` and `p.catch(() => {}); // best effort`: a comment closing the same
     * line, with nothing but `)` and `;` between the node and the comment.
     */
    function getTrailingComment(node: TSESTree.Node): TSESTree.Comment | undefined {
      const comment = getFirstCommentFrom(sourceCode, node.range[1]);
      return comment !== undefined && CLOSING_PUNCTUATION.test(sourceCode.text.slice(node.range[1], comment.range[0])) ? comment : undefined;
    }

    function reportCatch(node: TSESTree.CatchClause): void {
      const catchToken = sourceCode.getFirstToken(node)!;
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      const binding = getOrCreateBinding(node);
      if (binding !== undefined) {
        const { name, fixes } = binding;
        const logger = getLoggerCall(node);
        if (logger !== undefined) {
          const insert = buildInsertAtBlockStart(sourceCode, node.body, `${logger}(${name});`);
          suggest.push({ messageId: 'logError', data: { logger }, fix: (fixer) => [...fixes(fixer), insert(fixer)] });
        }
        if (!endsWithJump(node.body)) {
          const append = buildAppendToBlock(sourceCode, node.body, `throw ${name};`);
          suggest.push({ messageId: 'rethrowError', fix: (fixer) => [...fixes(fixer), append(fixer)] });
        }
      }
      context.report({ loc: catchToken.loc, messageId: 'swallowedError', suggest });
    }

    function reportHandler(node: FunctionNode, kind: Exclude<HandlerKind, { type: 'catch' }>): void {
      const logger = getLoggerCall(node);
      const fix = logger === undefined ? undefined : buildLogInHandlerFix(node, logger);
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] =
        fix === undefined ? [] : [{ messageId: 'logError', data: { logger: logger! }, fix }];
      context.report({
        node,
        ...(kind.type === 'event'
          ? { messageId: 'swallowedErrorEvent', data: { event: kind.event } }
          : { messageId: 'swallowedRejection' }),
        suggest,
      });
    }

    /** The catch's own binding, or a fresh `error` binding that shadows nothing. */
    function getOrCreateBinding(
      node: TSESTree.CatchClause,
    ): { name: string; fixes: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[] } | undefined {
      if (node.param !== null) {
        return node.param.type === AST_NODE_TYPES.Identifier ? { name: node.param.name, fixes: () => [] } : undefined;
      }
      const name = getUnusedName(sourceCode, sourceCode.getScope(node), ['error', 'err', 'caughtError']);
      const catchToken = sourceCode.getFirstToken(node)!;
      return { name, fixes: (fixer) => [fixer.insertTextAfter(catchToken, ` (${name})`)] };
    }

    function buildLogInHandlerFix(node: FunctionNode, logger: string): TSESLint.ReportFixFunction | undefined {
      const [first] = node.params;
      let name: string;
      let addParameter: ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined;
      if (first === undefined) {
        const parens = getEmptyParameterParens(node);
        name = getUnusedName(sourceCode, sourceCode.getScope(node), ['error', 'err', 'caughtError']);
        addParameter = (fixer) => fixer.replaceTextRange([parens[0].range[0], parens[1].range[1]], `(${name})`);
      } else if (first.type === AST_NODE_TYPES.Identifier) {
        name = first.name;
      } else {
        return undefined;
      }
      const statement = `${logger}(${name});`;
      const { body } = node;
      if (body.type === AST_NODE_TYPES.BlockStatement) {
        const insert = buildInsertAtBlockStart(sourceCode, body, statement);
        return (fixer) => (addParameter === undefined ? [insert(fixer)] : [addParameter(fixer), insert(fixer)]);
      }
      // `() => value` becomes `(error) => { log(error); return value; }`, keeping any parentheses of the
      // value. A comment in there could end the `return` line early: no suggestion then.
      if (hasCommentWithin(sourceCode, node.range)) return undefined;
      const arrow = sourceCode.getTokenBefore(body, (token) => token.value === '=>')!;
      const last = sourceCode.getLastToken(node)!;
      const valueText = sourceCode.text.slice(arrow.range[1], last.range[1]).trim();
      return (fixer) => {
        const edits = [fixer.replaceTextRange([arrow.range[1], last.range[1]], ` { ${statement} return ${valueText}; }`)];
        return addParameter === undefined ? edits : [addParameter(fixer), ...edits];
      };
    }

    /** The `(` and `)` of a function without parameters (such a function always has both). */
    function getEmptyParameterParens(node: FunctionNode): [TSESTree.Token, TSESTree.Token] {
      const isOpenParen = (token: TSESTree.Token): boolean => token.value === '(';
      const start = node.typeParameters ?? node.id;
      const open = (start === null || start === undefined
        ? sourceCode.getFirstToken(node, { filter: isOpenParen })
        : sourceCode.getTokenAfter(start, { filter: isOpenParen }))!;
      return [open, sourceCode.getTokenAfter(open)!];
    }

    /** `logger.error` when a configured logger is visible here, else the global `console.error`. */
    function getLoggerCall(node: TSESTree.Node): string | undefined {
      const scope = sourceCode.getScope(node);
      const logger = [...configuredLoggers, 'logger'].find((name) => isDeclaredInScope(scope, name));
      if (logger !== undefined) return `${logger}.error`;
      return isDeclaredInScope(scope, 'console') ? undefined : 'console.error';
    }
  },
});

function endsWithJump(block: TSESTree.BlockStatement): boolean {
  const last = block.body.at(-1);
  return (
    last?.type === AST_NODE_TYPES.ReturnStatement ||
    last?.type === AST_NODE_TYPES.ThrowStatement ||
    last?.type === AST_NODE_TYPES.BreakStatement ||
    last?.type === AST_NODE_TYPES.ContinueStatement
  );
}
