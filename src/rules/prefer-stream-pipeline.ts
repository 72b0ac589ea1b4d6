import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import type { FunctionNode } from '../util/index.js';
import {
  buildAddImportFix,
  createRule,
  findTrackedReferences,
  getImportBinding,
  getMethodCallSelector,
  getPropertyName,
  getRequiredModule,
  getSettings,
  getUnusedName,
  isDeclaredInScope,
  isFunctionNode,
} from '../util/index.js';

export type Options = [];
export type MessageIds = 'pipeLosesErrors' | 'useAwaitedPipeline' | 'usePipelineCallback';

/** What a tracked node is: a stream, or a call whose callback receives streams. */
type Kind = 'client' | 'server' | 'stream';

const { CALL, CONSTRUCT, READ } = ASTUtils.ReferenceTracker;
const PIPE_CALL = getMethodCallSelector(['pipe']);
const STREAM_CALL = { [CALL]: 'stream' };
const STREAM_CONSTRUCT = { [CONSTRUCT]: 'stream' };
const ZLIB_FACTORIES = [
  'createBrotliCompress',
  'createBrotliDecompress',
  'createDeflate',
  'createDeflateRaw',
  'createGunzip',
  'createGzip',
  'createInflate',
  'createInflateRaw',
  'createUnzip',
  'createZstdCompress',
  'createZstdDecompress',
];
const FS_MAP = { createReadStream: STREAM_CALL, createWriteStream: STREAM_CALL };
const ZLIB_MAP = Object.fromEntries(ZLIB_FACTORIES.map((name) => [name, STREAM_CALL]));
const STREAM_MAP = {
  Duplex: { ...STREAM_CONSTRUCT, from: STREAM_CALL },
  PassThrough: STREAM_CONSTRUCT,
  Readable: { ...STREAM_CONSTRUCT, from: STREAM_CALL },
  Transform: STREAM_CONSTRUCT,
  Writable: STREAM_CONSTRUCT,
};
const PROCESS_MAP = { stdin: { [READ]: 'stream' }, stdout: { [READ]: 'stream' }, stderr: { [READ]: 'stream' } };
const HTTP_MAP = { createServer: { [CALL]: 'server' }, get: { [CALL]: 'client' }, request: { [CALL]: 'client' } };
/** Node stream sources and sinks, and the calls whose callbacks receive requests and responses. */
const MODULE_TRACE_MAP = {
  fs: FS_MAP,
  'node:fs': FS_MAP,
  zlib: ZLIB_MAP,
  'node:zlib': ZLIB_MAP,
  stream: STREAM_MAP,
  'node:stream': STREAM_MAP,
  process: PROCESS_MAP,
  'node:process': PROCESS_MAP,
  http: HTTP_MAP,
  'node:http': HTTP_MAP,
  https: HTTP_MAP,
  'node:https': HTTP_MAP,
};
const GLOBAL_TRACE_MAP = { process: PROCESS_MAP };

const STREAM_CLASSES = ['Duplex', 'PassThrough', 'Readable', 'Stream', 'Transform', 'Writable'];
const ZLIB_CLASSES = ['BrotliCompress', 'BrotliDecompress', 'Deflate', 'DeflateRaw', 'Gunzip', 'Gzip', 'Inflate', 'InflateRaw', 'Unzip'];
const HTTP_CLASSES = ['ClientRequest', 'IncomingMessage', 'ServerResponse'];
/** Types that declare a Node stream, by module (`node:` prefixes are stripped first). */
const STREAM_TYPES: Readonly<Record<string, ReadonlySet<string>>> = {
  stream: new Set(STREAM_CLASSES),
  fs: new Set(['ReadStream', 'WriteStream']),
  zlib: new Set(ZLIB_CLASSES),
  http: new Set(HTTP_CLASSES),
  https: new Set(HTTP_CLASSES),
  net: new Set(['Socket']),
  tls: new Set(['TLSSocket']),
  // Express's request and response are Node's `IncomingMessage` and `ServerResponse`.
  express: new Set(['Request', 'Response']),
};
const GLOBAL_STREAM_TYPES = new Set(['ReadWriteStream', 'ReadableStream', 'WritableStream']);
/** Stream methods that return the stream itself, so a chain can go on after them. */
const CHAINABLE_METHODS = new Set(['addListener', 'on', 'once', 'pause', 'prependListener', 'prependOnceListener', 'resume', 'setEncoding']);
const PROMISES_MODULES = ['node:stream/promises', 'stream/promises'] as const;
const CALLBACK_MODULES = ['node:stream', 'stream'] as const;
const DEFAULT_LOGGER = 'logger';
/** How many `const a = b` steps are followed; enough for real code, safe for cycles. */
const MAX_DEPTH = 5;

