// bench:queue — N generated articles queued in PostgreSQL (a fresh schema per run), then taken
// by 1, 2 and 4 `coopgraph worker --until-empty` processes at once: documents per second against
// the number of workers. Runs the built CLI (npm ci builds it).
//   npx tsx bench/queue.ts [N=2000] [WORKERS=1,2,4]     (COOPGRAPH_BENCH_PG overrides the URL)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { enqueuePaths } from '../src/app/queue.js';
import { openStore } from '../src/store/index.js';
import { writeArticles } from './generate.js';
import { report, type Measure } from './report.js';

const PG_URL = process.env.COOPGRAPH_BENCH_PG || 'postgres://postgres@127.0.0.1:5432/test';
const BIN = join(import.meta.dirname, '..', 'bin', 'coopgraph.js');
const n = Number(process.argv[2] ?? 2000);
const counts = (process.argv[3] ?? '1,2,4').split(',').map(Number);

/** Runs one worker to the end. */
function worker(target: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'worker', '--until-empty', '--db', target], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
  });
}

const work = mkdtempSync(join(tmpdir(), 'coopgraph-queue-'));
const admin = new pg.Client(PG_URL);
await admin.connect();
const measures: Measure[] = [];
try {
  const dir = join(work, 'articles');
  const bytes = writeArticles(dir, n);
  console.log(`generated ${n} articles, ${(bytes / 1e6).toFixed(1)} MB`);
  for (const k of counts) {
    const schema = `bench_queue_${process.pid}_${k}`;
    await admin.query(`create schema ${schema}`);
    try {
      const sep = PG_URL.includes('?') ? '&' : '?';
      const target = `${PG_URL}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      const store = await openStore(target);
      await enqueuePaths(store, [dir]);
      await store.close();
      const started = performance.now();
      await Promise.all(Array.from({ length: k }, () => worker(target)));
      const seconds = (performance.now() - started) / 1000;
      const { rows } = await admin.query(`select count(*)::int as n from ${schema}.documents`);
      measures.push({ label: `${k} worker${k > 1 ? 's' : ''}`, docs: rows[0].n as number, bytes, seconds, peakRssMb: 0 });
      console.log(`${k} workers: ${seconds.toFixed(1)} s`);
    } finally {
      await admin.query(`drop schema if exists ${schema} cascade`);
    }
  }
  report('queue', measures);
} finally {
  await admin.end();
  rmSync(work, { recursive: true, force: true });
}
