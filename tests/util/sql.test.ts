import { describe, expect, it } from 'vitest';

import { STRING_HOLE } from '../../src/util/ast/stringSource.js';
import type { SqlDialect, SqlToken } from '../../src/util/sql.js';
import { splitSqlStatements, tokenizeSql } from '../../src/util/sql.js';

const tokens = (text: string, dialect: SqlDialect = 'postgres'): string[] =>
  tokenizeSql(text, dialect).map((token) => `${token.type}:${token.value}`);

describe('tokenizeSql', () => {
  it('upper-cases words and keeps offsets', () => {
    const [first, second] = tokenizeSql('insert  Into', 'postgres');
    expect(first).toEqual<SqlToken>({ type: 'word', value: 'INSERT', start: 0, end: 6 });
    expect(second).toEqual<SqlToken>({ type: 'word', value: 'INTO', start: 8, end: 12 });
  });

  it('skips a non-ASCII space between tokens, and reads any non-ASCII character inside a word as part of it, as PostgreSQL does', () => {
    expect(tokens('INSERT INTO tåble_1$x(\u3000a\u00A0b,\uFEFFc)')).toEqual([
      'word:INSERT',
      'word:INTO',
      'word:TÅBLE_1$X',
      'punctuator:(',
      'word:A\u00A0B',
      'punctuator:,',
      'word:C',
      'punctuator:)',
    ]);
    expect(tokens('SELECT 1.5e3x, .5, :name, @v1', 'mysql')).toEqual([
      'word:SELECT',
      'number:1.5e3x',
      'punctuator:,',
      'number:.5',
      'punctuator:,',
      'param::name',
      'punctuator:,',
      'param:@v1',
    ]);
    // MySQL starts a `--` comment only before a space, a control character or the end.
    expect(tokens('SELECT 1 --\tx', 'mysql')).toEqual(['word:SELECT', 'number:1']);
    expect(tokens('SELECT 1 --', 'mysql')).toEqual(['word:SELECT', 'number:1']);
  });

  it('skips line and block comments, nested in PostgreSQL', () => {
    expect(tokens('-- INSERT\nSELECT /* a /* b */ DROP */ 1')).toEqual(['word:SELECT', 'number:1']);
    expect(tokens('SELECT /* a /* b */ DROP */ 1', 'mysql')).toEqual(['word:SELECT', 'word:DROP', 'punctuator:*', 'punctuator:/', 'number:1']);
  });

  it('reads MySQL comments: `#`, `-- ` only with a space, and `/*! ... */` as code', () => {
    expect(tokens('SELECT 1 # INSERT', 'mysql')).toEqual(['word:SELECT', 'number:1']);
    expect(tokens('SELECT 1--1', 'mysql')).toEqual(['word:SELECT', 'number:1', 'punctuator:-', 'punctuator:-', 'number:1']);
    expect(tokens('CREATE DATABASE /*!32312 IF NOT EXISTS*/ shop', 'mysql')).toEqual([
      'word:CREATE',
      'word:DATABASE',
      'word:IF',
      'word:NOT',
      'word:EXISTS',
      'word:SHOP',
    ]);
  });

  it('keeps keywords inside string literals out of the words', () => {
    expect(tokens("SELECT 'it''s INSERT'")).toEqual(['word:SELECT', "string:'it''s INSERT'"]);
    expect(tokens("SELECT E'\\' INSERT'")).toEqual(['word:SELECT', "string:E'\\' INSERT'"]);
    expect(tokens("SELECT 'a\\' INSERT'", 'mysql')).toEqual(['word:SELECT', "string:'a\\' INSERT'"]);
    expect(tokens('SELECT $$ INSERT $$, $fn$ DROP $fn$')).toEqual(['word:SELECT', 'string:$$ INSERT $$', 'punctuator:,', 'string:$fn$ DROP $fn$']);
  });

  it('reads quoted names per dialect', () => {
    expect(tokens('"Order ""x"""')).toEqual(['name:Order "x"']);
    expect(tokens('"a"', 'mysql')).toEqual(['string:"a"']);
    expect(tokens('`a``b`', 'mysql')).toEqual(['name:a`b']);
    expect(tokens('[order]', 'sqlite')).toEqual(['name:order']);
  });

  it('reads bind parameters, casts and template holes', () => {
    expect(tokens(`VALUES ($1, ?, :name, @v, x::int, ${STRING_HOLE})`)).toEqual([
      'word:VALUES',
      'punctuator:(',
      'param:$1',
      'punctuator:,',
      'param:?',
      'punctuator:,',
      'param::name',
      'punctuator:,',
      'param:@v',
      'punctuator:,',
      'word:X',
      'punctuator::',
      'punctuator::',
      'word:INT',
      'punctuator:,',
      `hole:${STRING_HOLE}`,
      'punctuator:)',
    ]);
  });

  it('runs an unterminated string or comment to the end', () => {
    expect(tokens("SELECT 'abc")).toEqual(['word:SELECT', "string:'abc"]);
    expect(tokens('SELECT /* abc')).toEqual(['word:SELECT']);
  });
});

describe('splitSqlStatements', () => {
  const split = (text: string): string[] =>
    splitSqlStatements(tokenizeSql(text, 'sqlite')).map((statement) => statement.map((token) => token.value).join(' '));

  it('splits at semicolons and drops empty statements', () => {
    expect(split('BEGIN; INSERT INTO t VALUES (1);; COMMIT;')).toEqual(['BEGIN', 'INSERT INTO T VALUES ( 1 )', 'COMMIT']);
  });

  it('keeps the body of a trigger in one statement', () => {
    expect(split('CREATE TRIGGER t AFTER INSERT ON a BEGIN INSERT INTO b VALUES (CASE WHEN 1 THEN 2 END); END; SELECT 1')).toEqual([
      'CREATE TRIGGER T AFTER INSERT ON A BEGIN INSERT INTO B VALUES ( CASE WHEN 1 THEN 2 END ) ; END',
      'SELECT 1',
    ]);
  });
});
