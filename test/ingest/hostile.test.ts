// Odd and hostile input through the readers and the pipeline: each case is one the adversarial
// probe found losing an article, crashing, or storing damage.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { analyzeSource } from '../../src/app/pipeline.js';
import { decode } from '../../src/ingest/decode.js';
import { readFeed } from '../../src/ingest/feed.js';
import { readHtmlPage } from '../../src/ingest/html.js';
import { readSources, type SourceResult } from '../../src/ingest/read.js';
import { textKeys } from '../../src/text/morph.js';

const RU = 'Омская область и Павлодарская область подписали соглашение о поставках зерна.';

let dir: string;
before(() => (dir = mkdtempSync(join(tmpdir(), 'coopgraph-hostile-'))));
after(() => rmSync(dir, { recursive: true, force: true }));

async function read(name: string, content: string | Uint8Array): Promise<SourceResult[]> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const out: SourceResult[] = [];
  for await (const r of readSources([path])) out.push(r);
  return out;
}

test('a capital letter without a lowercase form does not recurse forever', () => {
  for (const word of ['ϒ', '𝖣', 'ϒϒ', '𝖣𝖤𝖥', 'ϒΑ']) assert.ok(Array.isArray(textKeys(word)), word);
  const { facts } = analyzeSource({ id: 'greek', source: 't', title: null, published: null, raw: `ϒ 𝖣𝖤 ${RU}`, url: null });
  assert.ok(facts.actors.includes('RU-OMS'));
});

test('one invalid byte in a UTF-8 file: decoded as UTF-8 with a replacement, not as windows-1251', async () => {
  const bytes = Buffer.concat([Buffer.from(`${RU} `, 'utf8'), Buffer.from([0xff]), Buffer.from(` ${RU}`, 'utf8')]);
  const decoded = decode(bytes);
  assert.ok(decoded.ok);
  assert.equal(decoded.encoding, 'utf-8');
  assert.equal(decoded.text, `${RU} \ufffd ${RU}`);
  // A real windows-1251 file is still read as one.
  const cp = decode(iconv.encode(`${RU}\n${RU}`, 'windows-1251'));
  assert.ok(cp.ok);
  assert.equal(cp.encoding, 'windows-1251');
  assert.equal(cp.text, `${RU}\n${RU}`);
});

test('one malformed <item> fails alone; the rest of the feed is read', () => {
  const good = `<item><title>Омск и Павлодар</title><description>${RU}</description></item>`;
  const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item>just text</item>${good}</channel></rss>`;
  const results = readFeed(xml, 'f.xml', 'f');
  assert.equal(results.length, 2);
  assert.ok(!results[0]!.ok);
  assert.ok(results[1]!.ok);
});

test('HTML without <body>, or with odd nesting, gives its text', () => {
  for (const html of [
    `<p>${RU}</p>`,
    `<html><head><title>T</title></head><p>${RU}</p></html>`,
    `<h><h><p>${RU}`,
    `<!doctype html><title>T</title>${RU}`,
  ]) {
    const r = readHtmlPage(html, { id: 'x', source: 'x.html' });
    assert.ok(r.ok, `${html}: ${r.ok ? '' : r.reason}`);
    assert.match(r.doc.raw, /Омская область/);
    assert.doesNotMatch(r.doc.raw, /</);
  }
});

test('deeply nested HTML is read without Readability (it would take minutes)', { timeout: 60_000 }, () => {
  for (const depth of [2_000, 5_000, 20_000]) {
    const html = `<!doctype html><html><body>${'<div>'.repeat(depth)}${RU}${'</div>'.repeat(depth)}</body></html>`;
    const r = readHtmlPage(html, { id: 'deep', source: 'deep.html' });
    assert.ok(r.ok, `depth ${depth}`);
    assert.equal(r.doc.raw, RU);
  }
});

test('a file holding only a date line (or a date and a headline) is refused as no text', async () => {
  for (const content of [' date 2025-03-01\n', ' date 2025-03-01\n\n\n', '12.03.2025\n']) {
    const [r] = await read('only-date.txt', content);
    assert.ok(r && !r.ok, JSON.stringify(content));
    assert.match(r.reason, /no text/);
  }
});

test('a PDF, a ZIP or an image is refused with the format named', async () => {
  const [pdf] = await read(
    'report.pdf',
    Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'), Buffer.alloc(64, 0x41)]),
  );
  assert.ok(pdf && !pdf.ok);
  assert.match(pdf.reason, /binary file: PDF, not text/);
  assert.equal(pdf.source, join(dir, 'report.pdf'));
  const [zip] = await read('letter.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x41, 0x41, 0x41, 0x41, 0x41]));
  assert.ok(zip && !zip.ok);
  assert.match(zip.reason, /ZIP/);
});

test('a record with a javascript: URL or a NUL character is refused, naming why', async () => {
  const results = await read(
    'records.jsonl',
    [
      JSON.stringify({ id: 'a', url: 'javascript:alert(1)', text: RU }),
      JSON.stringify({ id: 'b', text: `${RU}\u0000` }),
      JSON.stringify({ id: 'c', url: 'https://example.org/c', text: RU }),
    ].join('\n'),
  );
  assert.equal(results.length, 3);
  assert.ok(!results[0]!.ok && /url "javascript:alert\(1\)": only http and https/.test(results[0]!.reason));
  assert.ok(!results[1]!.ok && /NUL/.test(results[1]!.reason));
  assert.ok(results[2]!.ok && results[2]!.doc.url === 'https://example.org/c');
});

test('a text over the article size limit is refused naming the document; a huge single line does not overflow the stack', async () => {
  const { MAX_ARTICLE_CHARS } = await import('../../src/app/pipeline.js');
  const huge = `${RU} `.repeat(Math.ceil(MAX_ARTICLE_CHARS / RU.length) + 1);
  assert.throws(
    () => analyzeSource({ id: 'huge-one', source: 'huge.txt', title: null, published: null, raw: huge, url: null }),
    /document huge-one: the text is \d+ characters, over the 200000 that one article may have/,
  );
  const { append } = await import('../../src/core/append.js');
  const many = Array.from({ length: 300_000 }, (_, i) => i);
  assert.equal(append([], many).length, 300_000);
});
