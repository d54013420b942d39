// What happened, once however many sources tell it: events merged across documents, agreements
// and figures merged alike, and commitments (plans and planned agreements) followed to their
// fulfilment. Pure functions over projected items.
import type { StoredItem } from '../../store/knowledge.js';
import { agreementComponents, cmp, eventComponents, UnionFind } from '../../store/units.js';
import { actorsMatch, actorsOf, sourcesOf, type Source } from './sources.js';

export { closeDates, cmp } from '../../store/units.js';

export interface KbEvent {
  id: string;
  type: string;
  actors: string[];
  date: string | null;
  place: string | null;
  sources: Source[];
}

export interface KbAgreement {
  id: string;
  kind: string;
  actors: string[];
  status: 'signed' | 'planned';
  year: number | null;
  until: number | null;
  sources: Source[];
}

export interface Commitment {
  id: string;
  kind: string;
  /** `plans` or `agreements` (a planned agreement). */
  list: 'plans' | 'agreements';
  actors: string[];
  year: number | null;
  status: 'open' | 'fulfilled' | 'overdue';
  fulfilledBy?: { id: string; type: string; date: string | null; sources: Source[] };
  sources: Source[];
}

const union = (lists: string[][]) => [...new Set(lists.flat())].sort();

/**
 * Event reports merged into events by the store's relation (store/units.ts: one type, sides
 * that agree, dates close or one story), each once, newest first.
 */
export function mergeEvents(items: readonly StoredItem[]): KbEvent[] {
  const events = items.filter((i) => i.list === 'events');
  return eventComponents(events)
    .map((members) => {
      const group = members.map((i) => events[i]!);
      const dates = group.map((g) => g.payload.date as string | null).filter((d): d is string => !!d);
      return {
        id: group[0]!.id,
        type: group[0]!.kind,
        actors: union(group.map(actorsOf)),
        // The most precise date any source gives.
        date: dates.sort((a, b) => b.length - a.length || cmp(a, b))[0] ?? null,
        place: (group.map((g) => g.payload.place).find(Boolean) as string | undefined) ?? null,
        sources: sourcesOf(group),
      };
    })
    .sort((a, b) => cmp(b.date ?? b.sources[0]?.published ?? '', a.date ?? a.sources[0]?.published ?? ''));
}

function groups(items: StoredItem[], uf: UnionFind): StoredItem[][] {
  const out = new Map<number, StoredItem[]>();
  items.forEach((it, i) => {
    const root = uf.find(i);
    const group = out.get(root);
    if (group) group.push(it);
    else out.set(root, [it]);
  });
  return [...out.values()];
}

/** Items that say the same thing (by `same`) merged, in the order first met. */
function mergeBy(items: StoredItem[], key: (it: StoredItem) => string, same: (a: StoredItem, b: StoredItem) => boolean): StoredItem[][] {
  const uf = new UnionFind(items.length);
  const byKey = new Map<string, number[]>();
  items.forEach((it, i) => {
    const k = key(it);
    const peers = byKey.get(k) ?? [];
    const peer = peers.find((j) => same(items[j]!, it));
    if (peer === undefined) peers.push(i);
    else uf.union(peer, i);
    byKey.set(k, peers);
  });
  return groups(items, uf);
}

/** Agreements merged by the store's relation (store/units.ts): one kind, status and year, sides that agree. */
export function mergeAgreements(items: readonly StoredItem[]): KbAgreement[] {
  const agreements = items.filter((i) => i.list === 'agreements');
  return agreementComponents(agreements)
    .map((members) => members.map((i) => agreements[i]!))
    .map((group) => {
      const p = group[0]!.payload;
      return {
        id: group[0]!.id,
        kind: group[0]!.kind,
        actors: union(group.map(actorsOf)),
        status: p.status as 'signed' | 'planned',
        year: (p.year as number | null) ?? null,
        until: (group.map((g) => g.payload.until).find((u) => u != null) as number | undefined) ?? null,
        sources: sourcesOf(group),
      };
    })
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || cmp(a.kind, b.kind));
}

export interface KbFigure {
  id: string;
  metric: string;
  actors: string[];
  value: number | null;
  unit: string | null;
  change_pct: number | null;
  period: string | null;
  published: string | null;
  sources: Source[];
}

