import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import path from 'node:path';

import type { FunctionNode } from './ast/expressions.js';
import { getFileFacts } from './ast/fileFacts.js';
import { getImportedName } from './ast/importBinding.js';
import { getPathFromCwd } from './fileGlob.js';
import { getPropertyName, getStaticPath, isFunctionNode, unwrapTSExpression } from './ast/expressions.js';
import { getSettings } from './settings.js';

/**
 * Recognition of HTTP servers and request handlers, shared by the rules that care whether code runs
 * per request. Everything is found through imports and scope, never by a variable's name: `express()`
 * is an app only when `express` is the `express` package, and `app.get('/x', h)` is a route only when
 * `app` holds an app or router that the file creates or receives with a framework type.
 */

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

export type Framework = 'custom' | 'express' | 'fastify' | 'hono' | 'koa' | 'lambda' | 'nest' | 'next';

/** An app, router or plugin instance that the file creates or receives. */
export interface AppObject {
  /** `app` serves requests on its own; `router` is mounted on an app (also Hono sub-apps, Fastify plugin instances). */
  readonly kind: 'app' | 'router';
  readonly framework: Framework;
  /** The creation (`express()`, `new Koa()`, `NestFactory.create(AppModule)`), or the parameter that receives the object. */
  readonly node: TSESTree.Node;
  /** `true` when the file creates the object; `false` when it receives it (a typed parameter, a plugin instance, a default parameter). */
  readonly created: boolean;
  /** Every method call on the object, in the order the file was read: `app.use(...)`, `app.get(...)`, `app.listen()`. */
  readonly calls: readonly TSESTree.CallExpression[];
  /** The object it is mounted on in this file: `app.use('/api', router)`, `app.use(router.routes())`, `app.route('/x', sub)`, `fastify.register(plugin)`. */
  readonly parent: AppObject | undefined;
  /** Calls of functions the file does not show that receive the object: `setupMetrics(app)`, `configure(app)`. */
  readonly passedTo: readonly (TSESTree.CallExpression | TSESTree.NewExpression)[];
  /** The object is stored or used in a way the file cannot follow (a property, an array, a constructor argument). */
  readonly escapes: boolean;  /** The file starts or hands the object to a server: `app.listen()`, `app.callback()`, `serve(app)`, `createServer(app)`, `Bun.serve({ fetch: app.fetch })`. */
  readonly served: boolean;
}

/** A function that serves requests. */
export interface RequestHandler {
  /** `route`: registered on an app or router; `controller`: a NestJS controller method; `entry`: a stand-alone entry point (Next.js, AWS Lambda, a registrar). */
  readonly kind: 'controller' | 'entry' | 'route';
  readonly framework: Framework;
  /** The handler as written: the last function of the route's chain, the exported value, the controller method's key. */
  readonly node: TSESTree.Node;
  /** The function that runs, when the file shows it (inline, or declared in this file); `undefined` for an imported or computed handler. */
  readonly function: FunctionNode | undefined;
  /** Calls between the registration and the function, outermost first: `withMetrics(asyncHandler(fn))`. */
  readonly wrappers: readonly TSESTree.CallExpression[];
  /** The rest of the route's chain: middleware before the handler, Fastify route hooks. */
  readonly middleware: readonly TSESTree.Node[];
  /** Decorators of a controller method and of its class, method first. */
  readonly decorators: readonly TSESTree.Decorator[];
  /** The app, router or instance the route is registered on; `undefined` for controllers and entry points. */
  readonly owner: AppObject | undefined;
  /** The registering node: the route call, the controller method, the export. */
  readonly registration: TSESTree.Node;
  /** For messages: `GET /users/:id`, `UsersController.findOne`, `POST`, `handler`. */
  readonly label: string;
}

export interface HandlerRecognition {
  /** Apps, routers and plugin instances, in the order they were found. */
  readonly apps: readonly AppObject[];
  /** Route handlers, controller methods and entry points. */
  readonly handlers: readonly RequestHandler[];
  /** The file registers or exports at least one request handler. */
  readonly registersHandlers: boolean;
  /** The file starts a server: `app.listen()`, `http.createServer(app)`, `serve(app)`, `Bun.serve(...)`. */
  readonly startsServer: boolean;
  /** The file is a test (`*.test.ts`, `__tests__/`, or it imports a test runner or `supertest`): its apps are harnesses. */
  readonly isTestFile: boolean;
  /** The handler a function is, if any. */
  getHandler(node: FunctionNode): RequestHandler | undefined;
}

interface RecognitionContext {
  readonly sourceCode: SourceCode;
  readonly filename: string;
  readonly cwd: string;
  readonly settings: unknown;
}

const EMPTY_HANDLERS = new Map<FunctionNode, RequestHandler>();

function createEmpty(isTestFile: boolean): HandlerRecognition {
  return {
    apps: [],
    handlers: [],
    registersHandlers: false,
    startsServer: false,
    isTestFile,
    getHandler: (node) => EMPTY_HANDLERS.get(node),
  };
}

const cache = new WeakMap<TSESTree.Program, { readonly settings: unknown; readonly recognition: HandlerRecognition }>();

/**
 * The apps, routers and request handlers of the file a rule lints. Computed once per file (and set
 * of settings) and shared by every rule that asks; `settings.reliability.appFactories` and
 * `handlerRegistrars` add a team's own app factories and registrars.
 */
export function getHandlerRecognition(context: RecognitionContext): HandlerRecognition {
  const program = context.sourceCode.ast;
  const settings = getSettings(context);
  const cached = cache.get(program);
  if (cached?.settings === settings) return cached.recognition;
  // Paths are read below the working directory: a checkout under `/builds/tests/` is not a test file.
  const filename = getPathFromCwd(context);
  const recognition = recognize(context.sourceCode, filename, settings.appFactories ?? [], settings.handlerRegistrars ?? []);
  cache.set(program, { settings, recognition });
  return recognition;
}

// ---------------------------------------------------------------------------------------------
// What the frameworks look like

/** The HTTP methods of route registrations, as method names of apps and routers. */
const ROUTE_METHODS = new Set(['all', 'delete', 'get', 'head', 'options', 'patch', 'post', 'put']);
/** Methods that return the object they are called on, so a chain keeps registering on it. */
const CHAINABLE_METHODS = new Set([...ROUTE_METHODS, 'addHook', 'basePath', 'del', 'on', 'register', 'use']);
/** Methods that mount another object on the one they are called on. */
const MOUNT_METHODS = new Set(['register', 'route', 'use']);
/** Koa router methods whose result is the router as middleware: `app.use(router.routes())`. */
const KOA_MOUNTED_METHODS = new Set(['allowedMethods', 'middleware', 'routes']);
/** Fastify route options that run code around the handler. */
const FASTIFY_HOOKS = new Set(['onError', 'onRequest', 'onResponse', 'onSend', 'onTimeout', 'preHandler', 'preParsing', 'preSerialization', 'preValidation']);
const NEST_ROUTE_DECORATORS = ['All', 'Delete', 'Get', 'Head', 'Options', 'Patch', 'Post', 'Put', 'Search'];
const NEXT_ROUTE_EXPORTS = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT']);

