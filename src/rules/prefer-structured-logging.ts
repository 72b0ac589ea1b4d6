import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import {
  createConfigCache,
  createRule,
  findTrackedReferences,
  getImportBinding,
  getMethodCallSelector,
  getPropertyName,
  getSettings,
  getStaticPath,
  mergeNames,
  stringListSchema,
  unwrapTSExpression,
} from '../util/index.js';

/** Where a logger wants its fields: before the message (pino, bunyan) or after it (winston, NestJS). */
export type Style = 'pino' | 'winston';
export type Options = [{ loggers?: string[]; style?: Style }];
export type MessageIds = 'interpolatedLogMessage' | 'moveValuesToFields';

const DEFAULT_LOGGERS = ['logger', 'log'];
/** Methods that write a log line, across pino, winston, bunyan, NestJS, log4js, loglevel and `console`. */
const LEVEL_METHODS = new Set([
  'alert',
  'crit',
  'critical',
  'debug',
  'emerg',
  'error',
  'fatal',
  'http',
  'info',
  'log',
  'notice',
  'silly',
  'trace',
  'verbose',
  'warn',
  'warning',
]);
const LEVEL_CALL = getMethodCallSelector(LEVEL_METHODS);
/** Types a logger can be declared with, by module: every type of the module, or only the named ones. */
const TYPE_STYLES: Readonly<Record<string, Style | Readonly<Record<string, Style>>>> = {
  pino: 'pino',
  bunyan: 'pino',
  winston: 'winston',
  '@nestjs/common': { ConsoleLogger: 'winston', Logger: 'winston', LoggerService: 'winston' },
  'nestjs-pino': { Logger: 'winston', PinoLogger: 'pino' },
  fastify: { FastifyBaseLogger: 'pino' },
};
const { CALL, CONSTRUCT } = ASTUtils.ReferenceTracker;
/** Calls that create a logger, with the style its methods take. */
const LOGGER_FACTORIES = {
  pino: { [CALL]: 'pino', pino: { [CALL]: 'pino' } },
  bunyan: { [CALL]: 'pino', [CONSTRUCT]: 'pino', createLogger: { [CALL]: 'pino' } },
  winston: { createLogger: { [CALL]: 'winston' }, Logger: { [CONSTRUCT]: 'winston' } },
  '@nestjs/common': { Logger: { [CONSTRUCT]: 'winston' }, ConsoleLogger: { [CONSTRUCT]: 'winston' } },
};
/** How many aliases and `.child()` steps are followed; enough for real code, safe for cycles. */
const MAX_DEPTH = 4;
const LETTER = /\p{L}/u;
const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/u;

/** A piece of a log message: constant text, or a value spliced into it. */
type Part = { readonly kind: 'text'; readonly value: string } | { readonly kind: 'value'; readonly node: TSESTree.Node };

interface Field {
  readonly name: string;
  readonly text: string;
}

/** The logger names of a configuration. */
const getLoggerNames = createConfigCache(
  (options: Options[0], settings): ReadonlySet<string> => new Set(mergeNames(DEFAULT_LOGGERS, settings.loggers, options.loggers)),
);

