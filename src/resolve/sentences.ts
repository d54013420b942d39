// A per-sentence view over the mention and party layers: what the relation rules read.
import type { Doc, Mention } from '../core/doc.js';
import type { DateMention } from '../extract/dates.js';
import { readLexicon } from '../core/paths.js';
import { countryOf, type Parties, type PartyRef } from './parties.js';

export interface SentenceView {
  index: number;
  start: number;
  end: number;
  text: string;
  mentions: Mention[];
  parties: PartyRef[];
  /** The sentence speaks of what is yet to happen (a future word, a prospect word, or a date ahead). */
  future: boolean;
  /** The future words proper («будет», "will", «договорились»), outside documents' names: each speaks for its clause. */
  ahead: Mention[];
  /** A date of the sentence lies after the publication date. */
  datedAhead: boolean;
  /** The sentence's tokens: [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** The sentence is inside a quotation. */
  quoted: boolean;
  /** Length of the dateline that opens the sentence («АСТАНА, 19 фев — Sputnik.»), 0 when none. */
  dateline: number;
  /** The sentence tells of an intention that did not come true («должен был», "was to", «отменен»). */
  unrealized: boolean;
  /** The sentence opens by recalling an earlier occasion («Напомним, …», "Earlier, …"). */
  recalls: boolean;
}

interface ModalityLexicon {
  unrealized: Record<string, string[]>;
  recall: Record<string, string[]>;
  reference: Record<string, string[]>;
  response: Record<string, string[]>;
  clause: {
    relative: Record<string, string[]>;
    conjunction: Record<string, string[]>;
    listJoin: Record<string, string[]>;
    listItem: Record<string, string[]>;
  };
  frame: Record<string, string[]>;
  readiness: Record<string, string[]>;
  since: Record<string, string[]>;
  onset: Record<string, string[]>;
  invitedBy: Record<string, string[]>;
  gratitude: Record<string, string[]>;
  travellers: Record<string, string[]>;
  businessPeople: Record<string, string[]>;
  underway: Record<string, string[]>;
  continuation: Record<string, string[]>;
  field: Record<string, string[]>;
  mutual: Record<string, string[]>;
  between: Record<string, string[]>;
  with: Record<string, string[]>;
  sameDay: Record<string, string[]>;
  longAgo: Record<string, string[]>;
  passive: Record<string, string[]>;
}

/** Phrases as one pattern: a trailing * takes any word ending; words are whole. */
function phrasePattern(table: Record<string, string[]>, anchored: boolean): RegExp {
  const terms = Object.entries(table)
    .filter(([lang]) => lang !== '_doc')
    .flatMap(([, xs]) => xs)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '*' ? '\\p{L}*' : `\\${c}`)).replace(/ /g, '\\s+'));
  const head = anchored ? '^[\\s«"“(]*' : '(?<![\\p{L}])';
  return new RegExp(`${head}(?:${terms.join('|')})(?![\\p{L}])`, 'iu');
}

/** Phrases as word sequences, lower case («в ходе» → ['в', 'ходе']). */
const wordLists = (table: Record<string, string[]>): string[][] =>
  Object.entries(table)
    .filter(([lang]) => lang !== '_doc')
    .flatMap(([, xs]) => xs.map((x) => x.toLowerCase().split(/\s+/u)));

