import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import path from 'node:path';

import {
  createConfigCache,
  createRule,
  findTrackedReferences,
  getImportBinding,
  getMemberSelector,
  getPathFromCwd,
  getPropertyName,
  getRequiredModule,
  getRootIdentifier,
  getSettings,
  getStaticPath,
  isFunctionNode,
  isGlobalReference,
  mergeNames,
  stringListSchema,
  unwrapTSExpression,
} from '../util/index.js';

export type Options = [{ shutdownHelpers?: string[] }];
export type MessageIds = 'missingShutdownHandler';

/**
 * What `.listen()` is called on: an `app` whose `listen()` returns the server (Express, Koa), a
 * `server` that owns itself (Node's, Fastify, NestJS), or an object only `named` like a server.
 */
type ServerKind = 'app' | 'named' | 'server';

const { CALL, CONSTRUCT } = ASTUtils.ReferenceTracker;
const SERVER_FACTORY = { [CALL]: 'server' };
const NODE_SERVER_MAP = { createServer: SERVER_FACTORY, createSecureServer: SERVER_FACTORY };
/** Calls that create something whose `.listen()` starts a production server. */
const SERVER_FACTORIES = {
  http: NODE_SERVER_MAP,
  'node:http': NODE_SERVER_MAP,
  https: NODE_SERVER_MAP,
  'node:https': NODE_SERVER_MAP,
  http2: NODE_SERVER_MAP,
  'node:http2': NODE_SERVER_MAP,
  net: NODE_SERVER_MAP,
  'node:net': NODE_SERVER_MAP,
  express: { [CALL]: 'app' },
  koa: { [CONSTRUCT]: 'app' },
  connect: { [CALL]: 'app' },
  polka: { [CALL]: 'server' },
  restify: { createServer: SERVER_FACTORY },
  fastify: { [CALL]: 'server', fastify: SERVER_FACTORY },
  '@nestjs/core': { NestFactory: { create: SERVER_FACTORY } },
  'apollo-server': { ApolloServer: { [CONSTRUCT]: 'server' } },
};
/** Packages that drain a server on `SIGTERM` (or register the handler) once imported and wired up. */
const SHUTDOWN_MODULES = new Set([
  '@godaddy/terminus',
  'async-exit-hook',
  'close-with-grace',
  'death',
  'exit-hook',
  'fastify-graceful-shutdown',
  'http-graceful-shutdown',
  'http-terminator',
  'lightship',
  'node-cleanup',
  'stoppable',
]);
/** A helper whose name says it shuts down (`gracefulShutdown(server)`, `app.enableShutdownHooks()`). */
const SHUTDOWN_NAME = /shutdown|graceful/iu;
const LISTENER_METHODS = new Set(['addListener', 'on', 'once', 'prependListener', 'prependOnceListener']);
const CLOSE_METHODS = new Set(['close', 'destroy', 'stop', 'terminate']);
const CLOSE_MEMBER = getMemberSelector(CLOSE_METHODS);
/** Hosts only the machine itself can reach: no load balancer sends traffic there. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);
/** Names a server or app is conventionally held in: `app`, `server`, `fastify`, `httpServer`, `nestApp`. */
const SERVER_NAME = /^(?:app|application|fastify|server)$|[a-z0-9](?:App|Server)$/u;
const TEST_DIRECTORIES = new Set(['__fixtures__', '__mocks__', '__tests__', 'e2e', 'fixtures', 'mocks', 'spec', 'test', 'tests']);
/** `server.test.ts`, `app.spec.js`, `api.e2e-spec.ts`, `mockServer.ts`, `fake-api.js`. */
const TEST_FILE = /\.(?:e2e-spec|e2e|spec|test)\.[cm]?[jt]sx?$|^(?:fake|mock|stub)(?:[A-Z._-]|$)/u;
/** How many `const a = b` steps are followed; enough for real code, safe for cycles. */
const MAX_DEPTH = 5;

interface Candidate {
  readonly call: TSESTree.CallExpression;
  readonly callee: TSESTree.MemberExpression;
}

/** The shutdown helpers of a configuration. */
const getHelpers = createConfigCache((options: Options[0], settings) => mergeNames([], settings.shutdownHelpers, options.shutdownHelpers));

