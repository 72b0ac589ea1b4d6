import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import path from 'node:path';

import type { FunctionNode, HttpClientResolver, TraceMap } from '../util/index.js';
import {
  buildSerialLoopFix,
  createHttpClientResolver,
  createRule,
  findTrackedReferences,
  getHandlerRecognition,
  getGlobalIdentifiers,
  getImportBinding,
  getMethodCallSelector,
  getOrigin,
  getPathFromCwd,
  getPropertyName,
  getRootIdentifier,
  getSettings,
  getStaticPath,
  isFunctionNode,
  isGlobalReference,
  isWithin,
  someOwnNode,
  splitWords,
  stringListSchema,
  unwrapTSExpression,
} from '../util/index.js';

export type Options = [{ checkDataNames?: boolean; limiters?: string[] }];
export type MessageIds = 'unboundedConcurrency' | 'runOneAtATime';

type Variable = TSESLint.Scope.Variable;

const { CALL, CONSTRUCT } = ASTUtils.ReferenceTracker;

const PROMISE_COMBINATORS = new Set(['all', 'allSettled', 'any', 'race']);
const COMBINATOR_CALL = getMethodCallSelector(PROMISE_COMBINATORS);
/** Array methods whose result is no longer than the array they are called on. */
const SAME_SIZE_METHODS = new Set(['entries', 'filter', 'keys', 'map', 'reverse', 'sort', 'toReversed', 'toSorted', 'values']);
/** Calls whose result is bounded by an argument: `items.slice(0, 10)`, `queue.splice(0, BATCH)`. */
const WINDOW_METHODS = new Set(['slice', 'splice']);
const OBJECT_ENUMERATORS = new Set(['entries', 'keys', 'values']);

/** Creations of a concurrency limiter: a call through the created object runs under its limit. */
const LIMITER_MODULES: TraceMap = {
  'p-limit': { [CALL]: true, default: { [CALL]: true } },
  'p-queue': { [CONSTRUCT]: true, default: { [CONSTRUCT]: true } },
  'p-throttle': { [CALL]: true, default: { [CALL]: true } },
  bottleneck: { [CONSTRUCT]: true, default: { [CONSTRUCT]: true } },
  'async-sema': { Sema: { [CONSTRUCT]: true }, RateLimit: { [CALL]: true } },
  'async-mutex': { Mutex: { [CONSTRUCT]: true }, Semaphore: { [CONSTRUCT]: true } },
};
/** Names that say an object or function limits concurrency: `limit`, `this.limiter`, `queue.add`, `semaphore.acquire`. */
const LIMITER_NAME = /limit|throttl|queue|semaphore|mutex|bottleneck/iu;
/** A name written in capitals is a constant of the program (`REGIONS`, `config.SHARDS`), not data of unknown size. */
const CONSTANT_NAME = /^[A-Z][\dA-Z]*(?:_[\dA-Z]+)*$/u;
/** A name that says it holds one batch of bounded size: `batch`, `chunk`, `currentBatch`. */
const BATCH_NAME = /batch|chunk/iu;
/**
 * Nouns of the few configured parts of a deployment and of a tenant: its environments, domains,
 * regions, locales, identity providers, connectors and webhooks, the claims of a token, the roles,
 * teams and groups people are put in, the collections of a database. A project has a handful of
 * each, set up by hand, and their number does not grow with traffic or data.
 */
const CONFIGURATION_NOUNS = new Set([
  'claim',
  'collection',
  'connector',
  'domain',
  'env',
  'environment',
  'group',
  'lang',
  'language',
  'locale',
  'location',
  'provider',
  'region',
  'role',
  'team',
  'webhook',
  'zone',
]);
/** Words after the noun that keep it the head of the name: `environmentsToEnable`, `domainsForTenant`. */
const NAME_LINKS = new Set(['for', 'in', 'of', 'to', 'with']);
/**
 * A name that says the array holds records or their keys, which grow with the data: `ids`,
 * `attachmentIds`, `padIDs`, `keys`, `paths`, `urls`, `rows`, `records`.
 */
