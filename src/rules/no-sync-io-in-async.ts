import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import type { FunctionNode, HandlerRecognition, ImportBinding } from '../util/index.js';
import {
  buildAddImportFix,
  createRule,
  getCalleeName,
  getCalleeNameSelector,
  getEnclosingFunction,
  getHandlerRecognition,
  getImportBinding,
  getImportedName,
  getPropertyName,
  getRequiredModule,
  getStaticPath,
  getUnusedName,
  hasCommentWithin,
  isFunctionNode,
  isWithin,
  unwrapTSExpression,
} from '../util/index.js';

export type Options = [{ checkAllAsync?: boolean }];
export type MessageIds = 'syncIoInAsync' | 'syncIoInHandler' | 'useAsyncApi';

/** Where a blocking call runs: in a request handler, or in async code of the file. */
type Place = 'async' | 'handler';

interface SyncCall {
  /** The module the function comes from, as imported: `node:fs`, `fs`, `fs-extra`. */
  readonly source: string;
  /** The function's name: `readFileSync`. */
  readonly name: string;
}

const FS_MODULES = new Set(['fs', 'node:fs', 'fs-extra', 'graceful-fs']);
const CORE_FS = new Set(['fs', 'node:fs']);
/** Modules whose every `*Sync` function blocks until the work is done. */
const SYNC_MODULES = new Set([...FS_MODULES, 'child_process', 'node:child_process', 'zlib', 'node:zlib']);
const CRYPTO_MODULES = new Set(['crypto', 'node:crypto']);
/** The crypto functions slow enough to matter: key derivation and key-pair generation take tens to hundreds of milliseconds. */
const SLOW_CRYPTO = new Set(['generateKeyPairSync', 'pbkdf2Sync', 'scryptSync']);
/** Every name the rule reports ends with `Sync`: ESLint needs to call the listener on no other call. */
const SYNC_CALL = getCalleeNameSelector('Sync$');

/**
 * `fs` functions with an equivalent in `fs/promises` that takes the same arguments and resolves to
 * the same value. `existsSync` has none, and the file-descriptor functions (`openSync`, `readSync`)
 * work with numbers where the promise API works with `FileHandle` objects.
 */
const PROMISE_EQUIVALENTS: ReadonlyMap<string, string> = new Map([
  ['accessSync', 'access'],
  ['appendFileSync', 'appendFile'],
  ['chmodSync', 'chmod'],
  ['chownSync', 'chown'],
  ['copyFileSync', 'copyFile'],
  ['cpSync', 'cp'],
  ['lchownSync', 'lchown'],
  ['linkSync', 'link'],
  ['lstatSync', 'lstat'],
  ['lutimesSync', 'lutimes'],
  ['mkdirSync', 'mkdir'],
  ['mkdtempSync', 'mkdtemp'],
  ['opendirSync', 'opendir'],
  ['readdirSync', 'readdir'],
  ['readFileSync', 'readFile'],
  ['readlinkSync', 'readlink'],
  ['realpathSync', 'realpath'],
  ['renameSync', 'rename'],
  ['rmdirSync', 'rmdir'],
  ['rmSync', 'rm'],
  ['statfsSync', 'statfs'],
  ['statSync', 'stat'],
  ['symlinkSync', 'symlink'],
  ['truncateSync', 'truncate'],
  ['unlinkSync', 'unlink'],
  ['utimesSync', 'utimes'],
  ['writeFileSync', 'writeFile'],
]);
/** `statSync(path, { throwIfNoEntry: false })` returns `undefined` where `stat` rejects: only the one-argument form is the same. */
const ONE_ARGUMENT_ONLY = new Set(['lstatSync', 'statSync']);
/** Array methods that call their callback before they return: a blocking call there blocks the function around it. */
const SYNC_CALLBACK_METHODS = new Set([
  'every',
  'filter',
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'flatMap',
  'forEach',
  'map',
  'reduce',
  'reduceRight',
  'some',
  'sort',
]);
const PROMISE_METHODS = new Set(['catch', 'finally', 'then']);

