import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../src/extract/numbers.js';

// Number words and units come from lexicons/numbers.json, per language (sentences written for these tests).
const brief = (text: string, lang: string) => findQuantities(text, lang).map((q) => [q.kind, q.value, q.unit, q.change_pct ?? null]);

test('a text reads the number words of its own language', () => {
  assert.deepEqual(brief('Облысқа жиырма бес компания келді.', 'kk'), [['count', 25, 'count', null]]);
  assert.deepEqual(brief('Viloyatga yigirma besh kompaniya keldi.', 'uz'), [['count', 25, 'count', null]]);
  // Kazakh «он» (ten) is the Russian pronoun «он» in a Russian text.
  assert.deepEqual(brief('Он посетил тридцать предприятий.', 'ru'), [['count', 30, 'count', null]]);
});

test('units and multipliers of each language', () => {
  assert.deepEqual(brief('Eksport 12 ming tonna bugʻdoyni tashkil etdi.', 'uz'), [['tonnes', 12000, 't', null]]);
  assert.deepEqual(brief('Тауар айналымы 5 млн АҚШ долларын құрады.', 'kk'), [['money', 5000000, 'USD', null]]);
});

test('shares said as fractions, and what is no share', () => {
  assert.deepEqual(brief('На Китай приходится четверть экспорта.', 'ru'), [['percent', 25, '%', null]]);
  assert.deepEqual(brief('Partners account for two-thirds of the trade.', 'en'), [['percent', 66.7, '%', null]]);
  assert.deepEqual(brief('Партнеры занимают 2/3 внешней торговли.', 'ru'), [['percent', 66.7, '%', null]]);
  assert.deepEqual(brief('В первой половине года рост продолжился.', 'ru'), []);
});

test('"X% of" is a share; "above" and "augmenting" move a change; compound amounts read whole', () => {
  assert.deepEqual(brief('About 28% of exports fall to Kazakhstan.', 'en'), [['percent', 28, '%', null]]);
  assert.deepEqual(brief('It reached $420 million, 30% above last year.', 'en'), [
    ['money', 420000000, 'USD', null],
    ['change', 30, '%', 30],
  ]);
  assert.deepEqual(brief('Trade made 302 mln 200 thousand U.S. dollars.', 'en'), [['money', 302200000, 'USD', null]]);
  assert.deepEqual(brief('Сумма составила 83 млн. долларов.', 'ru'), [['money', 83000000, 'USD', null]]);
});

test('"half a billion" is an amount, "half of" a share', () => {
  assert.deepEqual(brief('Trade exceeded half a billion US dollars.', 'en'), [['money', 500000000, 'USD', null]]);
  assert.deepEqual(brief('Half of the exports go north.', 'en'), [['percent', 50, '%', null]]);
});
