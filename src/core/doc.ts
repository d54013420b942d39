// The one document object that threads the pipeline. Each stage adds a layer and never
// reaches back: ingest fills the source fields and `text`; text/ adds sentences and tokens;
// extract/ adds mentions; resolve/ and the relation rules add facts.
import type { FactsRecord } from './facts.js';

export type Lang = 'ru' | 'en' | 'kk' | 'uz' | 'ky' | string;

/** Where a document came from, before any analysis. */
export interface SourceDoc {
  /** Stable id: the file name without extension, a record's own id, or a feed item's guid. */
  id: string;
  /** File path or URL the document was read from. */
  source: string;
  title: string | null;
  /** YYYY-MM-DD or null when the document does not say. */
  published: string | null;
  /** Text as read from the source (decoded, markup removed), before cleaning. */
  raw: string;
  /** Original URL where the record gives one. */
  url?: string | null;
}

/**
 * A map from cleaned-text offsets back to raw-text offsets: sorted segments, each saying that
 * `text[start, start+length)` was copied from `raw[rawStart, rawStart+length)`.
 */
export interface OffsetSegment {
  start: number;
  rawStart: number;
  length: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
}

export interface Token extends Span {
  /** Surface form as in the text. */
  text: string;
  /** Lower-cased, ё folded to е. */
  lower: string;
  /** Index of the sentence that holds the token. */
  sentence: number;
  kind: 'word' | 'number' | 'punct';
  /** Starts with an upper-case letter. */
  upper: boolean;
}

export type MentionKind = 'place' | 'person' | 'office' | 'date' | 'money' | 'number' | 'percent' | 'goods' | 'trigger' | 'sector';

export interface Mention extends Span {
  kind: MentionKind;
  /** First and last token index (inclusive, exclusive). */
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  /** The resolved value: an ISO code, an HS chapter, a date, a number... depends on kind. */
  value: unknown;
  /** Extra attributes (e.g. for a place: 'adjective' | 'name' | 'capital'). */
  attrs?: Record<string, unknown>;
}

export interface Doc extends SourceDoc {
  lang: Lang;
  /** Cleaned text: debris removed, whitespace normalised. All spans point into it. */
  text: string;
  /** Map from `text` offsets to `raw` offsets. */
  offsets: OffsetSegment[];
  /** SHA-256 of the cleaned text, hex. */
  hash: string;
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  facts?: FactsRecord;
  /** Asked for by `extract --trace`: what the relation rules read, which fired and which were stopped. */
  trace?: Trace;
}

/**
 * The trace layer: resolve/ fills it when a caller sets `doc.trace = emptyTrace()` before the
 * analysis, and records nothing otherwise (the rules then talk to a recorder that does nothing).
 */
export interface Trace {
  /** The story's principal parties, most salient first. */
  main: string[];
  /** What the rules read in each sentence. */
  sentences: TraceSentence[];
  /** In the order the rules ran. */
  entries: TraceEntry[];
}

export interface TraceSentence {
  index: number;
  /** The party codes the sentence names (after its dateline). */
  parties: string[];
  /** Its future and intention words, as written. */
  ahead: string[];
  /** Flags of the sentence the vetoes read: a date ahead, unrealized, recalls, quoted. */
  flags: string[];
}

export interface TraceEntry {
  /** The sentence index; -1 for the story as a whole. */
  sentence: number;
  /** A name of the rule table (resolve/rules.ts). */
  rule: string;
  outcome: 'fired' | 'stopped';
  /** For a stopped rule: the check that stopped it (CHECKS in resolve/rules.ts). */
  check?: string;
  /** The word it rests on: offsets into `text`. */
  start: number;
  end: number;
  /** For a fired rule: the items of the facts record that carry its evidence (none when dropped later). */
  emitted?: { list: string; item: Record<string, unknown> }[];
}

export function emptyTrace(): Trace {
  return { main: [], sentences: [], entries: [] };
}
