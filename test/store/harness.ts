// Test databases for each engine: a temp SQLite file, or a PostgreSQL schema of its own (so that
// parallel runs never meet), with a raw query helper for looking under the Store interface.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import type { DocumentRecord } from '../../src/store/store.js';

export const PG_URL = process.env.COOPGRAPH_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDb {
  target: string;
  rows(query: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  drop(): Promise<void>;
}

function sqliteDb(): TestDb {
  const dir = mkdtempSync(join(tmpdir(), 'coopgraph-store-'));
  const target = join(dir, 'store.db');
  return {
    target,
    async rows(query, params = []) {
      const db = new BetterSqlite3(target, { readonly: true });
      try {
        return db.prepare(query).all(params) as Record<string, unknown>[];
      } finally {
        db.close();
      }
    },
    async drop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresDb(): Promise<TestDb> {
  const admin = new pg.Client(PG_URL);
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(
      `PostgreSQL is not reachable at ${PG_URL} (${(err as Error).message}). The store tests run against both engines ` +
        'and need it: start PostgreSQL or point COOPGRAPH_TEST_PG at one.',
      { cause: err },
    );
  }
  const schema = `coopgraph_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin.query(`create schema ${schema}`);
  await admin.query(`set search_path to ${schema}`);
  const sep = PG_URL.includes('?') ? '&' : '?';
  return {
    target: `${PG_URL}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    async rows(query, params = []) {
      // Numbered placeholders in PostgreSQL; the tests write `?` for both engines.
      let n = 0;
      return (
        await admin.query(
          query.replace(/\?/g, () => `$${++n}`),
          params,
        )
      ).rows;
    },
    async drop() {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}

export const ENGINES = [
  { name: 'sqlite', create: async () => sqliteDb() },
  { name: 'postgres', create: postgresDb },
] as const;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A document record for `text`; the hash follows the text unless given. */
export function makeDoc(id: string, text: string, more: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    id,
    source: `test/${id}.txt`,
    url: null,
    title: null,
    published: null,
    lang: 'ru',
    text,
    raw: text,
    offsets: [{ start: 0, rawStart: 0, length: text.length }],
    hash: sha256(text),
    bands: [],
    ...more,
  };
}

/**
 * The documents every concurrent writer puts: `groups` stories of `perGroup` near-duplicates
 * (each sharing the story's band key), plus one document per writer under an id all writers use.
 */
export function contestedDocs(writer: number, groups = 8, perGroup = 5): DocumentRecord[] {
  const docs: DocumentRecord[] = [];
  for (let g = 0; g < groups; g++) {
    for (let v = 0; v < perGroup; v++) {
      const text = `Story ${g}, version ${v}: delegations from two regions agreed to widen trade in grain and machinery.`;
      docs.push(makeDoc(`story-${g}-${v}`, text, { lang: 'en', bands: [`story-${g}`, `own-${g}-${v}`] }));
    }
  }
  docs.push(makeDoc('contested-id', `Writer ${writer} alone tells this: a trade mission is planned for the spring.`, { lang: 'en' }));
  return docs;
}

/** A deterministic shuffle, so that each writer takes the documents in its own order. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
