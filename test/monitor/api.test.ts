// The monitoring routes: reads open, changes for editors, bad input named by field.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { pino } from 'pino';
import { createApp } from '../../src/api/app.js';
import { addToken } from '../../src/app/auth.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { ENGINES, type TestDb } from '../store/harness.js';
import { ARTICLES, articleRoutes, feedRoute, startSite, type Site } from './site.js';

describe('monitoring API', () => {
  let db: TestDb;
  let store: Store;
  let site: Site;
  let app: ReturnType<typeof createApp>;
  let editor: string;
  let reader: string;
  before(async () => {
    process.env.COOPGRAPH_POLITENESS = '0';
    db = await ENGINES[0].create();
    store = await openStore(db.target);
    site = await startSite();
    feedRoute(site, '/feed.xml', () => ARTICLES);
    articleRoutes(site, ARTICLES);
    app = createApp(store, { logger: pino({ level: 'silent' }) });
    editor = await addToken(store, 'ed', 'editor');
    reader = await addToken(store, 'rd', 'reader');
  });
  after(async () => {
    delete process.env.COOPGRAPH_POLITENESS;
    await store.close();
    await site.close();
    await db.drop();
  });

  const call = (method: string, path: string, token?: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  test('sources: editors follow and stop following; anyone reads', async () => {
    assert.equal((await call('POST', '/sources', undefined, { url: `${site.url}/feed.xml` })).status, 401);
    assert.equal((await call('POST', '/sources', reader, { url: `${site.url}/feed.xml` })).status, 403);
    const bad = await call('POST', '/sources', editor, { url: `${site.url}/feed.xml`, every: 'often' });
    assert.equal(bad.status, 400);
    assert.match(((await bad.json()) as { error: string }).error, /every/);
    const missing = await call('POST', '/sources', editor, { url: `${site.url}/nothing.xml` });
    assert.equal(missing.status, 400);
    assert.match(((await missing.json()) as { error: string }).error, /url: .*HTTP 404/);

    const res = await call('POST', '/sources', editor, { url: `${site.url}/feed.xml`, every: '15m', name: 'Local' });
    assert.equal(res.status, 201);
    const s = (await res.json()) as { id: string; kind: string; everyMs: number };
    assert.deepEqual([s.kind, s.everyMs], ['rss', 15 * 60_000]);
    const listed = (await (await call('GET', '/sources')).json()) as { id: string }[];
    assert.deepEqual(
      listed.map((x) => x.id),
      [s.id],
    );
    assert.deepEqual(await (await call('GET', `/sources/${s.id}/log`)).json(), []);
    const check = (await (await call('POST', '/sources/check', editor, { url: `${site.url}/feed.xml` })).json()) as { items: unknown[] };
    assert.equal(check.items.length, 4);
    assert.equal((await call('DELETE', `/sources/${s.id}`, reader)).status, 403);
    assert.equal((await call('DELETE', `/sources/${s.id}`, editor)).status, 200);
    assert.equal((await call('DELETE', `/sources/${s.id}`, editor)).status, 404);
  });

  test('watchlists: made by editors, the secret shown once, alerts and feed open', async () => {
    assert.equal((await call('POST', '/watchlists', reader, { name: 'x', party: 'RU-ALT' })).status, 403);
    const bad = await call('POST', '/watchlists', editor, { name: 'x', party: 'Altai' });
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as { issues: { field: string }[] }).issues[0]!.field, 'party');
    const res = await call('POST', '/watchlists', editor, { name: 'Altai', party: 'RU-ALT', webhook: 'http://127.0.0.1:9/hook' });
    assert.equal(res.status, 201);
    const w = (await res.json()) as { id: string; secret: string; description: string };
    assert.ok(w.secret.length > 20);
    assert.equal(w.description, 'RU-ALT');
    const listed = (await (await call('GET', '/watchlists')).json()) as Record<string, unknown>[];
    assert.equal(listed.length, 1);
    assert.ok(!('secret' in listed[0]!), 'the secret is never listed');
    const inbox = (await (await call('GET', `/watchlists/${w.id}/alerts`)).json()) as { alerts: unknown[] };
    assert.deepEqual(inbox.alerts, []);
    assert.equal((await call('POST', `/watchlists/${w.id}/seen`, editor)).status, 200);
    const feed = await call('GET', `/watchlists/${w.id}/feed.atom`);
    assert.equal(feed.status, 200);
    assert.match(await feed.text(), /<title>coopgraph: Altai<\/title>/);
    assert.equal((await call('GET', '/watchlists/nope/feed.atom')).status, 404);
    assert.equal((await call('DELETE', `/watchlists/${w.id}`, editor)).status, 200);
  });

  test('one article by its address: editors only, stored once, bad addresses named', async () => {
    const url = `${site.url}${ARTICLES[1]!.path}`;
    assert.equal((await call('POST', '/sources/ingest', reader, { url })).status, 403);
    const bad = await call('POST', '/sources/ingest', editor, { url: `${site.url}/gone.html` });
    assert.equal(bad.status, 400);
    assert.match(((await bad.json()) as { error: string }).error, /HTTP 404/);
    const first = await call('POST', '/sources/ingest', editor, { url });
    assert.equal(first.status, 201);
    const stored = (await first.json()) as { id: string };
    const again = await call('POST', '/sources/ingest', editor, { url });
    assert.equal(again.status, 200);
    assert.equal(((await again.json()) as { existingId: string }).existingId, stored.id);
    assert.equal(site.hits(ARTICLES[1]!.path), 1, 'a stored address is not fetched again');
    const doc = (await (await call('GET', `/documents/${stored.id}`)).json()) as { title: string; url: string };
    assert.deepEqual([doc.title, doc.url], [ARTICLES[1]!.title, url]);
  });

  test('the routes are in the OpenAPI document', async () => {
    const doc = (await (await call('GET', '/openapi.json')).json()) as { paths: Record<string, unknown> };
    for (const p of [
      '/sources',
      '/sources/{id}',
      '/sources/ingest',
      '/watchlists',
      '/watchlists/{id}/alerts',
      '/watchlists/{id}/feed.atom',
    ])
      assert.ok(doc.paths[p], p);
  });
});