export default createRule<Options, MessageIds>({
  name: 'require-graceful-shutdown',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a `SIGTERM` handler or a shutdown helper in a file that starts a server',
      recommended: 'recommended',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          shutdownHelpers: stringListSchema(
            'Functions, as dotted paths, whose call in the file counts as graceful shutdown; replaces `settings.reliability.shutdownHelpers`.',
          ),
        },
      },
    ],
    defaultOptions: [{}],
    messages: {
      missingShutdownHandler:
        'This file starts a server with `{{callee}}()` but never handles `SIGTERM`, so every deploy drops the requests in flight. On `SIGTERM`, stop accepting connections, drain them with a deadline, close pools, then exit.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    // A cheap prefilter: no `listen` anywhere in the text means no `.listen()` call. Servers of tests,
    // mocks and fixtures are never deployed.
    if (!sourceCode.text.includes('listen') || isTestFile(getPathFromCwd(context))) return {};
    const helpers = getHelpers(context, options);
    const candidates: Candidate[] = [];
    const closed = new Set<string>();
    let handled = false;
    let factories: ReadonlyMap<TSESTree.Node, ServerKind> | undefined;

    return {
      ImportDeclaration(node) {
        if (SHUTDOWN_MODULES.has(node.source.value)) handled = true;
      },
      ImportExpression(node) {
        if (node.source.type === AST_NODE_TYPES.Literal && SHUTDOWN_MODULES.has(String(node.source.value))) handled = true;
      },
      [CLOSE_MEMBER](node: TSESTree.MemberExpression) {
        // `server.close()`, `server.close.bind(server)`, `promisify(server.close)`: the file closes it.
        if (handled || !CLOSE_METHODS.has(getPropertyName(node) ?? '')) return;
        const closedPath = getStaticPath(node.object);
        if (closedPath !== undefined && !isInOtherSignalHandler(node)) closed.add(closedPath.join('.'));
      },
      CallExpression(node) {
        if (handled) return;
        const { callee } = node;
        if (callee.type === AST_NODE_TYPES.Identifier) {
          if (callee.name === 'require') {
            const source = getRequiredModule(sourceCode, node);
            if (source !== undefined && SHUTDOWN_MODULES.has(source)) handled = true;
          }
          if (isShutdownHelper([callee.name])) handled = true;
          return;
        }
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
        const method = getPropertyName(callee);
        if (method === undefined) return;
        if (method === 'listen') {
          candidates.push({ call: node, callee });
          return;
        }
        if ((LISTENER_METHODS.has(method) && isProcess(callee.object) && mayBeSigterm(node)) || isShutdownHelper(getStaticPath(callee))) {
          handled = true;
        }
      },
      'Program:exit'() {
        if (handled) return;
        for (const candidate of candidates) {
          const kind = getServerKind(candidate.callee.object, 0);
          if (kind === undefined || isLoopbackOnly(candidate.call) || isClosedOrHandedOver(candidate, kind)) continue;
          context.report({
            node: candidate.callee.property,
            messageId: 'missingShutdownHandler',
            data: { callee: getStaticPath(candidate.callee)?.join('.') ?? 'listen' },
          });
        }
      },
    };

    function isShutdownHelper(path: readonly string[] | undefined): boolean {
      if (path === undefined) return false;
      const dotted = path.join('.');
      return SHUTDOWN_NAME.test(path.at(-1) ?? '') || helpers.some((helper) => dotted === helper || dotted.endsWith(`.${helper}`));
    }

    /** The global `process`, or `process` imported from `node:process`. */
    function isProcess(node: TSESTree.Expression): boolean {
      const object = unwrapTSExpression(node);
      if (object.type !== AST_NODE_TYPES.Identifier) return false;
      if (object.name === 'process' && isGlobalReference(sourceCode, object)) return true;
      const binding = getImportBinding(sourceCode, object);
      return (
        (binding?.source === 'process' || binding?.source === 'node:process') &&
        (binding.imported === 'default' || binding.imported === '*')
      );
    }

    /** `process.on('SIGINT', () => server.close())`: closing on Ctrl+C does not help a deploy. */
    function isInOtherSignalHandler(node: TSESTree.Node): boolean {
      // `Program.parent` is `null` at runtime, whatever the type says.
      for (let current: TSESTree.Node | null | undefined = node.parent; current != null; current = current.parent) {
        const call: TSESTree.Node | undefined = current.parent;
        if (!isFunctionNode(current) || call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.some((argument) => argument === current)) continue;
        const { callee } = call;
        if (
          callee.type === AST_NODE_TYPES.MemberExpression &&
          LISTENER_METHODS.has(getPropertyName(callee) ?? '') &&
          isProcess(callee.object) &&
          !mayBeSigterm(call)
        ) {
          return true;
        }
      }
      return false;
    }

    /** `'SIGTERM'`, or an event the file does not spell out (`signals.forEach((s) => process.on(s, stop))`). */
    function mayBeSigterm(call: TSESTree.CallExpression): boolean {
      const [event] = call.arguments;
      if (event === undefined || event.type === AST_NODE_TYPES.SpreadElement) return false;
      const value = ASTUtils.getStaticValue(event, sourceCode.getScope(event));
      return value === null || value.value === 'SIGTERM';
    }

    /**
     * What `.listen()` is called on: a server or app the file creates with a known framework, or one
     * held in a server's conventional name (`named`). `undefined` when it is something else, such as a
     * dev or mock server that a package not listed here creates.
     */
    function getServerKind(receiver: TSESTree.Node, depth: number): ServerKind | undefined {
      if (depth > MAX_DEPTH) return undefined;
      const node = unwrap(receiver);
      if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression) return getFactories().get(node);
      const values = node.type === AST_NODE_TYPES.Identifier ? getAssignedValues(node) : [];
      for (const value of values) {
        const kind = getFactories().get(value);
        if (kind !== undefined) return kind;
      }
      for (const value of values) {
        const aliased = value.type === AST_NODE_TYPES.Identifier || value.type === AST_NODE_TYPES.MemberExpression ? getServerKind(value, depth + 1) : undefined;
        if (aliased !== undefined) return aliased;
      }
      if (values.length > 0 && values.every(isMadeByPackage)) return undefined;
      const name = getStaticPath(node)?.at(-1);
      return name !== undefined && SERVER_NAME.test(name) ? 'named' : undefined;
    }

    /** Every value the file gives a variable: `const x = a`, `let x; x = b`. */
    function getAssignedValues(identifier: TSESTree.Identifier): TSESTree.Node[] {
      const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
      const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (variable === null || definition?.type !== 'Variable' || definition.node.id !== definition.name) return [];
      return variable.references.flatMap((reference) =>
        reference.writeExpr === null || reference.writeExpr === undefined ? [] : [unwrap(reference.writeExpr)],
      );
    }

    /** `setupServer()` from `msw/node`, `createServer()` from `vite`: made by a package this rule does not know. */
    function isMadeByPackage(node: TSESTree.Node): boolean {
      if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return false;
      const root = getRootIdentifier(node.callee);
      const source = root === undefined ? undefined : getImportBinding(sourceCode, root)?.source;
      return source !== undefined && !source.startsWith('.') && !source.startsWith('/');
    }

    /** `listen(port, '127.0.0.1')`, `listen({ port, host: 'localhost' })`: no load balancer can reach it. */
    function isLoopbackOnly(call: TSESTree.CallExpression): boolean {
      const scope = sourceCode.getScope(call);
      return call.arguments.some((argument) => {
        if (argument.type === AST_NODE_TYPES.ObjectExpression) {
          return argument.properties.some(
            (property) =>
              property.type === AST_NODE_TYPES.Property &&
              !property.computed &&
              property.key.type === AST_NODE_TYPES.Identifier &&
              property.key.name === 'host' &&
              LOOPBACK_HOSTS.has(String(ASTUtils.getStaticValue(property.value, scope)?.value)),
          );
        }
        return argument.type !== AST_NODE_TYPES.SpreadElement && LOOPBACK_HOSTS.has(String(ASTUtils.getStaticValue(argument, scope)?.value));
      });
    }

    /** The file closes the server, or hands it (or an app that owns it) to code elsewhere that can. */
    function isClosedOrHandedOver(candidate: Candidate, kind: ServerKind): boolean {
      const receiver = unwrap(candidate.callee.object);
      const receiverPath = getStaticPath(receiver)?.join('.');
      if (receiverPath !== undefined && closed.has(receiverPath)) return true;
      const holder = getResultHolder(candidate.call);
      if (holder !== undefined && closed.has(holder)) return true;
      if (flowsOut(candidate.call, 0, true)) return true;
      // Closing a Fastify or NestJS app closes its server; closing an Express or Koa app is not a thing.
      if (kind === 'app' || receiver.type !== AST_NODE_TYPES.Identifier) return false;
      // An app that is only named like one may be handed to route modules: only returning or exporting it counts.
      return isVariableHandedOver(receiver, 0, kind === 'server');
    }

    /** `server` in `const server = app.listen()` or `this.server = app.listen()`. */
    function getResultHolder(call: TSESTree.CallExpression): string | undefined {
      const node = climbWrappers(call);
      const { parent } = node;
      if (parent === undefined) return undefined;
      if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node) return getStaticPath(parent.id)?.join('.');
      if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === node) return getStaticPath(parent.left)?.join('.');
      return undefined;
    }

    /**
     * Whether a value leaves the file's hands: returned, exported, stored in a variable that is, or
     * (with `throughCalls`) passed to a callback the file receives (`resolve(server)`) or to a function
     * of another module of the project (`utils.createDestroyer(server)`).
     */
    function flowsOut(value: TSESTree.Node, depth: number, throughCalls: boolean): boolean {
      if (depth > MAX_DEPTH) return false;
      const node = climbWrappers(value);
      const { parent } = node;
      if (parent === undefined) return false;
      switch (parent.type) {
        case AST_NODE_TYPES.ReturnStatement:
        case AST_NODE_TYPES.ExportDefaultDeclaration:
        case AST_NODE_TYPES.ExportSpecifier:
          return true;
        case AST_NODE_TYPES.ArrowFunctionExpression:
          return parent.body === node;
        case AST_NODE_TYPES.ArrayExpression:
          return flowsOut(parent, depth + 1, throughCalls);
        case AST_NODE_TYPES.Property:
          return parent.value === node && flowsOut(parent.parent, depth + 1, throughCalls);
        case AST_NODE_TYPES.AssignmentExpression: {
          if (parent.right !== node) return false;
          const target = getStaticPath(parent.left);
          if (target?.[0] === 'exports' || (target?.[0] === 'module' && target[1] === 'exports')) return true;
          return parent.left.type === AST_NODE_TYPES.Identifier && isVariableHandedOver(parent.left, depth + 1, throughCalls);
        }
        case AST_NODE_TYPES.VariableDeclarator:
          return (
            parent.init === node && parent.id.type === AST_NODE_TYPES.Identifier && isVariableHandedOver(parent.id, depth + 1, throughCalls)
          );
        case AST_NODE_TYPES.CallExpression: {
          if (!throughCalls || parent.callee === node) return false;
          const root = getRootIdentifier(parent.callee);
          return root !== undefined && (isParameter(root) || getImportBinding(sourceCode, root)?.source.startsWith('.') === true);
        }
        default:
          return false;
      }
    }

    function isVariableHandedOver(identifier: TSESTree.Identifier, depth: number, throughCalls: boolean): boolean {
      const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
      if (variable === null) return false;
      for (const definition of variable.defs) {
        if (definition.type === 'Variable' && definition.node.parent.parent.type === AST_NODE_TYPES.ExportNamedDeclaration) return true;
      }
      return variable.references.some((reference) => reference.isRead() && flowsOut(reference.identifier, depth + 1, throughCalls));
    }

    function isParameter(identifier: TSESTree.Identifier): boolean {
      const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
      return variable?.defs[0]?.type === 'Parameter';
    }

    /** Framework calls of the file that create a server or an app, found once through its imports and `require`s. */
    function getFactories(): ReadonlyMap<TSESTree.Node, ServerKind> {
      if (factories !== undefined) return factories;
      const found = new Map<TSESTree.Node, ServerKind>();
      for (const { node, info } of findTrackedReferences<ServerKind>(sourceCode, SERVER_FACTORIES)) found.set(node, info);
      factories = found;
      return found;
    }
  },
});

/**
 * `*.test.ts`, `*.spec.js`, `__tests__/`, `test/`, `fixtures/`, `mockServer.ts`: code that is never
 * deployed. Only the path below the working directory counts, not where the project is checked out.
 */
function isTestFile(relativePath: string): boolean {
  const segments = relativePath.split(/[\\/]/u);
  const basename = segments.pop() ?? '';
  return segments.some((segment) => TEST_DIRECTORIES.has(segment)) || TEST_FILE.test(basename);
}

/** Type wrappers, optional chaining and `await`: what does not change which object it is. */
function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.AwaitExpression:
        current = current.argument;
        break;
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** From a value up to the outermost `await`, type wrapper or optional chain around it. */
function climbWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.parent?.type === AST_NODE_TYPES.AwaitExpression ||
    current.parent?.type === AST_NODE_TYPES.ChainExpression ||
    current.parent?.type === AST_NODE_TYPES.TSAsExpression ||
    current.parent?.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.parent?.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.parent?.type === AST_NODE_TYPES.TSTypeAssertion
  ) {
    current = current.parent;
  }
  return current;
}
