// Word normalisation: folding, Snowball stems by script, and the stems kept apart by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fold, stem, stemText } from '../../src/text/normalize.js';

test('fold lowers case, folds ё and unifies apostrophes', () => {
  assert.equal(fold('Ёлкин’s'), "елкин's");
});

test('words are stemmed by their script, hyphenated ones part by part', () => {
  assert.equal(stem('поставками'), stem('поставки'));
  assert.equal(stem('exports'), stem('exported'));
  assert.equal(stem('Улан-Удэ'), `${stem('улан')}-${stem('удэ')}`);
});

test('"important" keeps a stem of its own instead of reading as "import"', () => {
  assert.notEqual(stem('important'), stem('import'));
  assert.equal(stem('importantly'), stem('important'));
  assert.equal(stem('imports'), stem('import'));
  assert.equal(stemText('An important import'), 'an important import');
  assert.notEqual(stem('fruitful'), stem('fruit'));
});
