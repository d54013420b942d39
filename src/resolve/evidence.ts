// Evidence: where an item comes from, as a span of the cleaned text and its sentence, and the
// declared rule that made it (reported to the document's trace when one was asked for).
import type { Doc } from '../core/doc.js';
import type { Evidence } from '../core/facts.js';
import type { RuleName } from './rules.js';
import { recorder } from './trace.js';

export function evidence(doc: Doc, span: { start: number; end: number; sentence: number }, rule: RuleName): Evidence {
  const s = doc.sentences[span.sentence];
  const ev: Evidence = { start: span.start, end: span.end, sentence: s ? doc.text.slice(s.start, s.end) : undefined, rule };
  if (doc.trace) recorder(doc).fired(span, rule, ev);
  return ev;
}
