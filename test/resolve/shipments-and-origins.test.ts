// Trade: shipped tonnages as figures, where goods come from by their adjective, stem clashes in
// goods terms, talks about supplies, past and passive shipping verbs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FactsRecord } from '../../src/core/facts.js';
import { factsOf } from '../support/doc.js';

const flowsOf = (f: FactsRecord) => f.flows.map((x) => [x.from, x.to, x.goods]);
const figuresOf = (f: FactsRecord) => f.figures.map((x) => [x.metric, x.value, x.unit, x.change_pct]);

const RU_OPENING = 'Губернатор Омской области и аким Северо-Казахстанской области провели переговоры в Омске.';
const EN_OPENING = 'The governor of the Omsk region held talks with the akim of North Kazakhstan region in Omsk on Monday.';

test('a tonnage of goods shipped is an export figure (ru)', () => {
  const f = factsOf(
    [RU_OPENING, 'За полгода Омская область отгрузила в Северо-Казахстанскую область 80 тыс. тонн муки, на 12% больше.'].join('\n'),
    'ru',
  );
  assert.deepEqual(figuresOf(f), [['exports', 80000, 't', 12]]);
});

test('a tonnage of goods shipped is an export figure (en)', () => {
  const f = factsOf(
    [EN_OPENING, 'North Kazakhstan region shipped over 90,000 tonnes of barley to the Omsk region last year.'].join('\n'),
    'en',
  );
  assert.deepEqual(figuresOf(f), [['exports', 90000, 't', null]]);
});

test('a tonnage with no goods and no trade word is no figure', () => {
  const f = factsOf(
    [RU_OPENING, 'Омская область отправила в Северо-Казахстанскую область 40 тонн, сообщили в ведомстве.'].join('\n'),
    'ru',
  );
  assert.deepEqual(figuresOf(f), []);
});

test('"last season" names no goods', () => {
  const f = factsOf([EN_OPENING, 'The Omsk region supplied wheat and barley to North Kazakhstan region last season.'].join('\n'), 'en');
  assert.deepEqual(flowsOf(f), [['RU-OMS', 'KZ-SEV', ['10']]]);
});

test('an adjective on imported goods is where they come from', () => {
  const ru = factsOf([RU_OPENING, 'Импорт казахстанской техники в Омскую область за год вырос.'].join('\n'), 'ru');
  assert.deepEqual(flowsOf(ru), [['KZ', 'RU-OMS', ['84']]]);
  const en = factsOf([EN_OPENING, 'Imports of Kazakh machinery into the Omsk region grew last year.'].join('\n'), 'en');
  assert.deepEqual(flowsOf(en), [['KZ', 'RU-OMS', ['84']]]);
});

test('«мясо-молочная продукция» names both chapters', () => {
  const f = factsOf([RU_OPENING, 'Омская область поставляет в Северо-Казахстанскую область мясо-молочную продукцию.'].join('\n'), 'ru');
  assert.deepEqual(flowsOf(f), [['RU-OMS', 'KZ-SEV', ['02', '04']]]);
});

test('a macro-region adjective is its country, not the other party of the story', () => {
  const f = factsOf(
    [
      'Хоким Ташкентской области встретился с акимом Туркестанской области в Ташкенте.',
      'Сибирские заводы поставляют трубы в Ташкентскую область.',
    ].join('\n'),
    'ru',
  );
  assert.deepEqual(flowsOf(f), [['RU', 'UZ-TO', ['73']]]);
});

test('supplies discussed are a topic, not goods moving', () => {
  const f = factsOf(
    [RU_OPENING, 'Стороны обсудили поставки техники и зерна.', 'Омская область поставляет в Северо-Казахстанскую область трубы.'].join(
      '\n',
    ),
    'ru',
  );
  assert.deepEqual(flowsOf(f), [['RU-OMS', 'KZ-SEV', ['73']]]);
});

test('past and passive shipping verbs make flows', () => {
  const flows = (text: string) => factsOf(text, 'ru').flows.map((f) => [f.from, f.to, f.goods]);
  assert.deepEqual(flows('Курганская область в марте отгрузила в Казахстан 40 тысяч тонн пшеницы.'), [['RU-KGN', 'KZ', ['10']]]);
  assert.deepEqual(flows('Из Китая в Забайкальский край было ввезено 300 единиц техники.'), [['CN', 'RU-ZAB', ['84']]]);
});

test('an adjective joined to a goods phrase shares its head noun', () => {
  const flows = (text: string, lang: string) => factsOf(text, lang).flows.map((f) => [f.from, f.to, f.goods]);
  assert.deepEqual(flows('Алтайский край поставляет в Казахстан мясную и молочную продукцию.', 'ru'), [['RU-ALT', 'KZ', ['02', '04']]]);
  assert.deepEqual(flows('Buryatia supplies fresh and frozen fish to Mongolia.', 'en'), [['RU-BU', 'MN', ['03']]]);
});
