// Modality and names: future signings stay planned, readiness to host is an offer, Kazakh case
// suffixes and soft-stem instrumentals come off names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsOf } from '../support/doc.js';
import { withoutCaseSuffix } from '../../src/resolve/people.js';

test('a signing that "будет" happen leaves the agreement planned', () => {
  const f = factsOf(
    'Губернатор Томской области Иван Сидоров в мае посетит Монголию. Ожидается, что в ходе поездки будет подписано соглашение о сотрудничестве между Томской областью и Монголией.',
    'ru',
  );
  assert.deepEqual(
    f.agreements.map((a) => a.status),
    ['planned'],
  );
  assert.equal(f.events.filter((e) => e.type === 'signing').length, 0);
});

test('a region ready to host a forum has offered it, not held it', () => {
  const f = factsOf(
    'Губернатор Томской области Иван Сидоров встретился с губернатором аймака Увс. Томская область готова принять очередную сессию форума приграничных регионов в сентябре.',
    'ru',
  );
  assert.equal(f.events.filter((e) => e.type === 'forum').length, 0);
});

test('a Kazakh case suffix comes off a Russian surname', () => {
  assert.equal(withoutCaseSuffix('Иван Сидоровпен', 'kk'), 'Иван Сидоров');
  assert.equal(withoutCaseSuffix('Павел Грищенкомен', 'kk'), 'Павел Грищенко');
  assert.equal(withoutCaseSuffix('Иван Сидоровтың', 'kk'), 'Иван Сидоров');
  // A native name or a bare -ко surname stays whole.
  assert.equal(withoutCaseSuffix('Серік Жұмабаев', 'kk'), 'Серік Жұмабаев');
  assert.equal(withoutCaseSuffix('Павел Грищенко', 'kk'), 'Павел Грищенко');
});

test("Azerbaijani, Uzbek, Tajik and Mongolian case suffixes come off a Russian surname; a woman's surname stays", () => {
  assert.equal(withoutCaseSuffix('Pavel Sidorovun', 'az'), 'Pavel Sidorov');
  assert.equal(withoutCaseSuffix('Pavel Sidorovu', 'az'), 'Pavel Sidorov');
  assert.equal(withoutCaseSuffix('Anna Sidorova', 'az'), 'Anna Sidorova');
  assert.equal(withoutCaseSuffix('Pavel Sidorovga', 'uz'), 'Pavel Sidorov');
  assert.equal(withoutCaseSuffix('Павел Сидоровро', 'tg'), 'Павел Сидоров');
  assert.equal(withoutCaseSuffix('Павел Сидоровтой', 'mn'), 'Павел Сидоров');
  // A language that writes no suffix onto names, and a native name, stay whole.
  assert.equal(withoutCaseSuffix('Павел Сидоровтой', 'ru'), 'Павел Сидоровтой');
  assert.equal(withoutCaseSuffix('Samir Məmmədli', 'az'), 'Samir Məmmədli');
});

test('a Kazakh story names the Russian governor in the nominative', () => {
  const f = factsOf('Павлодар облысының әкімі Серік Жұмабаев Томск облысының губернаторы Иван Сидоровпен кездесті.', 'kk');
  assert.ok(
    f.people.some((p) => p.name === 'Иван Сидоров'),
    JSON.stringify(f.people),
  );
});

test('a soft-stem first name in the instrumental returns to the nominative', () => {
  const f = factsOf(
    'Губернатор Томской области Иван Сидоров встретился с генеральным консулом Кыргызской Республики Игорем Асановым.',
    'ru',
  );
  assert.ok(
    f.people.some((p) => p.name === 'Игорь Асанов'),
    JSON.stringify(f.people.map((p) => p.name)),
  );
});
