// The Store contract, run against both engines: a fresh SQLite file or PostgreSQL schema per test.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { emptyFacts, type FactsRecord } from '../../src/core/facts.js';
import { openStore, type Store } from '../../src/store/index.js';
import { migrations, type EngineDdl } from '../../src/store/migrations.js';
import { ENGINES, makeDoc, type TestDb } from './harness.js';

const RU_AGREEMENT = 'Губернатор Томенко и аким Павлодарской области подписали соглашение о сотрудничестве в торговле зерном и техникой.';
const EN_AGREEMENT = 'Governor Tomenko and the akim of Pavlodar region discussed new agreements on grain and machinery trade.';
const RU_FORUM = 'В Ташкенте прошёл форум по транспортной логистике между регионами двух стран.';
const EN_TOURISM = 'Mongolian and Buryat delegations met in Ulaanbaatar to plan joint tourism routes for the summer.';

function facts(doc: string): FactsRecord {
  return {
    ...emptyFacts(doc, 'ru', '2024-03-15'),
    title: 'Заголовок',
    actors: ['RU-ALT', 'KZ-55'],
    people: [{ name: 'Томенко', role: 'governor', actor: 'RU-ALT', evidence: [{ start: 0, end: 10, rule: 'test' }] }],
    agreements: [{ kind: 'agreement', actors: ['RU-ALT', 'KZ-55'], status: 'signed', year: 2024, until: null }],
    figures: [{ metric: 'turnover', actors: ['RU', 'KZ'], value: 1.5e9, unit: 'USD', change_pct: -2.5, period: '2023' }],
    sectors: ['agriculture', 'trade'],
  };
}

