// Opening the configured store for a command or the server: one place that turns "cannot reach
// or write the database" into its own error, which the CLI maps to exit code 3, and that keeps
// the kept answers current after a command's writes.
import { refreshKept } from '../query/knowledge/queries.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/store.js';
import { StoreUnavailableError } from './errors.js';

/** Opens (and migrates) the store at `target`, else $COOPGRAPH_DB, else the default SQLite file. */
export async function connectStore(target?: string): Promise<Store> {
  try {
    return await openStore(target);
  } catch (e) {
    throw new StoreUnavailableError((e as Error).message, e);
  }
}

/**
 * Runs `work` with a connected store and closes the store afterwards, whatever happens. When
 * `work` changed the knowledge, the kept answers are computed again before closing, so the next
 * page or command reading the overview, the graph or a busy dossier finds them ready.
 */
export async function withStore<T>(target: string | undefined, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await connectStore(target);
  try {
    const before = await store.knowledge.version();
    const result = await work(store);
    if ((await store.knowledge.version()) !== before) await refreshKept(store);
    return result;
  } finally {
    await store.close();
  }
}
