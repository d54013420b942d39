// Parties by name where the commands take codes: the gazetteer's names in any language; unknown
// or ambiguous names and unknown codes are usage errors (exit 2) listing the candidates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveParty } from '../../src/query/knowledge/party-names.js';
import { cli } from '../cli/run.js';

test('codes and names in Russian, English and Kazakh resolve to one party', () => {
  const code = (s: string) => {
    const r = resolveParty(s);
    assert.ok(r.ok, `${s}: ${r.ok ? '' : r.reason}`);
    return r.code;
  };
  assert.equal(code('RU-ALT'), 'RU-ALT');
  assert.equal(code('ru-alt'), 'RU-ALT');
  assert.equal(code('Алтайский край'), 'RU-ALT');
  assert.equal(code('алтайский  край'), 'RU-ALT');
  assert.equal(code('Altai Krai'), 'RU-ALT');
  assert.equal(code('Kazakhstan'), 'KZ');
  assert.equal(code('Казахстан'), 'KZ');
  assert.equal(code('ВКО'), 'KZ-VOS');
  // A region and a city of one name: the region.
  assert.equal(code('Altai'), 'RU-AL');
});

test('unknown codes and names are refused with the candidates', () => {
  const unknown = resolveParty('XX-YYY');
  assert.ok(!unknown.ok && /unknown party code XX-YYY/.test(unknown.reason));
  const none = resolveParty('Atlantis');
  assert.ok(!none.ok && /no party is named Atlantis/.test(none.reason));
  const several = resolveParty('Alta');
  assert.ok(!several.ok && several.candidates.length > 1, JSON.stringify(several));
  assert.ok(several.candidates.some((c) => c.code === 'RU-ALT'));
});

test('the CLI takes names, and says which were meant when it cannot tell (exit 2)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'coopgraph-names-'));
  try {
    const db = join(dir, 'store.db');
    const [byName, unknownCode, ambiguous] = await Promise.all([
      cli(['dossier', 'Алтайский край', '--json', '--db', db]),
      cli(['dossier', 'XX-YYY', '--db', db]),
      cli(['partners', 'Alta', '--db', db]),
    ]);
    assert.equal(byName.code, 0, byName.stderr);
    assert.equal(JSON.parse(byName.stdout).parties[0].code, 'RU-ALT');
    assert.equal(unknownCode.code, 2);
    assert.match(unknownCode.stderr, /unknown party code XX-YYY/);
    assert.equal(ambiguous.code, 2);
    assert.match(ambiguous.stderr, /ambiguous; did you mean one of:\n[\s\S]* {2}RU-ALT +region +Altai Krai/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
