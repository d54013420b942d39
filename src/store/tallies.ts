// The knowledge kept up to date by every write, in the write's own transaction: relation units
// (store/units.ts) with their parties, the graph's edges counted per pair of parties, list and
// kind, and tallies by name and key (documents per month, items per flow key, party and person
// name, units per list). A write reads its own items and the units they join, never the store:
// an event report is checked against the reports of its type in its week (or month, or year) and
// story, an agreement against those of its kind sharing a country. Whole-store answers (overview,
// graph, partners, timeline) then read these in proportion to their size.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { countryOf } from '../extract/gazetteer.js';
import type { ItemList, ItemRow } from './items.js';
import { fromJson, type Database } from './schema.js';
import {
  agreementsLinked,
  cmp,
  eventDate,
  eventsLinked,
  eventWindow,
  graphKind,
  groupUnits,
  partiesOfItem,
  RELATION_LISTS,
  storyKey,
  unitOf,
  type Unit,
  type UnitItem,
} from './units.js';

type Db = Kysely<Database> | Transaction<Database>;
/** Takes the engine's transaction-scoped locks on these keys (store/engine.ts lockBands). */
export type Lock = (trx: Transaction<Database>, keys: readonly string[]) => Promise<void>;

const CHUNK = 200;
const chunks = <T>(xs: readonly T[], n = CHUNK): T[][] =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/** Tallies an item adds: its flow keys, its parties (people: its person name and party). */
export function itemTallies(it: { list: string; payload: Record<string, unknown> }): [string, string][] {
  const p = it.payload;
  if (it.list === 'people') {
    const name = String(p.name ?? '').trim();
    return name ? [['person', `${name}\u0001${p.actor ? String(p.actor) : ''}`]] : [];
  }
  const out: [string, string][] = partiesOfItem(it as UnitItem).map((party) => ['party', party]);
  if (it.list === 'flows')
    for (const ch of (p.goods as string[] | undefined) ?? []) out.push(['flow', `${String(p.from)}|${String(p.to)}|${ch}`]);
  return out;
}

/** Changes of counts, applied in one upsert per chunk; rows that reach zero are read as absent. */
class Deltas {
  readonly tallies = new Map<string, number>();
  readonly pairs = new Map<string, number>();
  tally(name: string, key: string, d: number) {
    const k = `${name}\u0000${key}`;
    this.tallies.set(k, (this.tallies.get(k) ?? 0) + d);
  }
  unit(u: Pick<Unit, 'list' | 'kind' | 'parties'>, d: number) {
    this.tally('units', u.list, d);
    const kind = graphKind(u.list, u.kind);
    for (let i = 0; i < u.parties.length; i++)
      for (let j = i + 1; j < u.parties.length; j++) {
        const k = `${u.parties[i]}\u0000${u.parties[j]}\u0000${u.list}\u0000${kind}`;
        this.pairs.set(k, (this.pairs.get(k) ?? 0) + d);
      }
  }
  async apply(trx: Db) {
    // In one order in every writer: concurrent upserts of the same rows never wait on each other in a cycle.
    const tallies = [...this.tallies].filter(([, n]) => n !== 0).sort(([a], [b]) => cmp(a, b));
    for (const part of chunks(tallies))
      await trx
        .insertInto('tallies')
        .values(part.map(([k, n]) => ({ name: k.split('\u0000')[0]!, key: k.slice(k.indexOf('\u0000') + 1), n })))
        .onConflict((oc) => oc.columns(['name', 'key']).doUpdateSet({ n: (eb) => eb('tallies.n', '+', eb.ref('excluded.n')) }))
        .execute();
    const pairs = [...this.pairs].filter(([, n]) => n !== 0).sort(([a], [b]) => cmp(a, b));
    for (const part of chunks(pairs))
      await trx
        .insertInto('pair_counts')
        .values(
          part.map(([k, n]) => {
            const [a, b, list, kind] = k.split('\u0000') as [string, string, string, string];
            return { a, b, list, kind, n };
          }),
        )
        .onConflict((oc) =>
          oc.columns(['a', 'b', 'list', 'kind']).doUpdateSet({ n: (eb) => eb('pair_counts.n', '+', eb.ref('excluded.n')) }),
        )
        .execute();
  }
}

