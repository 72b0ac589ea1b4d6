import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { readdirSync } from 'node:fs';
import path from 'node:path';

import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import type { AppObject, FunctionNode, MetricsWrapper, ModuleMatcher, RequestHandler } from '../util/index.js';
import {
  buildAddImportFix,
  buildWrapInCall,
  compileModulePattern,
  createConfigCache,
  createRule,
  getHandlerRecognition,
  getImportBinding,
  getPropertyName,
  getRequiredModule,
  getRootIdentifier,
  getSettings,
  getStaticPath,
  isDeclaredInScope,
  isFunctionNode,
  isWithin,
  mergeNames,
  resolveHandlerFunction,
  stringListSchema,
  unwrapTSExpression,
} from '../util/index.js';

export type Options = [
  {
    scope?: 'app' | 'handler';
    metricsMiddleware?: string[];
    metricsWrappers?: MetricsWrapper[];
    metricsDecorators?: string[];
    instrumentationModules?: string[];
  },
];
export type MessageIds = 'unmeasuredApp' | 'unmeasuredEntryPoint' | 'unmeasuredHandler' | 'wrapWithMetrics';

type Status = 'measured' | 'unknown' | 'unmeasured';

/** Metrics objects whose every method call records a metric, as in `no-swallowed-errors`; `settings.reliability.metrics` adds more. */
const DEFAULT_METRICS_OBJECTS = ['metrics', 'statsd'];
/**
 * Modules whose import instruments every request of the process: APM agents and OpenTelemetry
 * SDKs and auto-instrumentation. `@opentelemetry/instrumentation-*` counts too.
 */
const INSTRUMENTATION_MODULES = [
  '@azure/monitor-opentelemetry',
  '@google-cloud/trace-agent',
  '@honeycombio/opentelemetry-node',
  '@opentelemetry/auto-instrumentations-node',
  '@opentelemetry/sdk-node',
  '@sentry/aws-serverless',
  '@sentry/bun',
  '@sentry/nestjs',
  '@sentry/nextjs',
  '@sentry/node',
  '@splunk/otel',
  '@vercel/otel',
  'applicationinsights',
  'dd-trace',
  'elastic-apm-node',
  'newrelic',
];
const OPENTELEMETRY_INSTRUMENTATION = /^@opentelemetry\/(?:auto-)?instrumentations?-/u;
/** Handler wrappers known to add nothing but error forwarding: the handler inside them is what runs. */
const TRANSPARENT_WRAPPER_MODULES = new Set(['express-async-handler']);

/** Calls that start a timer or a span on any receiver: prom-client, OpenTelemetry, Sentry. */
const TIMER_METHODS = new Set(['startActiveSpan', 'startInactiveSpan', 'startSpan', 'startTimer']);
/** Calls that record a duration on any receiver: StatsD/Datadog clients, prom-client histograms. */
const TIMING_METHODS = new Set(['asyncDistTimer', 'asyncTimer', 'distribution', 'histogram', 'observe', 'timer', 'timing']);
/** App methods whose arguments apply to every request of the app. */
const MIDDLEWARE_METHODS = new Set(['addHook', 'register', 'use', 'useGlobalInterceptors']);
/** Parts of a name that say it measures: `promBundle`, `MetricsInterceptor`, `withTracing`, `fastify-metrics`, `./otel`. */
const MEASURING_FRAGMENT = /metric|prometheus|telemetry|statsd|datadog|newrelic|tracing|instrument|histogram/iu;
const MEASURING_WORDS = new Set(['apm', 'measure', 'measured', 'otel', 'prom', 'span', 'spans', 'timed', 'timer', 'timing', 'trace', 'traced', 'tracer']);
const TRACER_NAME = /tracer$/iu;
/**
 * A module that instruments the whole process when it is preloaded or registered by the framework:
 * Next.js's `instrumentation.ts` (also `instrumentation.node.ts`), a `tracing.ts` or `otel.js` run
 * with `node --import`.
 */
const INSTRUMENTATION_FILE = /^(?:instrumentation|instrument|tracing|telemetry|otel|opentelemetry)(?:\.(?:node|server))?\.[cm]?[jt]s$/u;
/** How many directories above the file are searched for one, at most; the search stops at the package root. */
const MAX_PACKAGE_DEPTH = 12;

