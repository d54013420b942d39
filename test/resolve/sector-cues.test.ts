import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsOf } from '../support/doc.js';
import { coordinatedSectors } from '../../src/extract/sector-cues.js';
import { tokenize } from '../../src/text/segment.js';

const sectorsOf = (text: string, lang: string) => factsOf(text, lang).sectors.slice().sort();

test('coordinated sector adjectives before one head noun each name their field', () => {
  assert.deepEqual(
    sectorsOf(
      'Омская область и Павлодарская область подписали соглашение о торгово-экономическом, научно-техническом, культурном и гуманитарном сотрудничестве.',
      'ru',
    ),
    ['culture', 'science', 'trade'],
  );
  assert.deepEqual(
    sectorsOf(
      'Омская область и Павлодарская область подписали соглашение о сотрудничестве в промышленной, молодежной и туристической сферах.',
      'ru',
    ),
    ['industry', 'tourism'],
  );
  assert.deepEqual(
    sectorsOf('The Omsk region and the Pavlodar region signed an agreement on industrial, educational and cultural cooperation.', 'en'),
    ['culture', 'education', 'industry'],
  );
  // Belarusian, at the mention layer (the gazetteer's Belarusian spellings are another module's).
  const tokens = tokenize('Бакі падпісалі пагадненне аб гандлёва-эканамічным і культурным супрацоўніцтве.').map((t) => ({
    ...t,
    sentence: 0,
  }));
  assert.deepEqual(
    coordinatedSectors(tokens, [])
      .flatMap((m) => m.payloads)
      .sort(),
    ['culture', 'trade'],
  );
});

test('a sector adjective without a head noun of cooperation names no field', () => {
  assert.deepEqual(
    sectorsOf(
      'Омская область и Павлодарская область подписали соглашение на промышленной выставке, которую провела торгово-промышленная палата.',
      'ru',
    ),
    [],
  );
});