interface ItemRecord {
  id: string;
  doc_id: string;
  list: string;
  kind: string;
  cluster: string;
  published: string | null;
  payload: unknown;
  unit: string | null;
}

const ITEM_COLUMNS = ['id', 'doc_id', 'list', 'kind', 'cluster', 'published', 'payload', 'unit'] as const;

const toItem = (r: ItemRecord): UnitItem & { unit: string | null } => ({
  id: r.id,
  doc: r.doc_id,
  list: r.list as ItemList,
  kind: r.kind,
  cluster: r.cluster,
  published: r.published,
  payload: fromJson<Record<string, unknown>>(r.payload),
  unit: r.unit,
});

const rowItem = (r: ItemRow): UnitItem => ({
  id: r.id,
  doc: r.doc,
  list: r.list,
  kind: r.kind,
  cluster: r.cluster,
  published: r.published,
  payload: r.payload,
});

/** The lock a relation item's unit is maintained under: its event type, agreement kind or story. */
const lockKey = (it: { list: string; kind: string; cluster: string }) =>
  it.list === 'events' || it.list === 'agreements' ? `unit|${it.list}|${it.kind}` : `unit|story|${it.cluster}`;

const isRelation = (list: string) => RELATION_LISTS.includes(list as ItemList);

/**
 * Replaces the items of `docs` by `rows` and keeps the units, edges and tallies in step, inside
 * the caller's transaction. Costs the documents' own items plus the units they touch.
 */
export async function replaceTallied(
  trx: Transaction<Database>,
  lock: Lock,
  docs: readonly string[],
  rows: readonly ItemRow[],
  write: () => Promise<void>,
): Promise<void> {
  // Writers of related items take turns (PostgreSQL; SQLite's writers already do): the keys come
  // from fields that never change, the units are read after the lock.
  const light: { list: string; kind: string; cluster: string }[] = [];
  for (const part of chunks(docs))
    light.push(
      ...(await trx
        .selectFrom('fact_items')
        .select(['list', 'kind', 'cluster'])
        .where('doc_id', 'in', part)
        .where('list', 'in', RELATION_LISTS)
        .execute()),
    );
  const keys = [...new Set([...light, ...rows].filter((r) => isRelation(r.list)).map(lockKey))].sort(cmp);
  await lock(trx, keys);

  const deltas = new Deltas();
  const touched = new Set<string>();
  for (const part of chunks(docs))
    for (const r of await trx.selectFrom('fact_items').select(ITEM_COLUMNS).where('doc_id', 'in', part).execute()) {
      const it = toItem(r);
      for (const [name, key] of itemTallies(it)) deltas.tally(name, key, -1);
      if (it.unit !== null) touched.add(it.unit);
    }
  for (const r of rows) for (const [name, key] of itemTallies(r)) deltas.tally(name, key, 1);
  await write();
  await regroup(trx, touched, rows.filter((r) => isRelation(r.list)).map(rowItem), deltas);
  await deltas.apply(trx);
}

interface Light {
  id: string;
  unit: string | null;
  party: string | null;
  country: string | null;
}

/**
 * Of some candidates (one row per party they name), those that can share a side with one of
 * `own` (actorsMatch: each names a party of the other, its country or one of its regions), read
 * whole: in a large story cluster most candidates are other parties' and are never parsed.
 */
