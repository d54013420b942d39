// Every line of the knowledge base names the documents it rests on.
import { countryOf } from '../../extract/gazetteer.js';
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

const countries = new Map<string, string | undefined>();
/** countryOf, remembered: merging compares the same few codes many times. */
function country(code: string): string | undefined {
  if (!countries.has(code)) countries.set(code, countryOf(code));
  return countries.get(code);
}

/** Two party codes are one side: equal, or a region and its own country. */
export function sameSide(a: string, b: string): boolean {
  return a === b || country(a) === b || country(b) === a;
}

/** Every party of the smaller list is a side of the larger one. */
export function actorsMatch(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return false;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((x) => large.some((y) => sameSide(x, y)));
}

export const actorsOf = (it: StoredItem): string[] => (Array.isArray(it.payload.actors) ? (it.payload.actors as string[]) : []);
