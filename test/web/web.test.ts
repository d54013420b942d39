import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pieces, snippetParts } from '../../src/web/highlight.js';

test('pieces cut the text at every span edge and keep the covering spans, shortest first', () => {
  const text = 'Omsk and Pavlodar signed a roadmap.';
  const out = pieces(text, [
    { start: 0, end: 35, kind: 'agreements', key: 'agreements/0' },
    { start: 0, end: 4, kind: 'parties', key: 'people/0' },
    { start: 9, end: 17, kind: 'parties', key: 'people/1' },
  ]);
  assert.equal(out.map((p) => p.text).join(''), text);
  assert.deepEqual(
    out.map((p) => [p.text, p.spans.map((s) => s.key)]),
    [
      ['Omsk', ['people/0', 'agreements/0']],
      [' and ', ['agreements/0']],
      ['Pavlodar', ['people/1', 'agreements/0']],
      [' signed a roadmap.', ['agreements/0']],
    ],
  );
});

test('spans outside the text are clipped or dropped, and plain text stays one piece', () => {
  const out = pieces('abc <b>x</b>', [
    { start: -5, end: 1, kind: 'k', key: 'a' },
    { start: 40, end: 50, kind: 'k', key: 'b' },
    { start: 3, end: 3, kind: 'k', key: 'c' },
  ]);
  assert.deepEqual(
    out.map((p) => [p.text, p.spans.length]),
    [
      ['a', 1],
      ['bc <b>x</b>', 0],
    ],
  );
});

test('snippet markers become matched parts', () => {
  assert.deepEqual(snippetParts('… поставки [[зерна]] в [[Казахстан]]'), [
    { text: '… поставки ', match: false },
    { text: 'зерна', match: true },
    { text: ' в ', match: false },
    { text: 'Казахстан', match: true },
  ]);
});

test('a ring crossing the antimeridian is moved east instead of spanning the map', async () => {
  const { unwrap } = await import('../../src/web/geo.js');
  assert.deepEqual(
    unwrap([
      [179, 66],
      [-179, 66],
      [-179, 65],
      [179, 65],
    ]),
    [
      [179, 66],
      [181, 66],
      [181, 65],
      [179, 65],
    ],
  );
  const plain: [number, number][] = [
    [80, 50],
    [81, 50],
    [81, 51],
  ];
  assert.deepEqual(unwrap(plain), plain);
});
