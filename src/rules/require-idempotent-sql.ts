import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import type { FileMatcher, SqlDialect, SqlToken, StringSource, TraceMap } from '../util/index.js';
import {
  buildAddPropertyFix,
  compileFileGlobs,
  createRule,
  findTrackedReferences,
  getCalleeName,
  getPropertyName,
  getRelativeFilename,
  getStaticPath,
  getStringSource,
  isFunctionNode,
  splitSqlStatements,
  SQL_DIALECTS,
  stringListSchema,
  tokenizeSql,
  unwrapTSExpression,
} from '../util/index.js';

export type Options = [{ dialect?: SqlDialect; files?: string[] }];
export type MessageIds =
  | 'addGuard'
  | 'appendingWrite'
  | 'duplicatingInsert'
  | 'duplicatingOrmInsert'
  | 'missingGuard'
  | 'skipDuplicates'
  | 'unguardableStatement'
  | 'unnamedIndex';

/** Calls whose first argument is SQL text: drivers (`pg`, `mysql2`, `better-sqlite3`, `pg-promise`), knex, Prisma, postgres.js. */
const SQL_CALLEES = new Set([
  '$executeRaw',
  '$executeRawUnsafe',
  '$queryRaw',
  '$queryRawUnsafe',
  'any',
  'exec',
  'execute',
  'many',
  'manyOrNone',
  'multi',
  'none',
  'one',
  'oneOrNone',
  'prepare',
  'query',
  'raw',
  'run',
  'runSql',
  'sql',
  'unsafe',
]);
/** Template tags whose template is SQL text: `sql`, `SQL`, `Prisma.sql`, `sql.unsafe`, `prisma.$executeRaw`. */
const SQL_TAGS = new Set(['$executeRaw', '$queryRaw', 'sql', 'SQL', 'unsafe']);
/** A cheap first look at the file: without one of these words, nothing can be reported. */
const MAY_MATCH = /insert|create|drop|alter|append/iu;

/** What makes a `CREATE`/`DROP` of an object kind safe to run twice, per dialect; absent = the dialect has no such statement. */
type Guard = 'IF EXISTS' | 'IF NOT EXISTS' | 'none' | 'OR REPLACE';
type DialectGuards = Partial<Record<SqlDialect, Guard>>;

interface ObjectKind {
  /** `['TABLE']`, `['MATERIALIZED', 'VIEW']`. */
  readonly words: readonly string[];
  readonly create: DialectGuards;
  readonly drop: DialectGuards;
}

const ALL_IF_EXISTS: DialectGuards = { postgres: 'IF EXISTS', mysql: 'IF EXISTS', sqlite: 'IF EXISTS' };
const POSTGRES_IF_EXISTS: DialectGuards = { postgres: 'IF EXISTS' };

const OBJECT_KINDS: readonly ObjectKind[] = [
  { words: ['TABLE'], create: { postgres: 'IF NOT EXISTS', mysql: 'IF NOT EXISTS', sqlite: 'IF NOT EXISTS' }, drop: ALL_IF_EXISTS },
  // MySQL has no `CREATE INDEX IF NOT EXISTS` and no `DROP INDEX IF EXISTS` (MariaDB has both).
  { words: ['INDEX'], create: { postgres: 'IF NOT EXISTS', mysql: 'none', sqlite: 'IF NOT EXISTS' }, drop: { postgres: 'IF EXISTS', mysql: 'none', sqlite: 'IF EXISTS' } },
  { words: ['SCHEMA'], create: { postgres: 'IF NOT EXISTS', mysql: 'IF NOT EXISTS' }, drop: { postgres: 'IF EXISTS', mysql: 'IF EXISTS' } },
  { words: ['DATABASE'], create: { mysql: 'IF NOT EXISTS' }, drop: { postgres: 'IF EXISTS', mysql: 'IF EXISTS' } },
  { words: ['SEQUENCE'], create: { postgres: 'IF NOT EXISTS' }, drop: POSTGRES_IF_EXISTS },
  { words: ['EXTENSION'], create: { postgres: 'IF NOT EXISTS' }, drop: POSTGRES_IF_EXISTS },
  // PostgreSQL has no `CREATE TYPE IF NOT EXISTS`.
  { words: ['TYPE'], create: { postgres: 'none' }, drop: POSTGRES_IF_EXISTS },
  { words: ['MATERIALIZED', 'VIEW'], create: { postgres: 'IF NOT EXISTS' }, drop: POSTGRES_IF_EXISTS },
  { words: ['VIEW'], create: { postgres: 'OR REPLACE', mysql: 'OR REPLACE', sqlite: 'IF NOT EXISTS' }, drop: ALL_IF_EXISTS },
  { words: ['FUNCTION'], create: {}, drop: { postgres: 'IF EXISTS', mysql: 'IF EXISTS' } },
  { words: ['PROCEDURE'], create: {}, drop: { postgres: 'IF EXISTS', mysql: 'IF EXISTS' } },
  { words: ['TRIGGER'], create: {}, drop: ALL_IF_EXISTS },
];

/** Words that may stand between `CREATE` and the object kind without changing what the statement does on a second run. */
const CREATE_MODIFIERS = new Set(['FULLTEXT', 'GLOBAL', 'LOCAL', 'RECURSIVE', 'SPATIAL', 'UNIQUE', 'UNLOGGED', 'VIRTUAL']);
/** MySQL view options (`ALGORITHM = MERGE`, `DEFINER = ...`, `SQL SECURITY ...`): skipped up to `VIEW`. */
const VIEW_OPTIONS = new Set(['ALGORITHM', 'DEFINER', 'SQL']);
/** Objects that live only as long as the session: a new run starts without them. */
const SESSION_MODIFIERS = new Set(['TEMP', 'TEMPORARY']);
/** Words that can follow an object name: a `${...}` followed by one of them is the name, not a hidden `IF NOT EXISTS`. */
const NAME_FOLLOWERS = new Set([
  'AS', 'AUTHORIZATION', 'CACHE', 'CASCADE', 'CHARACTER', 'CHARSET', 'COLLATE', 'COMMENT', 'CYCLE', 'DEFAULT', 'ENGINE',
  'FROM', 'INCREMENT', 'INHERITS', 'LIKE', 'MAXVALUE', 'MINVALUE', 'NO', 'ON', 'OWNED', 'PARTITION', 'RESTRICT', 'SCHEMA',
  'SELECT', 'START', 'TABLESPACE', 'USING', 'VERSION', 'WITH',
]);
/** `ALTER TABLE ... ADD` followed by one of these adds something other than a column. */
const ADD_NON_COLUMN = new Set([
  'CHECK', 'CONSTRAINT', 'EXCLUDE', 'FOREIGN', 'FULLTEXT', 'INDEX', 'KEY', 'PARTITION', 'PERIOD', 'PRIMARY', 'SPATIAL', 'UNIQUE',
]);
/** `ALTER TABLE ... DROP` followed by one of these drops something other than a column or a named constraint. */
const DROP_NON_COLUMN = new Set(['CHECK', 'DEFAULT', 'FOREIGN', 'INDEX', 'KEY', 'NOT', 'PARTITION', 'PRIMARY']);
const COLUMN_GUARDS: Readonly<Record<'ADD' | 'DROP', DialectGuards>> = {
  ADD: { postgres: 'IF NOT EXISTS', mysql: 'none', sqlite: 'none' },
  DROP: { postgres: 'IF EXISTS', mysql: 'none', sqlite: 'none' },
};
/** MySQL's `INSERT` modifiers that change nothing about duplicates. */
const INSERT_PRIORITIES = new Set(['DELAYED', 'HIGH_PRIORITY', 'LOW_PRIORITY']);

