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

const WORD_START = /[A-Z_a-z\u0080-\uDFFF\uF900-\uFFFF]/u;
const WORD_PART = /[\w$\u0080-\uDFFF\uF900-\uFFFF]/u;
const DIGIT = /\d/u;
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
    if (/\s/u.test(char)) {
      index++;
    } else if (char === STRING_HOLE) {
      add('hole', index, index + 1);
      index++;
    } else if (char === '-' && next === '-' && (dialect !== 'mysql' || /[\s\0-\x1F]|^$/u.test(text[index + 2] ?? ''))) {
      index = skipLine(text, index);
    } else if (char === '#' && dialect === 'mysql') {
      index = skipLine(text, index);
    } else if (char === '/' && next === '*') {
      if (dialect === 'mysql' && text[index + 2] === '!') {
        index += 3;
        while (DIGIT.test(text[index] ?? '')) index++;
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
        const end = skipWhile(text, index + 1, DIGIT);
        add(end > index + 1 ? 'param' : 'punctuator', index, end);
        index = end;
      }
    } else if (char === '?') {
      add('param', index, index + 1);
      index++;
    } else if ((char === ':' || char === '@') && WORD_START.test(next) && text[index - 1] !== ':') {
      const end = skipWhile(text, index + 1, WORD_PART);
      add('param', index, end);
      index = end;
    } else if (DIGIT.test(char) || (char === '.' && DIGIT.test(next))) {
      const end = skipWhile(text, index + 1, /[\d.A-Za-z_]/u);
      add('number', index, end);
      index = end;
    } else if (WORD_START.test(char)) {
      const end = skipWhile(text, index + 1, WORD_PART);
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

function skipWhile(text: string, index: number, pattern: RegExp): number {
  let current = index;
  while (current < text.length && pattern.test(text[current] ?? '')) current++;
  return current;
}

function unquote(quoted: string, quote: string): string {
  const inner = quoted.endsWith(quote) && quoted.length > 1 ? quoted.slice(1, -1) : quoted.slice(1);
  return inner.replaceAll(quote + quote, quote);
}