const DATA_NAME = /(?:^(?:ids|keys|paths|records|rows|urls|uris)|(?:Ids|IDs|Keys|Paths|Records|Rows|Urls|URLs|Uris))$/u;
/** Methods that read a list from a store: `findAll`, `findMany`, `find`, `listObjects`, `getAll`, `query`, `select`, `execute`, `scan`. */
const LIST_QUERY_NAME = /^(?:execute|find|getAll|getMany|keys|list|query|scan|search|select|smembers)(?![a-z])/u;
/** Calls whose result holds the items of their first argument, or fewer: `uniq(ids)`, `compact(keys)`, `Array.from(set)`. */
const SAME_ITEMS_FUNCTIONS = new Set(['compact', 'deduplicate', 'flatten', 'uniq', 'uniqBy', 'unique']);
/** Array methods whose result keeps (some of) the items: `ids.filter(...)`, `rows.map(...)`, `keys.concat(more)`. */
const KEEP_ITEMS_METHODS = new Set([...SAME_SIZE_METHODS, 'concat', 'flat', 'flatMap', 'slice', 'toSpliced']);
/** Call chains and options that cap how many rows a query returns: `.limit(50)`, `{ take: 100 }`. */
const LIMIT_METHODS = new Set(['first', 'limit', 'paginate', 'take', 'top']);
const LIMIT_KEYS = new Set(['first', 'last', 'limit', 'max', 'maxResults', 'pageSize', 'page_size', 'perPage', 'per_page', 'take', 'top']);
/** Arguments whose name says they are a page size: `findAll(limit, offset)`, `list(ctx.pagination.pageSize)`. */
const LIMIT_ARGUMENTS = new Set(['limit', 'maxResults', 'pageSize', 'page_size', 'perPage', 'per_page', 'take']);
/** Methods that start or stop a component: calling one on each of a set of servers, workers or clients is lifecycle, not a fan-out over data. */
const LIFECYCLE_METHODS = new Set([
  'abort',
  'cancel',
  'close',
  'destroy',
  'disconnect',
  'dispose',
  'end',
  'flush',
  'quit',
  'shutdown',
  'start',
  'stop',
  'terminate',
  'unsubscribe',
]);
/** Properties that hold a function to call: `handler.callback()`, `hook.fn()`. */
const CALLABLE_PROPERTIES = new Set(['callback', 'fn', 'handler', 'listener', 'run']);
/** Verbs that name I/O: `fetchUser`, `loadPage`, `sendEmail`, `this.uploadFile`, `deleteObject`. */
const IO_NAME = /^(?:call|delete|download|fetch|insert|invoke|load|notify|patch|post|publish|put|query|request|save|send|sync|update|upload|upsert)(?![a-z])/u;
const LOCAL_FS_MODULES = new Set(['fs', 'fs-extra', 'fs/promises', 'graceful-fs', 'node:fs', 'node:fs/promises']);
/** Verbs of methods that compute: `schema.parsePayload(x)`, `doc.toJSON()`, `presenter.render(row)`. */
const COMPUTE_NAME =
  /^(?:build|calculate|clone|compare|compute|convert|decode|decrypt|deserialize|encode|encrypt|filter|format|generate|hash|map|merge|normalize|parse|render|sanitize|serialize|sign|sort|stringify|to|transform|validate)(?![a-z])/u;
/** Methods that return an address, which the callback does not call: `getSignedUrl(...)`, `storage.getPreviewUrlByPath(path)`. */
const URL_NAME = /(?:Url|URL|Uri|URI)s?(?:(?:By|For|From)[A-Z]\w*)?$/u;
/** Globals whose methods compute rather than do I/O. */
const BUILTIN_OBJECTS = new Set(['Array', 'Buffer', 'console', 'Date', 'JSON', 'Math', 'Number', 'Object', 'Promise', 'Reflect', 'String', 'URL']);
const PROMISE_METHODS = new Set(['catch', 'finally', 'then']);
/** Tests and their support files: `src/test/seed.ts`, `fake-user-store.ts`, `orders.spec.ts`, `__mocks__/db.ts`. */
const TEST_SUPPORT_FILE =
  /(?:^|\/)(?:__mocks__|__tests__|e2e|fixtures?|mocks?|seeds?|tests?)\/|(?:^|\/)(?:fake|mock|stub)[-_.]|\.(?:e2e|seed|spec|stories|test)\.[cm]?[jt]sx?$/u;
/** A `frontend/` or `front-end/` folder: the browser half of a repository that also holds the server. */
const FRONTEND_FOLDER = /(?:^|\/)front-?end\//u;
/** A JSX file: a component, rendered in the browser. */
const JSX_FILE = /\.[jt]sx$/u;
/** Scripts and command-line tools, run once, by hand, by one user: `scripts/`, `.scripts/`, `migration-scripts/`, `bin/`, `cli/`. */
const TOOL_FOLDER = /(?:^|\/)(?:(?:\.|[\w-]*[-_])?scripts?|bin|cli)\//u;
const UI_MODULES = /^(?:react|react-dom(?:\/.*)?|preact|vue|svelte|solid-js|@angular\/core)$/u;
/** Globals only a browser has. */
const BROWSER_GLOBALS = ['document', 'localStorage', 'navigator', 'sessionStorage', 'window'];
const MAX_DEPTH = 6;

