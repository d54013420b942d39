// Several writers at once, on both engines: ingest processes (and connections within one process)
// putting the same documents. Each content must be stored once, every other writer told it is a
// duplicate, and near-duplicates must end in one cluster whoever came first.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { openStore, type PutOutcome } from '../../src/store/index.js';
import { contestedDocs, ENGINES, shuffled, type TestDb } from './harness.js';

const WORKER = fileURLToPath(new URL('./put-worker.ts', import.meta.url));
const WRITERS = 4;

interface Put {
  hash: string;
  outcome: PutOutcome;
}

/** Runs the writers as processes, lets them go at once when all have opened the store, and collects their puts. */
async function runWriterProcesses(target: string): Promise<Put[][]> {
  const writers = Array.from({ length: WRITERS }, (_, writer) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, target, String(writer)], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    const ready = new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('ready\n')) resolve();
      }),
    );
    const done = once(child, 'exit').then(([code]) => {
      if (code !== 0) throw new Error(`writer ${writer} exited with ${code}`);
      return JSON.parse(out.slice(out.indexOf('\n') + 1)) as Put[];
    });
    return { child, ready: Promise.race([ready, done.then(() => undefined)]), done };
  });
  await Promise.all(writers.map((w) => w.ready));
  for (const w of writers) w.child.stdin.end('go\n');
  return Promise.all(writers.map((w) => w.done));
}

async function checkOutcome(db: TestDb, puts: Put[][]): Promise<void> {
  const writers = puts.length;
  const common = contestedDocs(0).slice(0, -1);
  // Every common content: inserted by exactly one writer, a duplicate of that one for the others.
  for (const doc of common) {
    const outcomes = puts.map((p) => p.find((x) => x.hash === doc.hash)!.outcome);
    const inserted = outcomes.filter((o) => o.status === 'inserted');
    assert.equal(inserted.length, 1, `${doc.id} inserted ${inserted.length} times`);
    for (const o of outcomes) if (o.status === 'duplicate') assert.equal(o.existingId, inserted[0]!.id);
  }
  assert.deepEqual(await db.rows('select hash from documents group by hash having count(*) > 1'), []);
  assert.deepEqual(await db.rows('select count(*) as n from documents').then((r) => Number(r[0]!.n)), common.length + writers);
  // The id every writer used went to one of them; the others' content kept under suffixed ids.
  const contested = (await db.rows("select id from documents where id like 'contested-id%' order by id")).map((r) => r.id as string);
  assert.equal(contested.length, writers);
  assert.equal(contested[0], 'contested-id');
  for (const id of contested.slice(1)) assert.match(id, /^contested-id~[0-9a-f]{8}$/);
  // One cluster per story, named after the version that came first.
  const clusters = await db.rows("select count(distinct cluster) as n from documents where id like 'story-%' group by substr(id, 1, 7)");
  assert.deepEqual(
    clusters.map((r) => Number(r.n)),
    clusters.map(() => 1),
  );
}

for (const engine of ENGINES) {
  describe(`concurrent writers on ${engine.name}`, () => {
    let db: TestDb;

    // Not migrated beforehand: the writers' first opens race through the migrations too.
    beforeEach(async () => {
      db = await engine.create();
    });

    afterEach(() => db?.drop());

    test(`${WRITERS} ingest processes put the same documents`, async () => {
      await checkOutcome(db, await runWriterProcesses(db.target));
    });

    test(`${WRITERS} connections of one process put the same documents`, async () => {
      const stores = await Promise.all(Array.from({ length: WRITERS }, () => openStore(db.target)));
      try {
        const puts = await Promise.all(
          stores.map(async (store, writer) => {
            const out: Put[] = [];
            for (const doc of shuffled(contestedDocs(writer), writer + 1))
              out.push({ hash: doc.hash, outcome: await store.putDocument(doc, null) });
            return out;
          }),
        );
        await checkOutcome(db, puts);
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    });
  });
}
