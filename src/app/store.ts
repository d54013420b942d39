// Opening the configured store for a command or the server: one place that turns "cannot reach
// or write the database" into its own error, which the CLI maps to exit code 3.
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

/** Runs `work` with a connected store and closes the store afterwards, whatever happens. */
export async function withStore<T>(target: string | undefined, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await connectStore(target);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
