import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { SourceDoc } from '../../src/core/doc.js';
import { readSources, sniff, type ReadOptions, type SourceResult } from '../../src/ingest/read.js';

const DIR = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));
const at = (name: string) => join(DIR, name);

async function all(paths: string[], opts?: ReadOptions): Promise<SourceResult[]> {
  const results: SourceResult[] = [];
  for await (const r of readSources(paths, opts)) results.push(r);
  return results;
}

async function docs(name: string): Promise<SourceDoc[]> {
  const results = await all([at(name)]);
  return results.map((r) => {
    assert.ok(r.ok, `${name}: ${r.ok ? '' : r.reason}`);
    return r.doc;
  });
}

async function one(name: string): Promise<SourceDoc> {
  const [doc, ...rest] = await docs(name);
  assert.equal(rest.length, 0);
  return doc!;
}

async function failure(name: string, opts?: ReadOptions): Promise<string> {
  const [r] = await all([at(name)], opts);
  assert.ok(r && !r.ok, `${name} should fail`);
  assert.equal(r.source, at(name));
  return r.reason;
}

test('plain text: id from the file name, title and date from the header, raw as read', async () => {
  const doc = await one('story.txt');
  assert.equal(doc.id, 'story');
  assert.equal(doc.source, at('story.txt'));
  assert.equal(doc.published, '2025-03-14');
  assert.equal(doc.title, 'Алтайский край и Павлодарская область договорились о поставках семян');
  assert.ok(doc.raw.startsWith('date 2025-03-14 10:20 Барнаул\n'));
  assert.equal(doc.url, null);
});

test('Windows-1251 is decoded; a headline on the date line is the title', async () => {
  const doc = await one('cp1251.txt');
  assert.equal(doc.title, 'Омская и Акмолинская области обсудили стажировки студентов');
  assert.equal(doc.published, '2025-06-11');
  assert.match(doc.raw, /летних стажировках для студентов/);
});

test('KOI8-R is decoded; the time stamp gives the date', async () => {
  const doc = await one('koi8r.txt');
  assert.equal(doc.title, 'Новосибирск и Бишкек обсудили прямые авиарейсы');
  assert.equal(doc.published, '2025-04-02');
  assert.match(doc.raw, /НОВОСИБИРСК, 2 апр - Сибирь-Инфо\. Делегация мэрии Бишкека/);
});

test('UTF-16 LE with a byte-order mark; a dateline with the year gives the date', async () => {
  const doc = await one('utf16le-bom.txt');
  assert.ok(doc.raw.startsWith('OMSK, March 3, 2025 (Siberia Wire)'));
  assert.equal(doc.published, '2025-03-03');
  assert.equal(doc.title, null);
});

test('UTF-16 BE without a mark is recognised by its byte pattern; no header, no date', async () => {
  const doc = await one('utf16be.txt');
  assert.equal(doc.title, 'Курганская и Костанайская области проведут совместные учения спасателей');
  assert.equal(doc.published, null);
});

test('UTF-8 with a byte-order mark; a dateline without the year gives no date', async () => {
  const doc = await one('utf8-bom.txt');
  assert.ok(doc.raw.startsWith('Kurgan and Kostanay'), 'the mark is not part of the text');
  assert.equal(doc.title, 'Kurgan and Kostanay regions plan joint fire drills');
  assert.equal(doc.published, null);
});

test('HTML: main text only, title and date from the meta tags, canonical URL', async () => {
  const doc = await one('page.html');
  assert.equal(doc.id, 'page');
  assert.equal(doc.title, 'Томск и Павлодар откроют совместную магистратуру');
  assert.equal(doc.published, '2025-05-20');
  assert.equal(doc.url, 'https://vestnik.example/news/tomsk-pavlodar-master');
  assert.match(doc.raw, /Томский политехнический университет и Торайгыров университет/);
  assert.match(doc.raw, /Напомним, томские вузы/);
  for (const chrome of [
    'Главная',
    'analytics',
    'реклама',
    'Все права защищены',
    'Контакты редакции',
    'В Томске открыли новый корпус',
    'color: red',
  ]) {
    assert.ok(!doc.raw.includes(chrome), `no "${chrome}"`);
  }
  assert.ok(doc.raw.startsWith('Томск и Павлодар откроют совместную магистратуру\n\n'), 'headline first');
  assert.match(doc.raw, /\n\nПрограмма рассчитана на два года/, 'paragraphs separated by a blank line');
});

test('RSS: one document per item; guid or link as id, HTML bodies as text, pubDate as written', async () => {
  const items = await docs('feed.rss');
  assert.deepEqual(
    items.map((d) => [d.id, d.published, d.url]),
    [
      ['regions.example-news-101', '2025-10-14', 'https://regions.example/news/101'],
      ['regions-102', '2025-10-15', 'https://regions.example/news/102'],
      ['regions.example-en-news-103', '2025-10-16', 'https://regions.example/en/news/103'],
    ],
  );
  assert.equal(
    items[0]!.raw,
    'Челябинск и Костанай подписали план на 2026 год\n\nПравительство Челябинской области и акимат Костанайской области подписали план мероприятий на 2026 год.\n\nПлан охватывает торговлю и образование.',
  );
  assert.match(items[1]!.raw, /металлургический комбинат/, 'content:encoded preferred to description');
  assert.equal(items[2]!.title, 'Kurgan sends buses to Petropavl');
});

