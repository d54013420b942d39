// The knowledge base's read side, shared by the CLI and the HTTP API: parties and their partners,
// dossiers, timelines, the cooperation graph, the overview, faceted search and exports. Each
// reads only the projected items it needs (by party through the item_parties index) and merges
// them in memory (events.ts, people.ts). The answers that read the most are kept (kept.ts).
import type { FactsRecord } from '../../core/facts.js';
import { countryOf, placeByCode } from '../../extract/gazetteer.js';
import { chapterName } from '../../extract/lexicons.js';
import { applyCuration, type ItemList } from '../../store/items.js';
import type { ItemQuery, PairCount, StoredItem } from '../../store/knowledge.js';
import type { SearchHit, Store } from '../../store/store.js';
import { graphKind, partiesOfItem, RELATION_LISTS, WEIGHTS, type Unit } from '../../store/units.js';
import { MAX_LIMIT } from '../documents.js';
import {
  commitments,
  mergeAgreements,
  mergeEvents,
  mergeFigures,
  type Commitment,
  type KbAgreement,
  type KbEvent,
  type KbFigure,
} from './events.js';
import { kept } from './kept.js';
import { buildPeople, type PersonEntity } from './people.js';
import { sourcesOf, type Source } from './sources.js';

export interface PartyInfo {
  code: string;
  type: 'country' | 'region' | 'city' | 'unknown';
  country: string;
  names: { ru: string[]; en: string[] };
  lat: number | null;
  lon: number | null;
}

export function partyInfo(code: string): PartyInfo {
  const p = placeByCode(code);
  if (!p) return { code, type: 'unknown', country: countryOf(code) ?? code, names: { ru: [], en: [] }, lat: null, lon: null };
  return {
    code: p.code,
    type: p.type,
    country: p.country,
    names: { ru: p.names.ru, en: p.names.en },
    lat: p.lat ?? null,
    lon: p.lon ?? null,
  };
}

export interface Scope {
  parties: string[];
  countries: string[];
}

/** What a code covers: itself under any of its codes, and a country all of its regions. */
export function scopeOf(code: string): Scope {
  const p = placeByCode(code);
  const parties = [...new Set([code, ...(p ? [p.code, ...(p.aliases ?? [])] : [])])];
  return { parties, countries: p?.type === 'country' ? [p.code] : [] };
}

export const inScope = (party: string, s: Scope) => s.parties.includes(party) || s.countries.includes(countryOf(party) ?? '');

export { partiesOfItem, WEIGHTS };

/** One thing said about a relation, counted once however many sources tell it. */
interface RelationUnit {
  list: ItemList;
  kind: string;
  parties: string[];
  date: string | null;
}

/**
 * The relation items as units: events and agreements merged across sources (events.ts), and
 * flows, figures and plans once per story cluster.
 */
function relationUnits(items: readonly StoredItem[], events: KbEvent[] = mergeEvents(items)): RelationUnit[] {
  const units: RelationUnit[] = [
    ...events.map((e) => ({
      list: 'events' as const,
      kind: e.type,
      parties: e.actors,
      date: e.sources.at(-1)?.published ?? null,
    })),
    ...mergeAgreements(items).map((a) => ({
      list: 'agreements' as const,
      kind: a.kind,
      parties: a.actors,
      date: a.sources.at(-1)?.published ?? null,
    })),
  ];
  const seen = new Set<string>();
  for (const it of items) {
    if (it.list === 'events' || it.list === 'agreements' || !RELATION_LISTS.includes(it.list)) continue;
    const parties = [...new Set(partiesOfItem(it))].sort();
    const story = `${it.cluster}|${it.list}|${it.kind}|${parties.join(',')}`;
    if (seen.has(story)) continue;
    seen.add(story);
    units.push({ list: it.list, kind: it.list === 'flows' ? 'flow' : it.kind, parties, date: it.published });
  }
  return units;
}

export interface Partner {
  party: string;
  names: PartyInfo['names'];
  score: number;
  lastContact: string | null;
}

