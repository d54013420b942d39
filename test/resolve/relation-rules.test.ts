// The relation rules added for real news: clause-scoped future words, prospects, invitations,
// one party signing with several, paired-off sides, documents named only as "documents".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsOf } from '../support/doc.js';

const story = (...lines: string[]) => lines.join('\n');
const types = (f: ReturnType<typeof factsOf>) => f.events.map((e) => e.type);

test('a future word in a relative clause does not put the meeting of the main clause ahead', () => {
  const f = factsOf(
    story(
      'Томская и Павлодарская области',
      '',
      'Губернатор Томской области, который посетит форум в мае, провел встречу с акимом Павлодарской области.',
    ),
    'ru',
  );
  assert.ok(types(f).includes('meeting'), JSON.stringify(f.events));
});

test('a future word in the clause of the meeting still puts it ahead', () => {
  const f = factsOf(
    story('Томская и Павлодарская области', '', 'Губернатор Томской области и аким Павлодарской области проведут встречу в мае.'),
    'ru',
  );
  assert.ok(!types(f).includes('meeting'), JSON.stringify(f.events));
  const g = factsOf(story('Tomsk and Pavlodar', '', 'The Governor of Tomsk region will meet the Akim of Pavlodar region in May.'), 'en');
  assert.ok(!types(g).includes('meeting'), JSON.stringify(g.events));
});

test('an occasion that frames the sentence took place, whatever was agreed at it', () => {
  const f = factsOf(
    story(
      'Томская и Павлодарская области',
      '',
      'Губернатор Томской области и аким Павлодарской области провели переговоры.',
      'В ходе встречи стороны договорились провести форум в Томске.',
    ),
    'ru',
  );
  assert.ok(types(f).includes('meeting'), JSON.stringify(f.events));
  assert.ok(
    f.plans.some((p) => p.kind === 'event'),
    JSON.stringify(f.plans),
  );
  // A future word before the occasion makes it one still to come.
  const g = factsOf(
    story(
      'Томская и Павлодарская области',
      '',
      'Намечено, что в ходе встречи губернатора Томской области и акима Павлодарской области будет подписан план.',
    ),
    'ru',
  );
  assert.ok(!types(g).includes('meeting'), JSON.stringify(g.events));
});

test('prospects discussed at a meeting do not make the meeting a future one', () => {
  const f = factsOf(
    story(
      'Omsk and Pavlodar',
      '',
      'The Governor of Omsk region and the Akim of Pavlodar region discussed prospects for cooperation at a meeting in Omsk.',
    ),
    'en',
  );
  assert.ok(types(f).includes('meeting'), JSON.stringify(f.events));
  const g = factsOf(
    story(
      'Омская и Павлодарская области',
      '',
      'В ходе встречи в Омске обсуждались перспективы сотрудничества Омской и Павлодарской областей.',
    ),
    'ru',
  );
  assert.ok(types(g).includes('meeting'), JSON.stringify(g.events));
});

test('an office («должность») is no future word', () => {
  const f = factsOf(
    story(
      'Омская область и Киргизия',
      '',
      'Губернатор Омской области встретился с послом Киргизии и поздравил его с назначением на должность.',
    ),
    'ru',
  );
  assert.ok(types(f).includes('meeting'), JSON.stringify(f.events));
});

test('people named before «обсудили» are its sides', () => {
  const f = factsOf(
    story(
      'Челябинская и Костанайская области',
      '',
      'Губернатор Челябинской области Алексей Текслер провел рабочую поездку.',
      'Алексей Текслер и аким Костанайской области Архимед Мухамбетов обсудили вопросы торговли.',
    ),
    'ru',
  );
  assert.ok(types(f).includes('meeting'), JSON.stringify(f.events));
  const g = factsOf(
    story('Челябинская и Костанайская области', '', 'Специалисты обсудили вопросы торговли с Костанайской областью.'),
    'ru',
  );
  assert.ok(!types(g).includes('meeting'), JSON.stringify(g.events));
});

