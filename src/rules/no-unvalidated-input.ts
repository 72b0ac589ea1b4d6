import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import type { FunctionNode, HttpClientResolver } from '../util/index.js';
import {
  createConfigCache,
  createHttpClientResolver,
  createRule,
  createValidatorMatcher,
  DEFAULT_VALIDATORS,
  getHandlerRecognition,
  getImportBinding,
  getImportedName,
  getPropertyName,
  getRootIdentifier,
  getSettings,
  getStaticPath,
  isFunctionNode,
  isGlobalReference,
  isWithin,
  mergeNames,
  stringListSchema,
  unwrapTSExpression,
} from '../util/index.js';

export type Options = [{ validators?: string[] }];
export type MessageIds = 'parseWithSchema' | 'typeAsUnknown' | 'unvalidatedInput';

/** Where the unchecked value comes from, for the message. */
interface Source {
  /** `JSON.parse()`, `res.json()`, `req.body`, `axios.get()`. */
  readonly label: string;
}

/** An unchecked value and the type it is given: `Order` also in `res.json() as Promise<Order>`. */
interface Claim extends Source {
  readonly type: TSESTree.TypeNode;
}

/** Schema libraries whose schema values the suggestion can call: zod-style `.parse(x)`, valibot-style `parse(Schema, x)`. */
const SCHEMA_MODULES = /^(?:zod(?:\/.*)?|valibot|yup|superstruct|@sinclair\/typebox|arktype)$/u;
const VALIBOT = 'valibot';
/** Type names that promise nothing about the value's shape: `JsonValue`, `Prisma.InputJsonObject`, `JSONObject`. */
const OPAQUE_TYPE_NAME = /^(?:Input)?(?:Json|JSON)(?:Value|Object|Array)?$/u;
/** Keywords for values that need no shape: claiming one asks little of the data. */
const PRIMITIVE_TYPES = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.TSBigIntKeyword,
  AST_NODE_TYPES.TSBooleanKeyword,
  AST_NODE_TYPES.TSLiteralType,
  AST_NODE_TYPES.TSNullKeyword,
  AST_NODE_TYPES.TSNumberKeyword,
  AST_NODE_TYPES.TSStringKeyword,
  AST_NODE_TYPES.TSUndefinedKeyword,
]);
/** Test files: their data is the test's own, and a typed fixture is how tests are written. */
const TEST_PATH =
  /(?:^|\/)(?:__tests__|__mocks__|__bench__|tests?|e2e|playwright|fixtures?|bench(?:marks?)?)\/|(?:\.(?:test|spec|e2e|servertest|integration|bench)|^bench[A-Z]\w*|\/bench[A-Z]\w*)\.[cm]?[jt]sx?$/u;
/** Members of a request that hold what the client sent. */
const REQUEST_INPUT_MEMBERS = new Set(['body', 'query']);
/** Methods of a request or response object that parse its body. */
const BODY_PARSERS = new Set(['json']);
/** A value destructured from an object: `scopes` of `const { scopes } = row`. */
interface DestructuredField {
  readonly field: string;
  readonly object: TSESTree.Expression;
}

/** The key under which `const { key: name } = ...` binds `name`. */
function getPatternKey(pattern: TSESTree.ObjectPattern, name: string): string | undefined {
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value.type === AST_NODE_TYPES.Identifier && value.name === name && property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  }
  return undefined;
}

/** String methods that keep the text's origin: `readFileSync(path).toString().trim()`. */
const TEXT_METHODS = new Set(['replace', 'replaceAll', 'slice', 'substring', 'toString', 'trim', 'trimEnd', 'trimStart']);
/** Fields of a request that hold what the client sent. */
const REQUEST_FIELDS = new Set(['cookies', 'headers', 'params', 'query']);
/** Fields that carry what a message, event or request brought in: `event.data`, `msg.content`, `record.body`. */
const MESSAGE_FIELDS = new Set(['body', 'content', 'data', 'detail', 'message', 'payload', 'text']);
/** Objects whose `get(key)` returns what the app stored: `redisCacheService.get(key)`, `Storage.get(key)`. */
const STORE_NAME = /(?:cache|redis|storage|store)(?:service)?$/iu;
/** Imports that make a file browser code: React and the data-fetching hooks built on it. */
const BROWSER_MODULES = /^(?:react|react-dom|swr|@tanstack\/react-query|next\/navigation|next\/router)(?:\/.*)?$/u;
/** Type guards by naming convention: `isOrder(x)`, `assertOrder(x)`. */
const TYPE_GUARD_NAME = /^(?:is|assert)[A-Z]/u;