export default createRule<Options, MessageIds>({
  name: 'no-unbounded-concurrency',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow starting one async call per item of an array of unknown size at once',
      recommended: 'strict',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkDataNames: {
            type: 'boolean',
            description:
              'Also count a name as evidence that the array holds data: `ids`, `userIds`, `keys`, `paths`, `urls`, `rows`, `records` and what is made of them. Reports more, with more false alarms.',
          },
          limiters: stringListSchema(
            'Functions or objects, as dotted paths, that bound how many calls run at once (`limit`, `this.pool.run`): a callback that goes through one is not reported. `p-limit`, `p-queue`, `bottleneck`, `async-sema` and `async-mutex` are recognised without it.',
          ),
        },
      },
    ],
    defaultOptions: [{ checkDataNames: false, limiters: [] }],
    messages: {
      unboundedConcurrency:
        'This `{{combinator}}` starts one call per item at once, over an array of unknown size. Bound the concurrency with `p-limit`, `p-map` with `concurrency`, or fixed-size batches.',
      runOneAtATime: 'Run the calls one at a time in a `for...of` loop.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    if (!sourceCode.text.includes('Promise')) return {};
    const limiters = options.limiters ?? [];
    const checkDataNames = options.checkDataNames === true;
    let limiterCreations: ReadonlySet<TSESTree.Node> | undefined;
    let httpClients: HttpClientResolver | undefined;
    let outOfScope: boolean | undefined;

    return {
      [COMBINATOR_CALL](node: TSESTree.CallExpression) {
        if (node.callee.type !== AST_NODE_TYPES.MemberExpression) return;
        const { callee } = node;
        const method = getPropertyName(callee);
        if (method === undefined || !PROMISE_COMBINATORS.has(method)) return;
        const promise = unwrapTSExpression(callee.object);
        if (promise.type !== AST_NODE_TYPES.Identifier || promise.name !== 'Promise' || !isGlobalReference(sourceCode, promise)) return;
        const [argument] = node.arguments;
        if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) return;
        const map = getMapCall(argument);
        if (map === undefined || isBoundedCollection(map.receiver, 0) || !holdsData(map.receiver, 0)) return;
        if (!startsIo(map.callback, node) || goesThroughLimiter(map.callback) || callsEachItem(map.callback)) return;
        if (isOutOfScope()) return;
        context.report({
          node: callee,
          messageId: 'unboundedConcurrency',
          data: { combinator: `Promise.${method}` },
          suggest: getSuggestions(node, method, map.receiver, map.callback),
        });
      },
    };

    /**
     * The serial loop, for `await Promise.all(items.map(async (item) => ...));` as a statement of its
     * own: its result is discarded, so a loop that awaits each call in turn does the same work.
     */
    function getSuggestions(
      call: TSESTree.CallExpression,
      method: string,
      receiver: TSESTree.Expression,
      callback: TSESTree.Node,
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const { parent } = call;
      const map = call.arguments[0];
      if (
        method !== 'all' ||
        call.arguments.length !== 1 ||
        map?.type !== AST_NODE_TYPES.CallExpression ||
        map.arguments.length !== 1 ||
        map.callee.type !== AST_NODE_TYPES.MemberExpression ||
        getPropertyName(map.callee) !== 'map' ||
        parent.type !== AST_NODE_TYPES.AwaitExpression ||
        parent.parent.type !== AST_NODE_TYPES.ExpressionStatement
      ) {
        return [];
      }
      const fix = buildSerialLoopFix(sourceCode, parent.parent, receiver, callback);
      return fix === undefined ? [] : [{ messageId: 'runOneAtATime', fix }];
    }

    /**
     * Files the rule leaves alone: tests and what supports them (fixtures, fakes, seeds), whose data is
     * small by construction; scripts and command-line tools (a `scripts/`, `migration-scripts/`, `bin/` or `cli/` folder),
     * run once by one user; and browser code (a file in a `frontend/` or `front-end/` folder, a `.jsx` or `.tsx`
     * file, one that imports a UI framework, says `'use client'` or reads `window`, `document`,
     * `navigator` or the web storage), where the browser already limits the connections per host.
     */
    function isOutOfScope(): boolean {
      if (outOfScope !== undefined) return outOfScope;
      const relative = getPathFromCwd(context);
      outOfScope =
        TEST_SUPPORT_FILE.test(relative) ||
        FRONTEND_FOLDER.test(relative) ||
        TOOL_FOLDER.test(relative) ||
        JSX_FILE.test(relative) ||
        getHandlerRecognition(context).isTestFile ||
        sourceCode.ast.body.some(
          (statement) =>
            (statement.type === AST_NODE_TYPES.ImportDeclaration && UI_MODULES.test(statement.source.value)) ||
            (statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive === 'use client'),
        ) ||
        readsBrowserGlobals();
      return outOfScope;
    }

    /** A read of `window` and the like: left unresolved, or resolved to a global the config declares. */
    function readsBrowserGlobals(): boolean {
      const globalScope = sourceCode.scopeManager?.globalScope;
      if (globalScope === null || globalScope === undefined) return false;
      return BROWSER_GLOBALS.some((name) => getGlobalIdentifiers(globalScope, name).length > 0);
    }

    /** `items.map(callback)`, also `items?.map(...)` and through type wrappers. */
    function getMapCall(argument: TSESTree.Expression): { receiver: TSESTree.Expression; callback: TSESTree.Node } | undefined {
      let expression = unwrapTSExpression(argument);
      if (expression.type === AST_NODE_TYPES.ChainExpression) expression = expression.expression;
      if (expression.type !== AST_NODE_TYPES.CallExpression || expression.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      const name = getPropertyName(expression.callee);
      const [callback] = expression.arguments;
      if ((name !== 'map' && name !== 'flatMap') || callback === undefined || callback.type === AST_NODE_TYPES.SpreadElement) return undefined;
      return { receiver: expression.callee.object, callback: unwrapTSExpression(callback) };
    }

    // -------------------------------------------------------------------------------------------
    // The collection

    /**
     * Whether the array has a size the program fixes: a literal, a `.slice(start, end)` window, the
     * keys of an object literal or enum, a constant written in capitals, or a variable named as one
     * batch (`batch`, `chunk`) or holding any of these.
     */
    function isBoundedCollection(node: TSESTree.Node, depth: number): boolean {
      if (depth > MAX_DEPTH) return false;
      const expression = node.type === AST_NODE_TYPES.ChainExpression ? node.expression : unwrapTSExpression(node as TSESTree.Expression);
      switch (expression.type) {
        case AST_NODE_TYPES.ArrayExpression:
          return expression.elements.every(
            (element) => element?.type !== AST_NODE_TYPES.SpreadElement || isBoundedCollection(element.argument, depth + 1),
          );
        case AST_NODE_TYPES.Identifier:
          return isBoundedName(expression.name) || isBoundedVariable(expression, depth);
        case AST_NODE_TYPES.MemberExpression: {
          // `this.workers`, `this.subscribers`: a component's own registry, filled by code, not by data.
          if (getRootObject(expression).type === AST_NODE_TYPES.ThisExpression) return true;
          const name = getPropertyName(expression);
          return name !== undefined && (isBoundedName(name) || isModuleLevel(getRootObject(expression)));
        }
        case AST_NODE_TYPES.CallExpression:
          return isBoundedCall(expression, depth);
        case AST_NODE_TYPES.NewExpression: {
          // `new Set([a, b])`
          const [first] = expression.arguments;
          return isGlobalNamed(expression.callee, 'Set') && first !== undefined && first.type !== AST_NODE_TYPES.SpreadElement && isBoundedCollection(first, depth + 1);
        }
        default:
          return false;
      }
    }

    /**
     * Whether the file shows the array to hold data, which grows with use: the rows of a query run
     * here (`await Document.findAll(...)`, `await db.selectFrom(t).execute()`, `(await pool.query(sql)).rows`),
     * with `checkDataNames` also a list named as ids, keys, paths, URLs, rows or records (`attachmentIds`,
     * `keys`, `opts.records`), or what is made of one of these (`uniq(ids)`, `[...traceIds]`,
     * `rows.filter(...)`, `new Set(ids)`). Names alone are off by default: on 32 real services, about one in
     * five arrays they alone flagged held a handful of things (the pages of one integration, the keys of one week).
     * Any other array (a parameter `subscribers`, `team.members`, a helper's result) may hold three
     * items or three million; the file does not say, so the rule stays silent.
     */
    function holdsData(node: TSESTree.Node, depth: number): boolean {
      if (depth > MAX_DEPTH) return false;
      const expression = node.type === AST_NODE_TYPES.ChainExpression ? node.expression : unwrapTSExpression(node as TSESTree.Expression);
      if (expression.type === AST_NODE_TYPES.AwaitExpression) return isListQuery(expression.argument);
      switch (expression.type) {
        case AST_NODE_TYPES.Identifier: {
          if (checkDataNames && DATA_NAME.test(expression.name)) return true;
          const variable = ASTUtils.findVariable(sourceCode.getScope(expression), expression);
          const declaration = variable === null ? undefined : getOnlyDeclaration(variable);
          if (declaration === undefined) return false;
          if (declaration.id.type === AST_NODE_TYPES.Identifier) return holdsData(declaration.init, depth + 1);
          // Taken apart: `const [rows] = await pool.query(sql)`, `const { data } = await supabase.from(t).select()`
          const init = unwrapTSExpression(declaration.init);
          return init.type === AST_NODE_TYPES.AwaitExpression && isListQuery(init.argument);
        }
        case AST_NODE_TYPES.MemberExpression: {
          // `(await pool.query(sql)).rows`; with `checkDataNames`, `opts.records`, `(await listAllPads()).padIDs`
          const object = unwrapTSExpression(expression.object);
          if (object.type === AST_NODE_TYPES.AwaitExpression && isListQuery(object.argument)) return true;
          const name = getPropertyName(expression);
          return checkDataNames && name !== undefined && DATA_NAME.test(name);
        }
        case AST_NODE_TYPES.ArrayExpression:
          // `[...ids, ...moreIds]`
          return expression.elements.some((element) => element?.type === AST_NODE_TYPES.SpreadElement && holdsData(element.argument, depth + 1));
        case AST_NODE_TYPES.NewExpression:
          // `new Set(ids)`
          return isGlobalNamed(expression.callee, 'Set') && expression.arguments[0] !== undefined && holdsData(expression.arguments[0], depth + 1);
        case AST_NODE_TYPES.CallExpression: {
          const { callee } = expression;
          const [first] = expression.arguments;
          if (callee.type === AST_NODE_TYPES.MemberExpression) {
            const method = getPropertyName(callee);
            if (method === undefined) return false;
            const object = unwrapTSExpression(callee.object);
            // `Array.from(ids)`, `Object.keys(sessionIDs)`
            if ((isGlobalNamed(object, 'Array') && method === 'from') || (isGlobalNamed(object, 'Object') && OBJECT_ENUMERATORS.has(method))) {
              return first !== undefined && holdsData(first, depth + 1);
            }
            if (KEEP_ITEMS_METHODS.has(method)) return holdsData(callee.object, depth + 1);
            // `_.uniq(ids)`
            return SAME_ITEMS_FUNCTIONS.has(method) && first !== undefined && holdsData(first, depth + 1);
          }
          const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : undefined;
          return name !== undefined && SAME_ITEMS_FUNCTIONS.has(name) && first !== undefined && holdsData(first, depth + 1);
        }
        default:
          return false;
      }
    }

    /** A query whose result is a list: a call chain with a list method (`findMany`, `select`, `execute`, `listObjects`). */
    function isListQuery(node: TSESTree.Expression): boolean {
      let expression = unwrapTSExpression(node);
      for (let depth = 0; depth < MAX_DEPTH * 2 && expression.type === AST_NODE_TYPES.CallExpression; depth++) {
        const callee = unwrapTSExpression(expression.callee);
        const name = callee.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(callee) : callee.type === AST_NODE_TYPES.Identifier ? callee.name : undefined;
        if (name !== undefined && LIST_QUERY_NAME.test(name)) return true;
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
        expression = unwrapTSExpression(callee.object);
      }
      return false;
    }

    function isGlobalNamed(node: TSESTree.Node, name: string): boolean {
      return node.type === AST_NODE_TYPES.Identifier && node.name === name && isGlobalReference(sourceCode, node);
    }

    function isBoundedCall(call: TSESTree.CallExpression, depth: number): boolean {
      const { callee } = call;
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
      const method = getPropertyName(callee);
      if (method === undefined) return false;
      if (WINDOW_METHODS.has(method)) return call.arguments.length >= 2;
      const object = unwrapTSExpression(callee.object);
      const [first] = call.arguments;
      if (object.type === AST_NODE_TYPES.Identifier && isGlobalReference(sourceCode, object) && first !== undefined) {
        if (first.type === AST_NODE_TYPES.SpreadElement) return false;
        // `Object.keys(REGIONS)`, `Object.entries({ a, b })`
        if (object.name === 'Object' && OBJECT_ENUMERATORS.has(method)) return isBoundedObject(first, depth + 1);
        // `Array.from({ length: 4 })`, `Array.from(SHARDS)`
        if (object.name === 'Array' && method === 'from') return isFixedLength(first) || isBoundedCollection(first, depth + 1);
      }
      // `items.filter(...)`, `registry.values()`: no longer than what they are called on.
      return SAME_SIZE_METHODS.has(method) && isBoundedCollection(callee.object, depth + 1);
    }

    function isBoundedObject(node: TSESTree.Expression, depth: number): boolean {
      const expression = unwrapTSExpression(node);
      if (expression.type === AST_NODE_TYPES.ObjectExpression) {
        return expression.properties.every((property) => property.type !== AST_NODE_TYPES.SpreadElement || isBoundedObject(property.argument, depth + 1));
      }
      if (expression.type === AST_NODE_TYPES.MemberExpression) {
        const name = getPropertyName(expression);
        return name !== undefined && isConstantName(name);
      }
      if (expression.type !== AST_NODE_TYPES.Identifier) return false;
      if (isConstantName(expression.name)) return true;
      const variable = ASTUtils.findVariable(sourceCode.getScope(expression), expression);
      const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (definition?.type === 'TSEnumName') return true;
      const init = variable === null || variable === undefined ? undefined : getSingleValue(variable);
      return init !== undefined && depth < MAX_DEPTH && isBoundedObject(init, depth + 1);
    }

    /** `{ length: 4 }`: an array-like of a length written in the file. */
    function isFixedLength(node: TSESTree.Expression): boolean {
      const expression = unwrapTSExpression(node);
      if (expression.type !== AST_NODE_TYPES.ObjectExpression) return false;
      return expression.properties.some(
        (property) =>
          property.type === AST_NODE_TYPES.Property &&
          !property.computed &&
          property.key.type === AST_NODE_TYPES.Identifier &&
          property.key.name === 'length' &&
          ASTUtils.getStaticValue(property.value, sourceCode.getScope(property)) !== null,
      );
    }

    function isBoundedVariable(identifier: TSESTree.Identifier, depth: number): boolean {
      const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
      if (variable === null || variable.defs.length !== 1) return false;
      const [definition] = variable.defs;
      if (definition?.type === 'Parameter') return isBatchCallbackParameter(definition.node);
      // An imported collection is another module's constant or registry (`import { REGIONS } from './config'`).
      if (definition?.type === 'ImportBinding') return true;
      if (definition?.type !== 'Variable') return false;
      // A module-level collection is a registry the program fills (handlers, subscribers, servers).
      if (variable.scope.block.type === AST_NODE_TYPES.Program) return true;
      const declaration = definition.parent;
      // `for (const batch of chunk(items, 50))`: one element of a list of fixed-size chunks.
      if (declaration.parent.type === AST_NODE_TYPES.ForOfStatement && declaration.parent.left === declaration) {
        const iterable = unwrapTSExpression(declaration.parent.right);
        const name = iterable.type === AST_NODE_TYPES.CallExpression ? getStaticPath(iterable.callee)?.at(-1) : getStaticPath(iterable)?.at(-1);
        return name !== undefined && BATCH_NAME.test(name);
      }
      const only = getOnlyDeclaration(variable);
      if (only === undefined) return false;
      if (only.id.type === AST_NODE_TYPES.Identifier) return isBoundedCollection(only.init, depth + 1) || hasVisibleLimit(only.init);
      // `const [count, rows] = await repo.findAll(limit, offset)`: taken apart from a capped query.
      return only.id.type === AST_NODE_TYPES.ArrayPattern && hasVisibleLimit(only.init);
    }

    /** `async (batch) => ...` passed to `findAllInBatches(...)`, `eachPage(...)`: a parameter that receives one page. */
    function isBatchCallbackParameter(fn: TSESTree.Node): boolean {
      const call = fn.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) return false;
      const name = getStaticPath(call.callee)?.at(-1);
      return name !== undefined && (BATCH_NAME.test(name) || /page/iu.test(name));
    }

    /**
     * A query whose result size the file shows to be capped: `await db.select().from(t).limit(100)`,
     * `await Model.findAll({ where, limit })`, `await prisma.user.findMany({ take: 50 })`.
     */
    function hasVisibleLimit(init: TSESTree.Expression): boolean {
      let expression = unwrapTSExpression(init);
      if (expression.type === AST_NODE_TYPES.AwaitExpression) expression = unwrapTSExpression(expression.argument);
      for (let depth = 0; depth < MAX_DEPTH * 2 && expression.type === AST_NODE_TYPES.CallExpression; depth++) {
        const { callee } = expression;
        if (expression.arguments.some((argument) => hasLimitKey(argument) || isLimitArgument(argument))) return true;
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
        const method = getPropertyName(callee);
        if (method !== undefined && LIMIT_METHODS.has(method)) return true;
        expression = unwrapTSExpression(callee.object);
      }
      return false;
    }

    /** `limit` in `organizations.findAll(limit, offset)`, `ctx.pagination.pageSize`. */
    function isLimitArgument(argument: TSESTree.CallExpressionArgument): boolean {
      const name = argument.type === AST_NODE_TYPES.Identifier ? argument.name : argument.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(argument) : undefined;
      return name !== undefined && LIMIT_ARGUMENTS.has(name);
    }

    function hasLimitKey(argument: TSESTree.CallExpressionArgument): boolean {
      if (argument.type !== AST_NODE_TYPES.ObjectExpression) return false;
      return argument.properties.some((property) => {
        if (property.type !== AST_NODE_TYPES.Property || property.computed) return false;
        const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : String((property.key as TSESTree.Literal).value);
        return LIMIT_KEYS.has(key) || (property.value.type === AST_NODE_TYPES.ObjectExpression && hasLimitKey(property.value));
      });
    }

    function isModuleLevel(node: TSESTree.Node): boolean {
      if (node.type !== AST_NODE_TYPES.Identifier) return false;
      const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
      return variable !== null && variable.defs.length > 0 && variable.scope.block.type === AST_NODE_TYPES.Program;
    }

    /** The value of a variable written once, at its declaration. */
    function getSingleValue(variable: Variable): TSESTree.Expression | undefined {
      const only = getOnlyDeclaration(variable);
      return only?.id.type === AST_NODE_TYPES.Identifier ? only.init : undefined;
    }

    // -------------------------------------------------------------------------------------------
    // The callback

    /**
     * A callback whose work for each item is I/O the file can see: a request through a known HTTP
     * client, or (in an async callback) an awaited or returned method call on a client, model or
     * service (`Document.findByPk(id)`, `redis.del(key)`, `this.repo.save(row)`) or a call whose
     * name says it does I/O (`fetchUser(id)`, `this.uploadFile(file)`). A call of a local helper
     * (`present(doc)`, `this.toDto(row)`) says nothing, and an async callback that only computes is
     * no load on anybody.
     */
    function startsIo(callback: TSESTree.Node, combinator: TSESTree.CallExpression): boolean {
      const fn = getCallbackFunction(callback);
      if (fn === undefined) return isGlobalFetch(callback);
      return someOwnNode(sourceCode, fn.body, (node) => node.type === AST_NODE_TYPES.CallExpression && isIoCall(node, fn, combinator));
    }

    function isIoCall(call: TSESTree.CallExpression, fn: FunctionNode, combinator: TSESTree.CallExpression): boolean {
      if (isNetworkRequest(call)) return true;
      if (!fn.async || !isResultOf(call, fn)) return false;
      const callee = unwrapTSExpression(call.callee);
      if (callee.type === AST_NODE_TYPES.Identifier) return IO_NAME.test(callee.name) && !isRecursion(callee, combinator);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
      // The local file system opens no connection to anybody, and Node runs it on a small thread pool.
      const root = getRootIdentifier(callee);
      const binding = root === undefined ? undefined : getImportBinding(sourceCode, root);
      if (binding !== undefined && LOCAL_FS_MODULES.has(binding.source)) return false;
      const object = unwrapTSExpression(callee.object);
      const method = getPropertyName(callee) ?? '';
      if (object.type === AST_NODE_TYPES.ThisExpression) return IO_NAME.test(method);
      if (COMPUTE_NAME.test(method) || URL_NAME.test(method)) return false;
      return !(object.type === AST_NODE_TYPES.Identifier && BUILTIN_OBJECTS.has(object.name) && isGlobalReference(sourceCode, object));
    }

    /** A call whose promise the callback waits for or hands back: `await x()`, `return x()`, `async (v) => x(v)`, `await x().then(f)`. */
    function isResultOf(call: TSESTree.CallExpression, fn: FunctionNode): boolean {
      let node: TSESTree.Node = call;
      for (;;) {
        const parent: TSESTree.Node | undefined = node.parent;
        if (parent === undefined) return false;
        if (
          parent.type === AST_NODE_TYPES.TSAsExpression ||
          parent.type === AST_NODE_TYPES.TSNonNullExpression ||
          parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
          parent.type === AST_NODE_TYPES.ChainExpression
        ) {
          node = parent;
        } else if (
          parent.type === AST_NODE_TYPES.MemberExpression &&
          parent.object === node &&
          parent.parent.type === AST_NODE_TYPES.CallExpression &&
          PROMISE_METHODS.has(getPropertyName(parent) ?? '')
        ) {
          node = parent.parent;
        } else {
          return parent.type === AST_NODE_TYPES.AwaitExpression || parent.type === AST_NODE_TYPES.ReturnStatement || node === fn.body;
        }
      }
    }

    /** `const walk = async (nodes) => Promise.all(nodes.map(async (n) => walk(n.children)))`: a tree walk calls itself. */
    function isRecursion(callee: TSESTree.Identifier, combinator: TSESTree.CallExpression): boolean {
      const variable = ASTUtils.findVariable(sourceCode.getScope(callee), callee);
      const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (definition === undefined) return false;
      const { node } = definition;
      const fn = node.type === AST_NODE_TYPES.VariableDeclarator ? node.init : node;
      return fn !== null && isFunctionNode(fn) && isWithin(combinator, fn);
    }

    function isNetworkRequest(call: TSESTree.CallExpression): boolean {
      if (isGlobalFetch(call.callee)) return true;
      httpClients ??= createHttpClientResolver(context, getSettings(context).httpClients);
      return httpClients.mayUseHttpClients() && httpClients.getRequest(call) !== undefined;
    }

    function isGlobalFetch(node: TSESTree.Node): boolean {
      return isGlobalNamed(node, 'fetch');
    }

    /** The function a callback is: written in place, or a function or constant of this file passed by name. */
    function getCallbackFunction(callback: TSESTree.Node): FunctionNode | undefined {
      if (isFunctionNode(callback)) return callback;
      if (callback.type !== AST_NODE_TYPES.Identifier) return undefined;
      const variable = ASTUtils.findVariable(sourceCode.getScope(callback), callback);
      const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (definition?.type === 'FunctionName' && isFunctionNode(definition.node)) return definition.node;
      const init = variable === null || variable === undefined ? undefined : getSingleValue(variable);
      return init !== undefined && isFunctionNode(init) ? init : undefined;
    }

    /**
     * The callback calls each item, or starts or stops it: `handlers.map((h) => h.callback())`,
     * `servers.map((server) => server.close())`. The items are parts of the program, not data.
     */
    function callsEachItem(callback: TSESTree.Node): boolean {
      const fn = getCallbackFunction(callback);
      const [parameter] = fn?.params ?? [];
      if (fn === undefined || parameter === undefined) return false;
      // The item, or the parts of it a pattern takes apart: `({ id, subscriber }) => subscriber(event)`.
      const item = new Set(
        sourceCode.getDeclaredVariables(fn).filter((variable) => variable.defs.some((definition) => isWithin(definition.name, parameter))),
      );
      // ... or a value taken from it: `const tenant = await entry.value; return tenant.dispose()`.
      const isItem = (node: TSESTree.Node, depth = 0): boolean => {
        if (node.type !== AST_NODE_TYPES.Identifier) return false;
        const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
        if (variable === null) return false;
        if (item.has(variable)) return true;
        const init = depth < 2 && isWithin(variable.scope.block, fn) ? getSingleValue(variable) : undefined;
        if (init === undefined) return false;
        let source = unwrapTSExpression(init);
        if (source.type === AST_NODE_TYPES.AwaitExpression) source = unwrapTSExpression(source.argument);
        return isItem(source.type === AST_NODE_TYPES.MemberExpression ? getRootObject(source) : source, depth + 1);
      };
      return someOwnNode(sourceCode, fn.body, (node) => {
        if (node.type !== AST_NODE_TYPES.CallExpression) return false;
        const callee = unwrapTSExpression(node.callee);
        if (isItem(callee)) return true;
        if (callee.type !== AST_NODE_TYPES.MemberExpression || !isItem(unwrapTSExpression(callee.object))) return false;
        const method = getPropertyName(callee);
        return method !== undefined && (LIFECYCLE_METHODS.has(method) || CALLABLE_PROPERTIES.has(method));
      });
    }

    /** The callback hands its work to a limiter: `limit(() => ...)`, `queue.add(() => ...)`, `await semaphore.acquire()`. */
    function goesThroughLimiter(callback: TSESTree.Node): boolean {
      const fn = getCallbackFunction(callback);
      if (fn === undefined) return false;
      return someOwnNode(sourceCode, fn.body, (node) => node.type === AST_NODE_TYPES.CallExpression && isLimiterCall(node));
    }

    function isLimiterCall(call: TSESTree.CallExpression): boolean {
      const path = getStaticPath(call.callee);
      if (path !== undefined) {
        const dotted = path.join('.');
        if (path.some((segment) => LIMITER_NAME.test(segment))) return true;
        if (limiters.some((limiter) => dotted === limiter || dotted.endsWith(`.${limiter}`))) return true;
      }
      limiterCreations ??= new Set(findTrackedReferences(sourceCode, LIMITER_MODULES).map((reference) => reference.node));
      if (limiterCreations.size === 0) return false;
      // `limit(...)` where `const limit = pLimit(4)`, `queue.add(...)` where `const queue = new PQueue(...)`.
      const callee = unwrapTSExpression(call.callee);
      const target = callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : callee;
      const origin = getOrigin(sourceCode, target);
      return origin?.type === 'call' && limiterCreations.has(origin.node);
    }
  },
});