const INSERT_REMEDIES: Readonly<Record<SqlDialect, string>> = {
  postgres: '`ON CONFLICT (...) DO NOTHING` or `DO UPDATE`',
  mysql: '`ON DUPLICATE KEY UPDATE` or write `INSERT IGNORE`',
  sqlite: '`ON CONFLICT DO NOTHING` or write `INSERT OR IGNORE`',
};

/** Receivers of a knex-style table call, `knex('users')`, besides plain identifiers and `this.x`. */
const QUERY_BUILDER_NAMES = /^(?:conn|connection|database|db|knex|trx|tx)$/iu;
/** Calls in an `if` test that look something up: an insert they guard runs only when the row is missing. */
const LOOKUP_CALL = /^(?:check|count|exists|find|first|get|has|is|load|lookup|query|read|select)/iu;
/** A catch that tests for a duplicate-key error: the insert it guards is allowed to collide. */
const DUPLICATE_ERROR = /23505|ER_DUP_ENTRY|P2002|SQLITE_CONSTRAINT|UniqueConstraint|duplicate|unique/iu;

const APPEND_FILE = { [ASTUtils.ReferenceTracker.CALL]: 'appendFile' };
const FS_TRACE_MAP = {
  appendFile: APPEND_FILE,
  appendFileSync: { [ASTUtils.ReferenceTracker.CALL]: 'appendFileSync' },
  promises: { appendFile: APPEND_FILE },
};
const FS_PROMISES_TRACE_MAP = { appendFile: APPEND_FILE };
/** Where `appendFile` comes from: Node's `fs` in all its spellings, and the drop-in replacements. */
const FS_MODULES: TraceMap = {
  fs: FS_TRACE_MAP,
  'node:fs': FS_TRACE_MAP,
  'fs/promises': FS_PROMISES_TRACE_MAP,
  'node:fs/promises': FS_PROMISES_TRACE_MAP,
  'fs-extra': FS_TRACE_MAP,
  'graceful-fs': FS_TRACE_MAP,
};

/** Words in an appended file's name that say it is a log: it is meant to grow with every run. */
const LOG_FILE_WORDS = new Set(['audit', 'debug', 'error', 'errors', 'journal', 'log', 'logs', 'trace']);
/** Words in a table's name that say it is append-only (`migration_log`, `auditLog`): a row per run is the point. */
const LOG_TABLE_WORDS = new Set(['audit', 'journal', 'log', 'logs']);

/** Names under which a runner calls a script's export: knex seeds, migrations, seeders, `main`. */
const ENTRY_EXPORTS = new Set(['default', 'down', 'handler', 'main', 'run', 'seed', 'up']);

/** An insert or append that is reported at the end of the file, unless the file turns out to refill its table or never runs it. */
interface PendingWrite {
  readonly site: TSESTree.Node;
  readonly table: string | undefined;
  readonly report: () => void;
}

/** An ORM insert found in the code: what it is called and which chained call would make it an upsert. */
interface OrmInsert {
  readonly call: TSESTree.CallExpression;
  readonly method: string;
  readonly upsert: string;
  /** The table or model written to, when the code names it. */
  readonly table: string | undefined;
  /** A query builder runs only when awaited: one kept in a variable may still get its upsert clause. */
  readonly lazy: boolean;
}

/** The compiled `files` option, by the options array it came from: compiled once per config, not per file. */
const fileMatchers = new WeakMap<readonly string[], FileMatcher>();

function isFileInScope(context: { readonly filename: string; readonly cwd: string }, files: readonly string[] | undefined): boolean {
  if (files === undefined) return true;
  let matcher = fileMatchers.get(files);
  if (matcher === undefined) {
    matcher = compileFileGlobs(files, 'files');
    fileMatchers.set(files, matcher);
  }
  const relative = getRelativeFilename(context);
  return relative !== undefined && matcher(relative);
}

const DIALECT_NAMES: Readonly<Record<SqlDialect, string>> = { postgres: 'PostgreSQL', mysql: 'MySQL', sqlite: 'SQLite' };

