// The knowledge tables (migration 0002) on either engine: the fact-item projection with its party
// index, curation decisions, people merges and aliases, API tokens. Shared Kysely code: nothing
// here differs by engine.
import { sql, type Kysely, type Transaction } from 'kysely';
import { fromJson, type Database } from './schema.js';
import type { Curation, ItemList, ItemRow } from './items.js';
import { replaceTallied, type Lock } from './tallies.js';
import { cmp, type Unit } from './units.js';

/** A projected item with the document it rests on. */
export interface StoredItem extends Omit<ItemRow, 'parties'> {
  title: string | null;
  url: string | null;
  /** Its relation unit (store/units.ts), null for people and sectors. */
  unit?: string | null;
}

export interface ItemQuery {
  /** Items naming one of these parties... */
  parties?: readonly string[];
  /** ...or a party of one of these countries (a country's regions). */
  countries?: readonly string[];
  lists?: readonly ItemList[];
  docs?: readonly string[];
  /** On the item's date (or the document's date), YYYY[-MM[-DD]] prefixes compared as text. */
  from?: string;
  to?: string;
  /** Items of these relation units (units()). */
  units?: readonly string[];
}

export interface UnitQuery {
  /** Units naming one of these parties... */
  parties?: readonly string[];
  /** ...or a party of one of these countries. */
  countries?: readonly string[];
  lists?: readonly ItemList[];
  kind?: string;
  /** On the unit's date (events: the most precise date told, else the first report's), prefixes compared as text. */
  from?: string;
  to?: string;
  /** The newest this many (by that date, then by first member); default all, in no set order. */
  limit?: number;
}

/** Relation units per pair of parties (a < b), list and graph kind. */
export interface PairCount {
  a: string;
  b: string;
  list: string;
  kind: string;
  n: number;
}

export interface KnowledgeStore {
  /** Replaces the projection rows of each given document (one transaction). */
  replaceItems(docs: readonly string[], rows: readonly ItemRow[]): Promise<void>;
  items(q: ItemQuery): Promise<StoredItem[]>;
  /** Relation units kept up to date by every write (store/tallies.ts). */
  units(q: UnitQuery): Promise<Unit[]>;
  /** Every pair of parties some unit names together, counted by list and kind. */
  pairCounts(): Promise<PairCount[]>;
  /** Counts kept under a name (documents, month, flow, party, person, units), by key. */
  tally(name: string): Promise<{ key: string; n: number }[]>;
  /** How many keys a name counts. */
  tallyKeys(name: string): Promise<number>;
  /** Curation decisions, of one document or all. */
  curations(doc?: string): Promise<Curation[]>;
  putCuration(c: Curation): Promise<void>;
  merges(): Promise<Map<string, string>>;
  putMerge(from: string, into: string): Promise<void>;
  aliases(): Promise<{ person: string; alias: string }[]>;
  addAlias(person: string, alias: string): Promise<void>;
  addToken(name: string, hash: string, role: string): Promise<void>;
  tokenRole(hash: string): Promise<string | null>;
  /** The newest publication date in the store ("today" for commitments). */
  newestPublished(): Promise<string | null>;
  activityByMonth(): Promise<{ month: string; count: number }[]>;
  /** A counter bumped by every write to the knowledge (items, curation, merges, aliases). */
  version(): Promise<number>;
  /** A kept answer, with the version it was computed at. */
  summary(name: string): Promise<{ version: number; body: unknown } | null>;
  /** Keeps an answer computed at `version`, unless a newer one is kept; drops answers older than it. */
  putSummary(name: string, version: number, body: unknown): Promise<void>;
}

/** Marks the knowledge as changed, in the writer's transaction: kept answers are stale from its commit. */
export async function bump(trx: Transaction<Database>): Promise<void> {
  await trx
    .updateTable('knowledge_version')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}

const INSERT_CHUNK = 200;

/** Curation decisions, of one document or all, read on a connection or inside a transaction. */
export async function readCurations(db: Kysely<Database>, doc?: string): Promise<Curation[]> {
  let query = db.selectFrom('curations').select(['key', 'doc_id', 'list', 'action', 'item', 'by']);
  if (doc !== undefined) query = query.where('doc_id', '=', doc);
  return (await query.execute()).map((r) => ({
    key: r.key,
    doc: r.doc_id,
    list: r.list as ItemList,
    action: r.action as Curation['action'],
    ...(r.item === null ? {} : { item: fromJson(r.item) }),
    by: r.by,
  }));
}

/**
 * Replaces the projection rows of the given documents inside the caller's transaction (the
 * caller bumps the version), with the units, edges and tallies they change (tallies.ts): ingest
 * writes a document, its facts and its items in one.
 */
export async function writeItems(trx: Transaction<Database>, lock: Lock, docs: readonly string[], rows: readonly ItemRow[]): Promise<void> {
  await replaceTallied(trx, lock, docs, rows, () => replaceRows(trx, docs, rows));
}

