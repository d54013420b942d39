// Evidence: where an item comes from, as a span of the cleaned text and its sentence.
import type { Doc } from '../core/doc.js';
import type { Evidence } from '../core/facts.js';

export function evidence(doc: Doc, span: { start: number; end: number; sentence: number }, rule: string): Evidence {
  const s = doc.sentences[span.sentence];
  return { start: span.start, end: span.end, sentence: s ? doc.text.slice(s.start, s.end) : undefined, rule };
}
