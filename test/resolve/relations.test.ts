import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsOf } from '../support/doc.js';

const story = (...lines: string[]) => lines.join('\n');

test('each pair of sides in its own clause signs its own document', () => {
  const f = factsOf(
    story(
      'Regions of Russia and Kazakhstan sign documents',
      '',
      'Tomsk region and Pavlodar region signed a roadmap until 2028, Omsk region and North Kazakhstan region concluded an agreement on trade, and Novosibirsk region and Abai region signed a memorandum on education.',
    ),
    'en',
  );
  const pairs = (kind: string) => f.agreements.filter((a) => a.kind === kind).map((a) => a.actors);
  assert.deepEqual(pairs('roadmap'), [['RU-TOM', 'KZ-PAV']]);
  assert.deepEqual(pairs('agreement'), [['RU-OMS', 'KZ-SEV']]);
  assert.deepEqual(pairs('memorandum'), [['RU-NVS', 'KZ-10']]);
  const signings = f.events.filter((e) => e.type === 'signing').map((e) => e.actors);
  assert.equal(signings.length, 3);
});

test('the dateline city is not a party of the story', () => {
  const f = factsOf(
    story(
      'Tomsk and Pavlodar regions sign roadmap',
      '',
      'ASTANA, April 9 - Tomsk region and Pavlodar region signed a roadmap on Tuesday following talks in Pavlodar.',
    ),
    'en',
  );
  for (const e of f.events) assert.ok(!e.actors.includes('KZ-AST'), JSON.stringify(e));
});

test('a signing dated in an earlier year, or recalled, is only an agreement', () => {
  const f = factsOf(
    story(
      'Томская и Павлодарская области обсудили сотрудничество',
      '',
      'Губернатор Томской области и аким Павлодарской области вчера провели переговоры в Томске.',
      'Три года назад, в 2022-м, был подписан план мероприятий на 2022–2025 годы, который в этом году завершается.',
      'Напомним, регионы ранее подписали соглашение о сотрудничестве.',
    ),
    'ru',
  );
  assert.ok(!f.events.some((e) => e.type === 'signing'), JSON.stringify(f.events));
  assert.ok(f.agreements.some((a) => a.kind === 'plan' && a.year === 2022));
});

test('a visit that was only meant to happen, or is being prepared, is no event', () => {
  const f = factsOf(
    story(
      'Визит томской делегации в Павлодарскую область перенесен',
      '',
      'Возглавить делегацию Томской области в Павлодаре должен был губернатор.',
      'Вчера заместитель губернатора Томской области и аким Павлодарской области провели видеоконференцию, на которой обсудили подготовку визита.',
    ),
    'ru',
  );
  assert.ok(!f.events.some((e) => e.type === 'visit'), JSON.stringify(f.events));
  assert.ok(f.events.some((e) => e.type === 'meeting'));
});

test('a visit the sentence does not direct keeps the direction the story told', () => {
  const f = factsOf(
    story(
      'Павлодарская делегация в Томске',
      '',
      'Губернатор Томской области и аким Павлодарской области вчера провели переговоры.',
      'Делегация Павлодарской области находится в Томской области с рабочим визитом.',
      'В рамках визита гости побывали на томском заводе.',
    ),
    'ru',
  );
  const visits = f.events.filter((e) => e.type === 'visit');
  assert.deepEqual(
    visits.map((e) => e.actors),
    [['KZ-PAV', 'RU-TOM']],
  );
  // The trip is dated by the talks: only its month.
  assert.equal(visits[0]!.date, '2025-04');
});

test('a commission meeting is a forum; its next meeting is an event to hold', () => {
  const f = factsOf(
    story(
      'Kazakhstan and Russia hold commission meeting',
      '',
      'The meeting of the Kazakh-Russian intergovernmental commission on cooperation took place in Omsk on Tuesday.',
      'The next meeting of the commission will be held in Kazakhstan in 2026.',
    ),
    'en',
  );
  assert.ok(f.events.some((e) => e.type === 'forum'));
  assert.ok(!f.events.some((e) => e.type === 'meeting'), JSON.stringify(f.events));
  assert.deepEqual(
    f.plans.map((p) => [p.kind, p.year]),
    [['event', 2026]],
  );
});

test('taking up an offer is not making one; readiness to do something is an offer, not a plan', () => {
  const f = factsOf(
    story(
      'Tomsk and Pavlodar discuss trade',
      '',
      'Tomsk region Governor and Pavlodar region akim held talks in Tomsk on Tuesday.',
      'Pavlodar region proposed setting up a joint grain terminal in Tomsk region.',
      'The Tomsk governor said Tomsk companies were ready to study the proposal.',
    ),
    'en',
  );
  const offers = f.events.filter((e) => e.type === 'proposal').map((e) => e.actors[0]);
  assert.deepEqual(offers, ['KZ-PAV']);
  const ru = factsOf(
    story(
      'Томская и Павлодарская области обсудили сотрудничество',
      '',
      'Губернатор Томской области и аким Павлодарской области вчера провели переговоры в Томске.',
      '«Мы готовы организовать в Павлодаре сборку автобусов», — сказал губернатор Томской области.',
    ),
    'ru',
  );
  assert.ok(!ru.plans.some((p) => p.kind === 'project'), JSON.stringify(ru.plans));
});

test('plans: a deadline gives the year; a visit timed by a festival is only a visit', () => {
  const f = factsOf(
    story(
      'Томская и Павлодарская области обсудили сотрудничество',
      '',
      'Губернатор Томской области и аким Павлодарской области вчера провели переговоры в Томске.',
      'Запустить совместное производство в Павлодарской области планируется до конца 2026 года.',
      'Ответный визит акима в Томскую область намечен на июль 2026 года, на время фестиваля.',
    ),
    'ru',
  );
  assert.deepEqual(
    f.plans.map((p) => [p.kind, p.year]),
    [
      ['project', 2026],
      ['visit', 2026],
    ],
  );
});