const FRAMEWORK_NAMES: Readonly<Record<AppObject['framework'], string>> = {
  custom: 'HTTP',
  express: 'Express',
  fastify: 'Fastify',
  hono: 'Hono',
  koa: 'Koa',
  lambda: 'Lambda',
  nest: 'NestJS',
  next: 'Next.js',
};
/** What the message proposes when the team has named no middleware of its own. */
const MIDDLEWARE_HINTS: Readonly<Record<AppObject['framework'], string>> = {
  custom: '@opentelemetry/instrumentation-http',
  express: 'express-prom-bundle',
  fastify: 'fastify-metrics',
  hono: '@hono/prometheus',
  koa: '@opentelemetry/instrumentation-koa',
  lambda: '@opentelemetry/instrumentation-http',
  nest: 'app.useGlobalInterceptors(new MetricsInterceptor())',
  next: '@opentelemetry/instrumentation-http',
};

const MAX_DEPTH = 4;

/** The names and patterns a configuration gives the rule, derived once per configuration. */
const getConfig = createConfigCache((options: Options[0], settings) => {
  const wrappers = options.metricsWrappers ?? settings.metricsWrappers ?? [];
  return {
    middlewareNames: new Set(mergeNames([], settings.metricsMiddleware, options.metricsMiddleware)),
    wrappers,
    wrapperNames: new Set(wrappers.map((wrapper) => (typeof wrapper === 'string' ? wrapper : wrapper.name))),
    decoratorNames: new Set(mergeNames([], settings.metricsDecorators, options.metricsDecorators)),
    metricsObjects: new Set(mergeNames(DEFAULT_METRICS_OBJECTS, settings.metrics, undefined)),
    instrumentationPatterns: (options.instrumentationModules ?? settings.instrumentationModules ?? []).map((pattern) =>
      compileModulePattern(pattern),
    ),
  };
});