/**
 * Parties `code` deals with, by activity: each event and agreement once however many sources
 * tell it, flows, figures and plans once per story (the store's relation units, kept at ingest);
 * an event or agreement weighs 3, a flow 2, a figure or plan 1. A region's score also counts for
 * its country, so a country ranks at least as high as any of its regions; the code's own country
 * is left out (a region's dealings with its own state are not partnerships).
 */
export async function partners(store: Store, code: string, limit = 20): Promise<Partner[]> {
  const scope = scopeOf(code);
  const own = countryOf(code);
  const units = await store.knowledge.units({ ...scope, lists: RELATION_LISTS });
  const score = new Map<string, { score: number; last: string | null }>();
  for (const unit of units) {
    const others = new Set(unit.parties.filter((p) => !inScope(p, scope)).flatMap((p) => [p, countryOf(p) ?? p]));
    for (const p of others) {
      if (p === own || inScope(p, scope)) continue;
      const s = score.get(p) ?? { score: 0, last: null };
      s.score += WEIGHTS[unit.list] ?? 1;
      if (unit.last && (!s.last || unit.last > s.last)) s.last = unit.last;
      score.set(p, s);
    }
  }
  return [...score]
    .map(([party, s]) => ({ party, names: partyInfo(party).names, score: s.score, lastContact: s.last }))
    .sort((a, b) => b.score - a.score || a.party.localeCompare(b.party))
    .slice(0, limit);
}

export interface DossierFlow {
  from: string;
  to: string;
  chapter: string;
  chapterName: { en: string | null; ru: string | null };
  sources: Source[];
}

/** A line whose sources may have been cut to the newest few: `sourceCount` tells how many there are. */
export type Counted<T> = T & { sourceCount?: number };

export interface Dossier {
  parties: PartyInfo[];
  today: string;
  timeline: Counted<KbEvent>[];
  agreements: Counted<KbAgreement>[];
  flows: Counted<DossierFlow>[];
  figures: Counted<KbFigure>[];
  sectors: Counted<{ sector: string; count: number; sources: Source[] }>[];
  people: Counted<PersonEntity>[];
  commitments: Counted<Commitment>[];
}

export interface DossierOptions {
  /** "Today" for overdue commitments: default the newest publication date in the store. */
  today?: string;
  /**
   * At most this many sources per line (the newest), with `sourceCount` beside them: a busy
   * party's lines rest on thousands of documents, which no reader follows one by one. Such a
   * dossier is kept (kept.ts) until the knowledge changes. Default: every source, computed anew.
   */
  sources?: number;
}

/** The day commitments are judged against: given, else the newest publication in the store, else the clock. */
export async function todayOf(store: Store, today?: string): Promise<string> {
  return today ?? (await store.knowledge.newestPublished()) ?? new Date().toISOString().slice(0, 10);
}

/** Everything known about a party, or about the relation between two (each covering its regions). */
export async function dossier(store: Store, code: string, other?: string, options: DossierOptions = {}): Promise<Dossier> {
  const today = await todayOf(store, options.today);
  const n = options.sources;
  if (n === undefined) return fullDossier(store, code, other, today);
  const name = `dossier:${code}|${other ?? ''}|${today}|${n}`;
  return kept(store, name, async () => ({ [name]: capSources(await fullDossier(store, code, other, today), n) }));
}

