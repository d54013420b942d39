// The HTTP API as the web app sees it: typed fetches, and the editor's token from sessionStorage.
// The server's own types, type-only: what the routes serialize, so a change on one side fails the
// build of the other. Nothing of the server's code reaches the bundle.
import type { FactsRecord } from '../core/facts.js';
import type { DocumentWithFacts } from '../query/documents.js';
import type { PersonEntity } from '../query/knowledge/people.js';
import type { Dossier, FacetedSearch, Graph, Overview, PartyInfo } from '../query/knowledge/queries.js';
import type { Source } from '../query/knowledge/sources.js';
import type { DocumentSummary, SearchHit } from '../store/store.js';
import type { SourceRecord, WatchlistRecord } from '../store/monitor.js';
import type { Alert } from '../query/alert.js';

export type { Dossier, DocumentSummary, FactsRecord, Graph, Overview, SearchHit, Source };
export type StoredDocument = DocumentWithFacts;
export type SearchResult = FacetedSearch;
export type Party = PartyInfo;
export type Person = PersonEntity;
export type { Alert };
export type FollowedSource = SourceRecord;
/** As GET /watchlists serves it (app/watchlists.ts PublicWatchlist): the secret left out, alert counts added. */
export type Watchlist = Omit<WatchlistRecord, 'secret'> & { description: string; alerts: number; newAlerts: number };
export interface Inbox {
  watchlist: Watchlist;
  alerts: Alert[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'coopgraph.token';
export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (value: string) => sessionStorage.setItem(TOKEN_KEY, value),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** A query string from the defined, non-empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const t = token.get();
  if (t) headers.set('authorization', `Bearer ${t}`);
  if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
  const res = await fetch(path, { ...init, headers });
  const body = (await res.json().catch(() => null)) as { error?: string } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error ?? res.statusText);
  return body as T;
}

export const post = <T>(path: string, body: unknown = {}) => request<T>(path, { method: 'POST', body: JSON.stringify(body) });

export const remove = <T>(path: string) => request<T>(path, { method: 'DELETE' });