type Patterns = {
  unrealized: RegExp;
  recall: RegExp;
  reference: string[][];
  response: RegExp;
  relative: Set<string>;
  conjunction: string[][];
  listJoin: Set<string>;
  listItem: Set<string>;
  frame: string[][];
  readiness: string[];
  since: string[][];
  onset: string[];
  invitedBy: string[][];
  gratitude: string[];
  travellers: string[];
  businessPeople: string[][];
  underway: string[][];
  continuation: string[][];
  field: string[][];
  mutual: string[][];
  between: Set<string>;
  with: Set<string>;
  sameDay: RegExp;
  longAgo: RegExp;
  passive: string[][];
};
let modality: Patterns | null = null;
function modalityPatterns(): Patterns {
  if (!modality) {
    const lx = readLexicon<ModalityLexicon>('triggers');
    modality = {
      unrealized: phrasePattern(lx.unrealized, false),
      recall: phrasePattern(lx.recall, true),
      reference: wordLists(lx.reference),
      response: phrasePattern(lx.response, true),
      relative: new Set(wordLists(lx.clause.relative).map((w) => w.join(' '))),
      conjunction: wordLists(lx.clause.conjunction),
      listJoin: new Set(wordLists(lx.clause.listJoin).flat()),
      listItem: new Set(wordLists(lx.clause.listItem).flat()),
      frame: wordLists(lx.frame),
      since: wordLists(lx.since),
      mutual: wordLists(lx.mutual),
      between: new Set(wordLists(lx.between).flat()),
      with: new Set(wordLists(lx.with).flat()),
      sameDay: phrasePattern(lx.sameDay, false),
      passive: wordLists(lx.passive),
      longAgo: new RegExp(`${phrasePattern(lx.longAgo, false).source.replace(/\(\?!\[\\p\{L\}\]\)$/u, '')}(?:\\s+(?:в|во|in))?\\s*$`, 'iu'),
      readiness: wordLists(lx.readiness).map((w) => w.join(' ').replace(/\*$/u, '')),
      onset: wordLists(lx.onset).map((w) => w.join(' ')),
      invitedBy: wordLists(lx.invitedBy),
      gratitude: wordLists(lx.gratitude).map((w) => w.join(' ')),
      travellers: wordLists(lx.travellers).map((w) => w.join(' ')),
      businessPeople: wordLists(lx.businessPeople),
      underway: wordLists(lx.underway),
      continuation: wordLists(lx.continuation),
      field: wordLists(lx.field),
    };
  }
  return modality;
}

/** The words of `phrase` stand at tokens[at…]. */
function phraseAt(doc: Doc, at: number, phrase: string[], sentence: number): boolean {
  return phrase.every((w, k) => {
    const t = doc.tokens[at + k];
    return t !== undefined && t.sentence === sentence && listed([w], t.lower);
  });
}

/** A word of readiness («готовы», "ready", "readiness"; a trailing * of the lexicon takes any ending). */
export const isReadiness = (word: string): boolean =>
  modalityPatterns().readiness.some((r) => word === r || (r.length >= 5 && word.startsWith(r)));

/** A word that starts something new («создание», «открыть», "setting up"; a trailing * of the lexicon takes any ending). */
export const isOnset = (word: string): boolean => listed(modalityPatterns().onset, word);

/** A word matches a list whose entries are words, or prefixes with a trailing *. */
const listed = (list: string[], word: string) => list.some((r) => (r.endsWith('*') ? word.startsWith(r.slice(0, -1)) : word === r));

/**
 * Travellers on their own account in the two words before the word or right after it, in its clause («ожидания
 * туристов от посещения», "students invited to study"): tourism or study, not a visit of the parties.
 */
export function byTravellers(doc: Doc, v: SentenceView, m: Mention): boolean {
  const ids = clauseIds(doc, v);
  const own = ids[m.tokenStart - v.tokenStart];
  const { travellers } = modalityPatterns();
  return [m.tokenStart - 2, m.tokenStart - 1, m.tokenEnd].some(
    (i) => i >= v.tokenStart && i < v.tokenEnd && ids[i - v.tokenStart] === own && listed(travellers, doc.tokens[i]!.lower),
  );
}

/** Business people invited, in the four words after the invitation word: businessPeople.* ("invited the business circles of X"). */
export function businessInvited(doc: Doc, v: SentenceView, m: Mention): boolean {
  return followed(doc, v, m, modalityPatterns().businessPeople, 3);
}

/** The event runs to an end told after it: underway.* ("the exhibition … will run through June 30"): under way, not planned. */
export function underway(doc: Doc, v: SentenceView, m: Mention): boolean {
  return followed(doc, v, m, modalityPatterns().underway, v.tokenEnd);
}