async function fullDossier(store: Store, code: string, other: string | undefined, today: string): Promise<Dossier> {
  const scope = scopeOf(code);
  const [all, merges, aliases] = await Promise.all([store.knowledge.items(scope), store.knowledge.merges(), store.knowledge.aliases()]);
  let items = all;
  let people = all.filter((i) => i.list === 'people');
  if (other) {
    // A region's relation includes what is said of its whole country (a region matches its own country).
    const second = scopeOf(other);
    const near = { ...second, parties: [...second.parties, countryOf(other) ?? other] };
    const relation = all.filter((i) => RELATION_LISTS.includes(i.list) && partiesOfItem(i).some((p) => inScope(p, near)));
    const docs = new Set(relation.map((i) => i.doc));
    const theirs = await store.knowledge.items({ ...second, lists: ['people'], docs: [...docs] });
    items = [...relation, ...all.filter((i) => i.list === 'sectors' && docs.has(i.doc))];
    people = [...all.filter((i) => i.list === 'people' && docs.has(i.doc)), ...theirs.filter((i) => !all.some((a) => a.id === i.id))];
  }
  const timeline = mergeEvents(items);
  const agreements = mergeAgreements(items);
  return {
    parties: [code, ...(other ? [other] : [])].map(partyInfo),
    today,
    timeline,
    agreements,
    flows: flowsOf(items),
    figures: mergeFigures(items),
    sectors: sectorsOf(items),
    people: buildPeople(people, { merges, aliases }),
    commitments: commitments(items, timeline, agreements, today),
  };
}

/** Each line's sources cut to the newest `n` (still oldest first), counted in `sourceCount`. */
function capSources(d: Dossier, n: number): Dossier {
  const cap = <T extends { sources: Source[] }>(line: T): Counted<T> => ({
    ...line,
    sources: line.sources.slice(-n),
    sourceCount: line.sources.length,
  });
  return {
    ...d,
    timeline: d.timeline.map(cap),
    agreements: d.agreements.map(cap),
    flows: d.flows.map(cap),
    figures: d.figures.map(cap),
    sectors: d.sectors.map(cap),
    people: d.people.map(cap),
    commitments: d.commitments.map((c) => cap(c.fulfilledBy ? { ...c, fulfilledBy: cap(c.fulfilledBy) } : c)),
  };
}

function flowsOf(items: readonly StoredItem[]): DossierFlow[] {
  const byKey = new Map<string, StoredItem[]>();
  for (const it of items.filter((i) => i.list === 'flows'))
    for (const ch of (it.payload.goods as string[]) ?? []) {
      const key = `${String(it.payload.from)}|${String(it.payload.to)}|${ch}`;
      const group = byKey.get(key);
      if (group) group.push(it);
      else byKey.set(key, [it]);
    }
  return [...byKey]
    .map(([key, group]) => {
      const [from, to, chapter] = key.split('|') as [string, string, string];
      return {
        from,
        to,
        chapter,
        chapterName: { en: chapterName(chapter, 'en') ?? null, ru: chapterName(chapter, 'ru') ?? null },
        sources: sourcesOf(group),
      };
    })
    .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || a.chapter.localeCompare(b.chapter));
}

/** Sectors by how many stories name them (near-duplicates count once). */
function sectorsOf(items: readonly StoredItem[]) {
  const by = new Map<string, StoredItem[]>();
  for (const it of items.filter((i) => i.list === 'sectors')) {
    const group = by.get(it.kind);
    if (group) group.push(it);
    else by.set(it.kind, [it]);
  }
  return [...by]
    .map(([sector, group]) => ({ sector, count: new Set(group.map((g) => g.cluster)).size, sources: sourcesOf(group) }))
    .sort((a, b) => b.count - a.count || a.sector.localeCompare(b.sector));
}

export interface TimelineQuery {
  party?: string;
  type?: string;
  from?: string;
  to?: string;
  limit?: number;
}

/**
 * Events newest first, each once however many sources tell it (the store's event units): of a
 * party (its regions too), a type, and a span of the event's date.
 */
export async function timeline(store: Store, q: TimelineQuery = {}): Promise<KbEvent[]> {
  const units = await store.knowledge.units({
    ...(q.party ? scopeOf(q.party) : {}),
    lists: ['events'],
    kind: q.type,
    from: q.from,
    to: q.to,
    limit: Math.min(q.limit ?? 100, MAX_LIMIT * 10),
  });
  return eventsOfUnits(store, units);
}

