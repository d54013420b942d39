// Runs in a worker thread: a whole-store read (the overview, the graph, a dossier, partners, a
// timeline) over a connection of the worker's own. When the knowledge changed since its answer was
// kept, such a read merges every item again (seconds on a large store): here that never holds up
// the server's other requests.
import * as Q from '../../query/knowledge/queries.js';
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/store.js';

export type HeavyRead =
  | { name: 'overview'; args: [] }
  | { name: 'graph'; args: [Q.GraphQuery] }
  | { name: 'dossier'; args: [string, string | undefined, Q.DossierOptions] }
  | { name: 'partners'; args: [string, number | undefined] }
  | { name: 'timeline'; args: [Q.TimelineQuery] };

const stores = new Map<string, Promise<Store>>();

export default async function read({ target, read }: { target: string; read: HeavyRead }): Promise<unknown> {
  let store = stores.get(target);
  if (!store) stores.set(target, (store = openStore(target)));
  const s = await store;
  switch (read.name) {
    case 'overview':
      return Q.overview(s);
    case 'graph':
      return Q.graph(s, ...read.args);
    case 'dossier':
      return Q.dossier(s, ...read.args);
    case 'partners':
      return Q.partners(s, ...read.args);
    case 'timeline':
      return Q.timeline(s, ...read.args);
  }
}
