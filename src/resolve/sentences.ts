// A per-sentence view over the mention and party layers: what the relation rules read.
import type { Doc, Mention } from '../core/doc.js';
import type { DateMention } from '../extract/dates.js';
import { countryOf, type Parties, type PartyRef } from './parties.js';

export interface SentenceView {
  index: number;
  start: number;
  end: number;
  text: string;
  mentions: Mention[];
  parties: PartyRef[];
  /** The sentence speaks of what is yet to happen. */
  future: boolean;
  /** The sentence is inside a quotation. */
  quoted: boolean;
}

export function sentenceViews(doc: Doc, parties: Parties): SentenceView[] {
  const views: SentenceView[] = doc.sentences.map((s) => ({
    index: s.index,
    start: s.start,
    end: s.end,
    text: doc.text.slice(s.start, s.end),
    mentions: [],
    parties: parties.bySentence.get(s.index) ?? [],
    future: false,
    quoted: false,
  }));
  for (const m of doc.mentions) views[m.sentence]?.mentions.push(m);
  let inQuote = false;
  for (const v of views) {
    // A future word inside a document's name («action plan») says nothing about time.
    const names = v.mentions.filter((m) => m.kind === 'trigger' && (m.attrs?.group as string) === 'agreement');
    v.future =
      v.mentions.some(
        (m) => m.kind === 'trigger' && m.value === 'future:future' && !names.some((n) => m.start < n.end && n.start < m.end),
      ) || datesAhead(v, doc.published);
    const opens = (v.text.match(/[«“]/g) ?? []).length;
    const closes = (v.text.match(/[»”]/g) ?? []).length;
    v.quoted = inQuote || opens > 0;
    inQuote = inQuote ? closes <= opens : opens > closes;
  }
  return views;
}

/** A point date after the publication date («в 2026 году» in a story of 2025) puts the sentence in the future. */
function datesAhead(v: SentenceView, published: string | null): boolean {
  if (!published) return false;
  // Only dates that state their year: «в декабре» alone may be last December.
  return pointDates(v).some(
    (d) => d.kind !== 'range' && d.value !== null && /\d{4}/.test(d.text) && d.value.slice(0, 7) > published.slice(0, 7),
  );
}

export const triggers = (v: SentenceView, group: string) =>
  v.mentions.filter((m) => m.kind === 'trigger' && (m.attrs?.group as string) === group);
export const triggerKinds = (m: Mention) => (m.attrs?.kinds as string[]) ?? [];
export const ofKind = (v: SentenceView, kind: Mention['kind']) => v.mentions.filter((m) => m.kind === kind);

/** Distinct party codes of a sentence, regions before their own countries dropped as redundant. */
export function distinctParties(refs: PartyRef[]): string[] {
  const codes = [...new Set(refs.map((r) => r.code))];
  return codes.filter((c) => c.includes('-') || !codes.some((o) => o !== c && countryOf(o) === c));
}

/** The parties a relation in this sentence is between: the sentence's own when it names two countries, else the story's. */
export function relationParties(v: SentenceView, main: string[]): string[] {
  // A capital counts as its state unless it is only where things happen («в Анкаре»).
  const own = distinctParties(
    v.parties.filter((r) => r.via !== 'city' || (r.place?.capitalOf && !['в', 'во', 'in', 'at'].includes(r.before))),
  );
  const countries = new Set(own.map(countryOf));
  if (countries.size >= 2) return own.slice(0, 4);
  if (own.length === 1 && main.length === 2) {
    const partner = main.find((c) => countryOf(c) !== countryOf(own[0]!));
    const sameCountryMain = main.find((c) => countryOf(c) === countryOf(own[0]!));
    if (partner) return [sameCountryMain && !own[0]!.includes('-') ? sameCountryMain : own[0]!, partner];
  }
  return main.slice();
}

/** Dates of a sentence that are points in time (not periods). */
export function pointDates(v: SentenceView): DateMention[] {
  return v.mentions.filter((m) => m.kind === 'date' && !m.attrs?.period).map((m) => m.value as DateMention);
}
