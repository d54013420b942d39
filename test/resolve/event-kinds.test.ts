import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsOf } from '../support/doc.js';

const story = (...lines: string[]) => lines.join('\n');
const ofType = (f: ReturnType<typeof factsOf>, type: string) => f.events.filter((e) => e.type === type);

test('a meeting recalled from an earlier year does not lend its date to this one', () => {
  const f = factsOf(
    story(
      'Омская и Павлодарская области обсудили сотрудничество',
      '',
      'Губернатор Омской области встретился с акимом Павлодарской области.',
      'Прошлая встреча губернатора Омской области и акима Павлодарской области прошла в марте 2023 года.',
    ),
    'ru',
    '2025-06-11',
  );
  assert.deepEqual(
    ofType(f, 'meeting').map((e) => e.date),
    ['2025-06-11'],
  );
});

test('a region an event is held in is not a side of it, where its country already has one', () => {
  const f = factsOf(
    story(
      'Kazakhstan and Russia',
      '',
      'The second meeting of the intergovernmental commission of Kazakhstan and Russia was held in the Moscow Region on Tuesday.',
    ),
    'en',
  );
  assert.deepEqual(
    ofType(f, 'forum').map((e) => [...e.actors].sort()),
    [['KZ', 'RU']],
  );
});

test('a region an event is held in stays a side where it is the only one of its country', () => {
  const f = factsOf(
    story('Встреча в Омской области', '', 'В Омской области состоялась встреча губернатора с делегацией Павлодарской области.'),
    'ru',
  );
  assert.ok(ofType(f, 'meeting').some((e) => e.actors.includes('RU-OMS') && e.actors.includes('KZ-PAV')));
});

test('an interest both sides state is no one’s proposal', () => {
  const mutual = factsOf(
    story(
      'Омская и Павлодарская области',
      '',
      'Губернатор Омской области встретился с акимом Павлодарской области.',
      'Стороны выразили заинтересованность в совместном производстве сельскохозяйственной техники.',
      'Заинтересованность в сотрудничестве между Омской и Павлодарской областями подтверждена на форуме в сфере туризма.',
    ),
    'ru',
  );
  assert.equal(ofType(mutual, 'proposal').length, 0);
  const offered = factsOf(
    story(
      'Омская и Павлодарская области',
      '',
      'Губернатор Омской области встретился с акимом Павлодарской области.',
      'Аким Павлодарской области выразил заинтересованность в поставках сельскохозяйственной техники.',
      'Губернатор предложил открыть авиарейс между Омском и Павлодаром.',
    ),
    'ru',
  );
  assert.ok(ofType(offered, 'proposal').length >= 1);
});

test('a signing at a forum of the same sides implies no meeting of its own', () => {
  const atForum = factsOf(
    story(
      'Омская и Павлодарская области подписали соглашение',
      '',
      'В рамках Форума межрегионального сотрудничества губернатор Омской области Виталий Хоценко и аким Павлодарской области Асаин Байханов подписали соглашение о сотрудничестве.',
    ),
    'ru',
  );
  assert.equal(ofType(atForum, 'meeting').length, 0);
  const alone = factsOf(
    story(
      'Омская и Павлодарская области подписали соглашение',
      '',
      'Губернатор Омской области Виталий Хоценко и аким Павлодарской области Асаин Байханов подписали соглашение о сотрудничестве.',
    ),
    'ru',
  );
  assert.equal(ofType(alone, 'meeting').length, 1);
});

test('what a party proposes to hold has not taken place', () => {
  const f = factsOf(
    story(
      'Омская и Павлодарская области',
      '',
      'Губернатор Омской области встретился с акимом Павлодарской области.',
      'Губернатор предложил провести совместную выставку сельскохозяйственной техники.',
    ),
    'ru',
  );
  assert.equal(ofType(f, 'forum').length, 0);
  const held = factsOf(
    story(
      'Омская и Павлодарская области',
      '',
      'На выставке губернатор Омской области предложил акиму Павлодарской области поставки зерна.',
    ),
    'ru',
  );
  assert.equal(ofType(held, 'forum').length, 1);
});

