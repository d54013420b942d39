// What differs between database engines, and nothing else: connection, locking, full text and a
// few column types. Each engine folder (sqlite/, postgres/) provides one; sql-store.ts does the rest.
import type { Kysely, RawBuilder, SelectQueryBuilder, Transaction } from 'kysely';
import type { Database } from './schema.js';
import type { EngineDdl } from './migrations.js';

export interface Match {
  id: string;
  /** Relevance, higher is better; comparable only within one engine. */
  score: number;
}

export interface Engine {
  readonly name: 'sqlite' | 'postgres';
  readonly db: Kysely<Database>;
  readonly ddl: EngineDdl;
  /** Schema that holds the migrations table; undefined where the engine has one namespace. */
  migrationSchema(): Promise<string | undefined>;
  /** Runs `fn` (a migration run or a write transaction) alone among this process's writers where the engine needs that. */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /** Inside a write transaction: waits until no other writer can be clustering a document that shares one of these band keys. */
  lockBands(trx: Transaction<Database>, bands: readonly string[]): Promise<void>;
  /**
   * Inside a write transaction, before the near-duplicate lookup: makes the engine read each band
   * key's first documents in (band, doc_id) index order and stop there, whatever its estimates.
   */
  beforeNearestLookup(trx: Transaction<Database>): Promise<void>;
  /** Ids of the documents that match a free-text query, as a subquery. */
  matches(q: string): RawBuilder<Match>;
  /**
   * Inside a write transaction: makes a select of queued work lock the rows it picks and pass over
   * rows other transactions hold, so that concurrent workers each take a different job.
   */
  claim<DB, TB extends keyof DB, O>(select: SelectQueryBuilder<DB, TB, O>): SelectQueryBuilder<DB, TB, O>;
}