async function replaceRows(trx: Transaction<Database>, docs: readonly string[], rows: readonly ItemRow[]): Promise<void> {
  for (let i = 0; i < docs.length; i += INSERT_CHUNK)
    await trx
      .deleteFrom('fact_items')
      .where('doc_id', 'in', docs.slice(i, i + INSERT_CHUNK))
      .execute();
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK);
    await trx
      .insertInto('fact_items')
      .values(
        chunk.map((r) => ({
          id: r.id,
          doc_id: r.doc,
          list: r.list,
          idx: r.idx,
          key: r.key,
          kind: r.kind,
          date: r.date,
          published: r.published,
          cluster: r.cluster,
          curation: r.curation,
          payload: JSON.stringify(r.payload),
        })),
      )
      .execute();
    const parties = chunk.flatMap((r) => r.parties.map((p) => ({ item_id: r.id, ...p })));
    for (let j = 0; j < parties.length; j += INSERT_CHUNK)
      await trx
        .insertInto('item_parties')
        .values(parties.slice(j, j + INSERT_CHUNK))
        .execute();
  }
}

export class SqlKnowledge implements KnowledgeStore {
  readonly #db: Kysely<Database>;
  readonly #exclusive: <T>(fn: () => Promise<T>) => Promise<T>;
  readonly #lock: Lock;

  constructor(db: Kysely<Database>, exclusive: <T>(fn: () => Promise<T>) => Promise<T>, lock: Lock) {
    this.#db = db;
    this.#exclusive = exclusive;
    this.#lock = lock;
  }

