// Watchlists' alerts: documents stored after a watchlist was made whose facts answer its question,
// each with the items that matched; and the Atom feed of them. Read-side only.
import { XMLBuilder } from 'fast-xml-parser';
import { countryOf } from '../extract/gazetteer.js';
import type { StoredItem } from '../store/knowledge.js';
import type { WatchlistRecord, WatchQuery } from '../store/monitor.js';
import { queryStems } from '../store/snippet.js';
import type { Store } from '../store/store.js';
import { stem, words } from '../text/normalize.js';
import type { Alert } from './alert.js';

export type { Alert, AlertItem } from './alert.js';

/** Documents looked at per request: the newest stored after the watchlist was made. */
export const ALERT_WINDOW = 500;

const str = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));

export function itemParties(item: Pick<StoredItem, 'list' | 'payload'>): string[] {
  const p = item.payload;
  if (item.list === 'flows') return [str(p.from), str(p.to)].filter(Boolean);
  if (item.list === 'people') return p.actor ? [str(p.actor)] : [];
  return Array.isArray(p.actors) ? (p.actors as unknown[]).map(str) : [];
}

/** A party stands for itself and, when it is a country, for its regions. */
function names(parties: readonly string[], code: string): boolean {
  const c = code.toUpperCase();
  return parties.some((p) => p.toUpperCase() === c || (countryOf(p) ?? '').toUpperCase() === c);
}

/** The item conditions of a question, one per field given (type, kind, sector, person). */
function conditions(q: WatchQuery): ((i: StoredItem) => boolean)[] {
  const out: ((i: StoredItem) => boolean)[] = [];
  if (q.type) out.push((i) => i.list === 'events' && i.kind === q.type);
  if (q.kind) out.push((i) => i.list === 'agreements' && i.kind === q.kind);
  if (q.sector) out.push((i) => i.list === 'sectors' && i.kind === q.sector);
  if (q.person) {
    const wanted = q.person.toLowerCase();
    out.push((i) => i.list === 'people' && str(i.payload.name).toLowerCase().includes(wanted));
  }
  return out;
}

/**
 * The items of one document that answer the question, or null when the document does not. The
 * party (and the second party) must be named by each matching item; each of type, kind, sector
 * and person needs an item of its own; words must all occur in the document (stemmed, as search).
 */
export function matchDocument(q: WatchQuery, items: readonly StoredItem[], text: string): StoredItem[] | null {
  if (q.words) {
    const have = new Set(words(text).map((w) => stem(w)));
    for (const s of queryStems(q.words)) if (!have.has(s)) return null;
  }
  const scoped = items.filter((i) => {
    const parties = itemParties(i);
    return (!q.party || names(parties, q.party)) && (!q.with || names(parties, q.with));
  });
  const needs = conditions(q);
  if (needs.length === 0) {
    if (!q.party && !q.with) return q.words ? [] : null;
    return scoped.length ? scoped : null;
  }
  const matched = new Set<StoredItem>();
  for (const need of needs) {
    const hits = scoped.filter(need);
    if (hits.length === 0) return null;
    hits.forEach((h) => matched.add(h));
  }
  return [...matched];
}

export function itemSummary(i: Pick<StoredItem, 'list' | 'kind' | 'date' | 'payload'>): string {
  const parties = itemParties(i as StoredItem);
  const who = i.list === 'flows' ? parties.join(' → ') : parties.join(' – ');
  const what = i.list === 'people' ? `${str(i.payload.name)} (${i.kind})` : i.kind;
  return [`${i.list === 'people' ? 'person' : what}:`, i.list === 'people' ? what : '', who, i.date ? `(${i.date})` : '']
    .filter(Boolean)
    .join(' ');
}

/** A watchlist's alerts, newest stored first. */
export async function watchlistAlerts(store: Store, w: WatchlistRecord, limit = ALERT_WINDOW): Promise<Alert[]> {
  const docs = await store.monitor.documentsIngestedAfter(w.createdAt, Math.min(limit, ALERT_WINDOW));
  if (docs.length === 0) return [];
  const items = await store.knowledge.items({ docs: docs.map((d) => d.id) });
  const byDoc = new Map<string, StoredItem[]>();
  for (const i of items) byDoc.set(i.doc, [...(byDoc.get(i.doc) ?? []), i]);
  const alerts: Alert[] = [];
  for (const d of docs) {
    const matched = matchDocument(w.query, byDoc.get(d.id) ?? [], `${d.title ?? ''}\n${d.text}`);
    if (!matched) continue;
    alerts.push({
      doc: d.id,
      title: d.title,
      url: d.url,
      published: d.published,
      ingestedAt: d.ingestedAt,
      isNew: d.ingestedAt > w.seenAt,
      items: matched.map((i) => ({
        list: i.list,
        kind: i.kind,
        parties: itemParties(i),
        date: i.date,
        name: i.list === 'people' ? str(i.payload.name) : null,
        summary: itemSummary(i),
      })),
    });
  }
  return alerts;
}

/** The question in words: `RU-ALT with KZ, meeting, "зерно"`. */
export function describeQuery(q: WatchQuery): string {
  return [
    q.party && (q.with ? `${q.party} with ${q.with}` : q.party),
    !q.party && q.with,
    q.type,
    q.kind,
    q.sector,
    q.person,
    q.words && `"${q.words}"`,
  ]
    .filter(Boolean)
    .join(', ');
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, suppressEmptyNode: true });

/** The alerts as an Atom 1.0 feed; `base` is the server's address (links to the web app and the API). */
export function alertsAtom(w: WatchlistRecord, alerts: readonly Alert[], base: string): string {
  const self = `${base}/watchlists/${encodeURIComponent(w.id)}/feed.atom`;
  const feed = {
    '?xml': { '@version': '1.0', '@encoding': 'utf-8' },
    feed: {
      '@xmlns': 'http://www.w3.org/2005/Atom',
      id: `urn:coopgraph:watchlist:${w.id}`,
      title: `coopgraph: ${w.name}`,
      subtitle: describeQuery(w.query),
      updated: alerts[0]?.ingestedAt ?? w.createdAt,
      link: [{ '@rel': 'self', '@href': self }],
      entry: alerts.map((a) => ({
        id: `urn:coopgraph:watchlist:${w.id}:${a.doc}`,
        title: a.title ?? a.doc,
        updated: a.ingestedAt,
        ...(a.published ? { published: `${a.published}T00:00:00Z` } : {}),
        link: [{ '@rel': 'alternate', '@href': a.url ?? `${base}/doc/${encodeURIComponent(a.doc)}` }],
        summary: a.items.map((i) => i.summary).join('\n') || a.title || a.doc,
      })),
    },
  };
  return builder.build(feed) as string;
}