export default createRule<Options, MessageIds>({
  name: 'require-handler-metrics',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require latency and error metrics for every HTTP app and request handler',
      recommended: 'recommended',
      strictOptions: [{ scope: 'handler' }],
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          scope: {
            type: 'string',
            enum: ['app', 'handler'],
            description:
              '`app`: report apps whose file registers no metrics, and stand-alone entry points. `handler`: also report each route and controller handler that is not measured on its own or by an app of the same file.',
          },
          metricsMiddleware: stringListSchema(
            'Middleware, plugins and interceptors, as names or dotted paths, that measure every request of an app; replaces `settings.reliability.metricsMiddleware`.',
          ),
          metricsWrappers: {
            type: 'array',
            items: {
              oneOf: [
                { type: 'string', minLength: 1 },
                // `{ name, module }`: both non-empty strings, no other key.
                {
                  type: 'object',
                  required: ['name', 'module'],
                  patternProperties: { '^(?:name|module)$': { type: 'string', minLength: 1 } },
                  additionalProperties: false,
                },
              ],
            },
            description:
              'Functions that wrap a handler in latency and error metrics, as names or `{ name, module }`; the first is what the suggestion wraps with. Replaces `settings.reliability.metricsWrappers`.',
          },
          metricsDecorators: stringListSchema(
            'Decorators that measure the method or class they decorate; replaces `settings.reliability.metricsDecorators`.',
          ),
          instrumentationModules: stringListSchema(
            'Modules (exact, or globs with `*` and `**`) whose import instruments the whole process; replaces `settings.reliability.instrumentationModules`.',
          ),
        },
      },
    ],
    defaultOptions: [{ scope: 'app' }],
    messages: {
      unmeasuredApp:
        'This {{framework}} app is not measured: this file registers no metrics middleware, plugin, interceptor or instrumentation for it. Register one, such as `{{middleware}}`.',
      unmeasuredEntryPoint:
        'Entry point `{{name}}` records no latency or error metrics. Wrap it in a metrics wrapper, or start a timer or span in it.',
      unmeasuredHandler:
        'Handler `{{route}}` records no latency or error metrics, and no app in this file measures it. Wrap it in a metrics wrapper, or start a timer or span in it.',
      wrapWithMetrics: 'Wrap it in `{{wrapper}}`.',
    },
  },
  create(context, [options]) {
    const recognition = getHandlerRecognition(context);
    if (recognition.isTestFile) return {};
    const checkHandlers = options.scope === 'handler';
    const rootApps = recognition.apps.filter(isRootApp);
    const entryPoints = recognition.handlers.filter((handler) => handler.kind === 'entry');
    const routeHandlers = checkHandlers ? recognition.handlers.filter((handler) => handler.kind !== 'entry') : [];
    if (rootApps.length === 0 && entryPoints.length === 0 && routeHandlers.length === 0) return {};

    const { sourceCode } = context;
    const { middlewareNames, wrappers, wrapperNames, decoratorNames, metricsObjects, instrumentationPatterns } = getConfig(context, options);
    const [firstMiddleware] = middlewareNames;

    /** Functions that start a timer or span, or record a metric, somewhere in their body. */
    const measuringFunctions = new Set<TSESTree.Node>();
    const statuses = new Map<AppObject, Status>();

    return {
      CallExpression(node) {
        if (isMeasuringCall(node)) markEnclosingFunctions(node);
      },
      'Program:exit'() {
        if (isFileInstrumented()) return;
        const apps = rootApps.filter((object) => getAppStatus(object) === 'unmeasured');
        const entries = entryPoints.filter((handler) => getOwnStatus(handler) === 'unmeasured');
        const routes = routeHandlers.filter(
          (handler) =>
            getOwnStatus(handler) === 'unmeasured' && (handler.owner === undefined || getAppStatus(handler.owner) === 'unmeasured'),
        );
        // The disk is read last, and only when there is something to report.
        if (apps.length + entries.length + routes.length === 0 || hasInstrumentationModule(context.physicalFilename, context.cwd)) return;
        for (const object of apps) reportApp(object);
        for (const handler of entries) reportHandler(handler, 'unmeasuredEntryPoint');
        for (const handler of routes) reportHandler(handler, 'unmeasuredHandler');
      },
    };

    // -----------------------------------------------------------------------------------------
    // What measures

    function isMeasuringCall(call: TSESTree.CallExpression): boolean {
      const callee = unwrapTSExpression(call.callee);
      if (callee.type === AST_NODE_TYPES.Identifier) return isMeasuringName([callee.name], wrapperNames);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
      const method = getPropertyName(callee);
      if (method === undefined) return false;
      if (TIMER_METHODS.has(method) || TIMING_METHODS.has(method)) return true;
      const receiverPath = getStaticPath(callee.object);
      const receiver = receiverPath?.at(-1);
      if (receiverPath === undefined || receiver === undefined) return false;
      // `metrics.increment(...)`, `this.metrics.timer(...)`, `prom.requests.inc(...)`
      if (receiverPath.some((segment) => metricsObjects.has(segment))) return true;
      // dd-trace: `tracer.trace('web.request', () => ...)`, `tracer.wrap('name', fn)`
      return (method === 'trace' || method === 'wrap') && TRACER_NAME.test(receiver);
    }

    function markEnclosingFunctions(node: TSESTree.Node): void {
      for (let current = node.parent; current; current = current.parent) {
        if (isFunctionNode(current)) {
          if (measuringFunctions.has(current)) return;
          measuringFunctions.add(current);
        }
      }
    }

    /** A name or dotted path that a team configured, or whose words say it measures. */
    function isMeasuringName(path: readonly string[], configured: ReadonlySet<string>): boolean {
      const dotted = path.join('.');
      for (const name of configured) {
        if (dotted === name || dotted.endsWith(`.${name}`)) return true;
      }
      return path.some((segment) => segment !== 'this' && hasMeasuringWord(segment));
    }

    function isMeasuringModule(source: string): boolean {
      return hasMeasuringWord(source) || isInstrumentationModule(source);
    }

    function isInstrumentationModule(source: string): boolean {
      return (
        INSTRUMENTATION_MODULES.some((name) => source === name || source.startsWith(`${name}/`)) ||
        OPENTELEMETRY_INSTRUMENTATION.test(source) ||
        instrumentationPatterns.some((matches) => matches(source, context.filename, context.cwd))
      );
    }

    /**
     * The file loads process-wide instrumentation: any import of an APM agent or OpenTelemetry SDK
     * (or a configured module), or a side-effect import of a module named for it (`import './tracing'`).
     */
    function isFileInstrumented(): boolean {
      for (const statement of sourceCode.ast.body) {
        const found = getModuleOfStatement(statement);
        if (found === undefined) continue;
        if (isInstrumentationModule(found.source) || (found.sideEffect && hasMeasuringWord(found.source))) return true;
      }
      return false;
    }

    function getModuleOfStatement(statement: TSESTree.ProgramStatement): { source: string; sideEffect: boolean } | undefined {
      if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
        if (statement.importKind === 'type') return undefined;
        return { source: statement.source.value, sideEffect: statement.specifiers.length === 0 };
      }
      if (statement.type === AST_NODE_TYPES.ExpressionStatement) {
        const source = getRequiredModule(sourceCode, statement.expression);
        return source === undefined ? undefined : { source, sideEffect: true };
      }
      if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
        for (const declarator of statement.declarations) {
          let init = declarator.init;
          while (init?.type === AST_NODE_TYPES.MemberExpression) init = init.object;
          const source = init === null || init === undefined ? undefined : getRequiredModule(sourceCode, init);
          if (source !== undefined) return { source, sideEffect: false };
        }
      }
      return undefined;
    }

    /** Middleware, a plugin or an interceptor that measures: by name, by module, or by a body that measures. */
    function isMeasuringMiddleware(node: TSESTree.Node, depth = 0): boolean {
      if (depth > MAX_DEPTH || node.type === AST_NODE_TYPES.SpreadElement) return false;
      const expression = unwrapTSExpression(node as TSESTree.Expression);
      switch (expression.type) {
        case AST_NODE_TYPES.ArrowFunctionExpression:
        case AST_NODE_TYPES.FunctionExpression:
          return measuringFunctions.has(expression);
        case AST_NODE_TYPES.Identifier: {
          if (isMeasuringName([expression.name], middlewareNames) || isFromMeasuringModule(expression)) return true;
          const resolved = resolveHandlerFunction(sourceCode, expression);
          if (resolved.function !== undefined && measuringFunctions.has(resolved.function)) return true;
          return resolved.wrappers.some((call) => isMeasuringMiddleware(call, depth + 1));
        }
        case AST_NODE_TYPES.MemberExpression: {
          const path = getStaticPath(expression);
          return (path !== undefined && isMeasuringName(path, middlewareNames)) || isFromMeasuringModule(expression);
        }
        case AST_NODE_TYPES.CallExpression:
        case AST_NODE_TYPES.NewExpression: {
          const required = expression.type === AST_NODE_TYPES.CallExpression ? getRequiredModule(sourceCode, expression) : undefined;
          if (required !== undefined) return isMeasuringModule(required);
          const path = getStaticPath(expression.callee);
          if ((path !== undefined && isMeasuringName(path, middlewareNames)) || isFromMeasuringModule(expression.callee)) return true;
          return expression.arguments.some((argument) => isMeasuringMiddleware(argument, depth + 1));
        }
        case AST_NODE_TYPES.ArrayExpression:
          return expression.elements.some((element) => element !== null && isMeasuringMiddleware(element, depth + 1));
        case AST_NODE_TYPES.AwaitExpression:
          return isMeasuringMiddleware(expression.argument, depth + 1);
        case AST_NODE_TYPES.ImportExpression:
          return expression.source.type === AST_NODE_TYPES.Literal && typeof expression.source.value === 'string'
            ? isMeasuringModule(expression.source.value)
            : false;
        case AST_NODE_TYPES.ObjectExpression:
          // `{ provide: APP_INTERCEPTOR, useClass: MetricsInterceptor }`
          return expression.properties.some(
            (property) => property.type === AST_NODE_TYPES.Property && isMeasuringMiddleware(property.value, depth + 1),
          );
        default:
          return false;
      }
    }

    /** `promBundle` from `express-prom-bundle`, `prometheus` from `@hono/prometheus`: the module says it measures. */
    function isFromMeasuringModule(node: TSESTree.Node): boolean {
      const root = getRootIdentifier(node);
      const binding = root === undefined ? undefined : getImportBinding(sourceCode, root);
      return binding !== undefined && isMeasuringModule(binding.source);
    }

    function isMeasuringDecorator(decorator: TSESTree.Decorator): boolean {
      const expression = decorator.expression;
      const callee = expression.type === AST_NODE_TYPES.CallExpression ? expression.callee : expression;
      const path = getStaticPath(callee);
      if (path === undefined) return false;
      if (path.at(-1) === 'UseInterceptors' && expression.type === AST_NODE_TYPES.CallExpression) {
        return expression.arguments.some((argument) => isMeasuringMiddleware(argument));
      }
      return isMeasuringName(path, decoratorNames);
    }

    function isMeasuringWrapper(call: TSESTree.CallExpression): boolean {
      const path = getStaticPath(call.callee);
      return path !== undefined && isMeasuringName(path, wrapperNames);
    }

    function isTransparentWrapper(call: TSESTree.CallExpression): boolean {
      const root = getRootIdentifier(call.callee);
      const binding = root === undefined ? undefined : getImportBinding(sourceCode, root);
      return binding !== undefined && TRANSPARENT_WRAPPER_MODULES.has(binding.source);
    }

    // -----------------------------------------------------------------------------------------
    // Apps and handlers

    /**
     * `measured` when the app, or an app it is mounted on, registers measuring middleware in this
     * file; `unknown` when it leaves the file's sight (handed to a function the file does not show,
     * stored away, or given a whole-app plugin from elsewhere); else `unmeasured`.
     */
    function getAppStatus(object: AppObject): Status {
      const cached = statuses.get(object);
      if (cached !== undefined) return cached;
      // Guards against a cycle of mounts: an app being decided counts as unmeasured.
      statuses.set(object, 'unmeasured');
      const status = computeAppStatus(object);
      statuses.set(object, status);
      return status;
    }

    function computeAppStatus(object: AppObject): Status {
      let unknown = object.escapes;
      if (object.created && isCreatedByMeasuringFactory(object.node)) return 'measured';
      for (const call of object.calls) {
        const method = call.callee.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(call.callee) : undefined;
        if (method === undefined || !MIDDLEWARE_METHODS.has(method)) continue;
        const args = method === 'addHook' ? call.arguments.slice(1) : call.arguments;
        if (args.some((argument) => isMeasuringMiddleware(argument))) return 'measured';
        // `app.use(...middlewares)`: a list the file does not show.
        if (args.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) unknown = true;
        if (method === 'register' && isWholeAppPlugin(call.arguments[0])) unknown = true;
      }
      for (const call of object.passedTo) {
        const path = getStaticPath(call.callee);
        if (path !== undefined && isMeasuringName(path, middlewareNames)) return 'measured';
        unknown = true;
      }
      if (object.framework === 'nest') {
        // The root module decides the global interceptors (`APP_INTERCEPTOR`): only one declared here can be read.
        const rootModule = getLocalNestModule(object.node);
        if (rootModule === undefined) unknown = true;
        else if (isNestModuleMeasured(rootModule)) return 'measured';
      }
      if (object.parent !== undefined) {
        const parent = getAppStatus(object.parent);
        if (parent !== 'unmeasured') return parent;
      }
      return unknown ? 'unknown' : 'unmeasured';
    }

    /** `createMeasuredApp()` from `appFactories`, when the factory's name is also configured as metrics middleware. */
    function isCreatedByMeasuringFactory(node: TSESTree.Node): boolean {
      if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return false;
      const path = getStaticPath(node.callee);
      return path !== undefined && [...middlewareNames].some((name) => path.join('.') === name);
    }

    /** `fastify.register(fp(app))` or `fastify.register(autoload, ...)`: a whole application of plugins the file does not show. */
    function isWholeAppPlugin(node: TSESTree.Node | undefined): boolean {
      if (node === undefined || node.type === AST_NODE_TYPES.SpreadElement) return false;
      const expression = unwrapTSExpression(node as TSESTree.Expression);
      const root = getRootIdentifier(expression.type === AST_NODE_TYPES.CallExpression ? expression.callee : expression);
      const source = root === undefined ? undefined : getImportBinding(sourceCode, root)?.source;
      return source === 'fastify-plugin' || source === '@fastify/autoload';
    }

    /** The class of `NestFactory.create(AppModule)` when this file declares it. */
    function getLocalNestModule(node: TSESTree.Node): TSESTree.ClassDeclaration | TSESTree.ClassExpression | undefined {
      if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const [moduleArgument] = node.arguments;
      if (moduleArgument?.type !== AST_NODE_TYPES.Identifier) return undefined;
      const definition = ASTUtils.findVariable(sourceCode.getScope(moduleArgument), moduleArgument)?.defs[0];
      return definition?.type === 'ClassName' ? definition.node : undefined;
    }

    /** `@Module({ imports: [PrometheusModule.register()] })`, `@Module({ providers: [{ provide: APP_INTERCEPTOR, useClass: MetricsInterceptor }] })`. */
    function isNestModuleMeasured(classNode: TSESTree.ClassDeclaration | TSESTree.ClassExpression): boolean {
      return classNode.decorators.some((decorator) => {
        const call = decorator.expression;
        if (call.type !== AST_NODE_TYPES.CallExpression || getStaticPath(call.callee)?.at(-1) !== 'Module') return false;
        const [metadata] = call.arguments;
        if (metadata?.type !== AST_NODE_TYPES.ObjectExpression) return false;
        return metadata.properties.some(
          (property) =>
            property.type === AST_NODE_TYPES.Property &&
            property.key.type === AST_NODE_TYPES.Identifier &&
            (property.key.name === 'imports' || property.key.name === 'providers') &&
            isMeasuringMiddleware(property.value),
        );
      });
    }

    /** A handler's own measuring: a wrapper, route middleware, a decorator, or a timer or span in its body. */
    function getOwnStatus(handler: RequestHandler): Status {
      if (handler.wrappers.some((call) => isMeasuringWrapper(call))) return 'measured';
      // A wrapper the rule does not know may well measure: the file does not say.
      if (!handler.wrappers.every((call) => isTransparentWrapper(call))) return 'unknown';
      if (handler.middleware.some((node) => isMeasuringMiddleware(node))) return 'measured';
      if (handler.decorators.some((decorator) => isMeasuringDecorator(decorator))) return 'measured';
      if (handler.function === undefined) return 'unknown';
      return measuringFunctions.has(handler.function) ? 'measured' : 'unmeasured';
    }

    // -----------------------------------------------------------------------------------------
    // Reports

    function reportApp(object: AppObject): void {
      const middleware = firstMiddleware ?? MIDDLEWARE_HINTS[object.framework];
      context.report({
        node: object.node,
        messageId: 'unmeasuredApp',
        data: { framework: FRAMEWORK_NAMES[object.framework], middleware },
      });
    }

    function reportHandler(handler: RequestHandler, messageId: 'unmeasuredEntryPoint' | 'unmeasuredHandler'): void {
      const wrap = buildWrapSuggestion(handler);
      const data = messageId === 'unmeasuredEntryPoint' ? { name: handler.label } : { route: handler.label };
      const target = getReportTarget(handler);
      context.report({
        ...('type' in target ? { node: target } : { loc: target }),
        messageId,
        data,
        suggest: wrap === undefined ? [] : [{ messageId: 'wrapWithMetrics', data: { wrapper: wrap.wrapper }, fix: wrap.fix }],
      });
    }

    /** The exported name of an entry point, the signature of an inline handler, else the handler as written. */
    function getReportTarget(handler: RequestHandler): TSESTree.Node | TSESTree.SourceLocation {
      const { node } = handler;
      const { parent } = node;
      if (node.type === AST_NODE_TYPES.FunctionDeclaration && node.id !== null) return node.id;
      if (handler.kind === 'entry') {
        if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node) return getNameLoc(parent.id);
        if (parent?.type === AST_NODE_TYPES.ExportSpecifier) return parent;
        if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === node) return parent.left;
      }
      // An inline function, also inside a wrapper (`asyncHandler(async (req, res) => ...)`): its signature.
      const fn = handler.function;
      return fn !== undefined && isWithin(fn, node) ? getSignatureLoc(fn) : node;
    }

    /** The name alone, without its type annotation: `handler` of `handler: Handler`. */
    function getNameLoc(id: TSESTree.BindingName): TSESTree.Node | TSESTree.SourceLocation {
      if (id.type !== AST_NODE_TYPES.Identifier || id.typeAnnotation === undefined) return id;
      const token = sourceCode.getFirstToken(id);
      return token === null ? id : token.loc;
    }

    /** `async (req, res) =>`, `function handler(req, res)`: from the start of the function to its body. */
    function getSignatureLoc(fn: FunctionNode): TSESTree.SourceLocation {
      const beforeBody = sourceCode.getTokenBefore(fn.body);
      return { start: fn.loc.start, end: beforeBody?.loc.end ?? fn.loc.end };
    }

    // -----------------------------------------------------------------------------------------
    // Suggestion

    function buildWrapSuggestion(handler: RequestHandler): { wrapper: string; fix: TSESLint.ReportFixFunction } | undefined {
      if (handler.kind === 'controller') return undefined;
      const { node } = handler;
      const [first] = wrappers;
      if (first === undefined) return undefined;
      const wrapper = typeof first === 'string' ? first : first.name;
      const root = wrapper.split('.')[0] ?? wrapper;
      const addImport = getImportFix(node, root, typeof first === 'string' ? undefined : first.module);
      if (addImport === null) return undefined;
      const wrap = buildWrapEdits(node, wrapper);
      if (wrap === undefined) return undefined;
      return {
        wrapper,
        fix: (fixer) => (addImport === undefined ? wrap(fixer) : [addImport(fixer), ...wrap(fixer)]),
      };
    }

    /**
     * `undefined` when `name` is already visible where the handler is; an import edit when the module
     * is configured and the new binding captures nothing; `null` when no safe edit exists.
     */
    function getImportFix(
      node: TSESTree.Node,
      name: string,
      moduleName: string | undefined,
    ): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | null | undefined {
      if (isDeclaredInScope(sourceCode.getScope(node), name)) return undefined;
      if (moduleName === undefined) return null;
      const globalScope = sourceCode.getScope(sourceCode.ast);
      const moduleScope = globalScope.childScopes.find((scope) => scope.type === 'module') ?? globalScope;
      if (moduleScope.set.has(name) || globalScope.through.some((reference) => reference.identifier.name === name)) return null;
      return buildAddImportFix(sourceCode, moduleName, name);
    }

    function buildWrapEdits(node: TSESTree.Node, wrapper: string): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | undefined {
      if (node.type === AST_NODE_TYPES.FunctionDeclaration) return buildDeclarationWrap(node, wrapper);
      const { parent } = node;
      // `export { handler as GET }`: the value is declared elsewhere in the file.
      if (parent?.type === AST_NODE_TYPES.ExportSpecifier) return undefined;
      return buildWrapInCall(sourceCode, node as TSESTree.Expression, wrapper);
    }

    /**
     * `export async function GET() {}` → `export const GET = wrap(async function GET() {});`, and
     * `export default function handler() {}` → `export default wrap(function handler() {});`, when
     * no code runs into the new binding's temporal dead zone or loses the old one.
     */
    function buildDeclarationWrap(
      fn: TSESTree.FunctionDeclaration,
      wrapper: string,
    ): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | undefined {
      const variable = fn.id === null ? undefined : sourceCode.getDeclaredVariables(fn)[0];
      if (variable !== undefined && variable.defs.length !== 1) return undefined;
      const references = variable?.references ?? [];
      if (fn.parent.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
        if (references.some((reference) => !isWithin(reference.identifier, fn))) return undefined;
        return (fixer) => [fixer.insertTextBefore(fn, `${wrapper}(`), fixer.insertTextAfter(fn, ');')];
      }
      if (fn.parent.type !== AST_NODE_TYPES.ExportNamedDeclaration || fn.id === null) return undefined;
      const name = fn.id.name;
      const unsafe = references.some(
        (reference) => reference.identifier.range[0] < fn.range[0] && sourceCode.getScope(reference.identifier).variableScope.block.type === AST_NODE_TYPES.Program,
      );
      if (unsafe) return undefined;
      return (fixer) => [fixer.insertTextBefore(fn, `const ${name} = ${wrapper}(`), fixer.insertTextAfter(fn, ');')];
    }
  },
});

