import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatScore, scoreRecords, skeleton, type ScoredRecord } from '../../src/app/score.js';
import { readRecords } from '../../src/app/records.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'score');
const gold = readRecords(join(fixtures, 'gold.jsonl'));
const pred = readRecords(join(fixtures, 'pred.jsonl'));
const one = (g: Partial<ScoredRecord>, p: Partial<ScoredRecord>) =>
  scoreRecords(new Map([['d', { doc: 'd', ...g }]]), new Map([['d', { doc: 'd', ...p }]]));

test('scores the fixture records list by list', () => {
  const r = scoreRecords(gold, pred);
  assert.equal(r.docs, 3);
  assert.equal(r.missing_docs, 1);
  const counts = Object.fromEntries(Object.entries(r.lists).map(([k, v]) => [k, [v.gold, v.pred, v.tp]]));
  assert.deepEqual(counts, {
    actors: [7, 5, 4],
    people: [3, 4, 3],
    events: [3, 4, 3],
    agreements: [2, 2, 1],
    flows: [4, 5, 3],
    figures: [2, 3, 2],
    sectors: [5, 5, 3],
    plans: [2, 1, 1],
  });
  assert.deepEqual(r.attributes['people.role'], { right: 2, of: 3, share: 2 / 3 });
  assert.deepEqual(r.attributes['events.date'], { right: 2, of: 3, share: 2 / 3 });
  assert.equal(r.micro.f1.toFixed(3), '0.702');
});

test('a region code in gold makes its predicted country neither right nor wrong', () => {
  const r = one({ actors: ['RU-OMS', 'KZ-SEV'] }, { actors: ['RU-OMS', 'RU', 'KZ-59', 'CN'] });
  assert.deepEqual([r.lists.actors.gold, r.lists.actors.pred, r.lists.actors.tp], [2, 3, 2]);
});

test('people match by surname across scripts, first initials must agree', () => {
  const g = { people: [{ name: 'Ерлан Кошербаев', role: 'akim', actor: 'KZ-VOS' }] };
  assert.equal(one(g, { people: [{ name: 'Yerlan Kosherbayev', role: 'akim', actor: 'KZ' }] }).lists.people.tp, 1);
  assert.equal(one(g, { people: [{ name: 'Kosherbaev', role: 'akim', actor: null }] }).lists.people.tp, 1);
  assert.equal(one(g, { people: [{ name: 'Marat Kosherbayev', role: 'akim', actor: null }] }).lists.people.tp, 0);
});

test('a gold name written surname first with a patronymic is matched by its first word', () => {
  const g = { people: [{ name: 'Ерманов Фарход Уразбаевич', role: 'hokim', actor: 'UZ-SA' }] };
  assert.equal(one(g, { people: [{ name: 'Фарход Ерманов', role: 'hokim', actor: 'UZ-SA' }] }).lists.people.tp, 1);
  assert.equal(one(g, { people: [{ name: 'Farkhod Ermanov', role: 'hokim', actor: 'UZ' }] }).lists.people.tp, 1);
  // the patronymic is not the surname
  assert.equal(one(g, { people: [{ name: 'Фарход Уразбаевич', role: 'hokim', actor: null }] }).lists.people.tp, 0);
  // «Given Patronymic Surname» stays as written: the surname is last
  const ordered = { people: [{ name: 'Виктор Петрович Томенко', role: 'governor', actor: 'RU-ALT' }] };
  assert.equal(one(ordered, { people: [{ name: 'Томенко', role: 'governor', actor: 'RU-ALT' }] }).lists.people.tp, 1);
  // a Turkic patronymic in -ogli / -kyzy turns the name round too
  const turkic = { people: [{ name: 'Mirziyoyev Shavkat Miromonovich', role: 'head_of_state', actor: 'UZ' }] };
  assert.equal(one(turkic, { people: [{ name: 'Shavkat Mirziyoyev', role: 'head_of_state', actor: 'UZ' }] }).lists.people.tp, 1);
});

