// The ingest queue on both engines: jobs taken once each, a lapsed lease taken over, workers as
// processes sharing one queue, and a worker killed mid-run leaving nothing lost or stored twice.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { enqueuePaths } from '../../src/app/queue.js';
import { MAX_ATTEMPTS } from '../../src/store/jobs.js';
import { openStore, type Store } from '../../src/store/index.js';
import { cli, ROOT } from '../cli/run.js';
import { ENGINES, type TestDb } from './harness.js';

const REGIONS = ['Алтайского края', 'Новосибирской области', 'Омской области', 'Томской области', 'Кемеровской области'];
const PARTNERS = ['Восточно-Казахстанской области', 'Павлодарской области', 'провинции Хэйлунцзян', 'Ошской области'];

/** A folder of `n` short articles of our own, each with text no other shares. */
function articles(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'coopgraph-jobs-'));
  for (let i = 0; i < n; i++)
    writeFileSync(
      join(dir, `note-${String(i).padStart(3, '0')}.txt`),
      `Делегация ${REGIONS[i % REGIONS.length]} провела переговоры с представителями ${PARTNERS[i % PARTNERS.length]}.\n\n` +
        `Стороны обсудили поставки зерна и подписали протокол номер ${i + 1} о сотрудничестве в сфере транспорта на ${2020 + (i % 7)} год.`,
    );
  return dir;
}

const counts = async (db: TestDb) =>
  Object.fromEntries((await db.rows('select state, count(*) as n from ingest_jobs group by state')).map((r) => [r.state, Number(r.n)]));

for (const engine of ENGINES) {
  describe(`ingest queue on ${engine.name}`, () => {
    let db: TestDb;
    let store: Store;
    let dir: string;

    beforeEach(async () => {
      db = await engine.create();
      store = await openStore(db.target);
    });
    afterEach(async () => {
      await store.close();
      await db.drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    test('each job goes to one worker, oldest first; a worker that no longer holds a job cannot end it', async () => {
      const ids = await store.jobs.enqueue([1, 2, 3].map((i) => ({ source: `n${i}.txt`, body: Buffer.from(`text ${i}`) })));
      const a = await store.jobs.claim('a', 60_000);
      const b = await store.jobs.claim('b', 60_000);
      assert.equal(a?.id, ids[0]);
      assert.equal(b?.id, ids[1]);
      assert.equal(a?.body.toString(), 'text 1');
      assert.equal(await store.jobs.finish(a!.id, 'b', 'done', 'x'), false);
      assert.equal(await store.jobs.renew(a!.id, 'a', 60_000), true);
      assert.equal(await store.jobs.finish(a!.id, 'a', 'done', 'stored'), true);
      assert.equal(await store.jobs.renew(a!.id, 'a', 60_000), false);
      assert.deepEqual(await store.jobs.counts(), { queued: 1, running: 1, done: 1, failed: 0 });
      await store.jobs.release(b!.id, 'b');
      assert.deepEqual(await store.jobs.counts(), { queued: 2, running: 0, done: 1, failed: 0 });
    });

    test('a job whose lease lapsed is taken over, and given up after the last try', async () => {
      const [id] = await store.jobs.enqueue([{ source: 'slow.txt', body: Buffer.from('text') }]);
      let holder = 'first';
      const first = await store.jobs.claim(holder, 1);
      assert.equal(first?.attempts, 1);
      for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
        await sleep(5);
        const next = await store.jobs.claim(`worker-${attempt}`, 1);
        assert.equal(next?.id, id);
        assert.equal(next?.attempts, attempt);
        // The worker that lost it cannot end it any more.
        assert.equal(await store.jobs.finish(id!, holder, 'done', 'late'), false);
        holder = `worker-${attempt}`;
      }
      await sleep(5);
      assert.equal(await store.jobs.claim('last', 60_000), null);
      const [job] = await store.jobs.list();
      assert.equal(job?.state, 'failed');
      assert.match(job?.outcome ?? '', /given up/);
    });

    test('two worker processes share the jobs, none done twice, each document stored once', async () => {
      dir = articles(16);
      const queued = await enqueuePaths(store, [dir]);
      assert.equal(queued.queued, 16);
      const runs = await Promise.all([0, 1].map((w) => cli(['worker', '--until-empty', '--json', '--name', `w${w}`, '--db', db.target])));
      for (const run of runs) assert.equal(run.code, 0, run.stderr);
      const done = runs.map((r) => JSON.parse(r.stdout) as { jobs: number; ingested: number });
      assert.equal(done[0]!.jobs + done[1]!.jobs, 16);
      assert.equal(done[0]!.ingested + done[1]!.ingested, 16);
      assert.deepEqual(await counts(db), { done: 16 });
      assert.deepEqual(await db.rows('select id from ingest_jobs where attempts <> 1'), []);
      assert.equal(Number((await db.rows('select count(*) as n from documents'))[0]!.n), 16);
      assert.equal(Number((await db.rows('select count(distinct doc_id) as n from fact_items'))[0]!.n), 16);
    });

    describe('a worker killed mid-run', () => {
      test('leaves its job to be taken over: all jobs done, every document stored once', async () => {
        dir = articles(24);
        await enqueuePaths(store, [dir]);
        const lease = 1;
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', join(ROOT, 'test', 'cli', 'bin.ts'), 'worker', '--lease', String(lease), '--db', db.target],
          {
            cwd: ROOT,
            stdio: 'ignore',
          },
        );
        // Killed once it has stored some documents, while others wait.
        for (let i = 0; i < 600 && ((await counts(db)).done ?? 0) < 3; i++) await sleep(50);
        child.kill('SIGKILL');
        await new Promise((resolve) => child.once('exit', resolve));
        const left = await counts(db);
        assert.ok((left.queued ?? 0) + (left.running ?? 0) > 0, `the worker finished everything before the kill: ${JSON.stringify(left)}`);
        await sleep(lease * 1000 + 100); // its lease lapses
        const rerun = await cli(['worker', '--until-empty', '--json', '--db', db.target]);
        assert.equal(rerun.code, 0, rerun.stderr);
        assert.deepEqual(await counts(db), { done: 24 });
        assert.equal(Number((await db.rows('select count(*) as n from documents'))[0]!.n), 24);
        assert.deepEqual(await db.rows('select hash from documents group by hash having count(*) > 1'), []);
        // A document and its items commit together: none was left without them by the kill.
        assert.deepEqual(await db.rows('select id from documents where id not in (select doc_id from fact_items)'), []);
      });
    });
  });
}
