import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsOf } from '../support/doc.js';

const sectorsOf = (lines: string[], lang: string) => factsOf(lines.join('\n'), lang).sectors.slice().sort();

test('a portfolio in the name of a ministry or an office is not a field of cooperation', () => {
  const ru = sectorsOf(
    [
      'Омская область и Павлодарская область подписали соглашение о сотрудничестве в сфере образования.',
      'Об этом сообщили в министерстве промышленности и энергетики Омской области.',
      'Делегацию возглавил заместитель губернатора по транспорту и экологии Иван Петров.',
    ],
    'ru',
  );
  assert.deepEqual(ru, ['education']);
  const en = sectorsOf(
    [
      'Omsk region and Pavlodar region sign a tourism cooperation agreement',
      'The Omsk region and the Pavlodar region signed an agreement on cooperation in tourism, the Omsk Department for Investment and Energy Policy said.',
      'Students of the Omsk State Technical University will visit Pavlodar next year.',
    ],
    'en',
  );
  assert.deepEqual(en, ['education', 'tourism']);
});

test('a field named only by goods shipped is not a field of cooperation; farm produce is agriculture', () => {
  const f = sectorsOf(
    [
      'Омская область и Павлодарская область подписали соглашение о сотрудничестве.',
      'Омская область поставляет в Павлодарскую область минеральные удобрения и лекарственные препараты.',
      'Павлодарская область поставляет в Омскую область сельхозпродукцию.',
    ],
    'ru',
  );
  assert.deepEqual(f, ['agriculture']);
});

test('a joint venture is industry, a free economic zone alone names no field, a non-energy export is not energy', () => {
  const f = sectorsOf(
    [
      'The Omsk region and the Pavlodar region signed a cooperation agreement.',
      'The sides agreed to set up a joint venture in the Pavlodar free economic zone.',
      "The region's non-energy exports to Kazakhstan grew by 10% last year.",
    ],
    'en',
  );
  assert.deepEqual(f, ['industry', 'trade']);
});

test('an event named after its field still names it ("Days of Kazakh Culture")', () => {
  const f = sectorsOf(
    [
      'The Omsk region and the Pavlodar region signed a cooperation agreement.',
      'The sides agreed that Days of Kazakh Culture will be held in Omsk next year.',
    ],
    'en',
  );
  assert.deepEqual(f, ['culture']);
});