/** Next.js App Router route handlers, `route.ts` files under an `app/` folder; Medusa routes (`src/api/.../route.ts`) are not Next.js. */
const NEXT_ROUTE_FILE = /(?:^|\/)app\/(?:.+\/)?route\.[cm]?[jt]sx?$/u;
const NEXT_PAGES_API_FILE = /(?:^|\/)pages\/api\/.+\.[cm]?[jt]sx?$/u;
const TEST_FILE = /(?:^|\/)(?:__tests__|__mocks__)\/|\.(?:test|spec|e2e-spec|e2e|integration)\.[cm]?[jt]sx?$/u;
const TEST_MODULES = new Set(['@jest/globals', '@nestjs/testing', 'ava', 'light-my-request', 'mocha', 'node:test', 'supertest', 'vitest']);

/** Modules whose import makes a file worth recognising; any other file is answered at once. */
const FRAMEWORK_MODULES = new Set([
  '@koa/router',
  '@nestjs/common',
  '@nestjs/core',
  'aws-lambda',
  'express',
  'fastify',
  'fastify-plugin',
  'hono',
  'hono/quick',
  'hono/tiny',
  'koa',
  'koa-router',
]);

interface Creation {
  readonly kind: AppObject['kind'];
  readonly framework: Framework;
}

const { CALL, CONSTRUCT } = ASTUtils.ReferenceTracker;

/** `ReferenceTracker#iteratePropertyReferences`, which eslint-utils has and typescript-eslint's types leave out. */
interface PropertyTracker {
  iteratePropertyReferences(node: TSESTree.Node, traceMap: TraceMap): IterableIterator<{ node: TSESTree.Node; info: unknown }>;
}

/** A trace map of `ReferenceTracker`: module → export → `CALL`/`CONSTRUCT` → what the call creates. */
interface TraceMap {
  readonly [key: string]: TraceMap;
  readonly [key: symbol]: unknown;
}

const EXPRESS_APP: Creation = { kind: 'app', framework: 'express' };
const EXPRESS_ROUTER: Creation = { kind: 'router', framework: 'express' };
const KOA_APP: Creation = { kind: 'app', framework: 'koa' };
const KOA_ROUTER: Creation = { kind: 'router', framework: 'koa' };
const FASTIFY_APP: Creation = { kind: 'app', framework: 'fastify' };
/** Hono instances start as routers; one that the file serves becomes the app. */
const HONO: Creation = { kind: 'router', framework: 'hono' };
const NEST_APP: Creation = { kind: 'app', framework: 'nest' };

const CREATIONS: TraceMap = {
  express: { [CALL]: EXPRESS_APP, Router: { [CALL]: EXPRESS_ROUTER } },
  koa: { [CONSTRUCT]: KOA_APP },
  '@koa/router': { [CONSTRUCT]: KOA_ROUTER, Router: { [CONSTRUCT]: KOA_ROUTER } },
  'koa-router': { [CONSTRUCT]: KOA_ROUTER, [CALL]: KOA_ROUTER },
  fastify: { [CALL]: FASTIFY_APP, fastify: { [CALL]: FASTIFY_APP } },
  hono: { Hono: { [CONSTRUCT]: HONO } },
  'hono/quick': { Hono: { [CONSTRUCT]: HONO } },
  'hono/tiny': { Hono: { [CONSTRUCT]: HONO } },
  '@nestjs/core': { NestFactory: { create: { [CALL]: NEST_APP } } },
};

/** Framework types that mark a parameter as an app or router the function receives: `(app: Express)`, `(fastify: FastifyInstance)`. */
const RECEIVED_TYPES: ReadonlyMap<string, ReadonlyMap<string, Creation>> = new Map([
  ['express', new Map([['Application', EXPRESS_APP], ['Express', EXPRESS_APP], ['IRouter', EXPRESS_ROUTER], ['Router', EXPRESS_ROUTER]])],
  ['koa', new Map([['default', KOA_APP]])],
  ['@koa/router', new Map([['default', KOA_ROUTER], ['Router', KOA_ROUTER]])],
  ['koa-router', new Map([['default', KOA_ROUTER]])],
  ['fastify', new Map([['FastifyInstance', FASTIFY_APP], ['FastifyPluginAsync', FASTIFY_APP], ['FastifyPluginCallback', FASTIFY_APP]])],
  ['hono', new Map([['Hono', HONO]])],
]);

type ServerRole = 'consumer' | 'server';

const NODE_SERVER = { createSecureServer: { [CALL]: 'server' }, createServer: { [CALL]: 'server' } } as const;
const HONO_ADAPTER = { handle: { [CALL]: 'server' } } as const;

/**
 * Functions that take an app and do nothing the rules need to see: servers (which start it) and
 * consumers (documentation generators, test clients). Any other function an app is passed to may
 * change it.
 */
const SERVERS: TraceMap = {
  http: NODE_SERVER,
  https: NODE_SERVER,
  http2: NODE_SERVER,
  'node:http': NODE_SERVER,
  'node:https': NODE_SERVER,
  'node:http2': NODE_SERVER,
  '@hono/node-server': { createAdaptorServer: { [CALL]: 'server' }, serve: { [CALL]: 'server' } },
  'hono/aws-lambda': HONO_ADAPTER,
  'hono/bun': HONO_ADAPTER,
  'hono/cloudflare-pages': HONO_ADAPTER,
  'hono/lambda-edge': HONO_ADAPTER,
  'hono/netlify': HONO_ADAPTER,
  'hono/vercel': HONO_ADAPTER,
  'serverless-http': { [CALL]: 'server' },
  supertest: { [CALL]: 'consumer' },
  '@nestjs/swagger': { SwaggerModule: { createDocument: { [CALL]: 'consumer' }, setup: { [CALL]: 'consumer' } } },
};
const GLOBAL_SERVERS: TraceMap = {
  Bun: { serve: { [CALL]: 'server' } },
  Deno: { serve: { [CALL]: 'server' } },
};
/** The globals through which the tracker can reach GLOBAL_SERVERS: the servers' own names and the global object's. */
const GLOBAL_SERVER_NAMES = [...Object.keys(GLOBAL_SERVERS), 'global', 'globalThis', 'self', 'window'];

const NEST_COMMON: TraceMap = {
  '@nestjs/common': Object.fromEntries(['Controller', ...NEST_ROUTE_DECORATORS].map((name) => [name, { [CALL]: name }])),
};
const FASTIFY_PLUGIN: TraceMap = { 'fastify-plugin': { [CALL]: true } };
/** The modules whose values the tracker follows: a file that imports or requires none of them creates and serves no app. */
const TRACED_MODULES: ReadonlySet<string> = new Set([CREATIONS, SERVERS, FASTIFY_PLUGIN].flatMap((traceMap) => Object.keys(traceMap)));

// ---------------------------------------------------------------------------------------------
// Recognition

interface MutableAppObject {
  kind: AppObject['kind'];
  readonly framework: Framework;
  readonly node: TSESTree.Node;
  readonly created: boolean;
  readonly calls: TSESTree.CallExpression[];
  parent: MutableAppObject | undefined;
  readonly passedTo: (TSESTree.CallExpression | TSESTree.NewExpression)[];
  escapes: boolean;
  served: boolean;
  /** Variables and `this` members already followed, so that aliases and local functions are read once. */
  readonly followed: Set<unknown>;
}

/** An import from a module with app or router types, and those types by exported name. */
interface TypeImport {
  readonly specifier: TSESTree.ImportClause;
  readonly types: ReadonlyMap<string, Creation>;
}

