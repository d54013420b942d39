// SQLite through better-sqlite3: a file in WAL mode (readers never wait for the writer), writers
// taking turns through BEGIN IMMEDIATE, and FTS5 over Snowball stems for full-text search.
import { randomUUID } from 'node:crypto';
import { mkdirSync, realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  sql,
  type DatabaseConnection,
  type SqliteDatabase,
  type SqliteDialectConfig,
} from 'kysely';
import { stemText } from '../../text/normalize.js';
import type { Engine } from '../engine.js';
import type { Database } from '../schema.js';

const BUSY_TIMEOUT_MS = 10_000;
const STATEMENT_CACHE = 200;

/**
 * Kysely's SQLite driver opens transactions with a plain BEGIN, which takes the write lock only at
 * the first write: a transaction that read first then fails with SQLITE_BUSY when another
 * connection wrote meanwhile, and the busy timeout cannot help. BEGIN IMMEDIATE takes the lock up
 * front (waiting up to the busy timeout), so whole write transactions run one after another.
 */
class ImmediateDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** SQLite runs DDL in transactions; saying so makes the Migrator apply each run atomically. */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class WriterDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): SqliteDriver {
    return new ImmediateDriver(this.#config);
  }
  override createAdapter(): SqliteAdapter {
    return new TransactionalDdlAdapter();
  }
}

/** Kysely prepares every query anew; keeping the prepared statements saves that for repeated ones. */
function withStatementCache(db: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => db.close(),
    prepare(text: string) {
      let stmt = cache.get(text);
      if (!stmt) {
        stmt = db.prepare(text);
        if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
        cache.set(text, stmt);
      }
      return stmt;
    },
  };
}

/**
 * Writers of one file within this process, in turn. Hand-written because the wait must be
 * asynchronous: two connections of one process would otherwise meet in SQLite's busy handler,
 * which sleeps the whole thread, so the connection holding the lock could never finish.
 */
const writersByFile = new Map<string, Promise<unknown>>();

function inTurn<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const run = (writersByFile.get(key) ?? Promise.resolve()).then(fn);
  const settled = run.catch(() => undefined);
  writersByFile.set(key, settled);
  void settled.then(() => writersByFile.get(key) === settled && writersByFile.delete(key));
  return run;
}

/** Distinct stems of a query searched for: FTS5's cost grows with every repeated term (`the ` × 800 took 21 s). */
export const MAX_QUERY_TERMS = 32;

/** An FTS5 query asking for every distinct stem of `q` (each quoted, so that no word acts as an operator). */
export function ftsQuery(q: string): string {
  return [...new Set(stemText(q).split(' ').filter(Boolean))]
    .slice(0, MAX_QUERY_TERMS)
    .map((s) => `"${s.replace(/"/g, '""')}"`)
    .join(' ');
}

export function openSqlite(file: string): Engine {
  const memory = file === ':memory:';
  if (!memory) mkdirSync(dirname(resolve(file)), { recursive: true });
  const raw = new BetterSqlite3(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
  } catch (err) {
    raw.close();
    throw err;
  }
  // The index triggers call it: documents are indexed as the stems of their title and text.
  raw.function('stem_text', { deterministic: true }, (title: unknown, text: unknown) => stemText(`${title ?? ''}\n${String(text)}`));
  const key = memory ? randomUUID() : realpathSync(file);
  return {
    name: 'sqlite',
    db: new Kysely<Database>({ dialect: new WriterDialect({ database: withStatementCache(raw) }) }),
    ddl: {
      json: 'text',
      timestamp: 'text',
      async createSearchIndex(db) {
        // Contentless: the text lives in `documents`, the index keeps only the stems' postings
        // and the document id (contentless_unindexed), kept in step by triggers.
        await sql`create virtual table documents_fts using fts5(
          doc_id unindexed, body,
          content = '', contentless_delete = 1, contentless_unindexed = 1,
          tokenize = 'unicode61 remove_diacritics 0')`.execute(db);
        await sql`create trigger documents_fts_insert after insert on documents begin
          insert into documents_fts (doc_id, body) values (new.id, stem_text(new.title, new.text)); end`.execute(db);
        await sql`create trigger documents_fts_delete after delete on documents begin
          delete from documents_fts where doc_id = old.id; end`.execute(db);
      },
    },
    migrationSchema: async () => undefined,
    exclusive: (fn) => inTurn(key, fn),
    // BEGIN IMMEDIATE already makes every writer of the file wait for the one before.
    lockBands: async () => undefined,
    // SQLite has no bitmap scans: a key's arm already walks its index in order and stops.
    beforeNearestLookup: async () => undefined,
    // A write transaction begins IMMEDIATE: one claimer at a time, so no row needs locking.
    claim: (select) => select,
    matches: (q) => sql`(select doc_id as id, -bm25(documents_fts) as score from documents_fts where documents_fts match ${ftsQuery(q)})`,
  };
}