test('one side that discussed matters with a partner named after «с» met it', () => {
  const f = factsOf(
    story('Глава Омской области', '', 'Губернатор Омской области обсудил с акимом Павлодарской области поставки зерна.'),
    'ru',
  );
  assert.equal(ofType(f, 'meeting').length, 1);
  const alone = factsOf(
    story('Глава Омской области', '', 'Губернатор Омской области обсудил с министрами региона план поставок зерна в Павлодарскую область.'),
    'ru',
  );
  assert.equal(ofType(alone, 'meeting').length, 0);
});

test('two people named before «обсудили» are its two sides', () => {
  const f = factsOf(
    story(
      'Омская и Павлодарская области',
      '',
      'Губернатор Омской области Виталий Хоценко прибыл в Павлодарскую область.',
      'Виталий Хоценко и аким Павлодарской области Асаин Байханов обсудили поставки зерна.',
    ),
    'ru',
  );
  assert.equal(ofType(f, 'meeting').length, 1);
  const one = factsOf(
    story('Омская и Павлодарская области', '', 'Губернатор Омской области Виталий Хоценко обсудил поставки зерна в Павлодарскую область.'),
    'ru',
  );
  assert.equal(ofType(one, 'meeting').length, 0);
});

test('a later report of a visit that names one end is the visit told before', () => {
  const f = factsOf(
    story(
      'Омская делегация в Павлодаре',
      '',
      'Делегация Омской области прибыла с визитом в Павлодарскую область.',
      'Аким Павлодарской области приветствовал визит делегации в область.',
    ),
    'ru',
  );
  assert.deepEqual(
    ofType(f, 'visit').map((e) => e.actors),
    [['RU-OMS', 'KZ-PAV']],
  );
});

test('a compound forum word («агрофорум») names a forum', () => {
  const f = factsOf(
    story(
      'Омская и Павлодарская области',
      '',
      'Губернатор Омской области и аким Павлодарской области приняли участие в агрофоруме в Омске.',
    ),
    'ru',
  );
  assert.equal(ofType(f, 'forum').length, 1);
});

test('a signing dated «ещё в …», "back in …" is history even without a publication date', () => {
  const recalled = factsOf(
    story(
      'Омская и Павлодарская области',
      '',
      'Губернатор Омской области встретился с акимом Павлодарской области.',
      'Соглашение между Омской и Павлодарской областями было подписано ещё в октябре 2018 года.',
    ),
    'ru',
    null,
  );
  assert.equal(ofType(recalled, 'signing').length, 0);
  const now = factsOf(
    story('Омская и Павлодарская области', '', 'Соглашение между Омской и Павлодарской областями было подписано в октябре 2018 года.'),
    'ru',
    null,
  );
  assert.equal(ofType(now, 'signing').length, 1);
});

test('a count of meetings or documents over time is a tally, not an event', () => {
  const tally = factsOf(
    story(
      'Omsk and Pavlodar',
      '',
      'Since the beginning of the year the Omsk region and the Pavlodar region have held 11 business meetings and signed 25 joint documents.',
    ),
    'en',
  );
  assert.equal(ofType(tally, 'meeting').length, 0);
  assert.equal(ofType(tally, 'signing').length, 0);
  const one = factsOf(
    story(
      'Omsk and Pavlodar',
      '',
      'On Tuesday the Omsk region and the Pavlodar region held a business meeting and signed 3 joint documents.',
    ),
    'en',
  );
  assert.equal(ofType(one, 'meeting').length, 1);
  assert.equal(ofType(one, 'signing').length, 1);
});

