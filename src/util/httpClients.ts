import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import { getPropertyName, unwrapTSExpression } from './ast/expressions.js';
import type { Origin } from './ast/origin.js';
import { getOrigin } from './ast/origin.js';
import { getFileFacts } from './ast/fileFacts.js';
import type { ModuleMatcher } from './modulePattern.js';
import { compileModulePattern } from './modulePattern.js';
import type { HttpClientSetting } from './settings.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The HTTP clients the plugin knows; `custom` is one described in `settings.reliability.httpClients`. */
export type HttpClientName = 'axios' | 'custom' | 'fetch' | 'got' | 'http' | 'ky' | 'undici';

/** A configured client object made in the file: `axios.create(config)`, `got.extend(options)`, `new Client(origin, options)`. */
export interface HttpClientInstance {
  readonly client: HttpClientName;
  /** The call or `new` that makes it. */
  readonly node: TSESTree.CallExpression | TSESTree.NewExpression;
  /** The arguments that configure it (every argument of `got.extend(a, b)`). */
  readonly options: readonly TSESTree.CallExpressionArgument[];
  /** The option keys that set a deadline for every request made through it. */
  readonly deadlineKeys: readonly string[];
  /** The instance it was made from (`api.extend(...)`), if any. */
  readonly parent: HttpClientInstance | undefined;
}

/** Where a request call takes its options. */
export type RequestOptions =
  /** Not passed: they would go at `index`. */
  | { readonly type: 'absent'; readonly index: number }
  | { readonly type: 'argument'; readonly index: number; readonly node: TSESTree.Expression }
  /** The file does not show which argument holds them (a spread argument, `axios(config)` with an unknown `config`). */
  | { readonly type: 'unknown' };

/** A call that sends an HTTP request. */
export interface HttpRequest {
  readonly client: HttpClientName;
  readonly node: TSESTree.CallExpression;
  /** The callee as written, without whitespace: `fetch`, `axios.get`, `this.api.post`. */
  readonly callee: string;
  readonly options: RequestOptions;
  /** The option keys that set a deadline on this call. */
  readonly deadlineKeys: readonly string[];
  /** The instance the call goes through, if any (`api.get` where `const api = axios.create()`). */
  readonly instance: HttpClientInstance | undefined;
  /** For `custom`: the setting that describes the client. */
  readonly setting: HttpClientSetting | undefined;
}

/** What a reference to an HTTP client object denotes: the client module's object itself, or an instance. */
export interface HttpClientTarget {
  readonly client: HttpClientName;
  readonly instance: HttpClientInstance | undefined;
}

/** Recognises HTTP client calls of one file; made once per file with {@link createHttpClientResolver}. */
export interface HttpClientResolver {
  /** `false` when the file imports no HTTP client and reads no global that could be one: nothing to check. */
  mayUseHttpClients(): boolean;
  /** The request a call sends, or `undefined` when it is not a call of a known client. */
  getRequest(call: TSESTree.CallExpression): HttpRequest | undefined;
  /** The instance a call or `new` makes (`axios.create()`, `new Client(url)`), or `undefined`. */
  getInstance(node: TSESTree.CallExpression | TSESTree.NewExpression): HttpClientInstance | undefined;
  /** The client object an expression denotes (`axios`, an `axios.create()` instance), or `undefined`. */
  getTarget(node: TSESTree.Expression): HttpClientTarget | undefined;
}

type Placement = number | 'urlOrOptions' | 'urlOrOptionsThenCallback';

interface RequestSpec {
  readonly kind: 'request';
  readonly client: HttpClientName;
  readonly placement: Placement;
  readonly deadlineKeys: readonly string[];
  readonly setting?: HttpClientSetting;
}

interface FactorySpec {
  readonly kind: 'factory';
  readonly client: HttpClientName;
  /** `new Client(...)` is constructed; `axios.create(...)` is called. */
  readonly construct: boolean;
  /** The argument that configures the instance, or `all` for `got.extend(...options)`. */
  readonly optionsIndex: number | 'all';
  readonly deadlineKeys: readonly string[];
}

type Spec = FactorySpec | RequestSpec;

interface CompiledHttpClient {
  readonly setting: HttpClientSetting;
  readonly matches: ModuleMatcher;
  readonly path: readonly string[];
}