/** A use of an object as an argument, decided once every object is known: a mount, or a call the file cannot see into. */
interface PendingArgument {
  readonly object: MutableAppObject;
  readonly call: TSESTree.CallExpression;
}

function normalizeFilename(filename: string): string {
  return filename.replaceAll('\\', '/');
}

function recognize(
  sourceCode: SourceCode,
  rawFilename: string,
  appFactories: readonly string[],
  handlerRegistrars: readonly string[],
): HandlerRecognition {
  const program = sourceCode.ast;
  const filename = normalizeFilename(rawFilename);
  const { modules, requireCalls } = getFileFacts(sourceCode);
  /** What {@link getTypeImports} found, once it has looked. */
  let typeImports: TypeImport[] | undefined;
  const isTestFile = TEST_FILE.test(filename) || [...modules].some((source) => TEST_MODULES.has(source));
  const isNextRoute = NEXT_ROUTE_FILE.test(filename);
  const isPagesApi = NEXT_PAGES_API_FILE.test(filename);
  if (
    !isNextRoute &&
    !isPagesApi &&
    appFactories.length === 0 &&
    handlerRegistrars.length === 0 &&
    ![...modules].some((source) => FRAMEWORK_MODULES.has(source))
  ) {
    return createEmpty(isTestFile);
  }

  // The tracker reads every import declaration or global each time: ask it only about modules the file
  // imports values from. `import type { Router } from 'express'` creates nothing, and is how most files
  // of an Express service name the types of their handlers.
  const valueImports = new Set<string>();
  for (const statement of program.body) {
    if (
      statement.type === AST_NODE_TYPES.ImportDeclaration &&
      statement.importKind !== 'type' &&
      statement.specifiers.some((specifier) => specifier.type !== AST_NODE_TYPES.ImportSpecifier || specifier.importKind !== 'type')
    ) {
      valueImports.add(statement.source.value);
    }
  }
  const globalScope = sourceCode.getScope(program);
  const usesGlobalServers = GLOBAL_SERVER_NAMES.some((name) => (globalScope.set.get(name)?.references.length ?? 0) > 0);
  // Second exit: a file that only names a framework's types (`(req: Request, res: Response)`) and
  // receives no app or router by type has nothing the steps below could find.
  if (
    !isNextRoute &&
    !isPagesApi &&
    appFactories.length === 0 &&
    handlerRegistrars.length === 0 &&
    !usesGlobalServers &&
    !modules.has('aws-lambda') &&
    !modules.has('@nestjs/common') &&
    ![...valueImports, ...requireCalls.map(getStringArgument)].some((source) => source !== undefined && TRACED_MODULES.has(source)) &&
    !receivesTypedObject()
  ) {
    return createEmpty(isTestFile);
  }

  const tracker = new ASTUtils.ReferenceTracker(globalScope, { mode: 'legacy' });
  const objects: MutableAppObject[] = [];
  /** The object each use site (an identifier or `this.x`) stands for. */
  const objectOfNode = new Map<TSESTree.Node, MutableAppObject>();
  const pending: PendingArgument[] = [];
  const serverCalls = new Map<TSESTree.Node, ServerRole>();
  let startsServer = false;

  /** `ReferenceTracker.iterateCjsReferences` needs `require` declared as a global; a plain config may not declare it. */
  const iterateRequired = function* (traceMap: TraceMap): Generator<{ node: TSESTree.Node; info: unknown }> {
    for (const call of requireCalls) {
      const source = getStringArgument(call);
      const map = source === undefined || !Object.hasOwn(traceMap, source) ? undefined : traceMap[source];
      if (map !== undefined) yield* (tracker as unknown as PropertyTracker).iteratePropertyReferences(call, map);
    }
  };
  const importsAny = (traceMap: TraceMap): boolean => Object.keys(traceMap).some((source) => valueImports.has(source));
  const esmReferences = (traceMap: TraceMap) => (importsAny(traceMap) ? tracker.iterateEsmReferences(traceMap) : []);
  for (const found of [
    ...esmReferences(SERVERS),
    ...iterateRequired(SERVERS),
    ...(usesGlobalServers ? tracker.iterateGlobalReferences(GLOBAL_SERVERS) : []),
  ]) {
    const role = found.info as ServerRole;
    serverCalls.set(found.node, role);
    if (role === 'server') startsServer = true;
  }

  for (const found of [...esmReferences(CREATIONS), ...iterateRequired(CREATIONS)]) {
    const node = found.node as TSESTree.CallExpression | TSESTree.NewExpression;
    // `new Router()` of `express` is not a thing, and `Router` of `@koa/router` needs `new`: trust the map.
    createObject(node, found.info as Creation);
  }
  for (const pattern of appFactories) {
    for (const call of findCallsOfPath(sourceCode, pattern)) createObject(call, { kind: 'app', framework: 'custom' });
  }
  for (const found of [...esmReferences(FASTIFY_PLUGIN), ...iterateRequired(FASTIFY_PLUGIN)]) {
    const plugin = getFunctionArgument(sourceCode, (found.node as TSESTree.CallExpression).arguments[0]);
    const parameter = plugin?.params[0];
    if (plugin !== undefined && parameter !== undefined) receiveParameter(plugin, parameter, FASTIFY_APP, undefined);
  }
  findTypedParameters();

  resolvePending();
  resolveKoaMounts();
  objects.sort((a, b) => a.node.range[0] - b.node.range[0]);
  for (const object of objects) {
    if (object.framework === 'hono' && object.served) object.kind = 'app';
  }

  const handlers: RequestHandler[] = [];
  for (const object of objects) collectRoutes(object);
  collectNestControllers();
  if (isNextRoute) collectExports(NEXT_ROUTE_EXPORTS, 'next');
  if (isPagesApi) collectExports(new Set(['default']), 'next');
  if (modules.has('aws-lambda')) collectExports(new Set(['handler']), 'lambda');
  for (const pattern of handlerRegistrars) collectRegistrar(pattern);

  const byFunction = new Map<FunctionNode, RequestHandler>();
  for (const handler of handlers) {
    if (handler.function !== undefined && !byFunction.has(handler.function)) byFunction.set(handler.function, handler);
  }
  return {
    apps: objects,
    handlers,
    registersHandlers: handlers.length > 0,
    startsServer,
    isTestFile,
    getHandler: (node) => byFunction.get(node),
  };

  // -------------------------------------------------------------------------------------------
  // Objects

  function findParameterVariable(identifier: TSESTree.Identifier): Variable | undefined {
    return ASTUtils.findVariable(sourceCode.getScope(identifier), identifier) ?? undefined;
  }

  function newObject(creation: Creation, node: TSESTree.Node, created: boolean, parent: MutableAppObject | undefined): MutableAppObject {
    const object: MutableAppObject = {
      kind: creation.kind,
      framework: creation.framework,
      node,
      created,
      calls: [],
      parent,
      passedTo: [],
      escapes: false,
      served: false,
      followed: new Set(),
    };
    objects.push(object);
    return object;
  }

  function createObject(node: TSESTree.CallExpression | TSESTree.NewExpression, creation: Creation): void {
    // `new Hono().basePath('/api')`, `new Router().get(...)`: calls chained on the creation are calls on the object.
    const object = newObject(creation, node, true, undefined);
    const value = followChain(object, node);
    bindValue(object, value);
  }

  /** Records `node`'s chained calls (`x.get(...).post(...)`) on the object; returns the outermost expression of the chain. */
  function followChain(object: MutableAppObject, node: TSESTree.Expression): TSESTree.Node {
    let current: TSESTree.Node = skipTransparentParents(node);
    for (;;) {
      const member = current.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== current) return current;
      const call = member.parent;
      if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return current;
      addCall(object, call);
      const method = getPropertyName(member);
      if (method === undefined || !CHAINABLE_METHODS.has(method)) return skipTransparentParents(call);
      current = skipTransparentParents(call);
    }
  }

  /** Where a created object is kept: a variable, `this.x`, or nowhere the file can follow. */
  function bindValue(object: MutableAppObject, value: TSESTree.Node): void {
    let node = value;
    if (node.parent?.type === AST_NODE_TYPES.AwaitExpression) node = skipTransparentParents(node.parent);
    const { parent } = node;
    if (!parent) return;
    switch (parent.type) {
      case AST_NODE_TYPES.VariableDeclarator:
        if (parent.init === node && parent.id.type === AST_NODE_TYPES.Identifier) {
          followVariable(object, sourceCode.getDeclaredVariables(parent)[0]);
          return;
        }
        break;
      case AST_NODE_TYPES.AssignmentExpression:
        if (parent.right === node && parent.operator === '=') {
          if (parent.left.type === AST_NODE_TYPES.Identifier) {
            followVariable(object, ASTUtils.findVariable(sourceCode.getScope(parent.left), parent.left) ?? undefined);
            return;
          }
          if (isThisMember(parent.left)) {
            followThisMember(object, parent.left);
            return;
          }
        }
        break;
      case AST_NODE_TYPES.PropertyDefinition:
        if (parent.value === node && !parent.static && !parent.computed && parent.key.type === AST_NODE_TYPES.Identifier) {
          followThisMember(object, parent);
          return;
        }
        break;
      case AST_NODE_TYPES.AssignmentPattern:
        // `function init(app = new Koa())`: a caller may pass its own app, so this one is only a default.
        if (parent.right === node && parent.left.type === AST_NODE_TYPES.Identifier) {
          objects.splice(objects.indexOf(object), 1);
          const received = newObject(object, parent.left, false, undefined);
          followVariable(received, findParameterVariable(parent.left));
          return;
        }
        break;
      default:
        break;
    }
    // `export default express()`, `createServer(express())`: no name to follow, so the file shows none of its setup.
    classifyUse(object, node);
    if (parent.type !== AST_NODE_TYPES.ExpressionStatement) object.escapes = true;
  }

  function followVariable(object: MutableAppObject, variable: Variable | undefined): void {
    if (variable === undefined || object.followed.has(variable)) return;
    object.followed.add(variable);
    for (const reference of variable.references) {
      if (reference.init === true || !reference.isRead()) continue;
      const { identifier } = reference;
      if (identifier.type !== AST_NODE_TYPES.Identifier || isTypePosition(identifier)) continue;
      objectOfNode.set(identifier, object);
      classifyUse(object, identifier);
    }
  }

  /** `this.app = express()` or `app = express()` as a class field: every `this.app` of the class's own code. */
  function followThisMember(object: MutableAppObject, target: TSESTree.MemberExpression | TSESTree.PropertyDefinition): void {
    const name = target.type === AST_NODE_TYPES.PropertyDefinition ? (target.key as TSESTree.Identifier).name : getPropertyName(target);
    const body = getEnclosingClassBody(target);
    if (name === undefined || body === undefined) {
      object.escapes = true;
      return;
    }
    const key = `${body.range[0]}:${name}`;
    if (object.followed.has(key)) return;
    object.followed.add(key);
    for (const member of collectThisMembers(sourceCode, body, name)) {
      if (member === target) continue;
      const { parent } = member;
      if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === member) continue;
      objectOfNode.set(member, object);
      classifyUse(object, member);
    }
  }

  /** What the code does with one use of an object. */
  function classifyUse(object: MutableAppObject, use: TSESTree.Node): void {
    const node = skipTransparentParents(use);
    const { parent } = node;
    if (!parent) return;
    switch (parent.type) {
      case AST_NODE_TYPES.MemberExpression: {
        if (parent.object !== node) return;
        const call = parent.parent;
        if (call.type === AST_NODE_TYPES.CallExpression && call.callee === parent) {
          followChain(object, node as TSESTree.Expression);
        } else if (getPropertyName(parent) === 'fetch' && isServedValue(parent)) {
          // `serve({ fetch: app.fetch })`, `export default { fetch: app.fetch }`, `Deno.serve(app.fetch)`
          object.served = true;
        }
        return;
      }
      case AST_NODE_TYPES.CallExpression:
        if (parent.callee === node) return;
        classifyArgument(object, parent, parent.arguments.indexOf(node as TSESTree.CallExpressionArgument));
        return;
      case AST_NODE_TYPES.NewExpression:
        if (parent.callee !== node) object.passedTo.push(parent);
        return;
      case AST_NODE_TYPES.VariableDeclarator:
        // `const server = app`: an alias of the same object.
        if (parent.init === node && parent.id.type === AST_NODE_TYPES.Identifier && parent.parent.kind === 'const') {
          followVariable(object, sourceCode.getDeclaredVariables(parent)[0]);
        } else {
          object.escapes = true;
        }
        return;
      case AST_NODE_TYPES.AssignmentExpression:
        if (parent.right === node && !isModuleExportsTarget(parent.left)) object.escapes = true;
        return;
      case AST_NODE_TYPES.Property:
        if (parent.value === node && !isExportedValue(parent.parent)) {
          const container = skipTransparentParents(parent.parent);
          if (container.parent?.type === AST_NODE_TYPES.CallExpression && container.parent.callee !== container) {
            classifyArgument(object, container.parent, -1);
          } else {
            object.escapes = true;
          }
        }
        return;
      case AST_NODE_TYPES.ExportDefaultDeclaration:
      case AST_NODE_TYPES.ExportSpecifier:
      case AST_NODE_TYPES.ReturnStatement:
      case AST_NODE_TYPES.ExpressionStatement:
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.UnaryExpression:
      case AST_NODE_TYPES.BinaryExpression:
        return;
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test === node) return;
        object.escapes = true;
        return;
      case AST_NODE_TYPES.ArrowFunctionExpression:
        // `() => app`: handed back to the caller, like a return.
        if (parent.body !== node) object.escapes = true;
        return;
      default:
        object.escapes = true;
    }
  }

  /** The object is an argument of `call` (`index` -1: inside an object literal argument). */
  function classifyArgument(object: MutableAppObject, call: TSESTree.CallExpression, index: number): void {
    const role = serverCalls.get(call);
    if (role !== undefined) {
      if (role === 'server') object.served = true;
      return;
    }
    const local = index < 0 ? undefined : getLocalFunction(sourceCode, call.callee);
    if (local !== undefined) {
      // `configureRoutes(app)` with `function configureRoutes(app) { ... }` in this file: follow the parameter.
      const parameter = local.params[index];
      const name = parameter?.type === AST_NODE_TYPES.AssignmentPattern ? parameter.left : parameter;
      if (name?.type === AST_NODE_TYPES.Identifier && !local.params.some((param) => param.type === AST_NODE_TYPES.RestElement)) {
        followVariable(object, findParameterVariable(name));
        return;
      }
    }
    pending.push({ object, call });
  }

  /** Decided once every object is known: `app.use('/api', router)` mounts; anything else is a function the file cannot see. */
  function resolvePending(): void {
    for (const { object, call } of pending) {
      const target = getCallTarget(call);
      if (target !== undefined && target.object !== object && MOUNT_METHODS.has(target.method)) {
        object.parent ??= target.object;
      } else {
        object.passedTo.push(call);
      }
    }
  }

  /** `app.use(router.routes())`: the Koa router is mounted on the app. */
  function resolveKoaMounts(): void {
    for (const object of objects) {
      if (object.framework !== 'koa' || object.kind !== 'router') continue;
      for (const call of object.calls) {
        const method = getMethodName(call);
        if (method === undefined || !KOA_MOUNTED_METHODS.has(method)) continue;
        const use = skipTransparentParents(call);
        const outer = use.parent;
        if (outer?.type !== AST_NODE_TYPES.CallExpression || outer.callee === use) continue;
        const target = getCallTarget(outer);
        if (target !== undefined && target.object !== object && target.method === 'use') object.parent ??= target.object;
      }
    }
  }

  /** `app.use(...)` → the object `app` stands for, and `use`. */
  function getCallTarget(call: TSESTree.CallExpression): { object: MutableAppObject; method: string } | undefined {
    const callee = call.callee;
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = getPropertyName(callee);
    const target = objectOfNode.get(unwrapTSExpression(callee.object)) ?? getChainedObject(callee.object);
    return method === undefined || target === undefined ? undefined : { object: target, method };
  }

  /** `app.use(a).use(b)`: the object a chain of calls started from. */
  function getChainedObject(node: TSESTree.Node): MutableAppObject | undefined {
    const expression = unwrapTSExpression(node as TSESTree.Expression);
    if (expression.type !== AST_NODE_TYPES.CallExpression) return undefined;
    return objects.find((object) => object.calls.includes(expression));
  }

  function addCall(object: MutableAppObject, call: TSESTree.CallExpression): void {
    if (object.calls.includes(call)) return;
    object.calls.push(call);
    const method = getMethodName(call);
    if (method === 'listen' || method === 'fire') startsServer = true;
    if (method === 'listen' || method === 'fire' || method === 'callback') object.served = true;
    if (method === 'register' && object.framework === 'fastify') {
      // `fastify.register(async (instance) => { instance.get(...) })`: an encapsulated instance of this app.
      const plugin = getFunctionArgument(sourceCode, call.arguments[0]);
      const parameter = plugin?.params[0];
      if (plugin !== undefined && parameter !== undefined) receiveParameter(plugin, parameter, { kind: 'router', framework: 'fastify' }, object);
    }
  }

  function receiveParameter(
    fn: FunctionNode,
    parameter: TSESTree.Parameter,
    creation: Creation,
    parent: MutableAppObject | undefined,
  ): void {
    const name = parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.left : parameter;
    if (name.type !== AST_NODE_TYPES.Identifier) return;
    if (objects.some((object) => object.node === name)) return;
    const variable = sourceCode.getDeclaredVariables(fn).find((candidate) => candidate.defs.some((definition) => definition.name === name));
    const object = newObject(creation, name, false, parent);
    followVariable(object, variable);
  }

  /** The specifiers of the file's imports from modules with app or router types, with those types. */
  function getTypeImports(): readonly TypeImport[] {
    if (typeImports !== undefined) return typeImports;
    typeImports = [];
    for (const statement of program.body) {
      if (statement.type !== AST_NODE_TYPES.ImportDeclaration) continue;
      const types = RECEIVED_TYPES.get(statement.source.value);
      if (types !== undefined) for (const specifier of statement.specifiers) typeImports.push({ specifier, types });
    }
    return typeImports;
  }

  /** Whether an import of a framework's app or router type (`Router`, `FastifyInstance`, `express` for `express.Application`) is used. */
  function receivesTypedObject(): boolean {
    for (const { specifier, types } of getTypeImports()) {
      if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
        const imported = getImportedName(specifier);
        if (!types.has(imported)) continue;
      }
      if ((sourceCode.getDeclaredVariables(specifier)[0]?.references.length ?? 0) > 0) return true;
    }
    return false;
  }

  /** `(app: Express)`, `(fastify: FastifyInstance)`, `const plugin: FastifyPluginAsync = async (fastify) => ...`. */
  function findTypedParameters(): void {
    for (const { specifier, types } of getTypeImports()) {
      const variable = sourceCode.getDeclaredVariables(specifier)[0];
      if (variable === undefined) continue;
      for (const reference of variable.references) {
        const found = getTypedTarget(reference.identifier, specifier, types);
        if (found !== undefined) receiveTyped(found.annotated, found.creation);
      }
    }
  }

  function receiveTyped(annotated: TSESTree.Identifier, creation: Creation): void {
    const { parent } = annotated;
    if (isFunctionNode(parent) && parent.params.includes(annotated)) {
      receiveParameter(parent, annotated, creation, undefined);
      return;
    }
    if (parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left === annotated && isFunctionNode(parent.parent)) {
      receiveParameter(parent.parent, parent, creation, undefined);
      return;
    }
    // `const routes: FastifyPluginAsync = async (fastify) => { ... }`
    if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id === annotated && parent.init !== null) {
      const plugin = getFunctionArgument(sourceCode, parent.init);
      const parameter = plugin?.params[0];
      if (plugin !== undefined && parameter !== undefined) receiveParameter(plugin, parameter, creation, undefined);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Handlers

  function collectRoutes(object: MutableAppObject): void {
    for (const call of object.calls) {
      const method = getMethodName(call);
      if (method === undefined) continue;
      if (method === 'route') {
        collectRouteMethod(object, call);
      } else if (ROUTE_METHODS.has(method) || (method === 'del' && object.framework === 'koa') || (method === 'on' && object.framework === 'hono')) {
        collectVerbRoute(object, call, method);
      }
    }
  }

  function collectVerbRoute(object: MutableAppObject, call: TSESTree.CallExpression, method: string): void {
    const args = call.arguments;
    let verb = method.toUpperCase();
    let rest: readonly TSESTree.CallExpressionArgument[] = args;
    if (method === 'on') {
      verb = getConstantText(args[0]) ?? 'ON';
      rest = args.slice(1);
    }
    let path: TSESTree.CallExpressionArgument | undefined;
    if (object.framework === 'koa' && isStringLike(rest[0]) && isStringLike(rest[1])) {
      // koa-router's named routes: `router.get('user', '/users/:id', handler)`
      path = rest[1];
      rest = rest.slice(2);
    } else if (object.framework === 'hono' && !isStringLike(rest[0])) {
      path = undefined;
    } else {
      path = rest[0];
      rest = rest.slice(1);
    }
    // `app.get('env')` reads a setting; a route has a handler after its path.
    if (rest.length === 0 || (path !== undefined && !isPathLike(path))) return;
    if (object.framework === 'fastify') {
      addFastifyRoute(object, call, `${verb} ${describePath(sourceCode, path)}`, rest);
      return;
    }
    addChain(object, call, `${verb} ${describePath(sourceCode, path)}`, rest);
  }

  /** `app.route('/x').get(h).post(h2)` (Express), `fastify.route({ method, url, handler })`; Hono's `route` mounts. */
  function collectRouteMethod(object: MutableAppObject, call: TSESTree.CallExpression): void {
    const [first] = call.arguments;
    if (object.framework === 'fastify') {
      const options = first === undefined ? undefined : unwrapTSExpression(first as TSESTree.Expression);
      if (options?.type !== AST_NODE_TYPES.ObjectExpression || call.arguments.length !== 1) return;
      const verb = getConstantText(getProperty(options, 'method')) ?? 'ROUTE';
      const url = getProperty(options, 'url') ?? getProperty(options, 'path');
      addFastifyRoute(object, call, `${verb.toUpperCase()} ${describePath(sourceCode, url)}`, [options]);
      return;
    }
    if (object.framework !== 'express' && object.framework !== 'custom') return;
    if (call.arguments.length !== 1 || first === undefined) return;
    let current: TSESTree.Node = skipTransparentParents(call);
    for (;;) {
      const member = current.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== current) return;
      const verbCall = member.parent;
      const verb = getPropertyName(member);
      if (verbCall.type !== AST_NODE_TYPES.CallExpression || verbCall.callee !== member || verb === undefined) return;
      if (ROUTE_METHODS.has(verb) && verbCall.arguments.length > 0) {
        addChain(object, verbCall, `${verb.toUpperCase()} ${describePath(sourceCode, first)}`, verbCall.arguments);
      }
      current = skipTransparentParents(verbCall);
    }
  }

  /** A route whose arguments are a chain of middleware ending in the handler (arrays flattened). */
  function addChain(
    object: MutableAppObject,
    registration: TSESTree.CallExpression,
    label: string,
    args: readonly TSESTree.CallExpressionArgument[],
  ): void {
    const chain = flattenChain(args);
    const last = chain.at(-1);
    if (last === undefined || !isHandlerLike(last)) return;
    addHandler({ kind: 'route', framework: object.framework, node: last, owner: object, registration, label, middleware: chain.slice(0, -1) });
  }

  /** `fastify.get(path, handler)`, `fastify.get(path, options, handler)`, `fastify.get(path, { handler, preHandler })`. */
  function addFastifyRoute(
    object: MutableAppObject,
    registration: TSESTree.CallExpression,
    label: string,
    args: readonly TSESTree.CallExpressionArgument[],
  ): void {
    const last = args.at(-1);
    if (last === undefined || last.type === AST_NODE_TYPES.SpreadElement) return;
    const middleware: TSESTree.Node[] = [];
    for (const argument of args) {
      const options = unwrapTSExpression(argument as TSESTree.Expression);
      if (options.type !== AST_NODE_TYPES.ObjectExpression) continue;
      for (const property of options.properties) {
        const key = property.type === AST_NODE_TYPES.Property ? getKeyName(property) : undefined;
        if (key !== undefined && FASTIFY_HOOKS.has(key)) middleware.push((property as TSESTree.Property).value);
      }
    }
    const expression = unwrapTSExpression(last);
    const handler = expression.type === AST_NODE_TYPES.ObjectExpression ? getProperty(expression, 'handler') : last;
    if (handler === undefined || !isHandlerLike(handler)) return;
    addHandler({ kind: 'route', framework: 'fastify', node: handler, owner: object, registration, label, middleware });
  }

  function addHandler(handler: Omit<RequestHandler, 'decorators' | 'function' | 'wrappers'> & { decorators?: TSESTree.Decorator[] }): void {
    const resolved = resolveHandlerFunction(sourceCode, handler.node);
    handlers.push({ decorators: [], ...handler, function: resolved.function, wrappers: resolved.wrappers });
  }

  /** Methods decorated `@Get()`, `@Post(':id')`, ... in classes decorated `@Controller()`, all imported from `@nestjs/common`. */
  function collectNestControllers(): void {
    if (!modules.has('@nestjs/common')) return;
    const controllers = new Set<TSESTree.Node>();
    const routes: { decorator: TSESTree.Decorator; verb: string }[] = [];
    for (const found of tracker.iterateEsmReferences(NEST_COMMON)) {
      const decorator = found.node.parent;
      if (decorator?.type !== AST_NODE_TYPES.Decorator) continue;
      const name = found.info as string;
      if (name === 'Controller') controllers.add(decorator.parent);
      else routes.push({ decorator, verb: name.toUpperCase() });
    }
    for (const { decorator } of routes) {
      const method = decorator.parent;
      if (method.type !== AST_NODE_TYPES.MethodDefinition || method.kind !== 'method') continue;
      const classNode = method.parent.parent;
      if (!controllers.has(classNode) || handlers.some((handler) => handler.registration === method)) continue;
      const className = 'id' in classNode && classNode.id !== null ? classNode.id.name : 'controller';
      const methodName = method.key.type === AST_NODE_TYPES.Identifier ? method.key.name : sourceCode.getText(method.key);
      handlers.push({
        kind: 'controller',
        framework: 'nest',
        node: method.key,
        function: method.value.body === null ? undefined : method.value,
        wrappers: [],
        middleware: [],
        decorators: [...method.decorators, ...getClassDecorators(classNode)],
        owner: undefined,
        registration: method,
        label: `${className}.${methodName}`,
      });
    }
  }

  /** Exported entry points: `export async function GET()`, `export const handler = ...`, `export default ...`, `exports.handler = ...`. */
  function collectExports(names: ReadonlySet<string>, framework: Framework): void {
    const add = (name: string, node: TSESTree.Node, registration: TSESTree.Node): void => {
      if (!names.has(name) || !isHandlerLike(node)) return;
      addHandler({ kind: 'entry', framework, node, owner: undefined, registration, label: name, middleware: [] });
    };
    for (const statement of program.body) {
      if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration) {
        const { declaration } = statement;
        if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id !== null && declaration.body !== null) {
          add(declaration.id.name, declaration, statement);
        } else if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
          for (const declarator of declaration.declarations) {
            if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.init !== null) add(declarator.id.name, declarator.init, statement);
          }
        } else if (declaration === null && statement.source === null) {
          for (const specifier of statement.specifiers) {
            const exported = specifier.exported.type === AST_NODE_TYPES.Identifier ? specifier.exported.name : specifier.exported.value;
            if (specifier.local.type === AST_NODE_TYPES.Identifier) add(exported, specifier.local, statement);
          }
        }
      } else if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
        const { declaration } = statement;
        if (declaration.type !== AST_NODE_TYPES.FunctionDeclaration || declaration.body !== null) {
          add('default', declaration, statement);
        }
      } else if (statement.type === AST_NODE_TYPES.ExpressionStatement) {
        // `exports.handler = async (event) => ...`, `module.exports.handler = ...`
        const { expression } = statement;
        if (expression.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== '=') continue;
        const path = getStaticPath(expression.left);
        const name = path?.at(-1);
        if (path === undefined || name === undefined || !isCommonJsExport(path)) continue;
        add(name, expression.right, statement);
      }
    }
  }

  /** A team's registrar: `functions.http('name', handler)`, `app.http('name', { handler })`. */
  function collectRegistrar(pattern: string): void {
    for (const call of findCallsOfPath(sourceCode, pattern)) {
      const last = call.arguments.at(-1);
      if (last === undefined || last.type === AST_NODE_TYPES.SpreadElement) continue;
      const expression = unwrapTSExpression(last);
      const handler = expression.type === AST_NODE_TYPES.ObjectExpression ? getProperty(expression, 'handler') : last;
      if (handler === undefined || !isHandlerLike(handler)) continue;
      const name = getConstantText(call.arguments[0]);
      const label = name === undefined || call.arguments.length < 2 ? pattern : `${pattern} ${name}`;
      addHandler({ kind: 'entry', framework: 'custom', node: handler, owner: undefined, registration: call, label, middleware: [] });
    }
  }

  function isHandlerLike(node: TSESTree.Node): boolean {
    const expression = unwrapTSExpression(node as TSESTree.Expression);
    if (node.type === AST_NODE_TYPES.FunctionDeclaration) return true;
    switch (expression.type) {
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.MemberExpression:
        return true;
      case AST_NODE_TYPES.Identifier: {
        // A name that the file binds to something other than a function (`const schema = { ... }`) is no handler.
        const variable = ASTUtils.findVariable(sourceCode.getScope(expression), expression);
        const definition = variable?.defs[0];
        if (definition?.type !== 'Variable') return true;
        const init = definition.node.init === null ? undefined : unwrapTSExpression(definition.node.init);
        return (
          init === undefined ||
          isFunctionNode(init) ||
          init.type === AST_NODE_TYPES.CallExpression ||
          init.type === AST_NODE_TYPES.MemberExpression ||
          init.type === AST_NODE_TYPES.Identifier
        );
      }
      default:
        return false;
    }
  }

  function getTypedTarget(
    identifier: TSESTree.Identifier | TSESTree.JSXIdentifier,
    specifier: TSESTree.ImportClause,
    types: ReadonlyMap<string, Creation>,
  ): { annotated: TSESTree.Identifier; creation: Creation } | undefined {
    let name: string | undefined;
    let typeName: TSESTree.Node = identifier;
    if (identifier.parent?.type === AST_NODE_TYPES.TSQualifiedName && identifier.parent.left === identifier) {
      // `express.Application` with `import express from 'express'` or `import * as express from 'express'`
      if (specifier.type === AST_NODE_TYPES.ImportSpecifier) return undefined;
      name = identifier.parent.right.name;
      typeName = identifier.parent;
    } else if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
      name = getImportedName(specifier);
    } else if (specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier) {
      name = 'default';
    }
    const creation = name === undefined ? undefined : types.get(name);
    const reference = typeName.parent;
    if (creation === undefined || reference?.type !== AST_NODE_TYPES.TSTypeReference || reference.typeName !== typeName) return undefined;
    const annotation = reference.parent;
    const annotated = annotation?.type === AST_NODE_TYPES.TSTypeAnnotation ? annotation.parent : undefined;
    return annotated?.type === AST_NODE_TYPES.Identifier ? { annotated, creation } : undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers without state

