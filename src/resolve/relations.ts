// Relation rules over sentences: events, agreements and plans. Each rule is small and named for
// the kind of statement it reads; parties come from the sentence, else from the story. The rules
// are declared in rules.ts (RELATION_RULES): each item's evidence names its entry there.
import type { Doc, Mention } from '../core/doc.js';
import type { Agreement, AgreementKind, CoopEvent, EventType, Plan, PlanKind } from '../core/facts.js';
import type { PlaceValue } from '../extract/mentions.js';
import type { DateMention } from '../extract/dates.js';
import { evidence } from './evidence.js';
import type { CheckName, RuleName } from './rules.js';
import { caseEndings, countryOf, type Parties, type PartyRef } from './parties.js';
import {
  clauseIds,
  clauseParties,
  continues,
  coordinatedPairs,
  countedFrom,
  listedEntries,
  distinctParties,
  documentSides,
  eventAhead,
  fieldOf,
  framed,
  invitedBy,
  byTravellers,
  businessInvited,
  underway,
  isOnset,
  isReadiness,
  isResponse,
  thankedFor,
  mutualOffer,
  partnerAfter,
  isWith,
  agentless,
  longAgo,
  pointsBackToDay,
  ofKind,
  pointDates,
  referenceBefore,
  relationParties,
  triggerKinds,
  triggers,
  type SentenceView,
} from './sentences.js';
import type { PersonEntity } from './people.js';
import { recorder } from './trace.js';

/** The evidence of an item, naming the declared rule that made it. */
const fired = (doc: Doc, m: Mention, rule: RuleName) => evidence(doc, m, rule);

const year = (d: DateMention | undefined) => (d?.value ? Number(d.value.slice(0, 4)) : null);

/** The city a sentence places its event in («в Барнауле», "in Fergana"). */
/** «консулом КНР в Екатеринбурге», "Embassy of China in Astana": the city is where an office sits. */
const OFFICE_SEAT =
  /(?:[кК]онсул\p{L}*|[гГ]енконсул\p{L}*|[пП]осольств\p{L}*|[пП]осол\p{L}*|[пП]редставительств\p{L}*|[тТ]оргпредств\p{L}*|[cC]onsul\p{L}*|[eE]mbass\p{L}*|[aA]mbassador|[rR]epresentative [oO]ffice|[tT]rade [mM]ission)(?:\s+(?:\p{Lu}[\p{L}.-]*|of|the|General|генеральн\p{L}*)){0,3}\s+(?:в|во|in)\s*$/u;

/** Where an event took place: a city after "in", unless it is only the seat of an office. */
function placeOf(doc: Doc, v: SentenceView): string | null {
  const city = v.parties.find(
    (r) =>
      r.via === 'city' &&
      ['в', 'во', 'in', 'at'].includes(r.before) &&
      !OFFICE_SEAT.test(doc.text.slice(Math.max(0, r.start - 80), r.start)),
  );
  return city?.place?.nameEn ?? null;
}

/**
 * The day of a reported event: the sentence's first point date, the day itself where a coarser date
 * holds it ("earlier this month (December 4th)"). Events are past: a date without a year that would
 * fall after publication is last year's («15 декабря» in a January story); one with a year is no date.
 */
function eventDate(v: SentenceView, published: string | null): string | null {
  // A span of days («со 2 по 5 июня») starts on its first; ranges of months or years are periods.
  const dates = pointDates(v).filter(
    (d) => d.value && (d.kind !== 'range' || d.value.length === 10) && d.kind !== 'year' && d.start >= v.dateline,
  );
  const first = dates[0];
  const day = dates.find((d) => d.value!.length === 10 && first?.value && d.value!.startsWith(first.value));
  const chosen = day ?? first;
  const d = chosen?.value ?? null;
  if (d && published && d > published) {
    const yearless = chosen!.kind !== 'relative' && !/\d{4}/.test(chosen!.text);
    const earlier = `${Number(d.slice(0, 4)) - 1}${d.slice(4)}`;
    return yearless && d.slice(0, 4) === published.slice(0, 4) ? earlier : null;
  }
  return d;
}

/** The last day a sentence tells, outside its dateline. */
const lastDay = (v: SentenceView | undefined) =>
  v
    ? pointDates(v)
        .filter((d) => d.value?.length === 10 && d.start >= v.dateline)
        .pop()?.value
    : undefined;

/** «В тот же день…», "On the same day, …": the day the sentence before told (or the one before that). */
function sameDay(views: SentenceView[], v: SentenceView): string | null {
  return pointsBackToDay(v) ? (lastDay(views[v.index - 1]) ?? lastDay(views[v.index - 2]) ?? null) : null;
}

/**
 * A day of the last two weeks before publication that the sentence right before or after tells
 * («…подписали план. Церемония состоялась 20 мая», "X and Y reaffirmed … on Oct. 18. During the
 * meeting…"): the day of an event its own sentence does not date.
 */
function recentNeighbourDay(views: SentenceView[], v: SentenceView, published: string | null): string | null {
  if (!published) return null;
  const from = new Date(Date.parse(published) - 14 * 86_400_000).toISOString().slice(0, 10);
  const recent = (x: SentenceView | undefined) => {
    const d = lastDay(x);
    return d && d >= from && d <= published ? d : undefined;
  };
  return recent(views[v.index - 1]) ?? recent(views[v.index + 1]) ?? null;
}

/** An event still undated after the sitting's day takes the day its neighbour sentences tell. */
function neighbourDates(events: CoopEvent[], borrowed: Map<CoopEvent, string>): CoopEvent[] {
  for (const e of events)
    if (e.date === null && borrowed.has(e)) e.date = e.type === 'visit' ? borrowed.get(e)!.slice(0, 7) : borrowed.get(e)!;
  return events;
}

/**
 * An event the story tells without a date of its own happened when it was reported; in a story
 * without a publication date, in the latest year its past sentences write out («Выставка-2023»).
 */
function datedByPublication(events: CoopEvent[], published: string | null, views: SentenceView[]): CoopEvent[] {
  const told = published ?? toldYear(views);
  if (told) for (const e of events) e.date ??= told;
  return events;
}

/** The latest year written out in the sentences that tell of the past (not ranges, terms or bounds). */
function toldYear(views: SentenceView[]): string | null {
  const years = views
    .filter((v) => !v.future)
    .flatMap((v) => pointDates(v))
    .filter((d) => d.value && d.kind !== 'range' && !d.until && /\d{4}/.test(d.text))
    .map((d) => d.value!.slice(0, 4));
  return years.length ? years.sort().pop()! : null;
}

