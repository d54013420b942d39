import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINES, type TestDb } from '../store/harness.js';
import { ROOT, cli, fixture } from './run.js';

const ARTICLES = ['chelyabinsk-tashkent', 'irkutsk-mongolia', 'kurgan-kostanay', 'orenburg-aktobe', 'tyva-mongolia'];

test('--help works for every command and documents the exit codes', async () => {
  const commands = [[], ['ingest'], ['docs'], ['docs', 'list'], ['docs', 'show'], ['search'], ['extract'], ['eval'], ['serve']];
  const runs = await Promise.all(commands.map((c) => cli([...c, '--help'])));
  runs.forEach((run, i) => {
    assert.equal(run.code, 0, `${commands[i]!.join(' ')} --help: ${run.stderr}`);
    assert.match(run.stdout, new RegExp(`^Usage: coopgraph ${commands[i]!.join(' ')}`.trimEnd()));
  });
  assert.match(runs[0]!.stdout, /Exit codes:[\s\S]*3 {2}the store cannot be reached/);
});

test('usage errors exit 2', async () => {
  const runs = await Promise.all([
    cli(['search']),
    cli(['docs', 'list', '--limit', '0']),
    cli(['frobnicate']),
    cli(['docs', 'list', '--from', '2025-13-01']),
  ]);
  for (const run of runs) assert.equal(run.code, 2, run.stderr);
  assert.match(runs[1]!.stderr, /--limit/);
});

test('an unreachable store exits 3', async () => {
  const run = await cli(['docs', 'list', '--db', 'postgres://postgres@127.0.0.1:1/none']);
  assert.equal(run.code, 3);
  assert.match(run.stderr, /^coopgraph: cannot open PostgreSQL/);
});

test('extract prints one facts record per document, ids from file names', async () => {
  const run = await cli(['extract', fixture('articles')]);
  assert.equal(run.code, 0, run.stderr);
  const records = run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(records.map((r) => r.doc).sort(), ARTICLES);
  const kurgan = records.find((r) => r.doc === 'kurgan-kostanay');
  assert.equal(kurgan.lang, 'ru');
  assert.equal(kurgan.published, '2025-02-11');
  for (const list of ['actors', 'people', 'events', 'agreements', 'flows', 'figures', 'sectors', 'plans'])
    assert.ok(Array.isArray(kurgan[list]), list);
  assert.ok(!run.stdout.includes('"evidence"'), 'plain output leaves evidence out');
});

test('extract reads stdin, --pretty indents, --explain gives each item its sentence', async () => {
  const text =
    ' date 2025-05-14\nBuryatia and Mongolia sign a tourism agreement\n\nThe Republic of Buryatia and Mongolia signed an agreement on tourism in Ulan-Ude.\n';
  const pretty = await cli(['extract', '--pretty', '-'], { input: text });
  assert.equal(pretty.code, 0, pretty.stderr);
  assert.match(pretty.stdout, /^\{\n {2}"doc": "stdin"/);
  const explained = await cli(['extract', '--explain', '-'], { input: text });
  const record = JSON.parse(explained.stdout);
  for (const list of ['people', 'events', 'agreements', 'flows', 'figures', 'plans'])
    for (const item of record[list])
      for (const ev of item.evidence ?? []) {
        assert.equal(typeof ev.sentence, 'string');
        assert.ok(ev.start <= ev.end);
        assert.ok(ev.rule, `${list}: every item names its rule`);
      }
  // A sector is a plain name in the record: its words stand beside the list, with the rule that kept them.
  assert.deepEqual(record.sectors, ['tourism']);
  const named = record.sectorEvidence as { sector: string; rule: string; sentence: string }[];
  assert.ok(named.length >= 1);
  for (const e of named) {
    assert.deepEqual([e.sector, e.rule], ['tourism', 'sector']);
    assert.match(e.sentence, /tourism/);
  }
  assert.equal(JSON.parse(pretty.stdout).sectorEvidence, undefined, 'plain output keeps to the contract');
});

test('extract --explain --trace prints the rules per sentence; with --json one entry a line', async () => {
  const text =
    ' date 2025-05-14\nBuryatia and Mongolia\n\nThe Republic of Buryatia and Mongolia signed an agreement on tourism in Ulan-Ude.\nThe Head of Buryatia will visit Mongolia in the autumn.\nEarlier, Buryatia and Mongolia signed a memorandum.\n';
  const run = await cli(['extract', '--explain', '--trace', '-'], { input: text });
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^stdin · en · published 2025-05-14/);
  assert.match(run.stdout, /\[\d+\] The Republic of Buryatia and Mongolia signed/);
  assert.match(run.stdout, /\+ signing +«signed» → events: signing/);
  assert.match(run.stdout, /- signing +«signed» stopped by recalls: /);
  const json = await cli(['extract', '--trace', '--json', '-'], { input: text });
  const entries = json.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { doc: string; rule: string; outcome: string; check?: string });
  assert.ok(entries.length > 2 && entries.every((e) => e.doc === 'stdin'));
  assert.ok(
    entries.some((e) => e.rule === 'signing' && e.outcome === 'stopped' && e.check === 'recalls'),
    json.stdout,
  );
});

