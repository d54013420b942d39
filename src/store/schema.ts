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
}

/** A JSON column's value: always its text (see store/postgres), parsed exactly once here. */
export function fromJson<T>(value: unknown): T {
  if (typeof value !== 'string') throw new Error(`a JSON column came back as ${typeof value}, not as text`);
  return JSON.parse(value) as T;
}

export function fromTimestamp(value: string | Date): string {
  return value instanceof Date ? value.toISOString() : value;
}