/** The merged events of some event units, in the units' order (one read of their items). */
async function eventsOfUnits(store: Store, units: readonly Unit[]): Promise<KbEvent[]> {
  const items = await store.knowledge.items({ units: units.map((u) => u.id), lists: ['events'] });
  const byUnit = new Map<string, StoredItem[]>();
  for (const it of items) {
    const own = byUnit.get(it.unit!);
    if (own) own.push(it);
    else byUnit.set(it.unit!, [it]);
  }
  return units.flatMap((u) => mergeEvents(byUnit.get(u.id) ?? []));
}

export interface GraphQuery {
  from?: string;
  to?: string;
  kind?: string;
}

export interface Graph {
  nodes: { id: string; label: string; type: string; lat: number | null; lon: number | null; weight: number }[];
  edges: { source: string; target: string; weight: number; kinds: Record<string, number> }[];
}

/**
 * Parties as nodes, and between each two an edge weighted as partners are (each unit once),
 * counted by kind: from the pair counts the store keeps, or over a span of dates, from the items
 * of that span (kept, kept.ts).
 */
export async function graph(store: Store, q: GraphQuery = {}): Promise<Graph> {
  if (!q.from && !q.to) return graphOfPairs(await store.knowledge.pairCounts(), q.kind);
  const name = `graph?from=${q.from ?? ''}&to=${q.to ?? ''}&kind=${q.kind ?? ''}`;
  return kept(store, name, async () => ({
    [name]: graphOf(await store.knowledge.items({ lists: RELATION_LISTS, from: q.from, to: q.to }), q.kind),
  }));
}

type Edge = Graph['edges'][number];

function graphOfPairs(pairs: readonly PairCount[], only?: string): Graph {
  const edges = new Map<string, Edge>();
  for (const r of pairs) {
    if (only && r.kind !== only && r.list !== only) continue;
    const pair = `${r.a}|${r.b}`;
    const e = edges.get(pair) ?? { source: r.a, target: r.b, weight: 0, kinds: {} };
    e.weight += (WEIGHTS[r.list] ?? 1) * r.n;
    e.kinds[r.kind] = (e.kinds[r.kind] ?? 0) + r.n;
    edges.set(pair, e);
  }
  return graphOfEdges(edges);
}

/** The graph of items already read, merged here. */
function graphOf(items: readonly StoredItem[], only?: string): Graph {
  const edges = new Map<string, Edge>();
  for (const unit of relationUnits(items)) {
    const kind = graphKind(unit.list, unit.kind);
    if (only && kind !== only && unit.list !== only) continue;
    const parties = [...new Set(unit.parties)].sort();
    for (let i = 0; i < parties.length; i++)
      for (let j = i + 1; j < parties.length; j++) {
        const pair = `${parties[i]}|${parties[j]}`;
        const e = edges.get(pair) ?? { source: parties[i]!, target: parties[j]!, weight: 0, kinds: {} };
        e.weight += WEIGHTS[unit.list] ?? 1;
        e.kinds[kind] = (e.kinds[kind] ?? 0) + 1;
        edges.set(pair, e);
      }
  }
  return graphOfEdges(edges);
}

function graphOfEdges(edges: Map<string, Edge>): Graph {
  const weight = new Map<string, number>();
  for (const e of edges.values()) for (const p of [e.source, e.target]) weight.set(p, (weight.get(p) ?? 0) + e.weight);
  const nodes = [...weight].map(([id, w]) => {
    const info = partyInfo(id);
    return { id, label: info.names.en[0] ?? info.names.ru[0] ?? id, type: info.type, lat: info.lat, lon: info.lon, weight: w };
  });
  return {
    nodes: nodes.sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id)),
    edges: [...edges.values()].sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target)),
  };
}

export interface Overview {
  counts: { documents: number; events: number; agreements: number; flows: number; people: number; parties: number };
  latestEvents: KbEvent[];
  topPairs: { a: string; b: string; weight: number }[];
  activityByMonth: { month: string; count: number }[];
}

/**
 * The whole store at a glance, from what every write keeps up to date (store/tallies.ts): counts,
 * the newest events, the busiest pairs, documents per month. Costs its answer, not the store:
 * only the people count reads every distinct person name (merged across scripts here).
 */