/**
 * An app the file creates to serve requests. Koa and NestJS apps count only when the file serves them
 * (`listen()`, `callback()`): a Koa app without is a sub-app mounted elsewhere (`koa-mount`), a NestJS
 * app without is a script's (a seed, a CLI). Hono apps are apps only when served (see recognition).
 */
function isRootApp(object: AppObject): boolean {
  if (object.kind !== 'app' || !object.created || object.parent !== undefined) return false;
  return object.served || (object.framework !== 'koa' && object.framework !== 'nest');
}

/**
 * Whether the package of a file has a process-wide instrumentation module: a file named
 * `instrumentation`, `tracing`, `telemetry` or `otel` (`.ts`, `.js`, ...) in the file's directory or
 * one above it, up to the nearest `package.json`. Next.js loads `instrumentation.ts` itself; the others
 * are what `node --import ./tracing.js` preloads. Only files on disk are looked at, and no folder
 * above ESLint's working directory (the project's root): the search stays inside the project.
 */
function hasInstrumentationModule(filename: string, cwd: string): boolean {
  if (!path.isAbsolute(filename)) return false;
  const root = path.resolve(cwd);
  let directory = path.dirname(filename);
  for (let depth = 0; depth < MAX_PACKAGE_DEPTH; depth++) {
    const folder = readFolder(directory);
    if (folder.hasInstrumentationFile) return true;
    const parent = path.dirname(directory);
    if (folder.hasPackageJson || directory === root || parent === directory) return false;
    directory = parent;
  }
  return false;
}