export default createRule<Options, MessageIds>({
  name: 'no-sync-io-in-async',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow blocking file, process, compression and key-derivation calls where a request waits',
      recommended: 'recommended',
      strictOptions: [{ checkAllAsync: true }],
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkAllAsync: {
            type: 'boolean',
            description:
              'Report blocking calls in every async function and promise callback, not only in request handlers and in the async code of files that serve requests (on in `strict`).',
          },
        },
      },
    ],
    defaultOptions: [{ checkAllAsync: false }],
    messages: {
      syncIoInHandler:
        'The blocking call `{{callee}}` stalls the event loop while this request handler runs, and every other request waits with it. Use the asynchronous API.',
      syncIoInAsync:
        'The blocking call `{{callee}}` stalls the event loop in async code, and every request in flight waits with it. Use the asynchronous API.',
      useAsyncApi: 'Await `{{replacement}}` from `{{module}}` instead.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    if (!sourceCode.text.includes('Sync')) return {};
    const checkAllAsync = options.checkAllAsync === true;
    let recognition: HandlerRecognition | undefined;
    /** Names no scope of the file declares or reads, so that a new import of them shadows nothing: found once per name. */
    const freeNames = new Map<string, boolean>();

    return {
      [SYNC_CALL](node: TSESTree.CallExpression) {
        const callee = unwrapTSExpression(node.callee);
        const name = getCalleeName(callee);
        if (name === undefined || !name.endsWith('Sync')) return;
        const syncCall = getSyncCall(callee);
        if (syncCall === undefined) return;
        const place = getPlace(node);
        if (place !== undefined) reportCall(node, callee, syncCall, place);
      },
    };

    /** The blocking function a callee names, resolved through imports and `require`. */
    function getSyncCall(callee: TSESTree.Expression): SyncCall | undefined {
      let binding: ImportBinding | undefined;
      let name: string | undefined;
      if (callee.type === AST_NODE_TYPES.Identifier) {
        // `import { readFileSync } from 'node:fs'`, `const { execSync } = require('child_process')`
        binding = getImportBinding(sourceCode, callee);
        name = binding?.imported;
      } else if (callee.type === AST_NODE_TYPES.MemberExpression) {
        // `fs.readFileSync(...)`, `require('fs').readFileSync(...)`
        name = getPropertyName(callee);
        const object = unwrapTSExpression(callee.object);
        if (object.type === AST_NODE_TYPES.Identifier) {
          binding = getImportBinding(sourceCode, object);
          if (binding !== undefined && binding.imported !== '*' && binding.imported !== 'default') return undefined;
        } else {
          const source = getRequiredModule(sourceCode, object);
          binding = source === undefined ? undefined : { source, imported: '*' };
        }
      }
      if (binding === undefined || name === undefined) return undefined;
      const { source } = binding;
      if (SYNC_MODULES.has(source) ? name.endsWith('Sync') : CRYPTO_MODULES.has(source) && SLOW_CRYPTO.has(name)) {
        return { source, name };
      }
      return undefined;
    }

    /**
     * Where the call runs, through the array callbacks that run on the spot (`files.forEach(...)`):
     * a request handler, or async code (an async function, a promise callback). In a plain function
     * or at the top level the call runs at start-up or in a command-line tool, and is fine.
     */
    function getPlace(call: TSESTree.CallExpression): Place | undefined {
      recognition ??= getHandlerRecognition(context);
      if (recognition.isTestFile) return undefined;
      for (let fn = getEnclosingFunction(call); fn !== undefined; fn = getEnclosingFunction(fn)) {
        if (recognition.getHandler(fn) !== undefined) return 'handler';
        if (fn.async || isPromiseCallback(fn)) return isCheckedAsync(fn) ? 'async' : undefined;
        if (!isSyncCallback(fn)) return undefined;
      }
      return undefined;
    }

    /**
     * Async code is checked everywhere with `checkAllAsync`; by default only in files that serve
     * requests, and not in the function that creates, sets up or starts the server there (`main`,
     * `bootstrap`, `registerRoutes`): that runs once, before the first request.
     */
    function isCheckedAsync(fn: FunctionNode): boolean {
      if (checkAllAsync) return true;
      const { apps, registersHandlers, startsServer } = recognition ?? getHandlerRecognition(context);
      if (!registersHandlers && !startsServer) return false;
      return !apps.some((app) => isWithin(app.node, fn) || app.calls.some((call) => isWithin(call, fn)));
    }

    function reportCall(call: TSESTree.CallExpression, callee: TSESTree.Expression, syncCall: SyncCall, place: Place): void {
      const suggestion = buildAsyncApiSuggestion(call, syncCall);
      context.report({
        node: callee,
        messageId: place === 'handler' ? 'syncIoInHandler' : 'syncIoInAsync',
        data: { callee: getStaticPath(callee)?.join('.') ?? sourceCode.getText(callee) },
        suggest: suggestion === undefined ? [] : [suggestion],
      });
    }

    /**
     * `await readFile(path, 'utf8')` for `fs.readFileSync(path, 'utf8')`, importing `readFile` from
     * `node:fs/promises` (or `fs/promises`, as the file spells it) unless the file already does.
     * Offered only inside an async function, for the core `fs` functions with an equivalent.
     */
    function buildAsyncApiSuggestion(
      call: TSESTree.CallExpression,
      syncCall: SyncCall,
    ): TSESLint.SuggestionReportDescriptor<MessageIds> | undefined {
      const replacement = PROMISE_EQUIVALENTS.get(syncCall.name);
      const fn = getEnclosingFunction(call);
      if (replacement === undefined || !CORE_FS.has(syncCall.source) || fn?.async !== true || !isWithin(call, fn.body)) return undefined;
      if (ONE_ARGUMENT_ONLY.has(syncCall.name) && call.arguments.length > 1) return undefined;
      // The callee is replaced up to the arguments' `(`, with its type wrappers and parentheses: `(fs.readFileSync as F)(path)`.
      const openParen = sourceCode.getTokenAfter(call.typeArguments ?? call.callee, (token) => token.value === '(');
      if (call.optional || openParen === null) return undefined;
      const calleeRange: [number, number] = [call.range[0], openParen.range[0]];
      if (hasCommentWithin(sourceCode, calleeRange)) return undefined;
      const module = syncCall.source === 'fs' ? 'fs/promises' : 'node:fs/promises';
      const existing = findPromisesImport(replacement, call);
      let addImport: ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined;
      if (existing === undefined) {
        if (!isFreeName(replacement)) return undefined;
        addImport = buildAddImportFix(sourceCode, module, replacement);
      }
      const name = existing ?? replacement;
      const wrap = needsParentheses(call);
      const prefix = wrap && startsStatementAfterExpression(call) ? ';' : '';
      return {
        messageId: 'useAsyncApi',
        data: { replacement: name, module: existing === undefined ? module : getBindingSource(name, call) ?? module },
        fix: (fixer) => {
          const edits = [fixer.replaceTextRange(calleeRange, `${prefix}${wrap ? '(' : ''}await ${name}`)];
          if (wrap) edits.push(fixer.insertTextAfter(call, ')'));
          if (addImport !== undefined) edits.push(addImport(fixer));
          return edits;
        },
      };
    }

    function isFreeName(name: string): boolean {
      let free = freeNames.get(name);
      if (free === undefined) {
        free = getUnusedName(sourceCode, sourceCode.getScope(sourceCode.ast), [name]) === name;
        freeNames.set(name, free);
      }
      return free;
    }

    /** The local name of `name` imported from `fs/promises` that the call can see, if the file has one. */
    function findPromisesImport(name: string, call: TSESTree.CallExpression): string | undefined {
      for (const statement of sourceCode.ast.body) {
        if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.importKind === 'type') continue;
        if (statement.source.value !== 'fs/promises' && statement.source.value !== 'node:fs/promises') continue;
        for (const specifier of statement.specifiers) {
          if (specifier.type !== AST_NODE_TYPES.ImportSpecifier || specifier.importKind === 'type') continue;
          const imported = getImportedName(specifier);
          if (imported !== name) continue;
          const local = specifier.local.name;
          const visible = ASTUtils.findVariable(sourceCode.getScope(call), local);
          if (visible?.defs[0]?.node === specifier) return local;
        }
      }
      return undefined;
    }

    function getBindingSource(local: string, call: TSESTree.CallExpression): string | undefined {
      const variable = ASTUtils.findVariable(sourceCode.getScope(call), local);
      const definition = variable?.defs[0];
      return definition?.type === 'ImportBinding' && definition.parent.type === AST_NODE_TYPES.ImportDeclaration
        ? definition.parent.source.value
        : undefined;
    }

    /** `await x` binds looser than a member access, a call or `**`: `(await readFile(p)).toString()`. */
    function needsParentheses(call: TSESTree.CallExpression): boolean {
      if (ASTUtils.isParenthesized(call, sourceCode)) return false;
      const { parent } = call;
      switch (parent.type) {
        case AST_NODE_TYPES.MemberExpression:
          return parent.object === call;
        case AST_NODE_TYPES.CallExpression:
        case AST_NODE_TYPES.NewExpression:
          return parent.callee === call;
        case AST_NODE_TYPES.TaggedTemplateExpression:
          return parent.tag === call;
        case AST_NODE_TYPES.BinaryExpression:
          return parent.operator === '**' && parent.left === call;
        default:
          return false;
      }
    }

    /** A statement that would start with `(` right after one without a semicolon: `a\n(await b()).c` continues `a`. */
    function startsStatementAfterExpression(call: TSESTree.CallExpression): boolean {
      let node: TSESTree.Node = call;
      while (node.parent !== undefined && node.parent.range[0] === call.range[0] && node.parent.type !== AST_NODE_TYPES.ExpressionStatement) {
        node = node.parent;
      }
      if (node.parent?.type !== AST_NODE_TYPES.ExpressionStatement) return false;
      const before = sourceCode.getTokenBefore(node.parent);
      return before !== null && before.value !== ';' && before.value !== '{' && before.value !== '}';
    }
  },
});

/** `promise.then(callback)`, `.catch(callback)`, `.finally(callback)`, `new Promise(executor)`. */
function isPromiseCallback(fn: FunctionNode): boolean {
  const { parent } = fn;
  if (parent.type === AST_NODE_TYPES.NewExpression) {
    return parent.arguments[0] === fn && parent.callee.type === AST_NODE_TYPES.Identifier && parent.callee.name === 'Promise';
  }
  return (
    parent.type === AST_NODE_TYPES.CallExpression &&
    parent.arguments.includes(fn as TSESTree.CallExpressionArgument) &&
    parent.callee.type === AST_NODE_TYPES.MemberExpression &&
    PROMISE_METHODS.has(getPropertyName(parent.callee) ?? '')
  );
}

/** `items.forEach((item) => ...)`: a callback that runs before the call that takes it returns. */
function isSyncCallback(fn: FunctionNode): boolean {
  const { parent } = fn;
  return (
    parent.type === AST_NODE_TYPES.CallExpression &&
    parent.arguments[0] === fn &&
    parent.callee.type === AST_NODE_TYPES.MemberExpression &&
    SYNC_CALLBACK_METHODS.has(getPropertyName(parent.callee) ?? '')
  );
}