test('an invitation to a forum with no word of travel is a forum to be held; with one, a visit', () => {
  const f = factsOf(
    story(
      'Омская область и область Абай',
      '',
      'Губернатор Омской области пригласил акима области Абай на международный форум, который пройдет в Омске осенью.',
    ),
    'ru',
  );
  assert.deepEqual(
    f.plans.map((p) => p.kind),
    ['event'],
  );
  const g = factsOf(
    story('Omsk and Abai', '', 'The Governor of Omsk region invited the Akim of Abai region to visit Omsk during the autumn forum.'),
    'en',
  );
  assert.ok(
    g.plans.some((p) => p.kind === 'visit'),
    JSON.stringify(g.plans),
  );
});

test('one region signing with several of another country signs one agreement with each', () => {
  const f = factsOf(
    story(
      'Башкирия и регионы Узбекистана',
      '',
      'Правительство Башкирии подписало соглашения о сотрудничестве с Наманганской областью, Ферганской областью и Андижанской областью.',
    ),
    'ru',
  );
  assert.deepEqual(
    f.agreements.map((a) => a.actors),
    [
      ['RU-BA', 'UZ-NG'],
      ['RU-BA', 'UZ-FA'],
      ['RU-BA', 'UZ-AN'],
    ],
  );
  // Two sides of two countries keep one document.
  const g = factsOf(story('Bashkortostan and Namangan', '', 'Bashkortostan and Namangan region signed an agreement on cooperation.'), 'en');
  assert.deepEqual(
    g.agreements.map((a) => a.actors),
    [['RU-BA', 'UZ-NG']],
  );
});

test('sides paired off under one verb sign by pairs, documents of their own', () => {
  const f = factsOf(
    story(
      'Регионы России и Казахстана',
      '',
      'Также Павлодарской и Омской, Костанайской и Челябинской областями подписаны межрегиональные документы.',
    ),
    'ru',
  );
  const signings = f.events.filter((e) => e.type === 'signing').map((e) => e.actors);
  assert.deepEqual(signings, [
    ['KZ-PAV', 'RU-OMS'],
    ['KZ-KUS', 'RU-CHE'],
  ]);
  assert.deepEqual(
    f.agreements.map((a) => [a.kind, ...a.actors]),
    [
      ['other', 'KZ-PAV', 'RU-OMS'],
      ['other', 'KZ-KUS', 'RU-CHE'],
    ],
  );
});

test('"documents" over a story that names its documents add none of their own', () => {
  const f = factsOf(
    story(
      'Tomsk and Pavlodar regions sign documents',
      '',
      'Tomsk region and Pavlodar region signed a roadmap on cooperation.',
      'The documents were signed after the talks.',
    ),
    'en',
  );
  assert.deepEqual(
    f.agreements.map((a) => a.kind),
    ['roadmap'],
  );
});

test('readiness to sign is an offer, not a signing', () => {
  const f = factsOf(
    story(
      'North Kazakhstan and Afghanistan',
      '',
      'The Ambassador of Afghanistan expressed readiness to buy grain from North Kazakhstan region and sign a memorandum.',
    ),
    'en',
  );
  assert.ok(!f.events.some((e) => e.type === 'signing'), JSON.stringify(f.events));
  const g = factsOf(
    story('North Kazakhstan and Afghanistan', '', 'North Kazakhstan region and Afghanistan signed a memorandum on grain.'),
    'en',
  );
  assert.ok(
    g.events.some((e) => e.type === 'signing'),
    JSON.stringify(g.events),
  );
});

test('a delegation that goes nowhere the sentence says is no visit; one that comes from a side is', () => {
  const f = factsOf(
    story(
      'Красноярский край и Китай',
      '',
      'Губернатор Красноярского края провел переговоры с партнерами из Китая.',
      'Делегация принимает участие в выставке импортных товаров.',
    ),
    'ru',
  );
  assert.ok(!f.events.some((e) => e.type === 'visit'), JSON.stringify(f.events));
  const g = factsOf(
    story(
      'Batken and Sughd',
      '',
      'The Kyrgyz delegation crossed into Tajikistan through the reopened checkpoint on the Batken-Isfara road.',
    ),
    'en',
  );
  assert.ok(
    g.events.some((e) => e.type === 'visit' && e.actors[0] === 'KG'),
    JSON.stringify(g.events),
  );
});

