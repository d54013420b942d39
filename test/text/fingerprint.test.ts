import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { clean } from '../../src/text/clean.js';
import { contentHash, fingerprint, lshBands } from '../../src/text/fingerprint.js';

const fixture = (name: string) => clean(readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), 'utf8')).text;
const shared = (a: string[], b: string[]) => a.filter((band) => b.includes(band));

test('the hash is the SHA-256 of the text, in hex', () => {
  const text = 'Стороны подписали меморандум.';
  assert.equal(contentHash(text), createHash('sha256').update(text).digest('hex'));
  assert.equal(fingerprint(text).hash, contentHash(text));
});

test('bands are 40 keys `b<i>:<8 hex>`, the same on every call', () => {
  const { bands } = fingerprint(fixture('story.txt'));
  assert.equal(bands.length, 40);
  bands.forEach((band, i) => assert.match(band, new RegExp(`^b${i}:[0-9a-f]{8}$`)));
  assert.deepEqual(lshBands(fixture('story.txt')), bands);
});

test('bands do not depend on chance: the hash functions are seeded, so stored bands stay valid', () => {
  // A fixed expectation: if it changes, bands already stored no longer match new ones.
  assert.deepEqual(lshBands('Делегация области прибыла в Омск').slice(0, 2), ['b0:5bee4c39', 'b1:715cafa9']);
});

test('bands ignore case, ё and punctuation', () => {
  assert.deepEqual(lshBands('Делегация области прибыла в Омск'), lshBands('делегация  области, прибыла в «Омск»!'));
  assert.deepEqual(lshBands('Ещё одна встреча'), lshBands('еще одна встреча'));
});

test('the same story from another site, with its own header and small edits, shares a band', () => {
  assert.ok(shared(lshBands(fixture('story.txt')), lshBands(fixture('story-reprint.txt'))).length > 0);
});

test('another meeting of the same two regions shares no band', () => {
  assert.deepEqual(shared(lshBands(fixture('story.txt')), lshBands(fixture('later-meeting.txt'))), []);
  assert.deepEqual(shared(lshBands(fixture('story-reprint.txt')), lshBands(fixture('later-meeting.txt'))), []);
});

test('identical files have identical hashes and bands', () => {
  assert.deepEqual(fingerprint(fixture('story.txt')), fingerprint(fixture('story-copy.txt')));
});

test('a text without words has no bands', () => {
  assert.deepEqual(lshBands(''), []);
  assert.deepEqual(lshBands(' — … '), []);
});
