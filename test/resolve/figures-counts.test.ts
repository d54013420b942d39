import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FactsRecord } from '../../src/core/facts.js';
import { factsOf } from '../support/doc.js';

// Counts, shares of a count, and figures in Azerbaijani (sentences written for these tests).
const figuresOf = (f: FactsRecord) => f.figures.map((x) => [x.metric, x.value, x.unit, x.change_pct]);

const RU_OPENING = 'Губернатор Омской области и аким Северо-Казахстанской области провели переговоры в Омске.';
const EN_OPENING = 'The governor of the Omsk region held talks with the akim of North Kazakhstan region in Omsk on Monday.';
const ru = (...lines: string[]) => factsOf([RU_OPENING, ...lines].join('\n'), 'ru');
const en = (...lines: string[]) => factsOf([EN_OPENING, ...lines].join('\n'), 'en');

test('regions, areas and meetings counted in digits are figures of other things', () => {
  assert.deepEqual(figuresOf(ru('Казахстанские компании работают с 64 российскими регионами.')), [['other', 64, 'count', null]]);
  assert.deepEqual(figuresOf(en('The programme covers 45 areas of cooperation.')), [['other', 45, 'count', null]]);
  // Counted in words, the regions are the story's sides, not a statistic.
  assert.deepEqual(ru('Стороны обсудили сотрудничество между двумя регионами.').figures, []);
  assert.deepEqual(en('The akim praised the ties between the two regions.').figures, []);
});

test('a count of other things makes no place an actor', () => {
  const f = en('The Omsk region exports flour to Kazakhstan.', 'Firms of Kazakhstan and Tatarstan share 12 areas of cooperation.');
  assert.ok(!f.actors.includes('RU-TA'));
});

test('a hyphenated adjective between an English count and its noun is one word', () => {
  assert.deepEqual(figuresOf(en('Some 240 Kazakh-Russian enterprises work in the Omsk region.')), [['companies', 240, 'count', null]]);
  assert.deepEqual(en('Some 240 Kazakh and Russian large enterprises work in the Omsk region.').figures, []);
});

test('a share "of which" is a share of what was counted before it', () => {
  assert.deepEqual(figuresOf(en('More than 400 Kazakh companies took part in the fair, of which over 30 percent already work in Omsk.')), [
    ['companies', 400, 'count', null],
    ['companies', 30, '%', null],
  ]);
  // Without «из них» / "of which" a bare share names nothing.
  assert.deepEqual(figuresOf(en('More than 400 Kazakh companies took part in the fair.', 'Over 30 percent were new.')), [
    ['companies', 400, 'count', null],
  ]);
});

test('"the bar" goes on about the trade metric of the sentence before', () => {
  const f = en(
    'Trade between the Omsk region and Kazakhstan reached $420 million in 2024.',
    'Next year we will pass the bar of $500 million.',
  );
  assert.deepEqual(figuresOf(f), [
    ['turnover', 420000000, 'USD', null],
    ['turnover', 500000000, 'USD', null],
  ]);
});

test('Azerbaijani: trade turnover and a growth in «faiz»', () => {
  const f = factsOf(
    [
      'Azərbaycan və Sverdlovsk vilayəti arasında görüş keçirilib.',
      'Sverdlovsk vilayəti ilə Azərbaycan arasında ticarət dövriyyəsinin 40 faiz artması qeyd edildi.',
    ].join('\n'),
    'az',
  );
  assert.deepEqual(figuresOf(f), [['turnover', null, null, 40]]);
  const share = factsOf(
    ['Azərbaycan və Sverdlovsk vilayəti arasında görüş keçirilib.', 'Sverdlovsk vilayəti ilə ticarət dövriyyəsi 15 faiz təşkil edir.'].join(
      '\n',
    ),
    'az',
  );
  assert.deepEqual(figuresOf(share), [['turnover', 15, '%', null]]);
});
