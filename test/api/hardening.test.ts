// The API against hostile requests, on both engines: addresses that would run script, values
// jsonb gives back parsed, NUL bytes, HEAD under COOPGRAPH_READ=token, oversized bodies on every
// write route, security headers, server paths.
import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pino } from 'pino';
import { createApp } from '../../src/api/app.js';
import { addToken } from '../../src/app/auth.js';
import { analyzeSource, documentRecord } from '../../src/app/pipeline.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { ENGINES, type TestDb } from '../store/harness.js';

const silent = pino({ level: 'silent' });

const TEXT =
  'Омская и Северо-Казахстанская области договорились о поставках зерна.\n\n' +
  'Губернатор Омской области и аким Северо-Казахстанской области провели переговоры в Омске. ' +
  'Стороны подписали соглашение о сотрудничестве в сфере торговли.';

for (const engine of ENGINES) {
  describe(`API hardening on ${engine.name}`, () => {
    let db: TestDb;
    let store: Store;
    let app: ReturnType<typeof createApp>;
    let editor = '';
    let reader = '';
    before(async () => {
      db = await engine.create();
      store = await openStore(db.target);
      app = createApp(store, { logger: silent, maxBytes: 64 * 1024 });
      editor = await addToken(store, 'ed', 'editor');
      reader = await addToken(store, 'rd', 'reader');
    });
    after(async () => {
      await store.close();
      await db.drop();
    });
    afterEach(() => delete process.env.COOPGRAPH_READ);

    const post = (path: string, body: unknown, token: string | null = editor, type = 'application/json') =>
      app.request(path, {
        method: 'POST',
        headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });

    test('only http and https URLs are accepted; a stored javascript: URL is never rendered as a link', async () => {
      for (const url of ['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'JaVaScRiPt:alert(1)']) {
        const res = await post('/documents', { id: 'xss', url, text: TEXT });
        assert.equal(res.status, 400, url);
        assert.match((await res.json()).error, /url/);
        const plain = await post(`/documents?url=${encodeURIComponent(url)}`, TEXT, editor, 'text/plain');
        assert.equal(plain.status, 400, url);
      }
      // One written under the API (an older store): the print version links to the document instead.
      const { doc, facts } = analyzeSource({ id: 'old-xss', source: 'old', title: null, published: '2025-03-01', raw: TEXT, url: null });
      await store.putDocument({ ...documentRecord(doc), url: 'javascript:alert(document.domain)' }, facts);
      const html = await (await app.request('/dossier/RU-OMS?with=KZ&format=html')).text();
      assert.match(html, /old-xss/);
      assert.doesNotMatch(html, /javascript:/i);
      assert.match(html, /href="\/documents\/old-xss"/);
    });

    test('a correction of a string item keeps the document readable', async () => {
      const created = await post('/documents', { id: 'corrected', url: 'https://example.org/c', text: `${TEXT} Поставки зерна выросли.` });
      assert.equal(created.status, 201);
      const facts = await (await app.request('/documents/corrected/facts')).json();
      assert.ok(facts.sectors.length > 0, JSON.stringify(facts.sectors));
      const fixed = await post('/facts/corrected/sectors/0/correct', '"trade"');
      assert.equal(fixed.status, 200, await fixed.clone().text());
      for (const path of ['/documents/corrected', '/documents/corrected/facts', '/export?what=facts'])
        assert.equal((await app.request(path)).status, 200, path);
      assert.equal((await post('/facts/corrected/sectors/0/confirm', '')).status, 200);
      assert.equal((await app.request('/documents/corrected/facts')).status, 200);
    });

    test('a NUL byte in an id, a kind or a body is a 400, not a 500', async () => {
      const cases: [string, Response][] = [
        ['get', await app.request('/documents/a%00b')],
        ['facts', await app.request('/documents/a%00b/facts')],
        ['list', await app.request('/people?party=RU%00')],
        ['search', await app.request('/search?q=%00зерно')],
        ['post id', await post('/documents', { id: 'a\u0000b', text: TEXT })],
        ['post text', await post('/documents', { text: `зерно\u0000${TEXT}` })],
        ['curate', await post('/facts/a%00b/sectors/0/confirm', '')],
        ['merge', await post('/people/merge', { from: 'a\u0000', into: 'b' })],
        ['alias', await post('/people/x/aliases', { alias: 'a\u0000' })],
      ];
      for (const [name, res] of cases) assert.equal(res.status, 400, `${name}: ${res.status} ${await res.text()}`);
    });

    test('HEAD asks for the same token as GET', async () => {
      process.env.COOPGRAPH_READ = 'token';
      for (const path of ['/documents', '/documents/corrected', '/search?q=зерно', '/overview', '/dossier/RU-OMS', '/export?what=facts']) {
        assert.equal((await app.request(path, { method: 'HEAD' })).status, 401, `HEAD ${path}`);
        assert.equal((await app.request(path)).status, 401, `GET ${path}`);
        const ok = await app.request(path, { method: 'HEAD', headers: { authorization: `Bearer ${reader}` } });
        assert.equal(ok.status, 200, `HEAD ${path} with a token`);
      }
      assert.equal((await app.request('/health', { method: 'HEAD' })).status, 200);
    });

    test('every write route refuses an oversized body with 413', async () => {
      const big = 'x'.repeat(200 * 1024);
      const cases: [string, unknown][] = [
        ['/documents', { text: big }],
        ['/people/merge', { from: big, into: 'b' }],
        ['/people/x/aliases', { alias: big }],
        ['/facts/corrected/sectors/0/correct', big],
        ['/facts/corrected/sectors/0/confirm', { note: big }],
      ];
      for (const [path, body] of cases) assert.equal((await post(path, body)).status, 413, path);
      // Without a token the body is not even read: 401.
      assert.equal((await post('/people/merge', { from: big, into: 'b' }, null)).status, 401);
    });

    test('every response carries the security headers', async () => {
      for (const res of [
        await app.request('/health'),
        await app.request('/documents'),
        await app.request('/nowhere'),
        await app.request('/dossier/RU-OMS?format=html'),
        await post('/people/merge', {}, null),
      ]) {
        const csp = res.headers.get('content-security-policy') ?? '';
        assert.match(csp, /default-src 'self'/);
        assert.match(csp, /script-src 'self'(;|$)/);
        assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/);
        assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
        assert.equal(res.headers.get('x-frame-options'), 'DENY');
        assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
      }
    });

    test('document summaries and documents do not show where the server keeps its files', async () => {
      const { doc, facts } = analyzeSource({
        id: 'from-file',
        source: '/home/someone/private/articles/from-file.txt',
        title: null,
        published: '2025-03-02',
        raw: `${TEXT} Другой текст.`,
        url: null,
      });
      await store.putDocument(documentRecord(doc), facts);
      const list = await (await app.request('/documents')).text();
      const one = await (await app.request('/documents/from-file')).text();
      const search = await (await app.request('/search?q=зерна')).text();
      for (const body of [list, one, search]) assert.doesNotMatch(body, /\/home\/someone/);
      assert.match(one, /"source":"from-file.txt"/);
    });
  });
}

test('a search repeating a word hundreds of times asks the index for it once', async () => {
  const { ftsQuery, MAX_QUERY_TERMS } = await import('../../src/store/sqlite/index.js');
  assert.equal(ftsQuery('the '.repeat(800)), '"the"');
  const many = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ');
  assert.equal(ftsQuery(many).split(' ').length, MAX_QUERY_TERMS);
});
