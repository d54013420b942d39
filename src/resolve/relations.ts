// Relation rules over sentences: events, agreements and plans. Each rule is small and named for
// the kind of statement it reads; parties come from the sentence, else from the story.
import type { Doc, Mention } from '../core/doc.js';
import type { Agreement, AgreementKind, CoopEvent, EventType, Plan, PlanKind } from '../core/facts.js';
import type { PlaceValue } from '../extract/mentions.js';
import type { DateMention } from '../extract/dates.js';
import { evidence } from './evidence.js';
import { caseEndings, countryOf, type Parties } from './parties.js';
import { ofKind, pointDates, relationParties, triggerKinds, triggers, type SentenceView } from './sentences.js';
import type { PersonEntity } from './people.js';

const year = (d: DateMention | undefined) => (d?.value ? Number(d.value.slice(0, 4)) : null);

/** The city a sentence places its event in («в Барнауле», "in Fergana"). */
function placeOf(v: SentenceView): string | null {
  const city = v.parties.find((r) => r.via === 'city' && ['в', 'во', 'in', 'at'].includes(r.before));
  return city?.place?.nameEn ?? null;
}

// «АСТАНА, 19 фев — Sputnik.», "NAMANGAN, April 9 -": the dateline's day is when the story was filed.
const DATELINE = /^\p{Lu}[\p{Lu}\p{Pd} ]+,[^—–-]{0,40}[—–-]/u;

function eventDate(v: SentenceView, published: string | null): string | null {
  const dateline = DATELINE.exec(v.text)?.[0].length ?? 0;
  const dates = pointDates(v).filter((d) => d.value && d.kind !== 'range' && d.kind !== 'year' && d.start >= dateline);
  const d = dates[0]?.value ?? null;
  if (d && published && d > published) return null;
  return d;
}

/** Past or present sentences with an event word: meetings, visits, signings, forums, proposals. */
export function findEvents(doc: Doc, views: SentenceView[], parties: Parties, people: PersonEntity[]): CoopEvent[] {
  const events: CoopEvent[] = [];
  const published = doc.published;
  const pubYear = published ? Number(published.slice(0, 4)) : null;
  for (const v of views) {
    const found = triggers(v, 'event');
    if (!found.length) continue;
    const kinds = new Set(found.flatMap(triggerKinds) as EventType[]);
    const actors = relationParties(v, parties.main);
    if (actors.length < 2 || new Set(actors.map(countryOf)).size < 2) continue;
    const date = eventDate(v, published);
    const place = placeOf(v);
    const years = pointDates(v)
      .map(year)
      .filter((y): y is number => y !== null);
    const recalled = pubYear !== null && years.length > 0 && years.every((y) => y < pubYear) && !date;
    const add = (type: EventType, who: string[], rule: string, m: Mention) =>
      events.push({
        type,
        actors: who,
        date: recalled ? String(years[0]) : date,
        place: type === 'proposal' ? null : place,
        evidence: [evidence(doc, m, rule)],
      });

    // Every offer in the sentence counts: «Узбекская сторона предложила…, а казахстанская – …».
    for (const m of found.filter((x) => triggerKinds(x).some((k) => k === 'proposal' || k === 'interest'))) {
      if (triggerKinds(m).includes('interest') && !specificInterest(v, m)) continue;
      for (const proposer of proposersOf(doc, v, m, parties, people)) {
        const addressee =
          actors.find((c) => countryOf(c) !== countryOf(proposer)) ?? parties.main.find((c) => countryOf(c) !== countryOf(proposer));
        if (addressee) add('proposal', [proposer, addressee], 'proposal', m);
      }
    }
    for (const type of kinds) {
      const m = found.find((x) => triggerKinds(x).includes(type))!;
      if (type === 'proposal' || (type as string) === 'interest') continue;
      if (v.future) continue;
      if (type === 'signing' && recalled) continue;
      if (type === 'visit') {
        add('visit', visitDirection(v, actors, parties.main), 'visit', m);
        continue;
      }
      add(type, actors, type, m);
    }
  }
  return sharedDates(mergeEvents(withMeetings(doc, events)));
}

const SITTING: EventType[] = ['meeting', 'signing', 'visit', 'forum'];

/**
 * A meeting, the signing at it, the visit and the forum around it are one sitting: an event
 * reported without its own date takes the sitting's (the first day a meeting or signing names).
 */
function sharedDates(events: CoopEvent[]): CoopEvent[] {
  const anchor = events.find((e) => (e.type === 'meeting' || e.type === 'signing') && e.date && e.date.length === 10)?.date;
  if (anchor) for (const e of events) if (e.date === null && SITTING.includes(e.type)) e.date = anchor;
  return events;
}