async function sharingASide(
  trx: Transaction<Database>,
  light: readonly Light[],
  own: readonly UnitItem[],
  known: Set<string>,
): Promise<ItemRecord[]> {
  const parties = new Set(own.flatMap((f) => partiesOfItem(f)));
  const near = new Set([...parties, ...[...parties].map((p) => countryOf(p) ?? p)]);
  const bare = own.some((f) => partiesOfItem(f).length === 0);
  const ok = new Set<string>();
  for (const r of light) {
    if (r.unit === null || known.has(r.unit)) continue;
    if (r.party === null ? bare : near.has(r.party) || parties.has(r.country!)) ok.add(r.id);
  }
  const rows: ItemRecord[] = [];
  for (const part of chunks([...ok]))
    rows.push(...(await trx.selectFrom('fact_items').select(ITEM_COLUMNS).where('id', 'in', part).execute()));
  return rows;
}

/**
 * Units the fresh items join: those holding an item the relation links them to. Candidates come
 * from the (list, kind, cluster) and (list, kind, date) indexes: an event's story and the dates
 * close enough to its own (fact_items.date is an event's date, else its document's), an
 * agreement's year.
 */
async function linkedUnits(trx: Transaction<Database>, fresh: readonly UnitItem[]): Promise<Set<string>> {
  const out = new Set<string>();
  const check = async (candidates: Light[], linked: (a: UnitItem, b: UnitItem) => boolean, own: readonly UnitItem[]) => {
    for (const c of await sharingASide(trx, candidates, own, out)) {
      if (c.unit === null || out.has(c.unit)) continue;
      const it = toItem(c);
      if (own.some((f) => linked(f, it))) out.add(c.unit);
    }
  };
  const light = () =>
    trx
      .selectFrom('fact_items')
      .leftJoin('item_parties', 'item_parties.item_id', 'fact_items.id')
      .select(['fact_items.id', 'fact_items.unit', 'item_parties.party', 'item_parties.country']);
  const events = fresh.filter((f) => f.list === 'events');
  if (events.length) {
    const kinds = [...new Set(events.map((f) => f.kind))];
    const clusters = [...new Set(events.map((f) => f.cluster))];
    const dates = new Set<string>();
    const months = new Set<string>();
    for (const f of events) {
      const d = eventDate(f);
      if (!d) continue;
      const w = eventWindow(d);
      for (const x of w.dates) dates.add(x);
      if (w.monthPrefix) months.add(w.monthPrefix);
    }
    const candidates = await light()
      .where('fact_items.list', '=', 'events')
      .where('fact_items.kind', 'in', kinds)
      .where((eb) =>
        eb.or([
          eb('fact_items.cluster', 'in', clusters),
          ...(dates.size ? [eb('fact_items.date', 'in', [...dates])] : []),
          ...[...months].map((m) => eb.and([eb('fact_items.date', '>=', m), eb('fact_items.date', '<', `${m}\uffff`)])),
        ]),
      )
      .execute();
    await check(candidates, eventsLinked, events);
  }
  const agreements = fresh.filter((f) => f.list === 'agreements' && partiesOfItem(f).length);
  const keys = new Set(agreements.map((f) => `${f.kind}\u0000${String(f.payload.year ?? '')}`));
  for (const [kind, year] of [...keys].map((k) => k.split('\u0000') as [string, string])) {
    const own = agreements.filter((f) => f.kind === kind && String(f.payload.year ?? '') === year);
    // An agreement's date is its year where it gives one, else its document's date.
    let query = light().where('fact_items.list', '=', 'agreements').where('fact_items.kind', '=', kind);
    query = year
      ? query.where('fact_items.date', '=', year)
      : query.where((eb) => eb.or([eb('fact_items.date', 'is', null), eb(sql<number>`length(fact_items.date)`, '>', 4)]));
    await check(await query.execute(), agreementsLinked, own);
  }
  for (const f of fresh) if (f.list !== 'events' && f.list !== 'agreements') out.add(`s|${storyKey(f)}`);
  return out;
}

/**
 * Groups again the members of the touched units, the fresh items and the units these join (a
 * closed set: a unit is a whole component), replaces those units and relabels moved items.
 */
