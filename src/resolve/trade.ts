// Trade: goods flowing in each direction (from verbs and prepositions), and the figures about
// the relation (turnover, exports, students, companies...).
import type { Doc, Mention } from '../core/doc.js';
import type { Figure, Flow, Metric } from '../core/facts.js';
import type { Quantity } from '../extract/numbers.js';
import { readLexicon } from '../core/paths.js';
import { PhraseMatcher, type PhraseMatch } from '../text/phrases.js';
import { metricLexicon } from '../extract/lexicons.js';
import { evidence } from './evidence.js';
import { flowRule } from './rules.js';
import { recorder } from './trace.js';
import { countryOf, type Parties, type PartyRef } from './parties.js';
import type { PersonEntity } from './people.js';
import { relationParties, triggerKinds, triggers, type SentenceView } from './sentences.js';

const TO = new Set(['в', 'во', 'на', 'to', 'into', 'рынок', 'market', 'для', 'for']);
const FROM = new Set(['из', 'от', 'from']);
// Where a new clause starts inside a sentence: «…, а из Монголии в Бурятию — мясо», "…, while …".
const CLAUSE_BREAK = new Set([';', 'а', 'while', 'whereas']);
const REVERSE = /обратн\p{L}* (направлени|сторон)|reverse direction|opposite direction|in return/iu;
// «…, а оттуда везут зерно»: from the place the clause before sent goods to (or bought them from).
const FROM_THERE = /(?<!\p{L})оттуда(?!\p{L})|from there/iu;
// Export and import nouns: the place right after them is whose trade it is («экспорт Приамурья»).
const TRADE_NOUN = /^(экспорт|импорт|вывоз|ввоз)(а|у|ом|е)?$|^поставк/;

interface FlowCueLexicon {
  hope: Record<string, string[]>;
  purpose: Record<string, string[]>;
  agreed_for: Record<string, string[]>;
  list_join: Record<string, string[]>;
  articles: Record<string, string[]>;
  parts_of_them: Record<string, string[]>;
  we: Record<string, string[]>;
  such_as: Record<string, string[]>;
  there_to: Record<string, string[]>;
  with: Record<string, string[]>;
  goods_pronoun: Record<string, string[]>;
}

let flowCueMatchers: {
  hope: PhraseMatcher<true>;
  purpose: PhraseMatcher<true>;
  partsOfThem: PhraseMatcher<true>;
  we: Set<string>;
  agreedFor: Set<string>;
  listJoin: Set<string>;
  articles: Set<string>;
  suchAs: PhraseMatcher<true>;
  thereTo: PhraseMatcher<true>;
  goodsPronoun: PhraseMatcher<true>;
  with: Set<string>;
} | null = null;

/** The words of lexicons/flow-cues.json, as matchers over tokens. */
function flowCues() {
  if (flowCueMatchers) return flowCueMatchers;
  const lx = readLexicon<FlowCueLexicon>('flow-cues');
  const matcher = (table: Record<string, string[]>) => {
    const m = new PhraseMatcher<true>();
    for (const terms of Object.values(table)) for (const t of terms) m.add(t, true);
    return m;
  };
  return (flowCueMatchers = {
    hope: matcher(lx.hope),
    purpose: matcher(lx.purpose),
    partsOfThem: matcher(lx.parts_of_them),
    we: new Set(Object.values(lx.we).flat()),
    agreedFor: new Set(Object.values(lx.agreed_for).flat()),
    listJoin: new Set(Object.values(lx.list_join).flat()),
    articles: new Set(Object.values(lx.articles).flat()),
    suchAs: matcher(lx.such_as),
    thereTo: matcher(lx.there_to),
    goodsPronoun: matcher(lx.goods_pronoun),
    with: new Set(Object.values(lx.with).flat()),
  });
}

/** The token range [lo, hi) of a sentence. */
function sentenceTokens(doc: Doc, index: number): [number, number] {
  const lo = doc.tokens.findIndex((t) => t.sentence === index);
  let hi = lo;
  while (hi < doc.tokens.length && doc.tokens[hi]!.sentence === index) hi++;
  return [lo, hi];
}

interface Direction {
  from: string;
  to: string;
  subject?: string;
}

/** A flow direction a sentence ended on, with the flow word that gave it. */
interface Carried {
  sentence: number;
  dir: Direction;
  verb: Mention;
}

interface Clause {
  verb: Mention | null;
  goods: Mention[];
  /** Token range of the clause [from, to). */
  from: number;
  to: number;
  reverse: boolean;
  /** Goods come "from there": the place the clause before names. */
  fromThere: boolean;
}

