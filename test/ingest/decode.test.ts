import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decode } from '../../src/ingest/decode.js';

const decoded = (bytes: Uint8Array) => {
  const d = decode(bytes);
  assert.ok(d.ok, d.ok ? '' : d.reason);
  return d;
};

// Short texts are where chardet confuses the two code pages (or guesses an Asian one).
const SHORT_RUSSIAN = [
  'Барнаул',
  'Аким области',
  'Визит перенесен',
  'Делегация прибыла в Омск',
  'Губернатор края',
  'ДЕЛЕГАЦИЯ ПРИБЫЛА В ОМСК',
];

for (const encoding of ['windows-1251', 'koi8-r']) {
  test(`short ${encoding} texts decode as Russian`, () => {
    for (const text of SHORT_RUSSIAN) assert.equal(decoded(iconv.encode(text, encoding)).text, text, `${encoding}: ${text}`);
  });
}

test('UTF-8 is taken as it is, with or without a byte-order mark', () => {
  assert.deepEqual(decoded(Buffer.from('Омск — Павлодар')), { ok: true, text: 'Омск — Павлодар', encoding: 'utf-8' });
  assert.equal(decoded(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Омск')])).text, 'Омск');
});

test('UTF-16 is recognised by its mark or, without one, by where the high bytes sit', () => {
  assert.equal(decoded(iconv.encode('Kurgan and Kostanay', 'utf-16le', { addBOM: true })).text, 'Kurgan and Kostanay');
  assert.equal(decoded(iconv.encode('Курган и Костанай', 'utf-16be', { addBOM: true })).text, 'Курган и Костанай');
  assert.deepEqual(decoded(iconv.encode('Курган и Костанай', 'utf-16le')), { ok: true, text: 'Курган и Костанай', encoding: 'utf-16le' });
  assert.deepEqual(decoded(iconv.encode('Kurgan and Kostanay', 'utf-16be')), {
    ok: true,
    text: 'Kurgan and Kostanay',
    encoding: 'utf-16be',
  });
});

test('Latin single-byte text is not mistaken for Russian', () => {
  assert.equal(decoded(iconv.encode('Größe der Übung in Köln', 'latin1')).text, 'Größe der Übung in Köln');
});

test('NUL bytes mean a binary file', () => {
  const d = decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x03, 0xff, 0x00]));
  assert.deepEqual(d, { ok: false, reason: 'binary file (contains NUL bytes)' });
});
