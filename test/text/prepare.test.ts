import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SourceDoc } from '../../src/core/doc.js';
import { bandsOf, prepare } from '../../src/text/prepare.js';
import { toRaw } from '../../src/text/clean.js';
import { contentHash } from '../../src/text/fingerprint.js';

const SOURCE: SourceDoc = {
  id: 'note-1',
  source: 'notes/note-1.txt',
  title: 'Омск и Павлодар обсудили поставки',
  published: '2025-04-02',
  raw: ' date 2025-04-02 10:00 Омск\nОмск и Павлодар обсудили поставки\n\nФото: пресс-служба правительстваГубернатор и аким на встрече\nСтороны  договорились о поставках зерна.\nПоделиться: ВКонтакте Telegram\n',
};

test('prepare cleans the raw text, detects the language and hashes the cleaned text', () => {
  const doc = prepare(SOURCE);
  assert.equal(doc.text, 'Омск и Павлодар обсудили поставки\n\nГубернатор и аким на встрече\n\nСтороны договорились о поставках зерна.');
  assert.equal(doc.lang, 'ru');
  assert.equal(doc.hash, contentHash(doc.text));
  assert.deepEqual(
    [doc.id, doc.source, doc.title, doc.published, doc.raw, doc.url],
    [SOURCE.id, SOURCE.source, SOURCE.title, SOURCE.published, SOURCE.raw, null],
  );
  assert.deepEqual([doc.sentences, doc.tokens, doc.mentions], [[], [], []]);
});

test('prepared offsets lead back into the raw text', () => {
  const doc = prepare(SOURCE);
  const at = doc.text.indexOf('поставках зерна');
  assert.equal(doc.raw.slice(toRaw(doc.offsets, at), toRaw(doc.offsets, at + 'поставках зерна'.length)), 'поставках зерна');
});

test('the same story with another header gets the same hash; bandsOf gives its near-duplicate keys', () => {
  const a = prepare(SOURCE);
  const b = prepare({
    ...SOURCE,
    id: 'note-2',
    raw: SOURCE.raw.replace(' date 2025-04-02 10:00 Омск', '09:00 02.04.2025 (обновлено: 09:30 02.04.2025)'),
  });
  assert.equal(a.hash, b.hash);
  assert.equal(bandsOf(a).length, 40);
  assert.deepEqual(bandsOf(a), bandsOf(b));
});
