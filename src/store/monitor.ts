// The monitoring tables (migration 0004) on either engine: followed sources with their schedule,
// conditional-GET state and lease; the fetch log; the items each source already handed over;
// watchlists and what was delivered from them. Shared Kysely code; only claiming a due source
// differs (PostgreSQL skips rows another poller holds locked instead of waiting for them).
import type { Kysely, Transaction } from 'kysely';
import type { SourceKind } from '../ingest/discover.js';
import { fromJson, fromTimestamp, type Database } from './schema.js';

export type { SourceKind } from '../ingest/discover.js';

export interface SourceRecord {
  id: string;
  url: string;
  name: string | null;
  kind: SourceKind;
  everyMs: number;
  createdAt: string;
  nextFetchAt: string;
  lastFetchAt: string | null;
  lastStatus: string | null;
  lastError: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Documents this source has stored, all rounds together. */
  items: number;
}

export interface FetchLogEntry {
  sourceId: string;
  at: string;
  poller: string;
  /** ok, not-modified, error, blocked (robots.txt). */
  status: string;
  httpStatus: number | null;
  bytes: number;
  /** Items the source listed. */
  items: number;
  /** Documents stored from them. */
  stored: number;
  ms: number;
  error: string | null;
}

/** What a source's round leaves for the next one. */
export interface FetchOutcome {
  nextFetchAt: string;
  status: string;
  error: string | null;
  /** Undefined keeps the validators stored before (a failed round). */
  etag?: string | null;
  lastModified?: string | null;
  stored: number;
}

/** A saved question: every given field must hold on one fact item (words on its document). */
export interface WatchQuery {
  party?: string;
  with?: string;
  type?: string;
  kind?: string;
  sector?: string;
  person?: string;
  words?: string;
}

export interface WatchlistRecord {
  id: string;
  name: string;
  query: WatchQuery;
  webhook: string | null;
  secret: string | null;
  email: string | null;
  createdAt: string;
  /** Alerts stored after this are new in the inbox. */
  seenAt: string;
  digestAt: string | null;
}

export interface DeliveryLogEntry {
  watchlistId: string;
  channel: 'webhook' | 'email';
  target: string;
  at: string;
  attempts: number;
  alerts: number;
  ok: boolean;
  error: string | null;
}

/** A stored document as the watchlists read it. */
export interface IngestedDocument {
  id: string;
  title: string | null;
  url: string | null;
  published: string | null;
  ingestedAt: string;
  text: string;
}

export interface MonitorStore {
  addSource(s: Pick<SourceRecord, 'id' | 'url' | 'name' | 'kind' | 'everyMs' | 'createdAt' | 'nextFetchAt'>): Promise<SourceRecord>;
  sources(): Promise<SourceRecord[]>;
  /** By id or by URL. */
  source(idOrUrl: string): Promise<SourceRecord | null>;
  removeSource(id: string): Promise<boolean>;
  /**
   * Takes one due source that no live lease holds, leasing it to `poller` until `leaseUntil`; null
   * when none is due. Pollers sharing a store never take the same source at once.
   */
  claimDue(poller: string, now: string, leaseUntil: string): Promise<SourceRecord | null>;
  renewLease(id: string, poller: string, leaseUntil: string): Promise<void>;
  /** Ends a round: the schedule, state and lease in the source, one line in the fetch log. */
  finishFetch(id: string, outcome: FetchOutcome, log: FetchLogEntry): Promise<void>;
  fetchLog(sourceId: string, limit?: number): Promise<FetchLogEntry[]>;
  itemSeen(sourceId: string, url: string): Promise<boolean>;
  markItem(sourceId: string, url: string, status: string, docId: string | null, at: string): Promise<void>;
  /** The id of a stored document with this URL, if any. */
  documentByUrl(url: string): Promise<string | null>;

