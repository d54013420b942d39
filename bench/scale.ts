// bench:scale — the cost of the API's reads against the size of the store. N generated articles
// (bench/generate.ts: varied parties, dates and wording, streamed, never all in memory) are run
// through extraction and stored one by one as `coopgraph ingest` stores them; then, R times, one
// more article is written and the reads are timed right after it, with no warm-up: the overview,
// the graph, dossiers of parties (the median over the busiest ones), a party's partners and
// timeline, and a search. Reads go through the HTTP API's handlers (createApp, in process).
// Prints and saves bench/out/scale-N-ENGINE.json; peak memory is the process's peak RSS.
// With K (COOPGRAPH_SCALE_EXTRACT=K), only the first K articles go through extraction; each later
// one is stored with the facts of article i mod K moved to its own date (events, years): its own
// text, bands and date, so clusters and merges stay as varied, at the cost of storing alone.
//   npx tsx bench/scale.ts [N=10000] [sqlite|postgres] [R=5]   (COOPGRAPH_BENCH_PG overrides the URL)
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { ingestAnalyzed } from '../src/app/ingest.js';
import { analyzeSource, documentRecord } from '../src/app/pipeline.js';
import type { FactsRecord } from '../src/core/facts.js';
import { prepare } from '../src/text/prepare.js';
import { createApp } from '../src/api/app.js';
import { sourceDoc } from '../src/ingest/source.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/store.js';
import { article } from './generate.js';
import { peakRssMb } from './report.js';
import { scratchStore } from './target.js';

const N = Number(process.argv[2] ?? 10_000);
const ENGINE = process.argv[3] ?? 'sqlite';
const ROUNDS = Number(process.argv[4] ?? 5);
const DOSSIERS = 10;
const EXTRACT = Number(process.env.COOPGRAPH_SCALE_EXTRACT ?? Infinity);
const analyzed: FactsRecord[] = [];

const DAY = 86_400_000;
/** A date moved by `days` (a day), to the month or the year of `to` (coarser dates). */
function moved(date: string, days: number, to: string): string {
  if (date.length === 10) return new Date(Date.parse(date) + days * DAY).toISOString().slice(0, 10);
  return to.slice(0, date.length);
}

/** Article `i`'s own facts, or those of an analyzed one moved to its date (see above). */
function factsFor(i: number, published: string | null): FactsRecord | undefined {
  if (i < EXTRACT) return undefined;
  const base = analyzed[i % analyzed.length]!;
  const to = published ?? base.published ?? '2025-01-01';
  const days = base.published ? Math.round((Date.parse(to) - Date.parse(base.published)) / DAY) : 0;
  const years = Number(to.slice(0, 4)) - Number((base.published ?? to).slice(0, 4));
  const copy = JSON.parse(JSON.stringify(base, (k, v: unknown) => (k === 'evidence' ? undefined : v))) as FactsRecord;
  return {
    ...copy,
    published,
    events: copy.events.map((e) => ({ ...e, date: e.date ? moved(e.date, days, to) : e.date })),
    agreements: copy.agreements.map((a) => ({ ...a, year: a.year === null ? null : a.year + years })),
    plans: copy.plans.map((p) => ({ ...p, year: p.year === null ? null : p.year + years })),
  };
}

const target = () => scratchStore(ENGINE, 'scale');

async function ingest(store: Store, i: number, seed?: string): Promise<void> {
  const a = article(i, seed);
  const read = sourceDoc({ id: a.id, source: `generated:${a.id}`, body: a.text });
  if (!read.ok) throw new Error(`${a.id}: ${read.reason}`);
  if (i >= EXTRACT && seed === undefined) {
    const doc = prepare(read.doc);
    await ingestAnalyzed(store, documentRecord(doc), { ...factsFor(i, doc.published)!, doc: doc.id, lang: doc.lang, title: doc.title });
    return;
  }
  const { doc, facts } = analyzeSource(read.doc);
  if (seed === undefined) analyzed.push(facts);
  await ingestAnalyzed(store, documentRecord(doc), facts);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const round = (ms: number) => Math.round(ms * 10) / 10;

const t = await target();
const store = await openStore(t.url);
try {
  const app = createApp(store, { logger: pino({ level: 'silent' }) });
  // Wall time, and this process's CPU time (steadier on a machine other work shares).
  const get = async (path: string) => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const res = await app.request(path);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    const used = process.cpuUsage(cpu);
    return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
  };

  const started = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < N; i++) {
    await ingest(store, i);
    if (i % 1000 === 999) process.stderr.write(`\r${i + 1} documents, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  const ingestSeconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  process.stderr.write('\n');

  const graph = (await (await app.request('/graph')).json()) as { nodes: { id: string }[] };
  const parties = graph.nodes.slice(0, DOSSIERS).map((n) => n.id);
  const timings: Record<string, { wall: number; cpu: number }[]> = {};
  const time = async (name: string, path: string) => (timings[name] ??= []).push(await get(path));
  for (let r = 0; r < ROUNDS; r++) {
    // A write, then each read as the first after it.
    await ingest(store, N + r, 'scale-write');
    await time('overview', '/overview');
    await time('graph', '/graph');
    await time('partners', `/parties/${parties[r % parties.length]}/partners`);
    await time('timeline', `/timeline?party=${parties[r % parties.length]}&limit=50`);
    await time('search', `/search?q=${encodeURIComponent('зерно')}`);
    // The graph merged from every item, as every whole-store answer was before: the same answer.
    await time('graph merged from items', '/graph?from=1000');
    await ingest(store, N + ROUNDS + r, 'scale-write');
    // Dossiers as the web workspace asks for them (5 sources a line), the first read of each after a write.
    for (const p of parties) await time(`dossier`, `/dossier/${p}?sources=5`);
  }
  const reads = Object.fromEntries(
    Object.entries(timings).map(([name, xs]) => [
      name,
      {
        median: round(median(xs.map((x) => x.wall))),
        max: round(Math.max(...xs.map((x) => x.wall))),
        cpuMedian: round(median(xs.map((x) => x.cpu))),
        n: xs.length,
      },
    ]),
  );
  const result = {
    name: `scale-${N}-${ENGINE}`,
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? null, node: process.version },
    engine: ENGINE,
    documents: await store.countDocuments(),
    extracted: Math.min(N, EXTRACT),
    ingest: {
      seconds: Math.round(ingestSeconds),
      docsPerSecond: Math.round(N / ingestSeconds),
      cpuSeconds: Math.round((used.user + used.system) / 1e6),
    },
    readsAfterWriteMs: reads,
    peakRssMb: peakRssMb(),
  };
  console.log(`\nbench:scale — ${N} documents on ${ENGINE}: ingest ${result.ingest.docsPerSecond} docs/s (${result.ingest.seconds} s)`);
  console.log(
    `${'read (first after a write)'.padEnd(28)} ${'median ms'.padStart(10)} ${'max ms'.padStart(9)} ${'CPU ms'.padStart(8)} ${'n'.padStart(4)}`,
  );
  for (const [name, r] of Object.entries(reads))
    console.log(
      `${name.padEnd(28)} ${String(r.median).padStart(10)} ${String(r.max).padStart(9)} ${String(r.cpuMedian).padStart(8)} ${String(r.n).padStart(4)}`,
    );
  console.log(`peak RSS ${result.peakRssMb} MB`);
  const dir = join(import.meta.dirname, 'out');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${result.name}.json`), JSON.stringify(result, null, 2) + '\n');
  console.log(`saved bench/out/${result.name}.json`);
} finally {
  await store.close();
  await t.drop();
}