/** One of the phrases starts at most `gaps` words after the trigger, in its sentence. */
function followed(doc: Doc, v: SentenceView, m: Mention, phrases: string[][], gaps: number): boolean {
  for (let at = m.tokenEnd; at <= m.tokenEnd + gaps && at < v.tokenEnd; at++)
    for (const p of phrases) if (at + p.length <= v.tokenEnd && phraseAt(doc, at, p, v.index)) return true;
  return false;
}

/** Thanks earlier in the clause of the word («поблагодарил за поддержку в проведении форума»): what is thanked for was done. */
export function thankedFor(doc: Doc, v: SentenceView, m: Mention): boolean {
  const ids = clauseIds(doc, v);
  const own = ids[m.tokenStart - v.tokenStart];
  const { gratitude } = modalityPatterns();
  for (let i = v.tokenStart; i < m.tokenStart; i++)
    if (ids[i - v.tokenStart] === own && listed(gratitude, doc.tokens[i]!.lower)) return true;
  return false;
}

/** The word names a field of cooperation («сотрудничать в сфере производства», "cooperate in diamond production"). */
export function fieldOf(doc: Doc, v: SentenceView, m: Mention): boolean {
  return preceded(doc, v, m, modalityPatterns().field, 2);
}

/** The sentence opens by continuing the one before («В том числе…», "Among them, …"). */
export function continues(doc: Doc, v: SentenceView): boolean {
  return modalityPatterns().continuation.some((p) => phraseAt(doc, v.tokenStart, p, v.index));
}

/** An invitation on which a visit told took place («по приглашению губернатора», "at the invitation of"). */
export function invitedBy(doc: Doc, v: SentenceView, m: Mention): boolean {
  return preceded(doc, v, m, modalityPatterns().invitedBy, 0);
}

/**
 * An offer or interest of both sides at once («Стороны выразили готовность…», "mutual interest",
 * «интерес к сотрудничеству между Омской и Павлодарской областями»): a mutual word
 * shortly before it in its clause or right after it, or (for interest) the two sides after «между»/"between" right after it.
 */
export function mutualOffer(doc: Doc, v: SentenceView, m: Mention): boolean {
  const { mutual, between } = modalityPatterns();
  const ids = clauseIds(doc, v);
  const own = ids[m.tokenStart - v.tokenStart];
  for (let i = Math.max(v.tokenStart, m.tokenStart - 6); i < Math.min(v.tokenEnd, m.tokenEnd + 3); i++) {
    if ((i < m.tokenStart && ids[i - v.tokenStart] !== own) || (i >= m.tokenStart && i < m.tokenEnd)) continue;
    if (mutual.some((p) => phraseAt(doc, i, p, v.index))) return true;
  }
  // «предложил открыть линию между портами X и Y» joins the places of the offer, not its sides.
  if (!((m.attrs?.kinds as string[]) ?? []).includes('interest')) return false;
  for (let i = m.tokenEnd; i <= m.tokenEnd + 4 && i < v.tokenEnd; i++) {
    if (!between.has(doc.tokens[i]!.lower)) continue;
    const sides = v.parties.filter((r) => r.tokenStart > i && r.tokenStart <= i + 6);
    return new Set(sides.map((r) => countryOf(r.code))).size >= 2;
  }
  return false;
}

/** A word that names a partner after it («с», "with"): with.* of triggers.json. */
export const isWith = (word: string): boolean => modalityPatterns().with.has(word);

/** The partner's word right after a verb of talks («обсудил с …», "discussed with …"): its token, or -1. */
export function partnerAfter(doc: Doc, m: Mention): number {
  const words = modalityPatterns().with;
  for (let i = m.tokenEnd; i <= m.tokenEnd + 2; i++) {
    const t = doc.tokens[i];
    if (!t || t.sentence !== m.sentence || t.kind === 'punct') return -1;
    if (words.has(t.lower)) return i;
  }
  return -1;
}

