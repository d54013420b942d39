// The storage interface: one contract, two engines (store/sqlite, store/postgres). Nothing
// outside store/ asks which engine it is talking to.
import type { FactsRecord } from '../core/facts.js';
import type { OffsetSegment } from '../core/doc.js';
import type { JobQueue } from './jobs.js';
import type { KnowledgeStore } from './knowledge.js';
import type { MonitorStore } from './monitor.js';

/** A document as it is kept: the source fields, the cleaned text and what ingest derived. */
export interface DocumentRecord {
  id: string;
  source: string;
  url: string | null;
  title: string | null;
  published: string | null;
  lang: string;
  text: string;
  raw: string;
  offsets: OffsetSegment[];
  /** SHA-256 of the cleaned text: the identity of the content. */
  hash: string;
  /** MinHash LSH band keys (near-duplicate detection); the store indexes them. */
  bands: string[];
}

export interface StoredDocument extends Omit<DocumentRecord, 'bands'> {
  /** Story cluster: documents that tell the same story (near-duplicates) share it. */
  cluster: string;
  ingestedAt: string;
}

export type DocumentSummary = Pick<StoredDocument, 'id' | 'source' | 'title' | 'published' | 'lang' | 'cluster' | 'ingestedAt'>;

export type PutOutcome =
  | { status: 'inserted'; id: string; cluster: string; nearDuplicateOf: string | null }
  | { status: 'duplicate'; id: string; existingId: string };

/** Which documents: by language and by `published` date (YYYY-MM-DD, both ends inclusive). */
export interface DocumentFilter {
  lang?: string;
  from?: string;
  to?: string;
}

export interface ListQuery extends DocumentFilter {
  /** No limit lists every matching document (search defaults to 20 hits). */
  limit?: number;
  offset?: number;
}

export interface SearchQuery extends ListQuery {
  q: string;
  /** Only the first this many hits get a snippet (the rest an empty one): a page of hits over many counted. */
  snippets?: number;
}

export interface SearchHit extends DocumentSummary {
  /** About 200 characters of the text around the first match, matched words wrapped in [[ ]]. */
  snippet: string;
  score: number;
}

/** How facts were made, kept beside them so that stale ones can be re-extracted. */
export interface FactsMeta {
  engineVersion?: string;
}

export interface Store {
  readonly engine: 'sqlite' | 'postgres';
  /** The knowledge tables: fact-item projection, curation, people, tokens. */
  readonly knowledge: KnowledgeStore;
  /** Ingest jobs for `coopgraph worker` processes. */
  readonly jobs: JobQueue;
  /** The monitoring tables: followed sources, their fetch log, watchlists and deliveries. */
  readonly monitor: MonitorStore;
  /** Applies pending migrations; safe to call on every start. */
  migrate(): Promise<void>;
  /**
   * Stores a document, its band keys, its facts and their knowledge projection (items, curation
   * applied) in one transaction: all of them or none. Identical content (same hash) is a
   * no-op reported as a duplicate; near-duplicates join the cluster of the document they match.
   * Other content under an id already taken is stored as `${id}~${hash.slice(0, 8)}` (the
   * outcome says which id it got). Safe with several writers at once, on any engine.
   */
  putDocument(doc: DocumentRecord, facts: FactsRecord | null, meta?: FactsMeta): Promise<PutOutcome>;
  /**
   * Removes a document with its bands, facts and items, and takes its items out of the kept
   * units and counts, in one transaction. False when there is no such document. Its curation
   * decisions stay (they are keyed by content and apply again if it comes back).
   */
  deleteDocument(id: string): Promise<boolean>;
  getDocument(id: string): Promise<StoredDocument | null>;
  /** Newest published first (undated last), then by id. */
  listDocuments(q?: ListQuery): Promise<DocumentSummary[]>;
  countDocuments(filter?: DocumentFilter): Promise<number>;
  /** Best matches first; words are stemmed (Russian and English), every query word must match. */
  search(q: SearchQuery): Promise<SearchHit[]>;
  /** Snippets (as in SearchHit) of these documents for a query, by id. */
  snippets(q: string, ids: readonly string[]): Promise<Map<string, string>>;
  getFacts(id: string): Promise<FactsRecord | null>;
  /** Replaces the machine facts of a document (re-extraction). */
  putFacts(id: string, facts: FactsRecord, meta?: FactsMeta): Promise<void>;
  close(): Promise<void>;
}
