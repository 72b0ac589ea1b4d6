import { STRING_HOLE } from './ast/stringSource.js';

/** The SQL dialects whose lexical rules and statements the SQL helpers know. */
export type SqlDialect = 'mysql' | 'postgres' | 'sqlite';

export const SQL_DIALECTS: readonly SqlDialect[] = ['postgres', 'mysql', 'sqlite'];

/**
 * - `word`: a keyword or a bare name (`value` upper-cased);
 * - `name`: a quoted name, `"users"`, `` `users` ``, `[users]` (`value` without quotes, case kept);
 * - `string`: a string literal, also `E'...'` and `$tag$...$tag$`;
 * - `param`: a bind parameter, `$1`, `?`, `:name`, `@name`;
 * - `hole`: a template literal's `${...}`, whose text is unknown;
 * - `number`, `punctuator`: the rest, one punctuator per character.
 */
export type SqlTokenType = 'hole' | 'name' | 'number' | 'param' | 'punctuator' | 'string' | 'word';

export interface SqlToken {
  readonly type: SqlTokenType;
  /** A word upper-cased, a quoted name unquoted, anything else as written. */
  readonly value: string;
  /** Offsets in the tokenized text: `[start, end)`. */
  readonly start: number;
  readonly end: number;
}

/** Whitespace outside ASCII, as `\s` reads it; ASCII whitespace is told by its code. */
const NON_ASCII_SPACE = /\s/u;
const DOLLAR_TAG = /^\$(?:[A-Z_a-z\u0080-\uFFFF][\w\u0080-\uFFFF]*)?\$/u;

/**
 * Splits SQL text into tokens, skipping whitespace and comments, the way the dialect's own lexer
 * would: `--` and `/* *\/` comments (nested in PostgreSQL, `#` too in MySQL, whose `/*! ... *\/`
 * comments hold code and are read as code), string literals with `''` (and backslash escapes
 * where the dialect has them), quoted names, PostgreSQL dollar quotes. An unterminated string or
 * comment runs to the end. {@link STRING_HOLE} characters become `hole` tokens.
 */
export function tokenizeSql(text: string, dialect: SqlDialect): SqlToken[] {
  const tokens: SqlToken[] = [];
  const length = text.length;
  let index = 0;
  /** Inside MySQL's `/*! ... *\/`: its closing `*\/` is skipped like whitespace. */
  let inExecutableComment = false;
  const add = (type: SqlTokenType, start: number, end: number, value = text.slice(start, end)): void => {
    tokens.push({ type, value, start, end });
  };
  while (index < length) {
    const char = text[index] ?? '';
    const next = text[index + 1] ?? '';
    const code = text.charCodeAt(index);
    if (isSpace(code, char)) {
      index++;
    } else if (char === STRING_HOLE) {
      add('hole', index, index + 1);
      index++;
    } else if (char === '-' && next === '-' && (dialect !== 'mysql' || isMysqlCommentDash(text, index + 2))) {
      index = skipLine(text, index);
    } else if (char === '#' && dialect === 'mysql') {
      index = skipLine(text, index);
    } else if (char === '/' && next === '*') {
      if (dialect === 'mysql' && text[index + 2] === '!') {
        index += 3;
        while (isDigit(text.charCodeAt(index))) index++;
        inExecutableComment = true;
      } else {
        index = skipBlockComment(text, index, dialect === 'postgres');
      }
    } else if (char === '*' && next === '/' && inExecutableComment) {
      inExecutableComment = false;
      index += 2;
    } else if (char === "'") {
      const end = skipQuoted(text, index, "'", dialect === 'mysql');
      add('string', index, end);
      index = end;
    } else if ((char === 'E' || char === 'e') && next === "'" && dialect === 'postgres') {
      const end = skipQuoted(text, index + 1, "'", true);
      add('string', index, end);
      index = end;
    } else if (char === '"') {
      const end = skipQuoted(text, index, '"', dialect === 'mysql');
      // MySQL reads "..." as a string unless ANSI_QUOTES is on; the others as a quoted name.
      if (dialect === 'mysql') add('string', index, end);
      else add('name', index, end, unquote(text.slice(index, end), '"'));
      index = end;
    } else if (char === '`' && dialect !== 'postgres') {
      const end = skipQuoted(text, index, '`', false);
      add('name', index, end, unquote(text.slice(index, end), '`'));
      index = end;
    } else if (char === '[' && dialect === 'sqlite') {
      const close = text.indexOf(']', index + 1);
      const end = close === -1 ? length : close + 1;
      add('name', index, end, text.slice(index + 1, close === -1 ? length : close));
      index = end;
    } else if (char === '$' && dialect === 'postgres') {
      const tag = DOLLAR_TAG.exec(text.slice(index, index + 64))?.[0];
      if (tag !== undefined) {
        const close = text.indexOf(tag, index + tag.length);
        const end = close === -1 ? length : close + tag.length;
        add('string', index, end);
        index = end;
      } else {
        const end = skipWhile(text, index + 1, isDigit);
        add(end > index + 1 ? 'param' : 'punctuator', index, end);
        index = end;
      }
    } else if (char === '?') {
      add('param', index, index + 1);
      index++;
    } else if ((char === ':' || char === '@') && isWordStart(text.charCodeAt(index + 1)) && text[index - 1] !== ':') {
      const end = skipWhile(text, index + 1, isWordPart);
      add('param', index, end);
      index = end;
    } else if (isDigit(code) || (char === '.' && isDigit(text.charCodeAt(index + 1)))) {
      const end = skipWhile(text, index + 1, isNumberPart);
      add('number', index, end);
      index = end;
    } else if (isWordStart(code)) {
      const end = skipWhile(text, index + 1, isWordPart);
      add('word', index, end, text.slice(index, end).toUpperCase());
      index = end;
    } else {
      add('punctuator', index, index + 1);
      index++;
    }
  }
  return tokens;
}