/** A reference resolved to a client: a known module, a project's own client, or an instance, plus a member path. */
type ClientReference =
  | { readonly type: 'custom'; readonly client: CompiledHttpClient }
  | { readonly type: 'instance'; readonly instance: HttpClientInstance; readonly path: readonly string[] }
  | { readonly type: 'module'; readonly module: string; readonly path: readonly string[] };

/** The client modules the plugin knows (without a `node:` prefix): importing one makes a file worth checking. */
export const HTTP_CLIENT_MODULES: ReadonlySet<string> = new Set([
  'axios',
  'cross-fetch',
  'got',
  'http',
  'https',
  'isomorphic-fetch',
  'ky',
  'node-fetch',
  'undici',
]);

/** Stands for the global object in the catalogue, next to the module names: `fetch` lives there. */
const GLOBAL = '(global)';
/** Globals through which a client is reached without an import. */
const NO_CLIENTS: readonly HttpClientSetting[] = [];

/** Globals through which the global `fetch` is reached. */
const GLOBAL_ENTRIES = ['fetch', 'global', 'globalThis', 'self', 'window'];

/** `mayUseHttpClients` answers, by file and by the `httpClients` setting: shared by the rules that ask. */
const mayUseByFile = new WeakMap<TSESTree.Program, WeakMap<readonly HttpClientSetting[], boolean>>();

const FETCH_DEADLINES = ['signal'];
/** node-fetch 2 (also behind cross-fetch and isomorphic-fetch on Node) has its own `timeout` option. */
const NODE_FETCH_DEADLINES = ['signal', 'timeout'];
const AXIOS_DEADLINES = ['timeout', 'signal', 'cancelToken'];
const GOT_DEADLINES = ['timeout', 'signal'];
const HTTP_DEADLINES = ['timeout', 'signal'];
const KY_DEADLINES = ['timeout', 'signal'];
const UNDICI_DEADLINES = ['signal', 'headersTimeout', 'bodyTimeout'];
const UNDICI_INSTANCE_DEADLINES = ['headersTimeout', 'bodyTimeout'];
const DEFAULT_CUSTOM_DEADLINES = ['timeout', 'signal'];

/** axios methods and the argument that holds their config. */
const AXIOS_METHODS: ReadonlyMap<string, number> = new Map([
  ['request', 0],
  ['get', 1],
  ['delete', 1],
  ['head', 1],
  ['options', 1],
  ['post', 2],
  ['put', 2],
  ['patch', 2],
  ['postForm', 2],
  ['putForm', 2],
  ['patchForm', 2],
]);
const SHORTCUT_METHODS = new Set(['get', 'post', 'put', 'patch', 'head', 'delete']);
const UNDICI_REQUESTS = new Set(['request', 'stream', 'pipeline']);
const UNDICI_DISPATCHERS: ReadonlyMap<string, number> = new Map([
  ['Client', 1],
  ['Pool', 1],
  ['BalancedPool', 1],
  ['Agent', 0],
]);

/** Member names that can end the callee of a client call: a cheap filter before any scope lookup. */
const CALLEE_NAMES = new Set([
  ...AXIOS_METHODS.keys(),
  ...SHORTCUT_METHODS,
  ...UNDICI_REQUESTS,
  'all',
  'create',
  'default',
  'extend',
  'fetch',
  'paginate',
]);

const URL_NAME = /(?:url|uri|href|endpoint)$/iu;

function request(client: HttpClientName, placement: Placement, deadlineKeys: readonly string[]): RequestSpec {
  return { kind: 'request', client, placement, deadlineKeys };
}

function factory(client: HttpClientName, optionsIndex: number | 'all', deadlineKeys: readonly string[], construct = false): FactorySpec {
  return { kind: 'factory', client, construct, optionsIndex, deadlineKeys };
}

/** What a member path of a known module is: `axios` + `['get']` is a request with its config at 1. */
function classifyModule(module: string, path: readonly string[]): Spec | undefined {
  const [first, second, ...rest] = path;
  if (rest.length > 0) return undefined;
  switch (module) {
    case GLOBAL:
      return first === 'fetch' && second === undefined ? request('fetch', 1, FETCH_DEADLINES) : undefined;
    case 'node-fetch':
    case 'cross-fetch':
    case 'isomorphic-fetch':
      return (first === undefined || first === 'fetch') && second === undefined ? request('fetch', 1, NODE_FETCH_DEADLINES) : undefined;
    case 'undici':
      if (second !== undefined || first === undefined) return undefined;
      if (first === 'fetch') return request('fetch', 1, FETCH_DEADLINES);
      if (UNDICI_REQUESTS.has(first)) return request('undici', 1, UNDICI_DEADLINES);
      return UNDICI_DISPATCHERS.has(first)
        ? factory('undici', UNDICI_DISPATCHERS.get(first) ?? 1, UNDICI_INSTANCE_DEADLINES, true)
        : undefined;
    case 'axios':
      return classifyAxios(path);
    case 'got':
      return classifyGot(path);
    case 'ky':
      return classifyKy(path);
    case 'http':
    case 'https':
      return (first === 'request' || first === 'get') && second === undefined
        ? request('http', 'urlOrOptionsThenCallback', HTTP_DEADLINES)
        : undefined;
    default:
      return undefined;
  }
}