function getStringArgument(call: TSESTree.CallExpression): string | undefined {
  const [argument] = call.arguments;
  return argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === 'string' ? argument.value : undefined;
}

/** Parents that only change the type, or parenthesise an optional chain: the value is the same. */
function skipTransparentParents(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      current.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.parent.type === AST_NODE_TYPES.TSTypeAssertion ||
      current.parent.type === AST_NODE_TYPES.ChainExpression)
  ) {
    current = current.parent;
  }
  return current;
}

function isTypePosition(identifier: TSESTree.Identifier): boolean {
  const { parent } = identifier;
  return parent.type === AST_NODE_TYPES.TSTypeQuery || parent.type === AST_NODE_TYPES.TSTypeReference || parent.type === AST_NODE_TYPES.TSQualifiedName;
}

function isThisMember(node: TSESTree.Node): node is TSESTree.MemberExpression {
  return node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.ThisExpression && !node.computed;
}

function getMethodName(call: TSESTree.CallExpression): string | undefined {
  return call.callee.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(call.callee) : undefined;
}

/** `module.exports = app`, `module.exports.app = app`, `exports.app = app`. */
function isModuleExportsTarget(node: TSESTree.Node): boolean {
  const path = getStaticPath(node);
  return path !== undefined && isCommonJsExport(path);
}