export default createRule<Options, MessageIds>({
  name: 'prefer-structured-logging',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Enforce a constant log message with the values passed as fields',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          loggers: stringListSchema(
            'Logger objects whose calls are checked; replaces `settings.reliability.loggers` (`logger`, `log` and loggers created in the file always count; `console` only when listed).',
          ),
          style: {
            type: 'string',
            enum: ['pino', 'winston'],
            description:
              'Where the suggestion puts the fields object for a logger whose library the file does not show: before the message (`pino`) or after it (`winston`).',
          },
        },
      },
    ],
    defaultOptions: [{ style: 'pino' }],
    messages: {
      interpolatedLogMessage:
        'This log message is built from values, so it cannot be searched, grouped or alerted on. Keep the message constant and pass the values as fields.',
      moveValuesToFields: 'Keep the message constant and pass {{fields}} as fields.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const loggerNames = getLoggerNames(context, options);
    const defaultStyle: Style = options.style ?? 'pino';
    let factories: ReadonlyMap<TSESTree.Node, Style> | undefined;

    return {
      [LEVEL_CALL](node: TSESTree.CallExpression) {
        const { callee } = node;
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
        const method = getPropertyName(callee);
        if (method === undefined || !LEVEL_METHODS.has(method)) return;
        const target = getMessageTarget(node, method);
        if (target === undefined) return;
        const parts = getMessageParts(target.message);
        if (parts === undefined || !isInterpolated(parts, target.message)) return;
        const logger = getLogger(callee.object, 0);
        if (logger === undefined) return;
        const style = target.levelFirst ? 'winston' : (logger.style ?? defaultStyle);
        const suggestion = buildSuggestion(node, target, parts, style);
        context.report({
          node: target.message,
          messageId: 'interpolatedLogMessage',
          suggest: suggestion === undefined ? [] : [suggestion],
        });
      },
    };

    /**
     * The argument that holds the message: the first one, the second after a fields object or error
     * (`logger.error(err, msg)`), or the second after a level (`logger.log('info', msg)`).
     */
    function getMessageTarget(
      call: TSESTree.CallExpression,
      method: string,
    ): { index: number; message: TSESTree.Expression; levelFirst: boolean } | undefined {
      const [first, second] = call.arguments;
      if (first === undefined || first.type === AST_NODE_TYPES.SpreadElement) return undefined;
      const secondIsMessage = second !== undefined && second.type !== AST_NODE_TYPES.SpreadElement && isBuiltMessage(second);
      if (method === 'log' && isLevelLiteral(first) && second !== undefined) {
        return secondIsMessage ? { index: 1, message: second, levelFirst: true } : undefined;
      }
      if (isBuiltMessage(first)) return { index: 0, message: first, levelFirst: false };
      const firstIsString = first.type === AST_NODE_TYPES.Literal && typeof first.value === 'string';
      return secondIsMessage && !firstIsString ? { index: 1, message: second, levelFirst: false } : undefined;
    }

    /** A template literal with expressions, or a `+` chain: the shapes a message is built with. */
    function isBuiltMessage(node: TSESTree.Expression): boolean {
      return (
        (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length > 0) ||
        (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+')
      );
    }

    /** At least one value the file cannot compute, spliced into text that has words of its own. */
    function isInterpolated(parts: readonly Part[], message: TSESTree.Node): boolean {
      const scope = sourceCode.getScope(message);
      let text = '';
      let dynamic = false;
      for (const part of parts) {
        if (part.kind === 'text') {
          text += part.value;
          continue;
        }
        const value = ASTUtils.getStaticValue(part.node, scope);
        if (value === null) dynamic = true;
        else text += String(value.value);
      }
      return dynamic && LETTER.test(text);
    }

    /**
     * Whether `receiver` is a logger (a configured name, a logger the file creates or types, or a child
     * or alias of one), and which style its library takes when the file shows it.
     */
    function getLogger(receiver: TSESTree.Node, depth: number): { style: Style | undefined } | undefined {
      if (depth > MAX_DEPTH) return undefined;
      const node = receiver.type === AST_NODE_TYPES.ChainExpression ? receiver.expression : receiver;
      const unwrapped = isExpression(node) ? unwrapTSExpression(node) : node;
      const style = getLoggerStyle(unwrapped, depth);
      if (style !== undefined) return { style };
      if (unwrapped.type === AST_NODE_TYPES.CallExpression && isChildCall(unwrapped)) {
        return getLogger((unwrapped.callee as TSESTree.MemberExpression).object, depth + 1);
      }
      const name = getStaticPath(unwrapped)?.at(-1);
      if (name !== undefined && loggerNames.has(name)) return { style: undefined };
      if (unwrapped.type !== AST_NODE_TYPES.Identifier) return undefined;
      // `const requestLog = logger.child({ requestId })`, `const log = this.logger`.
      const definition = getSingleDefinition(unwrapped);
      return definition?.type === 'Variable' && definition.node.id === definition.name && definition.node.init !== null
        ? getLogger(definition.node.init, depth + 1)
        : undefined;
    }

    /** The style of a logger the file creates or declares with a logger type; `undefined` when it does not show. */
    function getLoggerStyle(node: TSESTree.Node, depth: number): Style | undefined {
      if (depth > MAX_DEPTH) return undefined;
      switch (node.type) {
        case AST_NODE_TYPES.Identifier:
          return getStyleOfVariable(node, depth);
        case AST_NODE_TYPES.MemberExpression:
          return node.object.type === AST_NODE_TYPES.ThisExpression ? getStyleOfClassMember(node, depth) : undefined;
        case AST_NODE_TYPES.CallExpression:
        case AST_NODE_TYPES.NewExpression: {
          const factoryStyle = getFactories().get(node);
          if (factoryStyle !== undefined) return factoryStyle;
          return node.type === AST_NODE_TYPES.CallExpression && isChildCall(node)
            ? getLoggerStyle(unwrapTSExpression((node.callee as TSESTree.MemberExpression).object), depth + 1)
            : undefined;
        }
        case AST_NODE_TYPES.AwaitExpression:
          return getLoggerStyle(unwrapTSExpression(node.argument), depth + 1);
        default:
          return undefined;
      }
    }

    function getStyleOfVariable(identifier: TSESTree.Identifier, depth: number): Style | undefined {
      const definition = getSingleDefinition(identifier);
      if (definition === undefined) return undefined;
      if (definition.type === 'ImportBinding') {
        // `import winston from 'winston'; winston.info(...)`: the module's default logger.
        const binding = getImportBinding(sourceCode, identifier);
        return binding?.source === 'winston' && (binding.imported === 'default' || binding.imported === '*') ? 'winston' : undefined;
      }
      if (definition.type === 'Parameter') return getStyleOfType(definition.name);
      if (definition.type !== 'Variable' || definition.node.id !== definition.name) return undefined;
      const declared = getStyleOfType(definition.name);
      if (declared !== undefined) return declared;
      const { init } = definition.node;
      return init === null ? undefined : getLoggerStyle(unwrapTSExpression(init), depth + 1);
    }

    function getSingleDefinition(identifier: TSESTree.Identifier): TSESLint.Scope.Definition | undefined {
      const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
      return variable?.defs.length === 1 ? variable.defs[0] : undefined;
    }

    /** `this.logger`: the class property or constructor parameter property of that name. */
    function getStyleOfClassMember(member: TSESTree.MemberExpression, depth: number): Style | undefined {
      const name = getPropertyName(member);
      const body = name === undefined ? undefined : getThisClassBody(member);
      if (body === undefined) return undefined;
      for (const element of body.body) {
        if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.computed && getKeyName(element.key) === name) {
          const declared = element.typeAnnotation === undefined ? undefined : getStyleOfTypeAnnotation(element.typeAnnotation);
          if (declared !== undefined) return declared;
          return element.value === null ? undefined : getLoggerStyle(unwrapTSExpression(element.value), depth + 1);
        }
        if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor') {
          for (const parameter of element.value.params) {
            if (parameter.type !== AST_NODE_TYPES.TSParameterProperty) continue;
            const binding = parameter.parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.parameter.left : parameter.parameter;
            if (binding.type === AST_NODE_TYPES.Identifier && binding.name === name) return getStyleOfType(binding);
          }
        }
      }
      return undefined;
    }

    function getStyleOfType(binding: TSESTree.Node): Style | undefined {
      return 'typeAnnotation' in binding && binding.typeAnnotation?.type === AST_NODE_TYPES.TSTypeAnnotation
        ? getStyleOfTypeAnnotation(binding.typeAnnotation)
        : undefined;
    }

    /** `Logger` imported from `pino`, `winston.Logger`, NestJS's `Logger`... */
    function getStyleOfTypeAnnotation(annotation: TSESTree.TSTypeAnnotation): Style | undefined {
      const type = annotation.typeAnnotation;
      if (type.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
      let name: string;
      let root: TSESTree.Identifier;
      if (type.typeName.type === AST_NODE_TYPES.Identifier) {
        root = type.typeName;
        name = root.name;
      } else if (type.typeName.type === AST_NODE_TYPES.TSQualifiedName && type.typeName.left.type === AST_NODE_TYPES.Identifier) {
        root = type.typeName.left;
        name = type.typeName.right.name;
      } else {
        return undefined;
      }
      const binding = getImportBinding(sourceCode, root);
      if (binding === undefined) return undefined;
      const styles = TYPE_STYLES[binding.source];
      if (styles === undefined || typeof styles === 'string') return styles;
      const exported = root === type.typeName ? binding.imported : name;
      return Object.hasOwn(styles, exported) ? styles[exported] : undefined;
    }

    /** Logger-creating calls of the file, found once through its imports and `require`s. */
    function getFactories(): ReadonlyMap<TSESTree.Node, Style> {
      if (factories !== undefined) return factories;
      const found = new Map<TSESTree.Node, Style>();
      for (const { node, info } of findTrackedReferences<Style>(sourceCode, LOGGER_FACTORIES)) found.set(node, info);
      factories = found;
      return found;
    }

    function buildSuggestion(
      call: TSESTree.CallExpression,
      target: { index: number; message: TSESTree.Expression },
      parts: readonly Part[],
      style: Style,
    ): TSESLint.SuggestionReportDescriptor<MessageIds> | undefined {
      if (sourceCode.getCommentsInside(target.message).length > 0) return undefined;
      const fields = getFields(parts, target.message);
      const message = fields === undefined ? '' : getConstantMessage(parts);
      if (fields === undefined || message === '') return undefined;
      const quoted = quote(message);
      const args = call.arguments;
      const { index } = target;
      const data = { fields: fields.map((field) => `\`${field.name}\``).join(', ') };
      const objectText = `{ ${fields.map(formatField).join(', ')} }`;
      const extra = args.slice(index + 1);
      const lead = args[0];

      if (style === 'pino') {
        if (extra.length > 0) return undefined;
        if (index === 0) {
          return { messageId: 'moveValuesToFields', data, fix: (fixer) => fixer.replaceText(target.message, `${objectText}, ${quoted}`) };
        }
        const merge = lead === undefined ? undefined : buildMerge(lead, fields);
        return merge === undefined
          ? undefined
          : { messageId: 'moveValuesToFields', data, fix: (fixer) => [merge(fixer), fixer.replaceText(target.message, quoted)] };
      }
      if (index === 1 && !isLevelLiteral(lead)) return undefined;
      if (extra.length === 0) {
        return { messageId: 'moveValuesToFields', data, fix: (fixer) => fixer.replaceText(target.message, `${quoted}, ${objectText}`) };
      }
      const [meta] = extra;
      const merge = extra.length === 1 && meta !== undefined ? buildMerge(meta, fields) : undefined;
      return merge === undefined
        ? undefined
        : { messageId: 'moveValuesToFields', data, fix: (fixer) => [fixer.replaceText(target.message, quoted), merge(fixer)] };
    }

    /** One field per value, named after it; `undefined` when a name cannot be derived or two values collide. */
    function getFields(parts: readonly Part[], message: TSESTree.Node): Field[] | undefined {
      const scope = sourceCode.getScope(message);
      const fields: Field[] = [];
      for (const part of parts) {
        if (part.kind === 'text') continue;
        // A constant spliced into the message would have to stay in it: leave that to the author.
        if (ASTUtils.getStaticValue(part.node, scope) !== null) return undefined;
        const name = getFieldName(part.node);
        if (name === undefined) return undefined;
        const text = sourceCode.getText(part.node);
        const existing = fields.find((field) => field.name === name);
        if (existing === undefined) fields.push({ name, text });
        else if (existing.text !== text) return undefined;
      }
      return fields;
    }

    /** Adds the fields to an object literal the call already passes, when no key clashes. */
    function buildMerge(
      node: TSESTree.CallExpressionArgument,
      fields: readonly Field[],
    ): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined {
      if (node.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
      const keys = new Set<string>();
      for (const property of node.properties) {
        if (property.type !== AST_NODE_TYPES.Property || property.computed) return undefined;
        const key = getKeyName(property.key);
        if (key === undefined) return undefined;
        keys.add(key);
      }
      if (fields.some((field) => keys.has(field.name))) return undefined;
      const text = fields.map(formatField).join(', ');
      const last = node.properties.at(-1);
      if (last !== undefined) return (fixer) => fixer.insertTextAfter(last, `, ${text}`);
      if (sourceCode.getCommentsInside(node).length === 0) return (fixer) => fixer.replaceText(node, `{ ${text} }`);
      const closing = sourceCode.getLastToken(node);
      return closing === null ? undefined : (fixer) => fixer.insertTextBefore(closing, ` ${text} `);
    }
  },
});

