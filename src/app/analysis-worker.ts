// A worker thread of the analysis pool (app/pool.ts): one source document in, its stored form and
// facts out. Only these small results cross back to the caller's thread, not the whole Doc with
// its tokens and mentions.
import type { SourceDoc } from '../core/doc.js';
import type { FactsRecord } from '../core/facts.js';
import type { DocumentRecord } from '../store/store.js';
import { analyzeSource, documentRecord } from './pipeline.js';

export type Analyzed = { ok: true; record: DocumentRecord; facts: FactsRecord } | { ok: false; source: string; reason: string };

export default function analyze(src: SourceDoc): Analyzed {
  try {
    const { doc, facts } = analyzeSource(src);
    return { ok: true, record: documentRecord(doc), facts };
  } catch (e) {
    return { ok: false, source: src.source, reason: `analysis failed: ${(e as Error).message}` };
  }
}
