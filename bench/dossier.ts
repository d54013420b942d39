// bench:dossier — N documents' facts (deterministic, synthetic) stored straight through the store
// API, the knowledge projection built in bulk, then 50 dossier queries on random parties timed.
// Extraction is skipped on purpose: this measures the knowledge base's read side.
//   npx tsx bench/dossier.ts [N=100000] [sqlite|postgres]   (COOPGRAPH_BENCH_PG overrides the URL)
import seedrandom from 'seedrandom';
import { EVENT_TYPES, PLAN_KINDS, SECTORS, type FactsRecord } from '../src/core/facts.js';
import { places } from '../src/extract/gazetteer.js';
import { dossier, graph, overview, scopeOf } from '../src/query/knowledge/queries.js';
import { applyCuration, projectRecord, type ItemRow } from '../src/store/items.js';
import { openStore } from '../src/store/index.js';
import type { DocumentRecord } from '../src/store/store.js';
import { scratchStore } from './target.js';

const N = Number(process.argv[2] ?? 100_000);
const ENGINE = process.argv[3] ?? 'sqlite';
const QUERIES = 50;
const BATCH = 1000;

const rng = seedrandom('dossier-bench');
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const regions = places().filter((p) => p.type === 'region');
const home = regions.filter((p) => p.country === 'RU').map((p) => p.code);
const abroad = [
  ...regions.filter((p) => ['KZ', 'UZ', 'KG', 'TJ', 'MN', 'CN', 'BY'].includes(p.country)).map((p) => p.code),
  ...['KZ', 'UZ', 'KG', 'TJ', 'MN', 'CN', 'BY'],
];
const SURNAMES = ['Ivanov', 'Petrov', 'Sidorov', 'Nurlanov', 'Tashkentov', 'Batbayar', 'Kovalenko', 'Abenov', 'Yusupov', 'Orlov'];

function article(i: number): { doc: DocumentRecord; facts: FactsRecord } {
  const a = pick(home);
  const b = pick(abroad);
  const year = 2015 + Math.floor(rng() * 11);
  const published = `${year}-${String(1 + Math.floor(rng() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rng() * 28)).padStart(2, '0')}`;
  const id = `bench-${i}`;
  const text = `Synthetic note ${i}: ${a} and ${b} discussed cooperation on ${published}.`;
  const actors = [a, b];
  const facts: FactsRecord = {
    doc: id,
    lang: 'en',
    published,
    actors,
    people: [
      { name: `${pick(['Ivan', 'Aidar', 'Bakyt'])} ${pick(SURNAMES)}`, role: 'governor', actor: a },
      { name: `${pick(['Nurlan', 'Timur', 'Erlan'])} ${pick(SURNAMES)}`, role: 'akim', actor: b },
    ],
    events: [{ type: pick(EVENT_TYPES), actors, date: published, place: null }],
    agreements: rng() < 0.4 ? [{ kind: 'agreement', actors, status: rng() < 0.8 ? 'signed' : 'planned', year, until: null }] : [],
    flows: [{ from: a, to: b, goods: [pick(['10', '11', '44', '84', '87', '27'])] }],
    figures:
      rng() < 0.3
        ? [{ metric: 'turnover', actors, value: Math.round(rng() * 1e9), unit: 'USD', change_pct: null, period: String(year) }]
        : [],
    sectors: [pick(SECTORS), pick(SECTORS)],
    plans: rng() < 0.3 ? [{ kind: pick(PLAN_KINDS), actors, year: year + 1 }] : [],
  };
  const doc: DocumentRecord = {
    id,
    source: `bench/${id}`,
    url: null,
    title: `Note ${i}`,
    published,
    lang: 'en',
    text,
    raw: text,
    offsets: [{ start: 0, rawStart: 0, length: text.length }],
    hash: `h${i}`,
    bands: [],
  };
  return { doc, facts };
}

const target = () => scratchStore(ENGINE, 'bench');

const t = await target();
const store = await openStore(t.url);
try {
  let started = performance.now();
  for (let i = 0; i < N; i += BATCH) {
    const rows: ItemRow[] = [];
    const ids: string[] = [];
    for (let j = i; j < Math.min(N, i + BATCH); j++) {
      const { doc, facts } = article(j);
      const put = await store.putDocument(doc, facts);
      if (put.status !== 'inserted') throw new Error(`${doc.id} not inserted`);
      ids.push(doc.id);
      rows.push(...projectRecord(applyCuration(facts, []), put.cluster));
    }
    await store.knowledge.replaceItems(ids, rows);
    if ((i / BATCH) % 10 === 0) process.stderr.write(`\r${i + BATCH} documents`);
  }
  const loadSeconds = (performance.now() - started) / 1000;
  process.stderr.write('\n');

  const parties = [...home.slice(0, 10), ...abroad.slice(0, 10)];
  const times: number[] = [];
  let lines = 0;
  for (let q = 0; q < QUERIES; q++) {
    const code = parties[q % parties.length]!;
    started = performance.now();
    const d = await dossier(store, code);
    times.push(performance.now() - started);
    lines += d.timeline.length + d.agreements.length + d.flows.length + d.people.length;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  // The store's share: the same parties' items read alone.
  const reads: number[] = [];
  for (let q = 0; q < QUERIES; q++) {
    started = performance.now();
    await store.knowledge.items(scopeOf(parties[q % parties.length]!));
    reads.push(performance.now() - started);
  }
  reads.sort((a, b) => a - b);
  // The whole-store views the web app opens with.
  started = performance.now();
  await overview(store);
  const overviewMs = performance.now() - started;
  started = performance.now();
  await graph(store);
  const graphMs = performance.now() - started;
  console.log(
    JSON.stringify(
      {
        engine: ENGINE,
        documents: N,
        loadSeconds: Math.round(loadSeconds),
        queries: QUERIES,
        medianMs: Math.round(median),
        p90Ms: Math.round(times[Math.floor(times.length * 0.9)]!),
        maxMs: Math.round(times.at(-1)!),
        storeReadMedianMs: Math.round(reads[Math.floor(reads.length / 2)]!),
        meanLines: Math.round(lines / QUERIES),
        overviewMs: Math.round(overviewMs),
        graphMs: Math.round(graphMs),
      },
      null,
      2,
    ),
  );
} finally {
  await store.close();
  await t.drop();
}