/** Past or present sentences with an event word: meetings, visits, signings, forums, proposals. */
export function findEvents(doc: Doc, views: SentenceView[], parties: Parties, people: PersonEntity[]): CoopEvent[] {
  const events: CoopEvent[] = [];
  const guessed = new Set<CoopEvent>();
  const history = new Set<CoopEvent>();
  const borrowed = new Map<CoopEvent, string>();
  const forumSentences = new Set<string>();
  const twoEnded = new Set<CoopEvent>();
  const published = doc.published;
  const pubYear = published ? Number(published.slice(0, 4)) : null;
  const trace = recorder(doc);
  for (const v of views) {
    // A business mission dated in the past is a visit («на прошлой неделе прошла бизнес-миссия»); undated, it may be a habit.
    const dated = pointDates(v).some((d) => d.value && (!published || d.value <= published));
    const missions = !dated
      ? []
      : triggers(v, 'plan').filter(
          (m) => triggerKinds(m).includes('business_mission') && !trace.veto(eventAhead(doc, v, m), m, 'ahead', 'visit'),
        );
    const found = [
      ...triggers(v, 'event')
        .filter((m) => !trace.veto(awaitedVisit(doc, m), m, 'awaited', 'visit') && !trace.veto(tallied(doc, m), m, 'tallied'))
        .flatMap((m) => asMeeting(doc, v, m, people, parties.main)),
      ...missions,
    ];
    if (!found.length) continue;
    const kinds = new Set(found.flatMap((m) => triggerKinds(m).map((k) => (k === 'business_mission' ? 'visit' : k))) as EventType[]);
    // A meeting of a council or commission is its session: a forum.
    if (found.some((m) => triggerKinds(m).includes('meeting') && sessionOf(doc, v, m))) {
      const plain = found.some((m) => triggerKinds(m).includes('meeting') && !sessionOf(doc, v, m));
      if (!plain) kinds.delete('meeting');
      kinds.add('forum');
    }
    const actors = relationParties(v, parties.main);
    if (trace.vetoAll(actors.length < 2 || new Set(actors.map(countryOf)).size < 2, () => found, 'one-country')) continue;
    // A meeting, forum or signing is between its sides, not with the region it is held in.
    const sited = withoutVenue(v);
    const sides = relationParties(sited, parties.main);
    const date = eventDate(v, published) ?? sameDay(views, v);
    if (kinds.has('forum')) forumSentences.add(v.text);
    const nearby = recentNeighbourDay(views, v, published);
    const place = placeOf(doc, v);
    // A document's term («на 2023–2025 годы») is no time of the event.
    const times = pointDates(v).filter((d) => d.kind !== 'range' || d.value?.length === 10);
    const years = times.map(year).filter((y): y is number => y !== null);
    // Every date of the sentence lies in earlier years («два года назад, в 2023-м»): history.
    const recalled = pubYear !== null && years.length > 0 && years.every((y) => y < pubYear);
    const add = (type: EventType, who: string[], rule: RuleName, m: Mention) => {
      events.push({
        type,
        actors: who,
        date: recalled ? (date ?? String(years[0])) : date,
        place: type === 'proposal' ? null : place,
        evidence: [fired(doc, m, rule)],
      });
      if (recalled) history.add(events[events.length - 1]!);
      else if (nearby) borrowed.set(events[events.length - 1]!, nearby);
    };

    // Every offer in the sentence counts: «Узбекская сторона предложила…, а казахстанская – …».
    for (const m of found.filter(
      (x) => triggerKinds(x).some((k) => k === 'proposal' || k === 'interest') && !trace.veto(takenUp(doc, x), x, 'taken-up'),
    )) {
      if (triggerKinds(m).includes('interest') && !trace.need(specificInterest(v, m), m, 'interest-unspecific')) continue;
      if (trace.veto(mutualOffer(doc, v, m), m, 'mutual-offer')) continue;
      const proposers = proposersOf(doc, v, m, parties, people);
      trace.need(proposers.length > 0, m, 'no-proposer');
      for (const proposer of proposers) {
        const addressee =
          actors.find((c) => countryOf(c) !== countryOf(proposer)) ?? parties.main.find((c) => countryOf(c) !== countryOf(proposer));
        if (addressee) add('proposal', [proposer, addressee], 'proposal', m);
      }
    }
    for (const type of kinds) {
      if (type === 'proposal' || (type as string) === 'interest') continue;
      // A future word speaks for its own clause: «Губернатор, который посетит форум, провел встречу».
      const told = found.filter(
        (x) =>
          (triggerKinds(x).includes(type) ||
            (type === 'visit' && missions.includes(x)) ||
            (type === 'forum' && triggerKinds(x).includes('meeting') && sessionOf(doc, v, x))) &&
          !trace.veto(eventAhead(doc, v, x), x, 'ahead', type),
      );
      const m = told.find((x) => triggerKinds(x).includes(type)) ?? told[0];
      const offers = triggers(v, 'event').filter((x) => triggerKinds(x).includes('proposal'));
      if (!m || trace.veto(v.unrealized, m, 'unrealized', type) || trace.veto(offeredOnly(doc, m, offers), m, 'offered', type)) continue;
      if (
        type === 'signing' &&
        trace.veto(
          told.every((x) => countedFrom(doc, v, x)),
          m,
          'counted-from',
          type,
        )
      )
        continue;
      // «С начала года подписано 25 документов», "have signed 25 documents since 2019": a tally over time, not a signing.
      const nouns = triggers(v, 'agreement');
      if (
        type === 'signing' &&
        trace.veto(nouns.length > 0 && nouns.every((n) => counted(doc, n, nouns)) && OVER_YEARS.test(v.text), m, 'documents-tallied', type)
      )
        continue;
      if (
        type === 'signing' &&
        (trace.veto(recalled, m, 'earlier-years', type) ||
          trace.veto(v.recalls, m, 'recalls', type) ||
          trace.veto(longAgo(doc, v), m, 'long-ago', type) ||
          trace.veto(pastYearNear(v, m, times, pubYear), m, 'past-year-near', type) ||
          trace.veto(earlierMonth(date, published), m, 'earlier-month', type))
      )
        continue;
      if (type === 'visit') {
        const { pair, told: directed, both } = visitDirection(doc, v, actors, parties.main);
        // A delegation named with no word of where it came from or went («делегация приняла участие») tells no visit.
        if (trace.veto(!directed && told.every((x) => isDelegation(doc, x)), m, 'delegation-undirected', 'visit')) continue;
        add('visit', pair, 'visit', m);
        const e = events[events.length - 1]!;
        if (both) twoEnded.add(e);
        // The day of another clause («провел переговоры вчера с X, который прибыл…») dates the sitting, not the trip.
        const dated = pointDates(v).find((d) => d.value === e.date);
        const words = told.filter((x) => triggerKinds(x).includes('visit') || missions.includes(x));
        if (e.date && !recalled && dated && !words.some((x) => sameClause(doc, v, x, dated))) e.date = e.date.slice(0, 7);
        if (!directed) guessed.add(events[events.length - 1]!);
        continue;
      }
      if (type === 'signing' || type === 'meeting') {
        // Each pair of sides in its own clause signs or meets by itself.
        // «X и Y, Z и W подписали…»: each pair signs by itself.
        const pairs = type === 'signing' ? sharedVerb(v, coordinatedPairs(v)) : [];
        for (const x of told.filter((t) => triggerKinds(t).includes(type))) {
          for (const who of pairs.length ? pairs : [clauseParties(doc, sited, x, parties.main)]) {
            add(type, who, pairs.length ? 'signing:pairs' : type, x);
            if (type === 'signing') documentsSigned.set(events[events.length - 1]!, new Set(namedKinds(v)));
          }
        }
        continue;
      }
      add(type, sides, type, m);
    }
  }
  const merged = mergeEvents(withMeetings(doc, alignVisits(events, guessed)), history, borrowed, twoEnded);
  const atForum = new Set(
    merged.filter((e) => e.type === 'signing' && e.evidence?.some((x) => x.sentence !== undefined && forumSentences.has(x.sentence))),
  );
  return datedByPublication(neighbourDates(sharedDates(merged, atForum), borrowed), published, views);
}

const LOCATIVE = new Set(['в', 'во', 'in', 'at']);