/** Heads of both sides signing together met: a signing by two named people implies their meeting. */
function withMeetings(doc: Doc, events: CoopEvent[]): CoopEvent[] {
  const out = [...events];
  for (const e of events) {
    if (e.type !== 'signing' || events.some((x) => x.type === 'meeting' && sameParties(x.actors, e.actors))) continue;
    const sentence = doc.sentences.find((s) => e.evidence?.[0] && s.start <= e.evidence[0].start && e.evidence[0].start < s.end);
    const people = sentence ? doc.mentions.filter((m) => m.kind === 'person' && m.sentence === sentence.index) : [];
    if (people.length >= 2) out.push({ ...e, type: 'meeting', evidence: [...(e.evidence ?? [])] });
  }
  return out;
}

/** Interest counts as an offer only when it names what: goods, a project, a field. */
function specificInterest(v: SentenceView, m: Mention): boolean {
  return v.mentions.some(
    (x) =>
      x.start > m.end && (x.kind === 'goods' || x.kind === 'sector' || (x.kind === 'trigger' && (x.attrs?.group as string) === 'plan')),
  );
}

/**
 * Who proposes: the party named (or speaking) before the word, else the last person named; and
 * a second party after «, а» / "while" that takes the same verb by ellipsis.
 */
function proposersOf(doc: Doc, v: SentenceView, m: Mention, parties: Parties, people: PersonEntity[]): string[] {
  const first = proposerOf(doc, v, m, parties, people);
  if (!first) return [];
  const out = [first];
  const contrast = doc.tokens.findIndex(
    (t, i) => t.sentence === v.index && t.start > m.end && /^(а|while|whereas)$/.test(t.lower) && doc.tokens[i - 1]?.text === ',',
  );
  if (contrast >= 0) {
    const second = v.parties.find((r) => r.tokenStart > contrast && r.tokenStart - contrast <= 3 && countryOf(r.code) !== countryOf(first));
    if (second) out.push(second.code);
  }
  return out;
}

/** Who proposes: the speaker of the sentence (a person's party), a «…ская сторона», or the first party named before the word. */
function proposerOf(doc: Doc, v: SentenceView, m: Mention, parties: Parties, people: PersonEntity[]): string | null {
  const speaker = people.find((p) => p.mentions.some((x) => x.sentence === v.index && x.start < m.start));
  const named = v.parties.filter((r) => r.start < m.start && r.via !== 'city').pop();
  if (named && (!speaker || named.start > speaker.mentions.find((x) => x.sentence === v.index)!.start)) return named.code;
  if (speaker?.person.actor) return speaker.person.actor;
  if (named) return named.code;
  // Inside a quotation the speaker is named after it («…здесь», — сказал X), in this or the next sentences.
  if (v.quoted) {
    const said = quoteSpeaker(doc, v, parties, people);
    if (said) return said;
  }
  // "He proposed…": the last person named before, in this or an earlier sentence.
  const previous = people
    .flatMap((p) => p.mentions.map((x) => ({ p, x })))
    .filter(({ x }) => x.start < m.start)
    .sort((a, b) => b.x.start - a.x.start)[0];
  return previous?.p.person.actor ?? null;
}

/**
 * Who speaks a quotation: the attribution right after its closing mark («…», — сказал Виктор
 * Томенко. / «…», — добавил глава российского региона.) in this or the next two sentences: a
 * person's party, or the principal party of the country an office there names.
 */