/** The validator names of a configuration, one array for all its files. */
const getValidatorNames = createConfigCache((options: Options[0], settings) => mergeNames(DEFAULT_VALIDATORS, settings.validators, options.validators));

export default createRule<Options, MessageIds>({
  name: 'no-unvalidated-input',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow giving external data a type without checking it',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          validators: stringListSchema(
            'Functions, as names or dotted paths, that check a value against a schema; replaces `settings.reliability.validators` (`parse`, `safeParse`, `validate`, `assert`, `is` and the other schema-library methods always count).',
          ),
        },
      },
    ],
    defaultOptions: [{}],
    messages: {
      unvalidatedInput:
        'The value of `{{source}}` is typed as `{{type}}` without a check, so whatever arrives passes for a `{{type}}`. Parse it with a schema, or type it `unknown` and narrow it.',
      parseWithSchema: 'Parse it with `{{schema}}`.',
      typeAsUnknown: 'Type it `unknown`.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    if (TEST_PATH.test(context.filename.replaceAll('\\', '/'))) return {};
    const settings = getSettings(context);
    const isValidator = createValidatorMatcher(sourceCode, getValidatorNames(context, options));
    let resolver: HttpClientResolver | undefined;
    let browserCode: boolean | undefined;
    const getResolver = (): HttpClientResolver => (resolver ??= createHttpClientResolver(context, settings.httpClients));

    return {
      TSAsExpression(node) {
        checkAssertion(node, node.typeAnnotation);
      },
      TSTypeAssertion(node) {
        checkAssertion(node, node.typeAnnotation);
      },
      'VariableDeclarator[id.typeAnnotation]'(node: TSESTree.VariableDeclarator) {
        const annotation = node.id.typeAnnotation?.typeAnnotation;
        if (annotation === undefined || node.init === null) return;
        const claim = getUncheckedSource(node.init, annotation);
        if (claim === undefined || isValidatedLater(node)) return;
        report(claim, node.init, { type: 'annotation', declarator: node });
      },
      'CallExpression[typeArguments]'(node: TSESTree.CallExpression) {
        const typeArgument = node.typeArguments?.params[0];
        if (typeArgument === undefined || isOpaqueType(typeArgument) || isPrimitiveClaim(typeArgument) || isTypeParameterClaim(typeArgument)) return;
        const source = getGenericClientSource(node);
        if (source !== undefined) report({ ...source, type: typeArgument }, node, { type: 'typeArgument' });
      },
    };

    function checkAssertion(node: TSESTree.TSAsExpression | TSESTree.TSTypeAssertion, type: TSESTree.TypeNode): void {
      // `x as unknown as T` is one claim, made by the outer assertion.
      if (node.parent.type === AST_NODE_TYPES.TSAsExpression || node.parent.type === AST_NODE_TYPES.TSTypeAssertion) return;
      const claim = getUncheckedSource(node.expression, type);
      if (claim === undefined) return;
      report(claim, node.expression, { type: 'assertion', node });
    }

    /**
     * Where a value typed as `type` comes from, when that is outside data nobody checked:
     * `JSON.parse(...)`, a `fetch` response's `json()`, a request's `body` or `query` in a handler.
     */
    function getUncheckedSource(expression: TSESTree.Expression, type: TSESTree.TypeNode): Claim | undefined {
      let value = unwrapParentheses(expression);
      // `JSON.parse(text) as unknown as Order` still claims `Order`.
      while ((value.type === AST_NODE_TYPES.TSAsExpression || value.type === AST_NODE_TYPES.TSTypeAssertion) && isOpaqueType(value.typeAnnotation)) {
        value = unwrapParentheses(value.expression);
      }
      let claimed = type;
      if (value.type === AST_NODE_TYPES.AwaitExpression) {
        value = unwrapParentheses(value.argument);
      } else {
        // `res.json() as Promise<T>` claims `T` for what the promise resolves to.
        const promised = getPromisedType(type);
        if (promised !== undefined) claimed = promised;
      }
      // The value first: most typed values come from no source, and the type's own tests look up scopes.
      const source =
        value.type === AST_NODE_TYPES.CallExpression
          ? getCallSource(value)
          : value.type === AST_NODE_TYPES.MemberExpression
            ? getRequestInputSource(value)
            : undefined;
      if (source === undefined || isOpaqueType(claimed) || isPrimitiveClaim(claimed) || isTypeParameterClaim(claimed)) return undefined;
      return { ...source, type: claimed };
    }

    function getCallSource(call: TSESTree.CallExpression): Source | undefined {
      const callee = unwrapTSExpression(call.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      const method = getPropertyName(callee);
      if (method === 'parse') {
        const object = unwrapTSExpression(callee.object);
        const isJsonParse = object.type === AST_NODE_TYPES.Identifier && object.name === 'JSON' && isGlobalReference(sourceCode, object);
        if (!isJsonParse || isOwnText(call.arguments[0])) return undefined;
        const origin = getTextOrigin(call.arguments[0]);
        return origin !== undefined && isLocalText(origin) ? undefined : { label: 'JSON.parse()' };
      }
      if (method === undefined || !BODY_PARSERS.has(method)) return undefined;
      const receiver = unwrapTSExpression(callee.object);
      if (isFetchResponse(receiver) || isHandlerRequest(receiver)) return { label: `${describe(receiver)}.${method}()` };
      return undefined;
    }

    /** `req.body`, `request.query`, Koa's `ctx.request.body` and `ctx.query`: what a client sent to a handler. */
    function getRequestInputSource(member: TSESTree.MemberExpression): Source | undefined {
      const name = getPropertyName(member);
      if (name === undefined || !REQUEST_INPUT_MEMBERS.has(name)) return undefined;
      const object = unwrapTSExpression(member.object);
      return isHandlerRequest(object) ? { label: `${describe(object)}.${name}` } : undefined;
    }

    /** `axios.get<T>(url)`, `api.post<T>(url, body)`, `got(url).json<T>()`, `ky.get(url).json<T>()`. */
    function getGenericClientSource(call: TSESTree.CallExpression): Source | undefined {
      const callee = unwrapTSExpression(call.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(callee) === 'json') {
        const receiver = unwrapTSExpression(callee.object);
        if (receiver.type !== AST_NODE_TYPES.CallExpression) return undefined;
        const client = getResolver().getRequest(receiver)?.client;
        return client === 'got' || client === 'ky' ? { label: `${client}().json()` } : undefined;
      }
      const request = getResolver().getRequest(call);
      return request?.client === 'axios' ? { label: `${request.callee}()` } : undefined;
    }

    /**
     * `JSON.parse` of text the code wrote itself: a literal, or `JSON.stringify(x)` (a deep copy), also
     * through a `const`.
     */
    function isOwnText(argument: TSESTree.CallExpressionArgument | undefined): boolean {
      if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) return false;
      let value = unwrapTSExpression(argument);
      if (value.type === AST_NODE_TYPES.Identifier) {
        const definition = getSingleDefinition(value);
        if (definition?.type === 'Variable' && definition.parent.kind === 'const' && definition.node.init !== null) value = unwrapTSExpression(definition.node.init);
      }
      if (value.type === AST_NODE_TYPES.Literal || (value.type === AST_NODE_TYPES.TemplateLiteral && value.expressions.length === 0)) return true;
      if (value.type !== AST_NODE_TYPES.CallExpression) return false;
      const callee = unwrapTSExpression(value.callee);
      return (
        callee.type === AST_NODE_TYPES.MemberExpression &&
        getPropertyName(callee) === 'stringify' &&
        callee.object.type === AST_NODE_TYPES.Identifier &&
        callee.object.name === 'JSON'
      );
    }

    /**
     * The expression text comes from, through a variable it was read into, an `await`, a `.toString()`
     * and a `?? '{}'`; a field destructured from an object comes as `{ field, object }`.
     */
    function getTextOrigin(argument: TSESTree.CallExpressionArgument | undefined): TSESTree.Expression | DestructuredField | undefined {
      if (argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
      let value = unwrapParentheses(unwrapTSExpression(argument));
      for (let depth = 0; depth < 6; depth++) {
        if (value.type === AST_NODE_TYPES.ChainExpression) {
          value = value.expression as TSESTree.Expression;
        } else if (value.type === AST_NODE_TYPES.Identifier) {
          const definition = getSingleDefinition(value);
          if (definition?.type !== 'Variable' || definition.node.init === null) return value;
          const { id, init } = definition.node;
          if (id.type === AST_NODE_TYPES.Identifier) {
            value = unwrapParentheses(unwrapTSExpression(init));
            continue;
          }
          // `const { scopes } = await prisma.accessToken.findFirst(...)` reads a field, like `token.scopes`.
          const field = id.type === AST_NODE_TYPES.ObjectPattern ? getPatternKey(id, value.name) : undefined;
          return field === undefined ? value : { field, object: unwrapParentheses(unwrapTSExpression(init)) };
        } else if (value.type === AST_NODE_TYPES.AwaitExpression) {
          value = unwrapParentheses(value.argument);
        } else if (
          value.type === AST_NODE_TYPES.CallExpression &&
          value.callee.type === AST_NODE_TYPES.MemberExpression &&
          TEXT_METHODS.has(getPropertyName(value.callee) ?? '')
        ) {
          value = unwrapParentheses(unwrapTSExpression(value.callee.object));
        } else if (value.type === AST_NODE_TYPES.LogicalExpression && value.operator !== '&&') {
          // `row.options ?? '{}'`
          value = unwrapParentheses(unwrapTSExpression(value.left));
        } else {
          return value;
        }
      }
      return value;
    }

    /**
     * Text the app keeps for itself: a file it reads from disk (`readFileSync`, `fs.promises.readFile`,
     * `ts.sys.readFile`; its build or its operators wrote it), or state it saved in the browser
     * (`localStorage.getItem(key)`, a wrapper's `Storage.get(key)`, a storage event's `newValue`).
     */
    function isLocalText(origin: TSESTree.Expression | DestructuredField): boolean {
      if ('field' in origin) return isStoredField(origin.field, origin.object);
      if (origin.type === AST_NODE_TYPES.MemberExpression) return isStoredField(getPropertyName(origin), origin);
      if (origin.type !== AST_NODE_TYPES.CallExpression) return false;
      const callee = unwrapTSExpression(origin.callee);
      const path = getStaticPath(callee);
      const method = path?.at(-1) ?? (callee.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(callee) : undefined);
      if (method === 'readFileSync' || method === 'readFile' || method === 'getItem') return true;
      return method === 'get' && callee.type === AST_NODE_TYPES.MemberExpression && STORE_NAME.test(getStaticPath(callee.object)?.at(-1) ?? '');
    }

    /**
     * A field of a record the app stored (`row.options`, `view.columnMeta`, a storage event's
     * `newValue`), unlike what arrives from outside: a request's `body` or `query`, `process.env`, or
     * a message's `data`, `body`, `content`, `payload`.
     */
    function isStoredField(name: string | undefined, object: TSESTree.Expression): boolean {
      if (name === undefined || MESSAGE_FIELDS.has(name)) return false;
      const path = getStaticPath(object);
      if (path?.[0] === 'process' && path[1] === 'env') return false;
      // `req.body.config`, `ctx.request.query.state`, `event.detail.payload`: a field of what came in.
      for (let current = object; current.type === AST_NODE_TYPES.MemberExpression; current = unwrapTSExpression(current.object)) {
        const field = getPropertyName(current);
        if (field !== undefined && (MESSAGE_FIELDS.has(field) || REQUEST_FIELDS.has(field))) return false;
      }
      return true;
    }

    /**
     * `T` of `function get<T>()`, also inside `Partial<T>` or `T[]`: a generic helper passes on the
     * claim its caller makes with the type argument, and cannot check what it knows nothing about.
     */
    function isTypeParameterClaim(type: TSESTree.TypeNode): boolean {
      if (type.type === AST_NODE_TYPES.TSArrayType) return isTypeParameterClaim(type.elementType);
      if (type.type !== AST_NODE_TYPES.TSTypeReference || type.typeName.type !== AST_NODE_TYPES.Identifier) return false;
      const [argument] = type.typeArguments?.params ?? [];
      if (['Partial', 'Readonly', 'Array', 'ReadonlyArray', 'DeepPartial'].includes(type.typeName.name) && argument !== undefined) {
        return isTypeParameterClaim(argument);
      }
      const variable = ASTUtils.findVariable(sourceCode.getScope(type), type.typeName.name);
      return variable?.defs.some((definition) => definition.node.type === AST_NODE_TYPES.TSTypeParameter) ?? false;
    }

    /**
     * A `Response` of `fetch` from another server: `(await fetch(url))`, a variable holding one, or a
     * parameter typed `Response`. A same-origin request (`fetch('/api/orders')`) reads the app's own
     * API, whose server checks what it stores.
     */
    function isFetchResponse(node: TSESTree.Expression): boolean {
      const value = unwrapParentheses(node);
      if (value.type === AST_NODE_TYPES.AwaitExpression) {
        const awaited = unwrapParentheses(value.argument);
        if (awaited.type !== AST_NODE_TYPES.CallExpression || getResolver().getRequest(awaited)?.client !== 'fetch') return false;
        return isBrowserCode() ? isOtherOrigin(awaited) : !isSameOrigin(awaited);
      }
      if (value.type !== AST_NODE_TYPES.Identifier) return false;
      const definition = getSingleDefinition(value);
      if (definition === undefined) return false;
      if (definition.type === 'Parameter') return isTypedAs(definition.name, 'Response');
      if (definition.type !== 'Variable' || definition.node.init === null) return false;
      return definition.node.id.type === AST_NODE_TYPES.Identifier && isFetchResponse(definition.node.init);
    }

    /**
     * A React component or hook: its requests mostly go to the app's own API through a helper
     * (`getApiHost()`), whose server checks what it stores. There, only a request to a URL written
     * out as another origin counts.
     */
    function isBrowserCode(): boolean {
      browserCode ??=
        /\.[jt]sx$/u.test(context.filename) ||
        sourceCode.ast.body.some((statement) => statement.type === AST_NODE_TYPES.ImportDeclaration && BROWSER_MODULES.test(statement.source.value));
      return browserCode;
    }

    /**
     * The request a recognised handler receives: its first parameter (`req`, `request`), or Koa's
     * `ctx.request` and Hono's `c.req`.
     */
    function isHandlerRequest(node: TSESTree.Expression): boolean {
      const value = unwrapTSExpression(node);
      if (value.type === AST_NODE_TYPES.MemberExpression) {
        // `ctx.request.body`, `c.req.json()`, and Koa's `ctx.query`.
        const name = getPropertyName(value);
        if (name !== 'request' && name !== 'req' && name !== 'query') return false;
        const root = unwrapTSExpression(value.object);
        return root.type === AST_NODE_TYPES.Identifier && getHandlerOfParameter(root) !== undefined;
      }
      if (value.type !== AST_NODE_TYPES.Identifier) return false;
      const handler = getHandlerOfParameter(value);
      return handler !== undefined && handler !== 'koa' && handler !== 'hono';
    }

    /** The framework of the recognised handler whose first parameter `identifier` is. */
    function getHandlerOfParameter(identifier: TSESTree.Identifier): string | undefined {
      const definition = getSingleDefinition(identifier);
      if (definition?.type !== 'Parameter' || !isFunctionNode(definition.node)) return undefined;
      const fn = definition.node as FunctionNode;
      if (fn.params[0] !== definition.name && !(fn.params[0]?.type === AST_NODE_TYPES.AssignmentPattern && fn.params[0].left === definition.name)) {
        return undefined;
      }
      return getHandlerRecognition(context).getHandler(fn)?.framework;
    }

    function getSingleDefinition(identifier: TSESTree.Identifier): TSESLint.Scope.Definition | undefined {
      const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
      return variable?.defs.length === 1 ? variable.defs[0] : undefined;
    }

    /** `const order: Order = await res.json(); OrderSchema.parse(order)`: checked after all, before it is used. */
    function isValidatedLater(declarator: TSESTree.VariableDeclarator): boolean {
      const variables = sourceCode.getDeclaredVariables(declarator);
      return variables.some((variable) =>
        variable.references.some((reference) => {
          const call = reference.identifier.parent;
          if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee === reference.identifier) return false;
          const name = call.callee.type === AST_NODE_TYPES.Identifier ? call.callee.name : '';
          return isValidator(call) || TYPE_GUARD_NAME.test(name);
        }),
      );
    }

    function report(
      claim: Claim,
      value: TSESTree.Expression,
      site:
        | { type: 'annotation'; declarator: TSESTree.VariableDeclarator }
        | { type: 'assertion'; node: TSESTree.TSAsExpression | TSESTree.TSTypeAssertion }
        | { type: 'typeArgument' },
    ): void {
      const { type } = claim;
      const typeText = sourceCode.getText(type).replaceAll(/\s+/gu, ' ');
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      // Only a value typed as a whole can be parsed in its place: not the promise of `res.json() as Promise<T>`.
      const wholeType = site.type === 'assertion' ? site.node.typeAnnotation : site.type === 'annotation' ? site.declarator.id.typeAnnotation?.typeAnnotation : undefined;
      const schema = wholeType === type ? getSchemaCall(type, value) : undefined;
      if (schema !== undefined && site.type !== 'typeArgument') {
        const replaced = site.type === 'assertion' ? site.node : value;
        // The cast and its type go; a comment between them would go too.
        const keepsComments = site.type === 'annotation' || sourceCode.getCommentsInside(replaced).every((comment) => isWithin(comment, value));
        if (keepsComments) {
          suggest.push({
            messageId: 'parseWithSchema',
            data: { schema: schema.label },
            fix: (fixer) => fixer.replaceText(replaced, schema.build(sourceCode.getText(value))),
          });
        }
      }
      const unknownFix = buildUnknownFix(type, site);
      if (unknownFix !== undefined) suggest.push({ messageId: 'typeAsUnknown', fix: unknownFix });
      context.report({ node: type, messageId: 'unvalidatedInput', data: { source: claim.label, type: typeText }, suggest });
    }

    /**
     * `as T` → `as unknown`, `: T` → `: unknown`, `<T>` → `<unknown>`; `x as unknown as T` → `x as unknown`.
     * None for a destructuring, which cannot destructure `unknown`, or when a comment would go.
     */
    function buildUnknownFix(
      type: TSESTree.TypeNode,
      site:
        | { type: 'annotation'; declarator: TSESTree.VariableDeclarator }
        | { type: 'assertion'; node: TSESTree.TSAsExpression | TSESTree.TSTypeAssertion }
        | { type: 'typeArgument' },
    ): TSESLint.ReportFixFunction | undefined {
      if (site.type === 'annotation' && site.declarator.id.type !== AST_NODE_TYPES.Identifier) return undefined;
      if (site.type === 'assertion') {
        const inner = site.node.expression;
        if ((inner.type === AST_NODE_TYPES.TSAsExpression || inner.type === AST_NODE_TYPES.TSTypeAssertion) && isOpaqueType(inner.typeAnnotation)) {
          const keeps = sourceCode.getCommentsInside(site.node).every((comment) => isWithin(comment, inner));
          return keeps ? (fixer) => fixer.replaceText(site.node, sourceCode.getText(inner)) : undefined;
        }
      }
      return sourceCode.getCommentsInside(type).length === 0 ? (fixer) => fixer.replaceText(type, 'unknown') : undefined;
    }

    /**
     * A schema for the claimed type, by convention: `OrderSchema` or `orderSchema` for `Order`, or a
     * value `Order` built with zod or valibot (`const Order = z.object(...)`). Valibot schemas are
     * parsed with its `parse` function, which must be imported; the others with `.parse`.
     */
    function getSchemaCall(type: TSESTree.TypeNode, value: TSESTree.Expression): { label: string; build: (text: string) => string } | undefined {
      const claimed = getPromisedType(type) ?? type;
      if (claimed.type !== AST_NODE_TYPES.TSTypeReference || claimed.typeName.type !== AST_NODE_TYPES.Identifier || claimed.typeArguments !== undefined) {
        return undefined;
      }
      const name = claimed.typeName.name;
      const scope = sourceCode.getScope(value);
      const candidates = [`${name}Schema`, `${name.charAt(0).toLowerCase()}${name.slice(1)}Schema`, name];
      for (const candidate of candidates) {
        const variable = ASTUtils.findVariable(scope, candidate);
        if (variable === null || !variable.defs.some((definition) => definition.type === 'Variable' || definition.type === 'ImportBinding')) continue;
        const origin = getSchemaModule(variable);
        if (candidate === name && origin === undefined) continue;
        if (origin === VALIBOT) {
          const parse = getValibotParse(scope);
          if (parse === undefined) continue;
          return { label: `${parse}(${candidate}, ...)`, build: (text) => `${parse}(${candidate}, ${text})` };
        }
        return { label: `${candidate}.parse(...)`, build: (text) => `${candidate}.parse(${text})` };
      }
      return undefined;
    }

    /** The schema library a variable's value is built with: `const Order = z.object(...)`, or an import of such a value. */
    function getSchemaModule(variable: TSESLint.Scope.Variable): string | undefined {
      const [definition] = variable.defs;
      if (definition?.type !== 'Variable' || definition.node.init === null) return undefined;
      const root = getRootIdentifier(definition.node.init);
      const source = root === undefined ? undefined : getImportBinding(sourceCode, root)?.source;
      return source !== undefined && SCHEMA_MODULES.test(source) ? source : undefined;
    }

    /** `v.parse` for `import * as v from 'valibot'`, `parse` for `import { parse } from 'valibot'`. */
    function getValibotParse(scope: TSESLint.Scope.Scope): string | undefined {
      for (const statement of sourceCode.ast.body) {
        if (statement.type !== AST_NODE_TYPES.ImportDeclaration || statement.source.value !== VALIBOT) continue;
        for (const specifier of statement.specifiers) {
          const local = specifier.local.name;
          if (ASTUtils.findVariable(scope, local)?.defs[0]?.node !== specifier) continue;
          if (specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return `${local}.parse`;
          if (specifier.type === AST_NODE_TYPES.ImportSpecifier && getImportedName(specifier) === 'parse') return local;
        }
      }
      return undefined;
    }
  },
});