/**
 * «Встречи делегаций Башкирии и Узбекистана прошли в Подмосковье», "the council of regions met in
 * the Moscow Region": a region after «в»/"in" whose country another party of the sentence already
 * stands for is where the event was held, not a side of it. A city is never a side by itself
 * (actingRefs); a region so placed is dropped only where its country keeps a side.
 */
function withoutVenue(v: SentenceView): SentenceView {
  const venue = (r: PartyRef) => LOCATIVE.has(r.before) && r.via === 'name' && r.code.includes('-');
  const sides = v.parties.filter((r) => !venue(r));
  const held = v.parties.filter((r) => venue(r) && sides.some((o) => countryOf(o.code) === countryOf(r.code)));
  return held.length ? { ...v, parties: v.parties.filter((r) => !held.includes(r)) } : v;
}

/**
 * «Узбекистан и Башкортостан обсудили…», "X and Y discussed": a meeting where the sentence names
 * two sides from different countries; discussed alone («обсудили вопросы») tells no sides.
 */
function asMeeting(doc: Doc, v: SentenceView, m: Mention, people: PersonEntity[], main: string[]): Mention[] {
  if (triggerKinds(m).includes('reception'))
    return recorder(doc).need(receivedOfficial(v, m), m, 'no-official') ? [{ ...m, attrs: { ...m.attrs, kinds: ['meeting'] } }] : [];
  if (!triggerKinds(m).includes('discussion')) return [m];
  const own = distinctParties(v.parties.filter((r) => r.start < m.start));
  // A person named before the verb stands for his party («Алексей Текслер и аким … обсудили»).
  const speakers = people.filter((p) => p.person.actor && namedBefore(doc, v, p, m)).map((p) => p.person.actor!);
  // «Глава Тувы обсудил с генеральным консулом Монголии…», "discussed with the Governor of X": the partner after «с»/"with".
  const at = partnerAfter(doc, m);
  const near = (x: { tokenStart: number }) => at >= 0 && x.tokenStart > at && x.tokenStart - at <= 5;
  const partners =
    at < 0
      ? []
      : [
          ...v.parties.filter((r) => near(r) && r.via !== 'city').map((r) => r.code),
          ...people.filter((p) => p.person.actor && p.mentions.some((x) => x.sentence === v.index && near(x))).map((p) => p.person.actor!),
        ];
  // «Текслер и аким Костанайской области Мухамбетов обсудили…»: two people named before the verb are its two sides.
  const pair = new Set(people.filter((p) => namedBefore(doc, v, p, m)).map((p) => p.person.name)).size >= 2;
  // «В ходе заседания обсудили с помощником Президента Беларуси…»: the story's own side talked with the partner.
  const home =
    own.length + speakers.length === 0 && partners.length ? main.filter((c) => !partners.some((x) => countryOf(x) === countryOf(c))) : [];
  if (recorder(doc).veto(!pair && new Set([...own, ...speakers, ...partners, ...home].map(countryOf)).size < 2, m, 'one-side-discussed'))
    return [];
  return [{ ...m, attrs: { ...m.attrs, kinds: ['meeting'] } }];
}

/**
 * «Председатель области принял заместителя…», «Главу региона принял президент», "X received the
 * Governor of Y": receiving is a meeting when an official or a person follows the verb
 * («приняли участие», "received 3 thousand tons" are not).
 */
function receivedOfficial(v: SentenceView, m: Mention): boolean {
  return v.mentions.some(
    (x) => (x.kind === 'office' || x.kind === 'person') && x.tokenStart >= m.tokenEnd && x.tokenStart - m.tokenEnd <= 2,
  );
}

/** A person is named in the sentence before a word: by a mention, or by the surname in any case ending («Текслер», «Текслером»). */
function namedBefore(doc: Doc, v: SentenceView, p: PersonEntity, m: Mention): boolean {
  if (p.mentions.some((x) => x.sentence === v.index && x.start < m.start)) return true;
  const surname = p.person.name.split(/\s+/u).pop()!.toLowerCase();
  const stem = surname.length > 5 ? surname.slice(0, -1) : surname;
  return doc.tokens.slice(v.tokenStart, m.tokenStart).some((t) => t.upper && t.lower.startsWith(stem));
}

/** A visit whose sentence does not say who went where («гости побывали на заводе») is the one the story told of. */
function alignVisits(events: CoopEvent[], guessed: Set<CoopEvent>): CoopEvent[] {
  for (const e of guessed) {
    const told = events.find((x) => x.type === 'visit' && !guessed.has(x) && sameParties(x.actors, e.actors));
    if (told) e.actors = sharper(told.actors, e.actors) === told.actors ? [...told.actors] : orderLike(e.actors, told.actors);
  }
  return events;
}

/** Codes put in the order of the same parties in another list (guest first). */
function orderLike(codes: string[], model: string[]): string[] {
  const rank = (c: string) => model.findIndex((d) => d === c || countryOf(d) === c || countryOf(c) === d);
  return [...codes].sort((a, b) => rank(a) - rank(b));
}

/** The date nearest a word lies in an earlier year: «два года назад, в 2023-м, был подписан план, который в этом году…». */
function pastYearNear(v: SentenceView, m: Mention, times: DateMention[], pubYear: number | null): boolean {
  const at = m.start - v.start;
  const gap = (d: DateMention) => (d.end <= at ? at - d.end : d.start - (m.end - v.start));
  const near = times.filter((d) => d.value).sort((a, b) => gap(a) - gap(b))[0];
  return pubYear !== null && near !== undefined && year(near)! < pubYear;
}

// «подготовка визита», «программа визита», "preparations for the visit", "ahead of the visit": a visit still to come.
const AWAITED = /^(подготов\p{L}*|программ\p{L}*|preparations?|preparing|ahead|накануне|перед|prior)$/u;

function awaitedVisit(doc: Doc, m: Mention): boolean {
  if (!triggerKinds(m).includes('visit')) return false;
  const before = doc.tokens.slice(Math.max(0, m.tokenStart - 3), m.tokenStart).filter((t) => t.sentence === m.sentence);
  return before.some((t) => AWAITED.test(t.lower));
}

/** «11 деловых встреч», "held 5 forums": a count of events is a tally, not one of them. */
function tallied(doc: Doc, m: Mention): boolean {
  const isCount = (i: number) => {
    const t = doc.tokens[i];
    return t?.sentence === m.sentence && t.kind === 'number' && !/^(19|20)\d\d$/.test(t.text) && Number(t.text) > 1;
  };
  const at = m.tokenStart;
  return isCount(at - 1) || (doc.tokens[at - 1]?.kind === 'word' && isCount(at - 2));
}

/** «поддержал предложение», "ready to study the proposal": an offer another party made. */
function takenUp(doc: Doc, m: Mention): boolean {
  if (!triggerKinds(m).includes('proposal')) return false;
  return doc.tokens.slice(Math.max(0, m.tokenStart - 3), m.tokenStart).some((t) => t.sentence === m.sentence && isResponse(t.lower));
}

// «готова принять сессию форума», "is ready to host", "readiness to sign": an offer, not an act that took place.

/**
 * A readiness word earlier in the same clause as the trigger, or an offer word whose content the
 * trigger is («предложил провести форум», «предложил монгольскому коллеге встретиться», "proposed
 * holding talks"): what is offered has not taken place.
 */
function offeredOnly(doc: Doc, m: Mention, offers: Mention[] = []): boolean {
  for (let i = m.tokenStart - 1; i >= 0; i--) {
    const t = doc.tokens[i]!;
    if (t.sentence !== m.sentence || (t.kind === 'punct' && /^[,;:—–]$/.test(t.text))) return false;
    if (isReadiness(t.lower) || offers.some((o) => o.tokenStart <= i && i < o.tokenEnd)) return true;
  }
  return false;
}

