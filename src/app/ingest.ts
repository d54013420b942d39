// The ingest use case: analyzed documents into the store, one outcome per source, and the
// summary the CLI prints and the API returns.
import type { SourceDoc } from '../core/doc.js';
import type { FactsRecord } from '../core/facts.js';
import type { DocumentRecord, Store } from '../store/store.js';
import type { SourceResult } from '../ingest/read.js';
import { analyzeSource, documentRecord } from './pipeline.js';
import { analysisPool, type AnalysisPool } from './pool.js';
import { StoreUnavailableError } from './errors.js';
import { ENGINE_VERSION } from './knowledge.js';

export type StoredOutcome =
  | { status: 'inserted'; source: string; id: string; cluster: string; nearDuplicateOf: string | null }
  | { status: 'duplicate'; source: string; id: string; existingId: string };
export type IngestOutcome = StoredOutcome | { status: 'failed'; source: string; reason: string };

export interface IngestSummary {
  /** Documents stored, near-duplicates included. */
  ingested: number;
  /** Identical content already in the store: not stored again. */
  duplicates: number;
  /** Stored documents that joined the story cluster of a near-duplicate. */
  nearDuplicates: number;
  failed: number;
}

/** Analysis in the caller's thread, one document after another. */
const inline = analysisPool(1);

/**
 * Analyzes and stores each source, in order. With a pool of worker threads (`analysisPool(n)`)
 * the documents are analyzed on every core while this thread writes.
 */
export async function* ingestSources(
  store: Store,
  sources: AsyncIterable<SourceResult>,
  pool: AnalysisPool = inline,
): AsyncGenerator<IngestOutcome> {
  for await (const analysis of pool.analyze(sources)) {
    if (!analysis.ok) {
      yield { status: 'failed', source: analysis.source, reason: analysis.reason };
      continue;
    }
    yield await put(store, analysis.record, analysis.facts);
  }
}

/** One document given whole (the API's POST): analysis errors propagate to the caller. */
export async function ingestDocument(store: Store, src: SourceDoc): Promise<StoredOutcome> {
  const { doc, facts } = analyzeSource(src);
  return put(store, documentRecord(doc), facts);
}

/** A document analyzed elsewhere (a worker thread): stored as `ingestDocument` stores it. */
export async function ingestAnalyzed(store: Store, record: DocumentRecord, facts: FactsRecord): Promise<StoredOutcome> {
  return put(store, record, facts);
}

/** A write that fails is the store failing (not the document), so the run stops there. */
async function put(store: Store, record: DocumentRecord, facts: FactsRecord): Promise<StoredOutcome> {
  try {
    // The document, its facts and its items (indexed by party) commit together or not at all.
    const outcome = await store.putDocument(record, facts, { engineVersion: ENGINE_VERSION });
    return { source: record.source, ...outcome };
  } catch (e) {
    throw new StoreUnavailableError(`the store failed to save ${record.id}: ${(e as Error).message}`, e);
  }
}

export function emptySummary(): IngestSummary {
  return { ingested: 0, duplicates: 0, nearDuplicates: 0, failed: 0 };
}

export function tally(summary: IngestSummary, outcome: IngestOutcome): IngestSummary {
  if (outcome.status === 'inserted') {
    summary.ingested++;
    if (outcome.nearDuplicateOf) summary.nearDuplicates++;
  } else if (outcome.status === 'duplicate') summary.duplicates++;
  else summary.failed++;
  return summary;
}

export function formatSummary(s: IngestSummary): string {
  return `ingested ${s.ingested}, skipped ${s.duplicates} as duplicate, ${s.nearDuplicates} near-duplicate linked, failed ${s.failed}`;
}
