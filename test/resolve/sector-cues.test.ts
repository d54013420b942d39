import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, factsOf } from '../support/doc.js';
import { tagMentions } from '../../src/extract/mentions.js';
import { coordinatedSectors } from '../../src/extract/sector-cues.js';
import { segment, tokenize } from '../../src/text/segment.js';

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

/** The fields a text's words name, at the mention layer (before any party is needed). */
function fieldsNamed(text: string, lang: string): string[] {
  const doc = docOf(text, lang);
  Object.assign(doc, segment(text));
  return [
    ...new Set(
      tagMentions(doc)
        .mentions.filter((m) => m.kind === 'sector')
        .map((m) => m.value as string),
    ),
  ].sort();
}

test('sector cue words of the Kazakh, Kyrgyz, Uzbek, Tajik, Azerbaijani, Belarusian and Mongolian modules', () => {
  assert.deepEqual(fieldsNamed('Тараптар сауда, ауыл шаруашылығы және туризм салаларындағы ынтымақтастықты талқылады.', 'kk'), [
    'agriculture',
    'tourism',
    'trade',
  ]);
  assert.deepEqual(fieldsNamed('Тараптар соода жана билим берүү тармагындагы кызматташтыкты талкуулашты.', 'ky'), ['education', 'trade']);
  assert.deepEqual(fieldsNamed("Tomonlar savdo, qishloq xoʻjaligi va ta'lim sohalaridagi hamkorlikni muhokama qilishdi.", 'uz'), [
    'agriculture',
    'education',
    'trade',
  ]);
  assert.deepEqual(fieldsNamed('Томонлар саноат ва маданият соҳаларидаги ҳамкорликни муҳокама қилишди.', 'uz'), ['culture', 'industry']);
  assert.deepEqual(fieldsNamed('Ҷонибҳо ҳамкориҳои тиҷоратӣ, фарҳангӣ ва сайёҳиро баррасӣ карданд.', 'tg'), [
    'culture',
    'tourism',
    'trade',
  ]);
  assert.deepEqual(fieldsNamed('Tərəflər ticarət, sənaye və təhsil sahələrində əməkdaşlığı müzakirə ediblər.', 'az'), [
    'education',
    'industry',
    'trade',
  ]);
  assert.deepEqual(fieldsNamed('Бакі абмеркавалі развіццё гандлю і адукацыі.', 'be'), ['education', 'trade']);
  assert.deepEqual(fieldsNamed('Талууд худалдаа, аялал жуулчлалын хамтын ажиллагааг хэлэлцэв.', 'mn'), ['tourism', 'trade']);
});

test('a word of another language that only looks like a cue names no field', () => {
  assert.deepEqual(fieldsNamed('The important question of the meeting was the date of the next session.', 'en'), []);
});

test('building a plant or setting up production is industry; a plant only visited is not', () => {
  assert.deepEqual(fieldsNamed('Стороны обсудили строительство завода по выпуску тракторов.', 'ru'), ['industry']);
  assert.deepEqual(fieldsNamed('The sides discussed the launch of a second bus assembly line in Tashkent.', 'en'), ['industry']);
  assert.deepEqual(fieldsNamed('Гости осмотрели завод и музей города.', 'ru'), ['culture']);
});

test('a cue of another language module does not leak into Russian or English words', () => {
  assert.deepEqual(fieldsNamed('Области направили гуманитарную помощь пострадавшим.', 'ru'), []);
  assert.deepEqual(fieldsNamed('The region sent humanitarian aid to the victims.', 'en'), []);
});
