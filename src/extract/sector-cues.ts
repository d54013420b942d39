// Sector adjectives coordinated before one head noun: «в торгово-экономической, научно-технической
// и культурной сферах», «Соглашение о торгово-экономическом, культурном сотрудничестве», "cultural
// and humanitarian ties". Each adjective names its field, though only the last one touches the head,
// so the phrase lexicon (which needs the whole phrase) misses all but that one. The words are data:
// lexicons/sector-cues.json.
import type { Token } from '../core/doc.js';
import type { Sector } from '../core/facts.js';
import { readLexicon } from '../core/paths.js';
import { PhraseMatcher, type PhraseMatch } from '../text/phrases.js';

interface SectorCues {
  heads: Record<string, string[]>;
  joins: string[];
  endings: Record<string, string[]>;
  adjectives: { sector: Sector; lang: string; terms: string[] }[];
}

interface Cues {
  adjectives: PhraseMatcher<Sector>;
  heads: PhraseMatcher<true>;
  joins: Set<string>;
  endings: string[];
}

/** How far (in tokens) an adjective may stand from its head. */
const MAX_REACH = 16;
const JOINING_PUNCT = new Set([',', '-', '–', '‐']);

let cached: Cues | null = null;

function cues(): Cues {
  if (cached) return cached;
  const data = readLexicon<SectorCues>('sector-cues');
  const adjectives = new PhraseMatcher<Sector>();
  for (const a of data.adjectives) for (const t of a.terms) adjectives.add(t, a.sector);
  const heads = new PhraseMatcher<true>();
  for (const t of Object.values(data.heads).flat()) heads.add(t, true);
  const joins = new Set(data.joins.flatMap((j) => j.toLowerCase().split(/\s+/)));
  const endings = [...new Set(Object.values(data.endings).flat())];
  return (cached = { adjectives, heads, joins, endings });
}

/**
 * Sector adjectives that reach a head noun over commas, conjunctions and other adjectives, one match
 * per field the adjective names. Matches the phrase lexicon already made are left to it.
 */
export function coordinatedSectors(tokens: Token[], found: PhraseMatch<Sector>[]): PhraseMatch<Sector>[] {
  const c = cues();
  const adjectives = c.adjectives.find(tokens);
  if (!adjectives.length) return [];
  const headAt = new Set(c.heads.find(tokens).map((m) => m.tokenStart));
  const adjectiveEnd = new Map(adjectives.map((m) => [m.tokenStart, m.tokenEnd]));
  const covered = new Set(found.flatMap((m) => Array.from({ length: m.tokenEnd - m.tokenStart }, (_, k) => m.tokenStart + k)));
  const adjectival = (t: Token) => t.kind === 'word' && c.endings.some((e) => t.lower.length > e.length + 2 && t.lower.endsWith(e));
  const reachesHead = (from: number, sentence: number): boolean => {
    for (let i = from; i < Math.min(tokens.length, from + MAX_REACH);) {
      const t = tokens[i]!;
      if (t.sentence !== sentence) return false;
      if (headAt.has(i)) return true;
      const next = adjectiveEnd.get(i) ?? (JOINING_PUNCT.has(t.text) || c.joins.has(t.lower) || adjectival(t) ? i + 1 : null);
      if (next === null) return false;
      i = next;
    }
    return false;
  };
  return adjectives
    .filter((m) => !covered.has(m.tokenStart) && reachesHead(m.tokenEnd, tokens[m.tokenStart]!.sentence))
    .flatMap((m) => m.payloads.map((sector) => ({ tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, payloads: [sector] })));
}
