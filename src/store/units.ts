// Relation units: each thing said about a relation, once however many sources tell it. An event
// is the set of event reports linked by the merge relation below (its connected component), an
// agreement likewise, and a flow, figure or plan is one per story cluster. The relation is pure
// and symmetric, so a unit does not depend on the order its reports arrived in: the store assigns
// each new report to its unit at ingest (store/tallies.ts) and the read side merges a party's
// reports in memory (query/knowledge/events.ts) by the same functions.
import { countryOf } from '../extract/gazetteer.js';
import type { ItemList } from './items.js';

/** What the relation reads of an item. */
export interface UnitItem {
  id: string;
  doc: string;
  list: ItemList;
  kind: string;
  cluster: string;
  published: string | null;
  payload: Record<string, unknown>;
}

export const RELATION_LISTS: ItemList[] = ['events', 'agreements', 'flows', 'figures', 'plans'];
/** How much an item says about a relation: things done weigh more than numbers and intentions. */
export const WEIGHTS: Record<string, number> = { events: 3, agreements: 3, flows: 2, figures: 1, plans: 1 };

/** Plain code-unit order: dates and codes need no locale, and localeCompare is slow in bulk. */
export const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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

export const actorsOf = (it: { payload: Record<string, unknown> }): string[] =>
  Array.isArray(it.payload.actors) ? (it.payload.actors as string[]) : [];

/** Every party an item names: actors, both ends of a flow, a person's party. */
export function partiesOfItem(it: { list: ItemList; payload: Record<string, unknown> }): string[] {
  if (it.list === 'flows') return [String(it.payload.from), String(it.payload.to)];
  if (it.list === 'people') return it.payload.actor ? [String(it.payload.actor)] : [];
  return actorsOf(it);
}

export class UnionFind {
  readonly #parent: number[];
  constructor(n: number) {
    this.#parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.#parent[i] !== i) i = this.#parent[i] = this.#parent[this.#parent[i]!]!;
    return i;
  }
  union(a: number, b: number): void {
    const [x, y] = [this.find(a), this.find(b)];
    if (x !== y) this.#parent[Math.max(x, y)] = Math.min(x, y);
  }
}

const DAY = 86_400_000;
const days = new Map<string, number>();

/** Days from the epoch to the first day a YYYY[-MM[-DD]] date can mean (remembered: Date.parse is slow in bulk). */
function dayOf(d: string): number {
  let n = days.get(d);
  if (n === undefined) days.set(d, (n = Date.parse(d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d) / DAY));
  return n;
}

export function dateOfDay(n: number): string {
  return new Date(n * DAY).toISOString().slice(0, 10);
}

/** The days of a month, as the keys day-level events are filed under. */
export function daysOf(month: string): string[] {
  const first = dayOf(`${month}-01`);
  return Array.from({ length: 31 }, (_, k) => dateOfDay(first + k)).filter((d) => d.startsWith(month));
}

/** Dates of one happening: days within 3, the same month where one gives only a month, the same year where both give only a year. */
export function closeDates(a: string, b: string): boolean {
  if (a.length === 10 && b.length === 10) return Math.abs(dayOf(a) - dayOf(b)) <= 3;
  if (a.length === 4 || b.length === 4) return a.length === b.length && a === b;
  return a.slice(0, 7) === b.slice(0, 7);
}

/** The date an event report gives, else its document's. */
export const eventDate = (it: UnitItem) => (it.payload.date as string | null | undefined) ?? it.published;

/**
 * The dates an event of date `d` can be one happening with (closeDates): a day's week around it
 * and its month, a month's days and itself, a year itself. What the store looks up at ingest.
 */
export function eventWindow(d: string): { dates: string[]; monthPrefix?: string } {
  if (d.length === 10) {
    const day = dayOf(d);
    return { dates: [d.slice(0, 7), ...[-3, -2, -1, 0, 1, 2, 3].map((k) => dateOfDay(day + k))] };
  }
  if (d.length === 7) return { dates: [d], monthPrefix: `${d}-` };
  return { dates: [d] };
}

