import assert from 'node:assert/strict';
import { test } from 'node:test';
import { queryStems, snippet } from '../../src/store/snippet.js';

const mark = (text: string, q: string, width?: number) => snippet(text, queryStems(q), width);

test('marks every word whose stem the query has, in either language', () => {
  assert.equal(mark('Стороны подписали соглашения и планы.', 'соглашение'), 'Стороны подписали [[соглашения]] и планы.');
  assert.equal(mark('New Routes and old route maps.', 'routes'), 'New [[Routes]] and old [[route]] maps.');
  assert.equal(mark('Форум прошёл в Оше.', 'прошел'), 'Форум [[прошёл]] в Оше.');
  assert.equal(mark('Северо-западный коридор открыт.', 'западного'), '[[Северо-западный]] коридор открыт.');
});

test('a long text gives a window around the first match, cut at whole words', () => {
  const text = `${'раз два три четыре пять. '.repeat(20)}Здесь нужное слово стоит. ${'шесть семь восемь. '.repeat(20)}`;
  const out = mark(text, 'нужный', 100);
  assert.match(out, /^…[а-я].* Здесь \[\[нужное\]\] слово стоит\. .*[а-я.]…$/);
  const plain = out.replace(/\[\[|\]\]/g, '').slice(1, -1);
  assert.ok(text.includes(plain) && plain.length <= 100, plain);
  assert.ok(out.indexOf('[[') < 40, 'about a quarter of the window comes before the match');
});

test('a match near the end keeps the window full and the end of the text', () => {
  const text = `${'alpha beta gamma. '.repeat(20)}The last word is treaty.`;
  const out = mark(text, 'treaties', 80);
  assert.ok(out.endsWith('The last word is [[treaty]].'), out);
  assert.ok(out.length > 70, out);
});

test('no match: the start of the text, unmarked', () => {
  assert.equal(mark('Short text.', 'absent'), 'Short text.');
  assert.equal(mark('one two three four five six', 'absent', 12), 'one two…');
  assert.equal(mark('', 'absent'), '');
});