/**
 * How long what a folder holds is remembered. A run lints many files of the same folders and would
 * otherwise list each folder once per file; an editor sees a new instrumentation file after this long.
 * Findings never depend on which files were linted before, only on what the folder held.
 */
const LISTING_LIFETIME_MS = 10_000;

interface Folder {
  readonly hasInstrumentationFile: boolean;
  readonly hasPackageJson: boolean;
  readonly readAt: number;
}

const folders = new Map<string, Folder>();

/** What the search needs to know of a folder, worked out once per listing, not once per file linted. */
function readFolder(directory: string): Folder {
  const now = performance.now();
  const known = folders.get(directory);
  if (known !== undefined && now - known.readAt < LISTING_LIFETIME_MS) return known;
  let entries: readonly string[];
  try {
    entries = readdirSync(directory);
  } catch {
    // A directory that does not exist (the file is virtual, or linted from stdin) holds no module.
    entries = [];
  }
  const folder = {
    hasInstrumentationFile: entries.some((entry) => INSTRUMENTATION_FILE.test(entry)),
    hasPackageJson: entries.includes('package.json'),
    readAt: now,
  };
  if (folders.size > 1_000) folders.clear();
  folders.set(directory, folder);
  return folder;
}

/** Answers of {@link hasMeasuringWord}: the same callee names come back in file after file. */
const measuringWordAnswers = new Map<string, boolean>();
/** Names remembered at most; a larger set is dropped and started again. */
const MAX_REMEMBERED_NAMES = 10_000;

/** Whether a name's words say it measures: `promBundle`, `MetricsInterceptor`, `withTracing`, `fastify-metrics`, `./otel`. */
function hasMeasuringWord(name: string): boolean {
  let answer = measuringWordAnswers.get(name);
  if (answer === undefined) {
    if (measuringWordAnswers.size >= MAX_REMEMBERED_NAMES) measuringWordAnswers.clear();
    answer = findMeasuringWord(name);
    measuringWordAnswers.set(name, answer);
  }
  return answer;
}

function findMeasuringWord(name: string): boolean {
  if (MEASURING_FRAGMENT.test(name)) return true;
  const segments = name.split(/[^\dA-Za-z]+/u);
  if (segments.some((segment) => /^otel/iu.test(segment))) return true;
  const words = name
    .replaceAll(/([\da-z])([A-Z])/gu, '$1 $2')
    .replaceAll(/([A-Z]+)([A-Z][a-z])/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\da-z]+/u);
  return words.some((word) => MEASURING_WORDS.has(word));
}