async function regroup(trx: Transaction<Database>, touched: Set<string>, fresh: readonly UnitItem[], deltas: Deltas): Promise<void> {
  for (const u of await linkedUnits(trx, fresh)) touched.add(u);
  if (touched.size === 0 && fresh.length === 0) return;
  const ids = [...touched];
  const members = new Map<string, UnitItem & { unit: string | null }>();
  const before: Unit[] = [];
  for (const part of chunks(ids)) {
    for (const r of await trx.selectFrom('fact_items').select(ITEM_COLUMNS).where('unit', 'in', part).execute())
      members.set(r.id, toItem(r));
    for (const u of await trx.selectFrom('units').selectAll().where('id', 'in', part).execute())
      before.push({ ...u, list: u.list as ItemList, parties: u.parties ? u.parties.split(',') : [] });
  }
  for (const f of fresh) members.set(f.id, { ...f, unit: null });
  const all = [...members.values()].sort((a, b) => cmp(a.id, b.id));
  const taken = new Set<string>();
  const after: Unit[] = [];
  const moves = new Map<string, string[]>();
  for (const group of groupUnits(all)) {
    const unit = unitOf(group);
    let id: string;
    if (unit.list === 'events' || unit.list === 'agreements') {
      // Keep the id most of the members already carry: fewer items to relabel.
      const votes = new Map<string, number>();
      for (const m of group as (UnitItem & { unit: string | null })[])
        if (m.unit !== null && !taken.has(m.unit)) votes.set(m.unit, (votes.get(m.unit) ?? 0) + 1);
      id = [...votes].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0]?.[0] ?? `${unit.first}~${randomUUID().slice(0, 8)}`;
    } else id = `s|${storyKey(group[0]!)}`;
    taken.add(id);
    after.push({ id, ...unit });
    for (const m of group as (UnitItem & { unit: string | null })[]) if (m.unit !== id) moves.set(id, [...(moves.get(id) ?? []), m.id]);
  }
  for (const u of before) deltas.unit(u, -1);
  for (const u of after) deltas.unit(u, 1);
  for (const part of chunks(ids)) {
    await trx.deleteFrom('unit_parties').where('unit_id', 'in', part).execute();
    await trx.deleteFrom('units').where('id', 'in', part).execute();
  }
  await insertUnits(trx, after);
  for (const [id, items] of moves)
    for (const part of chunks(items)) await trx.updateTable('fact_items').set({ unit: id }).where('id', 'in', part).execute();
}

async function insertUnits(trx: Db, units: readonly Unit[]): Promise<void> {
  for (const part of chunks(units)) {
    if (!part.length) continue;
    await trx
      .insertInto('units')
      .values(part.map((u) => ({ ...u, parties: u.parties.join(',') })))
      .execute();
    const parties = part.flatMap((u) => u.parties.map((party) => ({ unit_id: u.id, party, country: countryOf(party) ?? party })));
    for (const p of chunks(parties)) if (p.length) await trx.insertInto('unit_parties').values(p).execute();
  }
}

/** Counts documents by publication month (and in all), as a document comes (+1) or goes (-1). */
export async function tallyDocument(trx: Transaction<Database>, published: string | null, d: 1 | -1): Promise<void> {
  const deltas = new Deltas();
  deltas.tally('documents', '', d);
  if (published) deltas.tally('month', published.slice(0, 7), d);
  await deltas.apply(trx);
}

/** Everything the tallies hold, as a from-scratch count would have it (n > 0; unit ids left out). */
export interface TallySnapshot {
  units: string[];
  pairs: string[];
  tallies: string[];
  labels: number;
}

const unitLine = (u: Omit<Unit, 'id'>, members: string[]) =>
  `${u.list}|${u.kind}|${u.parties.join(',')}|${u.first}|${u.last ?? ''}|${u.sort ?? ''}|${u.size}|${members.sort(cmp).join(',')}`;