test('Armenian and Georgian names meet their Russian and Latin spellings', () => {
  assert.equal(skeleton('Փաշինյան'), skeleton('Пашинян'));
  assert.equal(skeleton('Փաշինյան'), skeleton('Pashinyan'));
  assert.equal(skeleton('Աբրահամյան'), skeleton('Абрахамян'));
  // ու is one vowel: Ղուկասյան = Ghukasyan
  assert.equal(skeleton('Ղուկասյան'), skeleton('Ghukasyan'));
  assert.equal(skeleton('ღარიბაშვილი'), skeleton('Gharibashvili'));
  assert.equal(skeleton('კობახიძე'), skeleton('Кобахидзе'));
  const g = { people: [{ name: 'Նիկոլ Փաշինյան', role: 'head_of_government', actor: 'AM' }] };
  assert.equal(one(g, { people: [{ name: 'Никол Пашинян', role: 'head_of_government', actor: 'AM' }] }).lists.people.tp, 1);
});

test('spellings that transliterations disagree on are merged', () => {
  assert.equal(skeleton('Джумабеков'), skeleton('Jumabekov'));
  assert.equal(skeleton('Жапаров'), skeleton('Japarov'));
  assert.equal(skeleton('Хотченко'), skeleton('Hotchenko'));
  assert.equal(skeleton('Цой'), skeleton('Tsoi'));
  assert.equal(skeleton('Дмитрий'), skeleton('Dmitry'));
  assert.equal(skeleton('Кошербаев'), skeleton('Kosherbayev'));
  assert.equal(skeleton('Аллаберганов'), skeleton('Alaberganov'));
  assert.notEqual(skeleton('Иванов'), skeleton('Ivanova'));
});

test('figures agree on metric and a number within tolerance', () => {
  const g = { figures: [{ metric: 'turnover', value: 1000, change_pct: 10 }] };
  assert.equal(one(g, { figures: [{ metric: 'turnover', value: 1019, change_pct: null }] }).lists.figures.tp, 1);
  assert.equal(one(g, { figures: [{ metric: 'turnover', value: 1030, change_pct: 10 }] }).lists.figures.tp, 0);
  assert.equal(one(g, { figures: [{ metric: 'exports', value: 1000, change_pct: 10 }] }).lists.figures.tp, 0);
  assert.equal(one(g, { figures: [{ metric: 'turnover', value: null, change_pct: 10.4 }] }).lists.figures.tp, 1);
});

test('an empty prediction for an empty gold scores 1', () => {
  const r = one({ lang: 'en', published: null }, { lang: 'en' });
  assert.equal(r.micro.f1, 1);
  assert.deepEqual(r.attributes.published, { right: 1, of: 1, share: 1 });
});

test('prints the report table', () => {
  const lines = formatScore(scoreRecords(gold, pred)).split('\n');
  assert.equal(lines[0], 'documents: 3 in gold, 1 of them without a predicted record');
  assert.equal(lines[2], 'actors         7     5     4      0.800   0.571  0.667');
  assert.equal(lines.at(-1), 'micro-F1 0.702');
});

// The contract's scorer sits beside the repository in the shared folder; where it is, both must agree.
const contractScorer = join(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'score.mjs');
test('agrees with the contract scorer line for line', { skip: !existsSync(contractScorer) && 'shared scorer not present' }, () => {
  const run = (...args: string[]) => execFileSync(process.execPath, [contractScorer, ...args], { encoding: 'utf8' });
  const goldFile = join(fixtures, 'gold.jsonl');
  const predFile = join(fixtures, 'pred.jsonl');
  assert.equal(run('--gold', goldFile, '--pred', predFile).trimEnd(), formatScore(scoreRecords(gold, pred)));
  assert.deepEqual(JSON.parse(run('--gold', goldFile, '--pred', predFile, '--json')), scoreRecords(gold, pred));
  // and on the gold scored against itself, a folder of one-record files
  const dir = mkdtempSync(join(tmpdir(), 'coopgraph-score-'));
  for (const r of gold.values()) writeFileSync(join(dir, `${r.doc}.json`), JSON.stringify(r));
  assert.equal(run('--gold', dir, '--pred', goldFile).trimEnd(), formatScore(scoreRecords(readRecords(dir), gold)));
});