/** Sentences where goods move: each clause takes the goods it lists, read with its own direction words. */
export function findFlows(doc: Doc, views: SentenceView[], parties: Parties, people: PersonEntity[] = []): Flow[] {
  const flows: Flow[] = [];
  const cues = flowCues();
  const trace = recorder(doc);
  // The direction the last sentence with a flow ended on: a next sentence that names no party
  // goes on with it («Мы поставляем также трубы…», "It also ships…").
  let carried = null as Carried | null;
  // The last sentence that named two parties of different countries («товарооборот Татарстана с
  // Узбекистаном…»): whose exports and imports a next sentence without a party speaks of.
  let pair = null as { sentence: number; home: string; partner: string } | null;
  let lastNamed = null as { sentence: number; refs: PartyRef[] } | null;
  let lastGoods = null as { sentence: number; goods: Mention[] } | null;
  for (const v of views) {
    const [lo, hi] = sentenceTokens(doc, v.index);
    // Goods a party is only interested in buying or selling are a hope, not a flow.
    const interest = triggers(v, 'event').filter((m) => triggerKinds(m).includes('interest'));
    const verbs = triggers(v, 'flow').filter(
      (m) =>
        !trace.veto(nearAgreement(doc, v, m), m, 'supply-contract') &&
        !trace.veto(
          interest.some((i) => i.tokenStart < m.tokenStart),
          m,
          'interest-only',
        ) &&
        !trace.veto(talkedAbout(doc, m), m, 'talked-about') &&
        !trace.veto(inName(doc, lo, m), m, 'flow-in-name') &&
        !trace.veto(
          cues.purpose.find(doc.tokens, Math.max(lo, m.tokenStart - 2), m.tokenStart).some((p) => p.tokenEnd === m.tokenStart),
          m,
          'purpose',
        ),
    );
    const own = usableGoods(doc, v, lo, hi);
    // "Today we supply a lot of it to Turkey": the goods of the sentence before.
    const borrowed =
      !own.length && lastGoods?.sentence === v.index - 1 && cues.goodsPronoun.find(doc.tokens, lo, hi).length ? lastGoods.goods : null;
    const goods = own;
    if (own.length) lastGoods = { sentence: v.index, goods: own };
    const before = { pair, lastNamed };
    if (v.parties.length) lastNamed = { sentence: v.index, refs: v.parties };
    const sides = pairOf(v.parties);
    if (sides) pair = { sentence: v.index, ...sides };
    if (!verbs.length) continue;
    // Offers and hopes are not flows.
    if (
      trace.vetoAll(
        triggers(v, 'event').some((m) => triggerKinds(m).includes('proposal')),
        () => verbs,
        'offer',
      ) ||
      trace.vetoAll(futureFlow(v, verbs) && !/поставля|supplies|ships|exports/i.test(v.text), () => verbs, 'future-flow') ||
      trace.vetoAll(agreedTo(v, verbs), () => verbs, 'agreed-to') ||
      trace.vetoAll(hoped(doc, cues.hope.find(doc.tokens, lo, hi), verbs), () => verbs, 'hoped')
    )
      continue;
    const goOn: Carried | null = carried && carried.sentence === v.index - 1 && !v.parties.length ? carried : null;
    let previous: Direction | null = goOn?.dir ?? null;
    let previousVerb: Mention | null = goOn?.verb ?? null;
    // «Туда экспортируются…»: to the party the sentence before is about (the first it names).
    const thereTo = cues.thereTo.find(doc.tokens, lo, hi)[0];
    const there =
      thereTo && !v.parties.length && before.lastNamed?.sentence === v.index - 1
        ? (before.lastNamed.refs.find((r) => r.via !== 'adjective') ?? before.lastNamed.refs[0]!).code
        : null;
    // A sentence naming no party, after one that named both sides: its exports are the first side's.
    const side = before.pair && v.index - before.pair.sentence <= 2 && !v.parties.length ? before.pair : null;
    const clauses = goods.length ? clausesOf(doc, v, verbs, goods) : [{ ...wholeSentence(v, verbs, lo, hi), goods: borrowed ?? [] }];
    for (const c of clauses) {
      // A clause that names no party and moves goods the same way goes the way of the one before
      // («…, а из Павлодарской области в Томскую область поступают пшеница и уголь»); "and imports …
      // from there" turns round.
      const named = v.parties.some((r) => r.tokenStart >= c.from && r.tokenStart < c.to);
      const sameWay = !previousVerb || (triggerKinds(c.verb!)[0] === 'import') === (triggerKinds(previousVerb)[0] === 'import');
      const fromThere =
        c.fromThere && previous ? (previousVerb && triggerKinds(previousVerb)[0] === 'import' ? previous.from : previous.to) : null;
      const isImport = triggerKinds(c.verb!)[0] === 'import';
      // «Основу нашего экспорта составили…», "we import…" in someone's words: the speaker's party
      // trades (a clause that goes on from one before keeps that one's direction).
      const we = !named && !previous && !c.fromThere && !c.reverse ? speakerParty(doc, c, v, people) : undefined;
      const dir: Direction | null = we
        ? isImport
          ? towards(we, parties)
          : away(we, parties)
        : fromThere && previous
          ? { from: fromThere, to: fromThere === previous.to ? previous.from : previous.to }
          : c.reverse && previous
            ? { from: previous.to, to: previous.from }
            : !named && previous && sameWay
              ? previous
              : // "Exports are mostly cars. Imports include textiles": the other kind of trade of the same sides goes back.
                !named && previous && !sameWay && !there
                ? { from: previous.to, to: previous.from }
                : there && !named
                  ? towards(there, parties)
                  : !named && !previous && side
                    ? isImport
                      ? { from: side.partner, to: side.home }
                      : { from: side.home, to: side.partner }
                    : directionOf(doc, c, v, parties, previous);
      previousVerb = c.verb;
      trace.need(dir !== null, c.verb!, 'no-direction');
      if (!dir) continue;
      trace.need(c.goods.length > 0, c.verb!, 'no-goods');
      if (c.goods.length) {
        const evidenceAt = c.verb ?? c.goods[0]!;
        flows.push({
          from: dir.from,
          to: dir.to,
          goods: chaptersOf(coveredGroups(c.goods)),
          evidence: [evidence(doc, evidenceAt, flowRule(c.verb ? triggerKinds(c.verb)[0] : undefined))],
        });
      }
      previous = dir;
      carried = { sentence: v.index, dir, verb: c.verb! };
    }
  }
  return mergeFlows(flows);
}

/** A hope word before a flow word or after it in its clause («поставки … могли бы стать», "can export"); not one past a comma («…, и этот список можно расширить»). */
function hoped(doc: Doc, hopes: PhraseMatch<true>[], verbs: Mention[]): boolean {
  return hopes.some((h) => verbs.some((m) => h.tokenStart < m.tokenStart || plainBetween(doc, m.tokenEnd, h.tokenStart)));
}

