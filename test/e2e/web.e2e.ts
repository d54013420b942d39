// The web app end to end: the built server over the team's examples, driven in Chromium.
// Pages that need knowledge-base routes (issue 4) are skipped, saying so, until the server has them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { coopgraph, launch, ROOT, screenshot, startServer, type Server } from './harness.js';

// Our own hostile article: markup in the title and text must show as text and never run.
const HOSTILE = {
  id: 'hostile-markup',
  title: 'Omsk Region <img src=x onerror="window.__pwned = 1"> and Pavlodar',
  text: [
    'Omsk Region and Pavlodar Region signed a memorandum on rail freight in March 2025.',
    'A reader wrote <script>window.__pwned = 2; alert("script")</script> into the comment box.',
    'Another pasted <img src=x onerror="window.__pwned = 3; alert(\'img\')"> under it.',
  ].join('\n\n'),
};

let server: Server;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
/** What Chromium reported as blocked by the Content-Security-Policy, on any page. */
const cspViolations: string[] = [];

describe('web app', () => {
  before(async () => {
    const started = await startServer();
    server = started;
    coopgraph(['ingest', join(ROOT, 'examples'), '--db', server.db]);
    // The hostile article goes in through the API, as a feed robot with an editor's token would post it.
    const robot = coopgraph(['token', 'add', 'e2e-robot', '--role', 'editor', '--db', server.db]).trim().split('\n').at(-1)!;
    const posted = await fetch(`${server.url}/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${robot}` },
      body: JSON.stringify(HOSTILE),
    });
    assert.equal(posted.status, 201, await posted.text());
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(`${page.url()}: ${m.text()}`);
    });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the overview shows counts, latest events, pairs, the activity chart and the map', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('.counts').waitFor();
    assert.match(await page.locator('.counts').innerText(), /\d+\s+documents/);
    assert.ok((await page.locator('.events li').count()) > 0, 'latest events are listed');
    await page.getByRole('img', { name: 'Activity by month' }).locator('canvas').first().waitFor();
    // The map loads when it scrolls into view.
    const map = page.getByRole('img', { name: 'Map of cooperation' });
    await page.getByRole('heading', { name: 'Map of cooperation' }).scrollIntoViewIfNeeded();
    await map.locator('canvas').first().waitFor();
    await page.waitForTimeout(1000); // the charts' entry animation
    await screenshot(page, 'overview');
  });

  test('search in Russian finds inflected forms and marks them', async () => {
    await page.goto(`${server.url}/find`);
    await page.getByRole('searchbox').fill('зерно');
    await page.getByRole('searchbox').press('Enter');
    await page.locator('.hits li').first().waitFor();
    assert.ok((await page.locator('.hits li').count()) >= 1);
    const marked = await page.locator('.snippet mark').allInnerTexts();
    assert.ok(
      marked.some((m) => /^зерн/i.test(m)),
      `marked: ${marked.join(', ')}`,
    );
    assert.match(new URL(page.url()).search, /q=/, 'the query is in the URL');
    await screenshot(page, 'search-ru');
  });

  test('search in English', async () => {
    await page.goto(`${server.url}/find?q=${encodeURIComponent('agreement')}`);
    await page.locator('.hits li').first().waitFor();
    const marked = await page.locator('.snippet mark').allInnerTexts();
    assert.ok(
      marked.some((m) => /^agreement/i.test(m)),
      `marked: ${marked.join(', ')}`,
    );
    await screenshot(page, 'search-en');
  });

  test('a document shows its items highlighted at their evidence, coloured by kind', async () => {
    await page.goto(`${server.url}/doc/altai-vko-roadmap`);
    await page.locator('.text mark').first().waitFor();
    const kinds = await page.locator('.text mark').evaluateAll((marks) => [...new Set(marks.map((m) => m.className.split(' ')[0]))]);
    for (const kind of ['k-events', 'k-agreements', 'k-flows', 'k-people'])
      assert.ok(kinds.includes(kind), `${kind} in ${kinds.join(', ')}`);
    // Choosing an item in the facts panel marks its span in the text.
    await page.locator('.facts [data-item="agreements/0"] button.link').click();
    assert.ok((await page.locator('.text mark.selected').count()) >= 1);
    assert.match(await page.locator('.text mark.selected').first().innerText(), /дорожн/i);
    assert.equal(await page.locator('.curate').count(), 0, 'nothing is editable without a token');
    await screenshot(page, 'document');
  });

  test('markup in a document is shown as text and never runs', async () => {
    await page.goto(`${server.url}/doc/${HOSTILE.id}`);
    await page.locator('.text').waitFor();
    const text = await page.locator('.text').innerText();
    assert.match(text, /<script>window\.__pwned = 2/);
    assert.match(text, /<img src=x onerror=/);
    assert.match(await page.locator('h1').innerText(), /<img src=x/);
    assert.equal(await page.locator('main script, main img').count(), 0, 'no element was made from the text');
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined, 'no payload ran');
    assert.deepEqual(dialogs, [], 'no dialog opened');
    await screenshot(page, 'document-hostile');
  });

  test('the Altai Krai dossier lists its agreements and draws its trade flows', async () => {
    await page.goto(`${server.url}/party/RU-ALT`);
    await page.locator('table.agreements tbody tr').first().waitFor();
    assert.ok((await page.locator('table.agreements tbody tr').count()) >= 1);
    assert.match(await page.locator('table.agreements').innerText(), /roadmap/);
    // ECharts loads lazily beside the data: wait for the chart, then check there is exactly one.
    await page.locator('.flows canvas').first().waitFor();
    assert.equal(await page.locator('.flows canvas').count(), 1, 'the Sankey of goods is drawn');
    const md = await page.locator('a[download]').getAttribute('href');
    assert.match(md ?? '', /format=md/);
    assert.equal((await fetch(server.url + md)).status, 200, 'the Markdown export downloads');
    await page.waitForTimeout(1200); // the charts' entry animation
    await screenshot(page, 'dossier-RU-ALT');
  });

  test('a pair dossier covers the relation of the two parties', async () => {
    await page.goto(`${server.url}/party/RU-ALT/with/KZ-VOS`);
    await page.locator('table.agreements tbody tr').first().waitFor();
    assert.match(await page.locator('h1').innerText(), /Altai Krai.+East Kazakhstan/);
    assert.match(await page.locator('table.agreements').innerText(), /roadmap/);
    await page.waitForTimeout(1200); // the charts' entry animation
    await screenshot(page, 'dossier-RU-ALT-KZ-VOS');
  });

  test('the network draws the cooperation graph', async () => {
    await page.goto(`${server.url}/network`);
    await page.locator('.chart canvas').waitFor();
    await page.waitForTimeout(1000); // the force layout settles
    await screenshot(page, 'network');
  });

  test('the page switches to Russian and formats dates for it', async () => {
    await page.goto(`${server.url}/doc/altai-vko-roadmap`);
    await page.getByRole('button', { name: 'RU', exact: true }).click();
    await page.getByRole('link', { name: 'Поиск' }).waitFor();
    assert.match(await page.locator('.document > p.muted').innerText(), /Опубликовано: 18 сентября 2025/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
    await screenshot(page, 'document-ru');
    await page.getByRole('button', { name: 'EN', exact: true }).click();
  });

  test('an editor logs in with a token, rejects a fact (gone after a reload) and corrects one', async () => {
    const token = coopgraph(['token', 'add', 'e2e-editor', '--role', 'editor', '--db', server.db]).trim().split('\n').at(-1)!;
    await page.goto(`${server.url}/editor`);
    await page.locator('input[name=token]').fill('not-a-token');
    await page.locator('input[name=token]').press('Enter');
    await page.locator('.login .error').waitFor();
    await page.locator('input[name=token]').fill(token);
    await page.locator('input[name=token]').press('Enter');
    await page.getByText('Logged in as editor').first().waitFor();
    await screenshot(page, 'editor');

    await page.goto(`${server.url}/doc/altai-vko-roadmap`);
    const items = page.locator('.facts li[data-item^="events/"]');
    await items.first().locator('.curate').waitFor();
    const before = await items.allInnerTexts();
    const rejected = await items.first().locator('button.link').innerText();
    await items.first().getByRole('button', { name: 'Reject' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('.facts li[data-item^="events/"]').length === n - 1, before.length);
    await page.reload();
    await items.first().waitFor();
    const after = await items.locator('button.link').allInnerTexts();
    assert.equal(after.length, before.length - 1);
    assert.ok(!after.includes(rejected), `"${rejected}" is gone`);

    // Correcting an item: its JSON is edited in place and the served facts carry the change.
    const figure = page.locator('.facts li[data-item="figures/0"]');
    await figure.getByRole('button', { name: 'Correct' }).click();
    const edited = JSON.parse(await figure.locator('textarea').inputValue()) as { value: number };
    await figure.locator('textarea').fill(JSON.stringify({ ...edited, value: 123_456 }));
    await figure.getByRole('button', { name: 'Save' }).click();
    await figure.getByText('123,456').waitFor();
    await page.reload();
    await figure.getByText('123,456').waitFor();
    await screenshot(page, 'document-curated');
  });

  test('every page works under the Content-Security-Policy (no inline script, nothing blocked)', async () => {
    const res = await page.goto(`${server.url}/`);
    assert.match(res?.headers()['content-security-policy'] ?? '', /script-src 'self'(;|$)/);
    await page.getByRole('img', { name: 'Activity by month' }).locator('canvas').first().waitFor();
    for (const path of ['/find?q=grain', '/doc/altai-vko-roadmap', '/party/RU-ALT', '/network', '/editor']) {
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState('networkidle');
    }
    assert.deepEqual(cspViolations, []);
  });
});