test('extract names unreadable files on stderr and exits 1', async () => {
  const run = await cli(['extract', fixture('broken'), fixture('articles', 'kurgan-kostanay.txt')]);
  assert.equal(run.code, 1);
  assert.equal(run.stdout.trim().split('\n').length, 1);
  for (const name of ['empty.txt', 'bad-record.json', 'blank.txt'])
    assert.match(run.stderr, new RegExp(`^coopgraph: .*${name.replace('.', '\\.')}: `, 'm'));
});

test('eval prints the score table and holds scores against floors', async () => {
  const gold = fixture('goldset');
  const plain = await cli(['eval', '--gold', gold]);
  assert.equal(plain.code, 0, plain.stderr);
  assert.match(plain.stdout, /^documents: 1 in gold, 0 of them without a predicted record\nlist {8}gold {2}pred {4}tp/);
  assert.match(plain.stdout, /\nmicro-F1 \d\.\d{3}\n$/);
  const met = await cli(['eval', '--gold', gold, '--floors', join(gold, 'floors.json'), '--json']);
  assert.equal(met.code, 0, met.stderr);
  const scores = JSON.parse(met.stdout);
  assert.equal(scores.set, 'goldset');
  assert.deepEqual(scores.below_floors, []);
  const missed = await cli(['eval', '--gold', gold, '--floors', join(gold, 'floors.json'), '--set', 'strict']);
  assert.equal(missed.code, 1);
  assert.match(missed.stdout, /below floor: micro \d\.\d{3} < 1\.01/);
  const unknown = await cli(['eval', '--gold', gold, '--floors', join(gold, 'floors.json'), '--set', 'nope']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /no floors for the set "nope"/);
});

