// Kept answers on both engines: capped dossiers are computed once per knowledge version and never
// served after the knowledge has changed; the overview and the graph are never kept (every write
// keeps their structures current, store/tallies.ts) and follow every change at once.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withStore } from '../../src/app/store.js';
import { curate } from '../../src/app/knowledge.js';
import { ingestDocument } from '../../src/app/ingest.js';
import { sourceDoc } from '../../src/ingest/source.js';
import { dossier, graph, overview, PAGE_SOURCES, refreshKept } from '../../src/query/knowledge/queries.js';
import { dossierMarkdown } from '../../src/query/knowledge/render.js';
import type { Store } from '../../src/store/store.js';
import { ENGINES } from '../store/harness.js';
import { fixtureStore } from './helpers.js';

const STORY = (n: number) =>
  `Алтайский край и Монголия подписали соглашение о поставках зерна номер ${n}. ` +
  `Губернатор Алтайского края встретился с послом Монголии в Барнауле ${n} марта.`;

async function ingestStory(store: Store, n: number) {
  const read = sourceDoc({
    id: `story-${n}`,
    source: `test:story-${n}`,
    published: `2025-04-${String(n).padStart(2, '0')}`,
    body: STORY(n),
  });
  assert.ok(read.ok);
  const outcome = await ingestDocument(store, read.doc);
  assert.equal(outcome.status, 'inserted');
}

for (const engine of ENGINES) {
  describe(`kept answers on ${engine.name}`, () => {
    const kb = fixtureStore(engine);

    test('every write to the knowledge bumps its version', async () => {
      let v = await kb.store.knowledge.version();
      await kb.store.knowledge.putMerge('person-a', 'person-b');
      assert.equal(await kb.store.knowledge.version(), ++v);
      await kb.store.knowledge.addAlias('person-b', 'B.');
      assert.equal(await kb.store.knowledge.version(), ++v);
      await ingestStory(kb.store, 1);
      assert.ok((await kb.store.knowledge.version()) > v, 'an ingested document');
      v = await kb.store.knowledge.version();
      await kb.store.knowledge.addToken('reader', 'hash-1', 'reader');
      assert.equal(await kb.store.knowledge.version(), v, 'a token is not knowledge');
    });

    test('an answer is kept at its version and a newer one is never overwritten by an older', async () => {
      const v = await kb.store.knowledge.version();
      await kb.store.knowledge.putSummary('probe', v, { n: 1 });
      assert.deepEqual(await kb.store.knowledge.summary('probe'), { version: v, body: { n: 1 } });
      await kb.store.knowledge.putSummary('probe', v - 1, { n: 0 });
      assert.deepEqual(await kb.store.knowledge.summary('probe'), { version: v, body: { n: 1 } });
      await kb.store.knowledge.putSummary('other', v + 1, { n: 2 });
      assert.equal(await kb.store.knowledge.summary('probe'), null, 'answers older than the newest kept are dropped');
    });

    test('the overview and the graph follow every change', async () => {
      const first = await overview(kb.store);
      assert.deepEqual(await overview(kb.store), first, 'the same answer at the same version');
      assert.equal(await kb.store.knowledge.summary('overview'), null, 'and nothing kept for it');
      const edges = (await graph(kb.store)).edges.length;

      await ingestStory(kb.store, 2);
      const second = await overview(kb.store);
      assert.equal(second.counts.documents, first.counts.documents + 1);

      const event = (await overview(kb.store)).latestEvents[0]!;
      const doc = event.sources[0]!.doc;
      const facts = await kb.store.getFacts(doc);
      const index = facts!.events.findIndex((e) => e.type === event.type);
      await curate(kb.store, { doc, list: 'events', index }, 'reject');
      const third = await overview(kb.store);
      assert.notDeepEqual(third.latestEvents, second.latestEvents, 'a rejected event leaves the overview at once');
      assert.ok((await graph(kb.store)).edges.length >= 1 && edges >= 1);
    });

    test('a capped dossier keeps the newest sources and counts them all', async () => {
      for (const n of [3, 4, 5]) await ingestStory(kb.store, n);
      const full = await dossier(kb.store, 'RU-ALT', 'MN');
      const capped = await dossier(kb.store, 'RU-ALT', 'MN', { sources: 1 });
      const line = full.agreements.find((a) => a.sources.length > 1)!;
      assert.ok(line, 'an agreement told by several stories');
      const cut = capped.agreements.find((a) => a.id === line.id)!;
      assert.equal(cut.sourceCount, line.sources.length);
      assert.deepEqual(cut.sources, line.sources.slice(-1), 'the newest source');
      assert.equal(full.agreements[0]!.sourceCount, undefined, 'an uncapped dossier has every source and no count');
      assert.deepEqual(await dossier(kb.store, 'RU-ALT', 'MN', { sources: 1 }), capped);
      assert.match(dossierMarkdown(capped), new RegExp(`; and ${line.sources.length - 1} more`), 'the briefing says how many more');
    });

    test('a refresh computes the busiest dossiers ahead', async () => {
      await ingestStory(kb.store, 6);
      await refreshKept(kb.store);
      const v = await kb.store.knowledge.version();
      for (const name of ['overview', 'graph']) assert.equal(await kb.store.knowledge.summary(name), null, name);
      const busiest = (await graph(kb.store)).nodes[0]!.id;
      const today = (await dossier(kb.store, busiest)).today;
      assert.equal((await kb.store.knowledge.summary(`dossier:${busiest}||${today}|${PAGE_SOURCES}`))?.version, v);
    });

    test('a command that writes leaves the kept answers current', async () => {
      // A second connection, as a CLI process would open, writes and refreshes before closing.
      await withStore(kb.db.target, (other) => ingestStory(other, 7));
      const busiest = (await graph(kb.store)).nodes[0]!.id;
      const today = (await dossier(kb.store, busiest)).today;
      const kept = await kb.store.knowledge.summary(`dossier:${busiest}||${today}|${PAGE_SOURCES}`);
      assert.equal(kept?.version, await kb.store.knowledge.version());
      assert.equal((await overview(kb.store)).counts.documents, await kb.store.countDocuments());
    });
  });
}
