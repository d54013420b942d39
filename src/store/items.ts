// Fact items as the knowledge base keeps them: a stable key per item (so that curation survives
// re-extraction), curation applied to a facts record, and the projection rows of one document.
// Pure functions: the store writes the rows, the read side and the use cases share the keys.
import type { FactsRecord } from '../core/facts.js';
import { countryOf } from '../extract/gazetteer.js';

export const ITEM_LISTS = ['people', 'events', 'agreements', 'flows', 'figures', 'plans', 'sectors'] as const;
export type ItemList = (typeof ITEM_LISTS)[number];

export const CURATION_ACTIONS = ['confirm', 'reject', 'correct'] as const;
export type CurationAction = (typeof CURATION_ACTIONS)[number];

export interface Curation {
  /** `doc|list|content key` of the machine item the decision is about. */
  key: string;
  doc: string;
  list: ItemList;
  action: CurationAction;
  /** The corrected item (correct only). */
  item?: unknown;
  by?: string | null;
}

/** A projection row: one fact item and the parties it names. */
export interface ItemRow {
  id: string;
  doc: string;
  list: ItemList;
  idx: number;
  key: string;
  kind: string;
  /** Best date of the item: an event's date, an agreement's or plan's year, else the document's date. */
  date: string | null;
  published: string | null;
  cluster: string;
  curation: 'confirmed' | 'corrected' | null;
  payload: Record<string, unknown>;
  parties: { party: string; country: string }[];
}

type Item = Record<string, unknown>;
const sorted = (codes: unknown) => (Array.isArray(codes) ? [...(codes as string[])].sort().join(',') : '');
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/**
 * What identifies an item within its document and survives re-extraction: the kind and the
 * parties plus the one or two fields that tell look-alike items apart. Evidence offsets are left
 * out on purpose (a better cleaner would shift them).
 */
export function contentKey(list: ItemList, item: unknown): string {
  if (typeof item === 'string') return item;
  const i = item as Item;
  switch (list) {
    case 'people':
      return str(i.name).toLowerCase().replace(/\s+/g, ' ').trim();
    case 'events':
      return `${str(i.type)}|${sorted(i.actors)}|${str(i.date)}`;
    case 'agreements':
      return `${str(i.kind)}|${sorted(i.actors)}|${str(i.status)}|${str(i.year)}`;
    case 'flows':
      return `${str(i.from)}>${str(i.to)}|${sorted(i.goods)}`;
    case 'figures':
      return `${str(i.metric)}|${sorted(i.actors)}|${str(i.value)}|${str(i.change_pct)}`;
    case 'plans':
      return `${str(i.kind)}|${sorted(i.actors)}|${str(i.year)}`;
    case 'sectors':
      return str(item);
  }
}

/** Keys of a list's items, look-alikes within one document numbered apart (`#2`, `#3`...). */
export function itemKeys(doc: string, list: ItemList, items: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = `${doc}|${list}|${contentKey(list, item)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

export interface CuratedRecord {
  record: FactsRecord;
  /** Per list, the machine key of each item served and its curation mark. */
  marks: Record<ItemList, { key: string; curation: 'confirmed' | 'corrected' | null }[]>;
}

/** The record as served: rejected items dropped, corrected ones replaced, confirmed ones marked. */
export function applyCuration(record: FactsRecord, curations: readonly Curation[]): CuratedRecord {
  const byKey = new Map(curations.map((c) => [c.key, c]));
  const out: FactsRecord = { ...record };
  const marks = {} as CuratedRecord['marks'];
  for (const list of ITEM_LISTS) {
    const items = (record[list] ?? []) as unknown[];
    const keys = itemKeys(record.doc, list, items);
    const kept: unknown[] = [];
    marks[list] = [];
    items.forEach((item, i) => {
      const c = byKey.get(keys[i]!);
      if (c?.action === 'reject') return;
      kept.push(c?.action === 'correct' ? c.item : item);
      marks[list].push({ key: keys[i]!, curation: c?.action === 'correct' ? 'corrected' : c?.action === 'confirm' ? 'confirmed' : null });
    });
    (out as unknown as Record<string, unknown[]>)[list] = kept;
  }
  return { record: out, marks };
}

function partiesOf(list: ItemList, item: Item | string, docActors: string[]): string[] {
  if (typeof item === 'string') return docActors; // a sector concerns the document's parties
  if (list === 'flows') return [str(item.from), str(item.to)].filter(Boolean);
  if (list === 'people') return item.actor ? [str(item.actor)] : [];
  return Array.isArray(item.actors) ? (item.actors as string[]) : [];
}

function dateOf(list: ItemList, item: Item | string, published: string | null): string | null {
  if (typeof item === 'string') return published;
  if (list === 'events' && item.date) return str(item.date);
  if ((list === 'agreements' || list === 'plans') && item.year) return str(item.year);
  return published;
}

function kindOf(list: ItemList, item: Item | string): string {
  if (typeof item === 'string') return item;
  return str(item.type ?? item.kind ?? item.metric ?? item.role ?? list);
}

/** The projection rows of one document's (curated) facts. */
export function projectRecord(curated: CuratedRecord, cluster: string): ItemRow[] {
  const { record, marks } = curated;
  const rows: ItemRow[] = [];
  for (const list of ITEM_LISTS) {
    ((record[list] ?? []) as (Item | string)[]).forEach((item, idx) => {
      const { evidence: _evidence, ...payload } = typeof item === 'string' ? { sector: item, actors: record.actors } : (item as Item);
      const parties = [...new Set(partiesOf(list, item, record.actors))];
      rows.push({
        id: `${record.doc}#${list}#${idx}`,
        doc: record.doc,
        list,
        idx,
        key: marks[list][idx]!.key,
        kind: kindOf(list, item),
        date: dateOf(list, item, record.published),
        published: record.published,
        cluster,
        curation: marks[list][idx]!.curation,
        payload,
        parties: parties.map((party) => ({ party, country: countryOf(party) ?? party })),
      });
    });
  }
  return rows;
}