/** `(x)`: ESTree has no parentheses; this only looks through `!` and `satisfies`, which keep the value. */
function unwrapParentheses(node: TSESTree.Expression): TSESTree.Expression {
  let current = node;
  while (current.type === AST_NODE_TYPES.TSNonNullExpression || current.type === AST_NODE_TYPES.TSSatisfiesExpression) {
    current = current.expression;
  }
  return current;
}

/** `T` of `Promise<T>`. */
function getPromisedType(type: TSESTree.TypeNode): TSESTree.TypeNode | undefined {
  if (type.type !== AST_NODE_TYPES.TSTypeReference || type.typeName.type !== AST_NODE_TYPES.Identifier || type.typeName.name !== 'Promise') {
    return undefined;
  }
  return type.typeArguments?.params[0];
}

/**
 * Types that claim nothing a check would have to back: `unknown`, `any`, `object`, `{}`,
 * `Record<string, unknown>`, `unknown[]`, `JsonValue`.
 */
function isOpaqueType(type: TSESTree.TypeNode): boolean {
  switch (type.type) {
    case AST_NODE_TYPES.TSUnknownKeyword:
    case AST_NODE_TYPES.TSAnyKeyword:
    case AST_NODE_TYPES.TSObjectKeyword:
      return true;
    case AST_NODE_TYPES.TSTypeLiteral:
      // `{}`, `{ buildId?: unknown }` and `{ pre?: T; post?: T }`: every field may be missing, so each is checked where it is read.
      return type.members.every(
        (member) =>
          member.type === AST_NODE_TYPES.TSPropertySignature &&
          (member.optional || (member.typeAnnotation !== undefined && isOpaqueType(member.typeAnnotation.typeAnnotation))),
      );
    case AST_NODE_TYPES.TSUnionType:
      // `string | object | null`: a JSON value by another name.
      return type.types.some((member) => isOpaqueType(member)) && type.types.every((member) => isOpaqueType(member) || isPrimitiveClaim(member));
    case AST_NODE_TYPES.TSArrayType:
      return isOpaqueType(type.elementType);
    case AST_NODE_TYPES.TSTypeOperator:
      return type.operator === 'readonly' && type.typeAnnotation !== undefined && isOpaqueType(type.typeAnnotation);
    case AST_NODE_TYPES.TSTypeReference: {
      if (type.typeName.type === AST_NODE_TYPES.TSQualifiedName) return OPAQUE_TYPE_NAME.test(type.typeName.right.name);
      if (type.typeName.type !== AST_NODE_TYPES.Identifier) return false;
      const { name } = type.typeName;
      const args = type.typeArguments?.params ?? [];
      if (OPAQUE_TYPE_NAME.test(name)) return true;
      if (name === 'Record' || name === 'Partial') return args.length > 0 && isOpaqueType(args.at(-1) as TSESTree.TypeNode);
      if (name === 'Array' || name === 'ReadonlyArray') return args.length === 1 && isOpaqueType(args[0] as TSESTree.TypeNode);
      return false;
    }
    default:
      return false;
  }
}