test('taking part in a fair later this year is a plan, not a forum', () => {
  const f = factsOf(
    story(
      'Томская и Павлодарская области обсудили сотрудничество',
      '',
      'Губернатор Томской области и аким Павлодарской области вчера провели переговоры в Томске.',
      'Делегация Павлодарской области примет участие в выставке в Томске в июле этого года.',
    ),
    'ru',
  );
  assert.ok(!f.events.some((e) => e.type === 'forum'), JSON.stringify(f.events));
});

test('a document expected to be signed, or to be prepared by a date, is planned for then', () => {
  const f = factsOf(
    story(
      'Tomsk and Pavlodar discuss trade',
      '',
      'Tomsk region Governor and Pavlodar region akim held talks in Tomsk on Tuesday.',
      'A new plan of joint activities for 2026-2028 is being prepared and is expected to be signed this summer.',
      'The sides agreed to prepare a roadmap by the end of the year.',
    ),
    'en',
  );
  assert.deepEqual(
    f.agreements.map((a) => [a.kind, a.status, a.year, a.until]),
    [
      ['plan', 'planned', 2025, 2028],
      ['roadmap', 'planned', 2025, null],
    ],
  );
  assert.ok(!f.events.some((e) => e.type === 'signing'));
});

test('a country signing one document and its regions another are two signings', () => {
  const f = factsOf(
    story(
      'Казахстан и Россия подписали дорожную карту',
      '',
      'Вчера в Омске Казахстан и Россия подписали дорожную карту по торговле.',
      'Также подписано соглашение между Омской областью и Павлодарской областью.',
    ),
    'ru',
  );
  assert.deepEqual(
    f.events.filter((e) => e.type === 'signing').map((e) => e.actors.join()),
    ['KZ,RU', 'RU-OMS,KZ-PAV'],
  );
});

test('a signing in a month already past is background', () => {
  const f = factsOf(
    story(
      'Tomsk and Pavlodar open a checkpoint',
      '',
      'Tomsk region Governor and Pavlodar region akim held talks in Tomsk on Tuesday.',
      'The checkpoint reopened after Kazakhstan and Russia signed a border treaty in February.',
    ),
    'en',
  );
  assert.ok(!f.events.some((e) => e.type === 'signing'), JSON.stringify(f.events));
  assert.ok(f.agreements.some((a) => a.kind === 'agreement'));
});

test('a plan for a season already past this year is for next year', () => {
  const f = factsOf(
    story(
      'Визит томской делегации в Павлодарскую область перенесен на весну',
      '',
      'Вчера губернатор Томской области и аким Павлодарской области провели переговоры по видеосвязи.',
      'Визит томской делегации в Павлодарскую область перенесен на весну.',
    ),
    'ru',
    '2025-11-06',
  );
  assert.deepEqual(
    f.plans.map((p) => [p.kind, p.year]),
    [['visit', 2026]],
  );
});

test('the delegation comes from the party it is "from", not from the host named by an office', () => {
  const f = factsOf(
    story(
      'Tomsk and Pavlodar regions hold talks',
      '',
      'Talks were held between the Governor of Tomsk region and the delegation from Pavlodar region, who arrived in Tomsk on Tuesday.',
    ),
    'en',
  );
  assert.deepEqual(
    f.events.filter((e) => e.type === 'visit').map((e) => e.actors),
    [['KZ-PAV', 'RU-TOM']],
  );
});

test('a business mission held last week is a visit; missions in general are not', () => {
  const f = factsOf(
    story(
      'Томские компании побывали в Павлодаре',
      '',
      'На прошлой неделе в Павлодаре прошла бизнес-миссия томских компаний.',
      'Губернатор Томской области и аким Павлодарской области вчера провели переговоры.',
    ),
    'ru',
  );
  assert.deepEqual(
    f.events.filter((e) => e.type === 'visit').map((e) => [e.actors, e.date]),
    [[['RU-TOM', 'KZ-PAV'], '2025-04']],
  );
  const g = factsOf(
    story(
      'Томская и Павлодарская области обсудили сотрудничество',
      '',
      'Губернатор Томской области и аким Павлодарской области вчера провели переговоры.',
      'Бизнес-миссии томских компаний в Павлодарскую область становятся важным инструментом.',
    ),
    'ru',
  );
  assert.ok(!g.events.some((e) => e.type === 'visit'), JSON.stringify(g.events));
});

test('a count of documents is a figure, not an agreement', () => {
  const f = factsOf(
    story(
      'Томская и Павлодарская области подписали соглашение',
      '',
      'За годы сотрудничества регионы заключили 15 соглашений и контрактов.',
      'Вчера губернатор Томской области и аким Павлодарской области подписали соглашение о сотрудничестве в сфере образования.',
    ),
    'ru',
  );
  assert.deepEqual(
    f.agreements.map((a) => [a.kind, a.actors.join()]),
    [['agreement', 'RU-TOM,KZ-PAV']],
  );
});

test('the city where an office sits is not where the event took place', () => {
  const places = (text: string, lang: string) => factsOf(text, lang).events.map((e) => e.place);
  assert.deepEqual(places('Губернатор Иркутской области встретился с генеральным консулом Монголии в Иркутске Батбаяром.', 'ru'), [null]);
  assert.deepEqual(places('The governor of Irkutsk Region met the Consul General of Mongolia in Irkutsk on Monday.', 'en'), [null]);
  assert.deepEqual(places('Губернатор Иркутской области и посол Монголии встретились в Улан-Баторе.', 'ru'), ['Ulaanbaatar']);
});
