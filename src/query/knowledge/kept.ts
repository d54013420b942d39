// Answers that read much of the knowledge base (the overview, the graph, a busy party's dossier)
// are kept in the store, stamped with the knowledge version they were computed at, and served
// while that version is current: a page then costs a lookup instead of a merge of every item.
// Staleness is decided by the version alone, so nothing can serve an answer older than the
// data; refreshing after a write (refreshKept in queries.ts) only spares the next reader the wait.
import type { Store } from '../../store/store.js';

interface Entry {
  version: number;
  body: unknown;
}

/** Per store object, the answers already parsed in this process, at one version. */
const memo = new WeakMap<Store, { version: number; entries: Map<string, Entry> }>();
/** Parsed answers kept per process; the store keeps them all. */
const MEMO_SIZE = 64;

function memoOf(store: Store, version: number): Map<string, Entry> {
  let m = memo.get(store);
  if (!m || m.version !== version) memo.set(store, (m = { version, entries: new Map() }));
  return m.entries;
}

function remember(entries: Map<string, Entry>, name: string, entry: Entry): void {
  if (entries.size >= MEMO_SIZE) entries.delete(entries.keys().next().value!);
  entries.set(name, entry);
}

/**
 * The answer kept under `name` if it is current, else `compute`d and kept. `compute` returns
 * bodies by name, `name` among them: one pass over the items may answer several questions.
 */
export async function kept<T>(store: Store, name: string, compute: () => Promise<Record<string, unknown>>): Promise<T> {
  const version = await store.knowledge.version();
  const entries = memoOf(store, version);
  const own = entries.get(name);
  if (own) return own.body as T;
  const stored = await store.knowledge.summary(name);
  if (stored?.version === version) {
    remember(entries, name, stored);
    return stored.body as T;
  }
  const bodies = await compute();
  if (!(name in bodies)) throw new Error(`kept answer ${name} was not computed`);
  for (const [n, body] of Object.entries(bodies)) {
    await store.knowledge.putSummary(n, version, body);
    remember(entries, n, { version, body });
  }
  return bodies[name] as T;
}