test('a meeting reported with everyone present is the meeting its two sides held', () => {
  const f = factsOf(
    story(
      'Osh and Andijan',
      '',
      'The Mayor of Osh met the Khokim of Andijan region.',
      'The meeting was attended by the Mayor of Osh, the envoy to Osh region and the Khokim of Andijan region.',
    ),
    'en',
  );
  assert.equal(ofType(f, 'meeting').length, 1);
});

test('an offer told without its agent is no one’s proposal, unless a party is named before it', () => {
  const passive = factsOf(
    story(
      'Omsk and Pavlodar',
      '',
      'The Governor of Omsk region Vitaly Khotsenko met the akim of Pavlodar region Asain Baikhanov.',
      'It is also proposed to open a joint grain terminal.',
    ),
    'en',
  );
  assert.equal(ofType(passive, 'proposal').length, 0);
  const active = factsOf(
    story(
      'Omsk and Pavlodar',
      '',
      'The Governor of Omsk region Vitaly Khotsenko met the akim of Pavlodar region Asain Baikhanov.',
      'Khotsenko also proposed to open a joint grain terminal.',
    ),
    'en',
  );
  assert.equal(ofType(active, 'proposal').length, 1);
});

test('the verb "show" names no forum; a trade show does', () => {
  const verb = factsOf(
    story(
      'Omsk and Pavlodar',
      '',
      'The Governor of Omsk region met the akim of Pavlodar region.',
      'Figures show that Omsk region and Pavlodar region trade more.',
    ),
    'en',
  );
  assert.equal(ofType(verb, 'forum').length, 0);
  const fair = factsOf(
    story('Omsk and Pavlodar', '', 'Companies of Omsk region and Pavlodar region took part in a trade show in Omsk.'),
    'en',
  );
  assert.equal(ofType(fair, 'forum').length, 1);
});

test('a party named after «с» is the partner of the proposer, not the proposer', () => {
  const f = factsOf(
    story(
      'Омская и Павлодарская области',
      '',
      'Губернатор Омской области Виталий Хоценко на встрече с акимом Павлодарской области Асаином Байхановым предложил наладить поставки зерна.',
    ),
    'ru',
  );
  assert.deepEqual(
    ofType(f, 'proposal').map((e) => e.actors),
    [['RU-OMS', 'KZ-PAV']],
  );
  const other = factsOf(
    story(
      'Омская и Павлодарская области',
      '',
      'На встрече с губернатором Омской области Виталием Хоценко аким Павлодарской области Асаин Байханов предложил наладить поставки зерна.',
    ),
    'ru',
  );
  assert.deepEqual(
    ofType(other, 'proposal').map((e) => e.actors),
    [['KZ-PAV', 'RU-OMS']],
  );
});

test('an idea put forward or a call on the other side is a proposal', () => {
  const idea = factsOf(
    story(
      'Омская и Павлодарская области',
      '',
      'Аким Павлодарской области Асаин Байханов высказал идею открыть в Омской области торговый дом.',
    ),
    'ru',
  );
  assert.deepEqual(
    ofType(idea, 'proposal').map((e) => e.actors),
    [['KZ-PAV', 'RU-OMS']],
  );
  const urged = factsOf(
    story('Omsk and Pavlodar', '', 'The akim of Pavlodar region Asain Baikhanov urged Omsk region to open a joint grain terminal.'),
    'en',
  );
  assert.deepEqual(
    ofType(urged, 'proposal').map((e) => e.actors),
    [['KZ-PAV', 'RU-OMS']],
  );
});

test('a call on residents of one region is no proposal between parties', () => {
  const f = factsOf(story('Omsk region', '', 'The Governor of Omsk region urged residents to stay off the thin ice of the Irtysh.'), 'en');
  assert.equal(ofType(f, 'proposal').length, 0);
  const ru = factsOf(story('Омская область', '', 'Губернатор Омской области призвал жителей не выходить на тонкий лед.'), 'ru');
  assert.equal(ofType(ru, 'proposal').length, 0);
});

