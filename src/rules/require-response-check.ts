import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import {
  buildInsertAfterStatement,
  buildInsertAtBlockStart,
  createConfigCache,
  createHttpClientResolver,
  createRule,
  createValidatorMatcher,
  DEFAULT_VALIDATORS,
  getPropertyName,
  getSettings,
  isFunctionNode,
  mergeNames,
  unwrapTSExpression,
} from '../util/index.js';

export type Options = [];
export type MessageIds = 'throwUnlessOk' | 'uncheckedInlineResponse' | 'uncheckedResponse';

/** Members of a `Response` that read its body. */
const BODY_METHODS = new Set(['arrayBuffer', 'blob', 'bytes', 'formData', 'json', 'text']);
/** Members that look at the status: reading one is the check. */
const STATUS_MEMBERS = new Set(['ok', 'status']);
/** Members that neither read the body nor check the status. */
const NEUTRAL_MEMBERS = new Set(['bodyUsed', 'headers', 'redirected', 'statusText', 'type', 'url']);
/** Keys of a parsed body that say whether the request failed: `{ error }`, `data.ok`, `result.success`. */
const ENVELOPE_KEYS = new Set(['error', 'errors', 'ok', 'status', 'statusCode', 'success']);
/** Expressions whose value is the same as their operand's: `(x)`, `x!`, `x as T`. */
const TRANSPARENT_PARENTS = new Set<AST_NODE_TYPES>([
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSTypeAssertion,
]);

/** How the code uses a response: where it reads the body, and whether it checks the status or hands the response on. */
interface ResponseUse {
  readonly reads: (TSESTree.CallExpression | TSESTree.MemberExpression | TSESTree.Property)[];
  checked: boolean;
  handedOn: boolean;
}

/** The validator names of a configuration, one array for all its files. */
const getValidatorNames = createConfigCache((_options: Readonly<Options>, settings) => mergeNames(DEFAULT_VALIDATORS, settings.validators, undefined));