test('a document implemented exists: «план по реализации соглашения» names a signed agreement', () => {
  const f = factsOf(
    story(
      'Смоленская и Витебская области',
      '',
      'Вчера подписан план мероприятий по реализации соглашения о сотрудничестве между Смоленской и Витебской областями.',
    ),
    'ru',
  );
  const kinds = f.agreements.map((a) => `${a.kind}:${a.status}:${a.year}`).sort();
  assert.deepEqual(kinds, ['agreement:signed:null', 'plan:signed:2025']);
  // A roadmap yet to be prepared for an agreement dated later names no document of that date.
  const g = factsOf(
    story(
      'Saratov and West Kazakhstan',
      '',
      'Saratov region and West Kazakhstan region agreed to prepare a roadmap for implementing the agreement in 2026.',
    ),
    'en',
  );
  assert.ok(!g.agreements.some((a) => a.kind === 'agreement' && a.year === 2026), JSON.stringify(g.agreements));
});

test('an "Interaction Plan" is a document, and its name is no future word', () => {
  const f = factsOf(
    story('Abai and Omsk', '', 'An Interaction Plan for 2025-2028 was signed between the Abai region and the Omsk region.'),
    'en',
  );
  assert.ok(
    f.agreements.some((a) => a.kind === 'plan' && a.status === 'signed'),
    JSON.stringify(f.agreements),
  );
});

test('a document signed now in a story with no publication date takes the year its dates tell', () => {
  const text = story(
    'Смоленская и Витебская области',
    '',
    'Делегация Витебской области 20 октября 2011 года прибыла в Смоленск.',
    'Губернатор Смоленской области и председатель Витебского облисполкома подписали план мероприятий.',
  );
  const f = factsOf(text, 'ru', null);
  assert.deepEqual(
    f.agreements.map((a) => a.year),
    [2011],
  );
  // A term's bound («до 2030 года») is no year of the story.
  const g = factsOf(
    story(
      'Смоленская и Витебская области',
      '',
      'Губернатор Смоленской области и председатель Витебского облисполкома подписали план мероприятий до 2030 года.',
    ),
    'ru',
    null,
  );
  assert.deepEqual(
    g.agreements.map((a) => a.year),
    [null],
  );
});

test('every event, agreement and plan names a declared rule', async () => {
  const { RELATION_RULES } = await import('../../src/resolve/rules.js');
  const names = new Set<string>(RELATION_RULES.map((r) => r.name));
  const f = factsOf(
    story(
      'Томская и Павлодарская области',
      '',
      'Губернатор Томской области и аким Павлодарской области провели переговоры и подписали дорожную карту.',
      'Делегация Павлодарской области посетила томский завод.',
      'Стороны договорились провести форум в Томске в следующем году.',
    ),
    'ru',
  );
  const items = [...f.events, ...f.agreements, ...f.plans];
  assert.ok(items.length >= 4, JSON.stringify(items));
  for (const item of items) for (const e of item.evidence ?? []) assert.ok(e.rule && names.has(e.rule), JSON.stringify(e));
});

test('receiving an official is a meeting; taking part is not', () => {
  const f = factsOf(
    story('Согдийская и Витебская области', '', 'Председатель Согдийской области принял заместителя председателя Витебской области.'),
    'ru',
  );
  assert.ok(types(f).includes('meeting'), JSON.stringify(f.events));
  const g = factsOf(
    story(
      'Согдийская и Витебская области',
      '',
      'Делегация Витебской области прибыла в Согдийскую область.',
      'Представители Витебской области приняли участие в ярмарке в Согдийской области.',
    ),
    'ru',
  );
  assert.ok(!types(g).includes('meeting'), JSON.stringify(g.events));
});