const RELATIVE_WORD = /^(котор\p{L}*|куда|где|who|which|where|whose)$/u;

/** No relative clause opens between a word and a date of its sentence. */
function sameClause(doc: Doc, v: SentenceView, m: Mention, d: DateMention): boolean {
  const [from, to] = [Math.min(m.start, v.start + d.start), Math.max(m.end, v.start + d.end)];
  return !doc.tokens.some((t) => t.sentence === v.index && t.start >= from && t.end <= to && RELATIVE_WORD.test(t.lower));
}

/** «в марте» in a story of April: a month already past is background, not the news. */
const earlierMonth = (date: string | null, published: string | null) =>
  date !== null && published !== null && date.length === 7 && date < published.slice(0, 7);

const SITTING: EventType[] = ['meeting', 'signing', 'visit', 'forum'];

/**
 * A meeting, the signing at it, the visit and the forum around it are one sitting: an event
 * reported without its own date takes the sitting's (the first day a meeting or signing names).
 */
function sharedDates(events: CoopEvent[], atForum: Set<CoopEvent>): CoopEvent[] {
  const day = (types: EventType[]) => events.find((e) => types.includes(e.type) && e.date && e.date.length === 10)?.date;
  // Without a dated meeting or signing, the forum's day is the sitting's («12 documents were signed at the conference»).
  const anchor = day(['meeting', 'signing']) ?? day(['forum']);
  // A signing told at the forum («На заседании стороны подписали…», "At the session, … signed") is of the forum's day.
  const forum = day(['forum']);
  // A visit lasts days: the sitting's day says only its month.
  if (anchor)
    for (const e of events)
      if (e.date === null && SITTING.includes(e.type))
        e.date = e.type === 'visit' ? anchor.slice(0, 7) : e.type === 'signing' && atForum.has(e) && forum ? forum : anchor;
  return events;
}