function classifyAxios(path: readonly string[]): Spec | undefined {
  const [first, ...rest] = path;
  if (first === undefined) return request('axios', 'urlOrOptions', AXIOS_DEADLINES);
  if (rest.length > 0) return undefined;
  if (first === 'create') return factory('axios', 0, AXIOS_DEADLINES);
  const index = AXIOS_METHODS.get(first);
  return index === undefined ? undefined : request('axios', index, AXIOS_DEADLINES);
}

function classifyGot(path: readonly string[]): Spec | undefined {
  const [first, second, ...rest] = path;
  if (rest.length > 0) return undefined;
  if (first === 'extend' && second === undefined) return factory('got', 'all', GOT_DEADLINES);
  const isRequest =
    first === undefined ||
    (second === undefined && (SHORTCUT_METHODS.has(first) || first === 'stream' || first === 'paginate')) ||
    (first === 'stream' && second !== undefined && SHORTCUT_METHODS.has(second)) ||
    (first === 'paginate' && second === 'all');
  return isRequest ? request('got', 'urlOrOptions', GOT_DEADLINES) : undefined;
}

function classifyKy(path: readonly string[]): Spec | undefined {
  const [first, ...rest] = path;
  if (first === undefined) return request('ky', 1, KY_DEADLINES);
  if (rest.length > 0) return undefined;
  if (first === 'create' || first === 'extend') return factory('ky', 0, KY_DEADLINES);
  return SHORTCUT_METHODS.has(first) ? request('ky', 1, KY_DEADLINES) : undefined;
}

/** What a member path of an instance is: `api` + `['get']` where `api = axios.create()`. */
function classifyInstance(instance: HttpClientInstance, path: readonly string[]): Spec | undefined {
  switch (instance.client) {
    case 'axios':
      return classifyAxios(path);
    case 'got':
      return classifyGot(path);
    case 'ky':
      return classifyKy(path);
    case 'undici': {
      const [first, ...rest] = path;
      return first !== undefined && rest.length === 0 && UNDICI_REQUESTS.has(first) ? request('undici', 0, UNDICI_DEADLINES) : undefined;
    }
    default:
      return undefined;
  }
}

interface CompiledHttpClients {
  readonly clients: readonly CompiledHttpClient[];
  /** `CALLEE_NAMES` and the last segment of each client's name. */
  readonly calleeNames: ReadonlySet<string>;
}

const compiledClients = new WeakMap<readonly HttpClientSetting[], CompiledHttpClients>();

/** The `httpClients` setting compiled once per config, not once per file and rule. */
function compileHttpClients(settings: readonly HttpClientSetting[]): CompiledHttpClients {
  let compiled = compiledClients.get(settings);
  if (compiled === undefined) {
    const clients = settings.map((setting) => ({ setting, matches: compileModulePattern(setting.module), path: setting.name.split('.') }));
    compiled = { clients, calleeNames: new Set([...CALLEE_NAMES, ...clients.map((custom) => custom.path.at(-1) ?? '')]) };
    compiledClients.set(settings, compiled);
  }
  return compiled;
}

function isSamePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((segment, index) => segment === b[index]);
}

/**
 * Recognises the HTTP client calls of a file, resolved through scope: the global `fetch` (also
 * `globalThis.fetch`), `undici`, `node-fetch`, `cross-fetch`, `axios` (and `axios.create()`
 * instances), `got` (and `got.extend()`), `node:http`/`node:https`, undici's `request`/`stream` and
 * `Client`/`Pool`/`Agent` dispatchers, `ky`, and a project's own clients from
 * `settings.reliability.httpClients`. Imports may be renamed, default or namespace imports, or
 * `require` calls; a local function that happens to be called `fetch` is not the global.
 */
