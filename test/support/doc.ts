// A Doc made straight from a text, as a test's starting point (no ingest, no cleaning).
import type { Doc } from '../../src/core/doc.js';
import type { FactsRecord } from '../../src/core/facts.js';
import { extractFacts } from '../../src/resolve/index.js';

export function docOf(text: string, lang: string, published: string | null = '2025-04-10'): Doc {
  return {
    id: 't',
    source: 't',
    title: null,
    published,
    raw: text,
    text,
    lang,
    offsets: [],
    hash: '',
    sentences: [],
    tokens: [],
    mentions: [],
  };
}

export function factsOf(text: string, lang: string, published: string | null = '2025-04-10'): FactsRecord {
  return extractFacts(docOf(text, lang, published));
}