for (const engine of ENGINES) {
  describe(`store on ${engine.name}`, () => {
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

    test('reports its engine and migrates once however often it is asked', async () => {
      assert.equal(store.engine, engine.name);
      await store.putDocument(makeDoc('kept', RU_FORUM), null);
      await store.migrate();
      const again = await openStore(db.target);
      await again.migrate();
      await again.close();
      assert.deepEqual(
        (await db.rows('select name from migrations order by name')).map((r) => r.name),
        // Every migration once, in order (the list grows at its end).
        Object.keys(migrations({} as EngineDdl)).sort(),
      );
      assert.deepEqual(Object.keys(migrations({} as EngineDdl)).slice(0, 4), [
        '0001_documents',
        '0002_knowledge',
        '0003_summaries',
        '0004_monitoring',
      ]);
      assert.equal(await store.countDocuments(), 1);
    });

    test('stores a document and gives it back as it was', async () => {
      const doc = makeDoc('ru-1', RU_AGREEMENT, {
        title: 'Соглашение подписано',
        published: '2024-03-15',
        url: 'https://example.org/a',
        raw: `<p>${RU_AGREEMENT}</p>`,
        offsets: [{ start: 0, rawStart: 3, length: RU_AGREEMENT.length }],
        bands: ['b1', 'b2'],
      });
      const outcome = await store.putDocument(doc, null);
      assert.deepEqual(outcome, { status: 'inserted', id: 'ru-1', cluster: 'ru-1', nearDuplicateOf: null });
      const stored = await store.getDocument('ru-1');
      assert.ok(stored);
      const { bands: _bands, ...fields } = doc;
      const { ingestedAt, cluster, ...rest } = stored;
      assert.deepEqual(rest, fields);
      assert.equal(cluster, 'ru-1');
      assert.ok(Math.abs(Date.parse(ingestedAt) - Date.now()) < 60_000, ingestedAt);
      assert.equal(await store.getDocument('missing'), null);
      assert.equal(await store.countDocuments(), 1);
    });

    test('lists newest first, undated last, and filters by language and inclusive dates', async () => {
      await store.putDocument(makeDoc('a', RU_AGREEMENT, { published: '2024-03-15' }), null);
      await store.putDocument(makeDoc('b', EN_AGREEMENT, { published: '2024-03-20', lang: 'en' }), null);
      await store.putDocument(makeDoc('c', RU_FORUM, { published: '2023-12-31' }), null);
      await store.putDocument(makeDoc('d', EN_TOURISM, { lang: 'en' }), null);
      const ids = async (q = {}) => (await store.listDocuments(q)).map((d) => d.id);
      assert.deepEqual(await ids(), ['b', 'a', 'c', 'd']);
      assert.deepEqual(await ids({ lang: 'en' }), ['b', 'd']);
      assert.deepEqual(await ids({ from: '2024-03-15', to: '2024-03-20' }), ['b', 'a']);
      assert.deepEqual(await ids({ to: '2024-03-15' }), ['a', 'c']);
      assert.deepEqual(await ids({ from: '2024-01-01', lang: 'ru' }), ['a']);
      assert.deepEqual(await ids({ limit: 2, offset: 1 }), ['a', 'c']);
      assert.equal(await store.countDocuments({ lang: 'ru' }), 2);
      assert.equal(await store.countDocuments({ from: '2024-03-16' }), 1);
      const [first] = await store.listDocuments({ limit: 1 });
      assert.deepEqual(Object.keys(first!).sort(), ['cluster', 'id', 'ingestedAt', 'lang', 'published', 'source', 'title']);
    });

    test('the same content again is a duplicate and writes nothing', async () => {
      await store.putDocument(makeDoc('first', RU_AGREEMENT), facts('first'));
      const again = await store.putDocument(makeDoc('other-name', RU_AGREEMENT, { bands: ['x'] }), emptyFacts('other-name', 'ru', null));
      assert.deepEqual(again, { status: 'duplicate', id: 'other-name', existingId: 'first' });
      assert.equal(await store.countDocuments(), 1);
      assert.equal(await store.getDocument('other-name'), null);
      assert.deepEqual(await store.getFacts('first'), facts('first'));
      assert.deepEqual(await db.rows('select band from document_bands'), []);
    });

    test('an id already taken by other content keeps both, the newcomer under a suffixed id', async () => {
      await store.putDocument(makeDoc('same-id', RU_AGREEMENT), null);
      const other = makeDoc('same-id', RU_FORUM);
      const outcome = await store.putDocument(other, facts('same-id'));
      const suffixed = `same-id~${other.hash.slice(0, 8)}`;
      assert.deepEqual(outcome, { status: 'inserted', id: suffixed, cluster: suffixed, nearDuplicateOf: null });
      assert.equal((await store.getDocument('same-id'))?.text, RU_AGREEMENT);
      assert.equal((await store.getDocument(suffixed))?.text, RU_FORUM);
      assert.equal((await store.getFacts(suffixed))?.doc, suffixed, 'facts follow the id the document got');
      assert.equal(await store.countDocuments(), 2);
    });

    test('near-duplicates join the cluster of the document they share band keys with', async () => {
      await store.putDocument(makeDoc('orig', 'Первая версия заметки о форуме.', { bands: ['k1', 'k2', 'k3'] }), null);
      await store.putDocument(makeDoc('weak', 'Другая заметка с одним общим ключом.', { bands: ['k3', 'w1'] }), null);
      const close = await store.putDocument(makeDoc('copy', 'Вторая версия заметки о форуме.', { bands: ['k1', 'k2', 'c1'] }), null);
      assert.deepEqual(close, { status: 'inserted', id: 'copy', cluster: 'orig', nearDuplicateOf: 'orig' });
      // Clusters are transitive: a copy of a copy stays in the first story's cluster.
      const chain = await store.putDocument(makeDoc('chain', 'Третья версия, уже от копии.', { bands: ['c1', 'z'] }), null);
      assert.deepEqual(chain, { status: 'inserted', id: 'chain', cluster: 'orig', nearDuplicateOf: 'copy' });
      const alone = await store.putDocument(makeDoc('alone', 'Совсем другая история.', { bands: ['q1'] }), null);
      assert.deepEqual(alone, { status: 'inserted', id: 'alone', cluster: 'alone', nearDuplicateOf: null });
      assert.equal((await store.getDocument('weak'))?.cluster, 'orig');
      assert.deepEqual(
        (await store.listDocuments())
          .filter((d) => d.cluster === 'orig')
          .map((d) => d.id)
          .sort(),
        ['chain', 'copy', 'orig', 'weak'],
      );
    });

    test('a band key shared by many documents still leads to the closest one', async () => {
      // More documents on one key than the lookup counts per key: the closest stored document
      // sorts after all of them, and is found through the rarer keys it shares.
      for (let i = 0; i < 100; i++) {
        const id = `crowd-${String(i).padStart(3, '0')}`;
        await store.putDocument(makeDoc(id, `Заметка ${i} из одного шаблона.`, { bands: ['crowd', `own-${i}`] }), null);
      }
      const target = await store.putDocument(makeDoc('zz-target', 'Исходная версия.', { bands: ['crowd', 't1', 't2'] }), null);
      assert.deepEqual(target, { status: 'inserted', id: 'zz-target', cluster: 'crowd-000', nearDuplicateOf: 'crowd-000' });
      const copy = await store.putDocument(makeDoc('zz-copy', 'Копия исходной версии.', { bands: ['crowd', 't1', 't2', 'c1'] }), null);
      assert.deepEqual(copy, { status: 'inserted', id: 'zz-copy', cluster: 'crowd-000', nearDuplicateOf: 'zz-target' });
      // Only the crowded key in common: the tie goes to the smallest id.
      const plain = await store.putDocument(makeDoc('plain', 'Ещё одна заметка.', { bands: ['crowd', 'p1'] }), null);
      assert.deepEqual(plain, { status: 'inserted', id: 'plain', cluster: 'crowd-000', nearDuplicateOf: 'crowd-000' });
      // A key given twice counts once: one key each with the copy and crowd-007, the smaller id wins.
      const repeated = await store.putDocument(makeDoc('repeated', 'Повтор ключей.', { bands: ['c1', 'c1', 'c1', 'own-7'] }), null);
      assert.equal(repeated.status === 'inserted' && repeated.nearDuplicateOf, 'crowd-007');
    });

    test('facts round-trip, are replaced by putFacts, and need their document', async () => {
      await store.putDocument(makeDoc('f', RU_AGREEMENT), facts('f'));
      assert.deepEqual(await store.getFacts('f'), facts('f'));
      const redone = { ...facts('f'), sectors: ['energy' as const], people: [] };
      await store.putFacts('f', redone, { engineVersion: '2.0.0' });
      assert.deepEqual(await store.getFacts('f'), redone);
      assert.deepEqual(await db.rows('select engine_version from facts where doc_id = ?', ['f']), [{ engine_version: '2.0.0' }]);
      await store.putDocument(makeDoc('bare', RU_FORUM), null);
      assert.equal(await store.getFacts('bare'), null);
      await store.putFacts('bare', emptyFacts('bare', 'ru', null));
      assert.deepEqual(await store.getFacts('bare'), emptyFacts('bare', 'ru', null));
      await assert.rejects(store.putFacts('nowhere', facts('nowhere')), /no document nowhere/);
    });

    test('a failure midway leaves no half-written document', async () => {
      const doc = makeDoc('atomic', RU_AGREEMENT, { bands: ['shared-band'] });
      const unserialisable = { ...facts('atomic'), figures: [{ ...facts('atomic').figures[0]!, value: 10n as unknown as number }] };
      await assert.rejects(store.putDocument(doc, unserialisable), /BigInt/);
      assert.equal(await store.getDocument('atomic'), null);
      assert.equal(await store.countDocuments(), 0);
      assert.deepEqual(await store.search({ q: 'соглашение' }), []);
      assert.deepEqual(await db.rows('select band from document_bands'), []);
      // Nothing left behind claims the hash or the band: the retry and a neighbour go through cleanly.
      const neighbour = await store.putDocument(makeDoc('neighbour', RU_FORUM, { bands: ['shared-band'] }), null);
      assert.equal(neighbour.status === 'inserted' && neighbour.cluster, 'neighbour');
      const retry = await store.putDocument(doc, facts('atomic'));
      assert.deepEqual(retry, { status: 'inserted', id: 'atomic', cluster: 'neighbour', nearDuplicateOf: 'neighbour' });
    });

    describe('full-text search', () => {
      beforeEach(async () => {
        await store.putDocument(makeDoc('ru-agreement', RU_AGREEMENT, { title: 'Регионы договорились', published: '2024-03-15' }), null);
        await store.putDocument(makeDoc('en-agreement', EN_AGREEMENT, { lang: 'en', published: '2024-04-01' }), null);
        await store.putDocument(makeDoc('ru-forum', RU_FORUM, { published: '2023-11-02' }), null);
        await store.putDocument(makeDoc('en-tourism', EN_TOURISM, { lang: 'en' }), null);
      });
      const ids = async (q: string, more = {}) => (await store.search({ q, ...more })).map((h) => h.id).sort();

      test('finds other forms of a Russian word', async () => {
        const [hit, ...rest] = await store.search({ q: 'соглашения' });
        assert.equal(rest.length, 0);
        assert.equal(hit?.id, 'ru-agreement');
        assert.match(hit!.snippet, /подписали \[\[соглашение\]\] о сотрудничестве/);
        assert.equal(typeof hit!.score, 'number');
        assert.equal(hit!.published, '2024-03-15');
        assert.deepEqual(await ids('торговля зерна'), ['ru-agreement']);
        assert.deepEqual(await ids('прошел форум'), ['ru-forum'], 'ё and е are one letter to search');
      });

      test('finds other forms of an English word', async () => {
        assert.deepEqual(await ids('agreement'), ['en-agreement']);
        assert.deepEqual(await ids('delegation meeting'), []);
        assert.deepEqual(await ids('Mongolia delegation'), []);
        assert.deepEqual(await ids('Mongolian delegation'), ['en-tourism']);
        const [hit] = await store.search({ q: 'routes' });
        assert.match(hit!.snippet, /joint tourism \[\[routes\]\] for/);
      });

      test('a name finds the documents in its script', async () => {
        assert.deepEqual(await ids('Tomenko'), ['en-agreement']);
        assert.deepEqual(await ids('Томенко'), ['ru-agreement']);
        assert.deepEqual(await ids('Томенко Павлодарской'), ['ru-agreement']);
        assert.deepEqual(await ids('Томенко туризм'), [], 'every word must match');
      });

      test('matches the title too', async () => {
        const [hit] = await store.search({ q: 'договорились' });
        assert.equal(hit?.id, 'ru-agreement');
        assert.equal(hit!.snippet, RU_AGREEMENT, 'no match in the text: the snippet is its start, unmarked');
      });

      test('filters by language and dates, and pages', async () => {
        assert.deepEqual(await ids('grain', { lang: 'ru' }), []);
        assert.deepEqual(await ids('Tomenko', { lang: 'en', from: '2024-04-01', to: '2024-04-01' }), ['en-agreement']);
        assert.deepEqual(await ids('Tomenko', { to: '2024-03-31' }), []);
        assert.deepEqual(await ids('регион'), ['ru-agreement', 'ru-forum']);
        assert.equal((await store.search({ q: 'регион', limit: 1 })).length, 1);
        assert.equal((await store.search({ q: 'регион', limit: 1, offset: 1 })).length, 1);
        assert.equal((await store.search({ q: 'регион', offset: 2 })).length, 0);
      });

      test('a query with no words finds nothing', async () => {
        assert.deepEqual(await store.search({ q: ' ,.! ' }), []);
        assert.deepEqual(await store.search({ q: '"OR" NEAR(' }), []);
      });

      test('snippets are a window of the text around the first match', async () => {
        const filler = 'Обычные слова о погоде и дорогах повторяются здесь много раз. '.repeat(8);
        const text = `${filler}Стороны обсудили соглашения по экспорту муки. ${filler}`;
        await store.putDocument(makeDoc('long', text, { bands: [] }), null);
        const [hit] = await store.search({ q: 'соглашение мука' });
        assert.ok(hit);
        assert.match(hit.snippet, /^….*обсудили \[\[соглашения\]\] по экспорту \[\[муки\]\].*…$/);
        const plain = hit.snippet.replace(/\[\[|\]\]/g, '').slice(1, -1);
        assert.ok(text.includes(plain), 'the snippet is text as written');
        assert.ok(plain.length <= 200 && plain.length > 150, `length ${plain.length}`);
      });

      test('snippets for the first hits only, and for any documents on demand', async () => {
        for (const n of [1, 2, 3]) await store.putDocument(makeDoc(`oilseed-${n}`, `Поставки подсолнечника, партия ${n}.`), null);
        const hits = await store.search({ q: 'подсолнечник', snippets: 1 });
        assert.equal(hits.length, 3);
        assert.match(hits[0]!.snippet, /\[\[подсолнечника\]\]/);
        assert.deepEqual(
          hits.slice(1).map((h) => h.snippet),
          ['', ''],
        );
        const later = await store.snippets('подсолнечник', [hits[2]!.id, 'no-such-document']);
        assert.match(later.get(hits[2]!.id) ?? '', /\[\[подсолнечника\]\]/);
        assert.equal(later.has('no-such-document'), false);
      });
    });
  });
}
