// Knowledge-base use cases: keeping the fact-item projection in step with the facts (one
// document at ingest, all of them at re-extraction), re-extraction itself, and curation.
import type { FactsRecord } from '../core/facts.js';
import { applyCuration, projectRecord, type CurationAction, type ItemList, type ItemRow } from '../store/items.js';
import type { Store } from '../store/store.js';
import { analyzeSource } from './pipeline.js';
import { append } from '../core/append.js';

/** The extraction engine's version, stored beside every facts record it makes. */
export const ENGINE_VERSION = '0.1.0';

const BATCH = 500;

/** Rebuilds the projection rows of one document from its facts and curation. */
export async function projectDocument(store: Store, id: string): Promise<number> {
  const [facts, doc, curations] = await Promise.all([store.getFacts(id), store.getDocument(id), store.knowledge.curations(id)]);
  const rows = facts && doc ? projectRecord(applyCuration(facts, curations), doc.cluster) : [];
  await store.knowledge.replaceItems([id], rows);
  return rows.length;
}

/** Rebuilds the whole projection, in batches of documents; returns the number of items. */
export async function rebuildKnowledge(store: Store, onBatch?: (done: number) => void): Promise<number> {
  const docs = await store.listDocuments({});
  const curations = await store.knowledge.curations();
  let items = 0;
  for (let i = 0; i < docs.length; i += BATCH) {
    const batch = docs.slice(i, i + BATCH);
    const rows: ItemRow[] = [];
    for (const d of batch) {
      const facts = await store.getFacts(d.id);
      if (facts) append(rows, projectRecord(applyCuration(facts, curations), d.cluster));
    }
    await store.knowledge.replaceItems(
      batch.map((d) => d.id),
      rows,
    );
    items += rows.length;
    onBatch?.(i + batch.length);
  }
  return items;
}

export interface ReextractSummary {
  documents: number;
  /** Documents whose machine facts came out different from the stored ones. */
  changed: number;
  failed: { id: string; reason: string }[];
  items: number;
  engineVersion: string;
}

/** A record's content, comparable across engines (jsonb reorders keys) and without evidence offsets. */
const canonical = (f: FactsRecord) =>
  JSON.stringify(f, (k, v: unknown) =>
    k === 'evidence'
      ? undefined
      : v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
        : v,
  );

/**
 * Runs extraction again over every stored document, from its stored raw text (sources are not
 * read again), replaces the machine facts and rebuilds the projection. Curation is untouched and
 * applies again on the rebuild.
 */
export async function reextract(store: Store, onDoc?: (done: number, total: number) => void): Promise<ReextractSummary> {
  const docs = await store.listDocuments({});
  const summary: ReextractSummary = { documents: docs.length, changed: 0, failed: [], items: 0, engineVersion: ENGINE_VERSION };
  for (const [n, d] of docs.entries()) {
    const doc = await store.getDocument(d.id);
    if (!doc) continue;
    try {
      const { facts } = analyzeSource({
        id: doc.id,
        source: doc.source,
        title: doc.title,
        published: doc.published,
        raw: doc.raw,
        url: doc.url,
      });
      const fresh = { ...facts, doc: doc.id };
      const old = await store.getFacts(doc.id);
      if (!old || canonical(old) !== canonical(fresh)) summary.changed++;
      await store.putFacts(doc.id, fresh, { engineVersion: ENGINE_VERSION });
    } catch (e) {
      summary.failed.push({ id: doc.id, reason: (e as Error).message });
    }
    onDoc?.(n + 1, docs.length);
  }
  summary.items = await rebuildKnowledge(store);
  return summary;
}

export class NotFoundError extends Error {}

/**
 * Confirms, rejects or corrects one item, named by its place in the document's facts as served
 * (curation applied). The decision is keyed by the item's content, so it outlives re-extraction.
 */
export async function curate(
  store: Store,
  target: { doc: string; list: ItemList; index: number },
  action: CurationAction,
  options: { item?: unknown; by?: string | null } = {},
): Promise<{ key: string; action: CurationAction; item: unknown }> {
  const facts = await store.getFacts(target.doc);
  if (!facts) throw new NotFoundError(`no facts for document ${target.doc}`);
  const curated = applyCuration(facts, await store.knowledge.curations(target.doc));
  const mark = curated.marks[target.list]?.[target.index];
  if (!mark) throw new NotFoundError(`no item ${target.list}[${target.index}] in document ${target.doc}`);
  if (action === 'correct' && options.item === undefined) throw new Error('a correction needs the corrected item');
  const item = action === 'correct' ? options.item : (curated.record[target.list] as unknown[])[target.index];
  await store.knowledge.putCuration({
    key: mark.key,
    doc: target.doc,
    list: target.list,
    action,
    ...(action === 'correct' ? { item } : {}),
    by: options.by ?? null,
  });
  await projectDocument(store, target.doc);
  return { key: mark.key, action, item };
}
