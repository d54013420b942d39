import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FactsRecord } from '../../src/core/facts.js';
import { factsOf } from '../support/doc.js';

// Flows and figures in the constructions of real news (sentences written for these tests).
const flowsOf = (f: FactsRecord) => f.flows.map((x) => [x.from, x.to, x.goods]);
const figuresOf = (f: FactsRecord) => f.figures.map((x) => [x.metric, x.value, x.unit, x.change_pct]);

const RU_OPENING = 'Губернатор Омской области и аким Северо-Казахстанской области провели переговоры в Омске.';
const EN_OPENING = 'The governor of the Omsk region held talks with the akim of North Kazakhstan region in Omsk on Monday.';
const ru = (...lines: string[]) => factsOf([RU_OPENING, ...lines].join('\n'), 'ru');
const en = (...lines: string[]) => factsOf([EN_OPENING, ...lines].join('\n'), 'en');

// ---- flows ----

test('a partner after «с» / "with" is neither the subject nor the origin', () => {
  assert.deepEqual(flowsOf(en('Kazakh firms cooperate with the Omsk region by exporting flour and sugar.')), [
    ['KZ', 'RU-OMS', ['11', '17']],
  ]);
  assert.deepEqual(flowsOf(en('The Omsk region ships pipes to Kazakhstan.')), [['RU-OMS', 'KZ', ['73']]]);
});

test('an adjective after a direction word is the destination («на казахстанский рынок»)', () => {
  assert.deepEqual(flowsOf(ru('Также на казахстанский рынок омские заводы отгружают мебель.')), [['RU-OMS', 'KZ', ['94']]]);
});

test('«Туда» sends goods to the party the sentence before named', () => {
  assert.deepEqual(flowsOf(ru('Казахстан входит в число главных партнеров области.', 'Туда экспортируются трубы и мебель.')), [
    ['RU-OMS', 'KZ', ['73', '94']],
  ]);
});

test('export and import words without a party follow the pair of sides named just before', () => {
  const f = ru('Товарооборот Омской области с Северо-Казахстанской областью вырос.', 'Основу экспорта составляют трубы.');
  assert.deepEqual(flowsOf(f), [['RU-OMS', 'KZ-SEV', ['73']]]);
  const far = ru(
    'Товарооборот Омской области с Северо-Казахстанской областью вырос.',
    'Стороны обсудили культурный обмен.',
    'Делегации посетили музей.',
    'Вечером состоялся концерт.',
    'Основу экспорта составляют трубы.',
  );
  assert.deepEqual(far.flows, []);
});

test('an import with only its origin named goes to the story’s other side', () => {
  assert.deepEqual(flowsOf(en('The import of seeds from Kazakhstan grows every year.')), [['KZ', 'RU-OMS', ['12']]]);
});

test('a flow word without goods sets the direction the next sentence goes on with', () => {
  assert.deepEqual(flowsOf(en('Omsk exports to Kazakhstan reached a new record.', 'A large part of the supply consists of pipes.')), [
    ['RU-OMS', 'KZ', ['73']],
  ]);
});

test('promising supplies and quotas are no flow', () => {
  assert.deepEqual(ru('Поставки мяса из Казахстана в Омскую область могли бы стать перспективным направлением.').flows, []);
  assert.deepEqual(ru('Омская область получила квоту на поставку мяса из Казахстана.').flows, []);
  assert.deepEqual(flowsOf(ru('Из Казахстана в Омскую область поставляется мясо.')), [['KZ', 'RU-OMS', ['02']]]);
});

test('a goods word that is a name is no goods: in quotes, or capitalised inside an English sentence', () => {
  assert.deepEqual(flowsOf(ru('Компания «Пластик» поставляет в Казахстан трубы.')), [['RU-OMS', 'KZ', ['73']]]);
  assert.deepEqual(flowsOf(en('The Omsk region, said its minister Nail Sergeev, ships flour to Kazakhstan.')), [['RU-OMS', 'KZ', ['11']]]);
});

