// A source document made ready for analysis: cleaned text with its offset map, the language and
// the content hash. Sentences, tokens and mentions are left for the later stages to fill.
import type { Doc, SourceDoc } from '../core/doc.js';
import { clean } from './clean.js';
import { contentHash, lshBands } from './fingerprint.js';
import { detectLang } from './lang.js';

export function prepare(src: SourceDoc): Doc {
  const { text, offsets } = clean(src.raw);
  return {
    ...src,
    url: src.url ?? null,
    lang: detectLang(text),
    text,
    offsets,
    hash: contentHash(text),
    sentences: [],
    tokens: [],
    mentions: [],
  };
}

/** Near-duplicate keys of a prepared document, for the store's `DocumentRecord.bands`. */
export function bandsOf(doc: Pick<Doc, 'text'>): string[] {
  return lshBands(doc.text);
}
