// The knowledge kept up to date by every write (store/tallies.ts) equals a count from scratch
// after ingest, curation, re-extraction's rebuild and deletes, on both engines; it does not
// depend on the order documents came in; and the answers read from it (overview, graph) equal
// the ones merged in memory from every item.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { curate, rebuildKnowledge, reextract } from '../../src/app/knowledge.js';
import type { FactsRecord } from '../../src/core/facts.js';
import { mergeAgreements, mergeEvents } from '../../src/query/knowledge/events.js';
import { graph, overview } from '../../src/query/knowledge/queries.js';
import { openStore } from '../../src/store/index.js';
import { SqlStore } from '../../src/store/sql-store.js';
import type { TallySnapshot } from '../../src/store/tallies.js';
import { eventsLinked, type UnitItem } from '../../src/store/units.js';
import type { DocumentRecord, Store } from '../../src/store/store.js';
import { ENGINES, type TestDb } from './harness.js';

type Facts = Partial<Omit<FactsRecord, 'doc' | 'published'>>;

function doc(id: string, published: string, facts: Facts, bands: string[] = []): { doc: DocumentRecord; facts: FactsRecord } {
  const text = `Note ${id} of ${published}.`;
  return {
    doc: {
      id,
      source: `test/${id}`,
      url: null,
      title: `Note ${id}`,
      published,
      lang: 'en',
      text,
      raw: text,
      offsets: [{ start: 0, rawStart: 0, length: text.length }],
      hash: `hash-${id}`,
      bands,
    },
    facts: {
      doc: id,
      lang: 'en',
      published,
      actors: [],
      people: [],
      events: [],
      agreements: [],
      flows: [],
      figures: [],
      sectors: [],
      plans: [],
      ...facts,
    } as FactsRecord,
  };
}

const visit = (actors: string[], date: string | null) => ({ type: 'visit' as const, actors, date, place: null });
const signed = (actors: string[], year: number) => ({ kind: 'agreement' as const, actors, status: 'signed' as const, year, until: null });

/** A week of visits chained by close dates, a month-level report, agreements, a story told twice, people. */
const DOCS = [
  doc('a1', '2025-03-14', { actors: ['RU-ALT', 'KZ-VOS'], events: [visit(['RU-ALT', 'KZ-VOS'], '2025-03-14')], sectors: ['agriculture'] }),
  doc('a2', '2025-03-17', { actors: ['RU-ALT', 'KZ-VOS'], events: [visit(['RU-ALT', 'KZ-VOS'], '2025-03-17')] }),
  doc('a3', '2025-03-20', { actors: ['RU-ALT', 'KZ-VOS'], events: [visit(['RU-ALT', 'KZ'], '2025-03-20')] }),
  doc('a4', '2025-04-02', { actors: ['RU', 'KZ'], events: [visit(['RU', 'KZ'], '2025-03')] }),
  doc('b1', '2025-05-10', {
    actors: ['RU-ALT', 'KZ'],
    agreements: [signed(['RU-ALT', 'KZ'], 2025)],
    people: [{ name: 'Viktor Tomenko', role: 'governor', actor: 'RU-ALT' }],
  } as Facts),
  doc('b2', '2025-05-12', {
    actors: ['RU-ALT', 'KZ-VOS'],
    agreements: [signed(['RU-ALT', 'KZ-VOS'], 2025), signed(['RU-OMS', 'KZ'], 2025)],
    people: [{ name: 'Виктор Томенко', role: 'governor', actor: 'RU-ALT' }],
  } as Facts),
  doc(
    's1',
    '2025-06-01',
    {
      actors: ['RU-ALT', 'MN'],
      events: [{ type: 'meeting', actors: ['RU-ALT', 'MN'], date: null, place: null }],
      flows: [{ from: 'RU-ALT', to: 'MN', goods: ['10', '11'] }],
      figures: [{ metric: 'turnover', actors: ['RU-ALT', 'MN'], value: 100, unit: 'USD', change_pct: null, period: '2024' }],
      plans: [{ kind: 'visit', actors: ['RU-ALT', 'MN'], year: 2026 }],
    } as Facts,
    ['band-x', 'band-y'],
  ),
  doc(
    's2',
    '2025-06-03',
    {
      actors: ['RU-ALT', 'MN'],
      events: [{ type: 'meeting', actors: ['RU', 'MN'], date: null, place: null }],
      flows: [{ from: 'RU-ALT', to: 'MN', goods: ['10'] }],
    } as Facts,
    ['band-x', 'band-y'],
  ),
];