/** `string`, `number | null`, `'a' | 'b'`: a claim about a value that has no shape to check. */
function isPrimitiveClaim(type: TSESTree.TypeNode): boolean {
  if (type.type === AST_NODE_TYPES.TSUnionType) return type.types.every((member) => isPrimitiveClaim(member) || isOpaqueType(member));
  return PRIMITIVE_TYPES.has(type.type);
}

/** ``fetch('https://api.github.com/...')``, ``fetch(`https://${host}/...`)``: a URL written out with its origin. */
function isOtherOrigin(call: TSESTree.CallExpression): boolean {
  const [url] = call.arguments;
  const text = url?.type === AST_NODE_TYPES.Literal ? url.value : url?.type === AST_NODE_TYPES.TemplateLiteral ? url.quasis[0]?.value.cooked : undefined;
  return typeof text === 'string' && /^https?:\/\//u.test(text);
}

/** `fetch('/api/orders')`, ``fetch(`/api/orders/${id}`)``: a path on the page's own origin. */
function isSameOrigin(call: TSESTree.CallExpression): boolean {
  const [url] = call.arguments;
  if (url?.type === AST_NODE_TYPES.Literal) return typeof url.value === 'string' && url.value.startsWith('/');
  return url?.type === AST_NODE_TYPES.TemplateLiteral && (url.quasis[0]?.value.cooked ?? '').startsWith('/');
}

function isTypedAs(name: TSESTree.BindingName, typeName: string): boolean {
  const annotation = name.typeAnnotation?.typeAnnotation;
  return (
    annotation?.type === AST_NODE_TYPES.TSTypeReference &&
    annotation.typeName.type === AST_NODE_TYPES.Identifier &&
    annotation.typeName.name === typeName
  );
}

function describe(node: TSESTree.Expression): string {
  const value = unwrapParentheses(node);
  if (value.type === AST_NODE_TYPES.Identifier) return value.name;
  if (value.type === AST_NODE_TYPES.MemberExpression && value.object.type === AST_NODE_TYPES.Identifier) {
    return `${value.object.name}.${getPropertyName(value) ?? ''}`;
  }
  return value.type === AST_NODE_TYPES.AwaitExpression ? '(await fetch(...))' : 'response';
}
