// The poller's HTTP client and the listing of feeds, sitemaps and index pages, against a local
// site misbehaving as real ones do.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { detectKind, listItems, pageLinks } from '../../src/ingest/discover.js';
import { Fetcher, FetchError, retryAfterMs, textOf } from '../../src/ingest/http.js';
import { cp1251, gzipped, startSite, type Site } from './site.js';

const fast = { perHostMs: 0, backoffMs: 50, timeoutMs: 2000 };

describe('fetching', () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(() => site.close());

  test('a conditional GET gets 304 when the ETag or Last-Modified still holds', async () => {
    site.route('/etag', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"' || req.headers['if-modified-since'] === 'Tue, 01 Jul 2025 00:00:00 GMT')
        return void res.writeHead(304).end();
      res.writeHead(200, { etag: '"v1"', 'last-modified': 'Tue, 01 Jul 2025 00:00:00 GMT', 'content-type': 'text/plain' }).end('body');
    });
    const f = new Fetcher(fast);
    const first = await f.get(`${site.url}/etag`);
    assert.equal(first.status, 200);
    assert.ok(first.status === 200 && first.etag === '"v1"' && first.lastModified);
    assert.equal((await f.get(`${site.url}/etag`, { etag: '"v1"' })).status, 304);
    assert.equal((await f.get(`${site.url}/etag`, { lastModified: 'Tue, 01 Jul 2025 00:00:00 GMT' })).status, 304);
  });

  test('429 with Retry-After is waited out, then retried', async () => {
    let n = 0;
    site.route('/busy', (_req, res) => {
      if (n++ === 0) return void res.writeHead(429, { 'retry-after': '1' }).end();
      res.writeHead(200, { 'content-type': 'text/plain' }).end('at last');
    });
    const started = Date.now();
    const got = await new Fetcher(fast).get(`${site.url}/busy`);
    assert.equal(got.status, 200);
    assert.ok(Date.now() - started >= 950, `waited ${Date.now() - started} ms`);
    assert.equal(site.hits('/busy'), 2);
  });

  test('a Retry-After longer than a round waits is not waited for: the error says when to come back', async () => {
    site.route('/later', (_req, res) => void res.writeHead(503, { 'retry-after': '3600' }).end());
    const err = await new Fetcher(fast).get(`${site.url}/later`).catch((e: unknown) => e);
    assert.ok(err instanceof FetchError && err.transient && err.httpStatus === 503);
    assert.ok(err.retryAt! > Date.now() + 3_000_000);
    assert.equal(site.hits('/later'), 1);
  });

  test('500s are retried with backoff, then reported as transient', async () => {
    site.route('/broken', (_req, res) => void res.writeHead(500).end());
    const err = await new Fetcher({ ...fast, retries: 2 }).get(`${site.url}/broken`).catch((e: unknown) => e);
    assert.ok(err instanceof FetchError && err.transient && err.httpStatus === 500, String(err));
    assert.equal(site.hits('/broken'), 3);
  });

  test('404 is not retried', async () => {
    const err = await new Fetcher(fast).get(`${site.url}/missing`).catch((e: unknown) => e);
    assert.ok(err instanceof FetchError && !err.transient && err.httpStatus === 404);
    assert.equal(site.hits('/missing'), 1);
  });

  test('a slow answer times out', async () => {
    site.route('/slow', (_req, res) => void setTimeout(() => res.writeHead(200).end('late'), 1500));
    const err = await new Fetcher({ ...fast, timeoutMs: 300, retries: 0 }).get(`${site.url}/slow`).catch((e: unknown) => e);
    assert.ok(err instanceof FetchError && err.transient && /within 300 ms/.test(err.message), String(err));
  });

  test('a redirect loop and too many redirects stop with an error', async () => {
    site.route('/loop-a', (_req, res) => void res.writeHead(302, { location: '/loop-b' }).end());
    site.route('/loop-b', (_req, res) => void res.writeHead(301, { location: '/loop-a' }).end());
    const loop = await new Fetcher(fast).get(`${site.url}/loop-a`).catch((e: unknown) => e);
    assert.ok(loop instanceof FetchError && !loop.transient && /redirect loop/.test(loop.message), String(loop));
    for (let i = 0; i < 8; i++) site.route(`/hop${i}`, (_req, res) => void res.writeHead(302, { location: `/hop${i + 1}` }).end());
    const many = await new Fetcher({ ...fast, maxRedirects: 3 }).get(`${site.url}/hop0`).catch((e: unknown) => e);
    assert.ok(many instanceof FetchError && /more than 3 redirects/.test(many.message), String(many));
  });

  test('a redirect is followed, and the final address reported', async () => {
    site.route('/moved', (_req, res) => void res.writeHead(301, { location: '/etag' }).end());
    const got = await new Fetcher(fast).get(`${site.url}/moved`);
    assert.equal(got.url, `${site.url}/etag`);
  });

  test('gzip is decompressed; bodies over the limit are refused', async () => {
    const text = 'Алтайский край '.repeat(500);
    site.route(
      '/gz',
      (_req, res) =>
        void res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/plain; charset=utf-8' }).end(gzipped(text)),
    );
    const got = await new Fetcher(fast).get(`${site.url}/gz`);
    assert.ok(got.status === 200);
    assert.equal(textOf(got.bytes, got.contentType), text);
    const err = await new Fetcher({ ...fast, maxBytes: 1000 }).get(`${site.url}/gz`).catch((e: unknown) => e);
    assert.ok(err instanceof FetchError && /over the 1000-byte limit/.test(err.message), String(err));
  });

  test('cp1251 is decoded by the declared charset, and guessed without one', async () => {
    const text = '<html><body><p>Делегация Алтайского края посетила Ташкент</p></body></html>';
    site.route('/1251', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' }).end(cp1251(text)));
    site.route('/1251-bare', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(cp1251(text)));
    const f = new Fetcher(fast);
    for (const path of ['/1251', '/1251-bare']) {
      const got = await f.get(`${site.url}${path}`);
      assert.ok(got.status === 200);
      assert.equal(textOf(got.bytes, got.contentType), text, path);
    }
  });

  test('robots.txt is obeyed; without one everything is allowed', async () => {
    const f = new Fetcher(fast);
    assert.equal(await f.allowed(`${site.url}/anything`), true);
    const other = await startSite();
    try {
      other.route(
        '/robots.txt',
        (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n'),
      );
      assert.equal(await f.allowed(`${other.url}/private/page.html`), false);
      assert.equal(await f.allowed(`${other.url}/news/page.html`), true);
      assert.equal(other.hits('/robots.txt'), 1);
    } finally {
      await other.close();
    }
  });

  test('requests to one host are spaced by the politeness interval', async () => {
    const f = new Fetcher({ ...fast, perHostMs: 300 });
    const started = Date.now();
    await Promise.all([f.get(`${site.url}/etag`), f.get(`${site.url}/etag`), f.get(`${site.url}/etag`)]);
    assert.ok(Date.now() - started >= 580, `three requests took ${Date.now() - started} ms`);
  });

  test('Retry-After as seconds or as a date', () => {
    assert.equal(retryAfterMs('2'), 2000);
    assert.equal(retryAfterMs(new Date(10_000).toUTCString(), 4_000), 6_000);
    assert.equal(retryAfterMs('soon'), null);
  });
});