async function fill(store: Store, docs = DOCS) {
  for (const d of docs) assert.equal((await store.putDocument(d.doc, d.facts)).status, 'inserted');
}

async function snapshots(db: TestDb): Promise<{ stored: TallySnapshot; counted: TallySnapshot }> {
  // A second connection reads under the Store (the tables are the store's own).
  const store = (await openStore(db.target)) as SqlStore;
  try {
    return await store.tallySnapshots();
  } finally {
    await store.close();
  }
}

for (const engine of ENGINES) {
  describe(`kept tallies on ${engine.name}`, () => {
    let db: TestDb;
    let store: Store;
    before(async () => {
      db = await engine.create();
      store = await openStore(db.target);
      await fill(store);
    });
    after(async () => {
      await store.close();
      await db.drop();
    });

    const same = async (when: string) => {
      const { stored, counted } = await snapshots(db);
      assert.deepEqual(stored, counted, when);
      return stored;
    };

    test('after ingest the units, edges and tallies equal a count from scratch', async () => {
      const s = await same('after ingest');
      const visits = s.units.filter((u) => u.startsWith('events|visit|'));
      assert.equal(visits.length, 1, 'a chain of close visits and a month-level one are one event');
      assert.equal(s.units.filter((u) => u.startsWith('agreements|')).length, 2, 'Altai and Kazakhstan once; Omsk apart');
      assert.equal(s.units.filter((u) => u.startsWith('flows|')).length, 1, 'a story told twice is one flow');
      assert.ok(s.tallies.includes('documents||8'));
      assert.ok(s.tallies.includes('flow|RU-ALT|MN|10|2'));
    });

    test('the overview and the graph equal the answers merged from every item', async () => {
      const items = await store.knowledge.items({});
      const o = await overview(store);
      assert.equal(o.counts.events, mergeEvents(items).length);
      assert.equal(o.counts.agreements, mergeAgreements(items).length);
      assert.deepEqual(o.latestEvents, mergeEvents(items).slice(0, 10));
      assert.equal(o.counts.documents, 8);
      assert.equal(o.counts.people, 1, 'one person across scripts');
      assert.deepEqual(await graph(store), await graph(store, { from: '2000' }), 'kept counts = the merge of the whole span');
      assert.deepEqual(await graph(store, { kind: 'visit' }), await graph(store, { from: '2000', kind: 'visit' }));
    });

    test('deleting the report that links a chain splits the event', async () => {
      assert.equal(await store.deleteDocument('a2'), true);
      assert.equal(await store.deleteDocument('a2'), false);
      const s = await same('after a delete');
      assert.equal(s.units.filter((u) => u.startsWith('events|visit|')).length, 1, 'the month-level report still joins them');
      assert.equal(await store.deleteDocument('a4'), true);
      const t = await same('after a second delete');
      assert.equal(t.units.filter((u) => u.startsWith('events|visit|')).length, 2, 'the 14th and the 20th apart');
      await fill(
        store,
        DOCS.filter((d) => d.doc.id === 'a2' || d.doc.id === 'a4'),
      );
      await same('after ingesting them again');
    });

    test('curation and the rebuild of re-extraction keep them equal', async () => {
      const facts = (await store.getFacts('b2'))!;
      assert.equal(facts.agreements.length, 2);
      await curate(store, { doc: 'b2', list: 'agreements', index: 0 }, 'reject');
      await same('after a rejection');
      await curate(store, { doc: 's2', list: 'flows', index: 0 }, 'correct', { item: { from: 'RU-ALT', to: 'MN', goods: ['44'] } });
      const s = await same('after a correction');
      assert.ok(s.tallies.includes('flow|RU-ALT|MN|44|1'));
      await rebuildKnowledge(store);
      await same('after the rebuild');
    });

    test('the migration builds them for an existing store', async () => {
      const raw = await openStore(db.target);
      try {
        await (raw as SqlStore).rebuildTallies();
      } finally {
        await raw.close();
      }
      await same('after a rebuild from scratch');
    });

    test('the order documents come in does not matter', async () => {
      const other = await engine.create();
      const reversed = await openStore(other.target);
      try {
        await fill(reversed, [...DOCS].reverse());
        const a = (await snapshots(other)).stored;
        const fresh = await engine.create();
        const forward = await openStore(fresh.target);
        await fill(forward);
        const b = (await snapshots(fresh)).stored;
        await forward.close();
        await fresh.drop();
        assert.deepEqual(a, b);
      } finally {
        await reversed.close();
        await other.drop();
      }
    });

    test('reextract keeps them equal', async () => {
      // Extraction again over the stored texts (these say little): the facts change, the tallies follow.
      const summary = await reextract(store);
      assert.ok(summary.changed > 0);
      await same('after reextract');
    });

    test('writers on several connections at once keep them equal', async () => {
      const other = await engine.create();
      const stores = await Promise.all([0, 1, 2, 3].map(() => openStore(other.target)));
      try {
        const docs = Array.from({ length: 32 }, (_, i) =>
          doc(`c${i}`, `2025-03-${String(1 + (i % 20)).padStart(2, '0')}`, {
            actors: ['RU-ALT', i % 3 ? 'KZ-VOS' : 'KZ'],
            events: [visit(['RU-ALT', i % 3 ? 'KZ-VOS' : 'KZ'], `2025-03-${String(1 + (i % 20)).padStart(2, '0')}`)],
            agreements: [signed(['RU-ALT', i % 2 ? 'KZ' : 'MN'], 2025)],
            flows: [{ from: 'RU-ALT', to: i % 2 ? 'KZ-VOS' : 'MN', goods: ['10'] }],
          } as Facts),
        );
        await Promise.all(
          stores.map((s, w) =>
            fill(
              s,
              docs.filter((_, i) => i % stores.length === w),
            ),
          ),
        );
        const { stored, counted } = await snapshots(other);
        assert.deepEqual(stored, counted);
        assert.ok(stored.tallies.includes('documents||32'));
      } finally {
        for (const s of stores) await s.close();
        await other.drop();
      }
    });
  });
}

