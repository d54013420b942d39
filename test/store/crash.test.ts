// A crashing machine loses nothing: an ingest process is killed with SIGKILL several times, at
// seeded random points (most right after a document commits, where a second transaction for its
// items used to leave it without them), then run again to the end. The store must then answer
// exactly as one ingested cleanly: the same documents and clusters, the same exports, every
// document with its items.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import seedrandom from 'seedrandom';
import { writeArticles } from '../../bench/generate.js';
import { ingestSources } from '../../src/app/ingest.js';
import { readSources } from '../../src/ingest/read.js';
import { exportRows } from '../../src/query/knowledge/queries.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { ENGINES, type TestDb } from './harness.js';

const BIN = join(import.meta.dirname, '..', 'cli', 'bin.ts');
const ROOT = join(import.meta.dirname, '..', '..');
const DOCS = 12;
const KILLS = 3;

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'coopgraph-crash-'));
  writeArticles(join(dir, 'articles'), DOCS, 'crash');
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function documentCount(db: TestDb): Promise<number> {
  try {
    const [row] = await db.rows('select count(*) as n from documents');
    return Number(row?.n ?? 0);
  } catch {
    return 0; // not migrated yet
  }
}

/**
 * Runs `coopgraph ingest` and kills it once `killAt` documents are stored, `delayMs` later; returns
 * whether it was killed (false: the ingest ended first).
 */
function ingestAndKill(db: TestDb, killAt: number | null, delayMs: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', BIN, 'ingest', join(dir, 'articles'), '--db', db.target], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let done = false;
    let killed = false;
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      done = true;
      if (signal === 'SIGKILL') resolve(true);
      else if (code === 0) resolve(killed);
      else reject(new Error(`ingest exited ${code}: ${stderr}`));
    });
    if (killAt === null) return;
    const poll = async () => {
      while (!done) {
        if ((await documentCount(db)) >= killAt) {
          if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
          killed = true;
          child.kill('SIGKILL');
          return;
        }
        await new Promise((r) => setTimeout(r, 3));
      }
    };
    poll().catch(reject);
  });
}

/** What the store answers through its public reads, ingest time left out. */
async function snapshot(store: Store) {
  const documents = (await store.listDocuments({})).map(({ ingestedAt: _, ...d }) => d);
  const exports: Record<string, unknown> = {};
  for (const what of ['facts', 'events', 'agreements', 'flows', 'figures'] as const) exports[what] = await exportRows(store, what);
  return { documents, exports };
}

async function itemsPerDocument(db: TestDb): Promise<Map<string, number>> {
  const rows = await db.rows(
    'select d.id as id, (select count(*) from fact_items i where i.doc_id = d.id) as n from documents d order by d.id',
  );
  return new Map(rows.map((r) => [String(r.id), Number(r.n)]));
}

for (const engine of ENGINES) {
  describe(`crash during ingest (${engine.name})`, () => {
    let crashed: TestDb;
    let clean: TestDb;
    before(async () => {
      [crashed, clean] = await Promise.all([engine.create(), engine.create()]);
    });
    after(async () => {
      await crashed.drop();
      await clean.drop();
    });

    test(`${KILLS} kill -9 then a rerun leave the store equal to a clean ingest`, async () => {
      const rng = seedrandom(`crash:${engine.name}`);
      let kills = 0;
      for (let i = 0; i < KILLS; i++) {
        const stored = await documentCount(crashed);
        const killAt = Math.min(DOCS - 1, stored + 1 + Math.floor(rng() * 3));
        // Half the kills follow a commit at once (where a document could lose its items), half a little later.
        if (await ingestAndKill(crashed, killAt, rng() < 0.5 ? 0 : Math.floor(rng() * 40))) kills++;
      }
      assert.ok(kills >= 2, `only ${kills} of ${KILLS} runs were killed before they ended`);
      assert.equal(await ingestAndKill(crashed, null, 0), false);

      const cleanStore = await openStore(clean.target);
      const crashedStore = await openStore(crashed.target);
      try {
        for await (const outcome of ingestSources(cleanStore, readSources([join(dir, 'articles')])))
          assert.equal(outcome.status, 'inserted', JSON.stringify(outcome));
        const [want, got] = [await itemsPerDocument(clean), await itemsPerDocument(crashed)];
        assert.equal(want.size, DOCS);
        for (const [id, n] of got) assert.ok(n > 0, `document ${id} has no items`);
        assert.deepEqual(got, want);
        assert.deepEqual(await snapshot(crashedStore), await snapshot(cleanStore));
      } finally {
        await cleanStore.close();
        await crashedStore.close();
      }
    });
  });
}
