import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsOf } from '../support/doc.js';

// Fields named by people from them, by departments' names and by goods (sentences written for these tests).
const sectorsOf = (lines: string[], lang: string) => factsOf(lines.join('\n'), lang).sectors.slice().sort();
const RU_SIGNING = 'Омская область и Павлодарская область подписали соглашение о сотрудничестве.';
const EN_SIGNING = 'The Omsk region and the Pavlodar region signed a cooperation agreement.';

test('representatives of fields name the fields; a ministry of a field does not', () => {
  assert.deepEqual(sectorsOf([RU_SIGNING, 'Прошли встречи с представителями сфер образования и здравоохранения.'], 'ru'), [
    'education',
    'healthcare',
  ]);
  assert.deepEqual(sectorsOf([RU_SIGNING, 'Прошли встречи в министерствах образования и здравоохранения.'], 'ru'), []);
});

test('portfolios listed before "departments" are names; a phrase of its own before a head is a field', () => {
  assert.deepEqual(
    sectorsOf([EN_SIGNING, 'The delegation included the heads of Pavlodar agriculture, health and construction departments.'], 'en'),
    [],
  );
  assert.deepEqual(sectorsOf([EN_SIGNING, 'The sides will set up industrial parks and technology centres.'], 'en'), ['industry']);
});

test('farm goods shipped name agriculture, farm machinery shipped does not', () => {
  assert.deepEqual(sectorsOf([EN_SIGNING, 'The Omsk region supplies agricultural machinery to the Pavlodar region.'], 'en'), []);
  assert.deepEqual(sectorsOf([EN_SIGNING, 'The Omsk region supplies agricultural products to the Pavlodar region.'], 'en'), [
    'agriculture',
  ]);
});

test('production chains and new industries are industry', () => {
  assert.deepEqual(sectorsOf([RU_SIGNING, 'Омские заводы включены в производственные цепочки павлодарских предприятий.'], 'ru'), [
    'industry',
  ]);
  assert.deepEqual(sectorsOf([EN_SIGNING, 'The sides explore cooperation in emerging industries.'], 'en'), ['industry']);
  assert.deepEqual(sectorsOf([EN_SIGNING, 'The sides explore cooperation.'], 'en'), []);
});

test('"road" in the name of the Belt and Road initiative is no field', () => {
  assert.deepEqual(sectorsOf([EN_SIGNING, 'The sides spoke of the Belt and Road Initiative.'], 'en'), []);
  assert.deepEqual(sectorsOf([EN_SIGNING, 'The sides will repair roads between the regions.'], 'en'), ['transport']);
});
