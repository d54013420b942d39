// Runs in a worker thread: one document's analysis, returned as plain data (the stored record and
// its facts), so that the server's event loop never runs extraction.
import type { SourceDoc } from '../../core/doc.js';
import { analyzeSource, documentRecord } from '../pipeline.js';

export default function analyze(src: SourceDoc) {
  const { doc, facts } = analyzeSource(src);
  return { record: documentRecord(doc), facts };
}