/**
 * The declaration of a variable written once, where it is declared: `const x = init`, also in a pattern
 * (`const [x] = init`, then `id` is the pattern). `undefined` for a parameter, a later assignment or no initializer.
 */
function getOnlyDeclaration(variable: Variable): { id: TSESTree.BindingName; init: TSESTree.Expression } | undefined {
  const [definition] = variable.defs;
  if (variable.defs.length !== 1 || definition?.type !== 'Variable' || definition.node.init === null) return undefined;
  const writes = variable.references.filter((reference) => reference.isWrite());
  return writes.length === 1 && writes[0]?.init === true ? { id: definition.node.id, init: definition.node.init } : undefined;
}

/** The object a member chain starts from: `this` for `this.a.b`, `config` for `config.REGIONS`. */
function getRootObject(node: TSESTree.MemberExpression): TSESTree.Node {
  let current: TSESTree.Node = node;
  while (current.type === AST_NODE_TYPES.MemberExpression) current = current.object;
  return current;
}


function isConstantName(name: string): boolean {
  return CONSTANT_NAME.test(name) && name.length > 1;
}

/**
 * A name that says the collection is small by its nature: a constant (`REGIONS`), one batch
 * (`batch`, `currentChunk`), or the configured parts of a deployment (`environments`, `newDomains`,
 * `envsToEnable`, `dataSources`), where the noun is the head of the name: `domainRecords` is records.
 */
function isBoundedName(name: string): boolean {
  if (isConstantName(name) || BATCH_NAME.test(name)) return true;
  const words = splitWords(name);
  return words.some((word, index) => {
    const noun = word.endsWith('s') ? word.slice(0, -1) : word;
    const isNoun = CONFIGURATION_NOUNS.has(noun) || (noun === 'source' && words[index - 1] === 'data');
    const next = words[index + 1];
    return isNoun && (next === undefined || NAME_LINKS.has(next));
  });
}
