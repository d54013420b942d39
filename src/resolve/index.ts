// The whole analysis of one Doc, stage after stage: segmentation (text/), mentions (extract/),
// then parties, people and relations into the facts record (resolve/). Each stage adds a layer
// to the same object.
import type { Doc } from '../core/doc.js';
import type { FactsRecord } from '../core/facts.js';
import { segment } from '../text/segment.js';
import { tagMentions } from '../extract/mentions.js';
import { resolveFacts } from './facts.js';
import { linkTrace } from './trace.js';

export function analyze(doc: Doc): Doc {
  const { tokens, sentences } = segment(doc.text);
  doc.tokens = tokens;
  doc.sentences = sentences;
  tagMentions(doc);
  resolveFacts(doc);
  linkTrace(doc);
  return doc;
}

export function extractFacts(doc: Doc): FactsRecord {
  return analyze(doc).facts!;
}
