import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FactsRecord } from '../../src/core/facts.js';
import { factsOf } from '../support/doc.js';

// Flows in goods lists and around documents, names and purposes (sentences written for these tests).
const flowsOf = (f: FactsRecord) => f.flows.map((x) => [x.from, x.to, x.goods]);

const RU_OPENING = 'Губернатор Омской области и аким Северо-Казахстанской области провели переговоры в Омске.';
const EN_OPENING = 'The governor of the Omsk region held talks with the akim of North Kazakhstan region in Omsk on Monday.';
const ru = (...lines: string[]) => factsOf([RU_OPENING, ...lines].join('\n'), 'ru');
const en = (...lines: string[]) => factsOf([EN_OPENING, ...lines].join('\n'), 'en');

test('goods of a maker in demand with no place named go to the story’s other side', () => {
  assert.deepEqual(flowsOf(ru('Очень востребована казахстанская мука.')), [['KZ', 'RU-OMS', ['11']]]);
  assert.deepEqual(flowsOf(en('Kazakh flour is in demand in the Omsk region.')), [['KZ', 'RU-OMS', ['11']]]);
  // A place named after the demand word is where the goods go, not the story's other side.
  assert.deepEqual(flowsOf(en('Kazakh flour is in demand in Russia.')), [['KZ', 'RU', ['11']]]);
});

test('a flow word inside quotes is part of a name', () => {
  assert.deepEqual(en('The sides discussed grain quality standards under the programme “Agricultural Export”.').flows, []);
  assert.deepEqual(flowsOf(en('The Omsk region exports grain to Kazakhstan under the programme “Agricultural Export”.')), [
    ['RU-OMS', 'KZ', ['10']],
  ]);
});

test('a flow word that qualifies a document, or closes the list of what contracts are for, is no flow', () => {
  assert.deepEqual(ru('Омские компании заключили экспортные контракты на поставку труб в Казахстан.').flows, []);
  assert.deepEqual(
    en('The deals include contracts for the construction of a bridge, the repair of roads and the supply of flour to Kazakhstan.').flows,
    [],
  );
  // A flow of its own after the contracts' clause stands.
  assert.deepEqual(flowsOf(en('The sides signed two contracts. The Omsk region supplies flour to Kazakhstan.')), [
    ['RU-OMS', 'KZ', ['11']],
  ]);
});

test('supplies that are the purpose of something to be built are no flow', () => {
  assert.deepEqual(ru('Аким предложил построить в Омске склад для поставок казахстанского зерна.').flows, []);
  assert.deepEqual(flowsOf(ru('Омская область поставляет в Казахстан зерно.')), [['RU-OMS', 'KZ', ['10']]]);
});

test('spare parts "for them" take no chapter of their own', () => {
  assert.deepEqual(flowsOf(en('The Omsk region ships railway wagons and spare parts for them to Kazakhstan.')), [['RU-OMS', 'KZ', ['86']]]);
  assert.deepEqual(flowsOf(en('The Omsk region ships railway wagons and spare parts to Kazakhstan.')), [['RU-OMS', 'KZ', ['86', '87']]]);
});

test('a wide group beside specific goods of its range sums them up', () => {
  assert.deepEqual(flowsOf(en('The Omsk region ships apples and other agricultural products to Kazakhstan.')), [['RU-OMS', 'KZ', ['08']]]);
  assert.deepEqual(flowsOf(en('The Omsk region ships agricultural products to Kazakhstan.')), [['RU-OMS', 'KZ', ['10']]]);
  // Goods of another clause do not sum a group up.
  assert.deepEqual(flowsOf(en('The Omsk region ships timber to Kazakhstan and buys fruit and building materials from it.')), [
    ['RU-OMS', 'KZ', ['44']],
    ['KZ', 'RU-OMS', ['08', '69']],
  ]);
});

test('a flow word inside a quotation is someone’s words, not a name', () => {
  assert.deepEqual(flowsOf(en('“Omsk firms are building warehouses, which means more grain supply to Kazakhstan,” the governor said.')), [
    ['RU-OMS', 'KZ', ['10']],
  ]);
});

test('«наш экспорт», "we import" in someone’s words: the speaker’s party trades', () => {
  const opening =
    'Губернатор Омской области Виктор Хоценко провел переговоры с акимом Северо-Казахстанской области Гаухар Нурмухамбетовой.';
  const akim = factsOf([opening, '— Основу нашего экспорта составляет зерно, — сказала Нурмухамбетова.'].join('\n'), 'ru');
  assert.deepEqual(flowsOf(akim), [['KZ-SEV', 'RU-OMS', ['10']]]);
  const governor = factsOf([opening, '— Основу нашего экспорта составляют трубы, — сказал Хоценко.'].join('\n'), 'ru');
  assert.deepEqual(flowsOf(governor), [['RU-OMS', 'KZ-SEV', ['73']]]);
  const imports = factsOf([opening, '— Мы закупаем у соседей уголь, — сказал Хоценко.'].join('\n'), 'ru');
  assert.deepEqual(flowsOf(imports), [['KZ-SEV', 'RU-OMS', ['27']]]);
});

test('the other kind of trade, right after, with no party named, goes back between the same sides', () => {
  const f = en(
    'Trade between the Omsk region and Kazakhstan grew last year.',
    'Exports consist mainly of pipes.',
    'Imports include coal and wheat.',
  );
  assert.deepEqual(flowsOf(f), [
    ['RU-OMS', 'KZ', ['73']],
    ['KZ', 'RU-OMS', ['27', '10']],
  ]);
  const same = en(
    'Trade between the Omsk region and Kazakhstan grew last year.',
    'Exports consist mainly of pipes.',
    'Exports also include furniture.',
  );
  assert.deepEqual(flowsOf(same), [['RU-OMS', 'KZ', ['73', '94']]]);
});