/** Heads of both sides signing together met: a signing by two named people implies their meeting. */
function withMeetings(doc: Doc, events: CoopEvent[]): CoopEvent[] {
  const out = [...events];
  for (const e of events) {
    if (e.type !== 'signing' || events.some((x) => x.type === 'meeting' && sameParties(x.actors, e.actors))) continue;
    // Signed at a forum of the same sides («на открытии агрофорума», "within the forum"): the forum is their sitting.
    if (events.some((x) => x.type === 'forum' && covers(e.actors, x.actors))) continue;
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
  // A city is no proposer, but its people are («семейские переработчики заинтересованы…»).
  const named = v.parties.filter((r) => r.start < m.start && (r.via !== 'city' || r.place?.form === 'adjective')).pop();
  // «Также предлагается поддержать…», "It is also proposed to…": no speaker is guessed for an offer without its agent.
  if (agentless(doc, m)) return named?.code ?? null;
  const spoke = speaker?.mentions.find((x) => x.sentence === v.index);
  // «Цыденов на встрече с губернатором аймака Монголии предложил…»: a party after «с»/"with" is the partner, not the proposer.
  const partner =
    named && spoke && named.start > spoke.start && doc.tokens.slice(spoke.tokenEnd, named.tokenStart).some((t) => isWith(t.lower));
  if (partner && speaker?.person.actor) return speaker.person.actor;
  if (named && (!speaker || named.start > spoke!.start)) return named.code;
  if (speaker?.person.actor) return speaker.person.actor;
  if (named) return named.code;
  // «…, — предложил гостю Александр Лукашенко», "…, proposed Governor Ivanov": after the words reported, the speaker follows the verb.
  const inverted = invertedSpeaker(doc, m, people);
  if (inverted) return inverted;
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

/**
 * The speaker named after a verb of saying that follows the words reported («…, — предложил гостю
 * Александр Лукашенко»): a comma or dash right before the verb, a person at most five words after it, no stop between.
 */
function invertedSpeaker(doc: Doc, m: Mention, people: PersonEntity[]): string | null {
  const before = doc.tokens[m.tokenStart - 1];
  if (!before || before.sentence !== m.sentence || before.kind !== 'punct' || !/^[,—–-]$/.test(before.text)) return null;
  const after = people
    .flatMap((p) => p.mentions.map((x) => ({ p, x })))
    .filter(({ x }) => x.sentence === m.sentence && x.tokenStart >= m.tokenEnd && x.tokenStart - m.tokenEnd <= 5)
    .sort((a, b) => a.x.tokenStart - b.x.tokenStart)[0];
  if (!after || doc.tokens.slice(m.tokenEnd, after.x.tokenStart).some((t) => t.kind === 'punct')) return null;
  return after.p.person.actor ?? null;
}

/**
 * A visit goes from the delegation's party to the host: «делегация X», "delegation of X", "arrived in Y";
 * `told` when the sentence says either.
 */
const DELEGATION = ['делегация', 'делегации', 'делегацию', 'делегацией', 'delegation'];
const DELEGATIONS = ['делегаций', 'делегациями', 'делегациях', 'delegations'];
const isDelegation = (doc: Doc, m: Mention) =>
  DELEGATION.includes(doc.tokens[m.tokenStart]!.lower) || DELEGATIONS.includes(doc.tokens[m.tokenStart]!.lower);

function visitDirection(doc: Doc, v: SentenceView, actors: string[], main: string[]): { pair: string[]; told: boolean; both: boolean } {
  const dest = v.parties.find((r) => ['в', 'во', 'in', 'to', 'into'].includes(r.before) && r.via !== 'adjective');
  // "the Governor of X … the delegation from Y": a delegation's own party before any "of".
  const origin =
    v.parties.find((r) => ['из', 'from', ...DELEGATION].includes(r.before)) ??
    v.parties.find(
      (r) => r.before === 'of' && doc.tokens.slice(Math.max(0, r.tokenStart - 5), r.tokenStart).some((t) => DELEGATION.includes(t.lower)),
    ) ??
    // «башкирская делегация», "the Kyrgyz delegation".
    v.parties.find((r) => r.via === 'adjective' && DELEGATION.includes(doc.tokens[r.tokenEnd]?.lower ?? ''));
  const host = dest?.code;
  const guest = origin?.code ?? actors.find((c) => !host || countryOf(c) !== countryOf(host));
  const pair = [guest ?? actors[0]!, host ?? actors.find((c) => !guest || countryOf(c) !== countryOf(guest)) ?? main[0]!];
  return {
    pair: countryOf(pair[0]!) === countryOf(pair[1]!) ? actors : pair,
    told: Boolean(dest || origin),
    both: Boolean(dest && origin),
  };
}

// The kinds of document each signing names: a country's roadmap and its regions' agreement are two signings.
// "Documents" name no kind: a signing of documents may be any of them.
const namedKinds = (v: SentenceView) =>
  triggers(v, 'agreement')
    .flatMap(triggerKinds)
    .filter((k) => k !== 'other');
const documentsSigned = new WeakMap<CoopEvent, Set<string>>();

/** Two signings of different documents, one by two countries, the other by their regions. */
function otherSigning(a: CoopEvent, b: CoopEvent): boolean {
  const national = (e: CoopEvent) => e.actors.every((c) => !c.includes('-'));
  if (a.type !== 'signing' || national(a) === national(b)) return false;
  const x = documentsSigned.get(a);
  const y = documentsSigned.get(b);
  return Boolean(x?.size && y?.size && ![...x].some((k) => y.has(k)));
}

/** One event per type and parties: «Китай» and «провинция Цзилинь» in two reports of one meeting are one side. */
function mergeEvents(
  events: CoopEvent[],
  history: Set<CoopEvent>,
  borrowed: Map<CoopEvent, string>,
  twoEnded: Set<CoopEvent> = new Set(),
): CoopEvent[] {
  const out: CoopEvent[] = [];
  // Events of this time first: one recalled from earlier years joins them without lending its date.
  const ordered = [...events.filter((e) => !history.has(e)), ...events.filter((e) => history.has(e))];
  for (const e of ordered) {
    const directed = e.type === 'visit' || e.type === 'proposal';
    // A forum gathers many: a report naming fewer of its parties («Узбекистан и Россия») tells of the same one; so does a meeting.
    const same = out.find(
      (o) =>
        o.type === e.type &&
        (sameParties(o.actors, e.actors) ||
          // A meeting reported once with everyone present («встреча прошла с участием мэра, полпреда и хокима») is the one its two sides held.
          ((e.type === 'forum' || e.type === 'meeting') && (covers(o.actors, e.actors) || covers(e.actors, o.actors)))) &&
        !otherSigning(o, e) &&
        // A later report of the same two sides' visit that does not name both ends («приветствовал визит делегации в область») is that visit.
        (!directed || sameParties([o.actors[0]!], [e.actors[0]!]) || (e.type === 'visit' && !twoEnded.has(e) && !history.has(e))),
    );
    if (same) {
      if (sameParties(same.actors, e.actors)) same.actors = sharper(same.actors, e.actors);
      const docs = documentsSigned.get(same);
      for (const k of documentsSigned.get(e) ?? []) docs?.add(k);
      if (!history.has(e) || history.has(same)) {
        same.date ??= e.date;
        same.place ??= e.place;
        if (!borrowed.has(same) && borrowed.has(e)) borrowed.set(same, borrowed.get(e)!);
      }
      same.evidence!.push(...(e.evidence ?? []));
    } else out.push(e);
  }
  return out;
}

// The last month of each season: «весной» told in November means next spring.
const SEASON_END: ReadonlyArray<readonly [RegExp, number]> = [
  [/весн|spring/iu, 5],
  [/лет|summer/iu, 8],
  [/осен|autumn|fall/iu, 11],
];

/** The year of a plan's date: a month or season named without a year that is already past this year is next year's. */
function yearAhead(d: DateMention | undefined, published: string | null): number | null {
  const y = year(d);
  if (!d || y === null || !published || /\d{4}/.test(d.text) || d.kind === 'relative') return y;
  const month =
    d.kind === 'month' ? Number(d.value!.slice(5, 7)) : d.kind === 'season' ? SEASON_END.find(([re]) => re.test(d.text))?.[1] : undefined;
  return month !== undefined && y === Number(published.slice(0, 4)) && month < Number(published.slice(5, 7)) ? y + 1 : y;
}

const INVITATION = /^(пригласил\p{L}*|приглашени\p{L}*|invited|invitation|invites)$/u;
const TO_EVENT = new Set(['на', 'в', 'to', 'at', 'in', 'during', 'время', 'рамках', 'for']);

/** «пригласил … на выставку», "invited … to the exhibition": the event is where the visit goes. */
function invitedTo(doc: Doc, v: SentenceView, words: Mention[]): boolean {
  const tokens = doc.tokens.filter((t) => t.sentence === v.index);
  if (!tokens.some((t) => INVITATION.test(t.lower))) return false;
  return words.some(
    (m) =>
      triggerKinds(m).includes('event') && doc.tokens.slice(Math.max(0, m.tokenStart - 8), m.tokenStart).some((t) => TO_EVENT.has(t.lower)),
  );
}

// An event that only dates a visit or a signing, or is where a delegation goes.
// «приедет на форум», "to visit … for the forum", «на время фестиваля», «в ходе заседания».
const TIMED_BY = /^(время|ходе|рамках|течение|during|for|to|на)$/u;
const SESSION = /^\s*(?:of\s+the\s+)?(?:[\p{L}\d-]+\s+){0,3}(?:council|commission|совета|комиссии|межправкомиссии)/iu;
const BODY = /^(council|commission)$/u;

function sessionOf(doc: Doc, v: SentenceView, m: Mention): boolean {
  const prev = doc.tokens[m.tokenStart - 1];
  return SESSION.test(v.text.slice(m.end - v.start, m.end - v.start + 60)) || (prev?.sentence === m.sentence && BODY.test(prev.lower));
}

function timedBy(doc: Doc, words: Mention[]): boolean {
  return words.some(
    (m) =>
      triggerKinds(m).includes('event') &&
      doc.tokens.slice(Math.max(0, m.tokenStart - 4), m.tokenStart).some((t) => t.sentence === m.sentence && TIMED_BY.test(t.lower)),
  );
}

/** The same parties, a country standing for its own region. */
export function sameParties(a: string[], b: string[]): boolean {
  return covers(a, b) && covers(b, a);
}

/** Every party of `a` is one of `b`'s, or its country, or a region of it. */
const covers = (a: string[], b: string[]) => a.every((c) => b.some((d) => c === d || countryOf(c) === d || countryOf(d) === c));

/** The more specific of two party lists that name the same parties. */
export function sharper(a: string[], b: string[]): string[] {
  return a.filter((c) => c.includes('-')).length >= b.filter((c) => c.includes('-')).length ? a : b;
}

// ---- agreements -----------------------------------------------------------------------------

/** Documents between parties: signed (now or in a named year) or planned. */
export function findAgreements(doc: Doc, views: SentenceView[], parties: Parties): Agreement[] {
  const out: Agreement[] = [];
  const counts: Agreement[] = [];
  const pubYear = doc.published ? Number(doc.published.slice(0, 4)) : storyYear(views);
  const trace = recorder(doc);
  for (const v of views) {
    const nouns = documentNouns(v, views);
    trace.vetoAll(true, () => triggers(v, 'agreement').filter((m) => !nouns.includes(m)), 'documents-named');
    if (!nouns.length) continue;
    const signed = triggers(v, 'event').some((m) => triggerKinds(m).includes('signing') && !signingAhead(doc, v, m));
    // «…дорожную карту. Документ подписан…»: the next sentence signs what this one names.
    const next = views[v.index + 1];
    const signedNext = next
      ? triggers(next, 'event').some((m) => triggerKinds(m).includes('signing')) && /документ|document/i.test(next.text)
      : false;
    if (trace.vetoAll(relationParties(v, parties.main).length < 2, () => nouns, 'one-country')) continue;
    for (const m of nouns) {
      // «план мероприятий (дорожная карта)»: a name in brackets after another names the same document; it goes by the bracketed one.
      if (nouns.some((n) => n.tokenStart === m.tokenEnd + 1 && doc.tokens[m.tokenEnd]?.text === '(')) continue;
      const actors = clauseParties(doc, v, m, parties.main);
      const kind = ownKind(m, v, views);
      const next = nouns.find((x) => x.start > m.end);
      const { when, term } = datesOf(v, m, caseEndings(doc.lang) !== null, next ? next.start - v.start : v.end - v.start);
      // «подписаны 15 соглашений»: the count is a figure; the documents signed now are one item,
      // unless the story names them one by one or counts over the years.
      const isCount = counted(doc, m, nouns);
      if (trace.veto(isCount && !(signed && !when && !v.recalls && !v.future && !OVER_YEARS.test(v.text)), m, 'counted')) continue;
      // "under an agreement signed in 2017" is a reference that still dates a document.
      // «план по реализации соглашения»: the document implemented exists, signed at some time the sentence does not tell.
      if (isReference(doc, m) && !(when && when.start > m.start - v.start)) {
        const item: Agreement = {
          kind,
          actors,
          status: 'signed',
          year: null,
          until: null,
          evidence: [fired(doc, m, 'agreement:referenced')],
        };
        documentOf.set(item, `${v.index}:${m.start}:0`);
        out.push(item);
        continue;
      }
      // "to prepare a roadmap for implementing the agreement … in 2026": the date is the roadmap's.
      if (trace.veto(isReference(doc, m) && v.future, m, 'reference-ahead')) continue;
      let until = term?.until ? Number(term.until.slice(0, 4)) : null;
      let status: Agreement['status'] | null = null;
      let y: number | null = null;
      if (v.future && !signed) {
        // A contract yet to be drawn up is a hope, not a document.
        if (trace.veto(kind === 'contract', m, 'contract-hoped', 'agreement:planned')) continue;
        status = 'planned';
        y = year(when) ?? (term?.value ? year(term) : null);
        // «подготовить дорожную карту до конца года», "by 2026": when it is due, not its term.
        if (term && !term.value && DEADLINE.test(term.text)) {
          y ??= until;
          until = null;
        }
      } else if (signed || signedNext) {
        status = 'signed';
        y = year(when) ?? pubYear;
        // «план на 2022–2024 годы» signed without a date of its own: no later than its first year.
        if (!when && term?.value && pubYear) y = Math.min(pubYear, Number(term.value.slice(0, 4)));
      } else if (proposedBefore(v, m)) {
        // «предложила подписать соглашение», "proposed an agreement": a document offered is one planned.
        status = 'planned';
        y = year(when) ?? null;
      } else if (when && year(when)! <= (pubYear ?? 9999)) {
        status = 'signed';
        y = year(when);
      }
      trace.need(status !== null, m, 'no-signing');
      if (!status) continue;
      const pairs = sharedVerb(v, coordinatedPairs(v));
      const sides = isCount && !pairs.length ? [actors] : documentSides(actors, pairs);
      const rule: RuleName = `agreement:${status}${sides.length > 1 ? (pairs.length ? ':pairs' : ':each-partner') : ''}`;
      // «подписаны следующие соглашения: о …, о …», "the following agreements: on …, on …": one document per entry.
      const entries = isCount ? 1 : Math.max(1, listedEntries(doc, v, m, nouns));
      for (const who of sides)
        for (let k = 0; k < entries; k++) {
          const item: Agreement = {
            kind,
            actors: who,
            status,
            year: y,
            until,
            evidence: [fired(doc, m, entries > 1 ? 'agreement:listed' : rule)],
          };
          documentOf.set(item, `${v.index}:${m.start}:${k}`);
          (isCount ? counts : out).push(item);
        }
    }
  }
  const merged = mergeAgreements(out);
  return merged.length ? merged : mergeAgreements(counts);
}

/** A proposal word (event.proposal) earlier in the sentence than the document's name. */
const proposedBefore = (v: SentenceView, m: Mention) =>
  triggers(v, 'event').some((p) => triggerKinds(p).includes('proposal') && p.end <= m.start);

/** Pairs of sides share one verb when they outnumber the signing words («X и Y подписали…, Z и W заключили…» pairs by clause). */
function sharedVerb(v: SentenceView, pairs: string[][]): string[][] {
  const verbs = triggers(v, 'event').filter((m) => triggerKinds(m).includes('signing')).length;
  return pairs.length > Math.max(1, verbs) ? pairs : [];
}

/**
 * The documents a sentence names. «документы»/"documents" (kind `other`) names documents of its
 * own only where neither this sentence nor the one before names a kind: else it points back at them.
 */
function documentNouns(v: SentenceView, views: SentenceView[]): Mention[] {
  const nouns = triggers(v, 'agreement');
  const named = (x: SentenceView | undefined) => (x ? triggers(x, 'agreement').some((m) => !triggerKinds(m).includes('other')) : false);
  // Sides paired off («X и Y, Z и W подписали документы») sign documents of their own; elsewhere
  // "documents" stand for those the story names («sign documents» over a list of them).
  const own = coordinatedPairs(v).length > 0 || (!named(v) && !named(views[v.index - 1]) && !views.some(named));
  return own ? nouns : nouns.filter((m) => !triggerKinds(m).includes('other'));
}

/**
 * A document's kind; «документы»/"a document" of sides paired off takes the kind the story named
 * last before it («подписаны пять меморандумов… Якутия и Гуджарат, Сахалин и Харьяна — документы…»).
 */
function ownKind(m: Mention, v: SentenceView, views: SentenceView[]): AgreementKind {
  const kind = triggerKinds(m)[0] as AgreementKind;
  if (kind !== 'other') return kind;
  for (let i = v.index; i >= 0; i--) {
    const named = triggers(views[i]!, 'agreement')
      .filter((x) => (i < v.index || x.start < m.start) && !triggerKinds(x).includes('other'))
      .pop();
    if (named) return triggerKinds(named)[0] as AgreementKind;
  }
  return kind;
}

/**
 * The year a story undated by its publication tells of: the latest year its dates write out
 * («21 октября 2011 года», "Exhibition 2023"), ranges and bounds («до 2030 года») left aside.
 */
function storyYear(views: SentenceView[]): number | null {
  const years = views
    .flatMap((v) => pointDates(v))
    .filter((d) => d.value && d.kind !== 'range' && !d.until && /\d{4}/.test(d.text))
    .map((d) => Number(d.value!.slice(0, 4)));
  return years.length ? Math.max(...years) : null;
}

/**
 * «28 соглашений и контрактов», "over 50 international agreements": a count of documents (a figure),
 * not one of them. A number right before the name, or before one word of it, or before the name
 * it is coordinated with.
 */
function counted(doc: Doc, m: Mention, nouns: Mention[]): boolean {
  const isCount = (i: number) => {
    const t = doc.tokens[i];
    return t?.sentence === m.sentence && t.kind === 'number' && !/^(19|20)\d\d$/.test(t.text) && t.text !== '1';
  };
  const at = m.tokenStart;
  if (isCount(at - 1) || (doc.tokens[at - 1]?.kind === 'word' && isCount(at - 2))) return true;
  const prev = nouns.find((n) => n.tokenEnd === at - 1);
  return Boolean(prev && /^(и|and)$/.test(doc.tokens[at - 1]!.lower) && counted(doc, prev, nouns));
}

// «за годы сотрудничества», «с 2015 года», "since 2019", "over the years": a count of all time.
const OVER_YEARS =
  /за (?:\p{L}+ )?(?:годы|\d+ (?:лет|года))|за время|с \d{4}|since|over the (?:past |last )?(?:years|decade)|to date|в общей сложности/iu;

const DEADLINE = /^(?:by|к)\s|(?:конц\p{L}*|end)\s/iu;
// «на 2022 год», «на будущий 2022 год», "for 2024": the year a document is for.
const FOR_YEAR = /(?:^|\s)(?:на|for)\s+(?:\p{L}+\s+)?(?:на\s+)?\d{4}(?!\s*[-–—])/iu;

// «будет подписано», «могут подписать», "will be signed": the word before a signing that puts it ahead.
const FUTURE_AUXILIARY = /^(be|to|will|would|shall|будет|будут|может|могут|должно|должен|должна|должны|планируется|предстоит)$/;

/** "is expected to be signed", «подписание … запланировано»: a signing still to come. */
function signingAhead(doc: Doc, v: SentenceView, m: Mention): boolean {
  const prev = doc.tokens[m.tokenStart - 1];
  if (prev?.sentence === m.sentence && FUTURE_AUXILIARY.test(prev.lower)) return true;
  return v.future && /^(подписани\p{L}*|подписать|signing|sign)$/u.test(doc.tokens[m.tokenStart]!.lower);
}

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
  if (referenceBefore(doc, m.tokenStart)) return true;
  return (prev.lower === 'to' || prev.lower === 'к') && ADDITION.has(doc.tokens[before(i - 1)]?.lower ?? '');
}

/**
 * The dates that belong to one document in a sentence: its term (a range or an "until" right after
 * its name: «на 2025–2027 годы», "until 2030"; in a verb-final language an "until" before it,
 * «2027 жылға дейінгі … жол картасы») and its date (the one nearest before its name in the
 * sentence, else the first after, before the next document's name).
 */
function datesOf(
  v: SentenceView,
  m: Mention,
  verbFinal: boolean,
  nextName: number,
): { when: DateMention | undefined; term: DateMention | undefined } {
  const at = m.start - v.start;
  // «программа на 2022 год», "a plan for 2024": one year the document is for is its term, told in
  // the name's own clause («…, однако запуск перенесен на 2026 год» is another's).
  const forYear = (d: DateMention) =>
    d.kind === 'year' &&
    d.value !== null &&
    d.start > at &&
    !/[,;:]/.test(v.text.slice(at, d.start)) &&
    FOR_YEAR.test(v.text.slice(Math.max(0, d.start - 20), d.start) + d.text);
  const dates = pointDates(v).map((d) => (forYear(d) ? { ...d, kind: 'range' as const, until: d.value!.slice(0, 4) } : d));
  // A term follows the name: close by, or further on with no other document named between
  // («Programme … between the Republic of Armenia and Samara Region for 2024-2027»).
  const term =
    dates.find(
      (d) => (d.kind === 'range' || d.until) && d.start >= at && (d.start - at <= 80 || (d.start - at <= 160 && d.start < nextName)),
    ) ?? (verbFinal ? dates.filter((d) => d.until && d.end <= at && at - d.end <= 60).pop() : undefined);
  const singles = dates.filter((d) => d.kind !== 'range' && !d.until && d.value);
  // A date after the name belongs to it only up to the next document named («план … по реализации соглашения 2022 года»).
  const when = singles.filter((d) => d.start < at).pop() ?? singles.find((d) => d.start > at && d.start < nextName);
  return { when, term };
}

/** Which document an item tells of: its sentence, the name's place and the entry of a list («1:120:0»). */
const documentOf = new WeakMap<Agreement, string>();

/** Two items one sentence makes from two names or two entries of a list are two documents. */
function otherDocument(a: Agreement, b: Agreement): boolean {
  const [x, y] = [documentOf.get(a), documentOf.get(b)];
  if (!x || !y || x === y) return false;
  return x.split(':')[0] === y.split(':')[0] && a.kind !== 'other' && b.kind !== 'other';
}

function mergeAgreements(items: Agreement[]): Agreement[] {
  const out: Agreement[] = [];
  for (const a of items) {
    const same = out.find(
      (o) =>
        o.kind === a.kind &&
        !otherDocument(o, a) &&
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

const WHERE = new Set(['в', 'во', 'на', 'in', 'at', 'on']);

/**
 * The parties of a plan: the sentence's own, a city counting as its region (when the story is
 * about it) or its country, unless it is only where things happen («рейс между Астраханью и
 * Туркменбаши», "Chelyabinsk governor"); where they all belong to one country («с провинциями
 * Цзилинь и Хэйлунцзян»), the story's partner of the other country joins them.
 */
function planParties(v: SentenceView, main: string[]): string[] {
  // A city stands for its region where the story is about that region, else for its country.
  const refs = v.parties
    .filter((r) => r.via !== 'reference' && (r.via !== 'city' || !WHERE.has(r.before)))
    .map((r) => (r.via === 'city' && !main.includes(r.code) ? { ...r, code: countryOf(r.code)! } : r));
  const own = distinctParties(refs);
  const countries = new Set(own.map(countryOf));
  if (countries.size >= 2) return own.slice(0, 4);
  const partner = main.find((c) => countries.size === 1 && countryOf(c) !== countryOf(own[0]!));
  if (partner && own.length > 1) return [...own.slice(0, 3), partner];
  return relationParties(v, main);
}

/** A target word with an amount after it and a deadline («к 2030 году», "by 2030") not before the year of publication. */
function targetDue(v: SentenceView, pubYear: number | null): boolean {
  const deadline = pointDates(v).find((d) => !d.value && d.until && (!pubYear || Number(d.until.slice(0, 4)) >= pubYear));
  return (
    deadline !== undefined &&
    triggers(v, 'plan').some((m) => triggerKinds(m).includes('other') && v.mentions.some((x) => x.kind === 'money' && x.start > m.end))
  );
}

/**
 * Projects the parties discussed starting («обсудили открытие торгового дома», "discussed the
 * implementation of joint projects"): a project word after a word of talks in its clause, itself
 * a word that starts something new or governed by one three words before it at most. A project
 * that works already («обсудили работу совместного производства») is none.
 */
function discussedProjects(doc: Doc, v: SentenceView): Mention[] {
  const talks = triggers(v, 'event').filter((m) => triggerKinds(m).some((k) => k === 'discussion' || k === 'meeting'));
  if (!talks.length) return [];
  const ids = clauseIds(doc, v);
  const clause = (i: number) => ids[i - v.tokenStart] ?? -1;
  return triggers(v, 'plan').filter(
    (m) =>
      triggerKinds(m).includes('project') &&
      talks.some((t) => t.tokenEnd <= m.tokenStart && clause(t.tokenStart) === clause(m.tokenStart)) &&
      // The onset word governs the project word from before it («обсудили открытие…») or, where the verbal noun
      // follows its object («birgə layihələrin həyata keçirilməsi», "жобаларды іске асыру"), right after it.
      [m.tokenStart - 3, m.tokenStart - 2, m.tokenStart - 1, m.tokenStart, m.tokenEnd, m.tokenEnd + 1].some(
        (i) => i >= v.tokenStart && i < v.tokenStart + ids.length && clause(i) === clause(m.tokenStart) && isOnset(doc.tokens[i]!.lower),
      ),
  );
}

/**
 * Flow words a future word of the sentence reaches (one before them, or just after: "…demand for fruit, noting that
 * the centre is expected to…" keeps its present flow), in a sentence that names goods: a supply still to come.
 */
function plannedSupplies(v: SentenceView): Mention[] {
  if (!v.mentions.some((g) => g.kind === 'goods')) return [];
  const ahead = triggers(v, 'future');
  return triggers(v, 'flow').filter((m) => !ahead.length || ahead.some((f) => f.tokenStart <= m.tokenEnd + 3));
}

/** What the parties intend or are invited to do: future sentences with a plan word; projects the parties discussed starting. */
export function findPlans(doc: Doc, views: SentenceView[], parties: Parties): Plan[] {
  const out: Plan[] = [];
  const pubYear = doc.published ? Number(doc.published.slice(0, 4)) : null;
  const trace = recorder(doc);
  for (const v of views) {
    const agreementSpans = triggers(v, 'agreement');
    const inName = (m: Mention) => agreementSpans.some((a) => m.start < a.end && a.start < m.end);
    const discussed = discussedProjects(doc, v).filter((m) => !inName(m));
    // «Достигнуты договоренности о реализации проектов. В том числе проекта по строительству завода…»: ahead as the one before.
    // A target due by a year to come ("have set an investment target at $50 billion by 2030") is ahead by itself.
    const future = v.future || (continues(doc, v) && Boolean(views[v.index - 1]?.future)) || targetDue(v, pubYear);
    if (trace.vetoAll(!future && !discussed.length, () => triggers(v, 'plan'), 'not-ahead')) continue;
    // A word that tells an event that took place («с визитом прибыла делегация») is no plan, whatever else the sentence intends.
    const told = triggers(v, 'event').filter((e) => !eventAhead(doc, v, e));
    const planWords = triggers(v, 'plan').filter(
      (m) =>
        !trace.veto(inName(m), m, 'document-name') &&
        !trace.veto(
          told.some((e) => e.start === m.start && e.end === m.end),
          m,
          'event-told',
        ) &&
        // «по приглашению губернатора делегация посетила…»: the invitation a visit took place on.
        !trace.veto(INVITATION.test(doc.tokens[m.tokenStart]!.lower) && invitedBy(doc, v, m), m, 'invited-by') &&
        // «поблагодарил за поддержку в проведении форума», "thanked … for organizing the forum": done, not planned.
        !trace.veto(thankedFor(doc, v, m), m, 'thanked-for') &&
        // «ожидания туристов от посещения края», "students invited to study": tourism or study, not a visit of the parties.
        !trace.veto(triggerKinds(m).includes('visit') && byTravellers(doc, v, m), m, 'travellers') &&
        // "The exhibition … will run through June 30": under way, not a plan.
        !trace.veto(triggerKinds(m).includes('event') && underway(doc, v, m), m, 'under-way') &&
        // "agreed to cooperate in diamond production": a field of cooperation, not a project.
        !trace.veto(triggerKinds(m).includes('project') && fieldOf(doc, v, m), m, 'field-of') &&
        // «В ходе мероприятия стороны обсудили перспективы…»: the occasion that frames the sentence took place, unless told ahead before it.
        !trace.veto(framed(doc, v, m) && !v.ahead.some((w) => w.start < m.start), m, 'framed') &&
        // A target («довести товарооборот до 1 млрд долларов», "a target of $5 billion") sets an amount to reach.
        !trace.veto(
          triggerKinds(m).includes('other') && !v.mentions.some((x) => x.kind === 'money' && x.start > m.end),
          m,
          'target-without-amount',
        ),
    );
    // Talks still to come («проведут переговоры», "will meet", «В планах — переговоры с…») are a meeting planned:
    // a future word in their clause says so, not a date ahead elsewhere in the sentence («обсудили Дни, которые пройдут в 2026 году»).
    const byWord = { ...v, datedAhead: false };
    const meetings = triggers(v, 'event').filter(
      (m) =>
        triggerKinds(m).includes('meeting') && eventAhead(doc, byWord, m) && !planWords.some((w) => m.start < w.end && w.start < m.end),
    );
    // Goods still to be supplied («договорились наладить поставки зерна», "plan to assist … in mutual deliveries of beef"):
    // the flow rule leaves them out as planned, and a supply agreed to be set up is a project.
    const supplies = future ? plannedSupplies(v).filter((m) => !inName(m)) : [];
    const words = future ? [...planWords, ...meetings, ...supplies] : discussed;
    if (!words.length) continue;
    const actors = planParties(v, parties.main);
    if (trace.vetoAll(actors.length < 2, () => words, 'one-country')) continue;
    // An offer is a proposal event, not a plan.
    if (
      trace.vetoAll(
        triggers(v, 'event').some((m) => triggerKinds(m).includes('proposal')),
        () => words,
        'offer',
      )
    )
      continue;
    // So is readiness or interest named before the plan word («готовы организовать сборку»).
    const offers = triggers(v, 'event').filter((m) => triggerKinds(m).includes('interest'));
    if (
      trace.vetoAll(
        offers.some((o) => words.some((w) => w.start > o.start)),
        () => words,
        'readiness-before',
      )
    )
      continue;
    // The dateline's day is when the story was written, not when the plan is for.
    const dates = pointDates(v).filter((d) => d.value && d.value !== doc.published);
    // «запустить до конца 2026 года», "by 2027": a deadline is the year a plan is for.
    const deadline = pointDates(v).find((d) => !d.value && d.until);
    // A project only discussed has no time of its own: the day of the talks is not its year.
    const y = !future
      ? null
      : (yearAhead(
          dates.find((d) => !pubYear || year(d)! >= pubYear),
          doc.published,
        ) ?? (deadline?.until && (!pubYear || Number(deadline.until.slice(0, 4)) >= pubYear) ? Number(deadline.until.slice(0, 4)) : null));
    const kinds = new Set(words.filter((m) => !supplies.includes(m)).flatMap(triggerKinds) as PlanKind[]);
    if (supplies.length) kinds.add('project');
    // A kind given up for another reading of the sentence, named in the trace.
    const drop = (kind: PlanKind, check: CheckName) =>
      kinds.delete(kind) &&
      trace.on &&
      trace.veto(true, words.find((x) => triggerKinds(x).includes(kind)) ?? words[0]!, check, `plan:${kind}`);
    // A business mission is the precise kind of visit; an invitation to a fair is a visit, not an event.
    if (kinds.has('business_mission')) drop('visit', 'mission-over-visit');
    // An invitation to a forum with no word of travel («пригласил на форум», "invited … to the expo") is the forum to be held.
    if (
      kinds.has('visit') &&
      invitedTo(doc, v, words) &&
      !words.some((m) => triggerKinds(m).includes('visit') && !INVITATION.test(doc.tokens[m.tokenStart]!.lower))
    )
      drop('visit', 'invited-to-event');
    else if ((kinds.has('visit') || kinds.has('business_mission')) && (invitedTo(doc, v, words) || timedBy(doc, words)))
      drop('event', 'occasion-of-visit');
    // "invited the business circles of X to visit": the visit business people are invited to is a business mission.
    const businessVisit = words.find(
      (m) => triggerKinds(m).includes('visit') && INVITATION.test(doc.tokens[m.tokenStart]!.lower) && businessInvited(doc, v, m),
    );
    if (kinds.has('visit') && businessVisit) {
      drop('visit', 'business-invited');
      kinds.add('business_mission');
    }
    // «подписание которого запланировано на очередном заседании»: a document's occasion, not a plan of its own.
    if (triggers(v, 'event').some((m) => triggerKinds(m).includes('signing')) && agreementSpans.length && timedBy(doc, words))
      drop('event', 'occasion-of-signing');
    // A council's or commission's next meeting is a session to be held.
    if (kinds.has('meeting') && words.some((m) => triggerKinds(m).includes('meeting') && sessionOf(doc, v, m))) {
      kinds.delete('meeting');
      kinds.add('event');
    }
    for (const kind of kinds) {
      const m = words.find((x) => triggerKinds(x).includes(kind)) ?? (kind === 'project' ? supplies[0] : undefined) ?? words[0]!;
      // Talks with the heads of several regions («встречи с главами Брестской, Гродненской и Могилёвской областей») are one meeting each.
      const sides = kind === 'meeting' ? documentSides(actors, []) : [actors];
      for (const who of sides) out.push({ kind, actors: who, year: y, evidence: [fired(doc, m, `plan:${kind}`)] });
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