test('a generic goods word spelled out by "such as" gives way to the specific goods', () => {
  assert.deepEqual(flowsOf(en('The Omsk region ships foodstuffs such as flour and sugar to Kazakhstan.')), [
    ['RU-OMS', 'KZ', ['11', '17']],
  ]);
  assert.deepEqual(flowsOf(en('The Omsk region ships foodstuffs and pipes to Kazakhstan.')), [['RU-OMS', 'KZ', ['21', '73']]]);
});

test('a list of adjectives shares one head noun', () => {
  assert.deepEqual(flowsOf(ru('Омская область поставляет в Казахстан металлургическую, химическую, машиностроительную продукцию.')), [
    ['RU-OMS', 'KZ', ['72', '38', '84']],
  ]);
});

test('English import words do not match "important"', () => {
  assert.deepEqual(en('The Omsk region sees an important partner in Kazakhstan and its food products.').flows, []);
});

// ---- figures ----

test('shares said as fractions, or as "X% of", are shares', () => {
  assert.deepEqual(figuresOf(ru('На Казахстан приходится четверть внешней торговли Омской области.')), [['turnover', 25, '%', null]]);
  assert.deepEqual(figuresOf(ru('Казахстанские партнеры занимают 2/3 внешнеторгового оборота Омской области.')), [
    ['turnover', 66.7, '%', null],
  ]);
  assert.deepEqual(figuresOf(en('Some 28% of exports of the Omsk region fall to Kazakhstan.')), [['exports', 28, '%', null]]);
  assert.deepEqual(figuresOf(en('Nearly 30% of tourists at Omsk resorts come from Kazakhstan.')), [['people', 30, '%', null]]);
  assert.deepEqual(ru('В первой половине года товарооборот Омской области с Казахстаном рос.').figures, []);
});

test('compound amounts and abbreviations with a full stop read whole', () => {
  assert.deepEqual(figuresOf(en('Trade turnover between Omsk and Kazakhstan made 302 mln 200 thousand U.S. dollars.')), [
    ['turnover', 302200000, 'USD', null],
  ]);
  assert.deepEqual(figuresOf(ru('Товарооборот Омской области с Казахстаном составил 83 млн. долларов.')), [
    ['turnover', 83000000, 'USD', null],
  ]);
});

test('"above" makes a change, and exchange rates are no figures', () => {
  assert.deepEqual(figuresOf(en('Trade between Omsk and Kazakhstan reached $420 million, 30% above last year.')), [
    ['turnover', 420000000, 'USD', 30],
  ]);
  assert.deepEqual(ru('Курсы валют в Омской области и Казахстане: $1 – 11914.67, €1 – 13735.23.').figures, []);
});

test('a count’s noun may follow its adjectives, but not another counted noun', () => {
  assert.deepEqual(figuresOf(ru('В Омской области работают 26 совместных российско-казахстанских предприятий.')), [
    ['companies', 26, 'count', null],
  ]);
  assert.deepEqual(figuresOf(ru('Регионы двух стран заключили 28 соглашений, Омская область и Казахстан довольны.')), [
    ['agreements', 28, 'count', null],
  ]);
});

test('a shipping verb names the metric of an amount and of a tonnage', () => {
  assert.deepEqual(figuresOf(ru('Из Омской области в Казахстан было экспортировано зерна на 3,5 млрд рублей.')), [
    ['exports', 3500000000, 'RUB', null],
  ]);
  assert.deepEqual(figuresOf(ru('Омская мука идет в Казахстан, которой за год отгружено более 3 тыс. тонн.')), [
    ['exports', 3000, 't', null],
  ]);
});

test('"it" goes on about a trade metric the sentence before named without a number', () => {
  assert.deepEqual(
    figuresOf(en('The sides discussed how to raise trade turnover between Omsk and Kazakhstan.', 'Last year it amounted to $43 million.')),
    [['turnover', 43000000, 'USD', null]],
  );
});