export default createRule<Options, MessageIds>({
  name: 'require-response-check',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a check of `ok` or `status` before the body of a `fetch` response is read',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      uncheckedResponse:
        'Reading `{{response}}.{{member}}` ignores the status, and `fetch` resolves on 404 and 500 too. Throw when `{{response}}.ok` is false.',
      uncheckedInlineResponse:
        'Reading `.{{member}}` of a `fetch` response ignores its status, and `fetch` resolves on 404 and 500 too. Keep the response in a variable and throw when its `ok` is false.',
      throwUnlessOk: 'Throw when `{{response}}.ok` is false.',
    },
  },
  create(context, options) {
    const { sourceCode } = context;
    const settings = getSettings(context);
    const resolver = createHttpClientResolver(context, settings.httpClients);
    if (!resolver.mayUseHttpClients()) return {};
    const isValidator = createValidatorMatcher(sourceCode, getValidatorNames(context, options));

    return {
      CallExpression(node) {
        if (resolver.getRequest(node)?.client !== 'fetch') return;
        const consumer = getConsumer(node);
        if (consumer.type === AST_NODE_TYPES.AwaitExpression) {
          checkAwaitedResponse(node, consumer);
        } else if (isThenCall(consumer, node)) {
          checkThenCallback(node, consumer.parent as TSESTree.CallExpression);
        }
      },
    };

    /** `(await fetch(url)).json()`, `const res = await fetch(url)`, `res = await fetch(url)`, `const { body } = await fetch(url)`. */
    function checkAwaitedResponse(fetchCall: TSESTree.CallExpression, awaited: TSESTree.AwaitExpression): void {
      const user = getConsumer(awaited);
      if (user.type === AST_NODE_TYPES.MemberExpression && skipTransparentDown(user.object) === awaited) {
        const member = getPropertyName(user);
        const read = member === undefined ? undefined : getBodyRead(user, member);
        if (read !== undefined && !isResultChecked(read)) context.report({ node: read, messageId: 'uncheckedInlineResponse', data: { member: describeMember(member ?? '', read) } });
        return;
      }
      if (user.type === AST_NODE_TYPES.VariableDeclarator && user.init !== null) {
        if (user.id.type === AST_NODE_TYPES.Identifier) {
          checkVariable(fetchCall, user.id, getDeclarationStatement(user));
        } else if (user.id.type === AST_NODE_TYPES.ObjectPattern) {
          checkDestructuring(user.id);
        }
        return;
      }
      if (user.type === AST_NODE_TYPES.AssignmentExpression && user.operator === '=' && user.left.type === AST_NODE_TYPES.Identifier) {
        const statement = user.parent.type === AST_NODE_TYPES.ExpressionStatement ? user.parent : undefined;
        checkVariable(fetchCall, user.left, statement);
      }
    }

    /** `fetch(url).then((res) => res.json())`: the first `then` gets the response. */
    function checkThenCallback(fetchCall: TSESTree.CallExpression, thenCall: TSESTree.CallExpression): void {
      const [callback] = thenCall.arguments;
      if (callback === undefined || !isFunctionNode(callback)) return;
      const [parameter] = callback.params;
      if (parameter?.type === AST_NODE_TYPES.ObjectPattern) {
        checkDestructuring(parameter);
        return;
      }
      if (parameter?.type !== AST_NODE_TYPES.Identifier) return;
      const variable = sourceCode.getDeclaredVariables(callback).find((candidate) => candidate.name === parameter.name);
      if (variable === undefined) return;
      const use = collectUse([variable]);
      if (use.checked || use.handedOn) return;
      for (const read of use.reads) {
        if (isResultChecked(read)) continue;
        context.report({
          node: read,
          messageId: 'uncheckedResponse',
          data: { response: describeResponse(read, parameter.name), member: describeRead(read) },
          suggest: buildCallbackSuggestion(fetchCall, callback, parameter.name),
        });
      }
    }

    function checkVariable(fetchCall: TSESTree.CallExpression, identifier: TSESTree.Identifier, statement: TSESTree.Statement | undefined): void {
      const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
      if (variable === null) return;
      const use = collectUse([variable]);
      if (use.checked || use.handedOn) return;
      const fix =
        statement === undefined
          ? undefined
          : buildInsertAfterStatement(sourceCode, statement, buildThrowStatement(fetchCall, identifier.name, statement));
      for (const read of use.reads) {
        if (isResultChecked(read)) continue;
        context.report({
          node: read,
          messageId: 'uncheckedResponse',
          data: { response: describeResponse(read, identifier.name), member: describeRead(read) },
          suggest: fix === undefined ? [] : [{ messageId: 'throwUnlessOk', data: { response: identifier.name }, fix }],
        });
      }
    }

    /** `const { body } = await fetch(url)` reads the body; `const { ok, body } = ...` checks first. */
    function checkDestructuring(pattern: TSESTree.ObjectPattern): void {
      const keys = pattern.properties.map((property) =>
        property.type === AST_NODE_TYPES.Property && !property.computed ? getKeyName(property.key) : undefined,
      );
      if (keys.some((key) => key === undefined || STATUS_MEMBERS.has(key))) return;
      for (const property of pattern.properties) {
        const key = property.type === AST_NODE_TYPES.Property ? getKeyName(property.key) : undefined;
        if (key === 'body' || (key !== undefined && BODY_METHODS.has(key))) {
          context.report({ node: property, messageId: 'uncheckedInlineResponse', data: { member: key } });
        }
      }
    }

    /**
     * Every use of a response variable, and of the `const` aliases that copy it: body reads, status
     * checks, and anything else (an argument, a return, a store), which hands it on to code that may check it.
     */
    function collectUse(variables: TSESLint.Scope.Variable[]): ResponseUse {
      const use: ResponseUse = { reads: [], checked: false, handedOn: false };
      const seen = new Set<TSESLint.Scope.Variable>();
      const pending = [...variables];
      for (let variable = pending.pop(); variable !== undefined; variable = pending.pop()) {
        if (seen.has(variable)) continue;
        seen.add(variable);
        for (const reference of variable.references) {
          if (reference.init === true || (reference.isWrite() && !reference.isRead())) continue;
          const alias = reference.identifier.type === AST_NODE_TYPES.Identifier ? getConstAlias(reference.identifier) : undefined;
          if (alias === undefined) {
            recordUse(use, reference.identifier);
          } else {
            pending.push(alias);
          }
        }
      }
      return use;
    }

    function recordUse(use: ResponseUse, identifier: TSESTree.Node): void {
      const user = getConsumer(identifier);
      if (user.type !== AST_NODE_TYPES.MemberExpression || skipTransparentDown(user.object) !== identifier) {
        if (user.type === AST_NODE_TYPES.VariableDeclarator && user.id.type === AST_NODE_TYPES.ObjectPattern) {
          recordDestructuring(use, user.id);
          return;
        }
        use.handedOn = true;
        return;
      }
      const member = getPropertyName(user);
      if (member === undefined) {
        use.handedOn = true;
      } else if (STATUS_MEMBERS.has(member)) {
        use.checked = true;
      } else {
        const read = getBodyRead(user, member);
        if (read !== undefined) use.reads.push(read);
        else if (!NEUTRAL_MEMBERS.has(member)) use.handedOn = true;
      }
    }

    function recordDestructuring(use: ResponseUse, pattern: TSESTree.ObjectPattern): void {
      for (const property of pattern.properties) {
        const key = property.type === AST_NODE_TYPES.Property && !property.computed ? getKeyName(property.key) : undefined;
        if (key === undefined) use.handedOn = true;
        else if (STATUS_MEMBERS.has(key)) use.checked = true;
        else if (key === 'body' || BODY_METHODS.has(key)) use.reads.push(property as TSESTree.Property);
      }
    }

    /**
     * Whether the code looks at what a body read gives for signs of failure: passes it through a schema
     * (`User.parse(await res.json())`), or reads an error envelope (`const { error } = await res.json()`,
     * `if (data.success)`, a next `.then((json) => json.status)`). Then a failed request does not pass for data.
     */
    function isResultChecked(read: TSESTree.CallExpression | TSESTree.MemberExpression | TSESTree.Property): boolean {
      if (read.type !== AST_NODE_TYPES.CallExpression) return false;
      if (isValueChecked(read)) return true;
      // `fetch(url).then((res) => res.json())`: what the callback returns is what the `then` resolves to.
      const callback = getReturningFunction(read);
      const thenCall = callback?.parent;
      return thenCall?.type === AST_NODE_TYPES.CallExpression && thenCall.arguments[0] === callback && isValueChecked(thenCall);
    }

    function isValueChecked(node: TSESTree.Node): boolean {
      let value = node;
      let user = getConsumer(value);
      if (user.type === AST_NODE_TYPES.AwaitExpression) {
        value = user;
        user = getConsumer(value);
      }
      if (user.type === AST_NODE_TYPES.MemberExpression && skipTransparentDown(user.object) === value) {
        const member = getPropertyName(user);
        if (member === 'then' && user.parent.type === AST_NODE_TYPES.CallExpression) return isParameterChecked(user.parent.arguments[0]);
        return ENVELOPE_KEYS.has(member ?? '');
      }
      if (user.type === AST_NODE_TYPES.CallExpression && user.callee !== value) return isValidator(user);
      if (user.type === AST_NODE_TYPES.AssignmentExpression && user.left.type === AST_NODE_TYPES.Identifier) {
        return isVariableChecked(ASTUtils.findVariable(sourceCode.getScope(user.left), user.left));
      }
      if (user.type !== AST_NODE_TYPES.VariableDeclarator) return false;
      if (user.id.type === AST_NODE_TYPES.ObjectPattern) {
        return user.id.properties.some(
          (property) => property.type === AST_NODE_TYPES.Property && ENVELOPE_KEYS.has(getKeyName(property.key) ?? ''),
        );
      }
      return user.id.type === AST_NODE_TYPES.Identifier && isVariableChecked(ASTUtils.findVariable(sourceCode.getScope(user.id), user.id));
    }

    /** `.then((json) => json.error ? ... : ...)`, `.then(({ error }) => ...)`, `.then((json) => Schema.parse(json))`. */
    function isParameterChecked(callback: TSESTree.CallExpressionArgument | undefined): boolean {
      if (callback === undefined || !isFunctionNode(callback)) return false;
      const [parameter] = callback.params;
      if (parameter?.type === AST_NODE_TYPES.ObjectPattern) {
        return parameter.properties.some((property) => property.type === AST_NODE_TYPES.Property && ENVELOPE_KEYS.has(getKeyName(property.key) ?? ''));
      }
      if (parameter?.type !== AST_NODE_TYPES.Identifier) return false;
      return isVariableChecked(sourceCode.getDeclaredVariables(callback).find((variable) => variable.name === parameter.name) ?? null);
    }

    /** A variable holding a parsed body, read for an error envelope or passed through a schema. */
    function isVariableChecked(variable: TSESLint.Scope.Variable | null): boolean {
      return (
        variable?.references.some((reference) => {
          if (reference.isWrite() && !reference.isRead()) return false;
          const parent = getConsumer(reference.identifier);
          if (parent.type === AST_NODE_TYPES.MemberExpression) return ENVELOPE_KEYS.has(getPropertyName(parent) ?? '');
          return parent.type === AST_NODE_TYPES.CallExpression && parent.callee !== reference.identifier && isValidator(parent);
        }) ?? false
      );
    }

    /** The function whose value `node` is: `(res) => res.json()`, `function (res) { return res.json(); }`. */
    function getReturningFunction(node: TSESTree.Node): TSESTree.Node | undefined {
      const user = getConsumer(node);
      if (isFunctionNode(user) && user.body === node) return user;
      if (user.type !== AST_NODE_TYPES.ReturnStatement) return undefined;
      // `Program.parent` is `null` at run time, whatever the types say: a CommonJS file may `return` at top level.
      for (let current: TSESTree.Node | null | undefined = user.parent; current !== undefined && current !== null; current = current.parent) {
        if (isFunctionNode(current)) return current;
      }
      return undefined;
    }

    /** `res.json()` (the call), `res.body` (the member); `undefined` for any other member. */
    function getBodyRead(member: TSESTree.MemberExpression, name: string): TSESTree.CallExpression | TSESTree.MemberExpression | undefined {
      if (name === 'body') return member;
      if (!BODY_METHODS.has(name)) return undefined;
      const call = getConsumer(member);
      return call.type === AST_NODE_TYPES.CallExpression && skipTransparentDown(call.callee) === member ? call : undefined;
    }

    /** `const copy = res`: the variable that copies the response. */
    function getConstAlias(identifier: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
      const user = getConsumer(identifier);
      if (user.type !== AST_NODE_TYPES.VariableDeclarator || user.id.type !== AST_NODE_TYPES.Identifier || user.parent.kind !== 'const') {
        return undefined;
      }
      return ASTUtils.findVariable(sourceCode.getScope(user.id), user.id) ?? undefined;
    }

    /**
     * `if (!res.ok) throw new Error(`...`);`, naming the URL when the call passes it as a variable or
     * a literal, else the response's own `url`.
     */
    function buildThrowStatement(fetchCall: TSESTree.CallExpression, response: string, at: TSESTree.Node): string {
      return `if (!${response}.ok) throw new Error(\`Request to ${describeUrl(fetchCall, response, at)} failed with status \${${response}.status}\`);`;
    }

    /** The URL for the error message: the variable the call passes (when it means the same at `at`), the literal, or `res.url`. */
    function describeUrl(fetchCall: TSESTree.CallExpression, response: string, at: TSESTree.Node): string {
      const [argument] = fetchCall.arguments;
      const url = argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement ? undefined : unwrapTSExpression(argument);
      if (url?.type === AST_NODE_TYPES.Identifier && url.name !== response) {
        // Both `null` for a global: the same one everywhere.
        const variable = ASTUtils.findVariable(sourceCode.getScope(url), url);
        if (ASTUtils.findVariable(sourceCode.getScope(at), url.name) === variable) return `\${${url.name}}`;
      }
      if (url?.type === AST_NODE_TYPES.Literal && typeof url.value === 'string') return escapeTemplateText(url.value);
      if (url?.type === AST_NODE_TYPES.TemplateLiteral && url.expressions.length === 0) return escapeTemplateText(url.quasis[0]?.value.cooked ?? '');
      return `\${${response}.url}`;
    }

    /**
     * The check as the first statement of a `then` callback; `(res) => res.json()` becomes
     * `(res) => { if (!res.ok) throw ...; return res.json(); }`, keeping comments and parentheses.
     */
    function buildCallbackSuggestion(
      fetchCall: TSESTree.CallExpression,
      callback: TSESTree.ArrowFunctionExpression | TSESTree.FunctionExpression | TSESTree.FunctionDeclaration,
      response: string,
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      const { body } = callback;
      if (body === null || body === undefined) return [];
      const statement = buildThrowStatement(fetchCall, response, body);
      if (body.type === AST_NODE_TYPES.BlockStatement) {
        return [{ messageId: 'throwUnlessOk', data: { response }, fix: buildInsertAtBlockStart(sourceCode, body, statement) }];
      }
      const arrow = sourceCode.getTokenBefore(body, (token) => token.value === '=>');
      const last = sourceCode.getLastToken(callback);
      if (arrow === null || last === null) return [];
      const valueText = sourceCode.text.slice(arrow.range[1], last.range[1]).trim();
      return [
        {
          messageId: 'throwUnlessOk',
          data: { response },
          fix: (fixer) => fixer.replaceTextRange([arrow.range[1], last.range[1]], ` { ${statement} return ${valueText}; }`),
        },
      ];
    }

    /** The statement a declaration is the whole of: `const res = await fetch(url);`, also `export const ...`. */
    function getDeclarationStatement(declarator: TSESTree.VariableDeclarator): TSESTree.Statement | undefined {
      const declaration = declarator.parent;
      if (declaration.parent.type === AST_NODE_TYPES.ExportNamedDeclaration) return declaration.parent;
      return declaration.parent.type === AST_NODE_TYPES.ForOfStatement || declaration.parent.type === AST_NODE_TYPES.ForInStatement ||
        declaration.parent.type === AST_NODE_TYPES.ForStatement
        ? undefined
        : declaration;
    }
  },
});