export async function overview(store: Store): Promise<Overview> {
  const k = store.knowledge;
  const [documents, months, units, flows, parties, names, merges, aliases, g] = await Promise.all([
    k.tally('documents'),
    k.tally('month'),
    k.tally('units'),
    k.tallyKeys('flow'),
    k.tallyKeys('party'),
    k.tally('person'),
    k.merges(),
    k.aliases(),
    graph(store),
  ]);
  const perList = new Map(units.map((u) => [u.key, u.n]));
  return {
    counts: {
      documents: documents[0]?.n ?? 0,
      events: perList.get('events') ?? 0,
      agreements: perList.get('agreements') ?? 0,
      flows,
      people: buildPeople(names.map(personOfName), { merges, aliases }).length,
      parties,
    },
    latestEvents: await eventsOfUnits(store, await k.units({ lists: ['events'], limit: 10 })),
    topPairs: g.edges.slice(0, 10).map((e) => ({ a: e.source, b: e.target, weight: e.weight })),
    activityByMonth: months.map((m) => ({ month: m.key, count: m.n })),
  };
}

/** A person tally's key (name and party) as the one item buildPeople needs to count it. */
function personOfName({ key }: { key: string }): StoredItem {
  const [name, actor] = key.split('\u0001') as [string, string];
  return {
    id: key,
    doc: '',
    list: 'people',
    idx: 0,
    key,
    kind: 'person',
    date: null,
    published: null,
    cluster: '',
    curation: null,
    unit: null,
    payload: { name, actor: actor || null },
    title: null,
    url: null,
  };
}

/** Sources per line in a dossier exported as Markdown or HTML (a briefing to print), unless asked. */
export const BRIEFING_SOURCES = 10;
/** Sources per line in the dossiers the web workspace asks for (src/web/pages/dossier.tsx). */
export const PAGE_SOURCES = 5;
/** How many of the busiest parties have their dossier computed ahead. */
const DOSSIERS_AHEAD = 12;

/**
 * After a write, computes again the dossiers of the busiest parties (what the workspace's first
 * pages read), so their next reader does not wait for the merge. The overview, the graph, the
 * partners and the timeline need no refresh: every write keeps their structures current.
 */
export async function refreshKept(store: Store, signal?: AbortSignal): Promise<void> {
  const g = await graph(store);
  for (const node of g.nodes.slice(0, DOSSIERS_AHEAD)) {
    if (signal?.aborted) return;
    await dossier(store, node.id, undefined, { sources: PAGE_SOURCES });
  }
}

export interface PeopleQuery {
  party?: string;
}

export async function listPeople(store: Store, q: PeopleQuery = {}): Promise<PersonEntity[]> {
  const [items, merges, aliases] = await Promise.all([
    store.knowledge.items({ ...(q.party ? scopeOf(q.party) : {}), lists: ['people'] }),
    store.knowledge.merges(),
    store.knowledge.aliases(),
  ]);
  return buildPeople(items, { merges, aliases });
}

export interface FacetQuery {
  q: string;
  party?: string;
  type?: string;
  sector?: string;
  lang?: string;
  from?: string;
  to?: string;
  limit?: number;
}

export interface FacetedSearch {
  items: SearchHit[];
  facets: { party: Record<string, number>; type: Record<string, number>; sector: Record<string, number>; lang: Record<string, number> };
  facts: { doc: string; list: string; item: Record<string, unknown> }[];
}

const FACTS_SHOWN = 50;

/**
 * Full-text search narrowed by what the documents' facts say (party, event type, sector), with
 * facet counts over every matching document (up to the search's page limit of 500).
 */