function isCommonJsExport(path: readonly string[]): boolean {
  return (path[0] === 'module' && path[1] === 'exports' && path.length <= 3) || (path[0] === 'exports' && path.length === 2);
}

/** An object literal that leaves the file as it is: exported or returned. */
function isExportedValue(object: TSESTree.Node): boolean {
  const node = skipTransparentParents(object);
  const { parent } = node;
  if (!parent) return false;
  if (parent.type === AST_NODE_TYPES.ExportDefaultDeclaration || parent.type === AST_NODE_TYPES.ReturnStatement) return true;
  if (parent.type === AST_NODE_TYPES.ArrowFunctionExpression) return parent.body === node;
  return parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === node && isModuleExportsTarget(parent.left);
}

/** `app.fetch` handed to a server: `serve({ fetch: app.fetch })`, `export default { fetch: app.fetch }`, `Deno.serve(app.fetch)`. */
function isServedValue(member: TSESTree.MemberExpression): boolean {
  const node = skipTransparentParents(member);
  const { parent } = node;
  if (parent?.type === AST_NODE_TYPES.CallExpression) return parent.callee !== node;
  if (parent?.type !== AST_NODE_TYPES.Property || parent.value !== node) return false;
  const container = skipTransparentParents(parent.parent);
  return (
    container.parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration ||
    (container.parent?.type === AST_NODE_TYPES.CallExpression && container.parent.callee !== container)
  );
}

function getEnclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
    if (current.type === AST_NODE_TYPES.FunctionDeclaration || current.type === AST_NODE_TYPES.Program) return undefined;
    if (current.type === AST_NODE_TYPES.FunctionExpression && current.parent.type !== AST_NODE_TYPES.MethodDefinition) return undefined;
  }
  return undefined;
}

/**
 * `this.<name>` in the class's own code: its methods, fields and the arrow functions in them, not
 * nested classes or plain functions (whose `this` is another object). A walk of one class body.
 */
function collectThisMembers(sourceCode: SourceCode, body: TSESTree.ClassBody, name: string): TSESTree.MemberExpression[] {
  const found: TSESTree.MemberExpression[] = [];
  const visit = (node: TSESTree.Node, isOwnThis: boolean): void => {
    if (node.type === AST_NODE_TYPES.MemberExpression && isOwnThis && isThisMember(node) && getPropertyName(node) === name) {
      found.push(node);
    }
    const keys = sourceCode.visitorKeys[node.type] ?? [];
    for (const key of keys) {
      const value = (node as unknown as Record<string, unknown>)[key];
      const children = Array.isArray(value) ? value : [value];
      for (const child of children) {
        if (!isNode(child)) continue;
        visit(child, isOwnThis && keepsThis(child, node));
      }
    }
  };
  visit(body, true);
  return found;
}

