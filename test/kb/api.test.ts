// The knowledge-base HTTP routes over both engines: the contract's shapes, access by token role,
// curation through the API.
import assert from 'node:assert/strict';
import { afterEach, before, describe, test } from 'node:test';
import { pino } from 'pino';
import { createApp } from '../../src/api/app.js';
import { addToken } from '../../src/app/auth.js';
import { ENGINES } from '../store/harness.js';
import { fixtureStore } from './helpers.js';

const silent = pino({ level: 'silent' });

for (const engine of ENGINES) {
  describe(`knowledge API on ${engine.name}`, () => {
    const kb = fixtureStore(engine);
    let app: ReturnType<typeof createApp>;
    let editor: string;
    let reader: string;
    before(async () => {
      editor = await addToken(kb.store, 'ed', 'editor');
      reader = await addToken(kb.store, 'rd', 'reader');
      app = createApp(kb.store, { logger: silent });
    });
    afterEach(() => {
      delete process.env.COOPGRAPH_READ;
      delete process.env.COOPGRAPH_TOKENS;
    });

    const get = async (path: string, token?: string) => {
      const res = await app.request(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      return {
        status: res.status,
        type: res.headers.get('content-type') ?? '',
        body: res.headers.get('content-type')?.startsWith('application/json') ? await res.json() : await res.text(),
      };
    };
    const post = (path: string, body?: unknown, token?: string) =>
      app.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });

    test('overview, party, partners, dossier, timeline, graph and export answer in the contract’s shapes', async () => {
      const o = (await get('/overview')).body;
      assert.deepEqual(Object.keys(o.counts).sort(), ['agreements', 'documents', 'events', 'flows', 'parties', 'people']);
      assert.equal(o.counts.documents, 5);
      assert.ok(o.topPairs.some((p: { a: string; b: string }) => p.a === 'KZ-VOS' && p.b === 'RU-ALT'));
      const party = (await get('/parties/KZ-VOS')).body;
      assert.deepEqual([party.code, party.type, party.country], ['KZ-VOS', 'region', 'KZ']);
      assert.ok(party.names.ru.length && party.lat && party.lon);
      assert.equal((await get('/parties/XX-ZZZ')).status, 404);
      const partners = (await get('/parties/RU-ALT/partners')).body;
      assert.equal(partners[0].party, 'KZ');
      const d = (await get('/dossier/RU-ALT?with=KZ-VOS')).body;
      for (const key of ['parties', 'timeline', 'agreements', 'flows', 'figures', 'sectors', 'people', 'commitments'])
        assert.ok(Array.isArray(d[key]), key);
      assert.deepEqual(Object.keys(d.timeline[0].sources[0]).sort(), ['doc', 'published', 'title', 'url']);
      const md = await get('/dossier/RU-ALT?with=KZ-VOS&format=md');
      assert.match(md.type, /text\/markdown/);
      assert.match(md.body, /^# Dossier: Altai Krai \(RU-ALT\) and East Kazakhstan Region \(KZ-VOS\)/);
      assert.match((await get('/dossier/RU-ALT?format=html')).body, /<h2>Commitments<\/h2>/);
      assert.equal((await get('/timeline?party=KZ&type=visit')).body.length, 1);
      assert.equal((await get('/timeline?type=voyage')).status, 400);
      const g = (await get('/graph')).body;
      assert.ok(g.nodes.length >= 3 && g.edges[0].kinds);
      assert.match((await get('/graph?format=graphml')).body, /<graphml/);
      const csv = await get('/export?what=agreements&format=csv');
      assert.match(csv.type, /text\/csv/);
      assert.match(csv.body, /^id,kind,actors,status,year,until,sources\n/);
      assert.equal((await get('/export?what=events')).body.trim().split('\n').length, 3);
    });

    test('search returns hits, facet counts and matching facts', async () => {
      const r = (await get('/search?q=Altai&type=visit')).body;
      assert.deepEqual(
        r.items.map((h: { id: string }) => h.id),
        ['ust-kamenogorsk-visit'],
      );
      assert.equal(r.facets.type.visit, 1);
      assert.ok(r.items[0].snippet.includes('[['));
      assert.deepEqual(r.facts[0], {
        doc: 'ust-kamenogorsk-visit',
        list: 'events',
        item: { type: 'visit', actors: ['RU-ALT', 'KZ-VOS'], date: '2025-06-03', place: null },
      });
    });

    test('writes need an editor token: 401 without, 403 for a reader; whoami names the role', async () => {
      assert.deepEqual((await get('/whoami')).body, { role: null });
      assert.deepEqual((await get('/whoami', reader)).body, { role: 'reader' });
      assert.equal((await post('/facts/mission-plan/plans/0/confirm')).status, 401);
      assert.equal((await post('/facts/mission-plan/plans/0/confirm', undefined, 'wrong')).status, 401);
      assert.equal((await post('/facts/mission-plan/plans/0/confirm', undefined, reader)).status, 403);
      assert.equal((await post('/facts/mission-plan/plans/0/confirm', undefined, editor)).status, 200);
      assert.equal((await post('/facts/mission-plan/plans/7/confirm', undefined, editor)).status, 404);
      process.env.COOPGRAPH_TOKENS = 'envsecret:admin';
      assert.deepEqual((await get('/whoami', 'envsecret')).body, { role: 'admin' });
    });

    test('COOPGRAPH_READ=token closes the read endpoints', async () => {
      process.env.COOPGRAPH_READ = 'token';
      assert.equal((await get('/overview')).status, 401);
      assert.equal((await get('/documents/mission-plan')).status, 401);
      assert.equal((await get('/overview', reader)).status, 200);
      assert.equal((await get('/health')).status, 200);
    });

    test('a rejected item disappears from /documents/{id}; a correction is validated; people merge and alias', async () => {
      const before = (await get('/documents/barnaul-talks-ru')).body.facts.events.length;
      assert.equal((await post('/facts/barnaul-talks-ru/events/0/reject', undefined, editor)).status, 200);
      assert.equal((await get('/documents/barnaul-talks-ru')).body.facts.events.length, before - 1);
      assert.equal((await post('/facts/barnaul-talks-ru/plans/0/correct', { kind: 'visit' }, editor)).status, 400);
      const fixed = await post(
        '/facts/barnaul-talks-ru/agreements/0/correct',
        { kind: 'memorandum', actors: ['RU-ALT', 'KZ-VOS'], status: 'signed', year: 2025, until: 2027 },
        editor,
      );
      assert.equal(fixed.status, 200);
      assert.equal((await get('/documents/barnaul-talks-ru/facts')).body.agreements[0].kind, 'memorandum');

      assert.equal((await post('/people/tomenko-v/aliases', { alias: 'V. P. Tomenko' }, editor)).status, 200);
      const people = (await get('/people?party=RU-ALT')).body;
      assert.ok(people[0].aliases.includes('V. P. Tomenko'));
      assert.equal((await post('/people/merge', { from: 'kosherbaev-e', into: 'tomenko-v' })).status, 401);
      assert.equal((await post('/people/merge', { from: 'kosherbaev-e', into: 'tomenko-v' }, editor)).status, 200);
      assert.equal((await get('/people')).body.length, 1);
    });

    test('the OpenAPI document lists the knowledge routes', async () => {
      const spec = (await get('/openapi.json')).body;
      for (const path of [
        '/overview',
        '/parties/{code}/partners',
        '/dossier/{code}',
        '/graph',
        '/export',
        '/search',
        '/whoami',
        '/facts/{doc}/{list}/{index}/reject',
        '/people/merge',
      ])
        assert.ok(spec.paths[path], path);
      assert.ok(spec.components.securitySchemes.bearer);
    });
  });
}