/** Figures over time: one number told by several sources (value within 2%) is one line. */
export function mergeFigures(items: readonly StoredItem[]): KbFigure[] {
  const figures = items.filter((i) => i.list === 'figures');
  const near = (x: unknown, y: unknown) =>
    x === y || (typeof x === 'number' && typeof y === 'number' && Math.abs(x - y) <= 0.02 * Math.max(Math.abs(x), Math.abs(y)));
  return mergeBy(
    figures,
    (it) => `${it.kind}|${String(it.payload.unit)}|${String(it.payload.period)}`,
    (a, b) =>
      near(a.payload.value, b.payload.value) && near(a.payload.change_pct, b.payload.change_pct) && actorsMatch(actorsOf(a), actorsOf(b)),
  )
    .map((group) => {
      const p = group[0]!.payload;
      const sources = sourcesOf(group);
      return {
        id: group[0]!.id,
        metric: group[0]!.kind,
        actors: union(group.map(actorsOf)),
        value: (p.value as number | null) ?? null,
        unit: (p.unit as string | null) ?? null,
        change_pct: (p.change_pct as number | null) ?? null,
        period: (p.period as string | null) ?? null,
        published: sources[0]?.published ?? null,
        sources,
      };
    })
    .sort((a, b) => cmp(a.period ?? a.published ?? '', b.period ?? b.published ?? ''));
}

/** What fulfils a plan of each kind: event types, and whether a signed agreement does too. */
const FULFILS: Record<string, { events: string[]; agreement: boolean }> = {
  visit: { events: ['visit'], agreement: false },
  business_mission: { events: ['visit'], agreement: false },
  meeting: { events: ['meeting'], agreement: false },
  event: { events: ['forum'], agreement: false },
  project: { events: ['signing'], agreement: true },
  other: { events: ['meeting', 'visit', 'forum', 'signing'], agreement: true },
};

const yearOf = (d: string | null | undefined) => (d ? Number(d.slice(0, 4)) : null);

interface Fulfilment {
  id: string;
  type: string;
  date: string | null;
  sources: Source[];
  actors: string[];
}

/** The first fulfilment after `since`, in or before `year`, of the same parties (a binary search to `since`). */
function earliest(sorted: readonly Fulfilment[], since: string, year: number | null, actors: readonly string[]): Fulfilment | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.date! <= since) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length; i++) {
    const f = sorted[i]!;
    if (year !== null && yearOf(f.date)! > year) return undefined;
    if (actorsMatch(actors, f.actors)) return f;
  }
  return undefined;
}

/**
 * Every plan and planned agreement, merged across sources, as open, fulfilled (a later event or
 * signed agreement of the same parties, in or before the planned year) or overdue (its year has
 * passed by `today` with no match).
 */
export function commitments(
  items: readonly StoredItem[],
  events: readonly KbEvent[],
  agreements: readonly KbAgreement[],
  today: string,
): Commitment[] {
  const candidates = items.filter((i) => i.list === 'plans' || (i.list === 'agreements' && i.payload.status === 'planned'));
  const todayYear = yearOf(today)!;
  // Fulfilments by kind, oldest first: each commitment looks only past its own first report.
  const byKind = new Map<string, Fulfilment[]>();
  const add = (kind: string, f: Fulfilment) => {
    if (!f.date) return;
    const same = byKind.get(kind);
    if (same) same.push(f);
    else byKind.set(kind, [f]);
  };
  for (const e of events)
    add(`event:${e.type}`, {
      id: e.id,
      type: e.type,
      date: e.date ?? e.sources[0]?.published ?? null,
      sources: e.sources,
      actors: e.actors,
    });
  for (const a of agreements)
    if (a.status === 'signed') {
      const f = { id: a.id, type: a.kind, date: a.sources[0]?.published ?? null, sources: a.sources, actors: a.actors };
      add(`agreement:${a.kind}`, f);
      add('agreement:*', f);
    }
  for (const list of byKind.values()) list.sort((a, b) => cmp(a.date!, b.date!));
  return mergeBy(
    candidates,
    (it) => `${it.list}|${it.kind}|${String(it.payload.year ?? '')}`,
    (a, b) => actorsMatch(actorsOf(a), actorsOf(b)),
  )
    .map((group): Commitment => {
      const first = group[0]!;
      const sources = sourcesOf(group);
      const since = sources[0]?.published ?? '';
      const actors = union(group.map(actorsOf));
      const year = (first.payload.year as number | null) ?? null;
      const rule = first.list === 'plans' ? (FULFILS[first.kind] ?? FULFILS.other!) : { events: [], agreement: false };
      const kinds = [
        ...rule.events.map((t) => `event:${t}`),
        ...(first.list === 'agreements' ? [`agreement:${first.kind}`] : rule.agreement ? ['agreement:*'] : []),
      ];
      const found = kinds.map((k) => earliest(byKind.get(k) ?? [], since, year, actors)).filter((f) => f !== undefined);
      const match = found.sort((a, b) => cmp(a.date!, b.date!))[0];
      const status = match ? 'fulfilled' : year !== null && year < todayYear ? 'overdue' : 'open';
      return {
        id: first.id,
        kind: first.kind,
        list: first.list as Commitment['list'],
        actors,
        year,
        status,
        ...(match ? { fulfilledBy: { id: match.id, type: match.type, date: match.date, sources: match.sources } } : {}),
        sources,
      };
    })
    .sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || cmp(a.kind, b.kind));
}