for (const engine of ENGINES) {
  describe(`with a ${engine.name} store`, () => {
    let db: TestDb;
    before(async () => {
      db = await engine.create();
    });
    after(() => db.drop());

    test('ingest stores good files, names bad ones and exits 1; a second run skips everything', async () => {
      const first = await cli(['ingest', fixture('articles'), fixture('broken'), '--db', db.target]);
      assert.equal(first.code, 1);
      assert.equal(first.stdout.trim(), 'ingested 5, skipped 0 as duplicate, 0 near-duplicate linked, failed 3');
      for (const name of ['empty.txt', 'bad-record.json', 'blank.txt'])
        assert.match(first.stderr, new RegExp(`^coopgraph: .*${name.replace('.', '\\.')}: `, 'm'));
      const list = await cli(['docs', 'list', '--json', '--db', db.target]);
      assert.deepEqual(
        JSON.parse(list.stdout)
          .map((d: { id: string }) => d.id)
          .sort(),
        ARTICLES,
      );

      const second = await cli(['ingest', fixture('articles'), '--json', '--db', db.target]);
      assert.equal(second.code, 0, second.stderr);
      const summary = JSON.parse(second.stdout);
      assert.deepEqual([summary.ingested, summary.duplicates, summary.failed], [0, 5, 0]);
      assert.ok(summary.outcomes.every((o: { status: string }) => o.status === 'duplicate'));
    });

    test('docs list filters and pages; docs show prints metadata and text, --json the full record', async () => {
      const ru = JSON.parse((await cli(['docs', 'list', '--lang', 'ru', '--json', '--db', db.target])).stdout);
      assert.deepEqual(ru.map((d: { id: string }) => d.id).sort(), ['irkutsk-mongolia', 'kurgan-kostanay', 'tyva-mongolia']);
      const spring = JSON.parse(
        (await cli(['docs', 'list', '--from', '2025-03-01', '--to', '2025-05-31', '--limit', '2', '--json', '--db', db.target])).stdout,
      );
      assert.deepEqual(
        spring.map((d: { id: string }) => d.id),
        ['tyva-mongolia', 'orenburg-aktobe'],
      );
      const show = await cli(['docs', 'show', 'kurgan-kostanay', '--db', db.target]);
      assert.equal(show.code, 0, show.stderr);
      assert.match(
        show.stdout,
        /^id: {8}kurgan-kostanay\ntitle: {5}Курганская и Костанайская области обсудили поставки зерна\npublished: 2025-02-11\n/,
      );
      assert.match(show.stdout, /комбикормов/);
      const full = JSON.parse((await cli(['docs', 'show', 'kurgan-kostanay', '--json', '--db', db.target])).stdout);
      assert.equal(full.facts.doc, 'kurgan-kostanay');
      assert.equal(typeof full.text, 'string');
      const missing = await cli(['docs', 'show', 'no-such-doc', '--db', db.target]);
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /no-such-doc: no such document/);
    });

    test('search finds inflected forms and marks them', async () => {
      // "зерно" finds "зерна"; "route" finds "route" and "routes"
      const ru = await cli(['search', 'зерно', '--db', db.target]);
      assert.equal(ru.code, 0, ru.stderr);
      assert.match(ru.stdout, /^kurgan-kostanay +2025-02-11 +ru +Курганская/);
      assert.match(ru.stdout, /\[\[зерна\]\]/);
      const en = JSON.parse((await cli(['search', 'routes', '--lang', 'en', '--json', '--db', db.target])).stdout);
      assert.deepEqual(
        en.map((h: { id: string }) => h.id),
        ['orenburg-aktobe'],
      );
      assert.match(en[0].snippet, /\[\[route\]\]/);
    });
  });
}

test('ingest reads stdin and the default store comes from COOPGRAPH_DB', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'coopgraph-cli-'));
  try {
    const env = { COOPGRAPH_DB: join(dir, 'env.db') };
    const text = 'Tomsk Region and Kazakhstan agreed to widen student exchanges between their universities.';
    const run = await cli(['ingest', '-'], { input: text, env });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout.trim(), 'ingested 1, skipped 0 as duplicate, 0 near-duplicate linked, failed 0');
    const list = JSON.parse((await cli(['docs', 'list', '--json'], { env })).stdout);
    assert.deepEqual(
      list.map((d: { id: string }) => d.id),
      ['stdin'],
    );
    writeFileSync(join(dir, 'x.txt'), text);
    const again = await cli(['ingest', join(dir, 'x.txt')], { env });
    assert.match(again.stdout, /skipped 1 as duplicate/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the examples ingest cleanly, the reprinted story linked as a near-duplicate', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'coopgraph-examples-'));
  try {
    const run = await cli(['ingest', join(ROOT, 'examples'), '--json', '--db', join(dir, 'examples.db')]);
    assert.equal(run.code, 0, run.stderr);
    const summary = JSON.parse(run.stdout);
    assert.deepEqual([summary.ingested, summary.nearDuplicates, summary.failed], [10, 1, 0]);
    const near = summary.outcomes.find((o: { nearDuplicateOf: string | null }) => o.nearDuplicateOf);
    assert.deepEqual([near.id, near.nearDuplicateOf].sort(), ['altai-vko-roadmap', 'altai-vko-roadmap-reprint']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('analysis on worker threads stores what analysis in the main thread stores, in the same order', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'coopgraph-threads-'));
  try {
    const runs = [];
    for (const threads of ['1', '2']) {
      const db = join(dir, `threads-${threads}.db`);
      const run = await cli(['ingest', join(ROOT, 'examples'), fixture('broken'), '--threads', threads, '--json', '--db', db]);
      assert.equal(run.code, 1, run.stderr); // the broken fixtures fail alike on both
      const exported = await cli(['export', '--what', 'facts', '--db', db]);
      assert.equal(exported.code, 0, exported.stderr);
      runs.push({ outcomes: JSON.parse(run.stdout).outcomes, facts: exported.stdout });
    }
    assert.deepEqual(runs[1]!.outcomes, runs[0]!.outcomes);
    assert.equal(runs[1]!.facts, runs[0]!.facts);
    assert.ok(runs[0]!.facts.length > 1000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
