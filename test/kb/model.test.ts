// The knowledge base's pure parts: name skeletons and people, event dates, item keys and curation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyFacts } from '../../src/core/facts.js';
import { closeDates } from '../../src/query/knowledge/events.js';
import { buildPeople, samePerson, skeleton } from '../../src/query/knowledge/people.js';
import { actorsMatch } from '../../src/query/knowledge/sources.js';
import { applyCuration, itemKeys } from '../../src/store/items.js';
import type { StoredItem } from '../../src/store/knowledge.js';

test('names meet across scripts and transliterations', () => {
  assert.equal(skeleton('Томенко'), skeleton('Tomenko'));
  assert.equal(skeleton('Кошербаев'), skeleton('Kosherbayev'));
  assert.equal(skeleton('Жумабаев'), skeleton('Zhumabaev'));
  assert.ok(samePerson('Виктор Томенко', 'Viktor Tomenko'));
  assert.ok(samePerson('Томенко В.П.', 'Viktor Tomenko'));
  assert.ok(samePerson('Томенко Виктор Петрович', 'Виктор Томенко'));
  assert.ok(samePerson('Alexander Orlov', 'Александр Орлов'));
  assert.ok(!samePerson('Андрей Кузьмин', 'Андрей Кулагин'), 'a shared given name is not a person');
  assert.ok(!samePerson('Василий Ершов', 'Виталий Ершов'), 'one surname, two given names');
  assert.ok(!samePerson('И. Петров', 'Олег Петров'));
});

const person = (doc: string, name: string, role: string, actor: string, published: string): StoredItem => ({
  id: `${doc}#people#0`,
  doc,
  list: 'people',
  idx: 0,
  key: `${doc}|people|${name}`,
  kind: role,
  date: published,
  published,
  cluster: doc,
  curation: null,
  payload: { name, role, actor },
  title: `Title ${doc}`,
  url: null,
});

test('two akims of one region in turn stay two people; one person’s change of office is a history', () => {
  const people = buildPeople(
    [
      person('a', 'Серик Аманов', 'akim', 'KZ-VOS', '2023-01-10'),
      person('b', 'Болат Жанов', 'akim', 'KZ-VOS', '2024-05-02'),
      person('c', 'Serik Amanov', 'minister', 'KZ', '2024-09-01'),
      person('d', 'Аманов', 'minister', 'KZ', '2024-10-01'),
    ],
    { merges: new Map(), aliases: [] },
  );
  assert.equal(people.length, 2);
  const amanov = people.find((p) => p.id === 'amanov-s')!;
  assert.deepEqual(amanov.offices, [
    { role: 'akim', party: 'KZ-VOS', from: '2023-01-10', to: '2023-01-10' },
    { role: 'minister', party: 'KZ', from: '2024-09-01', to: '2024-10-01' },
  ]);
  assert.deepEqual([amanov.role, amanov.party], ['minister', 'KZ']);
  assert.deepEqual(
    amanov.sources.map((s) => s.doc),
    ['a', 'c', 'd'],
  );
  const zhanov = people.find((p) => p.id !== 'amanov-s')!;
  assert.deepEqual(zhanov.offices, [{ role: 'akim', party: 'KZ-VOS', from: '2024-05-02', to: '2024-05-02' }]);
});

test('a bare surname never bridges two people', () => {
  const people = buildPeople(
    [
      person('a', 'Василий Ершов', 'minister', 'RU-SVE', '2024-01-01'),
      person('b', 'Виталий Ершов', 'deputy', 'RU-SVE', '2024-02-01'),
      person('c', 'Ершов', 'official', 'RU-SVE', '2024-03-01'),
    ],
    { merges: new Map(), aliases: [] },
  );
  assert.equal(people.filter((p) => p.name !== 'Ершов').length, 2);
});

test('event dates: days within three, a month matches its days, years only years', () => {
  assert.ok(closeDates('2026-02-18', '2026-02-20'));
  assert.ok(!closeDates('2026-02-18', '2026-02-25'));
  assert.ok(closeDates('2026-02', '2026-02-25'));
  assert.ok(!closeDates('2026', '2026-02-25'));
  assert.ok(closeDates('2026', '2026'));
});

test('a region matches its own country, not another region', () => {
  assert.ok(actorsMatch(['RU-ALT', 'KZ'], ['RU-ALT', 'KZ-VOS']));
  assert.ok(!actorsMatch(['RU-ALT', 'KZ-PAV'], ['RU-ALT', 'KZ-VOS']));
  assert.ok(!actorsMatch([], ['RU']));
});

test('item keys survive re-extraction: content, not position or evidence', () => {
  const facts = {
    ...emptyFacts('d1', 'ru', '2025-01-01'),
    events: [
      { type: 'meeting' as const, actors: ['KZ', 'RU'], date: '2025-01-01', place: null, evidence: [{ start: 5, end: 9 }] },
      { type: 'meeting' as const, actors: ['RU', 'KZ'], date: '2025-01-01', place: null },
    ],
    sectors: ['trade' as const],
  };
  assert.deepEqual(itemKeys('d1', 'events', facts.events), ['d1|events|meeting|KZ,RU|2025-01-01', 'd1|events|meeting|KZ,RU|2025-01-01#2']);
  const shifted = { ...facts, events: [{ ...facts.events[0]!, evidence: [{ start: 50, end: 54 }] }, facts.events[1]!] };
  const curated = applyCuration(shifted, [{ key: 'd1|events|meeting|KZ,RU|2025-01-01', doc: 'd1', list: 'events', action: 'reject' }]);
  assert.equal(curated.record.events.length, 1);
  assert.equal(curated.marks.events[0]!.key, 'd1|events|meeting|KZ,RU|2025-01-01#2');
  assert.deepEqual(curated.record.sectors, ['trade']);
});
