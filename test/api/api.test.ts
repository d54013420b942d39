import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pino } from 'pino';
import { createApp } from '../../src/api/app.js';
import { addToken } from '../../src/app/auth.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { ENGINES, type TestDb } from '../store/harness.js';

const silent = pino({ level: 'silent' });

const ARTICLE = {
  id: 'omsk-sko-test',
  title: 'Омская и Северо-Казахстанская области договорились о поставках зерна',
  published: '2025-03-18',
  url: 'https://example.org/omsk-sko-test',
  text:
    'Омская и Северо-Казахстанская области договорились о поставках зерна.\n\n' +
    'Губернатор Омской области и аким Северо-Казахстанской области провели переговоры в Омске. ' +
    'Стороны обсудили поставки зерна и сельскохозяйственной техники, а также новые железнодорожные маршруты.',
};

/** An editor's token for the store under test (set in `before`). */
let editor = '';

const post = (app: ReturnType<typeof createApp>, body: unknown, type = 'application/json', query = '', token: string | null = editor) =>
  app.request(`/documents${query}`, {
    method: 'POST',
    headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

for (const engine of ENGINES) {
  describe(`API over a ${engine.name} store`, () => {
    let db: TestDb;
    let store: Store;
    let app: ReturnType<typeof createApp>;
    before(async () => {
      db = await engine.create();
      store = await openStore(db.target);
      app = createApp(store, { logger: silent, maxBytes: 64 * 1024 });
      editor = await addToken(store, 'test-editor', 'editor');
    });
    after(async () => {
      await store.close();
      await db.drop();
    });

    test('GET /health reports the engine and the document count', async () => {
      const res = await app.request('/health');
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { status: 'ok', engine: engine.name, documents: 0 });
    });

    test('POST a JSON article, then GET it, its facts, and find it by search', async () => {
      const created = await post(app, ARTICLE);
      assert.equal(created.status, 201);
      const outcome = await created.json();
      assert.equal(outcome.status, 'inserted');
      assert.equal(outcome.id, ARTICLE.id);

      const doc = await (await app.request(`/documents/${ARTICLE.id}`)).json();
      assert.equal(doc.title, ARTICLE.title);
      assert.equal(doc.published, '2025-03-18');
      assert.equal(doc.url, ARTICLE.url);
      assert.equal(doc.lang, 'ru');
      assert.equal(doc.facts.doc, ARTICLE.id);

      const facts = await app.request(`/documents/${ARTICLE.id}/facts`);
      assert.equal(facts.status, 200);
      assert.equal((await facts.json()).doc, ARTICLE.id);

      // an inflected form: "поставки" is found by "поставкам"
      const search = await (await app.request('/search?q=' + encodeURIComponent('поставкам зерно'))).json();
      assert.deepEqual(
        search.items.map((h: { id: string }) => h.id),
        [ARTICLE.id],
      );
      assert.match(search.items[0].snippet, /\[\[поставках?\]\]/);

      const again = await post(app, ARTICLE);
      assert.equal(again.status, 200);
      assert.deepEqual(await again.json(), { status: 'duplicate', id: ARTICLE.id, existingId: ARTICLE.id, source: ARTICLE.url });
    });

    test('POST a raw text or HTML body, with metadata in the query', async () => {
      const text = await post(
        app,
        'Buryatia and Mongolia agreed to reopen a seasonal bus route between their capitals.',
        'text/plain',
        '?id=plain-note&published=2025-06-01',
      );
      assert.equal(text.status, 201);
      assert.equal((await text.json()).id, 'plain-note');
      const html =
        '<!doctype html><html><head><title>Tomsk and Pavlodar start joint research</title></head><body><article><h1>Tomsk and Pavlodar start joint research</h1>' +
        '<p>Universities of Tomsk Region and Pavlodar Region launched a joint research programme in materials science and energy.</p></article></body></html>';
      const page = await post(app, html, 'text/html; charset=utf-8', '?id=html-note');
      assert.equal(page.status, 201);
      const stored = await (await app.request('/documents/html-note')).json();
      assert.equal(stored.title, 'Tomsk and Pavlodar start joint research');
      assert.ok(!stored.text.includes('<p>'));
      const derived = await post(app, { text: 'Altai Krai shipped flour and sunflower oil to Uzbekistan this spring.' });
      assert.match((await derived.json()).id, /^doc-[0-9a-f]{16}$/);
    });

    test('GET /documents lists with filters and paging', async () => {
      const all = await (await app.request('/documents')).json();
      assert.equal(all.total, 4);
      assert.equal(all.items.length, 4);
      const ru = await (await app.request('/documents?lang=ru')).json();
      assert.deepEqual(
        ru.items.map((d: { id: string }) => d.id),
        [ARTICLE.id],
      );
      const dated = await (await app.request('/documents?from=2025-05-01&to=2025-12-31&limit=1')).json();
      assert.equal(dated.total, 1);
      assert.deepEqual(
        dated.items.map((d: { id: string }) => d.id),
        ['plain-note'],
      );
    });

    test('400 names the offending field', async () => {
      const cases: [Response | Promise<Response>, string][] = [
        [app.request('/documents?limit=0'), 'limit'],
        [app.request('/documents?from=2025-13-40'), 'from'],
        [app.request('/search?q='), 'q'],
        [app.request('/search'), 'q'],
        [post(app, { title: 'no text' }), 'text'],
        [post(app, { text: 'Some text.', published: 'yesterday' }), 'published'],
        [post(app, { text: 'Some text.', id: 'has spaces' }), 'id'],
        [post(app, '   ', 'text/plain'), 'text'],
      ];
      for (const [request, field] of cases) {
        const res = await request;
        assert.equal(res.status, 400, field);
        const body = await res.json();
        assert.ok(
          body.issues.some((i: { field: string }) => i.field === field),
          `${field}: ${JSON.stringify(body)}`,
        );
        assert.match(body.error, new RegExp(`${field}: `));
      }
      const malformed = await post(app, '{"text": ');
      assert.equal(malformed.status, 400);
    });

    test('POST /documents needs an editor’s token and stores nothing without one', async () => {
      const reader = await addToken(store, 'test-reader', 'reader');
      const article = { ...ARTICLE, id: 'needs-token', text: `${ARTICLE.text} Без токена.` };
      const before = await store.countDocuments();
      assert.equal((await post(app, article, 'application/json', '', null)).status, 401);
      assert.equal((await post(app, article, 'application/json', '', 'not-a-token')).status, 401);
      assert.equal((await post(app, article, 'application/json', '', reader)).status, 403);
      assert.equal(await store.countDocuments(), before);
      assert.equal((await post(app, article)).status, 201);
    });

    test('404 for unknown documents and routes, 415 and 413 for unusable bodies', async () => {
      assert.equal((await app.request('/documents/nope')).status, 404);
      assert.equal((await app.request('/documents/nope/facts')).status, 404);
      assert.equal((await app.request('/nowhere')).status, 404);
      assert.equal((await post(app, 'a,b', 'text/csv')).status, 415);
      assert.equal((await post(app, 'x'.repeat(70 * 1024), 'text/plain')).status, 413);
    });
  });
}

test('GET /openapi.json describes every route with its parameters and schemas', async () => {
  const store = await openStore(':memory:');
  try {
    const spec = await (await createApp(store, { logger: silent }).request('/openapi.json')).json();
    assert.match(spec.openapi, /^3\./);
    for (const path of ['/documents', '/documents/{id}', '/documents/{id}/facts', '/health', '/search']) assert.ok(spec.paths[path], path);
    assert.deepEqual(Object.keys(spec.paths['/documents']).sort(), ['get', 'post']);
    const params = spec.paths['/search'].get.parameters.map((p: { name: string }) => p.name).sort();
    assert.deepEqual(params, ['from', 'lang', 'limit', 'party', 'q', 'sector', 'to', 'type']);
    // every $ref points at a component that exists
    const refs = JSON.stringify(spec).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
    assert.ok(refs.length > 0);
    for (const ref of refs) assert.ok(spec.components.schemas[ref.slice(22, -1)], ref);
    assert.ok(spec.components.schemas.Facts.properties.flows);
  } finally {
    await store.close();
  }
});
