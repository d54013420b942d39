// Offices in any case, deputies, representatives «in» a region, «стороны обсудили» as a meeting,
// counted documents, capitals standing for their state, title-case datelines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsOf } from '../support/doc.js';

const person = (f: ReturnType<typeof factsOf>, surname: string) => f.people.find((p) => p.name.includes(surname));

test('an ambassador named in the instrumental («послом») is found; «после» is no ambassador', () => {
  const f = factsOf(
    'Губернатор Томской области Иван Сидоров встретился с послом Киргизии Бакытом Асановым. После встречи стороны обсудили поставки леса в Киргизию.',
    'ru',
  );
  const envoy = person(f, 'Асанов');
  assert.equal(envoy?.role, 'ambassador');
  assert.equal(envoy?.actor, 'KG');
  assert.ok(f.people.every((p) => p.role !== 'ambassador' || p.name.includes('Асанов')));
});

test('a deputy chairman of an oblast executive committee stays a deputy', () => {
  const f = factsOf(
    'Заместитель председателя Брестского облисполкома Павел Лисовский встретился с губернатором Калужской области Иваном Сидоровым. Брестская область поставляет в Калужскую область молочную продукцию.',
    'ru',
  );
  const deputy = person(f, 'Лисовский');
  assert.equal(deputy?.role, 'deputy');
  assert.equal(deputy?.actor, 'BY-BR');
});

test('the President\'s representative "in" a region speaks for that region', () => {
  const f = factsOf(
    'Plenipotentiary Representative of the President in Naryn region Bakyt Asanov met with a delegation of the Tomsk region led by Governor Ivan Sidorov.',
    'en',
  );
  const envoy = person(f, 'Asanov');
  assert.equal(envoy?.role, 'regional_head');
  assert.equal(envoy?.actor, 'KG-N');
});

test('two named sides that discussed something have met', () => {
  const f = factsOf('Томская область и Павлодарская область обсудили поставки зерна и развитие туризма.', 'ru');
  assert.deepEqual(
    f.events.filter((e) => e.type === 'meeting').map((e) => [...e.actors].sort()),
    [['KZ-PAV', 'RU-TOM']],
  );
});

test('«стороны обсудили» after a reception is a meeting', () => {
  const f = factsOf(
    'Аким Павлодарской области Асхат Нуров принял томских предпринимателей. Стороны обсудили поставки муки в Томскую область.',
    'ru',
  );
  assert.equal(f.events.filter((e) => e.type === 'meeting').length, 1);
});

test('a discussion with one side named is no meeting', () => {
  const f = factsOf(
    'Губернатор Томской области обсудил с министрами урожай. Ранее Томская область и Казахстан подписали соглашение о сотрудничестве.',
    'ru',
  );
  assert.equal(f.events.filter((e) => e.type === 'meeting').length, 0);
});

test('documents signed now and only counted make one signed agreement', () => {
  const f = factsOf(
    'Аким Павлодарской области Асхат Нуров встретился с губернатором Томской области Иваном Сидоровым. По итогам встречи подписаны 12 соглашений.',
    'ru',
  );
  assert.deepEqual(
    f.agreements.map((a) => [a.kind, a.status]),
    [['agreement', 'signed']],
  );
  assert.ok(f.figures.some((x) => x.metric === 'agreements' && x.value === 12));
});

test('a count of documents from past years is no agreement', () => {
  const f = factsOf(
    'Аким Павлодарской области Асхат Нуров встретился с губернатором Томской области Иваном Сидоровым. С 2015 года регионы подписали 30 соглашений.',
    'ru',
  );
  assert.equal(f.agreements.length, 0);
});

test('a capital visited stands for its state when the state is named', () => {
  const f = factsOf(
    'Губернатор Томской области Иван Сидоров в мае посетит Улан-Батор. В ходе поездки планируется обсудить с Монголией поставки угля, Монголия заинтересована в томском оборудовании.',
    'ru',
    '2025-03-01',
  );
  assert.ok(!f.actors.includes('MN-1'), JSON.stringify(f.actors));
  assert.ok(f.plans.some((p) => p.kind === 'visit' && p.actors.includes('MN')));
});

test('a title-case dateline city is no party', () => {
  const f = factsOf(
    'Ulaanbaatar, June 3 (MONTSAME). Governor of Uvs aimag Bat Dorj met a delegation of the Tomsk region led by Governor Ivan Sidorov.\n\nThe parties discussed supplies of timber.',
    'en',
  );
  assert.ok(!f.actors.includes('MN-1'), JSON.stringify(f.actors));
  assert.ok(f.events.every((e) => !e.actors.includes('MN-1')));
});