test('Atom: entries with published (else updated) dates and alternate links', async () => {
  const entries = await docs('feed.atom');
  assert.deepEqual(
    entries.map((d) => [d.id, d.published, d.url, d.title]),
    [
      [
        'tag-wire.example-2025-samarkand-kazan',
        '2025-11-02',
        'https://wire.example/2025/11/samarkand-kazan',
        'Samarkand and Kazan agree on student exchange',
      ],
      [
        'tag-wire.example-2025-bukhara-bashkir',
        '2025-11-01',
        'https://wire.example/2025/11/bukhara-bashkir',
        'Bukhara region hosts Bashkir business mission',
      ],
    ],
  );
  assert.match(entries[0]!.raw, /exchange 50 students a year\.\n\nThe first group/);
});

test('JSON Lines: text, content or body; published or date; ids sanitised or made from the line', async () => {
  const records = await docs('records.jsonl');
  assert.deepEqual(
    records.map((d) => [d.id, d.source, d.published, d.title, d.url]),
    [
      [
        'rec-1',
        `${at('records.jsonl')}:1`,
        '2025-04-02',
        'Омск и Петропавловск возобновят автобусное сообщение',
        'https://news.example/rec-1',
      ],
      ['rec-2-draft', `${at('records.jsonl')}:2`, '2025-08-19', 'Tyumen and Baku plan trade house', null],
      ['records-3', `${at('records.jsonl')}:3`, null, null, 'https://news.example/rec-3'],
    ],
  );
  assert.equal(records[2]!.raw, 'Делегация Гомельской области прибыла в Новосибирск.\n\nГости посетят агропромышленный парк.');
});

test('a JSON array gives one document per record; a record without metadata falls back on its text header', async () => {
  const [first, second] = await docs('records.json');
  assert.equal(first!.id, 'arr-1');
  assert.equal(first!.published, '2025-09-09');
  assert.equal(second!.title, 'Астрахань и Мазандаран обсудили паромную линию');
  assert.equal(second!.published, '2025-09-10');
});

test('Markdown: markup stripped, first # heading is the title, code blocks dropped', async () => {
  const doc = await one('note.md');
  assert.equal(doc.title, 'Витебск и Самарканд подготовят дни культуры');
  assert.ok(doc.raw.startsWith('Витебск и Самарканд подготовят дни культуры\n\n'));
  assert.match(doc.raw, /Делегация Витебского облисполкома обсудила с хокимиятом Самаркандской области программу/);
  assert.match(doc.raw, /деловой форум с участием 30 предприятий/);
  for (const markup of ['**', '](', '![', '#', '```', '> ', 'код виджета']) assert.ok(!doc.raw.includes(markup), `no "${markup}"`);
});

test('a binary file is refused, with the reason', async () => {
  assert.match(await failure('scan.bin'), /binary/);
});

test('an empty file is refused', async () => {
  assert.equal(await failure('empty.txt'), 'empty file');
});

test('malformed JSON is refused with the line of the error', async () => {
  assert.match(await failure('broken.json'), /^malformed JSON at line 5: /);
});

test('an oversized file is refused, saying its size and the limit', async () => {
  assert.match(await failure('story.txt', { maxBytes: 500 }), /^file is \d+ bytes, over the 500 bytes limit$/);
  assert.match(await failure('story.txt', { maxBytes: 0.0001 * 1024 * 1024 }), /over the/);
});

test('a missing path is reported, and the other paths are still read', async () => {
  const results = await all([at('missing.txt'), at('story.txt')]);
  assert.equal(results.length, 2);
  assert.ok(!results[0]!.ok && /cannot read/.test(results[0]!.reason));
  assert.ok(results[1]!.ok);
});

test('folders are read recursively, in sorted order, hidden files skipped', async () => {
  const results = await all([at('tree')]);
  assert.deepEqual(
    results.map((r) => (r.ok ? r.doc.source : r.source)),
    [at('tree/a.txt'), at('tree/sub/b.txt')],
  );
});

test('one bad file among many does not stop the rest', async () => {
  const results = await all([DIR]);
  const failed = results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.source));
  assert.deepEqual(failed, [at('broken.json'), at('empty.txt'), at('scan.bin')]);
  assert.equal(results.filter((r) => r.ok).length, 23);
});

test('- reads standard input and sniffs its format', async () => {
  const jsonl = '{"id":"a","text":"First record."}\n{"id":"b","text":"Second record."}\n';
  const results = await all(['-'], { stdin: Readable.from([Buffer.from(jsonl)]) });
  assert.deepEqual(
    results.map((r) => (r.ok ? r.doc.id : r.reason)),
    ['a', 'b'],
  );
  const [text] = await all(['-'], { stdin: Readable.from([' date 2025-02-03 10:00\nЗаголовок заметки из потока\n\nТекст.']) });
  assert.ok(text?.ok);
  assert.deepEqual([text.doc.id, text.doc.source, text.doc.published], ['stdin', 'stdin', '2025-02-03']);
});

test('standard input over the limit is refused', async () => {
  const [r] = await all(['-'], { stdin: Readable.from([Buffer.alloc(2000, 0x61)]), maxBytes: 1000 });
  assert.ok(r && !r.ok);
  assert.match(r.reason, /over the 1000 bytes limit/);
});

test('sniff tells formats apart when the extension does not', () => {
  assert.equal(sniff('<?xml version="1.0"?>\n<rss version="2.0">'), 'feed');
  assert.equal(sniff('<feed xmlns="http://www.w3.org/2005/Atom">'), 'feed');
  assert.equal(sniff('<!DOCTYPE html><html>'), 'html');
  assert.equal(sniff('[{"text": "x"}]'), 'json');
  assert.equal(sniff('{"text": "x"}'), 'json');
  assert.equal(sniff('{"text": "x"}\n{"text": "y"}'), 'jsonl');
  assert.equal(sniff('# Заголовок\n\nТекст'), 'markdown');
  assert.equal(sniff(' date 2025-01-01 10:00\nЗаголовок'), 'text');
});
