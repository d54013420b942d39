import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FactsRecord } from '../../src/core/facts.js';
import { factsOf } from '../support/doc.js';

const flowsOf = (f: FactsRecord) => f.flows.map((x) => [x.from, x.to, x.goods]);
const figuresOf = (f: FactsRecord) => f.figures.map((x) => [x.metric, x.value, x.unit, x.change_pct]);

// Two parties that meet, so that the story is about their relation.
const RU_OPENING = 'Губернатор Омской области и аким Северо-Казахстанской области провели переговоры в Омске.';
const EN_OPENING = 'The governor of the Omsk region held talks with the akim of North Kazakhstan region in Omsk on Monday.';

test('goods after «, в обратном направлении» go the other way', () => {
  const f = factsOf(
    [
      RU_OPENING,
      'Основу омских поставок в Северо-Казахстанскую область составляют трубы и удобрения, в обратном направлении идут пшеница и уголь.',
    ].join('\n'),
    'ru',
  );
  assert.deepEqual(flowsOf(f), [
    ['RU-OMS', 'KZ-SEV', ['73', '31']],
    ['KZ-SEV', 'RU-OMS', ['10', '27']],
  ]);
});

test('«оттуда» sends goods back from where the clause before sent them', () => {
  const f = factsOf([RU_OPENING, 'В Северо-Казахстанскую область омские заводы поставляют трубы, а оттуда везут зерно.'].join('\n'), 'ru');
  assert.deepEqual(flowsOf(f), [
    ['RU-OMS', 'KZ-SEV', ['73']],
    ['KZ-SEV', 'RU-OMS', ['10']],
  ]);
});

test('a new subject after «, а» takes the flow word of its own clause', () => {
  const f = factsOf(
    [
      RU_OPENING,
      'Из Северо-Казахстанской области в Омскую область поступают зерно и мясо, а омские компании поставляют казахстанским партнерам мебель и лекарства.',
    ].join('\n'),
    'ru',
  );
  assert.deepEqual(flowsOf(f), [
    ['KZ-SEV', 'RU-OMS', ['10', '02']],
    ['RU-OMS', 'KZ-SEV', ['94', '30']],
  ]);
});

test('a sentence that names no party goes on with the direction of the one before', () => {
  const f = factsOf(
    [RU_OPENING, 'Омская область поставляет в Казахстан металлопрокат.', 'Мы поставляем также трубы и кабели.'].join('\n'),
    'ru',
  );
  assert.deepEqual(flowsOf(f), [['RU-OMS', 'KZ', ['72', '73', '85']]]);
});

test('goods only wished for are not a flow', () => {
  const f = factsOf([EN_OPENING, 'The Omsk region is interested in purchases of Kazakh wheat and flour.'].join('\n'), 'en');
  assert.deepEqual(f.flows, []);
});

test('goods named before the flow word are its own ("X from A are in demand in B")', () => {
  const f = factsOf(
    [EN_OPENING, 'Vegetables and fruit from North Kazakhstan are in demand among residents of the Omsk region.'].join('\n'),
    'en',
  );
  assert.deepEqual(flowsOf(f), [['KZ-SEV', 'RU-OMS', ['07', '08']]]);
});

test('"rose" is a verb, not roses', () => {
  const f = factsOf([EN_OPENING, "The Omsk region's exports to Kazakhstan rose by 12% to $300 million."].join('\n'), 'en');
  assert.ok(f.flows.every((x) => !x.goods.includes('06')));
});

test('a headline repeating a figure of the body gives one figure', () => {
  const f = factsOf(
    [
      'Omsk exporters sign $40 mln in deals in North Kazakhstan',
      '',
      EN_OPENING,
      'Omsk companies signed export contracts with North Kazakhstan worth $40 million.',
    ].join('\n'),
    'en',
  );
  assert.deepEqual(figuresOf(f), [['exports', 40_000_000, 'USD', null]]);
});

test('a share of supplies is a share of exports', () => {
  const f = factsOf(
    [EN_OPENING, 'Trade between the regions reached $300 million in 2024, with Omsk supplies accounting for about 70% of the total.'].join(
      '\n',
    ),
    'en',
  );
  assert.deepEqual(figuresOf(f), [
    ['turnover', 300_000_000, 'USD', null],
    ['exports', 70, '%', null],
  ]);
});

test('a change in the next sentence that speaks of "it" keeps the metric', () => {
  const f = factsOf(
    [EN_OPENING, 'Trade between the regions reached $300 million in 2024.', 'In January-June 2025 it grew by 8.5%.'].join('\n'),
    'en',
  );
  assert.deepEqual(figuresOf(f), [
    ['turnover', 300_000_000, 'USD', null],
    ['turnover', null, null, 8.5],
  ]);
});

test('a target for the figure before is that metric', () => {
  const f = factsOf(
    [
      RU_OPENING,
      'Товарооборот между регионами в 2024 году составил 300 млн долларов.',
      'Поставлена цель в 500 млн долларов к 2027 году.',
    ].join('\n'),
    'ru',
  );
  assert.deepEqual(figuresOf(f), [
    ['turnover', 300_000_000, 'USD', null],
    ['turnover', 500_000_000, 'USD', null],
  ]);
});

test('«из них» and «их число» count what the count before counts', () => {
  const f = factsOf(
    [
      RU_OPENING,
      'В омских вузах учатся более 2 тыс. студентов из Казахстана, из них около 400 — из Северо-Казахстанской области.',
      'В прошлом году в выставке участвовали 12 казахстанских компаний, в этом году их число выросло до 19.',
    ].join('\n'),
    'ru',
  );
  assert.deepEqual(
    f.figures.map((x) => [x.metric, x.value]),
    [
      ['students', 2000],
      ['students', 400],
      ['companies', 12],
      ['companies', 19],
    ],
  );
});

test('a count of a nationality is a count of people', () => {
  const f = factsOf([RU_OPENING, 'В Омской области проживают около 30 тысяч казахов из Казахстана.'].join('\n'), 'ru');
  assert.deepEqual(
    f.figures.map((x) => [x.metric, x.value]),
    [['people', 30_000]],
  );
});