/**
 * Event reports of one type are one event when (a) one story cluster tells both and their
 * parties agree (a region matches its own country), whatever their dates, (b) they are alike to the letter (parties and date), or (c) their dates are close and
 * their parties agree (a region matches its own country). The groups are the connected
 * components, each listed in the order its members were given.
 */
export function eventComponents(events: readonly UnitItem[]): number[][] {
  const dates = events.map(eventDate);
  const actors = events.map(actorsOf);
  const uf = new UnionFind(events.length);
  // (a) Within a story, each distinct set of parties once: a story's reports are few.
  const byStory = new Map<string, number[]>();
  events.forEach((a, i) => {
    const story = `${a.kind}|${a.cluster}`;
    const peers = byStory.get(story);
    if (!peers) return void byStory.set(story, [i]);
    for (const j of peers) if (actorsMatch(actors[i]!, actors[j]!)) uf.union(j, i);
    if (!peers.some((j) => actors[j]!.join(',') === actors[i]!.join(','))) peers.push(i);
  });
  // (b) Reports alike to the letter are one at once; only one of them takes part in (c).
  const alike = new Map<string, number>();
  const dated: number[] = [];
  events.forEach((a, i) => {
    if (!dates[i]) return;
    const key = `${a.kind}|${actors[i]!.join(',')}|${dates[i]}`;
    const first = alike.get(key);
    if (first === undefined) {
      alike.set(key, i);
      dated.push(i);
    } else uf.union(first, i);
  });
  // (c) Candidates meet in buckets of type, country and date (a day, a month or a year), so a
  // store of many thousand events compares each only with the few near it.
  const buckets = new Map<string, number[]>();
  const keysOf = (i: number, grain: (d: string) => string[]) => {
    const codes = [...new Set(actors[i]!.map((c) => c.split('-')[0]!))];
    return grain(dates[i]!).flatMap((g) => codes.map((c) => `${events[i]!.kind}|${c}|${g}`));
  };
  // An event is filed under its own grain; it looks for others at every grain it could match.
  const filed = (d: string) => [d.length === 10 ? d : d.length === 7 ? `m${d}` : `y${d}`];
  const sought = (d: string) => {
    if (d.length === 4) return [`y${d}`];
    if (d.length === 7) return [`m${d}`, ...daysOf(d)];
    const day = dayOf(d);
    return [`m${d.slice(0, 7)}`, ...[-3, -2, -1, 0, 1, 2, 3].map((k) => dateOfDay(day + k))];
  };
  for (const i of dated)
    for (const key of keysOf(i, filed)) {
      const list = buckets.get(key) ?? [];
      list.push(i);
      buckets.set(key, list);
    }
  for (const i of dated)
    for (const key of keysOf(i, sought))
      for (const j of buckets.get(key) ?? []) {
        if (j === i || uf.find(i) === uf.find(j)) continue;
        if (closeDates(dates[i]!, dates[j]!) && actorsMatch(actors[i]!, actors[j]!)) uf.union(i, j);
      }
  return components(events.length, uf);
}

/** The relation of eventComponents between two reports: what the store checks a newcomer against. */
export function eventsLinked(a: UnitItem, b: UnitItem): boolean {
  if (a.kind !== b.kind) return false;
  const [xa, xb] = [actorsOf(a), actorsOf(b)];
  if (a.cluster === b.cluster && actorsMatch(xa, xb)) return true;
  const [da, db] = [eventDate(a), eventDate(b)];
  if (!da || !db) return false;
  if (da === db && xa.join(',') === xb.join(',')) return true;
  const codes = new Set(xa.map((c) => c.split('-')[0]!));
  return xb.some((c) => codes.has(c.split('-')[0]!)) && closeDates(da, db) && actorsMatch(xa, xb);
}

/** The relation of agreementComponents between two reports. */
export const agreementsLinked = (a: UnitItem, b: UnitItem) => agreementKey(a) === agreementKey(b) && actorsMatch(actorsOf(a), actorsOf(b));

/** What two agreements must share to be one: kind, status and year. */
export const agreementKey = (it: UnitItem) => `${it.kind}|${String(it.payload.status)}|${String(it.payload.year ?? '')}`;

/**
 * Agreements of one kind, status and year whose parties agree are one agreement (the connected
 * components; reports with the same parties are compared once).
 */
