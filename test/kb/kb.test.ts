// The knowledge base over both engines, from our own fixture articles: events merged across
// sources, commitments followed to fulfilment, partners, dossiers, people, curation and reextract.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { curate, reextract } from '../../src/app/knowledge.js';
import { getFacts } from '../../src/query/documents.js';
import { dossier, exportRows, graph, listPeople, overview, partners, searchFaceted, timeline } from '../../src/query/knowledge/queries.js';
import { dossierMarkdown, graphGexf, graphGraphml, toCsv } from '../../src/query/knowledge/render.js';
import { ENGINES } from '../store/harness.js';
import { fixtureStore } from './helpers.js';

const docsOf = (line: { sources: { doc: string }[] }) => line.sources.map((s) => s.doc).sort();

for (const engine of ENGINES) {
  describe(`knowledge base on ${engine.name}`, () => {
    const kb = fixtureStore(engine);

    test('ingest projects every item, indexed by party', async () => {
      const rows = await kb.db.rows('select count(*) as n from item_parties where party = ?', ['KZ-VOS']);
      assert.ok(Number(rows[0]!.n) >= 10);
      const versions = await kb.db.rows('select distinct engine_version as v from facts');
      assert.deepEqual(
        versions.map((r) => r.v),
        ['0.1.0'],
      );
    });

    test('one story told by two sources is one event with two sources', async () => {
      const d = await dossier(kb.store, 'RU-ALT', 'KZ-VOS');
      const meetings = d.timeline.filter((e) => e.type === 'meeting');
      assert.equal(meetings.length, 1);
      assert.equal(meetings[0]!.date, '2025-03-12');
      assert.deepEqual(docsOf(meetings[0]!), ['barnaul-talks-en', 'barnaul-talks-ru']);
      assert.equal(d.timeline.filter((e) => e.type === 'signing').length, 1);
      const signed = d.agreements.filter((a) => a.status === 'signed');
      assert.equal(signed.length, 1);
      assert.deepEqual(docsOf(signed[0]!), ['barnaul-talks-en', 'barnaul-talks-ru']);
    });

    test('a plan followed by a matching later event is fulfilled; one whose year has passed is overdue', async () => {
      const d = await dossier(kb.store, 'RU-ALT', 'KZ-VOS');
      const visit = d.commitments.find((c) => c.kind === 'visit');
      assert.equal(visit?.status, 'fulfilled');
      assert.equal(visit.fulfilledBy?.type, 'visit');
      assert.equal(visit.fulfilledBy?.date, '2025-06-03');
      assert.deepEqual(docsOf(visit), ['mission-plan']);

      const mn = await dossier(kb.store, 'RU-ALT', 'MN');
      assert.equal(mn.today, '2025-06-05', 'today defaults to the newest publication');
      assert.deepEqual(
        mn.commitments.map((c) => [c.kind, c.year, c.status]),
        [['business_mission', 2024, 'overdue']],
      );
      const before2024 = await dossier(kb.store, 'RU-ALT', 'MN', { today: '2024-03-01' });
      assert.equal(before2024.commitments[0]!.status, 'open');
    });

    test('partners rank by activity, a country above its regions', async () => {
      const ranked = await partners(kb.store, 'RU-ALT');
      assert.deepEqual(
        ranked.slice(0, 3).map((p) => p.party),
        ['KZ', 'KZ-VOS', 'MN'],
      );
      assert.ok(ranked[0]!.score > ranked[2]!.score);
      assert.equal(ranked[0]!.lastContact, '2025-06-05');
      assert.equal(ranked[0]!.names.en[0], 'Kazakhstan');
      assert.ok(!ranked.some((p) => p.party === 'RU'), 'a region’s own country is no partner');
    });

    test('a dossier has every section with the documents behind each line; a country covers its regions', async () => {
      const d = await dossier(kb.store, 'RU-ALT', 'KZ');
      assert.deepEqual(
        d.parties.map((p) => p.code),
        ['RU-ALT', 'KZ'],
      );
      assert.ok(d.timeline.some((e) => e.type === 'visit' && e.actors.includes('KZ-VOS')));
      const grain = d.flows.find((f) => f.chapter === '10');
      assert.deepEqual([grain?.from, grain?.to, grain?.chapterName.en], ['RU-ALT', 'KZ-VOS', 'Cereals']);
      assert.ok(grain!.chapterName.ru);
      assert.deepEqual(docsOf(grain!), ['barnaul-talks-en', 'barnaul-talks-ru']);
      assert.ok(d.sectors.some((s) => s.sector === 'agriculture' && s.sources.length >= 1));
      for (const line of [...d.timeline, ...d.agreements, ...d.flows, ...d.sectors, ...d.people, ...d.commitments]) {
        assert.ok(line.sources.length > 0);
        for (const s of line.sources) assert.ok(s.title && s.published, `source ${s.doc} has a title and a date`);
      }
      const md = dossierMarkdown(d);
      assert.match(md, /## Trade flows\n\n- RU-ALT → KZ-VOS: HS 10 Cereals/);
      assert.match(md, /barnaul-talks-en \(2025-03-15, «Altai Krai and East Kazakhstan sign a farming agreement»\)/);
    });

    test('people are merged across scripts, with their offices dated', async () => {
      const people = await listPeople(kb.store, { party: 'RU-ALT' });
      assert.equal(people.length, 1);
      const [tomenko] = people;
      assert.equal(tomenko!.id, 'tomenko-v');
      assert.deepEqual(new Set([tomenko!.name, ...tomenko!.aliases]), new Set(['Виктор Томенко', 'Viktor Tomenko']));
      assert.deepEqual(tomenko!.offices, [{ role: 'governor', party: 'RU-ALT', from: '2025-03-14', to: '2025-06-05' }]);
      const akim = (await listPeople(kb.store, { party: 'KZ-VOS' }))[0]!;
      assert.deepEqual(new Set([akim.name, ...akim.aliases]), new Set(['Ермек Кошербаев', 'Yermek Kosherbayev']));
    });

    test('curated merges and aliases apply on read', async () => {
      const akim = (await listPeople(kb.store, { party: 'KZ-VOS' }))[0]!;
      await kb.store.knowledge.addAlias(akim.id, 'Е. Кошербаев');
      await kb.store.knowledge.putMerge('someone-x', akim.id);
      const again = (await listPeople(kb.store, { party: 'KZ-VOS' }))[0]!;
      assert.ok(again.aliases.includes('Е. Кошербаев'));
      await kb.store.knowledge.putMerge(akim.id, 'tomenko-v');
      const merged = await listPeople(kb.store, {});
      assert.equal(merged.length, 1);
      assert.equal(merged[0]!.offices.length, 2, 'two offices kept apart in the merged history');
      await kb.store.knowledge.putMerge(akim.id, akim.id);
    });

    test('timeline, graph, overview, exports and faceted search read the same items', async () => {
      const events = await timeline(kb.store, { party: 'KZ', type: 'visit' });
      assert.deepEqual(
        events.map((e) => e.date),
        ['2025-06-03'],
      );
      assert.equal((await timeline(kb.store, { from: '2025-06-01' })).length, 1);
      const g = await graph(kb.store);
      const edge = g.edges.find((e) => e.source === 'KZ-VOS' && e.target === 'RU-ALT');
      assert.equal(edge?.kinds.meeting, 1, 'two sources, one meeting (different stories count, a story once)');
      assert.ok(g.nodes.find((n) => n.id === 'RU-ALT')?.lat);
      assert.match(graphGraphml(g), /<edge source="KZ-VOS" target="RU-ALT">/);
      assert.match(graphGexf(g), /<gexf/);
      const o = await overview(kb.store);
      assert.equal(o.counts.documents, 5);
      assert.equal(o.counts.events, 3, 'meeting, signing, visit');
      assert.deepEqual(o.activityByMonth.at(-1), { month: '2025-06', count: 1 });
      const flows = await exportRows(kb.store, 'flows');
      assert.match(toCsv(flows), /^from,to,chapter,chapterName,sources\n/);
      assert.equal((await exportRows(kb.store, 'facts')).length, 5);
      const found = await searchFaceted(kb.store, { q: 'Altai', sector: 'agriculture' });
      assert.ok(found.items.length >= 1);
      assert.equal(found.facets.lang.en, found.items.length);
      assert.ok(found.facets.party['KZ-VOS']! >= 1);
      assert.ok(found.facts.every((f) => f.list === 'sectors'));
    });

    test('a rejected item leaves the served facts and the dossiers, and stays rejected after reextract', async () => {
      const served = await getFacts(kb.store, 'barnaul-talks-en');
      const index = served!.events.findIndex((e) => e.type === 'meeting');
      await curate(kb.store, { doc: 'barnaul-talks-en', list: 'events', index }, 'reject');
      const flowIndex = served!.flows.findIndex((f) => f.from === 'RU-ALT');
      await curate(kb.store, { doc: 'barnaul-talks-en', list: 'flows', index: flowIndex }, 'correct', {
        item: { from: 'RU-ALT', to: 'KZ-VOS', goods: ['10'] },
      });
      const check = async () => {
        const facts = await getFacts(kb.store, 'barnaul-talks-en');
        assert.ok(!facts!.events.some((e) => e.type === 'meeting'));
        assert.deepEqual(facts!.flows, [{ from: 'RU-ALT', to: 'KZ-VOS', goods: ['10'] }]);
        const d = await dossier(kb.store, 'RU-ALT', 'KZ-VOS');
        assert.deepEqual(docsOf(d.timeline.find((e) => e.type === 'meeting')!), ['barnaul-talks-ru']);
        assert.deepEqual(docsOf(d.flows.find((f) => f.chapter === '11')!), ['barnaul-talks-ru']);
      };
      await check();
      const summary = await reextract(kb.store);
      assert.equal(summary.documents, 5);
      assert.equal(summary.failed.length, 0);
      assert.equal(summary.changed, 0);
      await check();
    });
  });
}