/**
 * The sentence's future reaches its flow words: a future word before one of them or just after it
 * ("…demand in Russia for fruit, noting that the centre is expected to…" keeps its present flow).
 */
function futureFlow(v: SentenceView, verbs: Mention[]): boolean {
  if (!v.future) return false;
  const words = triggers(v, 'future');
  return !words.length || words.some((f) => verbs.some((m) => f.tokenStart <= m.tokenEnd + 3));
}

/**
 * Supplies the parties agreed to («договорились о поставках», "agreed to collaborate … in food
 * supplies"): an intention before the flow word makes it a plan, whatever tense the verb is in.
 */
function agreedTo(v: SentenceView, verbs: Mention[]): boolean {
  const intentions = triggers(v, 'future').filter((m) => m.value === 'future:intention');
  return intentions.some((i) => verbs.some((m) => i.tokenStart < m.tokenStart));
}

/** A sentence with a flow word and no goods, as one clause: it may set the direction the next sentence goes on with. */
function wholeSentence(v: SentenceView, verbs: Mention[], lo: number, hi: number): Clause {
  return { verb: verbs[0]!, goods: [], from: lo, to: hi, reverse: REVERSE.test(v.text), fromThere: false };
}

/** Goods from the party `from` to the story's principal party of another country. */
function away(from: string, parties: Parties): Direction | null {
  const to = parties.main.find((p) => countryOf(p) !== countryOf(from));
  return to ? { from, to } : null;
}

/** How many sentences away a speaker may be named (a quotation runs on over a few sentences). */
const SPEAKER_REACH = 2;

/**
 * The party of the one who speaks in a clause with a first-person word («мы», «наш», "we", "our"):
 * the person with a party named nearest to its sentence, within a sentence of it, in a quotation
 * or beside a speech verb's sentence. Undefined when the clause has no such word or no one speaks.
 */
function speakerParty(doc: Doc, c: Clause, v: SentenceView, people: PersonEntity[]): string | undefined {
  const we = flowCues().we;
  let first = false;
  for (let i = c.from; i < c.to; i++) if (we.has(doc.tokens[i]!.lower)) first = true;
  if (!first) return undefined;
  let best: { d: number; actor: string } | undefined;
  for (const p of people) {
    if (!p.person.actor) continue;
    for (const m of p.mentions) {
      const d = Math.abs(m.sentence - v.index);
      if (d <= SPEAKER_REACH && (!best || d < best.d)) best = { d, actor: p.person.actor };
    }
  }
  return best?.actor;
}

/** Goods to the party `to`, from the story's principal party of another country. */
function towards(to: string, parties: Parties): Direction | null {
  const from = parties.main.find((p) => countryOf(p) !== countryOf(to));
  return from ? { from, to } : null;
}

/** The first two parties of different countries a sentence names, the first as home. */
function pairOf(refs: PartyRef[]): { home: string; partner: string } | null {
  const home = refs.find((r) => r.via !== 'adjective');
  const partner = home && refs.find((r) => r.via !== 'adjective' && countryOf(r.code) !== countryOf(home.code));
  return home && partner ? { home: home.code, partner: partner.code } : null;
}

/**
 * The goods of a sentence that can move: not a name («Автокомпонент», "Nail Gabbasov", "Rubber
 * Products Plant"), and not a generic word the specific goods after it spell out ("foodstuff
 * such as beer, sausage").
 */
function usableGoods(doc: Doc, v: SentenceView, lo: number, hi: number): Mention[] {
  const tokens = doc.tokens;
  const cues = flowCues();
  // "rail cars and spare parts for them": the parts go with the goods before them.
  const partsOf = cues.partsOfThem.find(tokens, lo, hi);
  const goods = v.mentions.filter(
    (m) => m.kind === 'goods' && !isName(doc, m, lo, hi) && !partsOf.some((p) => p.tokenStart === m.tokenEnd),
  );
  const suchAs = cues.suchAs.find(tokens, lo, hi);
  return goods.filter(
    (g) =>
      !suchAs.some(
        (s) =>
          s.tokenStart >= g.tokenEnd &&
          s.tokenStart - g.tokenEnd <= 1 &&
          goods.some((x) => x.tokenStart >= s.tokenEnd && x.tokenStart - s.tokenEnd <= 1) &&
          (g.value as string[]).length > 2,
      ),
  );
}

