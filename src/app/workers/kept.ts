// Runs in a worker thread: the kept whole-store answers computed again over a connection of the
// worker's own, so that the merging (seconds on a large store) never blocks the server's reads.
import { refreshKept } from '../../query/knowledge/queries.js';
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/store.js';

const stores = new Map<string, Promise<Store>>();

export default async function refresh(target: string): Promise<void> {
  let store = stores.get(target);
  if (!store) stores.set(target, (store = openStore(target)));
  await refreshKept(await store);
}
