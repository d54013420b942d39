// Bulk ingest: 1,000 small documents (with band keys and facts), one transaction each, on each
// engine. The time is reported, not asserted (machines differ); the count must be right.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { emptyFacts } from '../../src/core/facts.js';
import { openStore, type Store } from '../../src/store/index.js';
import { ENGINES, makeDoc, type TestDb } from './harness.js';

const DOCS = 1000;
const BANDS = 16;

for (const engine of ENGINES) {
  describe(`bulk ingest on ${engine.name}`, () => {
    let db: TestDb;
    let store: Store;

    beforeEach(async () => {
      db = await engine.create();
      store = await openStore(db.target);
    });

    afterEach(async () => {
      await store?.close();
      await db?.drop();
    });

    test(`${DOCS} documents`, async (t) => {
      const docs = Array.from({ length: DOCS }, (_, i) =>
        makeDoc(`bulk-${i}`, `Заметка ${i}: область ${i % 50} и провинция ${i % 7} обсудили поставки товаров номер ${i}.`, {
          published: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
          bands: Array.from({ length: BANDS }, (_, b) => `${b}:${(i * 31 + b * 17) % 5000}`),
        }),
      );
      const started = performance.now();
      for (const doc of docs) await store.putDocument(doc, emptyFacts(doc.id, doc.lang, doc.published));
      const ms = performance.now() - started;
      t.diagnostic(`${engine.name}: ${DOCS} documents in ${Math.round(ms)} ms (${(ms / DOCS).toFixed(2)} ms each)`);
      assert.equal(await store.countDocuments(), DOCS);
      const searchStarted = performance.now();
      assert.equal((await store.search({ q: 'поставка товара', limit: 5 })).length, 5);
      t.diagnostic(`${engine.name}: search over ${DOCS} documents in ${Math.round(performance.now() - searchStarted)} ms`);
    });
  });
}
