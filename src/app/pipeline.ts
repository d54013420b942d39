// The analysis pipeline as one call per document: a source document is prepared (cleaned,
// language, segmentation) and its facts extracted. Shared by ingest, extract, eval and the API.
import { emptyTrace, type Doc, type SourceDoc } from '../core/doc.js';
import type { FactsRecord } from '../core/facts.js';
import type { DocumentRecord } from '../store/store.js';
import { bandsOf, prepare } from '../text/prepare.js';
import type { SourceResult } from '../ingest/read.js';
import { extractFacts } from '../resolve/index.js';
import { DocumentTooLargeError } from './errors.js';

export type Analysis = { ok: true; doc: Doc; facts: FactsRecord } | { ok: false; source: string; reason: string };

/**
 * The longest text analyzed, in characters: about 50 long articles. Extraction grows faster than
 * the text on long ones (a 1 MB text took most of a minute), and no news article comes near this.
 */
export const MAX_ARTICLE_CHARS = 200_000;

export interface AnalysisOptions {
  /** Record the trace layer (`doc.trace`): the rules that fired and the ones stopped, per sentence. */
  trace?: boolean;
}

export function analyzeSource(src: SourceDoc, options: AnalysisOptions = {}): { doc: Doc; facts: FactsRecord } {
  if (src.raw.length > MAX_ARTICLE_CHARS)
    throw new DocumentTooLargeError(
      `document ${src.id}: the text is ${src.raw.length} characters, over the ${MAX_ARTICLE_CHARS} that one article may have`,
    );
  const doc = prepare(src);
  if (options.trace) doc.trace = emptyTrace();
  return { doc, facts: extractFacts(doc) };
}

/** Analyzes every source read; a document that fails analysis is reported like an unreadable one. */
export async function* analyzeSources(sources: AsyncIterable<SourceResult>, options: AnalysisOptions = {}): AsyncGenerator<Analysis> {
  for await (const read of sources) {
    if (!read.ok) {
      yield read;
      continue;
    }
    try {
      yield { ok: true, ...analyzeSource(read.doc, options) };
    } catch (e) {
      yield { ok: false, source: read.doc.source, reason: `analysis failed: ${(e as Error).message}` };
    }
  }
}

/** The stored form of an analyzed document: its fields plus the near-duplicate band keys. */
export function documentRecord(doc: Doc): DocumentRecord {
  return {
    id: doc.id,
    source: doc.source,
    url: doc.url ?? null,
    title: doc.title,
    published: doc.published,
    lang: doc.lang,
    text: doc.text,
    raw: doc.raw,
    offsets: doc.offsets,
    hash: doc.hash,
    bands: bandsOf(doc),
  };
}