/** The sentence names its day by pointing back at the one told before («в тот же день», "on the same day"). */
export const pointsBackToDay = (v: SentenceView): boolean => modalityPatterns().sameDay.test(v.text.slice(v.dateline));

/** A date of the sentence put long past by the words right before it («ещё в октябре 2018 г.», "back in 2018"). */
export function longAgo(doc: Doc, v: SentenceView): boolean {
  const { longAgo: re } = modalityPatterns();
  return pointDates(v).some((d) => re.test(doc.text.slice(Math.max(v.start, v.start + d.start - 25), v.start + d.start)));
}

/** An offer word told without its agent: a passive phrase ends with it («предлагается», "it is proposed"). */
export function agentless(doc: Doc, m: Mention): boolean {
  return modalityPatterns().passive.some((p) => {
    if (doc.tokens[m.tokenEnd - 1]?.lower !== p[p.length - 1]) return false;
    const head = p.slice(0, -1);
    // One word may stand between the auxiliary and the participle ("is also proposed", «было также предложено»).
    return !head.length || [0, 1].some((gap) => phraseAt(doc, m.tokenEnd - 1 - gap - head.length, head, m.sentence));
  });
}

/** A word that takes up another's offer («поддержал», "to study"). */
export const isResponse = (word: string): boolean => modalityPatterns().response.test(word);

// «АСТАНА, 19 фев — Sputnik.», "NAMANGAN, April 9 -": the dateline's day is when the story was filed
// and its city where, not a party.
// «УЛАН-УДЭ, 21 мая.»: a city in capitals and a day closed by a full stop is one too.
const DATELINE =
  /^(?:(?:\p{Lu}[\p{Lu}\p{Pd} ]+|\p{Lu}[\p{L}\p{Pd}]+(?: \p{Lu}[\p{L}\p{Pd}]+)?(?=, (?:\d{1,2} \p{L}{3,}|\p{Lu}\p{L}{2,}\.? \d{1,2})\b)),[^—–-]{0,40}(?:[—–-]|\)\.)|\p{Lu}{2,}(?:[\p{Pd} ]\p{Lu}{2,})*, \d{1,2} \p{L}{3,}\.(?=\s|$))/u;

export function sentenceViews(doc: Doc, parties: Parties): SentenceView[] {
  const views: SentenceView[] = doc.sentences.map((s) => {
    const text = doc.text.slice(s.start, s.end);
    const dateline = DATELINE.exec(text)?.[0].length ?? 0;
    return {
      index: s.index,
      start: s.start,
      end: s.end,
      text,
      mentions: [],
      parties: (parties.bySentence.get(s.index) ?? []).filter((r) => r.start >= s.start + dateline),
      future: false,
      ahead: [],
      datedAhead: false,
      tokenStart: 0,
      tokenEnd: 0,
      quoted: false,
      dateline,
      unrealized: modalityPatterns().unrealized.test(text),
      recalls: modalityPatterns().recall.test(text.slice(dateline)),
    };
  });
  for (const m of doc.mentions) views[m.sentence]?.mentions.push(m);
  for (let i = 0; i < doc.tokens.length; i++) {
    const v = views[doc.tokens[i]!.sentence];
    if (!v) continue;
    if (v.tokenEnd === 0) v.tokenStart = i;
    v.tokenEnd = i + 1;
  }
  let inQuote = false;
  for (const v of views) {
    // A future word inside a document's name («action plan») says nothing about time.
    const names = v.mentions.filter((m) => m.kind === 'trigger' && (m.attrs?.group as string) === 'agreement');
    const looking = v.mentions.filter(
      (m) =>
        m.kind === 'trigger' &&
        (m.attrs?.group as string) === 'future' &&
        !names.some((n) => m.start < n.end && n.start < m.end) &&
        !nameLike(doc, m),
    );
    v.ahead = looking.filter((m) => m.value === 'future:future' || m.value === 'future:intention');
    v.datedAhead = datesAhead(v, doc.published);
    v.future = looking.length > 0 || v.datedAhead;
    const opens = (v.text.match(/[«“]/g) ?? []).length;
    const closes = (v.text.match(/[»”]/g) ?? []).length;
    v.quoted = inQuote || opens > 0;
    inQuote = inQuote ? closes <= opens : opens > closes;
  }
  return views;
}

