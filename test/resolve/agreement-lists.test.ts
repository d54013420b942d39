// Several documents in one sentence: a list of documents after a colon, two names of one kind,
// and «документы» signed by paired-off sides when the story names kinds elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsOf } from '../support/doc.js';

const story = (...lines: string[]) => lines.join('\n');
const rules = (f: ReturnType<typeof factsOf>) => f.agreements.flatMap((a) => (a.evidence ?? []).map((e) => e.rule));

test('a list of documents after a colon gives one document per entry', () => {
  const f = factsOf(
    story(
      'Омская и Павлодарская области',
      '',
      'На форуме Омская область и Павлодарская область подписали следующие соглашения: о сотрудничестве в туризме, об обмене студентами, о поставках зерна.',
    ),
    'ru',
  );
  assert.equal(f.agreements.filter((a) => a.kind === 'agreement').length, 3, JSON.stringify(f.agreements));
  assert.ok(rules(f).includes('agreement:listed'));
  const g = factsOf(
    story('Tomsk and Pavlodar', '', 'Tomsk region and Pavlodar region signed the following agreements: on education, on tourism.'),
    'en',
  );
  assert.equal(g.agreements.length, 2, JSON.stringify(g.agreements));
});

test('a colon that opens no list of entries, or a count, keeps one document', () => {
  const f = factsOf(
    story('Tomsk and Pavlodar', '', 'Tomsk region and Pavlodar region signed an agreement: the sides will open a trade house.'),
    'en',
  );
  assert.equal(f.agreements.length, 1, JSON.stringify(f.agreements));
  const g = factsOf(
    story(
      'Омская и Павлодарская области',
      '',
      'Омская область и Павлодарская область подписали 3 соглашения: о туризме, об образовании, о торговле.',
    ),
    'ru',
  );
  assert.ok(g.agreements.length <= 1, JSON.stringify(g.agreements));
});

test('two names of one kind in one sentence are two documents; a later mention is the same one', () => {
  const f = factsOf(
    story(
      'Tomsk and Pavlodar',
      '',
      'Tomsk region and Pavlodar region signed a memorandum on education and a memorandum on tourism.',
      'The memorandum was signed by the governor.',
    ),
    'en',
  );
  assert.equal(f.agreements.filter((a) => a.kind === 'memorandum').length, 2, JSON.stringify(f.agreements));
  const g = factsOf(
    story('Tomsk and Pavlodar', '', 'Tomsk region and Pavlodar region signed a memorandum.', 'The memorandum was signed by the governor.'),
    'en',
  );
  assert.equal(g.agreements.length, 1, JSON.stringify(g.agreements));
});

test('«документы» of paired-off sides are their own, even where the story names kinds elsewhere', () => {
  const f = factsOf(
    story(
      'Казахстан и Россия',
      '',
      'На форуме подписаны меморандумы и соглашения между предприятиями.',
      'Также Павлодарской и Омской, Костанайской и Оренбургской областями подписаны межрегиональные документы.',
    ),
    'ru',
  );
  const pairs = f.agreements.map((a) => [...a.actors].sort().join('+'));
  assert.ok(pairs.includes('KZ-PAV+RU-OMS') && pairs.includes('KZ-KUS+RU-ORE'), JSON.stringify(f.agreements));
});

test('"documents" of paired-off sides take the kind the story named before them', () => {
  const f = factsOf(
    story(
      'Russia and India',
      '',
      'Russian and Indian regions signed memorandums of understanding on Monday.',
      'Tomsk region and Gujarat, Omsk region and Goa signed documents on tourism.',
    ),
    'en',
  );
  const kinds = f.agreements.filter((a) => a.actors.some((c) => c.includes('-'))).map((a) => a.kind);
  assert.deepEqual([...new Set(kinds)], ['memorandum'], JSON.stringify(f.agreements));
  // With no kind named in the story they stay "other".
  const g = factsOf(story('Russia and India', '', 'Tomsk region and Gujarat, Omsk region and Goa signed documents on tourism.'), 'en');
  assert.ok(g.agreements.length >= 2 && g.agreements.every((a) => a.kind === 'other'), JSON.stringify(g.agreements));
});