  async replaceItems(docs: readonly string[], rows: readonly ItemRow[]): Promise<void> {
    if (docs.length === 0) return;
    await this.#exclusive(() =>
      this.#db.transaction().execute(async (trx) => {
        await writeItems(trx, this.#lock, docs, rows);
        await bump(trx);
      }),
    );
  }

  async items(q: ItemQuery): Promise<StoredItem[]> {
    let query = this.#db
      .selectFrom('fact_items')
      .innerJoin('documents', 'documents.id', 'fact_items.doc_id')
      .select([
        'fact_items.id',
        'fact_items.doc_id',
        'fact_items.list',
        'fact_items.idx',
        'fact_items.key',
        'fact_items.kind',
        'fact_items.date',
        'fact_items.published',
        'fact_items.cluster',
        'fact_items.curation',
        'fact_items.payload',
        'fact_items.unit',
        'documents.title',
        'documents.url',
      ]);
    const parties = q.parties ?? [];
    const countries = q.countries ?? [];
    if (parties.length || countries.length) {
      // A union of two index range scans (party, country), not one OR the planner may not split.
      let ids = this.#db
        .selectFrom('item_parties')
        .select('item_id')
        .where('party', 'in', parties.length ? parties : ['']);
      if (countries.length)
        ids = ids.union(this.#db.selectFrom('item_parties').select('item_id').where('country', 'in', countries)) as typeof ids;
      query = query.where('fact_items.id', 'in', ids);
    }
    if (q.lists?.length) query = query.where('fact_items.list', 'in', q.lists);
    if (q.docs) query = query.where('fact_items.doc_id', 'in', q.docs.length ? q.docs : ['']);
    if (q.from) query = query.where(sql<string>`coalesce(fact_items.date, fact_items.published)`, '>=', q.from);
    if (q.to) query = query.where(sql<string>`coalesce(fact_items.date, fact_items.published)`, '<=', `${q.to}\uffff`);
    if (q.units) query = query.where('fact_items.unit', 'in', q.units.length ? q.units : ['']);
    const rows = await query.orderBy('fact_items.id').execute();
    // Code-unit order on both engines (merged lines take their first member's id).
    rows.sort((a, b) => cmp(a.id, b.id));
    return rows.map(({ doc_id, payload, list, curation, ...r }) => ({
      ...r,
      doc: doc_id,
      list: list as ItemList,
      curation: curation as StoredItem['curation'],
      payload: fromJson<Record<string, unknown>>(payload),
    }));
  }

  async units(q: UnitQuery): Promise<Unit[]> {
    let query = this.#db.selectFrom('units').selectAll();
    const parties = q.parties ?? [];
    const countries = q.countries ?? [];
    if (parties.length || countries.length) {
      let ids = this.#db
        .selectFrom('unit_parties')
        .select('unit_id')
        .where('party', 'in', parties.length ? parties : ['']);
      if (countries.length)
        ids = ids.union(this.#db.selectFrom('unit_parties').select('unit_id').where('country', 'in', countries)) as typeof ids;
      query = query.where('units.id', 'in', ids);
    }
    if (q.lists?.length) query = query.where('units.list', 'in', q.lists);
    if (q.kind) query = query.where('units.kind', '=', q.kind);
    if (q.from) query = query.where('units.sort', '>=', q.from);
    if (q.to) query = query.where('units.sort', '<=', `${q.to}\uffff`);
    if (q.limit !== undefined) query = query.orderBy('units.sort', 'desc').orderBy('units.first').limit(q.limit);
    const rows = await query.execute();
    return rows.map((u) => ({ ...u, list: u.list as ItemList, parties: u.parties ? u.parties.split(',') : [], size: Number(u.size) }));
  }

  async pairCounts(): Promise<PairCount[]> {
    const rows = await this.#db.selectFrom('pair_counts').selectAll().where('n', '>', 0).execute();
    return rows.map((r) => ({ ...r, n: Number(r.n) }));
  }

  async tally(name: string): Promise<{ key: string; n: number }[]> {
    const rows = await this.#db
      .selectFrom('tallies')
      .select(['key', 'n'])
      .where('name', '=', name)
      .where('n', '>', 0)
      .orderBy('key')
      .execute();
    return rows.map((r) => ({ key: r.key, n: Number(r.n) })).sort((a, b) => cmp(a.key, b.key));
  }

  async tallyKeys(name: string): Promise<number> {
    const row = await this.#db
      .selectFrom('tallies')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('name', '=', name)
      .where('n', '>', 0)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async curations(doc?: string): Promise<Curation[]> {
    return readCurations(this.#db, doc);
  }

  async putCuration(c: Curation): Promise<void> {
    const row = {
      doc_id: c.doc,
      list: c.list,
      action: c.action,
      item: c.item === undefined ? null : JSON.stringify(c.item),
      by: c.by ?? null,
      at: new Date().toISOString(),
    };
    await this.#changing((trx) =>
      trx
        .insertInto('curations')
        .values({ key: c.key, ...row })
        .onConflict((oc) => oc.column('key').doUpdateSet(row))
        .execute(),
    );
  }

  async merges(): Promise<Map<string, string>> {
    const rows = await this.#db.selectFrom('people_merges').select(['from_id', 'into_id']).execute();
    return new Map(rows.map((r) => [r.from_id, r.into_id]));
  }

  async putMerge(from: string, into: string): Promise<void> {
    await this.#changing((trx) =>
      trx
        .insertInto('people_merges')
        .values({ from_id: from, into_id: into })
        .onConflict((oc) => oc.column('from_id').doUpdateSet({ into_id: into }))
        .execute(),
    );
  }

  async aliases(): Promise<{ person: string; alias: string }[]> {
    const rows = await this.#db.selectFrom('people_aliases').select(['person_id', 'alias']).orderBy('alias').execute();
    return rows.map((r) => ({ person: r.person_id, alias: r.alias }));
  }

  async addAlias(person: string, alias: string): Promise<void> {
    await this.#changing((trx) =>
      trx
        .insertInto('people_aliases')
        .values({ person_id: person, alias })
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );
  }

  async addToken(name: string, hash: string, role: string): Promise<void> {
    const row = { hash, role, created_at: new Date().toISOString() };
    await this.#exclusive(() =>
      this.#db
        .insertInto('api_tokens')
        .values({ name, ...row })
        .onConflict((oc) => oc.column('name').doUpdateSet(row))
        .execute(),
    );
  }

  async tokenRole(hash: string): Promise<string | null> {
    const row = await this.#db.selectFrom('api_tokens').select('role').where('hash', '=', hash).executeTakeFirst();
    return row?.role ?? null;
  }

  async newestPublished(): Promise<string | null> {
    const row = await this.#db
      .selectFrom('documents')
      .select((eb) => eb.fn.max('published').as('newest'))
      .executeTakeFirst();
    return (row?.newest as string | null | undefined) ?? null;
  }

  async activityByMonth(): Promise<{ month: string; count: number }[]> {
    const month = sql<string>`substr(published, 1, 7)`;
    const rows = await this.#db
      .selectFrom('documents')
      .select([month.as('month'), (eb) => eb.fn.countAll().as('n')])
      .where('published', 'is not', null)
      .groupBy(month)
      .orderBy(month)
      .execute();
    return rows.map((r) => ({ month: r.month, count: Number(r.n) }));
  }

  async version(): Promise<number> {
    const row = await this.#db.selectFrom('knowledge_version').select('version').where('id', '=', 1).executeTakeFirst();
    return Number(row?.version ?? 0);
  }

  async summary(name: string): Promise<{ version: number; body: unknown } | null> {
    const row = await this.#db.selectFrom('summaries').select(['version', 'body']).where('name', '=', name).executeTakeFirst();
    return row ? { version: Number(row.version), body: fromJson(row.body) } : null;
  }

  async putSummary(name: string, version: number, body: unknown): Promise<void> {
    const row = { version, body: JSON.stringify(body) };
    await this.#exclusive(() =>
      this.#db.transaction().execute(async (trx) => {
        await trx
          .insertInto('summaries')
          .values({ name, ...row })
          .onConflict((oc) => oc.column('name').doUpdateSet(row).where('summaries.version', '<=', version))
          .execute();
        await trx.deleteFrom('summaries').where('version', '<', version).execute();
      }),
    );
  }

  /** A write to the knowledge and the version bump, in one transaction. */
  async #changing(write: (trx: Transaction<Database>) => Promise<unknown>): Promise<void> {
    await this.#exclusive(() =>
      this.#db.transaction().execute(async (trx) => {
        await write(trx);
        await bump(trx);
      }),
    );
  }
}