/** The node that uses the value of `node`, above any `(x)`, `x!` and `x as T`. */
function getConsumer(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent !== undefined && (TRANSPARENT_PARENTS.has(current.parent.type) || current.parent.type === AST_NODE_TYPES.ChainExpression)) {
    current = current.parent;
  }
  return current.parent ?? current;
}

/** `x` for `x!`, `x as T`, `(x)`. */
function skipTransparentDown(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (TRANSPARENT_PARENTS.has(current.type) || current.type === AST_NODE_TYPES.ChainExpression) {
    current = (current as TSESTree.TSAsExpression).expression;
  }
  return current;
}

/** `fetch(url).then(...)`: the promise the fetch call returns, handed to its first `then`. */
function isThenCall(consumer: TSESTree.Node, fetchCall: TSESTree.Node): consumer is TSESTree.MemberExpression {
  return (
    consumer.type === AST_NODE_TYPES.MemberExpression &&
    skipTransparentDown(consumer.object) === fetchCall &&
    getPropertyName(consumer) === 'then' &&
    consumer.parent.type === AST_NODE_TYPES.CallExpression &&
    consumer.parent.callee === consumer
  );
}

/** The name the read goes through: `r` in `r.json()` where `const r = res`. */
function describeResponse(read: TSESTree.CallExpression | TSESTree.MemberExpression | TSESTree.Property, declared: string): string {
  if (read.type === AST_NODE_TYPES.Property) return declared;
  const member = read.type === AST_NODE_TYPES.CallExpression ? (read.callee as TSESTree.MemberExpression) : read;
  const object = skipTransparentDown(member.object);
  return object.type === AST_NODE_TYPES.Identifier ? object.name : declared;
}

function describeRead(read: TSESTree.CallExpression | TSESTree.MemberExpression | TSESTree.Property): string {
  if (read.type === AST_NODE_TYPES.Property) return (read.key as TSESTree.Identifier).name;
  const member = read.type === AST_NODE_TYPES.CallExpression ? (read.callee as TSESTree.MemberExpression) : read;
  const name = getPropertyName(member) ?? '';
  return read.type === AST_NODE_TYPES.CallExpression ? `${name}()` : name;
}

function describeMember(name: string, read: TSESTree.CallExpression | TSESTree.MemberExpression): string {
  return read.type === AST_NODE_TYPES.CallExpression ? `${name}()` : name;
}

function getKeyName(key: TSESTree.Expression | TSESTree.PrivateIdentifier): string | undefined {
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  return key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? key.value : undefined;
}

function escapeTemplateText(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${');
}