function quoteSpeaker(doc: Doc, v: SentenceView, parties: Parties, people: PersonEntity[]): string | null {
  for (let k = v.index; k <= v.index + 2 && k < doc.sentences.length; k++) {
    const s = doc.sentences[k]!;
    const close = doc.text.slice(s.start, s.end).search(/[»”"]\s*,?\s*[—–-]/u);
    if (close < 0) continue;
    const from = s.start + close;
    const person = people.find((p) => p.mentions.some((x) => x.sentence === k && x.start > from));
    if (person?.person.actor) return person.person.actor;
    const office = doc.mentions.find((x) => x.kind === 'office' && x.sentence === k && x.start > from);
    const ref =
      office && (parties.bySentence.get(k) ?? []).find((r) => r.tokenStart >= office.tokenEnd && r.tokenStart - office.tokenEnd <= 2);
    if (ref) return parties.main.find((c) => countryOf(c) === countryOf(ref.code)) ?? ref.code;
    return null;
  }
  return null;
}

/** A visit goes from the delegation's party to the host: «делегация X», "delegation of X", "arrived in Y". */
function visitDirection(v: SentenceView, actors: string[], main: string[]): string[] {
  const dest = v.parties.find((r) => ['в', 'во', 'in', 'to'].includes(r.before) && r.via !== 'adjective');
  const origin = v.parties.find((r) =>
    ['из', 'from', 'of', 'делегация', 'делегации', 'делегацию', 'делегацией', 'delegation'].includes(r.before),
  );
  const host = dest?.code;
  const guest = origin?.code ?? actors.find((c) => !host || countryOf(c) !== countryOf(host));
  const pair = [guest ?? actors[0]!, host ?? actors.find((c) => !guest || countryOf(c) !== countryOf(guest)) ?? main[0]!];
  return countryOf(pair[0]!) === countryOf(pair[1]!) ? actors : pair;
}

/** One event per type and parties: «Китай» and «провинция Цзилинь» in two reports of one meeting are one side. */
function mergeEvents(events: CoopEvent[]): CoopEvent[] {
  const out: CoopEvent[] = [];
  for (const e of events) {
    const directed = e.type === 'visit' || e.type === 'proposal';
    const same = out.find(
      (o) => o.type === e.type && sameParties(o.actors, e.actors) && (!directed || sameParties([o.actors[0]!], [e.actors[0]!])),
    );
    if (same) {
      same.actors = sharper(same.actors, e.actors);
      same.date ??= e.date;
      same.place ??= e.place;
      same.evidence!.push(...(e.evidence ?? []));
    } else out.push(e);
  }
  return out;
}

const INVITATION = /^(пригласил\p{L}*|приглашени\p{L}*|invited|invitation|invites)$/u;
const TO_EVENT = new Set(['на', 'в', 'to', 'at', 'during', 'время', 'рамках', 'for']);

/** «пригласил … на выставку», "invited … to the exhibition": the event is where the visit goes. */
function invitedTo(doc: Doc, v: SentenceView, words: Mention[]): boolean {
  const tokens = doc.tokens.filter((t) => t.sentence === v.index);
  if (!tokens.some((t) => INVITATION.test(t.lower))) return false;
  return words.some(
    (m) =>
      triggerKinds(m).includes('event') && doc.tokens.slice(Math.max(0, m.tokenStart - 8), m.tokenStart).some((t) => TO_EVENT.has(t.lower)),
  );
}

/** The same parties, a country standing for its own region. */
export function sameParties(a: string[], b: string[]): boolean {
  const covers = (x: string[], y: string[]) => x.every((c) => y.some((d) => c === d || countryOf(c) === d || countryOf(d) === c));
  return covers(a, b) && covers(b, a);
}

/** The more specific of two party lists that name the same parties. */
export function sharper(a: string[], b: string[]): string[] {
  return a.filter((c) => c.includes('-')).length >= b.filter((c) => c.includes('-')).length ? a : b;
}

// ---- agreements -----------------------------------------------------------------------------

/** Documents between parties: signed (now or in a named year) or planned. */
export function findAgreements(doc: Doc, views: SentenceView[], parties: Parties): Agreement[] {
  const out: Agreement[] = [];
  const pubYear = doc.published ? Number(doc.published.slice(0, 4)) : null;
  for (const v of views) {
    const nouns = triggers(v, 'agreement');
    if (!nouns.length) continue;
    const signed = triggers(v, 'event').some((m) => triggerKinds(m).includes('signing'));
    // «…дорожную карту. Документ подписан…»: the next sentence signs what this one names.
    const next = views[v.index + 1];
    const signedNext = next
      ? triggers(next, 'event').some((m) => triggerKinds(m).includes('signing')) && /документ|document/i.test(next.text)
      : false;
    const actors = relationParties(v, parties.main);
    if (actors.length < 2) continue;
    for (const m of nouns) {
      const kind = triggerKinds(m)[0] as AgreementKind;
      const { when, term } = datesOf(v, m, caseEndings(doc.lang) !== null);
      // "under an agreement signed in 2017" is a reference that still dates a document.
      if (isReference(doc, m) && !(when && when.start > m.start - v.start)) continue;
      const until = term?.until ? Number(term.until.slice(0, 4)) : null;
      let status: Agreement['status'] | null = null;
      let y: number | null = null;
      if (v.future && !signed) {
        // A contract yet to be drawn up is a hope, not a document.
        if (kind === 'contract') continue;
        status = 'planned';
        y = year(when) ?? (term?.value ? year(term) : null);
      } else if (signed || signedNext) {
        status = 'signed';
        y = year(when) ?? pubYear;
        // «план на 2022–2024 годы» signed without a date of its own: no later than its first year.
        if (!when && term?.value && pubYear) y = Math.min(pubYear, Number(term.value.slice(0, 4)));
      } else if (when && year(when)! <= (pubYear ?? 9999)) {
        status = 'signed';
        y = year(when);
      }
      if (!status) continue;
      out.push({ kind, actors, status, year: y, until, evidence: [evidence(doc, m, `agreement:${status}`)] });
    }
  }
  return mergeAgreements(out);
}

// Words before a document's name that make it a reference to one already counted: «в рамках
// соглашения», «план по реализации соглашения», "a roadmap for implementing the agreement".
const REFERENCE_BEFORE = new Set([
  'реализации',
  'рамках',
  'выполнения',
  'исполнения',
  'текст',
  'текста',
  'under',
  'framework',
  'implementing',
  'implementation',
]);
// "a protocol to the agreement", «протокол к соглашению»: an addition names the document it adds to.
const ADDITION = new Set(['protocol', 'annex', 'amendment', 'addendum', 'протокол', 'дополнение', 'изменения']);
const ARTICLE = new Set(['the', 'a', 'an']);

function isReference(doc: Doc, m: Mention): boolean {
  const before = (i: number) => {
    while (i >= 0 && ARTICLE.has(doc.tokens[i]!.lower)) i--;
    return i;
  };
  const i = before(m.tokenStart - 1);
  const prev = doc.tokens[i];
  if (!prev || prev.sentence !== m.sentence) return false;
  if (REFERENCE_BEFORE.has(prev.lower)) return true;
  return (prev.lower === 'to' || prev.lower === 'к') && ADDITION.has(doc.tokens[before(i - 1)]?.lower ?? '');
}

/**
 * The dates that belong to one document in a sentence: its term (a range or an "until" right after
 * its name: «на 2025–2027 годы», "until 2030"; in a verb-final language an "until" before it,
 * «2027 жылға дейінгі … жол картасы») and its date (the one nearest before its name in the
 * sentence, else the first after).
 */
function datesOf(v: SentenceView, m: Mention, verbFinal: boolean): { when: DateMention | undefined; term: DateMention | undefined } {
  const at = m.start - v.start;
  const dates = pointDates(v);
  const term =
    dates.find((d) => (d.kind === 'range' || d.until) && d.start >= at && d.start - at <= 80) ??
    (verbFinal ? dates.filter((d) => d.until && d.end <= at && at - d.end <= 60).pop() : undefined);
  const singles = dates.filter((d) => d.kind !== 'range' && !d.until && d.value);
  const when = singles.filter((d) => d.start < at).pop() ?? singles.find((d) => d.start > at);
  return { when, term };
}

function mergeAgreements(items: Agreement[]): Agreement[] {
  const out: Agreement[] = [];
  for (const a of items) {
    const same = out.find(
      (o) =>
        o.kind === a.kind &&
        (o.status === a.status || (a.status === 'planned' && a.year === null)) &&
        sameParties(o.actors, a.actors) &&
        (o.year === a.year || o.year === null || a.year === null) &&
        (o.until === a.until || o.until === null || a.until === null),
    );
    if (same) {
      same.actors = sharper(same.actors, a.actors);
      same.year ??= a.year;
      same.until ??= a.until;
      same.evidence!.push(...(a.evidence ?? []));
    } else out.push(a);
  }
  return out;
}

// ---- plans ----------------------------------------------------------------------------------

/** What the parties intend or are invited to do: future sentences with a plan word. */
export function findPlans(doc: Doc, views: SentenceView[], parties: Parties): Plan[] {
  const out: Plan[] = [];
  const pubYear = doc.published ? Number(doc.published.slice(0, 4)) : null;
  for (const v of views) {
    if (!v.future) continue;
    const agreementSpans = triggers(v, 'agreement');
    const words = triggers(v, 'plan').filter((m) => !agreementSpans.some((a) => m.start < a.end && a.start < m.end));
    if (!words.length) continue;
    const actors = relationParties(v, parties.main);
    if (actors.length < 2) continue;
    // An offer is a proposal event, not a plan.
    if (triggers(v, 'event').some((m) => triggerKinds(m).includes('proposal'))) continue;
    // The dateline's day is when the story was written, not when the plan is for.
    const dates = pointDates(v).filter((d) => d.value && d.value !== doc.published);
    const y = year(dates.find((d) => !pubYear || year(d)! >= pubYear));
    const kinds = new Set(words.flatMap(triggerKinds) as PlanKind[]);
    // A business mission is the precise kind of visit; an invitation to a fair is a visit, not an event.
    if (kinds.has('business_mission')) kinds.delete('visit');
    if ((kinds.has('visit') || kinds.has('business_mission')) && invitedTo(doc, v, words)) kinds.delete('event');
    for (const kind of kinds) {
      const m = words.find((x) => triggerKinds(x).includes(kind))!;
      out.push({ kind, actors, year: y, evidence: [evidence(doc, m, `plan:${kind}`)] });
    }
  }
  const merged: Plan[] = [];
  for (const p of out) {
    const same = merged.find(
      (o) => o.kind === p.kind && sameParties(o.actors, p.actors) && (o.year === p.year || o.year === null || p.year === null),
    );
    if (same) {
      same.actors = sharper(same.actors, p.actors);
      same.year ??= p.year;
      same.evidence!.push(...(p.evidence ?? []));
    } else merged.push(p);
  }
  return merged;
}

export type { PlaceValue };
export { ofKind };