  addWatchlist(w: WatchlistRecord): Promise<void>;
  watchlists(): Promise<WatchlistRecord[]>;
  watchlist(id: string): Promise<WatchlistRecord | null>;
  removeWatchlist(id: string): Promise<boolean>;
  markSeen(id: string, at: string): Promise<void>;
  markDigested(id: string, at: string): Promise<void>;
  /** Documents stored after `since`, newest first. */
  documentsIngestedAfter(since: string, limit: number): Promise<IngestedDocument[]>;
  delivered(watchlistId: string, channel: string): Promise<Set<string>>;
  recordDelivered(watchlistId: string, channel: string, docIds: readonly string[], at: string): Promise<void>;
  logDelivery(entry: DeliveryLogEntry): Promise<void>;
  deliveryLog(watchlistId: string, limit?: number): Promise<DeliveryLogEntry[]>;
}

type SourceRow = Record<(typeof SOURCE_COLUMNS)[number], unknown>;

function source(r: SourceRow): SourceRecord {
  const ts = (v: unknown) => (v === null || v === undefined ? null : fromTimestamp(v as string | Date));
  return {
    id: r.id as string,
    url: r.url as string,
    name: (r.name as string | null) ?? null,
    kind: r.kind as SourceKind,
    everyMs: Number(r.every_ms),
    createdAt: ts(r.created_at)!,
    nextFetchAt: ts(r.next_fetch_at)!,
    lastFetchAt: ts(r.last_fetch_at),
    lastStatus: (r.last_status as string | null) ?? null,
    lastError: (r.last_error as string | null) ?? null,
    etag: (r.etag as string | null) ?? null,
    lastModified: (r.last_modified as string | null) ?? null,
    items: Number(r.items),
  };
}

const SOURCE_COLUMNS = [
  'id',
  'url',
  'name',
  'kind',
  'every_ms',
  'created_at',
  'next_fetch_at',
  'last_fetch_at',
  'last_status',
  'last_error',
  'etag',
  'last_modified',
  'items',
] as const;

type WatchlistRow = Database['watchlists'] extends infer T ? { [K in keyof T]: unknown } : never;

function watchlist(r: WatchlistRow): WatchlistRecord {
  return {
    id: r.id as string,
    name: r.name as string,
    query: fromJson<WatchQuery>(r.query),
    webhook: (r.webhook as string | null) ?? null,
    secret: (r.secret as string | null) ?? null,
    email: (r.email as string | null) ?? null,
    createdAt: fromTimestamp(r.created_at as string),
    seenAt: fromTimestamp(r.seen_at as string),
    digestAt: r.digest_at ? fromTimestamp(r.digest_at as string) : null,
  };
}

export class SqlMonitor implements MonitorStore {
  readonly #db: Kysely<Database>;
  readonly #exclusive: <T>(fn: () => Promise<T>) => Promise<T>;
  readonly #skipLocked: boolean;

  constructor(db: Kysely<Database>, exclusive: <T>(fn: () => Promise<T>) => Promise<T>, engine: 'sqlite' | 'postgres') {
    this.#db = db;
    this.#exclusive = exclusive;
    this.#skipLocked = engine === 'postgres';
  }