/**
 * Groups tokens into statements at each `;`. The body of a `CREATE TRIGGER`/`FUNCTION`/`PROCEDURE`
 * written with `BEGIN ... END` (SQLite, MySQL) keeps its own `;`s; no statement is empty.
 */
export function splitSqlStatements(tokens: readonly SqlToken[]): SqlToken[][] {
  const statements: SqlToken[][] = [];
  let current: SqlToken[] = [];
  let blockDepth = 0;
  for (const token of tokens) {
    if (token.type === 'punctuator' && token.value === ';' && blockDepth === 0) {
      if (current.length > 0) statements.push(current);
      current = [];
      continue;
    }
    if (token.type === 'word' && current[0]?.type === 'word' && current[0].value === 'CREATE') {
      if (token.value === 'BEGIN' || (token.value === 'CASE' && blockDepth > 0)) blockDepth++;
      else if (token.value === 'END' && blockDepth > 0) blockDepth--;
    }
    current.push(token);
  }
  if (current.length > 0) statements.push(current);
  return statements;
}

function skipLine(text: string, index: number): number {
  const end = text.indexOf('\n', index);
  return end === -1 ? text.length : end + 1;
}

function skipBlockComment(text: string, index: number, nested: boolean): number {
  let depth = 0;
  let current = index;
  while (current < text.length) {
    if (text.startsWith('/*', current) && (nested || depth === 0)) {
      depth++;
      current += 2;
    } else if (text.startsWith('*/', current)) {
      depth--;
      current += 2;
      if (depth === 0) return current;
    } else {
      current++;
    }
  }
  return text.length;
}

/** The end of a quoted token opened at `index`: a doubled quote stays inside, as does a backslash escape where allowed. */
function skipQuoted(text: string, index: number, quote: string, backslashEscapes: boolean): number {
  let current = index + 1;
  while (current < text.length) {
    const char = text[current];
    if (char === '\\' && backslashEscapes) {
      current += 2;
    } else if (char === quote) {
      if (text[current + 1] !== quote) return current + 1;
      current += 2;
    } else {
      current++;
    }
  }
  return text.length;
}

// The lexer tests one UTF-16 unit at a time by its code (a regular expression per character costs
// more than the rest of the lexer); past the end, `charCodeAt` gives NaN, which no test accepts.

function isSpace(code: number, char: string): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x80 && NON_ASCII_SPACE.test(char));
}

/** MySQL reads `--` as a comment only before a space, a control character or the end of the text. */
function isMysqlCommentDash(text: string, afterDashes: number): boolean {
  if (afterDashes >= text.length) return true;
  const code = text.charCodeAt(afterDashes);
  return code <= 0x1f || isSpace(code, text[afterDashes] ?? '');
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** `[A-Z_a-z\u0080-\uDFFF\uF900-\uFFFF]`: a bare word starts with a letter, `_` or any non-ASCII unit but the private-use ones (a hole). */
function isWordStart(code: number): boolean {
  return isAsciiLetter(code) || code === 0x5f || (code >= 0x80 && code <= 0xdfff) || (code >= 0xf900 && code <= 0xffff);
}

/** `[\w$\u0080-\uDFFF\uF900-\uFFFF]`. */
function isWordPart(code: number): boolean {
  return isWordStart(code) || isDigit(code) || code === 0x24;
}

/** `[\d.A-Za-z_]`: a number runs on through its exponent, suffix or hex digits. */
function isNumberPart(code: number): boolean {
  return isDigit(code) || isAsciiLetter(code) || code === 0x2e || code === 0x5f;
}

function skipWhile(text: string, index: number, accepts: (code: number) => boolean): number {
  let current = index;
  while (current < text.length && accepts(text.charCodeAt(current))) current++;
  return current;
}

function unquote(quoted: string, quote: string): string {
  const inner = quoted.endsWith(quote) && quoted.length > 1 ? quoted.slice(1, -1) : quoted.slice(1);
  return inner.replaceAll(quote + quote, quote);
}
