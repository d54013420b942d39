import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Doc } from '../../src/core/doc.js';
import { emptyFacts, type FactsRecord } from '../../src/core/facts.js';
import { explained, withoutEvidence } from '../../src/app/evidence.js';
import { belowFloors, readFloors } from '../../src/app/floors.js';
import { emptySummary, formatSummary, tally } from '../../src/app/ingest.js';
import { readRecords } from '../../src/app/records.js';
import { scoreRecords } from '../../src/app/score.js';

const TEXT = 'Altai Krai and Uzbekistan signed a memorandum. Flour goes south by rail.';

function facts(): FactsRecord {
  return {
    ...emptyFacts('d', 'en', null),
    events: [
      { type: 'signing', actors: ['RU-ALT', 'UZ'], date: null, place: null, evidence: [{ start: 26, end: 45, rule: 'signing.verb' }] },
    ],
    flows: [{ from: 'RU-ALT', to: 'UZ', goods: ['11'], evidence: [{ start: 47, end: 52, sentence: 'given as is' }] }],
  };
}

test('plain facts drop evidence; explained facts give each piece of evidence its sentence', () => {
  const plain = JSON.parse(JSON.stringify(withoutEvidence(facts())));
  assert.deepEqual(plain.events[0], { type: 'signing', actors: ['RU-ALT', 'UZ'], date: null, place: null });
  assert.ok(!('evidence' in plain.flows[0]));

  const doc = {
    text: TEXT,
    sentences: [
      { start: 0, end: 46, index: 0 },
      { start: 47, end: TEXT.length, index: 1 },
    ],
  } as Doc;
  const out = explained(facts(), doc);
  assert.deepEqual(out.events[0]!.evidence, [
    { start: 26, end: 45, rule: 'signing.verb', sentence: 'Altai Krai and Uzbekistan signed a memorandum.' },
  ]);
  assert.equal(out.flows[0]!.evidence![0]!.sentence, 'given as is');
  // without sentences, the span itself stands in
  assert.equal(
    explained(facts(), { text: TEXT, sentences: [] } as unknown as Doc).events[0]!.evidence![0]!.sentence,
    'signed a memorandum',
  );
});

test('the ingest summary counts each outcome once, near-duplicates among the ingested', () => {
  const summary = [
    { status: 'inserted', source: 'a', id: 'a', cluster: 'a', nearDuplicateOf: null },
    { status: 'inserted', source: 'b', id: 'b', cluster: 'a', nearDuplicateOf: 'a' },
    { status: 'duplicate', source: 'c', id: 'c', existingId: 'a' },
    { status: 'failed', source: 'd', reason: 'empty file' },
  ].reduce((s, o) => tally(s, o as Parameters<typeof tally>[1]), emptySummary());
  assert.deepEqual(summary, { ingested: 2, duplicates: 1, nearDuplicates: 1, failed: 1 });
  assert.equal(formatSummary(summary), 'ingested 2, skipped 1 as duplicate, 1 near-duplicate linked, failed 1');
});

test('floors: a list below its floor is reported, at the printed precision', () => {
  const dir = mkdtempSync(join(tmpdir(), 'coopgraph-floors-'));
  try {
    const file = join(dir, 'floors.json');
    writeFileSync(file, JSON.stringify({ dev: { micro: 0.5, actors: 0.667, flows: 0.9 } }));
    const gold = new Map([['d', { doc: 'd', actors: ['RU-ALT', 'UZ', 'KZ'], flows: [{ from: 'RU-ALT', to: 'UZ', goods: ['11'] }] }]]);
    const pred = new Map([['d', { doc: 'd', actors: ['RU-ALT', 'UZ'], flows: [] }]]);
    const result = scoreRecords(gold, pred); // actors F1 0.8, flows 0, micro 2/3
    const misses = belowFloors(result, readFloors(file, 'dev'));
    assert.deepEqual(
      misses.map((m) => m.key),
      ['flows'],
    );
    assert.throws(() => readFloors(file, 'seeds'), /no floors for the set "seeds" \(it has: dev\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('records are read from folders (gold/ preferred), JSON Lines and JSON arrays', () => {
  const dir = mkdtempSync(join(tmpdir(), 'coopgraph-records-'));
  try {
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ doc: 'a' }));
    writeFileSync(join(dir, 'more.jsonl'), '{"doc": "b"}\n\n{"doc": "c"}\n');
    assert.deepEqual([...readRecords(dir).keys()], ['a', 'b', 'c']);
    writeFileSync(join(dir, 'list.json'), JSON.stringify([{ doc: 'x' }, { doc: 'y' }]));
    assert.deepEqual([...readRecords(join(dir, 'list.json')).keys()], ['x', 'y']);
    writeFileSync(join(dir, 'bad.jsonl'), '{"doc": "b"}\n{"doc": \n');
    assert.throws(() => readRecords(join(dir, 'bad.jsonl')), /bad\.jsonl:2: /);
    writeFileSync(join(dir, 'nodoc.json'), '{"id": 1}');
    assert.throws(() => readRecords(join(dir, 'nodoc.json')), /without a string "doc"/);
    assert.throws(() => readRecords(join(dir, 'missing')), /no such file or folder/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