  #write<T>(fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    return this.#exclusive(() => this.#db.transaction().execute(fn));
  }

  async addSource(s: Pick<SourceRecord, 'id' | 'url' | 'name' | 'kind' | 'everyMs' | 'createdAt' | 'nextFetchAt'>): Promise<SourceRecord> {
    await this.#write((trx) =>
      trx
        .insertInto('sources')
        .values({
          id: s.id,
          url: s.url,
          name: s.name,
          kind: s.kind,
          every_ms: s.everyMs,
          created_at: s.createdAt,
          next_fetch_at: s.nextFetchAt,
          last_fetch_at: null,
          last_status: null,
          last_error: null,
          etag: null,
          last_modified: null,
          leased_by: null,
          lease_until: null,
        })
        .execute(),
    );
    return (await this.source(s.id))!;
  }

  async sources(): Promise<SourceRecord[]> {
    const rows = await this.#db.selectFrom('sources').select(SOURCE_COLUMNS).orderBy('created_at').orderBy('id').execute();
    return rows.map(source);
  }

  async source(idOrUrl: string): Promise<SourceRecord | null> {
    const row = await this.#db
      .selectFrom('sources')
      .select(SOURCE_COLUMNS)
      .where((eb) => eb.or([eb('id', '=', idOrUrl), eb('url', '=', idOrUrl)]))
      .executeTakeFirst();
    return row ? source(row) : null;
  }

  async removeSource(id: string): Promise<boolean> {
    return this.#write(async (trx) => {
      const gone = await trx.deleteFrom('sources').where('id', '=', id).executeTakeFirst();
      await trx.deleteFrom('source_items').where('source_id', '=', id).execute();
      await trx.deleteFrom('fetch_log').where('source_id', '=', id).execute();
      return Number(gone.numDeletedRows) > 0;
    });
  }

  async claimDue(poller: string, now: string, leaseUntil: string): Promise<SourceRecord | null> {
    const id = await this.#write(async (trx) => {
      let due = trx
        .selectFrom('sources')
        .select('id')
        .where('next_fetch_at', '<=', now)
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
        .orderBy('next_fetch_at')
        .orderBy('id')
        .limit(1);
      // SQLite's writers already take turns (BEGIN IMMEDIATE); PostgreSQL's skip what another holds.
      if (this.#skipLocked) due = due.forUpdate().skipLocked();
      const row = await due.executeTakeFirst();
      if (!row) return null;
      await trx.updateTable('sources').set({ leased_by: poller, lease_until: leaseUntil }).where('id', '=', row.id).execute();
      return row.id;
    });
    return id === null ? null : this.source(id);
  }

  async renewLease(id: string, poller: string, leaseUntil: string): Promise<void> {
    await this.#write((trx) =>
      trx.updateTable('sources').set({ lease_until: leaseUntil }).where('id', '=', id).where('leased_by', '=', poller).execute(),
    );
  }

  async finishFetch(id: string, o: FetchOutcome, log: FetchLogEntry): Promise<void> {
    await this.#write(async (trx) => {
      await trx
        .updateTable('sources')
        .set((eb) => ({
          next_fetch_at: o.nextFetchAt,
          last_fetch_at: log.at,
          last_status: o.status,
          last_error: o.error,
          items: eb('items', '+', o.stored),
          leased_by: null,
          lease_until: null,
          ...(o.etag !== undefined ? { etag: o.etag } : {}),
          ...(o.lastModified !== undefined ? { last_modified: o.lastModified } : {}),
        }))
        .where('id', '=', id)
        .execute();
      await trx
        .insertInto('fetch_log')
        .values({
          source_id: log.sourceId,
          at: log.at,
          poller: log.poller,
          status: log.status,
          http_status: log.httpStatus,
          bytes: log.bytes,
          items: log.items,
          stored: log.stored,
          ms: log.ms,
          error: log.error,
        })
        .execute();
    });
  }

  async fetchLog(sourceId: string, limit = 20): Promise<FetchLogEntry[]> {
    const rows = await this.#db
      .selectFrom('fetch_log')
      .selectAll()
      .where('source_id', '=', sourceId)
      .orderBy('at', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      sourceId: r.source_id,
      at: fromTimestamp(r.at),
      poller: r.poller,
      status: r.status,
      httpStatus: r.http_status === null ? null : Number(r.http_status),
      bytes: Number(r.bytes),
      items: Number(r.items),
      stored: Number(r.stored),
      ms: Number(r.ms),
      error: r.error,
    }));
  }

  async itemSeen(sourceId: string, url: string): Promise<boolean> {
    const row = await this.#db
      .selectFrom('source_items')
      .select('url')
      .where('source_id', '=', sourceId)
      .where('url', '=', url)
      .executeTakeFirst();
    return row !== undefined;
  }

  async markItem(sourceId: string, url: string, status: string, docId: string | null, at: string): Promise<void> {
    await this.#write((trx) =>
      trx
        .insertInto('source_items')
        .values({ source_id: sourceId, url, status, doc_id: docId, at })
        .onConflict((oc) => oc.columns(['source_id', 'url']).doUpdateSet({ status, doc_id: docId, at }))
        .execute(),
    );
  }

  async documentByUrl(url: string): Promise<string | null> {
    const row = await this.#db.selectFrom('documents').select('id').where('url', '=', url).orderBy('id').executeTakeFirst();
    return row?.id ?? null;
  }

  async addWatchlist(w: WatchlistRecord): Promise<void> {
    await this.#write((trx) =>
      trx
        .insertInto('watchlists')
        .values({
          id: w.id,
          name: w.name,
          query: JSON.stringify(w.query),
          webhook: w.webhook,
          secret: w.secret,
          email: w.email,
          created_at: w.createdAt,
          seen_at: w.seenAt,
          digest_at: w.digestAt,
        })
        .execute(),
    );
  }

  async watchlists(): Promise<WatchlistRecord[]> {
    return (await this.#db.selectFrom('watchlists').selectAll().orderBy('created_at').orderBy('id').execute()).map(watchlist);
  }

  async watchlist(id: string): Promise<WatchlistRecord | null> {
    const row = await this.#db.selectFrom('watchlists').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? watchlist(row) : null;
  }

  async removeWatchlist(id: string): Promise<boolean> {
    return this.#write(async (trx) => {
      const gone = await trx.deleteFrom('watchlists').where('id', '=', id).executeTakeFirst();
      await trx.deleteFrom('deliveries').where('watchlist_id', '=', id).execute();
      await trx.deleteFrom('delivery_log').where('watchlist_id', '=', id).execute();
      return Number(gone.numDeletedRows) > 0;
    });
  }

  async markSeen(id: string, at: string): Promise<void> {
    await this.#write((trx) => trx.updateTable('watchlists').set({ seen_at: at }).where('id', '=', id).execute());
  }

  async markDigested(id: string, at: string): Promise<void> {
    await this.#write((trx) => trx.updateTable('watchlists').set({ digest_at: at }).where('id', '=', id).execute());
  }

  async documentsIngestedAfter(since: string, limit: number): Promise<IngestedDocument[]> {
    const rows = await this.#db
      .selectFrom('documents')
      .select(['id', 'title', 'url', 'published', 'ingested_at', 'text'])
      .where('ingested_at', '>', since)
      .orderBy('ingested_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(({ ingested_at, ...r }) => ({ ...r, ingestedAt: fromTimestamp(ingested_at) }));
  }

  async delivered(watchlistId: string, channel: string): Promise<Set<string>> {
    const rows = await this.#db
      .selectFrom('deliveries')
      .select('doc_id')
      .where('watchlist_id', '=', watchlistId)
      .where('channel', '=', channel)
      .execute();
    return new Set(rows.map((r) => r.doc_id));
  }

  async recordDelivered(watchlistId: string, channel: string, docIds: readonly string[], at: string): Promise<void> {
    if (docIds.length === 0) return;
    await this.#write((trx) =>
      trx
        .insertInto('deliveries')
        .values(docIds.map((doc_id) => ({ watchlist_id: watchlistId, channel, doc_id, at })))
        .onConflict((oc) => oc.doNothing())
        .execute(),
    );
  }

  async logDelivery(e: DeliveryLogEntry): Promise<void> {
    await this.#write((trx) =>
      trx
        .insertInto('delivery_log')
        .values({
          watchlist_id: e.watchlistId,
          channel: e.channel,
          target: e.target,
          at: e.at,
          attempts: e.attempts,
          alerts: e.alerts,
          ok: e.ok ? 1 : 0,
          error: e.error,
        })
        .execute(),
    );
  }

  async deliveryLog(watchlistId: string, limit = 20): Promise<DeliveryLogEntry[]> {
    const rows = await this.#db
      .selectFrom('delivery_log')
      .selectAll()
      .where('watchlist_id', '=', watchlistId)
      .orderBy('at', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      watchlistId: r.watchlist_id,
      channel: r.channel as DeliveryLogEntry['channel'],
      target: r.target,
      at: fromTimestamp(r.at),
      attempts: Number(r.attempts),
      alerts: Number(r.alerts),
      ok: Number(r.ok) === 1,
      error: r.error,
    }));
  }
}
