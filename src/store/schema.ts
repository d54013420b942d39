// The tables as Kysely sees them: one description for both engines. Column types that differ by
// engine (JSON, timestamps) are typed by what the shared code writes and may read back.
import type { ColumnType } from 'kysely';

/** Written as JSON text; read back as text on both engines (PostgreSQL's json parser is turned off). */
type Json = ColumnType<unknown, string, string>;
/** Written as an ISO string; read back as text (SQLite) or a Date (PostgreSQL timestamptz). */
type Timestamp = ColumnType<string | Date, string, string>;

export interface DocumentsTable {
  id: string;
  source: string;
  url: string | null;
  title: string | null;
  published: string | null;
  lang: string;
  text: string;
  raw: string;
  offsets: Json;
  hash: string;
  cluster: string;
  ingested_at: Timestamp;
}

/** One row per MinHash LSH band key of a document: documents sharing a key are near-duplicates. */
export interface DocumentBandsTable {
  band: string;
  doc_id: string;
}

export interface FactsTable {
  doc_id: string;
  record: Json;
  extracted_at: Timestamp;
  engine_version: string | null;
}

/** The knowledge projection: one row per fact item (see migration 0002). */
export interface FactItemsTable {
  id: string;
  doc_id: string;
  list: string;
  idx: number;
  key: string;
  kind: string;
  date: string | null;
  published: string | null;
  cluster: string;
  curation: string | null;
  payload: Json;
  /** The relation unit it belongs to (migration 0006), null for people and sectors. */
  unit: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A relation unit (store/units.ts), kept up to date by every write (store/tallies.ts). */
export interface UnitsTable {
  id: string;
  list: string;
  kind: string;
  /** Sorted codes, comma-separated. */
  parties: string;
  first: string;
  last: string | null;
  sort: string | null;
  size: number;
}

export interface ItemPartiesTable {
  item_id: string;
  party: string;
  country: string;
}

export interface CurationsTable {
  key: string;
  doc_id: string;
  list: string;
  action: string;
  item: Json | null;
  by: string | null;
  at: Timestamp;
}

/**
 * Ingest work waiting for any worker (issue 9): a file's bytes, kept so that workers on other
 * machines need no shared disk. `lease_until` (epoch ms) is how long the worker that holds a
 * running job may take before another may take it over.
 */
export interface IngestJobsTable {
  id: string;
  source: string;
  body: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  attempts: number;
  worker: string | null;
  lease_until: ColumnType<number | string | null, number | null, number | null>;
  enqueued_at: ColumnType<number | string, number, number>;
  finished_at: ColumnType<number | string | null, number | null, number | null>;
  /** What the job came to: a summary line, or why it failed. */
  outcome: string | null;
}

export interface Database {
  documents: DocumentsTable;
  document_bands: DocumentBandsTable;
  facts: FactsTable;
  fact_items: FactItemsTable;
  item_parties: ItemPartiesTable;
  curations: CurationsTable;
  people_merges: { from_id: string; into_id: string };
  people_aliases: { person_id: string; alias: string };
  api_tokens: { hash: string; name: string; role: string; created_at: Timestamp };
  knowledge_version: { id: number; version: number };
  /** Verbatim JSON text, not jsonb: a kept answer comes back with its keys in their order. */
  summaries: { name: string; version: number; body: string };
  ingest_jobs: IngestJobsTable;
  units: UnitsTable;
  unit_parties: { unit_id: string; party: string; country: string };
  /** Relation units per pair of parties, list and kind: the graph's edges. */
  pair_counts: { a: string; b: string; list: string; kind: string; n: number };
  /** Counts by name and key (documents per month, items per flow key, party or person name, units per list). */
  tallies: { name: string; key: string; n: number };
  sources: SourcesTable;
  fetch_log: FetchLogTable;
  source_items: { source_id: string; url: string; status: string; doc_id: string | null; at: Timestamp };
  watchlists: WatchlistsTable;
  deliveries: { watchlist_id: string; channel: string; doc_id: string; at: Timestamp };
  delivery_log: DeliveryLogTable;
}

/** A followed source (migration 0004): its schedule, conditional-GET state and the poller's lease. */
export interface SourcesTable {
  id: string;
  url: string;
  name: string | null;
  kind: string;
  every_ms: number;
  created_at: Timestamp;
  next_fetch_at: Timestamp;
  last_fetch_at: Timestamp | null;
  last_status: string | null;
  last_error: string | null;
  etag: string | null;
  last_modified: string | null;
  items: ColumnType<number, number | undefined, number>;
  leased_by: string | null;
  lease_until: Timestamp | null;
}

export interface FetchLogTable {
  source_id: string;
  at: Timestamp;
  poller: string;
  status: string;
  http_status: number | null;
  bytes: number;
  items: number;
  stored: number;
  ms: number;
  error: string | null;
}

export interface WatchlistsTable {
  id: string;
  name: string;
  query: Json;
  webhook: string | null;
  secret: string | null;
  email: string | null;
  created_at: Timestamp;
  seen_at: Timestamp;
  digest_at: Timestamp | null;
}

export interface DeliveryLogTable {
  watchlist_id: string;
  channel: string;
  target: string;
  at: Timestamp;
  attempts: number;
  alerts: number;
  ok: number;
  error: string | null;
}

/** A JSON column's value: always its text (see store/postgres), parsed exactly once here. */
export function fromJson<T>(value: unknown): T {
  if (typeof value !== 'string') throw new Error(`a JSON column came back as ${typeof value}, not as text`);
  return JSON.parse(value) as T;
}

export function fromTimestamp(value: string | Date): string {
  return value instanceof Date ? value.toISOString() : value;
}
