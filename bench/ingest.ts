// bench:ingest — N generated articles ingested from files into each store engine: a temp SQLite
// file and PostgreSQL (a fresh schema in the `test` database). Each engine runs in its own
// process so that its peak memory is its own.
//   npx tsx bench/ingest.ts [N=10000]           (COOPGRAPH_BENCH_PG overrides the PostgreSQL URL)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { ingestSources } from '../src/app/ingest.js';
import { openStore } from '../src/store/index.js';
import { readSources } from '../src/ingest/read.js';
import { writeArticles } from './generate.js';
import { peakRssMb, report, type Measure } from './report.js';

const PG_URL = process.env.COOPGRAPH_BENCH_PG || 'postgres://postgres@127.0.0.1:5432/test';

/** The child's part: ingest DIR into TARGET and print one JSON measure. */
async function run(label: string, dir: string, target: string, bytes: number): Promise<void> {
  const store = await openStore(target);
  const started = performance.now();
  let docs = 0;
  for await (const outcome of ingestSources(store, readSources([dir]))) {
    if (outcome.status === 'failed') throw new Error(`${outcome.source}: ${outcome.reason}`);
    docs++;
  }
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  const measure: Measure = { label, docs, bytes, seconds, peakRssMb: peakRssMb() };
  console.log(JSON.stringify(measure));
}

function child(label: string, dir: string, target: string, bytes: number): Measure {
  const self = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, ['--import', 'tsx', self, '--run', label, dir, target, String(bytes)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`${label} run failed (exit ${result.status})`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Measure;
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 10_000);
  const work = mkdtempSync(join(tmpdir(), 'coopgraph-bench-'));
  const schema = `bench_${process.pid}`;
  const admin = new pg.Client(PG_URL);
  try {
    const dir = join(work, 'articles');
    const bytes = writeArticles(dir, n);
    console.log(`generated ${n} articles, ${(bytes / 1e6).toFixed(1)} MB, in ${dir}`);
    const measures = [child('sqlite', dir, join(work, 'bench.db'), bytes)];
    console.log(`sqlite: ${measures[0]!.seconds.toFixed(1)} s`);
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    const sep = PG_URL.includes('?') ? '&' : '?';
    measures.push(child('postgres', dir, `${PG_URL}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`, bytes));
    report('ingest', measures);
  } finally {
    await admin.query(`drop schema if exists ${schema} cascade`).catch(() => undefined);
    await admin.end().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--run') {
  const [label, dir, target, bytes] = process.argv.slice(3) as [string, string, string, string];
  await run(label, dir, target, Number(bytes));
} else await main();