/** A `src.pipe(a).pipe(b)` chain: its source, its destinations in order, and what stops a rewrite. */
interface Chain {
  readonly source: TSESTree.Expression;
  readonly destinations: readonly TSESTree.Expression[];
  readonly firstPipe: TSESTree.Node;
  /** `{ end: false }` of the last `.pipe()`: only the promise form of `pipeline()` takes it. */
  readonly options: TSESTree.ObjectExpression | undefined;
  /** Options of an earlier `.pipe()`, `?.pipe(...)` or `.on(...)` in between: `pipeline()` cannot say the same. */
  readonly rewritable: boolean;
}

export default createRule<Options, MessageIds>({
  name: 'prefer-stream-pipeline',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce `pipeline()` over `.pipe()` chains of Node streams',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      pipeLosesErrors:
        "A `.pipe()` chain neither forwards errors nor destroys the other streams when one fails, so a broken transfer leaks file descriptors or crashes the process on an unhandled `'error'`. Use `pipeline()` from `node:stream/promises`.",
      useAwaitedPipeline: 'Replace the chain with `await {{name}}(...)` from `node:stream/promises`.',
      usePipelineCallback: 'Replace the chain with `{{name}}(...)` from `node:stream` and a callback that logs the error.',
    },
  },
  create(context) {
    const { sourceCode } = context;
    // A cheap prefilter: no `pipe` anywhere in the text means no `.pipe()` call.
    if (!sourceCode.text.includes('pipe')) return {};
    const configuredLoggers = getSettings(context).loggers ?? [];
    let tracked: ReadonlyMap<TSESTree.Node, Kind> | undefined;

    return {
      [PIPE_CALL](node: TSESTree.CallExpression) {
        if (!isPipeCall(node) || isInnerPipe(node)) return;
        const chain = getChain(node);
        if (![chain.source, ...chain.destinations].some((side) => isNodeStream(side, 0))) return;
        context.report({
          loc: { start: chain.firstPipe.loc.start, end: node.loc.end },
          messageId: 'pipeLosesErrors',
          suggest: buildSuggestions(node, chain),
        });
      },
    };

    /** Node's `.pipe(destination)` or `.pipe(destination, { end })`; RxJS's `.pipe(op1, op2)` has other arguments. */
    function isPipeCall(node: TSESTree.Node): boolean {
      if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
      if (getPropertyName(node.callee) !== 'pipe') return false;
      const [destination, options, ...rest] = node.arguments;
      return (
        destination !== undefined &&
        destination.type !== AST_NODE_TYPES.SpreadElement &&
        rest.length === 0 &&
        (options === undefined || options.type === AST_NODE_TYPES.ObjectExpression)
      );
    }

    /** A `.pipe()` whose result is piped on (maybe after `.on(...)`): the outermost call reports the chain. */
    function isInnerPipe(node: TSESTree.CallExpression): boolean {
      let current: TSESTree.Node = node;
      for (;;) {
        let parent: TSESTree.Node | undefined = current.parent;
        while (parent?.type === AST_NODE_TYPES.ChainExpression || parent?.type === AST_NODE_TYPES.TSNonNullExpression) {
          current = parent;
          parent = current.parent;
        }
        if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== current) return false;
        const call: TSESTree.Node = parent.parent;
        if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== parent) return false;
        if (isPipeCall(call)) return true;
        if (!CHAINABLE_METHODS.has(getPropertyName(parent) ?? '')) return false;
        current = call;
      }
    }

    function getChain(outermost: TSESTree.CallExpression): Chain {
      const destinations: TSESTree.Expression[] = [];
      let rewritable = true;
      let firstPipe: TSESTree.Node = outermost;
      let options: TSESTree.ObjectExpression | undefined;
      let current: TSESTree.Expression = outermost;
      for (;;) {
        const call = skipWrappers(current);
        if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) break;
        if (isPipeCall(call)) {
          destinations.unshift(call.arguments[0] as TSESTree.Expression);
          firstPipe = call.callee.property;
          const [, pipeOptions] = call.arguments;
          if (pipeOptions !== undefined) {
            if (call === outermost && isEndOption(pipeOptions)) options = pipeOptions;
            else rewritable = false;
          }
        } else if (CHAINABLE_METHODS.has(getPropertyName(call.callee) ?? '')) {
          rewritable = false;
        } else {
          break;
        }
        if (call !== current || call.callee.optional || call.optional) rewritable = false;
        current = call.callee.object;
      }
      return { source: current, destinations, firstPipe, options, rewritable };
    }

    /** Whether the file shows `node` to be a Node stream. */
    function isNodeStream(node: TSESTree.Node, depth: number): boolean {
      if (depth > MAX_DEPTH) return false;
      switch (node.type) {
        case AST_NODE_TYPES.TSAsExpression:
        case AST_NODE_TYPES.TSTypeAssertion:
          return isStreamType(node.typeAnnotation) || isNodeStream(node.expression, depth);
        case AST_NODE_TYPES.TSNonNullExpression:
        case AST_NODE_TYPES.TSSatisfiesExpression:
        case AST_NODE_TYPES.ChainExpression:
          return isNodeStream(node.expression, depth);
        case AST_NODE_TYPES.ConditionalExpression:
          return isNodeStream(node.consequent, depth) || isNodeStream(node.alternate, depth);
        case AST_NODE_TYPES.LogicalExpression:
          return isNodeStream(node.left, depth) || isNodeStream(node.right, depth);
        case AST_NODE_TYPES.CallExpression:
          if (getTracked().get(node) === 'stream') return true;
          // `a.pipe(b)` is `b`; `a.on(...)` is `a`.
          if (isPipeCall(node)) return isNodeStream(node.arguments[0] as TSESTree.Node, depth);
          return (
            node.callee.type === AST_NODE_TYPES.MemberExpression &&
            CHAINABLE_METHODS.has(getPropertyName(node.callee) ?? '') &&
            isNodeStream(node.callee.object, depth)
          );
        case AST_NODE_TYPES.NewExpression:
        case AST_NODE_TYPES.MemberExpression:
          return getTracked().get(node) === 'stream';
        case AST_NODE_TYPES.Identifier:
          return isStreamVariable(node, depth);
        default:
          return false;
      }
    }

    function isStreamVariable(identifier: TSESTree.Identifier, depth: number): boolean {
      const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
      const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (variable === null || definition === undefined) return false;
      if (definition.type === 'Parameter') return hasStreamType(definition.name) || isRequestOrResponse(definition);
      if (definition.type !== 'Variable') return false;
      if (definition.node.id === definition.name && hasStreamType(definition.name)) return true;
      const writes = variable.references.filter((reference) => reference.writeExpr !== null && reference.writeExpr !== undefined);
      return (
        definition.node.id === definition.name &&
        writes.length > 0 &&
        writes.every((reference) => isNodeStream(reference.writeExpr as TSESTree.Node, depth + 1))
      );
    }

    /** `(req, res)` of `http.createServer(...)`, `(res)` of `http.get(...)` and `http.request(...)`. */
    function isRequestOrResponse(definition: TSESLint.Scope.Definition): boolean {
      const fn = definition.node;
      if (!isFunctionNode(fn) || fn.parent.type !== AST_NODE_TYPES.CallExpression) return false;
      const kind = getTracked().get(fn.parent);
      const index = fn.params.findIndex(
        (parameter) => parameter === definition.name || (parameter.type === AST_NODE_TYPES.AssignmentPattern && parameter.left === definition.name),
      );
      return (kind === 'server' && (index === 0 || index === 1)) || (kind === 'client' && index === 0);
    }

    function hasStreamType(binding: TSESTree.Node): boolean {
      return binding.type === AST_NODE_TYPES.Identifier && binding.typeAnnotation !== undefined && isStreamType(binding.typeAnnotation.typeAnnotation);
    }

    /** `Readable`, `stream.Readable`, `http.IncomingMessage`, `NodeJS.ReadableStream`... */
    function isStreamType(type: TSESTree.TypeNode): boolean {
      if (type.type !== AST_NODE_TYPES.TSTypeReference) return false;
      const { typeName } = type;
      if (typeName.type === AST_NODE_TYPES.Identifier) {
        const binding = getImportBinding(sourceCode, typeName);
        return binding !== undefined && isStreamExport(binding.source, binding.imported);
      }
      if (typeName.type !== AST_NODE_TYPES.TSQualifiedName || typeName.left.type !== AST_NODE_TYPES.Identifier) return false;
      const { left, right } = typeName;
      if (left.name === 'NodeJS' && !isDeclaredInScope(sourceCode.getScope(left), 'NodeJS')) return GLOBAL_STREAM_TYPES.has(right.name);
      const binding = getImportBinding(sourceCode, left);
      return (
        binding !== undefined && (binding.imported === '*' || binding.imported === 'default') && isStreamExport(binding.source, right.name)
      );
    }

    /** The file's stream-creating calls and reads, found once through its imports, `require`s and globals. */
    function getTracked(): ReadonlyMap<TSESTree.Node, Kind> {
      if (tracked !== undefined) return tracked;
      const found = new Map<TSESTree.Node, Kind>();
      for (const { node, info } of findTrackedReferences<Kind>(sourceCode, MODULE_TRACE_MAP, GLOBAL_TRACE_MAP)) found.set(node, info);
      tracked = found;
      return found;
    }

    function buildSuggestions(call: TSESTree.CallExpression, chain: Chain): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const statement = call.parent;
      if (!chain.rewritable || statement.type !== AST_NODE_TYPES.ExpressionStatement || !areCommentsKept(call, chain)) return [];
      const stages = [chain.source, ...chain.destinations].map((node) =>
        node.type === AST_NODE_TYPES.SequenceExpression ? `(${sourceCode.getText(node)})` : sourceCode.getText(node),
      );
      if (chain.options !== undefined) stages.push(sourceCode.getText(chain.options));
      const scope = sourceCode.getScope(call);
      if (getEnclosingFunction(call)?.async === true) {
        const binding = getPipelineBinding(scope, PROMISES_MODULES);
        if (binding === undefined) return [];
        const text = `await ${binding.name}(${stages.join(', ')})`;
        return [{ messageId: 'useAwaitedPipeline', data: { name: binding.name }, fix: (fixer) => [...binding.fixes(fixer), fixer.replaceText(call, text)] }];
      }
      const binding = chain.options === undefined ? getPipelineBinding(scope, CALLBACK_MODULES) : undefined;
      const logger = getLoggerCall(scope);
      if (binding === undefined || logger === undefined) return [];
      const error = getUnusedName(sourceCode, scope, ['error', 'err', 'pipelineError']);
      const text = `${binding.name}(${stages.join(', ')}, (${error}) => { if (${error}) ${logger}(${error}); })`;
      return [{ messageId: 'usePipelineCallback', data: { name: binding.name }, fix: (fixer) => [...binding.fixes(fixer), fixer.replaceText(call, text)] }];
    }

    /** The rewrite keeps only the streams' own text: a comment elsewhere in the chain would be lost. */
    function areCommentsKept(call: TSESTree.CallExpression, chain: Chain): boolean {
      const stages = [chain.source, ...chain.destinations, ...(chain.options === undefined ? [] : [chain.options])];
      return sourceCode
        .getCommentsInside(call)
        .every((comment) => stages.some((stage) => comment.range[0] >= stage.range[0] && comment.range[1] <= stage.range[1]));
    }

    /**
     * The local name of `pipeline` from one of `modules` (an existing import or destructured `require`
     * visible here), or `pipeline` with the edit that imports it; `undefined` when the name is taken.
     */
    function getPipelineBinding(
      scope: TSESLint.Scope.Scope,
      modules: readonly [string, ...string[]],
    ): { name: string; fixes: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[] } | undefined {
      for (const name of getImportedPipelineNames(modules)) {
        const variable = ASTUtils.findVariable(scope, name);
        const definition = variable?.defs[0];
        if (definition !== undefined && definition.name.type === AST_NODE_TYPES.Identifier) {
          const binding = getImportBinding(sourceCode, definition.name);
          if (binding?.imported === 'pipeline' && modules.includes(binding.source)) return { name, fixes: () => [] };
        }
      }
      const globalScope = sourceCode.getScope(sourceCode.ast);
      if (ASTUtils.findVariable(scope, 'pipeline') !== null || globalScope.through.some((reference) => reference.identifier.name === 'pipeline')) {
        return undefined;
      }
      const addImport = buildAddImportFix(sourceCode, modules[0], 'pipeline');
      return { name: 'pipeline', fixes: (fixer) => [addImport(fixer)] };
    }

    /** Local names bound to `pipeline` by top-level imports and `require`s of `modules`. */
    function getImportedPipelineNames(modules: readonly string[]): string[] {
      const names: string[] = [];
      for (const statement of sourceCode.ast.body) {
        if (statement.type === AST_NODE_TYPES.ImportDeclaration && modules.includes(statement.source.value)) {
          for (const specifier of statement.specifiers) names.push(specifier.local.name);
        } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
          for (const declarator of statement.declarations) {
            if (declarator.init === null || getRequiredModule(sourceCode, declarator.init) === undefined) continue;
            if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern) continue;
            for (const property of declarator.id.properties) {
              if (property.type === AST_NODE_TYPES.Property && property.value.type === AST_NODE_TYPES.Identifier) names.push(property.value.name);
            }
          }
        }
      }
      return names;
    }

    /** `logger.error` when a configured logger is visible here, else the global `console.error`. */
    function getLoggerCall(scope: TSESLint.Scope.Scope): string | undefined {
      const logger = [...configuredLoggers, DEFAULT_LOGGER].find((name) => isDeclaredInScope(scope, name));
      if (logger !== undefined) return `${logger}.error`;
      return isDeclaredInScope(scope, 'console') ? undefined : 'console.error';
    }
  },
});

/** `{ end: false }`: the one `.pipe()` option that `pipeline()` also takes. */
function isEndOption(node: TSESTree.CallExpressionArgument): node is TSESTree.ObjectExpression {
  return (
    node.type === AST_NODE_TYPES.ObjectExpression &&
    node.properties.length === 1 &&
    node.properties.every(
      (property) =>
        property.type === AST_NODE_TYPES.Property &&
        !property.computed &&
        property.key.type === AST_NODE_TYPES.Identifier &&
        property.key.name === 'end',
    )
  );
}

function isStreamExport(source: string, name: string): boolean {
  return STREAM_TYPES[source.replace(/^node:/u, '')]?.has(name) === true;
}

function skipWrappers(node: TSESTree.Expression): TSESTree.Expression {
  let current = node;
  while (current.type === AST_NODE_TYPES.ChainExpression || current.type === AST_NODE_TYPES.TSNonNullExpression) current = current.expression;
  return current;
}

function getEnclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  // `Program.parent` is `null` at runtime, whatever the type says.
  for (let current: TSESTree.Node | null | undefined = node.parent; current != null; current = current.parent) {
    if (isFunctionNode(current)) return current;
  }
  return undefined;
}