const QUOTES = /^[«"“„']$/;

/** A goods word in quotes, or capitalised inside an English sentence that is not in title case, is a name. */
function isName(doc: Doc, m: Mention, lo: number, hi: number): boolean {
  const tokens = doc.tokens;
  if (QUOTES.test(tokens[m.tokenStart - 1]?.text ?? '') && /^[»"”“']$/.test(tokens[m.tokenEnd]?.text ?? '')) return true;
  if (doc.lang !== 'en' || m.tokenStart === lo || !tokens[m.tokenStart]!.upper) return false;
  // Beside another capitalised word it is part of a name ("Nail Gabbasov", "Association of Seed Growers").
  const next = tokens[m.tokenEnd];
  const prev = tokens[m.tokenStart - 1];
  if (
    (next && m.tokenEnd < hi && next.kind === 'word' && next.upper) ||
    (prev && m.tokenStart - 1 > lo && prev.kind === 'word' && prev.upper)
  )
    return true;
  const words = tokens.slice(lo, hi).filter((t) => t.kind === 'word' && t.text.length > 3);
  return words.filter((t) => t.upper).length * 2 < words.length;
}

/** The HS chapters of listed goods: each term's first reading, or all of them for a term that names them all. */
function chaptersOf(goods: Mention[]): string[] {
  return [...new Set(goods.flatMap((g) => (g.attrs?.all ? (g.value as string[]) : [(g.value as string[])[0]!])))];
}

// «обсудили поставки техники», "discussed exports of grain": supplies as a topic of talks, not goods moving.
const TALK = /^(обсу[дж]\p{L}*|рассм[ао]тр\p{L}*|discuss\p{L}*|considered)$/u;

function talkedAbout(doc: Doc, m: Mention): boolean {
  return [1, 2].some((k) => TALK.test(doc.tokens[m.tokenStart - k]?.lower ?? ''));
}

/**
 * «контракт на поставку», «экспортные договоры», "supply contracts", "contracts for the building of
 * a plant and the supply of oil": a supply agreed, not goods moving. A flow word right before a
 * document word qualifies it; one after «контракты на»/"contracts for" may close the list of what
 * the documents are for.
 */
function nearAgreement(doc: Doc, v: SentenceView, m: Mention): boolean {
  const tokens = doc.tokens;
  return triggers(v, 'agreement').some(
    (a) =>
      (a.tokenEnd <= m.tokenStart && m.tokenStart - a.tokenEnd <= 2) ||
      (a.tokenStart <= m.tokenStart ? m.tokenStart < a.tokenEnd : a.tokenStart === m.tokenEnd) ||
      (a.tokenEnd < m.tokenStart && flowCues().agreedFor.has(tokens[a.tokenEnd]!.lower) && listedAfter(doc, a.tokenEnd + 1, m.tokenStart)),
  );
}

/** Tokens [from, to) are items of one list: no sentence or clause break, and the last item joined by a comma or «и»/"and". */
function listedAfter(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (/^[;:.!?—–()]$/.test(doc.tokens[i]!.text)) return false;
  let k = to - 1;
  while (k >= from && flowCues().articles.has(doc.tokens[k]!.lower)) k--;
  const join = doc.tokens[k];
  return k >= from && (join!.text === ',' || flowCues().listJoin.has(join!.lower));
}

/** Most words a name in quotes holds; a longer quotation is someone's words. */
const NAME_WORDS = 8;

/** A flow word inside short quotes is part of a name (the project “International Cooperation and Export”). */
function inName(doc: Doc, lo: number, m: Mention): boolean {
  const tokens = doc.tokens;
  let opened = -1;
  for (let i = lo; i < m.tokenStart; i++) {
    const t = tokens[i]!.text;
    if (t === '«' || t === '“') opened = i;
    else if (t === '»' || t === '”') opened = -1;
  }
  if (opened < 0) return false;
  for (let i = m.tokenEnd; i < tokens.length && i - opened <= NAME_WORDS + 1 && tokens[i]!.sentence === tokens[m.tokenStart]!.sentence; i++)
    if (tokens[i]!.text === '»' || tokens[i]!.text === '”') return true;
  return false;
}

/**
 * Clauses: a new one starts at each flow word that follows goods, and at «; », «, а », "while";
 * goods belong to the clause they stand in, and a clause without a flow word of its own
 * continues the previous one's.
 */
function clausesOf(doc: Doc, v: SentenceView, verbs: Mention[], goods: Mention[]): Clause[] {
  const tokens = doc.tokens;
  const first = tokens.findIndex((t) => t.sentence === v.index);
  let last = first;
  while (last < tokens.length && tokens[last]!.sentence === v.index) last++;
  const breaks = new Set<number>();
  const goodsSince = (i: number) =>
    goods.some((g) => g.tokenEnd <= i && g.tokenStart > Math.max(first, ...[...breaks].filter((b) => b < i)));
  for (let i = first + 1; i < last; i++) {
    const t = tokens[i]!;
    if (CLAUSE_BREAK.has(t.lower) && (t.text === ';' || tokens[i - 1]!.text === ',')) breaks.add(i);
    if (t.lower === 'and' && tokens[i - 1]!.text === ',' && verbs.some((m) => m.tokenStart > i && m.tokenStart - i <= 2)) breaks.add(i);
    // «…, азербайджанская сторона – фрукты и овощи»: a new subject after listed goods.
    if (
      t.text === ',' &&
      goodsSince(i) &&
      v.parties.some((r) => r.tokenStart > i && r.tokenStart - i <= 2 && !TO.has(r.before) && !FROM.has(r.before))
    )
      breaks.add(i + 1);
    // «…, из Республики Алтай в Баян-Улгий везут…»: a new origin after listed goods.
    if (
      FROM.has(t.lower) &&
      tokens[i - 1]!.text === ',' &&
      goods.some((g) => g.tokenEnd <= i && g.tokenStart > Math.max(first, ...[...breaks].filter((b) => b < i)))
    )
      breaks.add(i);
  }
  const sorted = [...verbs].sort((a, b) => a.start - b.start);
  for (const m of sorted) {
    // A flow word after goods that an earlier flow word moves opens a clause ("ships X to A and
    // buys Y from B"); goods no flow word precedes are its own ("Fruit from A is in demand in B",
    // «… бидай мен ұн экспорттайды»).
    if (
      goods.some((g) => g.tokenEnd <= m.tokenStart && sorted.some((o) => o.tokenEnd <= g.tokenStart)) &&
      !sorted.some((o) => o !== m && o.tokenEnd <= m.tokenStart && m.tokenStart - o.tokenEnd <= 1)
    ) {
      const at = clauseStartBefore(tokens, goods, breaks, m.tokenStart);
      if (at !== null) breaks.add(at);
    }
  }
  const bounds = [first, ...[...breaks].sort((a, b) => a - b), last];
  const clauses: Clause[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k]!;
    const to = bounds[k + 1]!;
    const verb = sorted.find((m) => m.tokenStart >= from && m.tokenStart < to) ?? null;
    const text = doc.text.slice(tokens[from]!.start, tokens[to - 1]!.end);
    clauses.push({
      verb: verb ?? clauses[clauses.length - 1]?.verb ?? null,
      goods: goods.filter((g) => g.tokenStart >= from && g.tokenStart < to && !listedBefore(tokens, g, verb)),
      from,
      to,
      reverse: REVERSE.test(text),
      fromThere: FROM_THERE.test(text),
    });
  }
  return clauses.filter((c) => c.verb);
}

/**
 * "…the launch of a truck line, … and the supply of compressors": goods a comma keeps before a
 * flow noun that takes its own goods with "of" belong to other items of the list.
 */
function listedBefore(tokens: Doc['tokens'], g: Mention, verb: Mention | null): boolean {
  if (!verb || g.tokenEnd > verb.tokenStart || tokens[verb.tokenEnd]?.lower !== 'of') return false;
  return tokens.slice(g.tokenEnd, verb.tokenStart).some((t) => t.text === ',');
}

/**
 * Where the clause of a flow word that follows goods starts: at the comma after the last goods
 * («…и трубы, в обратном направлении идут…», «…, а московские компании поставляют…»), so the
 * words between belong to the new clause; null when a break already stands there.
 */
function clauseStartBefore(tokens: Doc['tokens'], goods: Mention[], breaks: Set<number>, verbAt: number): number | null {
  const lastGoods = Math.max(...goods.filter((g) => g.tokenEnd <= verbAt).map((g) => g.tokenEnd));
  if ([...breaks].some((b) => b >= lastGoods && b <= verbAt)) return null;
  for (let i = lastGoods; i < verbAt; i++) if (/^[,;—–]$/.test(tokens[i]!.text)) return i + 1;
  return verbAt;
}

function directionOf(doc: Doc, c: Clause, v: SentenceView, parties: Parties, previous: { subject?: string } | null): Direction | null {
  const verb = c.verb!;
  const inClause = v.parties.filter((r) => r.tokenStart >= c.from && r.tokenStart < c.to);
  // A destination after the verb before one ahead of it («На область приходится 30% экспорта … в Кыргызстан»).
  const owner = ownerOf(doc, verb, inClause);
  const maker = makerOf(c, inClause);
  // An adjective after a direction word names the destination too («на туркменский рынок», "to Chinese buyers").
  const dests = inClause.filter((r) => TO.has(r.before) && (r.via !== 'adjective' || r !== maker) && r !== owner);
  const dest = dests.find((r) => r.tokenStart >= verb.tokenEnd) ?? dests[0];
  const origin = inClause.find((r) => FROM.has(r.before));
  // "collaborating with Irkutsk region by exporting…": the partner is neither subject nor origin.
  const partner = inClause.find((r) => flowCues().with.has(r.before) && r.via !== 'adjective');
  const adjective = inClause.find((r) => r.via === 'adjective' && r !== maker && r.tokenStart < verb.tokenEnd + 3);
  // The subject stands before the verb; in a clause that borrows its verb («…, while Fergana
  // ships…» after the break) anywhere without a direction word.
  const ownVerb = verb.tokenStart >= c.from;
  const candidates = inClause.filter(
    (r) => r !== maker && r !== partner && (!ownVerb || r.tokenEnd <= verb.tokenStart) && !TO.has(r.before) && !FROM.has(r.before),
  );
  // Before its own verb the subject is the party nearest to it («Казахстан входит в тройку
  // партнеров Алтайского края, предприятия края поставляют…»).
  const subjectRef = (ownVerb ? candidates[candidates.length - 1] : candidates[0]) ?? owner ?? adjective;
  const subjectCode = subjectRef?.code ?? macroRegionParty(doc, c, verb, parties);
  const subject = subjectCode ?? previous?.subject;
  const kind = triggerKinds(verb)[0];
  const other = (code: string | undefined) => (code ? parties.main.find((p) => countryOf(p) !== countryOf(code)) : undefined);
  let from: string | undefined;
  let to: string | undefined;
  if (kind === 'import') {
    // A named destination («импорт … в Забайкалье») goes before a subject carried from before.
    to = owner?.code ?? subjectCode ?? dest?.code ?? previous?.subject;
    from = origin?.code ?? maker?.code ?? objectAfter(inClause, verb)?.code ?? partner?.code;
    from ??= other(to);
    // "The import of seeds from Russia": into the story's other side.
    to ??= other(from);
  } else if (kind === 'demand') {
    to = inClause.find((r) => r.tokenStart > verb.tokenStart && r !== maker && !FROM.has(r.before))?.code;
    from = origin?.code ?? maker?.code ?? adjective?.code ?? other(to);
    // «Белорусская техника востребована»: in demand with the story's other side.
    to ??= other(from);
  } else {
    // Goods named by their maker before any other party («…, while Iranian fruit is sold in Kazan») come from it.
    const makerFirst = maker && (!subjectRef || subjectRef.tokenStart > maker.tokenStart);
    from = origin?.code ?? owner?.code ?? (makerFirst ? maker.code : subjectCode) ?? previous?.subject;
    to = dest?.code ?? objectAfter(inClause, verb)?.code ?? partner?.code;
    from ??= other(to);
    to ??= other(from);
  }
  // A subject guessed from the words before («на Самаркандском заводе … поставки оборудования в
  // Узбекистан») that shares the named end's country gives way to the story's other side.
  if (from && to && countryOf(from) === countryOf(to)) {
    if (dest && !origin && to === dest.code) from = other(to);
    else if (origin && !dest && from === origin.code) to = other(from);
  }
  if (!from || !to || countryOf(from) === countryOf(to)) return null;
  return { from, to, subject };
}

/** «экспорт Приамурья», «омского экспорта»: the party whose exports (imports) the noun names. */
function ownerOf(doc: Doc, verb: Mention, refs: PartyRef[]): PartyRef | undefined {
  if (!TRADE_NOUN.test(doc.tokens[verb.tokenStart]!.lower)) return undefined;
  return refs.find(
    (r) =>
      // An adjective after the noun qualifies the goods («импорт китайской техники»), not the trader.
      (r.tokenStart === verb.tokenEnd && r.via !== 'adjective' && !TO.has(r.before) && !FROM.has(r.before)) ||
      (r.via === 'adjective' && r.tokenEnd === verb.tokenStart),
  );
}

/** «импорт китайской техники», "Kazakh wheat": an adjective on the goods names where they are from. */
function makerOf(c: Clause, refs: PartyRef[]): PartyRef | undefined {
  return refs.find((r) => r.via === 'adjective' && c.goods.some((g) => g.tokenStart >= r.tokenEnd && g.tokenStart - r.tokenEnd <= 1));
}

// Parts of a country the gazetteer has no single region for («уральские заводы», "Siberian
// producers"): the goods come from that country's party in the story.
const MACRO_REGIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(уральск|южноуральск|зауральск|сибирск|западносибирск|восточносибирск|дальневосточн|приволжск|поволжск|северокавказск)\p{L}*$/u, 'RU'],
  [/^(siberian|urals?|far-eastern|volga)$/u, 'RU'],
];