export function agreementComponents(items: readonly UnitItem[]): number[][] {
  return componentsBy(items, agreementKey, (a, b) => actorsMatch(actorsOf(a), actorsOf(b)));
}

/** Connected components of `same` among items of one `key`, distinct party lists compared once. */
export function componentsBy(
  items: readonly UnitItem[],
  key: (it: UnitItem) => string,
  same: (a: UnitItem, b: UnitItem) => boolean,
): number[][] {
  const uf = new UnionFind(items.length);
  const reps = new Map<string, Map<string, number>>();
  items.forEach((it, i) => {
    const k = key(it);
    const own = reps.get(k) ?? new Map<string, number>();
    reps.set(k, own);
    const parties = actorsOf(it).join(',');
    const twin = own.get(parties);
    if (twin !== undefined) {
      if (same(items[twin]!, it)) uf.union(twin, i);
      return;
    }
    for (const j of own.values()) if (same(items[j]!, it)) uf.union(j, i);
    own.set(parties, i);
  });
  return components(items.length, uf);
}

function components(n: number, uf: UnionFind): number[][] {
  const out = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = uf.find(i);
    const group = out.get(root);
    if (group) group.push(i);
    else out.set(root, [i]);
  }
  return [...out.values()];
}

/** A flow, figure or plan counts once per story: its cluster, list, kind and parties. */
export function storyKey(it: UnitItem): string {
  const parties = [...new Set(partiesOfItem(it))].sort();
  return `${it.cluster}|${it.list}|${it.kind}|${parties.join(',')}`;
}

/** One relation unit as the store keeps it. */
export interface Unit {
  id: string;
  list: ItemList;
  kind: string;
  /** Sorted, each once. */
  parties: string[];
  /** The smallest member id: the merged line's id. */
  first: string;
  /** When it was last reported (events, agreements), or when its story was (flows, figures, plans). */
  last: string | null;
  /** Events: the most precise date a source gives, else the first report's date (the timeline's order). */
  sort: string | null;
  size: number;
}

const sourceKey = (it: UnitItem) => `${it.published ?? ''}|${it.doc}`;

/** The unit of a group of members (one component, or one story), members in any order. */
export function unitOf(members: readonly UnitItem[]): Omit<Unit, 'id'> {
  const sorted = [...members].sort((a, b) => cmp(a.id, b.id));
  const first = sorted[0]!;
  const story = first.list !== 'events' && first.list !== 'agreements';
  const parties = [...new Set(sorted.flatMap((m) => (story ? partiesOfItem(m) : actorsOf(m))))].sort();
  const bySource = [...sorted].sort((a, b) => cmp(sourceKey(a), sourceKey(b)));
  let sort: string | null = null;
  if (first.list === 'events') {
    const dates = sorted.map((m) => m.payload.date as string | null).filter((d): d is string => !!d);
    sort = dates.sort((a, b) => b.length - a.length || cmp(a, b))[0] ?? bySource[0]!.published ?? '';
  }
  return {
    list: first.list,
    kind: first.list === 'flows' ? 'flow' : first.kind,
    parties,
    first: first.id,
    last: story ? first.published : (bySource.at(-1)!.published ?? null),
    sort,
    size: sorted.length,
  };
}

/** The graph's name for a unit's kind: an event's type, else the list's singular. */
export const graphKind = (list: string, kind: string) => (list === 'events' ? kind : list.replace(/s$/, ''));

/** Groups of relation items, as units would hold them: the whole computation, from scratch. */
export function groupUnits(items: readonly UnitItem[]): UnitItem[][] {
  const events = items.filter((i) => i.list === 'events');
  const agreements = items.filter((i) => i.list === 'agreements');
  const out = [
    ...eventComponents(events).map((g) => g.map((i) => events[i]!)),
    ...agreementComponents(agreements).map((g) => g.map((i) => agreements[i]!)),
  ];
  const stories = new Map<string, UnitItem[]>();
  for (const it of items) {
    if (it.list === 'events' || it.list === 'agreements' || !RELATION_LISTS.includes(it.list)) continue;
    const k = storyKey(it);
    const group = stories.get(k);
    if (group) group.push(it);
    else stories.set(k, [it]);
  }
  return [...out, ...stories.values()];
}
