// Where a store lives: argument, environment, default file; WAL mode; errors that name the target.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { DEFAULT_DB, openStore, resolveTarget } from '../../src/store/index.js';
import { makeDoc } from './harness.js';

let dir: string;
const cwd = process.cwd();
const envDb = process.env.COOPGRAPH_DB;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'coopgraph-open-'));
});

after(() => {
  process.chdir(cwd);
  if (envDb === undefined) delete process.env.COOPGRAPH_DB;
  else process.env.COOPGRAPH_DB = envDb;
  rmSync(dir, { recursive: true, force: true });
});

test('the argument wins, then COOPGRAPH_DB, then the default file', () => {
  assert.equal(resolveTarget('x.db', { COOPGRAPH_DB: 'y.db' }), 'x.db');
  assert.equal(resolveTarget(undefined, { COOPGRAPH_DB: 'postgres://h/db' }), 'postgres://h/db');
  assert.equal(resolveTarget(undefined, { COOPGRAPH_DB: '' }), DEFAULT_DB);
  assert.equal(resolveTarget(undefined, {}), './data/coopgraph.db');
});

test('with nothing said, opens ./data/coopgraph.db in WAL mode, creating the folder', async () => {
  process.chdir(dir);
  delete process.env.COOPGRAPH_DB;
  const store = await openStore();
  await store.close();
  const file = join(dir, 'data', 'coopgraph.db');
  assert.ok(existsSync(file));
  const raw = new BetterSqlite3(file, { readonly: true });
  assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
  raw.close();
});

test('COOPGRAPH_DB names the store when no argument does', async () => {
  process.env.COOPGRAPH_DB = join(dir, 'from-env', 'store.db');
  const store = await openStore();
  assert.equal(store.engine, 'sqlite');
  await store.close();
  assert.ok(existsSync(process.env.COOPGRAPH_DB));
});

test('an in-memory store works as a file does', async () => {
  const store = await openStore(':memory:');
  await store.putDocument(makeDoc('m', 'Делегация обсудила поставки угля.'), null);
  assert.deepEqual(
    (await store.search({ q: 'поставка' })).map((h) => h.id),
    ['m'],
  );
  await store.close();
});

test('a store that cannot be opened says which one', async () => {
  const notDb = join(dir, 'not-a-db.db');
  writeFileSync(notDb, 'plain words, not a database file '.repeat(100));
  await assert.rejects(openStore(notDb), (err: Error) => err.message.startsWith(`cannot open SQLite database ${notDb}: `));
  await assert.rejects(openStore(dir), /cannot open SQLite database .*coopgraph-open-/);
  await assert.rejects(openStore('postgres://postgres:secret@127.0.0.1:1/test'), (err: Error) => {
    assert.match(err.message, /^cannot open PostgreSQL database postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/test: /);
    assert.doesNotMatch(err.message, /secret/);
    return true;
  });
});
