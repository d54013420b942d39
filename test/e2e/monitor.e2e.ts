// The Sources and Watchlists pages in Chromium, in English and Russian: an editor follows a local
// feed, makes a watchlist, the poller runs, and the alerts inbox shows what is new until seen.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ARTICLES, articleRoutes, feedRoute, startSite, type Site } from '../monitor/site.js';
import { coopgraph, launch, ROOT, screenshot, startServer, type Server } from './harness.js';

/** The built CLI, without blocking this process (the local site must answer it meanwhile). */
function coopgraphAsync(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'coopgraph.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, COOPGRAPH_DB: undefined, ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`coopgraph ${args.join(' ')} exited ${code}: ${err}`))));
  });
}

let server: Server;
let site: Site;
let browser: Browser;
let page: Page;

describe('sources and watchlists pages', () => {
  before(async () => {
    server = await startServer();
    site = await startSite();
    feedRoute(site, '/feed.xml', () => ARTICLES);
    articleRoutes(site, ARTICLES);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    await site?.close();
  });

  test('an editor follows a feed, makes a watchlist; after a round the inbox shows new alerts until seen', async () => {
    const token = coopgraph(['token', 'add', 'e2e-monitor', '--role', 'editor', '--db', server.db]).trim().split('\n').at(-1)!;
    await page.goto(`${server.url}/follow`);
    await page.getByText('No sources followed yet.').waitFor();
    await page.getByText('Log in with an editor’s token').waitFor();

    await page.goto(`${server.url}/editor`);
    await page.locator('input[name=token]').fill(token);
    await page.locator('input[name=token]').press('Enter');
    await page.getByText('Logged in as editor').first().waitFor();

    await page.getByRole('link', { name: 'Sources' }).click();
    await page.locator('input[name=url]').fill(`${site.url}/feed.xml`);
    await page.locator('input[name=every]').fill('1h');
    await page.locator('input[name=name]').fill('Local news');
    await page.getByRole('button', { name: 'Follow' }).click();
    const row = page.locator('table.sources tbody tr');
    await row.getByText('Local news').waitFor();
    assert.match(await row.innerText(), /rss\s+1h/);

    // A bad address is named on the page.
    await page.locator('input[name=url]').fill(`${site.url}/missing.xml`);
    await page.getByRole('button', { name: 'Follow' }).click();
    await page
      .getByRole('alert')
      .getByText(/HTTP 404/)
      .waitFor();

    await page.getByRole('link', { name: 'Watchlists' }).click();
    await page.getByText('No watchlists yet.').waitFor();
    await page.locator('form.new-watchlist input[name=name]').fill('Altai Krai');
    await page.locator('form.new-watchlist input[name=party]').fill('RU-ALT');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.locator('ul.lists').getByText('Altai Krai').waitFor();

    await coopgraphAsync(['watch', '--once', '--db', server.db], { COOPGRAPH_POLITENESS: '0' });

    await page.goto(`${server.url}/follow`);
    await row.locator('td.status').getByText('ok', { exact: true }).waitFor();
    assert.equal(await row.locator('td.stored').innerText(), '4');
    await screenshot(page, 'sources');

    await page.goto(`${server.url}/watch`);
    await page.locator('ul.lists').getByText('4 new').waitFor();
    await page.locator('ul.lists').getByRole('link', { name: 'Altai Krai' }).click();
    const inbox = page.locator('section.inbox');
    await inbox.locator('ul.alerts > li').first().waitFor();
    assert.equal(await inbox.locator('ul.alerts > li.new').count(), 4);
    assert.ok((await inbox.innerText()).includes(ARTICLES[3]!.title));
    await screenshot(page, 'watchlist-inbox');
    const feed = await inbox.getByRole('link', { name: 'Atom feed' }).getAttribute('href');
    const atom = await (await fetch(`${server.url}${feed}`)).text();
    assert.equal((atom.match(/<entry>/g) ?? []).length, 4);

    await inbox.getByRole('button', { name: 'Mark all seen' }).click();
    await page.waitForFunction(() => document.querySelectorAll('ul.alerts > li.new').length === 0);
    assert.equal(await page.locator('ul.lists strong.new').count(), 0);
  });

  test('an editor drops an article file and pastes an article address to ingest them', async () => {
    const article = {
      path: '/news/pasted.html',
      title: 'Новосибирская область и Киргизия подписали соглашение',
      date: '2025-12-03',
      body: 'Новосибирская область и Киргизская Республика подписали соглашение о торгово-экономическом сотрудничестве в Новосибирске 2 декабря.',
    };
    articleRoutes(site, [article]);
    await page.goto(`${server.url}/follow`);
    const zone = page.locator('.dropzone');
    await zone.waitFor();
    const dropped = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      const text = 'Омская область и Павлодарская область договорились о поставках зерна в Омске 4 декабря.';
      dt.items.add(new File([text], 'omsk-pavlodar.txt', { type: 'text/plain' }));
      return dt;
    });
    await zone.dispatchEvent('drop', { dataTransfer: dropped });
    await zone.getByRole('status').getByText('omsk-pavlodar.txt: Ingested').waitFor();

    await zone.locator('input[name=article]').fill(`${site.url}${article.path}`);
    await zone.getByRole('button', { name: 'Ingest' }).click();
    await zone
      .getByRole('status')
      .getByText(/: Ingested \(/)
      .waitFor();
    await zone.getByRole('button', { name: 'Ingest' }).waitFor();
    await zone.locator('input[name=article]').fill(`${site.url}${article.path}`);
    await zone.getByRole('button', { name: 'Ingest' }).click();
    await zone
      .getByRole('status')
      .getByText(/already stored/)
      .waitFor();
    const doc = (await (await fetch(`${server.url}/documents/omsk-pavlodar`)).json()) as { text: string };
    assert.match(doc.text, /Павлодарская/);
  });

  test('the pages in Russian', async () => {
    await page.goto(`${server.url}/follow`);
    await page.getByRole('button', { name: 'RU', exact: true }).click();
    await page.getByRole('heading', { name: 'Отслеживаемые источники' }).waitFor();
    await page.getByRole('button', { name: 'Отслеживать' }).waitFor();
    await page.getByRole('link', { name: 'Подписки' }).click();
    await page.getByRole('heading', { name: 'Подписки' }).waitFor();
    await page.getByRole('button', { name: 'Создать' }).waitFor();
    await page.locator('ul.lists').getByRole('link', { name: 'Altai Krai' }).click();
    await page.getByRole('heading', { name: 'Altai Krai: Оповещения' }).waitFor();
    await page.getByRole('link', { name: 'Лента Atom' }).waitFor();
    await screenshot(page, 'watchlists-ru');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
  });
});
