// Read-side queries over the store, shared by the CLI and the HTTP API. Paging limits live here
// so that both edges page alike.
import type { FactsRecord } from '../core/facts.js';
import { applyCuration } from '../store/items.js';
import type { DocumentFilter, DocumentSummary, ListQuery, SearchHit, SearchQuery, StoredDocument, Store } from '../store/store.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 500;
/** Dates in filters: a calendar day, as `published` is stored. */
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export interface DocumentWithFacts extends StoredDocument {
  facts: FactsRecord | null;
}

function paged<Q extends ListQuery>(q: Q): Q {
  return { ...q, limit: Math.min(q.limit ?? DEFAULT_LIMIT, MAX_LIMIT), offset: q.offset ?? 0 };
}

export function listDocuments(store: Store, q: ListQuery = {}): Promise<DocumentSummary[]> {
  return store.listDocuments(paged(q));
}

/** How many documents match (all of them without a filter); paging is ignored. */
export function countDocuments(store: Store, { lang, from, to }: DocumentFilter = {}): Promise<number> {
  return store.countDocuments({ lang, from, to });
}

export async function getDocument(store: Store, id: string): Promise<DocumentWithFacts | null> {
  const doc = await store.getDocument(id);
  return doc && { ...doc, facts: await getFacts(store, id) };
}

/** The facts as served: curation applied (rejected items left out, corrected ones replaced). */
export async function getFacts(store: Store, id: string): Promise<FactsRecord | null> {
  const [facts, curations] = await Promise.all([store.getFacts(id), store.knowledge.curations(id)]);
  return facts && applyCuration(facts, curations).record;
}

/**
 * Where a document came from, as shown to API clients: an address (a URL, `api:ID`) as it is, a
 * file only by its name (and feed item), never the server's folders.
 */
export function sourceLabel(source: string): string {
  if (/^[a-z][a-z0-9+.-]*:(?![\\/])/i.test(source)) return source;
  return source.split(/[\\/]/).pop() || source;
}

/** A document or summary with its source as API clients see it. */
export function withSourceLabel<T extends { source: string }>(doc: T): T {
  return { ...doc, source: sourceLabel(doc.source) };
}

export function searchDocuments(store: Store, q: SearchQuery): Promise<SearchHit[]> {
  return store.search(paged(q));
}