/**
 * A future word written with a capital inside a Cyrillic sentence is a name that looks like one
 * («Болот Баетов»: Kyrgyz «болот», "will be"); Russian writes no headline in title case.
 */
function nameLike(doc: Doc, m: Mention): boolean {
  const t = doc.tokens[m.tokenStart]!;
  const prev = doc.tokens[m.tokenStart - 1];
  return (
    prev?.sentence === m.sentence &&
    (prev.kind === 'word' || prev.text === ',') &&
    /^\p{Lu}\p{Ll}/u.test(t.text) &&
    /\p{Script=Cyrillic}/u.test(t.text)
  );
}

/** A point date after the publication date («в 2026 году» in a story of 2025) puts the sentence in the future. */
function datesAhead(v: SentenceView, published: string | null): boolean {
  if (!published) return false;
  // Only dates that state their year («в июле 2026 года», «в июле этого года»): «в декабре» alone may be last December.
  return pointDates(v).some(
    (d) =>
      d.kind !== 'range' &&
      d.value !== null &&
      (/\d{4}/.test(d.text) || (d.kind === 'month' && /(?:года|year)$/iu.test(d.text))) &&
      d.value.slice(0, 7) > published.slice(0, 7),
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
  const own = distinctParties(actingRefs(v.parties));
  const countries = new Set(own.map(countryOf));
  if (countries.size >= 2) return own.slice(0, 4);
  if (own.length === 1 && main.length === 2) {
    const partner = main.find((c) => countryOf(c) !== countryOf(own[0]!));
    const sameCountryMain = main.find((c) => countryOf(c) === countryOf(own[0]!));
    if (partner) return [sameCountryMain && !own[0]!.includes('-') ? sameCountryMain : own[0]!, partner];
  }
  return main.slice();
}

// A capital counts as its state unless it is only where things happen («в Анкаре»).
const actingRefs = (refs: PartyRef[]) =>
  refs.filter((r) => r.via !== 'city' || (r.place?.capitalOf && !['в', 'во', 'in', 'at'].includes(r.before)));

/**
 * The parties of the clause that holds a word, when one sentence pairs several sides («X и Y
 * подписали дорожную карту, а Z и W заключили соглашение»): the stretch between the commas around
 * the word, if it names two countries itself; else the sentence's parties.
 */
export function clauseParties(doc: Doc, v: SentenceView, m: Mention, main: string[]): string[] {
  const whole = relationParties(v, main);
  if (distinctParties(actingRefs(v.parties)).length < 3) return whole;
  // A comma inside a list of one country's parties («с Наманганской областью, Ферганской областью и…») cuts nothing.
  // The next place may come after a joining word or two («, и Пензенской», ', and the Penza region').
  const { listJoin } = modalityPatterns();
  const listed = (i: number) => {
    const before = v.parties.find((r) => r.tokenEnd === i);
    let next = i + 1;
    while (next < v.tokenEnd && next <= i + 3 && listJoin.has(doc.tokens[next]!.lower)) next++;
    const after = v.parties.find((r) => r.tokenStart === next);
    return before !== undefined && after !== undefined && countryOf(before.code) === countryOf(after.code);
  };
  const cuts: number[] = [];
  for (let i = v.tokenStart; i < v.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    if ((t.text === ',' && !listed(i)) || t.text === ';') cuts.push(t.start);
  }
  const from = Math.max(v.start, ...cuts.filter((c) => c < m.start));
  const to = Math.min(v.end, ...cuts.filter((c) => c >= m.end));
  const own = distinctParties(actingRefs(v.parties.filter((r) => r.start >= from && r.end <= to)));
  return new Set(own.map(countryOf)).size >= 2 ? own : whole;
}

/** Dates of a sentence that are points in time (not periods). */
export function pointDates(v: SentenceView): DateMention[] {
  return v.mentions.filter((m) => m.kind === 'date' && !m.attrs?.period).map((m) => m.value as DateMention);
}

/**
 * The clause of each token of a sentence (an id per token from `v.tokenStart`): a comma before a
 * relative word («, который», ", which") opens a clause that ends at the next comma, after which
 * the outer one goes on; a comma before a conjunction («, что», ", but") or a semicolon opens a
 * clause that runs on (a dash often stands for a verb, «В планах — переговоры», and a colon opens a list).
 */
export function clauseIds(doc: Doc, v: SentenceView): number[] {
  const { relative, conjunction } = modalityPatterns();
  const ids: number[] = [];
  let id = 0;
  let next = 0;
  let outer: number | null = null;
  for (let i = v.tokenStart; i < v.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    const after = doc.tokens[i + 1];
    if (t.text === ',' && after?.sentence === v.index) {
      if (relative.has(after.lower)) {
        outer ??= id;
        id = ++next;
      } else if (outer !== null) {
        id = outer;
        outer = null;
      }
      if (conjunction.some((p) => phraseAt(doc, i + 1, p, v.index))) {
        outer = null;
        id = ++next;
      }
    } else if (t.text === ';') {
      outer = null;
      id = ++next;
    }
    ids.push(id);
  }
  return ids;
}

/** An occasion word frames the trigger («в ходе встречи», "during the visit"), up to two words before it. */
export function framed(doc: Doc, v: SentenceView, m: Mention): boolean {
  return preceded(doc, v, m, modalityPatterns().frame, 2);
}

/** Time counted from the act the trigger names («с момента подписания», "since the signing"): history. */
export function countedFrom(doc: Doc, v: SentenceView, m: Mention): boolean {
  return preceded(doc, v, m, modalityPatterns().since, 0);
}

/** One of the phrases ends at most `gaps` words before the trigger. */
function preceded(doc: Doc, v: SentenceView, m: Mention, phrases: string[][], gaps: number): boolean {
  for (let gap = 0; gap <= gaps; gap++)
    for (const p of phrases) {
      const at = m.tokenStart - gap - p.length;
      if (at >= v.tokenStart && phraseAt(doc, at, p, v.index)) return true;
    }
  return false;
}

/**
 * A word of an event is told as still to come: a date of its sentence lies ahead, or a future word
 * stands in its own clause or in a relative clause right after it («визит, который состоится»).
 * An occasion that frames the sentence («В ходе встречи стороны договорились…») took place: only a
 * future word before it counts.
 */
export function eventAhead(doc: Doc, v: SentenceView, m: Mention): boolean {
  if (v.datedAhead) return true;
  if (!v.ahead.length) return false;
  // «поблагодарил за поддержку в проведении форума», "thanked … for organizing the forum, which will…": what
  // is thanked for was done, unless an invitation or another plan word stands between («поблагодарил за приглашение на форум»).
  if (thankedFor(doc, v, m) && !v.mentions.some((x) => x.kind === 'trigger' && x.attrs?.group === 'plan' && x.end <= m.start)) return false;
  const ids = clauseIds(doc, v);
  const clause = (x: Mention) => ids[x.tokenStart - v.tokenStart] ?? -1;
  const own = clause(m);
  const { relative } = modalityPatterns();
  const relativeAfter = doc.tokens[m.tokenEnd]?.text === ',' && relative.has(doc.tokens[m.tokenEnd + 1]?.lower ?? '');
  const openerAfter = relativeAfter ? (ids[m.tokenEnd + 1 - v.tokenStart] ?? null) : null;
  if (framed(doc, v, m)) return v.ahead.some((w) => w.start < m.start || clause(w) === openerAfter);
  return v.ahead.some((w) => clause(w) === own || clause(w) === openerAfter);
}

const PAIR_JOIN = new Set(['и', 'and', 'с', 'with', 'та', 'ва', 'va', 'менен', 'және']);

/**
 * Sides paired off in one sentence («Павлодарской и Омской, Мангистауской и Астраханской
 * областями подписаны…», "Tomsk and Pavlodar, Omsk and Kostanay signed…"): two or more pairs,
 * each of two countries joined by «и»/"and", one pair after another. Each pair acts by itself.
 */
export function coordinatedPairs(v: SentenceView): string[][] {
  const refs = actingRefs(v.parties).filter((r) => r.via !== 'reference');
  const pairs: string[][] = [];
  for (let i = 0; i + 1 < refs.length; i++) {
    const [a, b] = [refs[i]!, refs[i + 1]!];
    if (PAIR_JOIN.has(b.before) && b.tokenStart - a.tokenEnd <= 3 && countryOf(a.code) !== countryOf(b.code)) {
      pairs.push([a.code, b.code]);
      i++;
    }
  }
  return pairs.length >= 2 ? pairs : [];
}

/**
 * The sides of one document each, from the parties of its clause: paired-off sides by pairs; one
 * party facing several of one other country («Башкирия заключила соглашения с Ташкентской,
 * Наманганской областями и Каракалпакстаном») signs with each of them; else all together.
 */
export function documentSides(actors: string[], pairs: string[][]): string[][] {
  if (pairs.length) return pairs;
  const countries = [...new Set(actors.map(countryOf))];
  if (countries.length !== 2) return [actors];
  const [a, b] = countries.map((c) => actors.filter((x) => countryOf(x) === c));
  if (a!.length === 1 && b!.length >= 2) return b!.map((x) => [a![0]!, x]);
  if (b!.length === 1 && a!.length >= 2) return a!.map((x) => [x, b![0]!]);
  return [actors];
}

const OPENING_QUOTE = /^[«"“„]$/u;

/**
 * The entries of a list of documents after a colon that follows a document's name: «подписаны
 * следующие соглашения: о …, о …, об …», "the following agreements: on …, on …". Each entry opens
 * with a word of clause.listItem or a quote, after a comma or semicolon (and a joining word).
 * 0 when there is no such list, or when its entries name documents of their own (those are counted
 * by their names).
 */
export function listedEntries(doc: Doc, v: SentenceView, m: Mention, nouns: Mention[]): number {
  const { listItem, listJoin } = modalityPatterns();
  let colon = -1;
  for (let i = m.tokenEnd; i < Math.min(v.tokenEnd, m.tokenEnd + 6); i++) {
    const t = doc.tokens[i]!.text;
    if (t === ':') {
      colon = i;
      break;
    }
    if (/^[.;,]$/u.test(t)) return 0;
  }
  if (colon < 0) return 0;
  const listStart = doc.tokens[colon]!.end;
  if (nouns.some((n) => n.start >= listStart)) return 0;
  const opens = (i: number) => {
    while (i < v.tokenEnd && listJoin.has(doc.tokens[i]!.lower)) i++;
    const t = doc.tokens[i];
    return t !== undefined && i < v.tokenEnd && (listItem.has(t.lower) || OPENING_QUOTE.test(t.text));
  };
  if (!opens(colon + 1)) return 0;
  let n = 1;
  for (let i = colon + 1; i < v.tokenEnd; i++) if (/^[,;]$/u.test(doc.tokens[i]!.text) && opens(i + 1)) n++;
  return n;
}

const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * A reference word (reference.*) ends right before the word at `at`, articles skipped: «в рамках
 * соглашения», «на основе соглашения», "based on the agreement".
 */
export function referenceBefore(doc: Doc, at: number): boolean {
  let i = at - 1;
  const sentence = doc.tokens[at]?.sentence;
  while (i >= 0 && ARTICLES.has(doc.tokens[i]!.lower)) i--;
  return modalityPatterns().reference.some((phrase) => phraseAt(doc, i - phrase.length + 1, phrase, sentence ?? -1));
}