/** The subject a macro-region adjective before the verb names: the story's one party of that country, else the country. */
function macroRegionParty(doc: Doc, c: Clause, verb: Mention, parties: Parties): string | undefined {
  for (let i = c.from; i < Math.min(verb.tokenStart, c.to); i++) {
    const word = doc.tokens[i]!.lower;
    const far = word === 'eastern' && doc.tokens[i - 1]?.lower === 'far';
    const country = far ? 'RU' : MACRO_REGIONS.find(([re]) => re.test(word))?.[1];
    if (!country) continue;
    const own = parties.main.filter((p) => countryOf(p) === country);
    return own.length === 1 ? own[0] : country;
  }
  return undefined;
}

/** "supplies Tajikistan with…": a party right after the verb, without a preposition. */
function objectAfter(refs: PartyRef[], verb: Mention): PartyRef | undefined {
  return refs.find(
    (r) => r.tokenStart >= verb.tokenEnd && r.tokenStart - verb.tokenEnd <= 1 && !FROM.has(r.before) && r.via !== 'adjective',
  );
}

function mergeFlows(flows: Flow[]): Flow[] {
  const out: Flow[] = [];
  for (const f of flows) {
    const same = out.find((o) => o.from === f.from && o.to === f.to);
    if (same) {
      for (const g of f.goods) if (!same.goods.includes(g)) same.goods.push(g);
      same.evidence!.push(...(f.evidence ?? []));
    } else out.push({ ...f, goods: [...f.goods] });
  }
  return out;
}

