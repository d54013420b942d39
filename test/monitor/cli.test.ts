// The acceptance of issue 10 through the command line, and a poller killed mid-round.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { pino } from 'pino';
import { createApp } from '../../src/api/app.js';
import { openStore } from '../../src/store/index.js';
import { cli, ROOT } from '../cli/run.js';
import {
  ARTICLES,
  articlePage,
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('coopgraph sources, watch and watchlists', () => {
  let dir: string;
  let site: Site;
  let hook: Receiver;
  let mail: Mailbox;
  let env: NodeJS.ProcessEnv;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'coopgraph-watch-'));
    [site, hook, mail] = await Promise.all([startSite(), startWebhookReceiver(), startSmtp()]);
    env = {
      COOPGRAPH_POLITENESS: '0',
      COOPGRAPH_FETCH_BACKOFF: '50ms',
      COOPGRAPH_SMTP_URL: mail.url,
      COOPGRAPH_DIGEST_EVERY: '0',
    };
  });
  after(async () => {
    await Promise.all([site.close(), hook.close(), mail.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  test('acceptance: 3 items stored, then a 304 round, then 1 new item alerted by Atom, webhook and e-mail', async () => {
    const db = join(dir, 'accept.db');
    const items: Article[] = ARTICLES.slice(0, 3);
    feedRoute(site, '/feed.xml', () => items);
    articleRoutes(site, ARTICLES);

    const added = await cli(['sources', 'add', `${site.url}/feed.xml`, '--every', '1s', '--name', 'Local news', '--db', db, '--json'], {
      env,
    });
    assert.equal(added.code, 0, added.stderr);
    const source = JSON.parse(added.stdout) as { id: string; kind: string };
    assert.equal(source.kind, 'rss');

    const first = await cli(['watch', '--once', '--db', db], { env });
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /ok\s+stored 3, skipped 0/);
    const docs = await cli(['docs', 'list', '--db', db, '--json']);
    assert.equal((JSON.parse(docs.stdout) as unknown[]).length, 3);

    const wl = await cli(
      [
        'watchlists',
        'add',
        '--name',
        'Altai Krai',
        '--party',
        'RU-ALT',
        '--webhook',
        hook.url,
        '--email',
        'desk@example.org',
        '--db',
        db,
        '--json',
      ],
      {
        env,
      },
    );
    assert.equal(wl.code, 0, wl.stderr);
    const watchlist = JSON.parse(wl.stdout) as { id: string; secret: string };

    await sleep(1100);
    const second = await cli(['watch', '--once', '--db', db, '--json'], { env });
    assert.equal(second.code, 0, second.stderr);
    const r2 = JSON.parse(second.stdout.trim()) as { status: string; httpStatus: number; stored: number };
    assert.deepEqual([r2.status, r2.httpStatus, r2.stored], ['not-modified', 304, 0]);

    items.push(ARTICLES[3]!);
    await sleep(1100);
    const third = await cli(['watch', '--once', '--db', db], { env });
    assert.equal(third.code, 0, third.stderr);
    assert.match(third.stdout, /stored 1, skipped 3/);

    const alerts = await cli(['watchlists', 'alerts', watchlist.id, '--db', db]);
    assert.equal(alerts.code, 0, alerts.stderr);
    assert.ok(alerts.stdout.includes(ARTICLES[3]!.title));
    assert.equal(alerts.stdout.split('\n').filter((l) => l.startsWith('* ')).length, 1, alerts.stdout);

    assert.equal(hook.received.length, 1, 'one delivery');
    assert.equal(
      hook.received[0]!.signature,
      `sha256=${createHmac('sha256', watchlist.secret).update(hook.received[0]!.body).digest('hex')}`,
    );
    assert.equal(mail.messages.length, 1, 'one digest');
    assert.match(mail.messages[0]!.data, /Subject: coopgraph: 1 new alert/);
    assert.match(mail.messages[0]!.data, /Altai Krai/);

    const store = await openStore(db);
    try {
      const res = await createApp(store, { logger: pino({ level: 'silent' }) }).request(`/watchlists/${watchlist.id}/feed.atom`);
      const atom = await res.text();
      assert.equal((atom.match(/<entry>/g) ?? []).length, 1);
      assert.ok(atom.includes(ARTICLES[3]!.title));
    } finally {
      await store.close();
    }

    const list = await cli(['sources', 'list', '--db', db]);
    assert.match(list.stdout, new RegExp(`${source.id}\\s+rss\\s+ok\\s+.*items 4\\s+Local news`));
    const check = await cli(['sources', 'check', `${site.url}/feed.xml`, '--db', db]);
    assert.match(check.stdout, /rss, 4 items, 0 new/);
    const bad = await cli(['sources', 'add', 'not a url', '--db', db]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /not a URL/);
    const removed = await cli(['sources', 'remove', source.id, '--db', db]);
    assert.equal(removed.code, 0);
    assert.equal((await cli(['sources', 'list', '--db', db])).stdout, '');
  });

  test('a poller killed with SIGKILL mid-round: the restarted one stores the rest, nothing twice', async () => {
    const db = join(dir, 'killed.db');
    const articles = ARTICLES.map((a, i) => ({ ...a, path: `/k${a.path}`, title: `${a.title} (${i})` }));
    let slow = true;
    let reached: () => void;
    const reachedSlow = new Promise<void>((resolve) => (reached = resolve));
    feedRoute(site, '/killed.xml', () => articles);
    articleRoutes(site, articles);
    site.route(articles[2]!.path, (_req, res) => {
      if (slow) {
        reached();
        return; // never answers: the poller is killed while waiting
      }
      res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage(articles[2]!));
    });
    const added = await cli(['sources', 'add', `${site.url}/killed.xml`, '--db', db, '--json'], { env });
    assert.equal(added.code, 0, added.stderr);

    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'cli', 'bin.ts'), 'watch', '--db', db], {
      cwd: ROOT,
      env: { ...process.env, ...env, COOPGRAPH_DB: undefined, COOPGRAPH_WATCH_LEASE: '1s', COOPGRAPH_FETCH_TIMEOUT: '30s' },
      stdio: 'ignore',
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await reachedSlow;
    child.kill('SIGKILL');
    await exited;
    const count = (sql: string) => {
      const raw = new BetterSqlite3(db, { readonly: true });
      try {
        return (raw.prepare(sql).get() as { n: number }).n;
      } finally {
        raw.close();
      }
    };
    assert.equal(count('select count(*) as n from documents'), 2, 'the first two were stored before the kill');

    slow = false;
    await sleep(1100); // the dead poller's lease runs out
    const again = await cli(['watch', '--once', '--db', db], { env });
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /stored 2, skipped 2/);
    assert.equal(count('select count(*) as n from documents'), 4);
    assert.equal(count('select count(distinct url) as n from documents'), 4);
    assert.equal(site.hits(articles[0]!.path), 1, 'a page stored before the kill is not fetched again');
    assert.equal(count(`select count(*) as n from source_items where status = 'stored'`), 4);
  });
  test('serve --watch polls beside the API and stops cleanly on SIGTERM', async () => {
    const db = join(dir, 'served.db');
    const articles = ARTICLES.slice(0, 2).map((a) => ({ ...a, path: `/served${a.path}` }));
    feedRoute(site, '/served.xml', () => articles);
    articleRoutes(site, articles);
    assert.equal((await cli(['sources', 'add', `${site.url}/served.xml`, '--db', db], { env })).code, 0);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'test', 'cli', 'bin.ts'), 'serve', '--watch', '--port', '0', '--db', db],
      {
        cwd: ROOT,
        env: { ...process.env, ...env, COOPGRAPH_DB: undefined },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    const url = await new Promise<string>((resolve) => {
      let buffered = '';
      child.stdout.on('data', (d: Buffer) => {
        buffered += d.toString();
        const found = /"msg":"listening"/.test(buffered) && /"url":"([^"]+)"/.exec(buffered);
        if (found) resolve(found[1]!);
      });
    });
    let documents = 0;
    for (let i = 0; i < 100 && documents < 2; i++) {
      await sleep(200);
      documents = ((await (await fetch(`${url}/health`)).json()) as { documents: number }).documents;
    }
    assert.equal(documents, 2);
    let sources: { lastStatus: string | null; items: number }[] = [];
    for (let i = 0; i < 50 && sources[0]?.lastStatus !== 'ok'; i++) {
      await sleep(100);
      sources = (await (await fetch(`${url}/sources`)).json()) as typeof sources;
    }
    assert.deepEqual([sources[0]!.lastStatus, sources[0]!.items], ['ok', 2]);
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });
});