describe('the event relation', () => {
  const item = (id: string, actors: string[], date: string | null, cluster = id): UnitItem => ({
    id,
    doc: id,
    list: 'events',
    kind: 'visit',
    cluster,
    published: '2025-01-01',
    payload: { type: 'visit', actors, date },
  });

  test('links reports of close dates whose parties agree, a region matching its own country', () => {
    assert.ok(eventsLinked(item('a', ['RU-ALT', 'KZ-VOS'], '2025-03-14'), item('b', ['RU-ALT', 'KZ'], '2025-03-17')));
    assert.ok(eventsLinked(item('a', ['RU-ALT', 'KZ-VOS'], '2025-03-14'), item('b', ['RU-ALT', 'KZ'], '2025-03')));
    assert.ok(eventsLinked(item('a', ['RU', 'MN'], null, 'story'), item('b', ['RU-ALT', 'MN'], null, 'story')), 'one story');
  });

  test('keeps apart reports four days apart, of other parties, or of one year and one day', () => {
    assert.ok(!eventsLinked(item('a', ['RU-ALT', 'KZ-VOS'], '2025-03-14'), item('b', ['RU-ALT', 'KZ-VOS'], '2025-03-18')));
    assert.ok(!eventsLinked(item('a', ['RU-ALT', 'KZ-VOS'], '2025-03-14'), item('b', ['RU-OMS', 'KZ-VOS'], '2025-03-14')));
    assert.ok(!eventsLinked(item('a', ['RU-ALT', 'KZ-VOS'], '2025'), item('b', ['RU-ALT', 'KZ-VOS'], '2025-03-14')));
    assert.ok(!eventsLinked(item('a', ['RU-ALT'], null, 'story'), item('b', ['MN'], null, 'story')), 'one story, no side in common');
    assert.ok(!eventsLinked(item('a', ['RU-ALT', 'KZ'], null, 'story'), item('b', ['RU-ALT', 'MN'], null, 'story')), 'one side only');
  });
});
