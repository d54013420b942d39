// The HTTP API as the web app sees it: typed fetches, and the editor's token from sessionStorage.
import type { FactsRecord } from '../core/facts.js';

export type { FactsRecord };

export interface DocumentSummary {
  id: string;
  source: string;
  title: string | null;
  published: string | null;
  lang: string;
  cluster: string;
}
export interface StoredDocument extends DocumentSummary {
  url: string | null;
  text: string;
  facts: FactsRecord | null;
}
export interface SearchHit extends DocumentSummary {
  snippet: string;
  score: number;
}
export interface SearchResult {
  items: SearchHit[];
  /** Counts by value; absent from a server without the knowledge base. */
  facets?: Record<'party' | 'type' | 'sector' | 'lang', Record<string, number>>;
  facts?: { doc: string; list: string; item: Record<string, unknown> }[];
}
export interface Source {
  doc: string;
  title: string | null;
  published: string | null;
  url: string | null;
}
export interface Overview {
  counts: Record<'documents' | 'events' | 'agreements' | 'flows' | 'people' | 'parties', number>;
  latestEvents: { id?: string; type: string; actors: string[]; date: string | null; place?: string | null; sources?: Source[] }[];
  topPairs: { a: string; b: string; weight: number }[];
  activityByMonth: { month: string; count: number }[];
}
export interface Party {
  code: string;
  type: string;
  country: string;
  names: { ru: string[]; en: string[] };
  lat: number | null;
  lon: number | null;
}
/** Lines of a dossier asked with `sources=N` carry the newest N sources and `sourceCount`. */
export interface Dossier {
  parties: Party[];
  timeline: {
    id: string;
    type: string;
    actors: string[];
    date: string | null;
    place: string | null;
    sources: Source[];
    sourceCount?: number;
  }[];
  agreements: {
    id: string;
    kind: string;
    actors: string[];
    status: string;
    year: number | null;
    until: number | null;
    sources: Source[];
    sourceCount?: number;
  }[];
  flows: {
    from: string;
    to: string;
    chapter: string;
    chapterName: { en: string | null; ru: string | null };
    sources: Source[];
    sourceCount?: number;
  }[];
  figures: {
    id: string;
    metric: string;
    actors: string[];
    value: number | null;
    unit: string | null;
    change_pct: number | null;
    period: string | null;
    published: string | null;
    sources: Source[];
    sourceCount?: number;
  }[];
  sectors: { sector: string; count: number; sources: Source[]; sourceCount?: number }[];
  people: Person[];
  commitments: {
    id: string;
    kind: string;
    actors: string[];
    year: number | null;
    status: 'open' | 'fulfilled' | 'overdue';
    sources: Source[];
    sourceCount?: number;
  }[];
}
export interface Graph {
  nodes: { id: string; label: string; type: string; lat: number | null; lon: number | null; weight: number }[];
  edges: { source: string; target: string; weight: number; kinds: Record<string, number> }[];
}
export interface Person {
  id: string;
  name: string;
  aliases: string[];
  role: string | null;
  party: string | null;
  sources: Source[];
  sourceCount?: number;
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
  if (init.body) headers.set('content-type', 'application/json');
  const res = await fetch(path, { ...init, headers });
  const body = (await res.json().catch(() => null)) as { error?: string } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error ?? res.statusText);
  return body as T;
}

export const post = <T>(path: string, body: unknown = {}) => request<T>(path, { method: 'POST', body: JSON.stringify(body) });
