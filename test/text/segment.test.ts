import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment, tokenize } from '../../src/text/segment.js';

const sentencesOf = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));

test('tokens keep their offsets, numbers keep decimal commas', () => {
  const text = 'Оборот вырос на 12,5% до 1 200 млн.';
  const tokens = tokenize(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.ok(tokens.some((t) => t.kind === 'number' && t.text === '12,5'));
  assert.equal(tokens.find((t) => t.text === 'Оборот')?.upper, true);
});

test('Russian sentences split at stops but not after initials or abbreviations', () => {
  const text = 'Делегацию возглавил А. П. Сидоров. Объем составил 5 млн. рублей в 2024 г. и вырос. Стороны договорились!';
  assert.deepEqual(sentencesOf(text), [
    'Делегацию возглавил А. П. Сидоров.',
    'Объем составил 5 млн. рублей в 2024 г. и вырос.',
    'Стороны договорились!',
  ]);
});

test('English sentences and quotes', () => {
  const text = '"We are ready," the governor said. Trade reached $5 mln. Talks went on.';
  assert.deepEqual(sentencesOf(text), ['"We are ready," the governor said.', 'Trade reached $5 mln.', 'Talks went on.']);
});

test('a line break always ends a sentence (headlines have no stop)', () => {
  const text = 'Омская область и СКО подписали план\n\nДокумент подписан вчера.';
  assert.deepEqual(sentencesOf(text), ['Омская область и СКО подписали план', 'Документ подписан вчера.']);
});

test('every token knows its sentence', () => {
  const { tokens, sentences } = segment('Первое предложение. Второе предложение.');
  assert.equal(sentences.length, 2);
  assert.equal(tokens.find((t) => t.text === 'Второе')?.sentence, 1);
});

test('a line break inside the gap between two tokens ends a sentence, spaces alone do not', () => {
  const { sentences, tokens } = segment('Итоги года\n  Объем торговли вырос');
  assert.equal(sentences.length, 2);
  assert.deepEqual(
    tokens.map((t) => t.sentence),
    [0, 0, 1, 1, 1],
  );
  assert.equal(segment('Итоги года   Объем торговли вырос').sentences.length, 1);
});

test('«г.» after a year late in a sentence may end it; a date that opens a sentence keeps it whole', () => {
  const text = 'Договор был подписан сторонами еще в мае 2019 г. Как сообщил губернатор, он действует. В 2019 г. Минск посетила делегация.';
  assert.deepEqual(sentencesOf(text), [
    'Договор был подписан сторонами еще в мае 2019 г.',
    'Как сообщил губернатор, он действует.',
    'В 2019 г. Минск посетила делегация.',
  ]);
});
