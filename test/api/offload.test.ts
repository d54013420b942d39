// The server never blocks: a posted article is analyzed in a worker thread (reads are answered
// meanwhile), an analysis over its time budget is stopped and refused, and a text over the size
// limit is refused naming the document. The kept answers are refreshed in a worker too.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { articles } from '../../bench/generate.js';
import { serve, type Serving } from '../../src/api/server.js';
import { offload } from '../../src/app/offload.js';
import { MAX_ARTICLE_CHARS } from '../../src/app/pipeline.js';
import { openStore } from '../../src/store/index.js';

const TOKEN = 'offload-test-editor';
let dir: string;
let server: Serving;
/** About 120,000 characters of generated news: a few seconds of analysis. */
const LONG = [...articles(50, 'offload')].map((a) => a.text.replace(/^ date.*\n/, '')).join('\n\n');

before(async () => {
  process.env.COOPGRAPH_TOKENS = `${TOKEN}:editor`;
  dir = mkdtempSync(join(tmpdir(), 'coopgraph-offload-'));
  const target = join(dir, 'store.db');
  server = await serve(await openStore(target), { port: 0, host: '127.0.0.1' }, pino({ level: 'silent' }), { target });
});
after(async () => {
  await server.close();
  delete process.env.COOPGRAPH_TOKENS;
  rmSync(dir, { recursive: true, force: true });
});

const postText = (text: string, id: string) =>
  fetch(`${server.url}/documents?id=${id}`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` },
    body: text,
  });

test('reads are answered while a long article is analyzed', { timeout: 120_000 }, async () => {
  let done = false;
  const posted = postText(LONG, 'long').then((r) => {
    done = true;
    return r;
  });
  let answeredMeanwhile = 0;
  while (!done && answeredMeanwhile < 5) {
    const health = await fetch(`${server.url}/health`);
    assert.equal(health.status, 200);
    await health.json();
    if (!done) answeredMeanwhile++;
  }
  const res = await posted;
  assert.equal(res.status, 201, await res.clone().text());
  assert.ok(answeredMeanwhile >= 5, `only ${answeredMeanwhile} reads answered during the analysis`);
  const overview = await (await fetch(`${server.url}/overview`)).json();
  assert.equal(overview.counts.documents, 1);
});

test('a text over the size limit is refused with 413, naming the document', async () => {
  const res = await postText('Омская область. '.repeat(Math.ceil(MAX_ARTICLE_CHARS / 16) + 10), 'huge');
  assert.equal(res.status, 413);
  assert.match((await res.json()).error, /document huge: the text is \d+ characters, over the 200000/);
});

test('an analysis over its time budget is stopped and refused, naming the document', { timeout: 60_000 }, async () => {
  const workers = offload({ analysisMs: 20 });
  try {
    await assert.rejects(
      workers.analyze({ id: 'slow', source: 'slow', title: null, published: null, raw: LONG, url: null }),
      /document slow: analysis took over 0.02 s and was stopped/,
    );
  } finally {
    await workers.close();
  }
});
