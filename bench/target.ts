// A throwaway store for a benchmark: a SQLite file in a temporary folder, or a schema of its own in
// the local PostgreSQL (COOPGRAPH_BENCH_PG), dropped afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const PG_URL = process.env.COOPGRAPH_BENCH_PG || 'postgres://postgres@127.0.0.1:5432/test';

export async function scratchStore(engine: string, name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), `coopgraph-${name}-`));
    return { url: join(dir, 'bench.db'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const schema = `coopgraph_${name}_${process.pid}`;
  const admin = new pg.Client(PG_URL);
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const sep = PG_URL.includes('?') ? '&' : '?';
  return {
    url: `${PG_URL}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
    drop: async () => {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}