test('after the words reported, the speaker named after the verb proposes', () => {
  const inverted = factsOf(
    story(
      'Омская и Павлодарская области',
      '',
      'Губернатор Омской области Виталий Хоценко прибыл в Павлодарскую область.',
      'Пора открыть совместный зерновой терминал, предложил гостю аким Павлодарской области Асаин Байханов.',
    ),
    'ru',
  );
  assert.deepEqual(
    ofType(inverted, 'proposal').map((e) => e.actors),
    [['KZ-PAV', 'RU-OMS']],
  );
  // No words reported before the verb: the person after it is whom the offer is made to, not the proposer.
  const addressed = factsOf(
    story(
      'Омская и Павлодарская области',
      '',
      'Губернатор Омской области Виталий Хоценко прибыл в Павлодарскую область.',
      'Он предложил акиму Павлодарской области Асаину Байханову открыть совместный зерновой терминал.',
    ),
    'ru',
  );
  assert.deepEqual(
    ofType(addressed, 'proposal').map((e) => e.actors),
    [['RU-OMS', 'KZ-PAV']],
  );
});

test('a host who welcomed or received the delegation met it', () => {
  const ru = factsOf(
    story(
      'Омская и Павлодарская области',
      '',
      'Аким Павлодарской области Асаин Байханов приветствовал визит делегации Омской области в регион.',
    ),
    'ru',
  );
  assert.equal(ofType(ru, 'meeting').length, 1);
  assert.equal(ofType(ru, 'visit').length, 1);
  const en = factsOf(
    story('Omsk and Pavlodar', '', 'The akim of Pavlodar region Asain Baikhanov received a delegation of Omsk region on Monday.'),
    'en',
  );
  assert.equal(ofType(en, 'meeting').length, 1);
});

test('welcoming a decision, or a delegation of the host’s own region, tells no meeting', () => {
  const decision = factsOf(
    story('Омская и Павлодарская области', '', 'Аким Павлодарской области приветствовал решение Омской области открыть торговый дом.'),
    'ru',
  );
  assert.equal(ofType(decision, 'meeting').length, 0);
  // A delegation of the host's own region: no second side.
  const home = factsOf(
    story('Omsk region', '', 'The Governor of Omsk region received a delegation of Omsk region farmers on Monday.'),
    'en',
  );
  assert.equal(ofType(home, 'meeting').length, 0);
});

test('a willingness to supply named goods is an offer; a willingness to cooperate is not', () => {
  const goods = factsOf(
    story('Omsk and Pavlodar', '', 'The akim of Pavlodar region Asain Baikhanov expressed willingness to supply grain to Omsk region.'),
    'en',
  );
  assert.deepEqual(
    ofType(goods, 'proposal').map((e) => e.actors),
    [['KZ-PAV', 'RU-OMS']],
  );
  const vague = factsOf(
    story('Omsk and Pavlodar', '', 'The akim of Pavlodar region Asain Baikhanov expressed willingness to cooperate with Omsk region.'),
    'en',
  );
  assert.equal(ofType(vague, 'proposal').length, 0);
});

test('a forum a party is thanked for took place, though a future word follows it', () => {
  const thanked = factsOf(
    story(
      'Omsk and Pavlodar',
      '',
      'The Governor of Omsk region thanked the akim of Pavlodar region for organizing the business forum, which will help trade grow.',
    ),
    'en',
  );
  assert.equal(ofType(thanked, 'forum').length, 1);
  const invited = factsOf(
    story(
      'Omsk and Pavlodar',
      '',
      'The Governor of Omsk region thanked the akim of Pavlodar region for the invitation to the business forum, which will open in Pavlodar.',
    ),
    'en',
  );
  assert.equal(ofType(invited, 'forum').length, 0);
  const ru = factsOf(
    story(
      'Омская и Павлодарская области',
      '',
      'Губернатор Омской области поблагодарил акима Павлодарской области за поддержку в проведении форума.',
    ),
    'ru',
  );
  assert.equal(ofType(ru, 'forum').length, 1);
});