export async function searchFaceted(store: Store, q: FacetQuery): Promise<FacetedSearch> {
  // Every hit is counted in the facets; only the page shown needs a snippet (read below).
  const hits = await store.search({ q: q.q, lang: q.lang, from: q.from, to: q.to, limit: MAX_LIMIT, snippets: 0 });
  const items = await store.knowledge.items({ docs: hits.map((h) => h.id) });
  const byDoc = new Map<string, StoredItem[]>();
  for (const it of items) {
    const own = byDoc.get(it.doc);
    if (own) own.push(it);
    else byDoc.set(it.doc, [it]);
  }
  const scope = q.party ? scopeOf(q.party) : undefined;
  const wanted = (it: StoredItem) =>
    (!scope || (it.list !== 'sectors' && partiesOfItem(it).some((p) => inScope(p, scope)))) &&
    (!q.type || (it.list === 'events' && it.kind === q.type)) &&
    (!q.sector || (it.list === 'sectors' && it.kind === q.sector));
  const ok = (doc: string) => {
    const own = byDoc.get(doc) ?? [];
    return (
      (!scope || own.some((i) => i.list !== 'sectors' && partiesOfItem(i).some((p) => inScope(p, scope)))) &&
      (!q.type || own.some((i) => i.list === 'events' && i.kind === q.type)) &&
      (!q.sector || own.some((i) => i.list === 'sectors' && i.kind === q.sector))
    );
  };
  const matching = hits.filter((h) => ok(h.id));
  const facets: FacetedSearch['facets'] = { party: {}, type: {}, sector: {}, lang: {} };
  const bump = (f: Record<string, number>, values: Iterable<string>) => {
    for (const v of values) f[v] = (f[v] ?? 0) + 1;
  };
  for (const h of matching) {
    const own = byDoc.get(h.id) ?? [];
    bump(facets.party, new Set(own.filter((i) => i.list !== 'sectors' && i.list !== 'people').flatMap(partiesOfItem)));
    bump(facets.type, new Set(own.filter((i) => i.list === 'events').map((i) => i.kind)));
    bump(facets.sector, new Set(own.filter((i) => i.list === 'sectors').map((i) => i.kind)));
    bump(facets.lang, [h.lang]);
  }
  const shown = matching.slice(0, Math.min(q.limit ?? 20, MAX_LIMIT));
  const snippets = await store.snippets(
    q.q,
    shown.map((h) => h.id),
  );
  const page = shown.map((h) => ({ ...h, snippet: snippets.get(h.id) ?? '' }));
  const filtering = scope || q.type || q.sector;
  const facts = page
    .flatMap((h) => (byDoc.get(h.id) ?? []).filter((i) => (filtering ? wanted(i) : RELATION_LISTS.includes(i.list))))
    .slice(0, FACTS_SHOWN)
    .map((i) => ({ doc: i.doc, list: i.list, item: i.payload }));
  return { items: page, facets, facts };
}

export const EXPORTS = ['facts', 'events', 'agreements', 'flows', 'figures'] as const;
export type ExportWhat = (typeof EXPORTS)[number];

/** The curated facts records of every document, in id order. */
export async function* curatedRecords(store: Store): AsyncGenerator<FactsRecord> {
  const curations = await store.knowledge.curations();
  for (const doc of await store.listDocuments({})) {
    const facts = await store.getFacts(doc.id);
    if (facts) yield applyCuration(facts, curations).record;
  }
}

/** The rows of an export: facts records, or the merged events, agreements, flows or figures. */
export async function exportRows(store: Store, what: ExportWhat): Promise<Record<string, unknown>[]> {
  if (what === 'facts') {
    const out: Record<string, unknown>[] = [];
    for await (const r of curatedRecords(store)) out.push(r as unknown as Record<string, unknown>);
    return out;
  }
  const lists: Record<Exclude<ExportWhat, 'facts'>, ItemList> = {
    events: 'events',
    agreements: 'agreements',
    flows: 'flows',
    figures: 'figures',
  };
  const items = await store.knowledge.items({ lists: [lists[what]] } satisfies ItemQuery);
  const rows =
    what === 'events'
      ? mergeEvents(items)
      : what === 'agreements'
        ? mergeAgreements(items)
        : what === 'flows'
          ? flowsOf(items)
          : mergeFigures(items);
  return rows as unknown as Record<string, unknown>[];
}