/** Whether `this` inside `child` is still the instance, its parent being code where it is. */
function keepsThis(child: TSESTree.Node, parent: TSESTree.Node): boolean {
  switch (child.type) {
    case AST_NODE_TYPES.FunctionExpression:
      return parent.type === AST_NODE_TYPES.MethodDefinition;
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.ClassDeclaration:
    case AST_NODE_TYPES.ClassExpression:
    case AST_NODE_TYPES.StaticBlock:
      return false;
    default:
      return true;
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function getClassDecorators(node: TSESTree.Node): TSESTree.Decorator[] {
  return node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression ? node.decorators : [];
}

/** The function a route argument, plugin or export resolves to: inline, or a `function`/`const` of this file (through `fp(...)`). */
function getFunctionArgument(sourceCode: SourceCode, node: TSESTree.Node | undefined): FunctionNode | undefined {
  if (node === undefined || node.type === AST_NODE_TYPES.SpreadElement) return undefined;
  return resolveHandlerFunction(sourceCode, node).function;
}

const MAX_RESOLVE_DEPTH = 6;

/**
 * The function a handler expression runs, looking through wrappers (`withMetrics(fn)`,
 * `asyncHandler(async (req, res) => ...)`, `instrument('name', fn)`: the last function-like
 * argument) and `const` bindings of this file. Wrappers are returned outermost first.
 */
export function resolveHandlerFunction(
  sourceCode: SourceCode,
  node: TSESTree.Node,
): { function: FunctionNode | undefined; wrappers: TSESTree.CallExpression[] } {
  const wrappers: TSESTree.CallExpression[] = [];
  let current: TSESTree.Node = unwrapTSExpression(node as TSESTree.Expression);
  for (let depth = 0; depth < MAX_RESOLVE_DEPTH; depth++) {
    if (isFunctionNode(current)) return { function: current, wrappers };
    if (current.type === AST_NODE_TYPES.Identifier) {
      const next = getLocalValue(sourceCode, current);
      if (next === undefined) break;
      current = next;
      continue;
    }
    if (current.type !== AST_NODE_TYPES.CallExpression) break;
    wrappers.push(current);
    const argument = current.arguments.findLast((candidate) => {
      const expression = candidate.type === AST_NODE_TYPES.SpreadElement ? undefined : unwrapTSExpression(candidate);
      return (
        expression !== undefined &&
        (isFunctionNode(expression) || expression.type === AST_NODE_TYPES.Identifier || expression.type === AST_NODE_TYPES.CallExpression)
      );
    });
    if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) break;
    current = unwrapTSExpression(argument);
  }
  return { function: undefined, wrappers };
}

/** What a name of this file holds: a function declaration, or a `const`'s initializer. */
function getLocalValue(sourceCode: SourceCode, identifier: TSESTree.Identifier): TSESTree.Node | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
  if (variable?.defs.length !== 1) return undefined;
  const [definition] = variable.defs;
  if (definition?.type === 'FunctionName' && definition.node.type === AST_NODE_TYPES.FunctionDeclaration) {
    return definition.node.body === null ? undefined : definition.node;
  }
  if (definition?.type !== 'Variable' || definition.node.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  const { init } = definition.node;
  if (init === null || definition.node.parent.kind !== 'const') return undefined;
  return unwrapTSExpression(init);
}

/** `configure(app)` where `configure` is a function of this file. */
function getLocalFunction(sourceCode: SourceCode, callee: TSESTree.Node): FunctionNode | undefined {
  const expression = unwrapTSExpression(callee as TSESTree.Expression);
  if (isFunctionNode(expression)) return expression;
  if (expression.type !== AST_NODE_TYPES.Identifier) return undefined;
  const value = getLocalValue(sourceCode, expression);
  return value !== undefined && isFunctionNode(value) ? value : undefined;
}

/**
 * Calls of a dotted path from settings (`createApp`, `functions.http`): the root resolved through
 * the file's module scope (an import or a local) or as a global, then the members as written.
 */
function findCallsOfPath(sourceCode: SourceCode, pattern: string): (TSESTree.CallExpression | TSESTree.NewExpression)[] {
  const [root, ...members] = pattern.split('.');
  if (root === undefined || root === '') return [];
  const globalScope = sourceCode.getScope(sourceCode.ast);
  const moduleScope = globalScope.childScopes.find((scope) => scope.type === 'module') ?? globalScope;
  const variable = moduleScope.set.get(root) ?? globalScope.set.get(root);
  const identifiers =
    variable === undefined
      ? globalScope.through.filter((reference) => reference.identifier.name === root).map((reference) => reference.identifier)
      : variable.references.map((reference) => reference.identifier);
  const calls: (TSESTree.CallExpression | TSESTree.NewExpression)[] = [];
  for (const identifier of identifiers) {
    let node: TSESTree.Node = identifier;
    let matched = true;
    for (const member of members) {
      const parent: TSESTree.Node | undefined = skipTransparentParents(node).parent;
      if (parent?.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(parent) !== member) {
        matched = false;
        break;
      }
      node = parent;
    }
    const callee = skipTransparentParents(node);
    const call = callee.parent;
    if (
      matched &&
      (call?.type === AST_NODE_TYPES.CallExpression || call?.type === AST_NODE_TYPES.NewExpression) &&
      call.callee === callee
    ) {
      calls.push(call);
    }
  }
  return calls;
}

function flattenChain(args: readonly TSESTree.CallExpressionArgument[]): TSESTree.Node[] {
  const chain: TSESTree.Node[] = [];
  for (const argument of args) {
    const expression = argument.type === AST_NODE_TYPES.SpreadElement ? argument : unwrapTSExpression(argument);
    if (expression.type === AST_NODE_TYPES.ArrayExpression) {
      for (const element of expression.elements) if (element !== null && element.type !== AST_NODE_TYPES.SpreadElement) chain.push(element);
    } else if (expression.type !== AST_NODE_TYPES.SpreadElement) {
      chain.push(argument);
    }
  }
  return chain;
}

function isStringLike(node: TSESTree.Node | undefined): boolean {
  if (node === undefined) return false;
  const expression = unwrapTSExpression(node as TSESTree.Expression);
  return (
    (expression.type === AST_NODE_TYPES.Literal && typeof expression.value === 'string') ||
    expression.type === AST_NODE_TYPES.TemplateLiteral
  );
}

/** A route path: a string, template, regular expression, array of paths, or a name or member that holds one. */
function isPathLike(node: TSESTree.Node): boolean {
  const expression = unwrapTSExpression(node as TSESTree.Expression);
  switch (expression.type) {
    case AST_NODE_TYPES.Literal:
      return typeof expression.value === 'string' || expression.value instanceof RegExp || 'regex' in expression;
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression:
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.BinaryExpression:
      return true;
    default:
      return false;
  }
}

function getConstantText(node: TSESTree.Node | undefined): string | undefined {
  if (node === undefined) return undefined;
  const expression = unwrapTSExpression(node as TSESTree.Expression);
  if (expression.type === AST_NODE_TYPES.Literal && typeof expression.value === 'string') return expression.value;
  if (expression.type === AST_NODE_TYPES.TemplateLiteral && expression.expressions.length === 0) {
    return expression.quasis[0]?.value.cooked ?? undefined;
  }
  if (expression.type === AST_NODE_TYPES.ArrayExpression) {
    const parts = expression.elements.map((element) => (element === null ? undefined : getConstantText(element)));
    return parts.every((part) => part !== undefined) ? parts.join(',') : undefined;
  }
  return undefined;
}

function describePath(sourceCode: SourceCode, node: TSESTree.Node | undefined): string {
  if (node === undefined) return '*';
  const text = getConstantText(node);
  if (text !== undefined) return text;
  const source = sourceCode.getText(node);
  return source.length > 40 ? `${source.slice(0, 37)}...` : source;
}

function getKeyName(property: TSESTree.Property): string | undefined {
  if (!property.computed && property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  return property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string' ? property.key.value : undefined;
}

function getProperty(object: TSESTree.ObjectExpression, name: string): TSESTree.Node | undefined {
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.Property && getKeyName(property) === name) return property.value;
  }
  return undefined;
}
