// The knowledge-base commands end to end (SQLite file; the API and query tests cover both engines).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { cli } from '../cli/run.js';
import { FIXTURES } from './helpers.js';

let dir: string;
let db: string[];
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'coopgraph-kb-cli-'));
  db = ['--db', join(dir, 'kb.db')];
  assert.equal((await cli(['ingest', FIXTURES, ...db])).code, 0);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('partners, dossier, timeline, graph and export print what the store knows', async () => {
  const partners = await cli(['partners', 'RU-ALT', '--json', ...db]);
  assert.equal(JSON.parse(partners.stdout)[0].party, 'KZ');
  const md = await cli(['dossier', 'RU-ALT', 'KZ', '--format', 'md', ...db]);
  assert.equal(md.code, 0);
  assert.match(md.stdout, /## Commitments\n\n- fulfilled: visit KZ-VOS – RU-ALT for 2025 — fulfilled by visit 2025-06-03/);
  const json = JSON.parse((await cli(['dossier', 'RU-ALT', '--json', '--today', '2023-06-01', ...db])).stdout);
  assert.equal(json.today, '2023-06-01');
  assert.match((await cli(['timeline', '--party', 'KZ-VOS', ...db])).stdout, /^2025-06-03 {2}visit/);
  assert.match((await cli(['graph', '--format', 'gexf', ...db])).stdout, /<gexf/);
  assert.match((await cli(['export', '--what', 'flows', '--format', 'csv', ...db])).stdout, /^from,to,chapter/);
  assert.equal((await cli(['dossier', 'RU-ALT', '--format', 'pdf', ...db])).code, 2);
});

test('curation, people and tokens from the command line; reextract keeps decisions', async () => {
  const rejected = await cli(['curate', 'reject', 'mongolia-plan', 'plans', '0', ...db]);
  assert.equal(rejected.code, 0, rejected.stderr);
  assert.equal((await cli(['curate', 'confirm', 'mongolia-plan', 'plans', '5', ...db])).code, 1);
  const re = JSON.parse((await cli(['reextract', '--json', ...db])).stdout);
  assert.deepEqual([re.documents, re.changed, re.failed], [5, 0, []]);
  const mn = JSON.parse((await cli(['dossier', 'RU-ALT', 'MN', '--json', ...db])).stdout);
  assert.deepEqual(mn.commitments, []);
  assert.equal((await cli(['people', 'alias', 'tomenko-v', 'Tomenko V.', ...db])).code, 0);
  const people = JSON.parse((await cli(['people', 'list', '--party', 'RU-ALT', '--json', ...db])).stdout);
  assert.ok(people[0].aliases.includes('Tomenko V.'));
  const token = await cli(['token', 'add', 'alice', '--role', 'admin', ...db]);
  assert.match(token.stdout.trim(), /^[\w-]{32}$/);
});