test('a word that tells an event that took place is no plan, though the sentence looks ahead', () => {
  const f = factsOf(
    story(
      'Пензенская и Хатлонская области',
      '',
      'В Пензу с рабочим визитом прибыла делегация Хатлонской области, чтобы ознакомиться с потенциалом региона.',
    ),
    'ru',
  );
  assert.ok(types(f).includes('visit'), JSON.stringify(f.events));
  assert.ok(!f.plans.some((p) => p.kind === 'visit'), JSON.stringify(f.plans));
  // What the sides agreed to take part in, listed after a colon, is still ahead.
  const g = factsOf(
    story('Kurgan and Akmola', '', 'Kurgan region and Akmola region agreed to take part in joint events: exhibitions, fairs and forums.'),
    'en',
  );
  assert.ok(
    g.plans.some((p) => p.kind === 'event'),
    JSON.stringify(g.plans),
  );
});

test('time counted from a signing makes it history, not news', () => {
  const f = factsOf(
    story(
      'Могилевская область и Калининградская область',
      '',
      'Председатель Могилевского облисполкома отметил, что с момента подписания соглашения между Могилевской и Калининградской областями прошел год.',
    ),
    'ru',
  );
  assert.ok(!types(f).includes('signing'), JSON.stringify(f.events));
  const g = factsOf(
    story('Могилевская область и Калининградская область', '', 'Могилевская и Калининградская области вчера подписали соглашение.'),
    'ru',
  );
  assert.ok(types(g).includes('signing'), JSON.stringify(g.events));
});

test('a project still worked out or under talks is a plan; one finished is not', () => {
  const plans = (text: string, lang: string) => factsOf(story('Омская область и Казахстан', '', text), lang).plans.map((p) => p.kind);
  assert.ok(
    plans('Омская область и Северо-Казахстанская область ведут переговоры: в проработке создание совместного производства.', 'ru').includes(
      'project',
    ),
  );
  assert.ok(plans('The Omsk region and North Kazakhstan region are in talks on setting up a joint venture.', 'en').includes('project'));
  assert.deepEqual(plans('Омская область и Северо-Казахстанская область обсудили работу совместного производства.', 'ru'), []);
});

test('a list of one country\'s regions runs on past ", and" and "the": one document with each', () => {
  const sides = (text: string) => factsOf(story('Fergana and Russia', '', text), 'en').agreements.map((a) => a.actors[1]);
  assert.deepEqual(sides('The Fergana region signed cooperation agreements with the Samara, Omsk, and Penza regions.'), [
    'RU-SAM',
    'RU-OMS',
    'RU-PNZ',
  ]);
  assert.deepEqual(
    sides('The Fergana region signed cooperation agreements with the Samara region, the Omsk region and the Penza region.'),
    ['RU-SAM', 'RU-OMS', 'RU-PNZ'],
  );
  // A comma before another country's party still ends the clause.
  assert.deepEqual(sides('The Fergana region signed an agreement with the Samara region, and Kazakhstan sent a delegation.'), ['RU-SAM']);
});

test('regions listed in a sentence of trade or an event are sides; listed where nothing happens they are not', () => {
  const opening = 'Белорусские предприятия увеличили экспорт в Россию: из Беларуси отправлено молоко и сыр.';
  const listed = factsOf(story(opening, 'Растут поставки в Алтайский, Приморский края, Томскую и Новосибирскую области.'), 'ru');
  for (const code of ['RU-ALT', 'RU-PRI', 'RU-TOM', 'RU-NVS']) assert.ok(listed.actors.includes(code), JSON.stringify(listed.actors));
  const passing = factsOf(story(opening, 'По погоде лидируют Алтайский, Приморский края, Томская и Новосибирская области.'), 'ru');
  assert.ok(!passing.actors.includes('RU-TOM'), JSON.stringify(passing.actors));
});
