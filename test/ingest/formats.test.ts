import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceDoc } from '../../src/core/doc.js';
import { readFeed } from '../../src/ingest/feed.js';
import { htmlText, readHtmlPage } from '../../src/ingest/html.js';
import { readMarkdown } from '../../src/ingest/markdown.js';
import { readJson, readJsonLines } from '../../src/ingest/records.js';
import type { SourceResult } from '../../src/ingest/source.js';

const where = { id: 'x', source: 'x.src' };
const ok = (r: SourceResult | undefined): SourceDoc => {
  assert.ok(r?.ok, r && !r.ok ? r.reason : 'no result');
  return r.doc;
};

test('markdown: front matter gives title and date; underscores inside words stay', () => {
  const doc = ok(
    readMarkdown(
      '---\ntitle: "Визит в Ош"\ndate: 2025-05-06\n---\nДелегация посетила завод_1 и _новый_ цех.\nВторая строка абзаца.\n\n1. пункт\n2. пункт\n',
      where,
    ),
  );
  assert.equal(doc.title, 'Визит в Ош');
  assert.equal(doc.published, '2025-05-06');
  assert.equal(doc.raw, 'Визит в Ош\n\nДелегация посетила завод_1 и новый цех. Вторая строка абзаца.\n\nпункт\n\nпункт');
});

test('HTML without meta tags: <title> and <time datetime> are used', () => {
  const page = `<html><head><title>Bishkek and Minsk sign protocol</title></head><body><article>
    <time datetime="2026-03-03">March 3</time><p>${'The commission met in Bishkek and signed a protocol on trade. '.repeat(12)}</p></article></body></html>`;
  const doc = ok(readHtmlPage(page, where));
  assert.equal(doc.title, 'Bishkek and Minsk sign protocol');
  assert.equal(doc.published, '2026-03-03');
  assert.match(doc.raw, /^Bishkek and Minsk sign protocol\n\n/);
});

test('a short HTML page Readability gives up on is read whole, minus navigation and footer', () => {
  const doc = ok(
    readHtmlPage(
      '<html><body><nav>Menu Home</nav><p>Short note on a fair in Osh.</p><footer>Contacts</footer><script>x()</script></body></html>',
      where,
    ),
  );
  assert.equal(doc.raw, 'Short note on a fair in Osh.');
});

test('an HTML page with no text is refused', () => {
  assert.deepEqual(readHtmlPage('<html><body><script>x()</script></body></html>', where), {
    ok: false,
    source: 'x.src',
    reason: 'HTML page has no text',
  });
});

test('htmlText keeps paragraphs and line breaks, decodes entities, leaves plain text alone', () => {
  assert.equal(htmlText('<p>Один&nbsp;абзац</p><p>Второй<br>строка</p><ul><li>пункт</li></ul>'), 'Один абзац\n\nВторой\nстрока\n\nпункт');
  assert.equal(htmlText('  Plain text, no markup.  '), 'Plain text, no markup.');
});

test('malformed XML is refused with its line; XML that is no feed too', () => {
  const [bad] = readFeed('<?xml version="1.0"?>\n<rss>\n<channel>\n<item><title>x</item>\n</channel></rss>', 'f.xml', 'f');
  assert.ok(bad && !bad.ok);
  assert.match(bad.reason, /^malformed XML at line 4: /);
  assert.deepEqual(readFeed('<?xml version="1.0"?><catalog><book/></catalog>', 'f.xml', 'f'), [
    { ok: false, source: 'f.xml', reason: 'XML is not an RSS or Atom feed' },
  ]);
});

test('a feed item without text is reported on its own; the others are read', () => {
  const xml =
    '<rss><channel><item><title>Empty</title></item><item><title>Full</title><description>Some text.</description></item></channel></rss>';
  const [empty, full] = readFeed(xml, 'f.rss', 'f');
  assert.deepEqual(empty, { ok: false, source: 'f.rss#1', reason: 'feed item has no text' });
  assert.equal(ok(full).id, 'f-2');
});

test('JSON Lines: a broken line is reported with its number, the other lines are read', () => {
  const results = readJsonLines('{"id":"a","text":"One."}\n{"id":"b","text":\n{"id":"c","text":"Three."}\n', 'r.jsonl', 'r');
  assert.deepEqual(
    results.map((r) => (r.ok ? r.doc.id : r.source)),
    ['a', 'r.jsonl:2', 'c'],
  );
  assert.ok(!results[1]!.ok && /^malformed JSON on line 2: /.test(results[1]!.reason));
});

test('JSON records need an object with text', () => {
  assert.deepEqual(readJson('[1, {"id": "a"}]', 'r.json', 'r'), [
    { ok: false, source: 'r.json#1', reason: 'JSON record is not an object' },
    { ok: false, source: 'r.json#2', reason: 'JSON record has no text (text/content/body/article/description)' },
  ]);
  assert.equal(ok(readJson('{"id": 42, "text": "Single record."}', 'r.json', 'r')[0]).id, '42');
});
