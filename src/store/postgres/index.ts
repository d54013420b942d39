// PostgreSQL through node-postgres: a connection pool, jsonb columns, a generated tsvector in
// Russian and English for full-text search, and transaction-scoped advisory locks on band keys so
// that ingest processes on several machines can write at once.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { Kysely, PostgresDialect, sql, type PostgresPool, type PostgresPoolClient } from 'kysely';
import { fold } from '../../text/normalize.js';
import type { Engine } from '../engine.js';
import type { Database } from '../schema.js';

// Both configurations: russian stems Cyrillic words (and English ones through its ASCII
// dictionary), english adds the unstemmed Cyrillic forms. ё is folded as in SQLite's index.
const DOCUMENT_VECTOR = sql`
  to_tsvector('russian'::regconfig, translate(coalesce(title, '') || ' ' || text, 'ёЁ', 'еЕ'))
  || to_tsvector('english'::regconfig, translate(coalesce(title, '') || ' ' || text, 'ёЁ', 'еЕ'))`;

/** A band key as a 64-bit advisory-lock key (a collision only makes two writers wait for each other). */
function lockKey(band: string): bigint {
  return createHash('sha256').update(band).digest().readBigInt64BE(0);
}

/**
 * Kysely sends every query unnamed, so the server parses and plans it anew each time. Naming each
 * distinct SQL text makes node-postgres prepare it once per connection and reuse it (bulk ingest
 * runs about a third faster). Only the (text, values) form arrives: Kysely uses the cursor form
 * for streaming, which needs a cursor class this dialect is not given.
 */
function namedStatements(pool: pg.Pool): PostgresPool {
  return {
    end: () => pool.end(),
    async connect() {
      const client = await pool.connect();
      const query = (text: string, values: readonly unknown[]) =>
        client.query({ name: createHash('sha1').update(text).digest('base64url'), text, values: [...values] });
      return { release: () => client.release(), query: query as unknown as PostgresPoolClient['query'] };
    },
  };
}

/**
 * json and jsonb come back as their text, as SQLite gives them: the shared code parses every JSON
 * column once (`fromJson`). Left to node-postgres, a stored JSON string ("trade") came back as the
 * bare string and was then parsed a second time.
 */
const JSON_TYPES = new Set([114, 3802]);
const jsonAsText: typeof pg.types.getTypeParser = ((oid: number, format?: 'text' | 'binary') =>
  JSON_TYPES.has(oid) ? (value: string) => value : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser;

export function openPostgres(url: string): Engine {
  const pool = new pg.Pool({ connectionString: url, max: 10, types: { getTypeParser: jsonAsText } });
  // An idle connection the server dropped is discarded by the pool; the next query opens another.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: namedStatements(pool) }) });
  return {
    name: 'postgres',
    db,
    ddl: {
      json: 'jsonb',
      timestamp: 'timestamptz',
      async createSearchIndex(db) {
        await sql`alter table documents add column search tsvector generated always as (${DOCUMENT_VECTOR}) stored`.execute(db);
        await sql`create index documents_search on documents using gin (search)`.execute(db);
      },
    },
    // search_path may name a schema of its own (isolated test runs, tenants): keep the migrations table there.
    async migrationSchema() {
      const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
      return rows[0]?.schema ?? undefined;
    },
    exclusive: (fn) => fn(),
    /*
     * Clustering reads which documents share a band, then writes: two near-duplicates ingested at
     * once on two machines would both miss each other and found two clusters. Each writer first
     * takes a transaction-scoped advisory lock per band key, in one sorted order (no deadlock):
     * writers of documents sharing a band go one after the other, and the second, reading after
     * the first committed (READ COMMITTED takes a fresh snapshot per statement), joins its cluster.
     * Writers of unrelated documents never wait. Cheaper than SERIALIZABLE with retries, which
     * would abort on unrelated index-page conflicts too.
     */
    async lockBands(trx, bands) {
      if (bands.length === 0) return;
      const keys = [...new Set(bands.map(lockKey))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map(String);
      await sql`select pg_advisory_xact_lock(k) from unnest(${keys}::bigint[]) with ordinality as t(k, n) order by n`.execute(trx);
    },
    /*
     * The lookup's arms (a key's first documents by id, from the (band, doc_id) index) are planned
     * once, generically: the planner then takes every key for the average one of a row or two and
     * prefers a bitmap scan that reads all of a key's rows and sorts them, thousands for a key of
     * template-made stories. With bitmap scans off for the rest of this transaction (its later
     * statements find rows by key only) each arm walks the index and stops at its limit.
     */
    async beforeNearestLookup(trx) {
      await sql`select set_config('enable_bitmapscan', 'off', true)`.execute(trx);
    },
    // FOR UPDATE SKIP LOCKED: a worker passes over the jobs other workers' transactions are taking.
    claim: (select) => select.forUpdate().skipLocked(),
    matches: (q) =>
      sql`(select id, ts_rank_cd(search, query) as score from documents,
            (select plainto_tsquery('russian', ${fold(q)}) || plainto_tsquery('english', ${fold(q)}) as query) as q
           where search @@ query)`,
  };
}