test('an amount a headline gives without its change is the same figure as the body’s', () => {
  const f = en(
    'Omsk region supplies USD 31 million of goods to Kazakhstan.',
    'The Omsk region supplied goods worth USD 31 million to Kazakhstan, augmenting its export by 8 percent.',
  );
  assert.deepEqual(figuresOf(f), [['exports', 31000000, 'USD', 8]]);
});

test('"it" after a sentence with goods stands for those goods', () => {
  const f = en('The Omsk region is one of the main producers of buckwheat.', 'Today we supply a lot of it to Kazakhstan.');
  assert.deepEqual(flowsOf(f), [['RU-OMS', 'KZ', ['10']]]);
  assert.deepEqual(en('The Omsk region held a fair.', 'Today we supply a lot of it to Kazakhstan.').flows, []);
});

test('goods a side is ready to sell or can sell are an offer, and a hope word far after the flow does not count', () => {
  assert.deepEqual(en('Kazakhstan can export fruit and vegetables to the Omsk region.').flows, []);
  assert.deepEqual(ru('Омская область готова поставлять в Казахстан мебель.').flows, []);
  assert.deepEqual(flowsOf(ru('Омские заводы уже поставляют в Казахстан трубы и кабели, и этот список можно расширить.')), [
    ['RU-OMS', 'KZ', ['73', '85']],
  ]);
});

test('a future word in another clause leaves a present flow standing', () => {
  const f = en('He noted the demand in Kazakhstan for Omsk flour, adding that a new mill is expected to open next year.');
  assert.deepEqual(flowsOf(f), [['RU-OMS', 'KZ', ['11']]]);
  assert.deepEqual(en('The Omsk region is expected to ship flour to Kazakhstan next year.').flows, []);
});

test('a capitalised goods word beside another capital is part of a name', () => {
  const f = en('Director Nail Petrov of the Omsk Seed Company said the Omsk region ships flour to Kazakhstan.');
  assert.deepEqual(flowsOf(f), [['RU-OMS', 'KZ', ['11']]]);
});

test('citizens studying are students', () => {
  assert.deepEqual(figuresOf(ru('Более 3 тыс. граждан Казахстана обучаются в омских вузах.')), [['students', 3000, 'count', null]]);
  assert.deepEqual(figuresOf(ru('Более 3 тыс. граждан Казахстана посетили Омскую область.')), [['people', 3000, 'count', null]]);
});

test('a buyer imports, and «обеспечивает … углем» supplies', () => {
  assert.deepEqual(flowsOf(en('Kazakhstan is the main buyer of Omsk machinery.')), [['RU-OMS', 'KZ', ['84']]]);
  assert.deepEqual(flowsOf(ru('Казахстан обеспечивает Омскую область углем.')), [['KZ', 'RU-OMS', ['27']]]);
  assert.deepEqual(ru('Северо-Казахстанская область обеспечивает безопасность на границе с Омской областью.').flows, []);
});

test('goods listed before "the supply of" belong to other items of the list', () => {
  const f = en('He recalled the launch of a truck assembly line in Omsk, and the supply of compressors to Kazakhstan.');
  assert.deepEqual(flowsOf(f), [['RU-OMS', 'KZ', ['84']]]);
  assert.deepEqual(flowsOf(en('The Omsk region ships trucks and the compressors of its plants to Kazakhstan.')), [
    ['RU-OMS', 'KZ', ['87', '84']],
  ]);
});

test('supplies the sides agreed to set up are a plan, not a flow; supplies that go on stay flows', () => {
  assert.deepEqual(flowsOf(en('The sides agreed to work together on grain supplies to Kazakhstan.')), []);
  assert.deepEqual(flowsOf(ru('Стороны договорились о поставках муки в Казахстан.')), []);
  assert.deepEqual(flowsOf(en('The Omsk region supplies grain to Kazakhstan.')), [['RU-OMS', 'KZ', ['10']]]);
});
