// The Store on any engine: the queries are shared Kysely code; what differs (locks, full text,
// connection) comes from the Engine.
import { expressionBuilder, Migrator, sql, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { FactsRecord } from '../core/facts.js';
import type { Engine } from './engine.js';
import { applyCuration, projectRecord } from './items.js';
import { SqlJobQueue } from './jobs.js';
import { bump, readCurations, SqlKnowledge, writeItems } from './knowledge.js';
import { rebuildTallies, recount, storedTallies, tallyDocument, type TallySnapshot } from './tallies.js';
import { migrations } from './migrations.js';
import { SqlMonitor } from './monitor.js';
import { fromJson, fromTimestamp, type Database } from './schema.js';
import { queryStems, snippet } from './snippet.js';
import type {
  DocumentFilter,
  DocumentRecord,
  DocumentSummary,
  FactsMeta,
  ListQuery,
  PutOutcome,
  SearchHit,
  SearchQuery,
  Store,
  StoredDocument,
} from './store.js';

const SUMMARY = ['id', 'source', 'title', 'published', 'lang', 'cluster', 'ingested_at'] as const;
// Named, never selectAll(): an engine may keep columns of its own (PostgreSQL's tsvector).
const DOCUMENT = [...SUMMARY, 'url', 'text', 'raw', 'offsets', 'hash'] as const;
const SEARCH_LIMIT = 20;
/** Ids per `in (...)` list: well under SQLite's limit on bound parameters. */
const TEXT_CHUNK = 500;
/** Documents counted per band key in the near-duplicate lookup: its bound on work per ingest. */
const CANDIDATES_PER_BAND = 64;

type SummaryRow = Omit<DocumentSummary, 'ingestedAt'> & { ingested_at: string | Date };

function summary({ ingested_at, ...rest }: SummaryRow): DocumentSummary {
  return { ...rest, ingestedAt: fromTimestamp(ingested_at) };
}

function filters(f: DocumentFilter): Expression<SqlBool>[] {
  const eb = expressionBuilder<Database, 'documents'>();
  return [
    ...(f.lang ? [eb('documents.lang', '=', f.lang)] : []),
    ...(f.from ? [eb('documents.published', '>=', f.from)] : []),
    ...(f.to ? [eb('documents.published', '<=', f.to)] : []),
  ];
}

export class SqlStore implements Store {
  readonly engine: Engine['name'];
  readonly knowledge: SqlKnowledge;
  readonly jobs: SqlJobQueue;
  readonly monitor: SqlMonitor;
  readonly #e: Engine;
  readonly #db: Kysely<Database>;

  constructor(engine: Engine) {
    this.#e = engine;
    this.#db = engine.db;
    this.engine = engine.name;
    this.knowledge = new SqlKnowledge(
      engine.db,
      (fn) => engine.exclusive(fn),
      (trx, keys) => engine.lockBands(trx, keys),
    );
    this.jobs = new SqlJobQueue(engine);
    this.monitor = new SqlMonitor(engine.db, (fn) => engine.exclusive(fn), engine.name);
  }

  async migrate(): Promise<void> {
    const migrator = new Migrator({
      db: this.#db,
      provider: { getMigrations: async () => migrations(this.#e.ddl) },
      migrationTableName: 'migrations',
      migrationLockTableName: 'migrations_lock',
      migrationTableSchema: await this.#e.migrationSchema(),
    });
    const { error } = await this.#e.exclusive(() => migrator.migrateToLatest());
    if (error) throw error instanceof Error ? error : new Error(`migration failed: ${String(error)}`);
  }

  async putDocument(doc: DocumentRecord, facts: FactsRecord | null, meta: FactsMeta = {}): Promise<PutOutcome> {
    // A cheap look before taking any lock; the unique hash below is what actually decides.
    const known = await this.#idOfHash(this.#db, doc.hash);
    if (known) return { status: 'duplicate', id: doc.id, existingId: known };
    const now = new Date().toISOString();
    return this.#e.exclusive(() =>
      this.#db.transaction().execute(async (trx): Promise<PutOutcome> => {
        await this.#e.lockBands(trx, doc.bands);
        const near = doc.bands.length ? await this.#nearest(trx, doc.bands) : undefined;
        // The id a source gave may already name other content: keep both, the newcomer under a suffix.
        for (const id of [doc.id, `${doc.id}~${doc.hash.slice(0, 8)}`]) {
          const cluster = near?.cluster ?? id;
          // ON CONFLICT DO NOTHING against both unique keys (id, hash): concurrent writers of one
          // content cannot both succeed, whatever they read before.
          const inserted = await trx
            .insertInto('documents')
            .values({
              id,
              source: doc.source,
              url: doc.url,
              title: doc.title,
              published: doc.published,
              lang: doc.lang,
              text: doc.text,
              raw: doc.raw,
              offsets: JSON.stringify(doc.offsets),
              hash: doc.hash,
              cluster,
              ingested_at: now,
            })
            .onConflict((oc) => oc.doNothing())
            .returning('id')
            .executeTakeFirst();
          if (!inserted) {
            const existingId = await this.#idOfHash(trx, doc.hash);
            if (existingId) return { status: 'duplicate', id: doc.id, existingId };
            continue;
          }
          const bands = [...new Set(doc.bands)];
          if (bands.length)
            await trx
              .insertInto('document_bands')
              .values(bands.map((band) => ({ band, doc_id: id })))
              .execute();
          if (facts) {
            const record = { ...facts, doc: id };
            await this.#writeFacts(trx, id, record, meta, now);
            // The knowledge projection in the same transaction: a crash can never leave a
            // document with facts and no items (a rerun would skip it as a duplicate).
            const rows = projectRecord(applyCuration(record, await readCurations(trx, id)), cluster);
            await writeItems(trx, (t, keys) => this.#e.lockBands(t, keys), [id], rows);
            await bump(trx);
          }
          // Last: the rows every writer updates are held only until the commit that follows.
          await tallyDocument(trx, doc.published, 1);
          return { status: 'inserted', id, cluster, nearDuplicateOf: near?.id ?? null };
        }
        throw new Error(`document ${doc.id}: both ${doc.id} and its suffixed id are taken by other content`);
      }),
    );
  }

  async deleteDocument(id: string): Promise<boolean> {
    return this.#e.exclusive(() =>
      this.#db.transaction().execute(async (trx) => {
        const doc = await trx.selectFrom('documents').select(['id', 'published']).where('id', '=', id).executeTakeFirst();
        if (!doc) return false;
        // Its items leave their units and tallies first, in this transaction.
        await writeItems(trx, (t, keys) => this.#e.lockBands(t, keys), [id], []);
        await tallyDocument(trx, doc.published, -1);
        await trx.deleteFrom('document_bands').where('doc_id', '=', id).execute();
        await trx.deleteFrom('facts').where('doc_id', '=', id).execute();
        await trx.deleteFrom('documents').where('id', '=', id).execute();
        await bump(trx);
        return true;
      }),
    );
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const row = await this.#db.selectFrom('documents').select(DOCUMENT).where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    const { ingested_at, offsets, ...rest } = row;
    return { ...rest, offsets: fromJson(offsets), ingestedAt: fromTimestamp(ingested_at) };
  }

  async listDocuments(q: ListQuery = {}): Promise<DocumentSummary[]> {
    let query = this.#db
      .selectFrom('documents')
      .select(SUMMARY)
      .where((eb) => eb.and(filters(q)))
      .orderBy(sql`documents.published is null`)
      .orderBy('documents.published', 'desc')
      .orderBy('documents.id');
    if (q.limit !== undefined) query = query.limit(q.limit);
    if (q.offset) query = query.offset(q.offset);
    return (await query.execute()).map(summary);
  }

  async countDocuments(filter: DocumentFilter = {}): Promise<number> {
    const row = await this.#db
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll().as('n'))
      .where((eb) => eb.and(filters(filter)))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async search(q: SearchQuery): Promise<SearchHit[]> {
    const stems = queryStems(q.q);
    if (stems.size === 0) return [];
    const rows = await this.#db
      .selectFrom(this.#e.matches(q.q).as('m'))
      .innerJoin('documents', 'documents.id', 'm.id')
      .select([...SUMMARY.map((c) => `documents.${c}` as const), 'm.score'])
      .where((eb) => eb.and(filters(q)))
      .orderBy('m.score', 'desc')
      .orderBy('documents.id')
      .limit(q.limit ?? SEARCH_LIMIT)
      .offset(q.offset ?? 0)
      .execute();
    // Texts are read for the hits that show a snippet only: most of the cost of a long page.
    const snippets = await this.snippets(
      q.q,
      rows.slice(0, q.snippets ?? rows.length).map((r) => r.id),
    );
    return rows.map(({ score, ...row }) => ({ ...summary(row), snippet: snippets.get(row.id) ?? '', score: Number(score) }));
  }

  async snippets(q: string, ids: readonly string[]): Promise<Map<string, string>> {
    const stems = queryStems(q);
    const out = new Map<string, string>();
    for (let i = 0; i < ids.length; i += TEXT_CHUNK) {
      const rows = await this.#db
        .selectFrom('documents')
        .select(['id', 'text'])
        .where('id', 'in', ids.slice(i, i + TEXT_CHUNK))
        .execute();
      for (const r of rows) out.set(r.id, snippet(r.text, stems));
    }
    return out;
  }

  async getFacts(id: string): Promise<FactsRecord | null> {
    const row = await this.#db.selectFrom('facts').select('record').where('doc_id', '=', id).executeTakeFirst();
    return row ? fromJson<FactsRecord>(row.record) : null;
  }

  async putFacts(id: string, facts: FactsRecord, meta: FactsMeta = {}): Promise<void> {
    const exists = await this.#db.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst();
    if (!exists) throw new Error(`cannot store facts: no document ${id}`);
    await this.#writeFacts(this.#db, id, facts, meta, new Date().toISOString());
  }

  /** The kept units, edges and tallies beside a count from scratch of the same (tests, checks). */
  async tallySnapshots(): Promise<{ stored: TallySnapshot; counted: TallySnapshot }> {
    return { stored: await storedTallies(this.#db), counted: (await recount(this.#db)).snapshot };
  }

  /** Builds the kept units, edges and tallies again from the items (what migration 0006 does). */
  async rebuildTallies(): Promise<void> {
    await this.#e.exclusive(() => this.#db.transaction().execute((trx) => rebuildTallies(trx)));
  }

  async close(): Promise<void> {
    await this.#db.destroy();
  }

  async #idOfHash(db: Kysely<Database>, hash: string): Promise<string | undefined> {
    return (await db.selectFrom('documents').select('id').where('hash', '=', hash).executeTakeFirst())?.id;
  }

  /**
   * The stored document sharing the most band keys with a newcomer (ties: the smallest id).
   * Template-made stories can put thousands of documents on one key; only the first
   * CANDIDATES_PER_BAND of each key (by id, in the key's index order) are counted, so that the
   * lookup costs the same however large the store grows. A document sharing a rarer key of the
   * newcomer's is always counted there.
   */
  async #nearest(trx: Transaction<Database>, bands: readonly string[]) {
    await this.#e.beforeNearestLookup(trx);
    // One arm per key; each is wrapped so that SQLite accepts its own ORDER BY and LIMIT.
    const [first, ...rest] = [...new Set(bands)].map((band) =>
      trx
        .selectFrom((eb) =>
          eb
            .selectFrom('document_bands')
            .select('doc_id')
            .where('band', '=', band)
            .orderBy('doc_id')
            .limit(sql.lit(CANDIDATES_PER_BAND))
            .as('k'),
        )
        .select('k.doc_id'),
    );
    if (!first) return undefined;
    const best = trx
      .selectFrom((rest.length ? first.unionAll(rest) : first).as('c'))
      .select(['c.doc_id', (eb) => eb.fn.countAll().as('shared')])
      .groupBy('c.doc_id')
      .orderBy('shared', 'desc')
      .orderBy('c.doc_id')
      .limit(1);
    return trx
      .selectFrom(best.as('best'))
      .innerJoin('documents', 'documents.id', 'best.doc_id')
      .select(['documents.id', 'documents.cluster'])
      .executeTakeFirst();
  }

  async #writeFacts(db: Kysely<Database>, id: string, facts: FactsRecord, meta: FactsMeta, now: string): Promise<void> {
    const row = { record: JSON.stringify(facts), extracted_at: now, engine_version: meta.engineVersion ?? null };
    await db
      .insertInto('facts')
      .values({ doc_id: id, ...row })
      .onConflict((oc) => oc.column('doc_id').doUpdateSet(row))
      .execute();
  }
}
