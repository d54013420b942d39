// Runs in a worker thread: a read that merges many items (a dossier, the graph over a span of
// dates) over a connection of the worker's own. When the knowledge changed since its answer was
// kept, such a read merges its items again (seconds for a busy party on a large store): here that
// never holds up the server's other requests. The overview, the whole graph, partners and
// timelines read what every write keeps current and are served on the event loop.
import * as Q from '../../query/knowledge/queries.js';
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/store.js';

export type HeavyRead = { name: 'graph'; args: [Q.GraphQuery] } | { name: 'dossier'; args: [string, string | undefined, Q.DossierOptions] };

const stores = new Map<string, Promise<Store>>();

export default async function read({ target, read }: { target: string; read: HeavyRead }): Promise<unknown> {
  let store = stores.get(target);
  if (!store) stores.set(target, (store = openStore(target)));
  const s = await store;
  switch (read.name) {
    case 'graph':
      return Q.graph(s, ...read.args);
    case 'dossier':
      return Q.dossier(s, ...read.args);
  }
}