function isExpression(node: TSESTree.Node): node is TSESTree.Expression {
  return node.type !== AST_NODE_TYPES.Super && node.type !== AST_NODE_TYPES.PrivateIdentifier;
}

/** `logger.child(...)`: a logger derived from another one. */
function isChildCall(node: TSESTree.CallExpression): boolean {
  return node.callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(node.callee) === 'child';
}

/** `'info'` as the first argument of `logger.log('info', message)`. */
function isLevelLiteral(node: TSESTree.Node | undefined): boolean {
  return node?.type === AST_NODE_TYPES.Literal && typeof node.value === 'string' && LEVEL_METHODS.has(node.value);
}

function getKeyName(key: TSESTree.Node): string | undefined {
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  return key.type === AST_NODE_TYPES.Literal ? String(key.value) : undefined;
}

/** The class whose instance `this` is at `node`: arrows keep the enclosing `this`, other functions end the search. */
function getThisClassBody(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  // `Program.parent` is `null` at runtime, whatever the type says.
  for (let current: TSESTree.Node | null | undefined = node.parent; current != null; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
    if (current.type === AST_NODE_TYPES.FunctionDeclaration) return undefined;
    if (
      current.type === AST_NODE_TYPES.FunctionExpression &&
      current.parent.type !== AST_NODE_TYPES.MethodDefinition &&
      current.parent.type !== AST_NODE_TYPES.PropertyDefinition
    ) {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The message split into constant text and values: a template literal's quasis and expressions, or the
 * operands of a `+` chain. Operands added before the first string may be numbers (`a + b + ' ms'`), so
 * they stay together as one value.
 */
function getMessageParts(node: TSESTree.Expression): Part[] | undefined {
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return getTemplateParts(node);
  if (node.type !== AST_NODE_TYPES.BinaryExpression || node.operator !== '+') return undefined;
  const operands: TSESTree.Node[] = [];
  let current: TSESTree.Node = node;
  while (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+') {
    operands.unshift(current.right);
    current = current.left;
  }
  operands.unshift(current);
  const firstString = operands.findIndex(isStringOperand);
  if (firstString === -1) return undefined;
  const parts: Part[] = [];
  let start = 0;
  if (firstString > 1) {
    // The left spine node that holds operands 0..firstString-1.
    let group: TSESTree.Node = node;
    for (let index = operands.length - 1; index >= firstString; index--) group = (group as TSESTree.BinaryExpression).left;
    parts.push({ kind: 'value', node: group });
    start = firstString;
  }
  for (const operand of operands.slice(start)) {
    if (operand.type === AST_NODE_TYPES.Literal && typeof operand.value === 'string') {
      parts.push({ kind: 'text', value: operand.value });
    } else if (operand.type === AST_NODE_TYPES.TemplateLiteral) {
      const template = getTemplateParts(operand);
      if (template === undefined) return undefined;
      parts.push(...template);
    } else {
      parts.push({ kind: 'value', node: operand });
    }
  }
  return parts;
}

function isStringOperand(node: TSESTree.Node): boolean {
  return (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') || node.type === AST_NODE_TYPES.TemplateLiteral;
}

function getTemplateParts(node: TSESTree.TemplateLiteral): Part[] | undefined {
  const parts: Part[] = [];
  for (const [index, quasi] of node.quasis.entries()) {
    if (quasi.value.cooked === null) return undefined;
    parts.push({ kind: 'text', value: quasi.value.cooked });
    const expression = node.expressions[index];
    if (expression !== undefined) parts.push({ kind: 'value', node: expression });
  }
  return parts;
}

/**
 * A field name from a value: `id` → `id`, `user.id` → `userId`, `this.port` → `port`,
 * `req.headers['x-request-id']` → `headersXRequestId`. `undefined` for calls, operators and the like.
 */
function getFieldName(node: TSESTree.Node): string | undefined {
  const path = getStaticPath(node);
  if (path === undefined) return undefined;
  const segments = (path[0] === 'this' ? path.slice(1) : path).map((segment) => segment.replace(/^#/u, ''));
  const [only] = segments;
  if (segments.length === 1 && only !== undefined && IDENTIFIER.test(only)) return only;
  const [head, ...rest] = segments.slice(-2).flatMap(splitWords);
  if (head === undefined) return undefined;
  const name = lowerFirst(head) + rest.map(upperFirst).join('');
  return IDENTIFIER.test(name) ? name : undefined;
}

/** `MAX_SIZE` → `max`, `size`; `x-request-id` → `x`, `request`, `id`; `userId` stays one word. */
function splitWords(segment: string): string[] {
  const pieces = segment.split(/[^A-Za-z0-9$]+/u).filter((piece) => piece !== '');
  return pieces.map((piece) => (/^[A-Z0-9]+$/u.test(piece) ? piece.toLowerCase() : piece));
}

function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}

function upperFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function formatField(field: Field): string {
  return field.text === field.name ? field.name : `${field.name}: ${field.text}`;
}

/**
 * The message without its values: `user ${id} logged in` → `user logged in`,
 * `Failed to fetch ${url}: ${error}` → `Failed to fetch`, `order id=${id} shipped` → `order id shipped`,
 * `revision advanced: ${from} -> ${to}` → `revision advanced`.
 */
function getConstantMessage(parts: readonly Part[]): string {
  const HOLE = '\u0000';
  let text = parts.map((part) => (part.kind === 'text' ? part.value : HOLE)).join('');
  text = text
    .replaceAll(/(["'`([{<])\0+([\])}>"'`])/gu, '')
    .replaceAll(/\0\s*(?:->|=>|→|\||,|\/)\s*\0/gu, `${HOLE}${HOLE}`)
    .replaceAll(/\s*[:=#]\s*\0/gu, HOLE)
    .replaceAll(/\0(?:ms|s|sec|m|min|h|%|b|kb|mb|gb|bytes)(?![a-z])/giu, HOLE)
    .replaceAll('\0', ' ')
    .replaceAll(/\s+/gu, ' ')
    .replaceAll(/ ([,.;:!?)\]}])/gu, '$1');
  return text.replaceAll(/^[\s:;,=|/#-]+|[\s:;,=|/#-]+$/gu, '');
}

/** A string literal for `text`, in single quotes unless the text holds one and no double quote. */
function quote(text: string): string {
  const delimiter = text.includes("'") && !text.includes('"') ? '"' : "'";
  const escaped = text.replaceAll(/[\\\n\r\t\u2028\u2029]/gu, (character) => ESCAPES[character] ?? character);
  return `${delimiter}${escaped.replaceAll(delimiter, `\\${delimiter}`)}${delimiter}`;
}
