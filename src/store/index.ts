// Opening a store: where it lives decides the engine, and nothing past this point asks which.
import type { Engine } from './engine.js';
import { openPostgres } from './postgres/index.js';
import { openSqlite } from './sqlite/index.js';
import { SqlStore } from './sql-store.js';
import type { Store } from './store.js';

export type * from './store.js';
export type * from './jobs.js';

export const DEFAULT_DB = './data/coopgraph.db';

/** The store location: the argument, else $COOPGRAPH_DB, else the default SQLite file. */
export function resolveTarget(target?: string, env: NodeJS.ProcessEnv = process.env): string {
  return target || env.COOPGRAPH_DB || DEFAULT_DB;
}

function isPostgres(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** The target for messages, without a password. */
function describeTarget(target: string): string {
  if (!isPostgres(target)) return `SQLite database ${target}`;
  try {
    const url = new URL(target);
    if (url.password) url.password = '***';
    return `PostgreSQL database ${url.toString()}`;
  } catch {
    return 'PostgreSQL database (unparsable URL)';
  }
}

/**
 * Opens (creating if needed) and migrates a store: a `postgres://` or `postgresql://` URL opens
 * PostgreSQL, anything else is an SQLite file path (`:memory:` too).
 */
export async function openStore(target?: string): Promise<Store> {
  const where = resolveTarget(target);
  let engine: Engine | undefined;
  try {
    engine = isPostgres(where) ? openPostgres(where) : openSqlite(where);
    const store = new SqlStore(engine);
    await store.migrate();
    return store;
  } catch (err) {
    await engine?.db.destroy().catch(() => undefined);
    throw new Error(`cannot open ${describeTarget(where)}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}