export function createHttpClientResolver(
  context: { readonly sourceCode: SourceCode; readonly filename: string; readonly cwd: string },
  settings: readonly HttpClientSetting[] = NO_CLIENTS,
): HttpClientResolver {
  // One resolver per file and setting, shared by the rules that ask: a call is resolved once, not once per rule.
  let bySettings = resolvers.get(context.sourceCode.ast);
  if (bySettings === undefined) {
    bySettings = new WeakMap();
    resolvers.set(context.sourceCode.ast, bySettings);
  }
  const known = bySettings.get(settings);
  if (known !== undefined) return known;
  const resolver = makeResolver(context, settings);
  bySettings.set(settings, resolver);
  return resolver;
}

const resolvers = new WeakMap<TSESTree.Program, WeakMap<readonly HttpClientSetting[], HttpClientResolver>>();

function makeResolver(
  context: { readonly sourceCode: SourceCode; readonly filename: string; readonly cwd: string },
  settings: readonly HttpClientSetting[],
): HttpClientResolver {
  const { sourceCode, filename, cwd } = context;
  const { clients: customClients, calleeNames } = compileHttpClients(settings);
  const instances = new WeakMap<TSESTree.Node, HttpClientInstance | null>();
  const requests = new WeakMap<TSESTree.CallExpression, HttpRequest | null>();

  return {
    mayUseHttpClients,
    getRequest,
    getInstance,
    getTarget(node) {
      const reference = toClientReference(getOrigin(sourceCode, node));
      if (reference === undefined || reference.type === 'custom' || reference.path.length > 0) return undefined;
      if (reference.type === 'instance') return { client: reference.instance.client, instance: reference.instance };
      return reference.module === 'axios' || reference.module === 'got' || reference.module === 'ky'
        ? { client: reference.module, instance: undefined }
        : undefined;
    },
  };

  function mayUseHttpClients(): boolean {
    let byClients = mayUseByFile.get(sourceCode.ast);
    if (byClients === undefined) {
      byClients = new WeakMap();
      mayUseByFile.set(sourceCode.ast, byClients);
    }
    const known = byClients.get(settings);
    if (known !== undefined) return known;
    const answer = findClientEntry();
    byClients.set(settings, answer);
    return answer;
  }

  /**
   * Whether the file imports or requires a client module, or can reach the global `fetch`: a cheap
   * look at the imports and at the global scope, so that a file without any client costs nothing more.
   */
  function findClientEntry(): boolean {
    for (const statement of sourceCode.ast.body) {
      if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
        if (statement.importKind !== 'type' && isClientModule(statement.source.value)) return true;
      } else if (statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
        const reference = statement.moduleReference;
        if (reference.type !== AST_NODE_TYPES.TSExternalModuleReference) continue;
        const { expression } = reference;
        if (expression.type !== AST_NODE_TYPES.Literal || typeof expression.value !== 'string' || isClientModule(expression.value)) return true;
      }
    }
    // `require('m')` with a literal name that is not a client cannot give one; any other `require` call may.
    for (const call of getFileFacts(sourceCode).requireCalls) {
      const [source] = call.arguments;
      if (source?.type !== AST_NODE_TYPES.Literal || typeof source.value !== 'string' || isClientModule(source.value)) return true;
    }
    const globalScope = sourceCode.scopeManager?.globalScope;
    if (globalScope === null || globalScope === undefined) return true;
    const globalReferences = (name: string): readonly TSESLint.Scope.Reference[] => {
      const variable = globalScope.set.get(name);
      if (variable !== undefined) return variable.defs.length === 0 ? variable.references : [];
      return globalScope.through.filter((reference) => reference.identifier.name === name);
    };
    // The one global client is `fetch`, read directly or through a global object: its name is in the text.
    if (!sourceCode.text.includes('fetch')) return false;
    for (const name of GLOBAL_ENTRIES) {
      if (globalReferences(name).length > 0) return true;
    }
    return false;
  }

  function isClientModule(source: string): boolean {
    return HTTP_CLIENT_MODULES.has(source.replace(/^node:/u, '')) || customClients.some((custom) => custom.matches(source, filename, cwd));
  }

  // Both ask the callee first: most calls are ruled out by its shape or method name, and are not remembered.
  function getRequest(call: TSESTree.CallExpression): HttpRequest | undefined {
    if (!isCandidateCallee(call.callee)) return undefined;
    const known = requests.get(call);
    if (known !== undefined) return known ?? undefined;
    const request = findRequest(call);
    requests.set(call, request ?? null);
    return request;
  }

  function findRequest(call: TSESTree.CallExpression): HttpRequest | undefined {
    const reference = toClientReference(getOrigin(sourceCode, call.callee));
    const spec = reference === undefined ? undefined : classify(reference);
    if (spec?.kind !== 'request') return undefined;
    return {
      client: spec.client,
      node: call,
      callee: sourceCode.getText(call.callee).replaceAll(/\s+/gu, ''),
      options: locateOptions(call, spec.placement),
      deadlineKeys: spec.deadlineKeys,
      instance: reference?.type === 'instance' ? reference.instance : undefined,
      setting: spec.setting,
    };
  }

  function getInstance(node: TSESTree.CallExpression | TSESTree.NewExpression): HttpClientInstance | undefined {
    if (!isCandidateCallee(node.callee)) return undefined;
    const cached = instances.get(node);
    if (cached !== undefined) return cached ?? undefined;
    instances.set(node, null);
    const instance = makeInstance(node);
    instances.set(node, instance ?? null);
    return instance;
  }

  function makeInstance(node: TSESTree.CallExpression | TSESTree.NewExpression): HttpClientInstance | undefined {
    const reference = toClientReference(getOrigin(sourceCode, node.callee));
    const spec = reference === undefined ? undefined : classify(reference);
    if (spec?.kind !== 'factory' || spec.construct !== (node.type === AST_NODE_TYPES.NewExpression)) return undefined;
    const options = spec.optionsIndex === 'all' ? node.arguments : node.arguments.slice(spec.optionsIndex, spec.optionsIndex + 1);
    return {
      client: spec.client,
      node,
      options,
      deadlineKeys: spec.deadlineKeys,
      parent: reference?.type === 'instance' ? reference.instance : undefined,
    };
  }

  /** A cheap syntactic filter: the callee ends in a name some client uses, or is a plain or `this.x` reference. */
  function isCandidateCallee(callee: TSESTree.Expression): boolean {
    const expression = unwrapTSExpression(callee);
    if (expression.type === AST_NODE_TYPES.Identifier) return true;
    if (expression.type !== AST_NODE_TYPES.MemberExpression) return false;
    if (expression.object.type === AST_NODE_TYPES.ThisExpression) return true;
    const name = getPropertyName(expression);
    return name !== undefined && calleeNames.has(name);
  }

  function toClientReference(origin: Origin | undefined): ClientReference | undefined {
    if (origin === undefined) return undefined;
    if (origin.type === 'global') return { type: 'module', module: GLOBAL, path: origin.path };
    if (origin.type === 'call') {
      const instance = getInstance(origin.node);
      return instance === undefined ? undefined : { type: 'instance', instance, path: origin.path };
    }
    const custom = customClients.find(
      (client) =>
        client.matches(origin.source, filename, cwd) &&
        (isSamePath(origin.path, client.path) || (origin.path.length === 0 && isSamePath(client.path, ['default']))),
    );
    if (custom !== undefined) return { type: 'custom', client: custom };
    const module = origin.source.replace(/^node:/u, '');
    if (!HTTP_CLIENT_MODULES.has(module)) return undefined;
    // Every known client is CommonJS or has a default export that is the module itself.
    return { type: 'module', module, path: origin.path[0] === 'default' ? origin.path.slice(1) : origin.path };
  }

  function classify(reference: ClientReference): Spec | undefined {
    switch (reference.type) {
      case 'custom': {
        const { setting } = reference.client;
        return {
          kind: 'request',
          client: 'custom',
          placement: setting.optionsArgument ?? 1,
          deadlineKeys: setting.deadlineKeys ?? DEFAULT_CUSTOM_DEADLINES,
          setting,
        };
      }
      case 'instance':
        return classifyInstance(reference.instance, reference.path);
      default:
        return classifyModule(reference.module, reference.path);
    }
  }

  function locateOptions(call: TSESTree.CallExpression, placement: Placement): RequestOptions {
    const args = call.arguments;
    if (typeof placement === 'number') return atIndex(args, placement);
    const [first, second] = args;
    if (first === undefined || first.type === AST_NODE_TYPES.SpreadElement) return { type: 'unknown' };
    if (isObjectArgument(first)) return { type: 'argument', index: 0, node: first };
    if (placement === 'urlOrOptions') {
      if (second !== undefined) return atIndex(args, 1);
      return isUrlArgument(first) ? { type: 'absent', index: 1 } : { type: 'unknown' };
    }
    // `http.request(url, options?, callback?)` or `http.request(options, callback?)`.
    if (second === undefined || isCallback(second)) {
      if (isUrlArgument(first)) return { type: 'absent', index: 1 };
      return second === undefined ? { type: 'unknown' } : { type: 'argument', index: 0, node: first };
    }
    return isUrlArgument(first) ? atIndex(args, 1) : { type: 'unknown' };
  }

  /** An object literal, or a variable that holds one. */
  function isObjectArgument(node: TSESTree.Expression): boolean {
    const expression = unwrapTSExpression(node);
    if (expression.type === AST_NODE_TYPES.ObjectExpression) return true;
    const init = expression.type === AST_NODE_TYPES.Identifier ? getConstInit(expression) : undefined;
    return init !== undefined && unwrapTSExpression(init).type === AST_NODE_TYPES.ObjectExpression;
  }

  /**
   * A value that is a URL, not an options object: a string or template, a concatenation, `new URL()`,
   * `x.href`, `String(x)`, a `const` holding one, or a variable declared as `string`/`URL` or named
   * `url`, `uri`, `href`, `endpoint` (`targetUrl`, `apiEndpoint`).
   */
  function isUrlArgument(node: TSESTree.Expression, depth = 0): boolean {
    const expression = unwrapTSExpression(node);
    switch (expression.type) {
      case AST_NODE_TYPES.Literal:
        return typeof expression.value === 'string';
      case AST_NODE_TYPES.TemplateLiteral:
      case AST_NODE_TYPES.BinaryExpression:
        return true;
      case AST_NODE_TYPES.NewExpression:
        return expression.callee.type === AST_NODE_TYPES.Identifier && expression.callee.name === 'URL';
      case AST_NODE_TYPES.MemberExpression: {
        const name = getPropertyName(expression);
        return name !== undefined && URL_NAME.test(name);
      }
      case AST_NODE_TYPES.CallExpression:
        return (
          (expression.callee.type === AST_NODE_TYPES.Identifier && expression.callee.name === 'String') ||
          (expression.callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(expression.callee) === 'toString')
        );
      case AST_NODE_TYPES.Identifier: {
        if (URL_NAME.test(expression.name) || isDeclaredAsUrl(expression)) return true;
        const init = depth === 0 ? getConstInit(expression) : undefined;
        return init !== undefined && isUrlArgument(init, depth + 1);
      }
      default:
        return false;
    }
  }

  function isDeclaredAsUrl(identifier: TSESTree.Identifier): boolean {
    const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
    const name = variable?.defs[0]?.name;
    const annotation = name?.type === AST_NODE_TYPES.Identifier ? name.typeAnnotation?.typeAnnotation : undefined;
    return (
      annotation?.type === AST_NODE_TYPES.TSStringKeyword ||
      annotation?.type === AST_NODE_TYPES.TSTemplateLiteralType ||
      (annotation?.type === AST_NODE_TYPES.TSTypeReference &&
        annotation.typeName.type === AST_NODE_TYPES.Identifier &&
        annotation.typeName.name === 'URL')
    );
  }

  /** A function written in the call, or a name the file declares as a function. */
  function isCallback(node: TSESTree.CallExpressionArgument): boolean {
    if (isFunction(node)) return true;
    if (node.type !== AST_NODE_TYPES.Identifier) return false;
    const definition = ASTUtils.findVariable(sourceCode.getScope(node), node)?.defs[0];
    if (definition?.type === 'FunctionName') return true;
    const init = getConstInit(node);
    return init !== undefined && isFunction(init);
  }

  function getConstInit(identifier: TSESTree.Identifier): TSESTree.Expression | undefined {
    const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (definition?.type !== 'Variable' || definition.parent.kind !== 'const' || definition.node.id !== definition.name) return undefined;
    return definition.node.init ?? undefined;
  }
}

function atIndex(args: readonly TSESTree.CallExpressionArgument[], index: number): RequestOptions {
  if (args.slice(0, index + 1).some((arg) => arg.type === AST_NODE_TYPES.SpreadElement)) return { type: 'unknown' };
  const node = args[index];
  if (node === undefined) return { type: 'absent', index };
  return node.type === AST_NODE_TYPES.SpreadElement ? { type: 'unknown' } : { type: 'argument', index, node };
}

function isFunction(node: TSESTree.CallExpressionArgument | TSESTree.Expression): boolean {
  return node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionExpression;
}
