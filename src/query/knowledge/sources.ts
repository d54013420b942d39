// Every line of the knowledge base names the documents it rests on.
import type { StoredItem } from '../../store/knowledge.js';

export interface Source {
  doc: string;
  title: string | null;
  published: string | null;
  url: string | null;
}

/** The documents behind some items, once each, oldest first. */
export function sourcesOf(items: readonly StoredItem[]): Source[] {
  const byDoc = new Map<string, Source>();
  for (const it of items) byDoc.set(it.doc, { doc: it.doc, title: it.title, published: it.published, url: it.url });
  const keyed = [...byDoc.values()].map((s) => [`${s.published ?? ''}|${s.doc}`, s] as const);
  return keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, s]) => s);
}

export { actorsMatch, actorsOf, sameSide } from '../../store/units.js';
