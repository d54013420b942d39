import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/text/segment.js';
import { PhraseMatcher } from '../../src/text/phrases.js';
import { dictionaryKey, textKeys } from '../../src/text/morph.js';

function found(matcher: PhraseMatcher<string>, text: string): string[] {
  const { tokens } = segment(text);
  return matcher.find(tokens).map((m) => m.payloads.join('|'));
}

test('inflected Russian names match their dictionary form', () => {
  const m = new PhraseMatcher<string>();
  m.add('Алтайский край', 'RU-ALT');
  m.add('Узбекистан', 'UZ');
  m.add('Восточно-Казахстанская область', 'KZ-VOS');
  assert.deepEqual(found(m, 'Губернатор Алтайского края'), ['RU-ALT']);
  assert.deepEqual(found(m, 'встреча с Алтайским краем'), ['RU-ALT']);
  assert.deepEqual(found(m, 'в Алтайском крае'), ['RU-ALT']);
  assert.deepEqual(found(m, 'поставки в Узбекистан и из Узбекистана, торговля с Узбекистаном'), ['UZ', 'UZ', 'UZ']);
  assert.deepEqual(found(m, 'аким Восточно-Казахстанской области'), ['KZ-VOS']);
});

test('a noun never matches an adjective of the same root', () => {
  const m = new PhraseMatcher<string>();
  m.add('Омск', 'city');
  m.add('омский', 'RU-OMS');
  assert.deepEqual(found(m, 'в Омске'), ['city']);
  assert.deepEqual(found(m, 'омские заводы'), ['RU-OMS']);
  assert.deepEqual(found(m, 'Омская область'), ['RU-OMS']);
});

test('capitalised phrases need a capital in the text; abbreviations match exactly', () => {
  const m = new PhraseMatcher<string>();
  m.add('Дни культуры', 'event');
  m.add('ВКО', 'KZ-VOS');
  assert.deepEqual(found(m, 'в последние дни культуры'), []);
  assert.deepEqual(found(m, 'пройдут Дни культуры'), ['event']);
  assert.deepEqual(found(m, 'аким ВКО'), ['KZ-VOS']);
  assert.deepEqual(found(m, 'вко'), []);
});

test('English words match through their stem; a trailing * matches a prefix', () => {
  const m = new PhraseMatcher<string>();
  m.add('railway wagon', '86');
  m.add('подписа*', 'signing');
  assert.deepEqual(found(m, 'It ships railway wagons.'), ['86']);
  assert.deepEqual(found(m, 'Стороны подписали протокол'), ['signing']);
});

test('the longest phrase wins', () => {
  const m = new PhraseMatcher<string>();
  m.add('план', 'plan');
  m.add('план мероприятий', 'plan of activities');
  assert.deepEqual(found(m, 'утвердили план мероприятий'), ['plan of activities']);
});

test('keys: dictionary form against text forms', () => {
  assert.equal(dictionaryKey('область'), 'n:област');
  assert.ok(textKeys('областью').includes('n:област'));
  assert.ok(textKeys('Бурятии').includes(dictionaryKey('Бурятия')));
  assert.ok(!textKeys('омские').includes(dictionaryKey('Омск')));
});

test('a phrase added after a text was read is found in it, and a word read once matches in every text', () => {
  const { tokens } = segment('Делегация Омской области посетила Павлодар.');
  const m = new PhraseMatcher<string>();
  m.add('Омская область', 'RU-OMS');
  assert.deepEqual(
    m.find(tokens).map((x) => x.payloads[0]),
    ['RU-OMS'],
  );
  m.add('Павлодар', 'KZ-PAV');
  assert.deepEqual(
    m.find(tokens).map((x) => x.payloads[0]),
    ['RU-OMS', 'KZ-PAV'],
  );
  assert.deepEqual(found(m, 'В Павлодаре и в Омской области'), ['KZ-PAV', 'RU-OMS']);
  assert.deepEqual(found(m, 'Омская делегация'), []);
});

test('a prefix word inside a phrase matches any word it begins', () => {
  const m = new PhraseMatcher<string>();
  m.add('стороны подписа* соглашение', 'signing');
  assert.deepEqual(found(m, 'Стороны подписали соглашение.'), ['signing']);
  assert.deepEqual(found(m, 'Стороны обсудили соглашение.'), []);
});