/** What the store holds now. */
export async function storedTallies(db: Db): Promise<TallySnapshot> {
  const items = await db.selectFrom('fact_items').select(['id', 'unit', 'list']).execute();
  const byUnit = new Map<string, string[]>();
  let labels = 0;
  for (const it of items) {
    if (it.unit === null) continue;
    labels++;
    byUnit.set(it.unit, [...(byUnit.get(it.unit) ?? []), it.id]);
  }
  const units = (await db.selectFrom('units').selectAll().execute()).map((u) =>
    unitLine({ ...u, list: u.list as ItemList, parties: u.parties ? u.parties.split(',') : [] }, byUnit.get(u.id) ?? []),
  );
  const pairs = (await db.selectFrom('pair_counts').selectAll().where('n', '>', 0).execute()).map(
    (p) => `${p.a}|${p.b}|${p.list}|${p.kind}|${p.n}`,
  );
  const tallies = (await db.selectFrom('tallies').selectAll().where('n', '>', 0).execute()).map((t) => `${t.name}|${t.key}|${t.n}`);
  return { units: units.sort(cmp), pairs: pairs.sort(cmp), tallies: tallies.sort(cmp), labels };
}

/** The same, counted from scratch from the items and documents. */
export async function recount(db: Db): Promise<{ snapshot: TallySnapshot; units: Unit[]; groups: string[][]; deltas: Deltas }> {
  const rows = await db.selectFrom('fact_items').select(ITEM_COLUMNS).orderBy('id').execute();
  const items = rows.map(toItem).sort((a, b) => cmp(a.id, b.id));
  const deltas = new Deltas();
  for (const it of items) for (const [name, key] of itemTallies(it)) deltas.tally(name, key, 1);
  const docs = await db.selectFrom('documents').select('published').execute();
  for (const d of docs) {
    deltas.tally('documents', '', 1);
    if (d.published) deltas.tally('month', d.published.slice(0, 7), 1);
  }
  const units: Unit[] = [];
  const groups: string[][] = [];
  const lines: string[] = [];
  for (const group of groupUnits(items.filter((i) => isRelation(i.list)))) {
    const unit = unitOf(group);
    const id = unit.list === 'events' || unit.list === 'agreements' ? `${unit.first}~0` : `s|${storyKey(group[0]!)}`;
    units.push({ id, ...unit });
    groups.push(group.map((g) => g.id));
    deltas.unit(unit, 1);
    lines.push(
      unitLine(
        unit,
        group.map((g) => g.id),
      ),
    );
  }
  const pairs = [...deltas.pairs].filter(([, n]) => n > 0).map(([k, n]) => `${k.split('\u0000').join('|')}|${n}`);
  const tallies = [...deltas.tallies].filter(([, n]) => n > 0).map(([k, n]) => `${k.split('\u0000').join('|')}|${n}`);
  return {
    snapshot: { units: lines.sort(cmp), pairs: pairs.sort(cmp), tallies: tallies.sort(cmp), labels: groups.flat().length },
    units,
    groups,
    deltas,
  };
}

/** Builds every structure from scratch (migration 0006, and a repair): the store's items are the truth. */
export async function rebuildTallies(trx: Db): Promise<void> {
  await trx.deleteFrom('unit_parties').execute();
  await trx.deleteFrom('units').execute();
  await trx.deleteFrom('pair_counts').execute();
  await trx.deleteFrom('tallies').execute();
  await trx.updateTable('fact_items').set({ unit: null }).where('unit', 'is not', null).execute();
  const { units, groups, deltas } = await recount(trx);
  await insertUnits(trx, units);
  for (const [i, u] of units.entries())
    for (const part of chunks(groups[i]!, 500)) await trx.updateTable('fact_items').set({ unit: u.id }).where('id', 'in', part).execute();
  await deltas.apply(trx);
}