describe('listing', () => {
  const base = 'http://news.example/';
  test('kinds: RSS, Atom, sitemap, page', () => {
    assert.equal(detectKind('<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>'), 'rss');
    assert.equal(detectKind('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>'), 'atom');
    assert.equal(detectKind('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>'), 'sitemap');
    assert.equal(detectKind('<!doctype html><html><body></body></html>'), 'page');
  });

  test('a feed lists its items oldest first, with their links', () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
      <item><title>Second</title><link>/news/2.html</link><description>Two</description></item>
      <item><title>First</title><link>http://news.example/news/1.html</link><description>One</description></item></channel></rss>`;
    const l = listItems(xml, base);
    assert.ok(l.ok);
    assert.deepEqual(
      l.items.map((i) => i.url),
      ['http://news.example/news/1.html', 'http://news.example/news/2.html'],
    );
    assert.equal(l.items[0]!.doc?.url, 'http://news.example/news/1.html');
  });

  test('an Atom feed', () => {
    const xml = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
      <entry><id>urn:1</id><title>One</title><link rel="alternate" href="http://news.example/a/1"/><summary>Text one</summary></entry></feed>`;
    const l = listItems(xml, base);
    assert.ok(l.ok && l.kind === 'atom');
    assert.deepEqual(
      l.items.map((i) => i.url),
      ['http://news.example/a/1'],
    );
  });

  test('malformed XML is an error naming the line', () => {
    const l = listItems('<?xml version="1.0"?>\n<rss version="2.0"><channel><item><title>x</item></channel></rss>', base);
    assert.ok(!l.ok && /malformed XML at line/.test(l.reason), JSON.stringify(l));
  });

  test('a sitemap lists its pages', () => {
    const xml = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>http://news.example/news/1.html</loc></url><url><loc>http://news.example/news/2.html</loc></url></urlset>`;
    const l = listItems(xml, base);
    assert.ok(l.ok && l.kind === 'sitemap');
    assert.equal(l.items.length, 2);
  });

  test('an index page lists its article links on the same site, not its navigation', () => {
    const html = `<!doctype html><html><body><nav><a href="/">Home</a><a href="/about">About</a></nav>
      <a href="/news/2025/10/altai-tashkent">Altai in Tashkent</a><a href="/news/123">Story</a>
      <a href="https://elsewhere.example/news/2025/1">Other site</a><a href="mailto:x@y">Mail</a></body></html>`;
    assert.deepEqual(
      pageLinks(html, base).map((i) => i.url),
      ['http://news.example/news/123', 'http://news.example/news/2025/10/altai-tashkent'],
    );
  });
});