/**
 * "fruit and other agricultural products": a wide group («сельхозпродукция», "foodstuffs") beside
 * specific goods of its own range sums them up; only its specific goods are the flow's.
 */
function coveredGroups(goods: Mention[]): Mention[] {
  const specific = goods.filter((g) => !g.attrs?.broad);
  return goods.filter(
    (g) => !g.attrs?.broad || !specific.some((s) => (s.value as string[]).some((ch) => (g.value as string[]).includes(ch))),
  );
}

// ---- figures --------------------------------------------------------------------------------

interface MetricLexicon {
  money: Record<string, Record<'ru' | 'en', string[]>>;
  count: Record<string, Record<'ru' | 'en', string[]>>;
  cargo: Record<'ru' | 'en', string[]>;
  shipment: Record<'exports' | 'imports', Record<string, string[]>>;
}

let metricMatchers: {
  money: PhraseMatcher<Metric>;
  count: PhraseMatcher<Metric>;
  cargo: PhraseMatcher<true>;
  shipment: PhraseMatcher<Metric>;
} | null = null;

function metrics() {
  if (metricMatchers) return metricMatchers;
  const lx = metricLexicon<MetricLexicon>();
  const money = new PhraseMatcher<Metric>();
  for (const [metric, byLang] of Object.entries(lx.money))
    for (const terms of Object.values(byLang)) for (const t of terms) money.add(t, metric as Metric);
  const count = new PhraseMatcher<Metric>();
  for (const [metric, byLang] of Object.entries(lx.count))
    for (const terms of Object.values(byLang)) for (const t of terms) count.add(t, metric as Metric);
  const cargo = new PhraseMatcher<true>();
  for (const terms of Object.values(lx.cargo)) for (const t of terms) cargo.add(t, true);
  const shipment = new PhraseMatcher<Metric>();
  for (const [metric, byLang] of Object.entries(lx.shipment))
    for (const terms of Object.values(byLang)) for (const t of terms) shipment.add(t, metric as Metric);
  return (metricMatchers = { money, count, cargo, shipment });
}

// Between an amount and a change, these start a new statement («…составил 1,1 млрд долларов, а
// в первом полугодии он вырос на 14%»): the change is a figure of its own.
const STATEMENT_BREAK = /(,\s*(а|while|whereas)\s|;)/u;
const STUDY = /обуча|учат|учил|учащ|studying|study|enrolled/iu;

