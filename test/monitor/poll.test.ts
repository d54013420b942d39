// Following sources on both engines: the acceptance round trip (3 items stored, a 304 round stores
// nothing, a new item stores 1), watchlist alerts and their delivery (Atom, signed webhook, SMTP
// digest), items left for the next round when their pages fail, and pollers sharing sources.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { pino } from 'pino';
import { createApp } from '../../src/api/app.js';
import { addSource, checkSource, pollDue, SourceError } from '../../src/app/sources.js';
import { watchOnce } from '../../src/app/watch.js';
import { addWatchlist, inbox, WatchlistError } from '../../src/app/watchlists.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { ENGINES, type TestDb } from '../store/harness.js';
import {
  ARTICLES,
  articleRoutes,
  feedRoute,
  startSite,
  startSmtp,
  startWebhookReceiver,
  type Article,
  type Mailbox,
  type Receiver,
  type Site,
} from './site.js';

const http = { perHostMs: 0, backoffMs: 20, timeoutMs: 3000, retries: 1 };
const quiet = pino({ level: 'silent' });

for (const engine of ENGINES) {
  describe(`monitoring on ${engine.name}`, () => {
    let db: TestDb;
    let store: Store;
    let site: Site;
    let hook: Receiver;
    let mail: Mailbox;
    before(async () => {
      db = await engine.create();
      store = await openStore(db.target);
      site = await startSite();
      hook = await startWebhookReceiver();
      mail = await startSmtp();
    });
    after(async () => {
      await store.close();
      await Promise.all([site.close(), hook.close(), mail.close()]);
      await db.drop();
    });

    test('a feed of 3 items stores 3; the next round gets 304; a new item stores 1 and is alerted', async () => {
      const items: Article[] = ARTICLES.slice(0, 3);
      feedRoute(site, '/feed.xml', () => items);
      articleRoutes(site, ARTICLES);

      const source = await addSource(store, `${site.url}/feed.xml`, { everyMs: 1000, name: 'News', http });
      assert.equal(source.kind, 'rss');
      const watched = await addWatchlist(store, { name: 'Altai', party: 'RU-ALT', webhook: hook.url, email: 'analyst@example.org' });
      const delivery = { smtpUrl: mail.url, digestEveryMs: 0, backoffMs: 20 };

      const first = await watchOnce(store, { http, delivery });
      assert.equal(first.sources.length, 1);
      assert.equal(first.sources[0]!.stored, 3, JSON.stringify(first.sources));
      assert.equal(await store.countDocuments(), 3);
      for (const a of items) assert.equal(site.hits(a.path), 1);
      const stored = await store.getDocument((await store.monitor.documentByUrl(`${site.url}${ARTICLES[0]!.path}`))!);
      assert.equal(stored?.title, ARTICLES[0]!.title);
      assert.ok(stored?.text.includes('дорожную карту'));
      assert.ok(!stored?.text.includes('Новости'), 'page chrome is left out');

      // Not due yet: nothing fetched.
      assert.deepEqual(await pollDue(store, { http }), []);
      await new Promise((r) => setTimeout(r, 1100));
      const second = await watchOnce(store, { http, delivery });
      assert.equal(second.sources[0]!.status, 'not-modified');
      assert.equal(second.sources[0]!.stored, 0);
      assert.equal(await store.countDocuments(), 3);

      items.push(ARTICLES[3]!);
      await new Promise((r) => setTimeout(r, 1100));
      const third = await watchOnce(store, { http, delivery });
      assert.equal(third.sources[0]!.stored, 1);
      assert.equal(await store.countDocuments(), 4);
      for (const a of ARTICLES) assert.equal(site.hits(a.path), 1, `${a.path} fetched once`);

      const log = await store.monitor.fetchLog(source.id);
      assert.deepEqual(
        log.map((l) => [l.status, l.stored]),
        [
          ['ok', 1],
          ['not-modified', 0],
          ['ok', 3],
        ],
      );
      const listed = (await store.monitor.sources())[0]!;
      assert.equal(listed.items, 4);
      assert.equal(listed.lastStatus, 'ok');

      // Alerts: every document was stored after the watchlist was made and names Altai Krai.
      const got = await inbox(store, watched.id);
      assert.equal(got?.alerts.length, 4);
      assert.ok(got!.alerts.every((a) => a.isNew && a.items.length > 0));

      // Atom feed, through the API.
      const app = createApp(store, { logger: quiet });
      const res = await app.request(`/watchlists/${watched.id}/feed.atom`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /application\/atom\+xml/);
      const atom = await res.text();
      assert.match(atom, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
      assert.ok(atom.includes(ARTICLES[3]!.title), 'the new item is in the feed');
      assert.ok(atom.includes(`${site.url}${ARTICLES[3]!.path}`));

      // Webhook: one signed delivery per turn that found alerts (3, then 1), none for the empty turn.
      assert.equal(hook.received.length, 2);
      for (const r of hook.received)
        assert.equal(r.signature, `sha256=${createHmac('sha256', watched.secret!).update(r.body).digest('hex')}`);
      const lastHook = JSON.parse(hook.received[1]!.body) as { alerts: { doc: string; url: string }[] };
      assert.deepEqual(
        lastHook.alerts.map((a) => a.url),
        [`${site.url}${ARTICLES[3]!.path}`],
      );

      // Digests: one message for the first three, one for the fourth.
      assert.equal(mail.messages.length, 2);
      assert.deepEqual(mail.messages[1]!.to, ['analyst@example.org']);
      assert.match(mail.messages[1]!.data, /Subject: coopgraph: 1 new alert/);
      const log2 = await store.monitor.deliveryLog(watched.id);
      assert.equal(log2.filter((l) => l.ok).length, 4);

      // Marked seen: nothing new any more.
      await inbox(store, watched.id, { seen: true });
      assert.ok((await inbox(store, watched.id))!.alerts.every((a) => !a.isNew));
    });

    test('a webhook that fails is retried with backoff and logged', async () => {
      const own = await startWebhookReceiver();
      after(() => own.close());
      const w = await addWatchlist(store, { name: 'Retry', party: 'RU-ALT', webhook: own.url });
      // Made after the documents: no alerts yet. A new document brings one.
      articleRoutes(site, [
        {
          path: '/news/late.html',
          title: 'Алтайский край и Казахстан обсудили поставки зерна',
          date: '2025-12-01',
          body: 'Губернатор Алтайского края Виктор Томенко встретился с акимом Павлодарской области в Барнауле 30 ноября. Стороны обсудили поставки зерна и муки.',
        },
      ]);
      feedRoute(site, '/late.xml', () => [{ path: '/news/late.html', title: 'late', date: '2025-12-01', body: '' }]);
      await addSource(store, `${site.url}/late.xml`, { http });
      own.failFirst(2, 503);
      const turn = await watchOnce(store, { http, delivery: { backoffMs: 20, retries: 3 } });
      const mine = turn.delivery.webhooks.find((d) => d.watchlist === w.id)!;
      assert.deepEqual([mine.ok, mine.attempts, mine.alerts], [true, 3, 1]);
      assert.equal(own.received.length, 1);
      const [entry] = await store.monitor.deliveryLog(w.id);
      assert.deepEqual([entry!.ok, entry!.attempts, entry!.channel], [true, 3, 'webhook']);
    });

    test('items whose pages fail for now are fetched again next round; validators wait for them', async () => {
      const items: Article[] = [
        {
          path: '/flaky/a.html',
          title: 'Алтайский край и Киргизия подписали соглашение',
          date: '2025-12-02',
          body: 'Алтайский край и Киргизия подписали соглашение о торгово-экономическом сотрудничестве в Барнауле 1 декабря.',
        },
      ];
      let down = true;
      site.route('/flaky/a.html', (_req, res) => {
        if (down) return void res.writeHead(500).end();
        res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(`<html><body><article><h1>${items[0]!.title}</h1><p>${items[0]!.body}</p></article></body></html>`);
      });
      // No description: the feed's own text cannot stand in for the page.
      site.route(
        '/flaky.xml',
        (_req, res) =>
          void res
            .writeHead(200, { 'content-type': 'application/rss+xml', etag: '"same"' })
            .end(
              `<?xml version="1.0"?><rss version="2.0"><channel><title>f</title><item><title>${items[0]!.title}</title><link>${site.url}/flaky/a.html</link></item></channel></rss>`,
            ),
      );
      const s = await addSource(store, `${site.url}/flaky.xml`, { everyMs: 1000, http });
      const first = (await pollDue(store, { http })).find((r) => r.id === s.id)!;
      assert.deepEqual([first.stored, first.pending], [0, 1]);
      assert.equal((await store.monitor.source(s.id))!.etag, null, 'no validators while an item is pending');
      down = false;
      await new Promise((r) => setTimeout(r, 1100));
      const second = (await pollDue(store, { http })).find((r) => r.id === s.id)!;
      assert.deepEqual([second.stored, second.pending], [1, 0]);
      assert.equal((await store.monitor.source(s.id))!.etag, '"same"');
    });

    test('robots.txt disallowing a page: the feed text stands in; malformed XML is the source error', async () => {
      const other = await startSite();
      try {
        other.route('/robots.txt', (_req, res) => void res.writeHead(200).end('User-agent: *\nDisallow: /private/\n'));
        other.route(
          '/feed.xml',
          (_req, res) =>
            void res
              .writeHead(200, { 'content-type': 'application/rss+xml' })
              .end(
                `<?xml version="1.0"?><rss version="2.0"><channel><title>f</title><item><title>Омская область и Северо-Казахстанская область обсудили поставки зерна</title><link>${other.url}/private/1.html</link><description>Губернатор Омской области и аким Северо-Казахстанской области обсудили поставки зерна в Омске 3 декабря.</description></item></channel></rss>`,
              ),
        );
        other.route(
          '/bad.xml',
          (_req, res) =>
            void res
              .writeHead(200, { 'content-type': 'application/rss+xml' })
              .end('<?xml version="1.0"?>\n<rss><channel><item><title>x</item></rss>'),
        );
        const good = await addSource(store, `${other.url}/feed.xml`, { http });
        // A source that is malformed when added is refused; one that breaks later is an error of its round.
        await assert.rejects(
          addSource(store, `${other.url}/bad.xml`, { http }),
          (e: Error) => e instanceof SourceError && /malformed XML/.test(e.message),
        );
        const reports = await pollDue(store, { http });
        const r = reports.find((x) => x.id === good.id)!;
        assert.equal(r.stored, 1);
        assert.equal(other.hits('/private/1.html'), 0, 'the disallowed page is never fetched');
        other.route(
          '/feed.xml',
          (_req, res) =>
            void res
              .writeHead(200, { 'content-type': 'application/rss+xml' })
              .end('<?xml version="1.0"?>\n<rss><channel><item><title>x</item></rss>'),
        );
        await store.monitor.finishFetch(
          good.id,
          { nextFetchAt: new Date(0).toISOString(), status: 'ok', error: null, stored: 0, etag: null, lastModified: null },
          {
            sourceId: good.id,
            at: new Date().toISOString(),
            poller: 't',
            status: 'ok',
            httpStatus: 200,
            bytes: 0,
            items: 0,
            stored: 0,
            ms: 0,
            error: null,
          },
        );
        const broken = (await pollDue(store, { http })).find((x) => x.id === good.id)!;
        assert.equal(broken.status, 'error');
        assert.match(broken.error ?? '', /malformed XML at line/);
        assert.match((await store.monitor.source(good.id))!.lastError ?? '', /malformed XML/);
      } finally {
        await other.close();
      }
    });

    test('a dry run lists what would be ingested and stores nothing', async () => {
      const count = await store.countDocuments();
      const check = await checkSource(store, `${site.url}/feed.xml`, http);
      assert.equal(check.kind, 'rss');
      assert.equal(check.items.length, 4);
      assert.ok(check.items.every((i) => i.known));
      assert.equal(await store.countDocuments(), count);
      await assert.rejects(checkSource(store, 'ftp://example.org/feed', http), /only http and https/);
      await assert.rejects(addSource(store, `${site.url}/feed.xml`, { http }), /already followed/);
    });

    test('watchlists refuse what cannot work', async () => {
      await assert.rejects(addWatchlist(store, { name: 'x' }), (e: Error) => e instanceof WatchlistError && /at least one/.test(e.message));
      await assert.rejects(addWatchlist(store, { name: 'x', party: 'Altai' }), /party: Altai is not a party code/);
      await assert.rejects(addWatchlist(store, { name: 'x', type: 'party' }), /type: party is not one of meeting/);
      await assert.rejects(addWatchlist(store, { name: 'x', party: 'RU-ALT', webhook: 'nope' }), /webhook: nope/);
    });

    test('pollers sharing the store fetch each due source once', async () => {
      const shared = await startSite();
      try {
        const paths = ['/s1.xml', '/s2.xml', '/s3.xml', '/s4.xml'];
        for (const p of paths)
          shared.route(
            p,
            (_req, res) =>
              void setTimeout(
                () =>
                  res
                    .writeHead(200, { 'content-type': 'application/rss+xml' })
                    .end(`<?xml version="1.0"?><rss version="2.0"><channel><title>${p}</title></channel></rss>`),
                50,
              ),
          );
        for (const p of paths) await addSource(store, `${shared.url}${p}`, { everyMs: 60_000, http });
        const before = paths.map((p) => shared.hits(p));
        const stores = await Promise.all([openStore(db.target), openStore(db.target), openStore(db.target)]);
        try {
          const rounds = await Promise.all(stores.map((s, i) => pollDue(s, { http, poller: `poller-${i}` })));
          const fetched = rounds.flat().filter((r) => r.url.startsWith(shared.url));
          assert.equal(fetched.length, paths.length, 'each source taken by one poller');
          paths.forEach((p, i) => assert.equal(shared.hits(p) - before[i]!, 1, `${p} fetched once`));
        } finally {
          await Promise.all(stores.map((s) => s.close()));
        }
      } finally {
        await shared.close();
      }
    });
  });
}