test('a document proposed is one planned', () => {
  const f = factsOf(
    story('Томская область и Павлодар', '', 'Аким Павлодарской области предложил Томской области подписать соглашение о побратимстве.'),
    'ru',
  );
  assert.deepEqual(
    f.agreements.map((a) => a.status),
    ['planned'],
  );
  const rule = f.agreements[0]!.evidence![0]!.rule;
  assert.equal(rule, 'agreement:planned');
  // A proposal after the name does not plan the document named before it.
  const g = factsOf(
    story('Tomsk and Pavlodar', '', 'Tomsk region and Pavlodar region signed an agreement, and the governor proposed a forum.'),
    'en',
  );
  assert.deepEqual(
    g.agreements.map((a) => a.status),
    ['signed'],
  );
});

test('a document named after a reference phrase exists; "a framework agreement" is signed now', () => {
  const f = factsOf(
    story('Kostanay and Chelyabinsk', '', 'Trade between Kostanay region and Chelyabinsk region is based on the agreement on cooperation.'),
    'en',
  );
  assert.deepEqual(
    f.agreements.map((a) => f.agreements.length && a.evidence![0]!.rule),
    ['agreement:referenced'],
  );
  const g = factsOf(
    story('Kostanay and Chelyabinsk', '', 'Kostanay region and Chelyabinsk region signed a framework agreement on cooperation.'),
    'en',
  );
  assert.deepEqual(
    g.agreements.map((a) => `${a.evidence![0]!.rule}:${a.year}`),
    ['agreement:signed:2025'],
  );
});

test('a joint statement is a document of kind other', () => {
  const f = factsOf(story('Russia and China', '', 'The presidents of Russia and China signed a joint statement in Moscow.'), 'en');
  assert.deepEqual(
    f.agreements.map((a) => a.kind),
    ['other'],
  );
});

test('a year a document is for is its term; a year of another clause is not', () => {
  const f = factsOf(
    story('Астраханская область и Азербайджан', '', 'Астраханская область и Азербайджан подписали программу сотрудничества на 2026 год.'),
    'ru',
  );
  assert.deepEqual(
    f.agreements.map((a) => [a.kind, a.year, a.until]),
    [['plan', 2025, 2026]],
  );
  const g = factsOf(
    story(
      'Астраханская область и Азербайджан',
      '',
      'Астраханская область и Азербайджан подписали соглашение о сотрудничестве, однако открытие торгового дома перенесено на 2026 год.',
    ),
    'ru',
  );
  assert.deepEqual(
    g.agreements.map((a) => a.until),
    [null],
  );
});

test('a term further on belongs to the name when no other document is named between', () => {
  const f = factsOf(
    story(
      'Azerbaijan and Dagestan',
      '',
      'A Programme of joint steps in the main fields of partnership between the Republic of Azerbaijan and the Republic of Dagestan for 2026-2028 was signed.',
    ),
    'en',
  );
  assert.deepEqual(
    f.agreements.map((a) => a.until),
    [2028],
  );
  const g = factsOf(
    story(
      'Azerbaijan and Dagestan',
      '',
      'Azerbaijan and Dagestan signed a memorandum on cooperation in the fields of education and culture, and an action plan of the Republic of Dagestan for 2026-2028.',
    ),
    'en',
  );
  assert.deepEqual(
    g.agreements.filter((a) => a.kind === 'memorandum').map((a) => a.until),
    [null],
  );
});

test('a name in brackets after another names the same document', () => {
  const f = factsOf(
    story(
      'Оренбуржье и ЗКО',
      '',
      'Оренбургская область и Западно-Казахстанская область подписали план мероприятий (дорожную карту) на 2026–2028 годы.',
    ),
    'ru',
  );
  assert.deepEqual(
    f.agreements.map((a) => a.kind),
    ['roadmap'],
  );
  // Without brackets they are two documents.
  const g = factsOf(
    story('Оренбуржье и ЗКО', '', 'Оренбургская область и Западно-Казахстанская область подписали план мероприятий и дорожную карту.'),
    'ru',
  );
  assert.equal(g.agreements.length, 2, JSON.stringify(g.agreements));
});