export default createRule<Options, MessageIds>({
  name: 'require-idempotent-sql',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require SQL statements and ORM writes in scripts to be safe to run twice',
      recommended: 'recommended',
      files: {
        // A migration named `...-backfill-...` is still run once by its migration tool: `strict` adds migrations back.
        recommended: ['**/{scripts,seeds,seed,backfill,backfills}/**', '**/*{backfill,seed}*.{js,ts,mjs,cjs,mts,cts}', '!**/{migrations,migration}/**'],
        strict: ['**/{migrations,migration}/**'],
      },
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          dialect: {
            type: 'string',
            enum: [...SQL_DIALECTS],
            description: 'The SQL dialect of the database: it decides how SQL text is read and which `IF [NOT] EXISTS` forms exist.',
          },
          files: stringListSchema(
            'Globs, relative to ESLint\'s working directory, of the files to check (the scripts people run by hand), `!` taking paths out again; by default every file the rule is on for. The `recommended` config sets it to script, seed and backfill files.',
          ),
        },
      },
    ],
    defaultOptions: [{ dialect: 'postgres' }],
    messages: {
      missingGuard: 'A second run of the script fails at `{{statement}}`. Write `{{guarded}}`.',
      unguardableStatement:
        'A second run of the script fails at `{{statement}}`, and {{dialect}} has no `{{guard}}` for it. Check the catalog before running it.',
      unnamedIndex: 'Each run of the script adds one more index with this `CREATE INDEX`, which has no name. Name it and write `CREATE INDEX IF NOT EXISTS`.',
      duplicatingInsert: 'Each run of the script adds the same rows again with this `INSERT`. Add {{remedy}}, or insert only the rows that are missing.',
      duplicatingOrmInsert: 'Each run of the script adds the same rows again with this `{{method}}`. Use `{{upsert}}` so that a second run skips them.',
      appendingWrite: 'Each run of the script appends the same content again with this `{{method}}`. Write the whole file, or append only what is missing.',
      addGuard: 'Write `{{guarded}}`.',
      skipDuplicates: 'Pass `skipDuplicates: true`.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    if (!isFileInScope(context, options.files) || !MAY_MATCH.test(sourceCode.text)) return {};
    const dialect = options.dialect ?? 'postgres';
    /** SQL texts already read: a `const` passed to several calls is reported once. */
    const readTexts = new Set<TSESTree.Node>();
    /** Tables the file empties or deletes from, and temporary tables it creates: inserting into them again is a refill. */
    const clearedTables = new Set<string>();
    /** Temporary tables the file creates: they live as long as the session, so DDL on them runs on a fresh table each time. */
    const temporaryTables = new Set<string>();
    /** The file empties a table whose name it computes (`TRUNCATE ${table}`): any insert may be a refill. */
    let clearsUnknownTable = false;
    /** Where the code deletes rows: an insert after a delete in the same function may refill what a cascade removed. */
    const clearSites: TSESTree.Node[] = [];
    /** Inserts and appends, reported at the end of the file once every clear and every caller has been seen. */
    const pendingWrites: PendingWrite[] = [];
    /** Whether a named function runs when the file runs, by function: see `isReachable`. */
    const reachability = new Map<TSESTree.Node, boolean>();

    return {
      CallExpression(node) {
        const callee = unwrapTSExpression(node.callee);
        const name = getCalleeName(callee);
        if (name === undefined) return;
        if (SQL_CALLEES.has(name)) {
          const [argument] = node.arguments;
          const text = argument === undefined || argument.type === AST_NODE_TYPES.SpreadElement ? undefined : getSqlTextNode(argument);
          if (text !== undefined) checkSqlText(text, node);
          return;
        }
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
        recordOrmClear(node, callee, name);
        const insert = getOrmInsert(node, callee, name);
        if (insert !== undefined) checkOrmInsert(insert);
      },
      TaggedTemplateExpression(node) {
        if (isSqlTag(node.tag)) checkSqlText(node.quasi, node);
      },
      'Program:exit'() {
        if (sourceCode.text.includes('appendFile')) checkAppends();
        for (const write of pendingWrites) {
          if (!isRefill(write) && isReachable(write.site)) write.report();
        }
      },
    };

    // SQL text ---------------------------------------------------------------------------------

    /** The literal that holds a call's SQL text: written in place, a `const` initialized with one, or `{ text: '...' }`. */
    function getSqlTextNode(argument: TSESTree.Expression): TSESTree.Literal | TSESTree.TemplateLiteral | undefined {
      const expression = unwrapTSExpression(argument);
      switch (expression.type) {
        case AST_NODE_TYPES.Literal:
          return typeof expression.value === 'string' ? expression : undefined;
        case AST_NODE_TYPES.TemplateLiteral:
          return expression;
        case AST_NODE_TYPES.Identifier: {
          const init = getConstInit(expression);
          // A tagged `sql` template in a constant is read by its own listener.
          return init?.type === AST_NODE_TYPES.TemplateLiteral ||
            (init?.type === AST_NODE_TYPES.Literal && typeof init.value === 'string')
            ? init
            : undefined;
        }
        case AST_NODE_TYPES.ObjectExpression: {
          // `client.query({ text: 'INSERT ...', values })`, `connection.query({ sql: '...' })`
          const property = expression.properties.find(
            (candidate): candidate is TSESTree.Property =>
              candidate.type === AST_NODE_TYPES.Property &&
              !candidate.computed &&
              candidate.key.type === AST_NODE_TYPES.Identifier &&
              (candidate.key.name === 'text' || candidate.key.name === 'sql'),
          );
          return property === undefined ? undefined : getSqlTextNode(property.value as TSESTree.Expression);
        }
        default:
          return undefined;
      }
    }

    /** The initializer of a `const` the file declares once. */
    function getConstInit(identifier: TSESTree.Identifier): TSESTree.Expression | undefined {
      const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
      const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (definition?.type !== 'Variable' || definition.parent.kind !== 'const') return undefined;
      const declarator = definition.node;
      return declarator.id.type === AST_NODE_TYPES.Identifier && declarator.init !== null
        ? unwrapTSExpression(declarator.init)
        : undefined;
    }

    function isSqlTag(tag: TSESTree.Expression): boolean {
      const expression = unwrapTSExpression(tag);
      if (expression.type === AST_NODE_TYPES.CallExpression) {
        // slonik's `sql.type(Row)\`...\``, `sql.typeAlias('void')\`...\``
        return getStaticPath(expression.callee)?.[0] === 'sql';
      }
      const path = getStaticPath(expression);
      return path !== undefined && SQL_TAGS.has(path.at(-1) ?? '');
    }

    function checkSqlText(node: TSESTree.Literal | TSESTree.TemplateLiteral, site: TSESTree.Node): void {
      if (readTexts.has(node)) return;
      readTexts.add(node);
      const source = getStringSource(sourceCode, node);
      if (source === undefined) return;
      const guarded = isGuardedByLookup(site);
      for (const statement of splitSqlStatements(tokenizeSql(source.text, dialect))) {
        for (const start of getStatementStarts(statement)) {
          checkStatement(statement, start, source, site, guarded);
        }
      }
    }

    /**
     * Where statements start inside one `;`-separated statement: its first token, and in a `WITH`
     * statement or a parenthesized group the verb after a common table expression (`WITH x AS (...) INSERT`,
     * `WITH moved AS (DELETE ... RETURNING *) INSERT ...`).
     */
    function getStatementStarts(statement: readonly SqlToken[]): number[] {
      const starts = [0];
      if (!isWord(statement[0], 'WITH')) return starts;
      statement.forEach((token, index) => {
        if (index > 0 && token.type === 'punctuator' && (token.value === '(' || token.value === ')')) starts.push(index + 1);
      });
      return starts;
    }

    function checkStatement(statement: readonly SqlToken[], start: number, source: StringSource, site: TSESTree.Node, guarded: boolean): void {
      const verb = statement[start];
      if (verb?.type !== 'word') return;
      switch (verb.value) {
        case 'CREATE':
          if (!guarded) checkCreate(statement, start, source);
          return;
        case 'DROP':
          if (!guarded) checkDrop(statement, start, source);
          return;
        case 'ALTER':
          if (!guarded) checkAlterTable(statement, start, source);
          return;
        case 'INSERT':
          if (!guarded) checkInsert(statement, start, source, site);
          return;
        case 'TRUNCATE':
          recordTruncate(statement, start, site);
          return;
        case 'DELETE':
          recordDelete(statement, start, site);
          return;
        default:
      }
    }

    function checkCreate(statement: readonly SqlToken[], start: number, source: StringSource): void {
      let index = start + 1;
      if (isWord(statement[index], 'OR') && isWord(statement[index + 1], 'REPLACE')) return;
      let kind: ObjectKind | undefined;
      for (; index < statement.length; index++) {
        const token = statement[index];
        if (token?.type !== 'word') return;
        if (SESSION_MODIFIERS.has(token.value)) {
          recordTemporaryTable(statement, index + 1);
          return;
        }
        kind = matchKind(statement, index);
        if (kind !== undefined) break;
        if (VIEW_OPTIONS.has(token.value) && dialect === 'mysql') {
          const view = statement.findIndex((candidate, position) => position > index && isWord(candidate, 'VIEW'));
          if (view === -1) return;
          index = view - 1;
        } else if (!CREATE_MODIFIERS.has(token.value)) {
          return;
        }
      }
      if (kind === undefined) return;
      const guard = kind.create[dialect];
      if (guard === undefined) return;
      let nameIndex = index + kind.words.length;
      if (kind.words[0] === 'INDEX' && isWord(statement[nameIndex], 'CONCURRENTLY')) nameIndex++;
      if (hasIfExists(statement, nameIndex, 'NOT') || mayHideGuard(statement, nameIndex)) return;
      if (kind.words[0] === 'INDEX' && isOnTemporaryTable(statement, nameIndex)) return;
      const verb = statement[start] as SqlToken;
      const kindEnd = statement[nameIndex - 1] as SqlToken;
      const label = `CREATE ${kind.words.join(' ')}`;
      if (kind.words[0] === 'INDEX' && isWord(statement[nameIndex], 'ON')) {
        reportSql(source, verb, kindEnd, { messageId: 'unnamedIndex' });
        return;
      }
      if (guard === 'none') {
        reportSql(source, verb, kindEnd, { messageId: 'unguardableStatement', data: { statement: label, guard: 'IF NOT EXISTS', dialect: DIALECT_NAMES[dialect] } });
        return;
      }
      const guarded = guard === 'OR REPLACE' ? `CREATE OR REPLACE ${kind.words.join(' ')}` : `${label} IF NOT EXISTS`;
      const insertAt = guard === 'OR REPLACE' ? verb.end : kindEnd.end;
      reportSql(source, verb, kindEnd, {
        messageId: 'missingGuard',
        data: { statement: label, guarded },
        suggest: [{ messageId: 'addGuard', data: { guarded }, fix: (fixer) => fixer.insertTextBeforeRange([source.toSourceIndex(insertAt), source.toSourceIndex(insertAt)], ` ${guard}`) }],
      });
    }

    function checkDrop(statement: readonly SqlToken[], start: number, source: StringSource): void {
      const index = start + 1;
      if (statement[index]?.type === 'word' && SESSION_MODIFIERS.has(statement[index].value)) return;
      const kind = matchKind(statement, index);
      const guard = kind?.drop[dialect];
      if (kind === undefined || guard === undefined) return;
      let nameIndex = index + kind.words.length;
      if (kind.words[0] === 'INDEX' && isWord(statement[nameIndex], 'CONCURRENTLY')) nameIndex++;
      if (hasIfExists(statement, nameIndex) || mayHideGuard(statement, nameIndex)) return;
      if (kind.words[0] === 'TABLE' && isTemporaryTable(getName(statement, nameIndex))) return;
      const verb = statement[start] as SqlToken;
      const kindEnd = statement[nameIndex - 1] as SqlToken;
      const label = `DROP ${kind.words.join(' ')}`;
      if (guard === 'none') {
        reportSql(source, verb, kindEnd, { messageId: 'unguardableStatement', data: { statement: label, guard: 'IF EXISTS', dialect: DIALECT_NAMES[dialect] } });
        return;
      }
      reportGuardable(source, verb, kindEnd, label, guard);
    }

    /** `ALTER TABLE t ADD [COLUMN] c ..., DROP [COLUMN] d, DROP CONSTRAINT k`: each action on its own. */
    function checkAlterTable(statement: readonly SqlToken[], start: number, source: StringSource): void {
      if (!isWord(statement[start + 1], 'TABLE')) return;
      let index = start + 2;
      if (hasIfExists(statement, index)) index += 2;
      if (isWord(statement[index], 'ONLY')) index++;
      if (isTemporaryTable(getName(statement, index))) return;
      index = skipName(statement, index);
      if (index === -1) return;
      if (statement[index]?.type === 'punctuator' && statement[index]?.value === '*') index++;
      while (index < statement.length) {
        checkAlterAction(statement, index, source);
        index = findNextAction(statement, index);
      }
    }

    function checkAlterAction(statement: readonly SqlToken[], index: number, source: StringSource): void {
      const action = statement[index];
      if (action?.type !== 'word' || (action.value !== 'ADD' && action.value !== 'DROP')) return;
      const next = statement[index + 1];
      let object = 'COLUMN';
      let guards = COLUMN_GUARDS[action.value as 'ADD' | 'DROP'];
      /** `ADD c int`: the `COLUMN` keyword is optional, and the suggestion writes it. */
      let implicitColumn = false;
      if (isWord(next, 'CONSTRAINT') && action.value === 'DROP') {
        object = 'CONSTRAINT';
        guards = { postgres: 'IF EXISTS', mysql: 'none' };
      } else if (!isWord(next, 'COLUMN')) {
        if (next?.type !== 'word' && next?.type !== 'name') return;
        if (next.type === 'word' && (action.value === 'ADD' ? ADD_NON_COLUMN : DROP_NON_COLUMN).has(next.value)) return;
        implicitColumn = true;
      }
      const nameIndex = implicitColumn ? index + 1 : index + 2;
      const name = statement[nameIndex];
      if (name === undefined || name.type === 'hole' || isWord(name, 'IF')) return;
      const guard = guards[dialect];
      if (guard === undefined) return;
      const label = `${action.value} ${object}`;
      const last = statement[nameIndex - 1] as SqlToken;
      if (guard === 'none') {
        const clause = action.value === 'ADD' ? 'IF NOT EXISTS' : 'IF EXISTS';
        reportSql(source, action, last, { messageId: 'unguardableStatement', data: { statement: label, guard: clause, dialect: DIALECT_NAMES[dialect] } });
        return;
      }
      reportGuardable(source, action, last, label, guard, implicitColumn ? ` ${object} ${guard}` : ` ${guard}`);
    }

    function reportGuardable(source: StringSource, first: SqlToken, last: SqlToken, label: string, guard: Guard, text = ` ${guard}`): void {
      const guarded = `${label} ${guard}`;
      const at = source.toSourceIndex(last.end);
      reportSql(source, first, last, {
        messageId: 'missingGuard',
        data: { statement: label, guarded },
        suggest: [{ messageId: 'addGuard', data: { guarded }, fix: (fixer) => fixer.insertTextBeforeRange([at, at], text) }],
      });
    }

    function checkInsert(statement: readonly SqlToken[], start: number, source: StringSource, site: TSESTree.Node): void {
      const end = findGroupEnd(statement, start);
      let index = start + 1;
      while (statement[index]?.type === 'word' && INSERT_PRIORITIES.has(statement[index]?.value ?? '')) index++;
      if (isWord(statement[index], 'IGNORE')) return;
      if (isWord(statement[index], 'OR')) {
        if (isWord(statement[index + 1], 'IGNORE') || isWord(statement[index + 1], 'REPLACE')) return;
        index += 2;
      }
      const into = isWord(statement[index], 'INTO') ? statement[index] : undefined;
      if (into !== undefined) index++;
      const table = getName(statement, index);
      if (isLogTable(table) || hasConflictHandling(statement, index, end, table) || mayHideConflictClause(statement, index, end)) return;
      const verb = statement[start] as SqlToken;
      pendingWrites.push({
        site,
        table,
        report: () => reportSql(source, verb, into ?? verb, { messageId: 'duplicatingInsert', data: { remedy: INSERT_REMEDIES[dialect] } }),
      });
    }

    /** `ON CONFLICT`, `ON DUPLICATE KEY UPDATE`, or an `INSERT ... SELECT` that leaves out what exists (`NOT EXISTS`, `NOT IN`, `EXCEPT`). */
    function hasConflictHandling(statement: readonly SqlToken[], from: number, to: number, table: string | undefined): boolean {
      for (let index = from; index < to; index++) {
        const token = statement[index];
        const next = statement[index + 1];
        if (token?.type !== 'word') continue;
        if (token.value === 'ON' && (isWord(next, 'CONFLICT') || isWord(next, 'DUPLICATE'))) return true;
        if (token.value === 'NOT' && (isWord(next, 'EXISTS') || isWord(next, 'IN'))) return true;
        if (token.value === 'EXCEPT') return true;
        // An anti-join on the target: `LEFT JOIN target t ON ... WHERE t.id IS NULL`.
        if (token.value === 'JOIN' && table !== undefined && getName(statement, index + 1) === table && isWord(statement[index - 1], 'LEFT')) {
          if (hasWordsAfter(statement, index, to, ['IS', 'NULL'])) return true;
        }
      }
      return false;
    }

    /** A `${...}` at the statement's own level after its values may be the conflict clause: `VALUES ($1) ${onConflict}`. */
    function mayHideConflictClause(statement: readonly SqlToken[], from: number, to: number): boolean {
      let depth = 0;
      for (let index = from; index < to; index++) {
        const token = statement[index] as SqlToken;
        if (token.type === 'punctuator') {
          if (token.value === '(') depth++;
          else if (token.value === ')') depth--;
        } else if (token.type === 'hole' && depth === 0 && index > from) {
          const next = statement[index + 1];
          if (index + 1 >= to || isWord(next, 'RETURNING') || next?.type === 'hole') return true;
        }
      }
      return false;
    }

    function recordTruncate(statement: readonly SqlToken[], start: number, site: TSESTree.Node): void {
      let index = start + 1;
      if (isWord(statement[index], 'TABLE')) index++;
      if (isWord(statement[index], 'ONLY')) index++;
      for (;;) {
        recordClear(getName(statement, index), site);
        index = skipName(statement, index);
        if (index === -1 || statement[index]?.value !== ',') return;
        index++;
      }
    }

    function recordDelete(statement: readonly SqlToken[], start: number, site: TSESTree.Node): void {
      let index = start + 1;
      if (!isWord(statement[index], 'FROM')) return;
      index++;
      if (isWord(statement[index], 'ONLY')) index++;
      recordClear(getName(statement, index), site);
    }

    /** A table the code empties; `undefined` when its name is computed. */
    function recordClear(table: string | undefined, site: TSESTree.Node): void {
      clearSites.push(site);
      if (table === undefined) clearsUnknownTable = true;
      else clearedTables.add(table.toLowerCase());
    }

    /**
     * An insert into a table the file empties or deletes from, after any clear of a table it cannot
     * name, or after a delete earlier in the same function (`deleteMany` of a parent whose rows cascade).
     */
    function isRefill(write: PendingWrite): boolean {
      if (clearsUnknownTable || (write.table !== undefined && clearedTables.has(write.table.toLowerCase()))) return true;
      const scope = getEnclosingFunction(write.site);
      return clearSites.some((site) => site.range[0] < write.site.range[0] && getEnclosingFunction(site) === scope);
    }

    function getEnclosingFunction(node: TSESTree.Node): TSESTree.Node | undefined {
      for (let current = node.parent; current != null; current = current.parent) {
        if (isFunctionNode(current)) return current;
      }
      return undefined;
    }

    /** `CREATE TEMP TABLE [IF NOT EXISTS] x`: rows inserted into `x` are gone when the session ends. */
    function recordTemporaryTable(statement: readonly SqlToken[], index: number): void {
      if (!isWord(statement[index], 'TABLE')) return;
      const nameIndex = hasIfExists(statement, index + 1, 'NOT') ? index + 4 : index + 1;
      const table = getName(statement, nameIndex);
      if (table === undefined) return;
      temporaryTables.add(table.toLowerCase());
      clearedTables.add(table.toLowerCase());
    }

    function isTemporaryTable(table: string | undefined): boolean {
      return table !== undefined && temporaryTables.has(table.toLowerCase());
    }

    /** `CREATE INDEX [name] ON [ONLY] t`, where `t` is a temporary table of this session. */
    function isOnTemporaryTable(statement: readonly SqlToken[], from: number): boolean {
      const on = statement.findIndex((token, index) => index >= from && index <= from + 2 && isWord(token, 'ON'));
      if (on === -1) return false;
      return isTemporaryTable(getName(statement, isWord(statement[on + 1], 'ONLY') ? on + 2 : on + 1));
    }

    function matchKind(statement: readonly SqlToken[], index: number): ObjectKind | undefined {
      return OBJECT_KINDS.find((kind) => kind.words.every((word, offset) => isWord(statement[index + offset], word)));
    }

    /** `IF EXISTS`, or `IF NOT EXISTS` with `not`, at `index`. */
    function hasIfExists(statement: readonly SqlToken[], index: number, not?: 'NOT'): boolean {
      if (!isWord(statement[index], 'IF')) return false;
      return not === undefined
        ? isWord(statement[index + 1], 'EXISTS')
        : isWord(statement[index + 1], 'NOT') && isWord(statement[index + 2], 'EXISTS');
    }

    /**
     * A `${...}` where the name should be could hold `IF NOT EXISTS name`: it is taken for the name
     * only when what follows it can follow a name (`(`, `.`, `ON`, the end, ...).
     */
    function mayHideGuard(statement: readonly SqlToken[], index: number): boolean {
      if (statement[index]?.type !== 'hole') return false;
      const next = statement[index + 1];
      if (next === undefined || next.type === 'punctuator' || next.type === 'string' || next.type === 'number') return false;
      return !(next.type === 'word' && NAME_FOLLOWERS.has(next.value));
    }

    /** The index after a possibly qualified name (`a`, `"a"."b"`, `${schema}.t`); -1 when there is none. */
    function skipName(statement: readonly SqlToken[], from: number): number {
      let index = from;
      for (;;) {
        const token = statement[index];
        if (token?.type !== 'word' && token?.type !== 'name' && token?.type !== 'hole') return -1;
        index++;
        if (statement[index]?.type !== 'punctuator' || statement[index]?.value !== '.') return index;
        index++;
      }
    }

    /** The last part of a name (`public.users` → `USERS`, `"Users"` → `Users`); `undefined` when a `${...}` writes it. */
    function getName(statement: readonly SqlToken[], from: number): string | undefined {
      const end = skipName(statement, from);
      if (end === -1) return undefined;
      const last = statement[end - 1];
      return last === undefined || last.type === 'hole' ? undefined : last.value;
    }

    /** The index after the action that starts at `index`: the next `,` at its own level, or the end. */
    function findNextAction(statement: readonly SqlToken[], index: number): number {
      let depth = 0;
      for (let current = index; current < statement.length; current++) {
        const token = statement[current] as SqlToken;
        if (token.type !== 'punctuator') continue;
        if (token.value === '(') depth++;
        else if (token.value === ')') depth--;
        else if (token.value === ',' && depth === 0) return current + 1;
      }
      return statement.length;
    }

    /** Where the statement that starts at `start` ends: the `)` that closes its group, or the end. */
    function findGroupEnd(statement: readonly SqlToken[], start: number): number {
      let depth = 0;
      for (let index = start; index < statement.length; index++) {
        const token = statement[index] as SqlToken;
        if (token.type !== 'punctuator') continue;
        if (token.value === '(') depth++;
        else if (token.value === ')' && --depth < 0) return index;
      }
      return statement.length;
    }

    function reportSql(
      source: StringSource,
      first: SqlToken,
      last: SqlToken,
      descriptor: Omit<TSESLint.ReportDescriptor<MessageIds>, 'loc' | 'node'>,
    ): void {
      const start = sourceCode.getLocFromIndex(source.toSourceIndex(first.start));
      const end = sourceCode.getLocFromIndex(source.toSourceIndex(last.end));
      context.report({ ...descriptor, loc: { start, end } } as TSESLint.ReportDescriptor<MessageIds>);
    }

    // ORM writes -------------------------------------------------------------------------------

    /** knex `.insert()`, drizzle `.insert(table).values()`, Kysely `.insertInto()`, Prisma `.create()`/`.createMany()`. */
    function getOrmInsert(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, name: string): OrmInsert | undefined {
      switch (name) {
        case 'insert': {
          const chain = getChainAfter(call);
          const receiver = unwrapTSExpression(callee.object);
          if (call.arguments.length === 1 && receiver.type !== AST_NODE_TYPES.CallExpression && isTableReference(call.arguments[0]) && (chain.has('values') || chain.has('select'))) {
            if (chain.has('onConflictDoNothing') || chain.has('onConflictDoUpdate') || chain.has('onDuplicateKeyUpdate')) return undefined;
            return {
              call,
              method: 'insert',
              upsert: dialect === 'mysql' ? '.onDuplicateKeyUpdate(...)' : '.onConflictDoNothing()',
              table: getStaticPath(call.arguments[0] as TSESTree.Node)?.at(-1),
              lazy: true,
            };
          }
          const knex = getKnexTable(receiver) ?? (chain.has('into') ? { table: chain.get('into') } : undefined);
          if (knex === undefined || chain.has('onConflict')) return undefined;
          return { call, method: 'insert', upsert: '.onConflict(...).ignore()', table: knex.table, lazy: true };
        }
        case 'insertInto': {
          const chain = getChainAfter(call);
          if (!chain.has('values') && !chain.has('expression')) return undefined;
          if (['onConflict', 'onDuplicateKeyUpdate', 'ignore', 'orIgnore', 'orReplace'].some((method) => chain.has(method))) return undefined;
          return {
            call,
            method: 'insertInto',
            upsert: dialect === 'mysql' ? '.onDuplicateKeyUpdate(...)' : '.onConflict((oc) => oc.doNothing())',
            table: getStringArgument(call),
            lazy: true,
          };
        }
        case 'create':
        case 'createMany':
        case 'createManyAndReturn': {
          const model = getPrismaModel(call, callee);
          if (model === undefined) return undefined;
          if (name === 'create') return { call, method: 'create', upsert: 'upsert()', table: model, lazy: false };
          const argument = call.arguments[0] as TSESTree.ObjectExpression;
          const complete = argument.properties.every((property) => property.type === AST_NODE_TYPES.Property && !property.computed);
          if (!complete || getObjectKey(argument, 'skipDuplicates') !== undefined) return undefined;
          return { call, method: name, upsert: dialect === 'sqlite' ? 'upsert()' : 'skipDuplicates: true', table: model, lazy: false };
        }
        default:
          return undefined;
      }
    }

    function checkOrmInsert(insert: OrmInsert): void {
      const { call } = insert;
      if (isLogTable(insert.table) || isGuardedByLookup(call) || (insert.lazy && isStoredForLater(call))) return;
      pendingWrites.push({ site: call, table: insert.table, report: () => reportOrmInsert(insert) });
    }

    function reportOrmInsert(insert: OrmInsert): void {
      const { call } = insert;
      const callee = call.callee as TSESTree.MemberExpression;
      const argument = call.arguments[0];
      const fix =
        insert.upsert === 'skipDuplicates: true' && argument?.type === AST_NODE_TYPES.ObjectExpression
          ? buildAddPropertyFix(sourceCode, argument, 'skipDuplicates: true')
          : undefined;
      context.report({
        node: callee.property,
        messageId: 'duplicatingOrmInsert',
        data: { method: `${insert.method}()`, upsert: insert.upsert },
        suggest: fix === undefined ? [] : [{ messageId: 'skipDuplicates', fix }],
      });
    }

    /** knex `.del()`/`.truncate()`, drizzle `db.delete(table)`, Kysely `.deleteFrom('t')`, Prisma `.deleteMany()`: the insert after it refills a table. */
    function recordOrmClear(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression, name: string): void {
      switch (name) {
        case 'del':
        case 'truncate': {
          const knex = getKnexTable(unwrapTSExpression(callee.object));
          if (knex !== undefined) recordClear(knex.table, call);
          return;
        }
        case 'delete': {
          if (call.arguments.length === 1 && isTableReference(call.arguments[0])) {
            recordClear(getStaticPath(call.arguments[0] as TSESTree.Node)?.at(-1), call);
            return;
          }
          const knex = getKnexTable(unwrapTSExpression(callee.object));
          if (knex !== undefined) recordClear(knex.table, call);
          return;
        }
        case 'deleteFrom':
          recordClear(getStringArgument(call), call);
          return;
        case 'deleteMany': {
          // `prisma.user.deleteMany()`; `prisma[model].deleteMany()` empties a table the code computes.
          const model = unwrapTSExpression(callee.object);
          if (model.type === AST_NODE_TYPES.MemberExpression) recordClear(getPropertyName(model), call);
          return;
        }
        default:
      }
    }

    /**
     * The table of a knex query: `knex('users')`, `this.db('users')`, `trx('users').where(...)`,
     * `knex.table('users')`, `knex.from('users')`, following the chain down to where the table is named.
     */
    function getKnexTable(receiver: TSESTree.Expression): { table: string | undefined } | undefined {
      let current: TSESTree.Expression = receiver;
      for (;;) {
        if (current.type !== AST_NODE_TYPES.CallExpression) return undefined;
        const callee = unwrapTSExpression(current.callee);
        if (callee.type === AST_NODE_TYPES.Identifier || (callee.type === AST_NODE_TYPES.MemberExpression && isQueryBuilderName(callee))) {
          return current.arguments.length === 1 ? { table: getStringArgument(current) } : undefined;
        }
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
        const method = getPropertyName(callee);
        if (method === 'table' || method === 'from' || method === 'into') return { table: getStringArgument(current) };
        current = unwrapTSExpression(callee.object);
      }
    }

    /** `this.knex`, `this.db`, `ctx.db`, `deps.knex`: a member that names a query builder. */
    function isQueryBuilderName(callee: TSESTree.MemberExpression): boolean {
      if (callee.object.type === AST_NODE_TYPES.ThisExpression) return true;
      const name = getPropertyName(callee);
      return name !== undefined && QUERY_BUILDER_NAMES.test(name);
    }

    /** `prisma.user.create({ data })`: a model delegate, and an object argument with a `data` key. */
    function getPrismaModel(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression): string | undefined {
      const delegate = unwrapTSExpression(callee.object);
      const argument = call.arguments[0];
      if (delegate.type !== AST_NODE_TYPES.MemberExpression || delegate.computed || argument?.type !== AST_NODE_TYPES.ObjectExpression) {
        return undefined;
      }
      if (getObjectKey(argument, 'data') === undefined) return undefined;
      return getPropertyName(delegate);
    }

    function getObjectKey(object: TSESTree.ObjectExpression, key: string): TSESTree.Property | undefined {
      return object.properties.find(
        (property): property is TSESTree.Property =>
          property.type === AST_NODE_TYPES.Property &&
          !property.computed &&
          ((property.key.type === AST_NODE_TYPES.Identifier && property.key.name === key) ||
            (property.key.type === AST_NODE_TYPES.Literal && property.key.value === key)),
      );
    }

    /** A drizzle table: `users`, `schema.users`, never a literal, object or array of rows. */
    function isTableReference(node: TSESTree.Node | undefined): boolean {
      if (node === undefined || node.type === AST_NODE_TYPES.SpreadElement) return false;
      const expression = unwrapTSExpression(node as TSESTree.Expression);
      return expression.type === AST_NODE_TYPES.Identifier || expression.type === AST_NODE_TYPES.MemberExpression;
    }

    function getStringArgument(call: TSESTree.CallExpression): string | undefined {
      const [argument] = call.arguments;
      if (argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === 'string') return argument.value;
      if (argument?.type === AST_NODE_TYPES.TemplateLiteral && argument.expressions.length === 0) {
        return argument.quasis[0]?.value.cooked ?? undefined;
      }
      return undefined;
    }

    /** The methods called on the result of `call`, in a chain: `.values(rows).onConflictDoNothing()`, with each one's string argument. */
    function getChainAfter(call: TSESTree.CallExpression): Map<string, string | undefined> {
      const methods = new Map<string, string | undefined>();
      let current: TSESTree.Node = call;
      for (;;) {
        const parent = skipWrappersUp(current);
        if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== current) return methods;
        const method = getPropertyName(parent);
        const next = parent.parent;
        if (method === undefined || next.type !== AST_NODE_TYPES.CallExpression || next.callee !== parent) return methods;
        methods.set(method, getStringArgument(next));
        current = next;
      }
    }

    /** Climbs from a node through `!`, `as` and optional chains, returning the first other parent. */
    function skipWrappersUp(node: TSESTree.Node): TSESTree.Node {
      let current = node;
      while (
        current.parent?.type === AST_NODE_TYPES.TSNonNullExpression ||
        current.parent?.type === AST_NODE_TYPES.TSAsExpression ||
        current.parent?.type === AST_NODE_TYPES.ChainExpression
      ) {
        current = current.parent;
      }
      return current.parent ?? current;
    }

    /** A query builder kept in a variable may get its `.onConflict()` later: `const q = knex('t').insert(rows)`. */
    function isStoredForLater(call: TSESTree.CallExpression): boolean {
      let outer: TSESTree.Node = call;
      for (;;) {
        const parent = skipWrappersUp(outer);
        if (parent.type === AST_NODE_TYPES.MemberExpression && parent.parent.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent) {
          outer = parent.parent;
          continue;
        }
        return parent.type === AST_NODE_TYPES.VariableDeclarator || parent.type === AST_NODE_TYPES.AssignmentExpression;
      }
    }

    // Guards -----------------------------------------------------------------------------------

    /**
     * Whether the code only gets to `node` after looking the row up, in the same function:
     * `if (!(await exists(id))) insert(...)`, `if (existing) continue;` before it,
     * `existing ?? (await create(...))`, or a `try` whose catch tests for a duplicate-key error.
     */
    function isGuardedByLookup(node: TSESTree.Node): boolean {
      let child: TSESTree.Node = node;
      // The Program's `parent` is `null` in ESLint, whatever the type says.
      for (let parent = node.parent; parent != null; child = parent, parent = parent.parent) {
        if (isFunctionNode(parent)) return false;
        switch (parent.type) {
          case AST_NODE_TYPES.IfStatement:
          case AST_NODE_TYPES.ConditionalExpression:
            if (child !== parent.test && looksLikeLookup(parent.test)) return true;
            break;
          case AST_NODE_TYPES.LogicalExpression:
            if (child === parent.right && looksLikeLookup(parent.left)) return true;
            break;
          case AST_NODE_TYPES.TryStatement:
            if (child === parent.block && parent.handler !== null && DUPLICATE_ERROR.test(sourceCode.getText(parent.handler.body))) return true;
            break;
          case AST_NODE_TYPES.BlockStatement:
          case AST_NODE_TYPES.Program:
          case AST_NODE_TYPES.SwitchCase:
            if (hasEarlyExitBefore(parent.type === AST_NODE_TYPES.SwitchCase ? parent.consequent : parent.body, child)) return true;
            break;
          default:
        }
      }
      return false;
    }

    /** `if (await exists(id)) continue;` (or `return`, `break`, `throw`) among the statements before `child`. */
    function hasEarlyExitBefore(statements: readonly TSESTree.Node[], child: TSESTree.Node): boolean {
      for (const statement of statements) {
        if (statement === child) return false;
        if (statement.type === AST_NODE_TYPES.IfStatement && isEarlyExit(statement.consequent) && looksLikeLookup(statement.test)) return true;
      }
      return false;
    }

    function isEarlyExit(statement: TSESTree.Statement): boolean {
      const last = statement.type === AST_NODE_TYPES.BlockStatement ? statement.body.at(-1) : statement;
      return (
        last?.type === AST_NODE_TYPES.ContinueStatement ||
        last?.type === AST_NODE_TYPES.ReturnStatement ||
        last?.type === AST_NODE_TYPES.BreakStatement ||
        last?.type === AST_NODE_TYPES.ThrowStatement
      );
    }

    /** A test that reads the database or a set of what exists: an `await`, a lookup call, or a value that came from one. */
    function looksLikeLookup(node: TSESTree.Node, depth = 0): boolean {
      if (depth > 4) return false;
      switch (node.type) {
        case AST_NODE_TYPES.AwaitExpression:
          return true;
        case AST_NODE_TYPES.CallExpression: {
          const name = getStaticPath(node.callee)?.at(-1);
          return (name !== undefined && LOOKUP_CALL.test(name)) || looksLikeLookup(node.callee, depth + 1);
        }
        case AST_NODE_TYPES.Identifier: {
          const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
          const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
          if (definition?.type !== 'Variable' || definition.node.init === null) return false;
          const init = unwrapTSExpression(definition.node.init);
          return init.type === AST_NODE_TYPES.AwaitExpression || (init.type === AST_NODE_TYPES.CallExpression && looksLikeLookup(init, depth + 1));
        }
        case AST_NODE_TYPES.MemberExpression:
          return looksLikeLookup(node.object, depth + 1);
        case AST_NODE_TYPES.ChainExpression:
        case AST_NODE_TYPES.TSNonNullExpression:
        case AST_NODE_TYPES.TSAsExpression:
          return looksLikeLookup(node.expression, depth + 1);
        case AST_NODE_TYPES.UnaryExpression:
          return looksLikeLookup(node.argument, depth + 1);
        case AST_NODE_TYPES.BinaryExpression:
        case AST_NODE_TYPES.LogicalExpression:
          return looksLikeLookup(node.left, depth + 1) || looksLikeLookup(node.right, depth + 1);
        default:
          return false;
      }
    }

    // fs.appendFile ------------------------------------------------------------------------------

    function checkAppends(): void {
      for (const { node, info } of findTrackedReferences<string>(sourceCode, FS_MODULES)) {
        if (node.type !== AST_NODE_TYPES.CallExpression || isLogFile(node.arguments[0]) || isGuardedByLookup(node) || !isReachable(node)) continue;
        context.report({ node: node.callee, messageId: 'appendingWrite', data: { method: info } });
      }
    }

    /** `appendFile('run.log', ...)`, `appendFileSync(ERRORS_FILE, ...)`: a log is meant to grow with every run. */
    function isLogFile(node: TSESTree.Node | undefined): boolean {
      return node !== undefined && splitWords(sourceCode.getText(node)).some((word) => LOG_FILE_WORDS.has(word));
    }

    // Reachability ---------------------------------------------------------------------------------

    /**
     * Whether `node` runs when the file runs as a script: it is in top-level code, in a method, in a
     * callback, or in a named function that reachable code refers to or that the file exports under
     * a runner's name (`seed`, `up`, `run`, `main`, `default`, ...). A helper the file only exports
     * under its own name (`seedUser`) runs when another file calls it, and that file decides whether
     * the write can repeat.
     */
    function isReachable(node: TSESTree.Node): boolean {
      const named = getEnclosingNamedFunction(node);
      if (named === undefined) return true;
      const cached = reachability.get(named.function);
      if (cached !== undefined) return cached;
      // A recursive call does not make a function reachable: count it as unreachable while deciding.
      reachability.set(named.function, false);
      const result = named.exportedAs.some((name) => ENTRY_EXPORTS.has(name)) || isReferencedFromReachableCode(named.variable);
      reachability.set(named.function, result);
      return result;
    }

    function isReferencedFromReachableCode(variable: TSESLint.Scope.Variable | null): boolean {
      if (variable === null) return true;
      return variable.references.some((reference) => {
        if (reference.init === true) return false;
        const exported = getExportNameOfReference(reference.identifier);
        if (exported !== undefined) return ENTRY_EXPORTS.has(exported);
        return isReachable(reference.identifier);
      });
    }

    /**
     * The nearest function around `node` that has a name to be called by (a declaration or a `const`
     * holding a function), with its variable and the names it is exported under; `undefined` when
     * `node` is in top-level code or in a method.
     */
    function getEnclosingNamedFunction(
      node: TSESTree.Node,
    ): { function: TSESTree.Node; variable: TSESLint.Scope.Variable | null; exportedAs: string[] } | undefined {
      for (let current = node.parent; current != null; current = current.parent) {
        if (current.type === AST_NODE_TYPES.MethodDefinition || current.type === AST_NODE_TYPES.PropertyDefinition) return undefined;
        if (!isFunctionNode(current)) continue;
        if (current.type === AST_NODE_TYPES.FunctionDeclaration && current.id !== null) {
          const exportedAs = getExportNames(current.parent, current.id.name);
          return { function: current, variable: ASTUtils.findVariable(sourceCode.getScope(current.parent), current.id), exportedAs };
        }
        if (current.parent.type === AST_NODE_TYPES.ExportDefaultDeclaration) return undefined;
        const declarator = current.parent;
        if (declarator.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === current && declarator.id.type === AST_NODE_TYPES.Identifier) {
          const exportedAs = getExportNames(declarator.parent.parent, declarator.id.name);
          return { function: current, variable: ASTUtils.findVariable(sourceCode.getScope(declarator), declarator.id), exportedAs };
        }
      }
      return undefined;
    }

    /** `export function seed`, `export const up`, `export default function`: the names a declaration is exported under. */
    function getExportNames(parent: TSESTree.Node | undefined, name: string): string[] {
      if (parent?.type === AST_NODE_TYPES.ExportNamedDeclaration) return [name];
      return parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration ? ['default'] : [];
    }

    /**
     * The name a reference is exported under: `export { seed }`, `export { main as default }`,
     * `export default main`, `module.exports = main`, `module.exports = { up, down }`, `exports.seed = seed`.
     */
    function getExportNameOfReference(identifier: TSESTree.Node): string | undefined {
      const { parent } = identifier;
      if (parent === undefined) return undefined;
      if (parent.type === AST_NODE_TYPES.ExportSpecifier) {
        return parent.exported.type === AST_NODE_TYPES.Identifier ? parent.exported.name : parent.exported.value;
      }
      if (parent.type === AST_NODE_TYPES.ExportDefaultDeclaration) return 'default';
      const value = parent.type === AST_NODE_TYPES.Property && parent.value === identifier ? parent.parent : identifier;
      const assignment = value.parent;
      if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.right !== value) return undefined;
      const target = getStaticPath(assignment.left)?.join('.');
      if (target === 'module.exports') {
        if (parent.type !== AST_NODE_TYPES.Property) return 'default';
        return parent.key.type === AST_NODE_TYPES.Identifier ? parent.key.name : undefined;
      }
      if (target?.startsWith('exports.') === true || target?.startsWith('module.exports.') === true) return target.split('.').at(-1);
      return undefined;
    }
  },
});

/** `migration_log`, `auditLogs`, `"AuditLog"`: a table that records each run. */
function isLogTable(table: string | undefined): boolean {
  return table !== undefined && splitWords(table).some((word) => LOG_TABLE_WORDS.has(word));
}

/** `ERRORS_FILE` → `errors`, `file`; `auditLog` → `audit`, `log`. */
function splitWords(text: string): string[] {
  return text
    .replaceAll(/([a-z])([A-Z])/gu, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/u);
}

function hasWordsAfter(statement: readonly SqlToken[], from: number, to: number, words: readonly [string, string]): boolean {
  for (let index = from; index < to - 1; index++) {
    if (isWord(statement[index], words[0]) && isWord(statement[index + 1], words[1])) return true;
  }
  return false;
}

function isWord(token: SqlToken | undefined, value: string): boolean {
  return token?.type === 'word' && token.value === value;
}