export function findFigures(doc: Doc, views: SentenceView[], parties: Parties): Figure[] {
  const out: Figure[] = [];
  const mx = metrics();
  const trace = recorder(doc);
  // The trade metric of the last sentence with an amount: the next sentence may go on about it
  // ("In January-July it grew by a further 9.6%", «цель в 10 млрд долларов достижима»).
  let lastTrade = null as { sentence: number; metric: Metric } | null;
  for (const v of views) {
    const quantities = v.mentions.filter((m) => m.kind === 'money' || m.kind === 'number' || m.kind === 'percent');
    const [lo, hi] = sentenceTokens(doc, v.index);
    if (!quantities.length) {
      // "…to raise trade turnover. In 2024 it came to $51 thousand": a sentence
      // that names a trade metric without a number is what the next one goes on about.
      const named: PhraseMatch<Metric> | undefined =
        lastTrade?.sentence === v.index - 1 ? undefined : mx.money.find(doc.tokens, lo, hi).pop();
      if (named && TRADE_METRICS.has(named.payloads[0]!)) lastTrade = { sentence: v.index, metric: named.payloads[0]! };
      continue;
    }
    const cues = mx.money.find(doc.tokens, lo, hi);
    const counted = mx.count.find(doc.tokens, lo, hi);
    const cargo = mx.cargo.find(doc.tokens, lo, hi).length > 0;
    const shipped = mx.shipment.find(doc.tokens, lo, hi);
    const actors = relationParties(v, parties.main);
    if (trace.vetoAll(actors.length < 1, () => quantities, 'no-party')) continue;
    const used = new Set<Mention>();
    const fromHere = out.length;
    let lastCount: Metric | null = null;
    const goesOn = lastTrade && lastTrade.sentence === v.index - 1 && GOES_ON.test(v.text) ? lastTrade.metric : null;
    const cueBefore = (m: Mention): Metric | null => {
      const before = cues.filter((c) => c.tokenStart < m.tokenStart).pop() ?? cues[0];
      return before ? before.payloads[0]! : goesOn;
    };
    // «80% внешнеторгового оборота», "25.1 percent of the nation's import-export volume", "30% of
    // tourists": a share names what it is a share of right after it.
    const cueAfter = (m: Mention): Metric | null =>
      [...cues, ...counted].find(
        (c) => c.tokenStart >= m.tokenEnd && c.tokenStart - m.tokenEnd <= 5 && plainBetween(doc, m.tokenEnd, c.tokenStart),
      )?.payloads[0] ?? null;
    // «…было экспортировано сельхозпродукции на 3,5 млрд долларов»: a shipping verb names the metric of an amount.
    const shippedMetric = shipped[0]?.payloads[0] ?? null;
    const together = (a: Mention, b: Mention) => !STATEMENT_BREAK.test(doc.text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
    // The growth of an amount is the nearest change in the same statement, after it («…млн долларов,
    // увеличившись на 6%») or before it ("grew by 25 percent to $800 million").
    const changeFor = (m: Mention) =>
      quantities
        .filter((x) => x !== m && !used.has(x) && (x.value as Quantity).change_pct != null && together(m, x))
        .sort((a, b) => Math.abs(a.start - m.start) - Math.abs(b.start - m.start))[0];
    const period = (m: Mention) => periodNear(v, m);
    for (const m of quantities) {
      if (used.has(m)) continue;
      const q = m.value as Quantity;
      if (q.kind === 'money') {
        const metric = cueBefore(m) ?? shippedMetric ?? 'other';
        // «$1 – 11914.67 UZS»: an exchange rate, not a figure.
        if (trace.veto(metric === 'other' && q.value !== null && q.value <= 10, m, 'exchange-rate')) continue;
        const change = changeFor(m);
        if (change) used.add(change);
        out.push(
          figure(
            doc,
            m,
            metric,
            actors,
            q.value,
            q.unit,
            change ? ((change.value as Quantity).change_pct ?? null) : (q.change_pct ?? null),
            period(m),
          ),
        );
      } else if (q.kind === 'tonnes') {
        // «отправила 120 тыс. тонн зерна», "shipped 200,000 tonnes of wheat": goods shipped are exports.
        // A tonnage shipped is of goods the sentence names, or of the word after it («70 тысяч тонн сои»); a bare one is no figure.
        const ofGoods = v.mentions.some((g) => g.kind === 'goods') || doc.tokens[m.tokenEnd]?.kind === 'word';
        const shipment = shipped.length && ofGoods ? shipped[0]!.payloads[0]! : null;
        if (trace.veto(!cargo && !cues.length && !shipment, m, 'no-metric')) continue;
        const metric = cues.some((c) => c.payloads[0] === 'exports')
          ? 'exports'
          : cues.some((c) => c.payloads[0] === 'imports')
            ? 'imports'
            : (shipment ?? 'other');
        const change = changeFor(m);
        if (change) used.add(change);
        out.push(figure(doc, m, metric, actors, q.value, 't', change ? ((change.value as Quantity).change_pct ?? null) : null, period(m)));
      } else if (q.kind === 'change' || q.kind === 'times') {
        const metric = cueBefore(m);
        trace.need(metric !== null, m, 'no-metric');
        if (!metric) continue;
        const amount = quantities.some(
          (x) => ((x.value as Quantity).kind === 'money' || (x.value as Quantity).kind === 'tonnes') && together(m, x),
        );
        if (trace.veto(amount, m, 'change-of-amount', `figure:${metric}`)) continue;
        out.push(figure(doc, m, metric, actors, null, null, q.change_pct ?? q.value, period(m)));
      } else if (q.kind === 'percent') {
        // "850 companies took part, of which over 20 percent…": a share of what was counted before.
        const ofCounted: Metric | null = SAME_COUNTED.test(doc.text.slice(v.start, m.start)) ? lastCount : null;
        const metric = cueAfter(m) ?? ofCounted ?? cueBefore(m);
        trace.need(metric !== null && metric !== 'other', m, 'no-metric');
        if (!metric || metric === 'other') continue;
        out.push(figure(doc, m, metric, actors, q.value, '%', null, period(m)));
      } else if (q.kind === 'count') {
        // The noun right after the number, or «количество предприятий … превысило 1,1 тыс.».
        // Adjectives may stand between («26 совместных российско-казахстанских предприятий»).
        const noun =
          counted.find(
            (c) => c.tokenStart >= m.tokenEnd && c.tokenStart <= m.tokenEnd + 5 && adjectivesBetween(doc, m.tokenEnd, c.tokenStart),
          ) ?? countOf(doc, counted, m);
        // «…3,5 тыс. студентов, из них около 600 — из области», «их число выросло до 22»: the count
        // before says what is counted.
        const earlier: Metric | null = !noun && !q.noun && SAME_COUNTED.test(doc.text.slice(v.start, m.start)) ? lastCount : null;
        if (trace.veto(!noun && !earlier, m, 'no-counted')) continue;
        let metric: Metric = noun ? noun.payloads[0]! : earlier!;
        // «между двумя регионами», "with three Russian regions": other things counted in words frame the story's sides; a statistic is in digits.
        if (trace.veto(metric === 'other' && !/\d/.test(q.text ?? ''), m, 'count-in-words')) continue;
        if (metric === 'people' && STUDY.test(v.text)) metric = 'students';
        out.push(figure(doc, m, metric, actors, q.value, 'count', null, null));
        lastCount = metric;
      }
    }
    const trade = out
      .slice(fromHere)
      .filter((f) => f.unit !== 'count' && TRADE_METRICS.has(f.metric))
      .pop();
    if (trade) lastTrade = { sentence: v.index, metric: trade.metric };
  }
  return distinctFigures(out);
}

/** Only words (and «и», "and", hyphens, an apostrophe) between tokens [from, to): no clause or list break. */
function plainBetween(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (doc.tokens[i]!.kind === 'punct' && !/^[-'’]$/.test(doc.tokens[i]!.text)) return false;
  return true;
}

// A Russian adjective in the plural or genitive («совместных», «российско-казахстанских», «российскими»), or a conjunction.
const ADJECTIVE_OR_AND = /^(\p{L}+(ых|их|ые|ие|ыми|ими|ого|его|ой|ей|ую|юю|ско|цко))$|^(и|and|-)$/u;

/** Adjectives only between a count and its noun; in English at most one word («26 совместных российско-казахстанских предприятий», "165 joint ventures"). */
function adjectivesBetween(doc: Doc, from: number, to: number): boolean {
  // A hyphenated compound is one word ("300 Kazakh-Russian enterprises").
  if (doc.lang === 'en') return to - from - 2 * hyphensBetween(doc, from, to) <= 1 && plainBetween(doc, from, to);
  for (let i = from; i < to; i++) if (!ADJECTIVE_OR_AND.test(doc.tokens[i]!.lower)) return false;
  return true;
}

/** Hyphens joining two words in tokens [from, to). */
function hyphensBetween(doc: Doc, from: number, to: number): number {
  let n = 0;
  for (let i = from + 1; i < to - 1; i++) {
    const t = doc.tokens[i]!;
    if (t.text === '-' && doc.tokens[i - 1]!.end === t.start && doc.tokens[i + 1]!.start === t.end) n++;
  }
  return n;
}

const TRADE_METRICS = new Set<Metric>(['turnover', 'exports', 'imports', 'investment']);
// A sentence that goes on about the figure before: a pronoun or "the target".
const GOES_ON =
  /(?<![\p{L}])(it|this figure|this amount|the figure|this indicator|the indicator|the target|the goal|the bar|the mark|the threshold|он|она|оно|это|этот показатель|показатель|цель\p{L}*|целев\p{L}*|планк\p{L}*|рубеж\p{L}*|отметк\p{L}*)(?![\p{L}])/iu;
const SAME_COUNTED = /(из них|из которых|их числ\p{L}*|их количеств\p{L}*|of them|of whom|of which|their number)[^.;]*$/iu;

/**
 * One figure per number: a headline repeats the body («…$48 mln in deals» and "export contracts
 * worth more than $48 million"); an amount read as `other` gives way to the same amount with a metric.
 */
function distinctFigures(figures: Figure[]): Figure[] {
  const key = (f: Figure) => `${f.value}|${f.unit}|${f.change_pct}`;
  const named = new Set(figures.filter((f) => f.metric !== 'other').map(key));
  // The body tells the change a headline leaves out: the amount without it is the same figure.
  const withChange = new Set(
    figures.filter((f) => f.change_pct !== null && f.value !== null).map((f) => `${f.metric}|${f.value}|${f.unit}`),
  );
  const seen = new Set<string>();
  return figures.filter((f) => {
    if (f.metric === 'other' && f.value !== null && named.has(key(f))) return false;
    if (f.change_pct === null && withChange.has(`${f.metric}|${f.value}|${f.unit}`)) return false;
    const k = `${f.metric}|${key(f)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const COUNT_WORD = /^(количество|число|number)$/;

function countOf(doc: Doc, counted: PhraseMatch<Metric>[], m: Mention): PhraseMatch<Metric> | undefined {
  const afterCountWord = (c: PhraseMatch<Metric>) => [1, 2].some((k) => COUNT_WORD.test(doc.tokens[c.tokenStart - k]?.lower ?? ''));
  return counted.find((c) => c.tokenEnd <= m.tokenStart && afterCountWord(c));
}

/** The period nearest before a figure in its sentence, else the first one. */
function periodNear(v: SentenceView, m: Mention): string | null {
  const periods = v.mentions.filter((x) => x.kind === 'date' && x.attrs?.period);
  const p = periods.filter((x) => x.start < m.start).pop() ?? periods[0];
  return p ? ((p.value as { value?: string | null }).value ?? null) : null;
}

function figure(
  doc: Doc,
  m: Mention,
  metric: Metric,
  actors: string[],
  value: number | null,
  unit: string | null,
  change: number | null,
  period: string | null,
): Figure {
  return { metric, actors, value, unit, change_pct: change, period, evidence: [evidence(doc, m, `figure:${metric}`)] };
}
