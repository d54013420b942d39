// The mentions layer: every span the relation rules need, each with its resolved value —
// places (ISO codes), offices (roles), people, goods (HS chapters), sectors, trigger words,
// quantities and dates. Dictionaries are data (lexicons/); this file only wires them to the
// phrase matcher and adds the few grammar rules that names need.
import type { Doc, Mention, Token } from '../core/doc.js';
import type { Role, Sector } from '../core/facts.js';
import { readLexicon } from '../core/paths.js';
import { PhraseMatcher, type PhraseMatch } from '../text/phrases.js';
import { placeByCode, places, type Place } from './gazetteer.js';
import { goodsTerms, officeTerms, sectorTerms, triggerLexicon, type OfficeTerm } from './lexicons.js';
import { findQuantities, type Quantity } from './numbers.js';
import { findDates, findPeriods, type DateMention } from './dates.js';
import { append } from '../core/append.js';
import { coordinatedSectors } from './sector-cues.js';

export interface PlaceValue {
  code: string;
  type: Place['type'];
  form: 'name' | 'abbr' | 'adjective';
  country: string;
  /** For cities: the code the city belongs to. */
  region?: string;
  capitalOf?: string;
  /** The English name, for event places. */
  nameEn?: string;
  ambiguous?: boolean;
}

export interface OfficeValue {
  role: Role;
  term: OfficeTerm;
}

/** HS chapters a goods term names, most likely first; `all` when it names every one of them. */
type GoodsValue = string[] & { all: boolean; broad: boolean };

export interface PersonValue {
  first: string | null;
  last: string;
  /** Words as written, in text order. */
  words: string[];
}

type Lang = 'ru' | 'en';
interface Triggers {
  event: Record<string, Record<Lang, string[]>>;
  agreement: Record<string, Record<Lang, string[]>>;
  plan: Record<string, Record<Lang, string[]>>;
  future: Record<Lang, string[]>;
  /** Words that look ahead without an act to come («перспективы»): kind `prospect` of the future group. */
  prospect?: Record<Lang, string[]>;
  /** Words of intention («договорились», "agreed to"): kind `intention` of the future group. */
  intention?: Record<Lang, string[]>;
  flow: Record<string, Record<Lang, string[]>>;
}
interface SectorNames {
  heads: Record<string, string[]>;
  links: Record<string, string[]>;
  field_people?: Record<string, string[]>;
}
interface PeopleCues {
  speech: Record<string, string[]>;
  notName: Record<string, string[]>;
  givenNames: Record<string, string[]>;
  titleWords: Record<string, string[]>;
  placeWords: Record<string, string[]>;
  surnameSuffixes: Record<string, string[]>;
  adjectiveEndings: Record<string, string[]>;
}

interface PlaceContext {
  unitWords: Record<string, string[]>;
  notPlaces: Record<string, string[]>;
}

interface Matchers {
  places: PhraseMatcher<PlaceValue>;
  /** Generic words of a unit (область, region, облыс*): a coordinated bare name shares them. */
  unitWords: PhraseMatcher<true>;
  /** Organisations, treaties, time zones named after a place: no place inside them is a party. */
  notPlaces: PhraseMatcher<true>;
  offices: PhraseMatcher<OfficeValue>;
  /** Offices by an exact word form («=послом»): forms whose stem another word shares («после»). */
  officeForms: Map<string, OfficeValue>;
  /** Institutions an office heads (облисполком, hokimiyat): they sharpen a generic title. */
  bodies: PhraseMatcher<OfficeValue>;
  goods: PhraseMatcher<GoodsValue>;
  sectors: PhraseMatcher<Sector>;
  /** Institutions named after a portfolio, and the words that join them to it. */
  institutions: PhraseMatcher<true>;
  nameLinks: Set<string>;
  fieldPeople: PhraseMatcher<true>;
  triggers: Map<string, PhraseMatcher<string>>;
  speech: PhraseMatcher<true>;
  notName: Set<string>;
  /** Given names in every case form, lower-cased; East Asian family names (first in the name) apart. */
  givenNames: Set<string>;
  familyNames: Set<string>;
  /** Stems of institution words inside a title («Министерства», "Committee"). */
  titleStems: string[];
  /** Generic words of a place name (Kray, Oblast): a run right before one names the place. */
  placeWords: Set<string>;
  surnameSuffixes: string[];
  adjectiveEndings: string[];
}

let matchers: Matchers | null = null;

function build(): Matchers {
  const placeMatcher = new PhraseMatcher<PlaceValue>();
  for (const p of places()) {
    const base = { code: p.code, type: p.type, country: p.country, region: p.region, capitalOf: p.capital_of, nameEn: p.names.en?.[0] };
    const ambiguous = new Set(p.ambiguous ?? []);
    for (const [form, table] of [
      ['name', p.names],
      ['abbr', p.abbr],
      ['adjective', p.adjectives],
    ] as const)
      for (const names of Object.values(table ?? {}))
        for (const n of names) placeMatcher.add(n, { ...base, form, ambiguous: ambiguous.has(n) });
  }
  const context = readLexicon<PlaceContext>('place-context');
  const unitWords = new PhraseMatcher<true>();
  for (const term of Object.values(context.unitWords).flat()) unitWords.add(term, true);
  const notPlaces = new PhraseMatcher<true>();
  for (const term of Object.values(context.notPlaces).flat()) notPlaces.add(term, true);
  const offices = new PhraseMatcher<OfficeValue>();
  const bodies = new PhraseMatcher<OfficeValue>();
  const officeForms = new Map<string, OfficeValue>();
  for (const o of officeTerms()) {
    for (const t of o.terms)
      if (t.startsWith('=')) officeForms.set(t.slice(1).toLowerCase(), { role: o.role, term: o });
      else offices.add(t, { role: o.role, term: o });
    for (const b of o.bodies ?? []) bodies.add(b, { role: o.role, term: o });
  }
  const goods = new PhraseMatcher<GoodsValue>();
  for (const g of goodsTerms()) goods.add(g.term, Object.assign([...g.chapters], { all: Boolean(g.all), broad: Boolean(g.broad) }));
  const sectors = new PhraseMatcher<Sector>();
  for (const s of sectorTerms()) for (const t of s.terms) sectors.add(t, s.sector);

  const names = readLexicon<SectorNames>('sector-names');
  const institutions = new PhraseMatcher<true>();
  for (const term of Object.values(names.heads).flat()) institutions.add(term, true);
  const nameLinks = new Set(Object.values(names.links).flat());
  const fieldPeople = new PhraseMatcher<true>();
  for (const term of Object.values(names.field_people ?? {}).flat()) fieldPeople.add(term, true);

  const t = triggerLexicon<Triggers>();
  const triggers = new Map<string, PhraseMatcher<string>>();
  const addGroup = (group: string, table: Record<string, Record<Lang, string[]>>) => {
    const m = new PhraseMatcher<string>();
    for (const [kind, byLang] of Object.entries(table))
      for (const terms of Object.values(byLang)) for (const term of terms) m.add(term, kind);
    triggers.set(group, m);
  };
  addGroup('event', t.event);
  addGroup('agreement', t.agreement);
  addGroup('plan', t.plan);
  addGroup('flow', t.flow);
  addGroup('future', {
    future: t.future,
    ...(t.prospect ? { prospect: t.prospect } : {}),
    ...(t.intention ? { intention: t.intention } : {}),
  });

  const cues = readLexicon<PeopleCues>('people-cues');
  const speech = new PhraseMatcher<true>();
  for (const terms of Object.values(cues.speech)) for (const term of terms) speech.add(term, true);
  return {
    places: placeMatcher,
    unitWords,
    notPlaces,
    offices,
    officeForms,
    bodies,
    goods,
    sectors,
    institutions,
    nameLinks,
    fieldPeople,
    triggers,
    speech,
    notName: new Set(Object.values(cues.notName).flat()),
    givenNames: new Set(
      Object.entries(cues.givenNames)
        .filter(([k]) => !k.startsWith('zh-'))
        .flatMap(([, names]) => names.flatMap(caseForms)),
    ),
    familyNames: new Set(
      Object.entries(cues.givenNames)
        .filter(([k]) => k.startsWith('zh-'))
        .flatMap(([, names]) => names.map((n) => n.toLowerCase())),
    ),
    titleStems: Object.values(cues.titleWords).flat(),
    placeWords: new Set(Object.values(cues.placeWords).flat()),
    surnameSuffixes: Object.values(cues.surnameSuffixes)
      .flat()
      .sort((a, b) => b.length - a.length),
    adjectiveEndings: Object.values(cues.adjectiveEndings).flat(),
  };
}

// Case endings a Russian given name takes (Сергей → Сергея, Сергеем; Ольга → Ольгой; Нурлан → Нурланом).
const GIVEN_NAME_ENDINGS = ['а', 'у', 'ом', 'е', 'я', 'ю', 'ем', 'ы', 'и', 'ой', 'ей', 'ию', 'ией'];

/** A given name with its case forms, lower-cased; a Latin name stays as it is. */
function caseForms(name: string): string[] {
  const lower = name.toLowerCase();
  if (!/[а-яё]/.test(lower)) return [lower];
  const stem = lower.replace(/[йьая]$/, '');
  return [lower, ...GIVEN_NAME_ENDINGS.map((e) => stem + e)];
}

function lexicon(): Matchers {
  return (matchers ??= build());
}

function span(doc: Doc, m: { tokenStart: number; tokenEnd: number }): { start: number; end: number; sentence: number } {
  const first = doc.tokens[m.tokenStart]!;
  return { start: first.start, end: doc.tokens[m.tokenEnd - 1]!.end, sentence: first.sentence };
}

function toMentions<T>(
  doc: Doc,
  kind: Mention['kind'],
  found: PhraseMatch<T>[],
  value: (m: PhraseMatch<T>) => unknown,
  attrs?: (m: PhraseMatch<T>) => Record<string, unknown>,
): Mention[] {
  return found.map((m) => ({
    kind,
    ...span(doc, m),
    tokenStart: m.tokenStart,
    tokenEnd: m.tokenEnd,
    value: value(m),
    ...(attrs ? { attrs: attrs(m) } : {}),
  }));
}

const COORDINATION = new Set(['и', 'или', ',', 'and', 'or']);

/**
 * «мясной и молочной продукции», "fresh and frozen fish": an adjective joined to a goods phrase
 * shares its head noun. The adjective with that head is looked up as a phrase of its own, and
 * counts (on the adjective's token) when the whole of it is a goods term.
 */
function coordinatedGoods<T>(goods: PhraseMatcher<T>, tokens: Token[], found: PhraseMatch<T>[]): PhraseMatch<T>[] {
  const covered = new Set(found.flatMap((m) => Array.from({ length: m.tokenEnd - m.tokenStart }, (_, k) => m.tokenStart + k)));
  const out: PhraseMatch<T>[] = [];
  for (const m of found) {
    if (m.tokenEnd - m.tokenStart < 2) continue;
    // A list of them walks back adjective by adjective («металлургическая, химическая, машиностроительная продукция»).
    for (let at = m.tokenStart; ; at -= 2) {
      const join = tokens[at - 1];
      const adjective = tokens[at - 2];
      if (!join || !adjective || !COORDINATION.has(join.lower)) break;
      if (adjective.kind !== 'word' || adjective.sentence !== join.sentence || covered.has(at - 2)) break;
      const phrase = [adjective, ...tokens.slice(m.tokenStart + 1, m.tokenEnd)];
      const whole = goods.find(phrase).find((g) => g.tokenStart === 0 && g.tokenEnd === phrase.length);
      if (!whole) break;
      out.push({ tokenStart: at - 2, tokenEnd: at - 1, payloads: whole.payloads });
    }
  }
  return out;
}

/** Fills `doc.mentions`. Expects tokens and sentences. */
export function tagMentions(doc: Doc): Doc {
  const lx = lexicon();
  const tokens = doc.tokens;
  const mentions: Mention[] = [];

  // Places (the matcher holds proper names to their capital letter).
  const placeMatches = sharedUnits(withoutNotPlaces(lx.places.find(tokens), lx.notPlaces.find(tokens)), tokens, lx.unitWords);
  append(
    mentions,
    toMentions(
      doc,
      'place',
      placeMatches,
      (m) => pickPlace(m.payloads, tokens[m.tokenStart]!),
      (m) => ({ alternatives: m.payloads }),
    ),
  );

  const officeMatches = withExactForms(lx.offices.find(tokens), tokens, lx.officeForms);
  const bodies = lx.bodies.find(tokens);
  append(
    mentions,
    toMentions(doc, 'office', officeMatches, (m) => bodyOffice(m, bodies) ?? m.payloads[0]),
  );
  const goodsMatches = lx.goods.find(tokens);
  append(
    mentions,
    toMentions(
      doc,
      'goods',
      [...goodsMatches, ...coordinatedGoods(lx.goods, tokens, goodsMatches)],
      (m) => [...m.payloads[0]!],
      (m) => ({ all: m.payloads[0]!.all, ...(m.payloads[0]!.broad ? { broad: true } : {}) }),
    ),
  );
  const phraseSectors = lx.sectors.find(tokens);
  const sectorMatches = [...phraseSectors, ...coordinatedSectors(tokens, phraseSectors)];
  const inName = sectorsInNames(doc, lx, sectorMatches, officeMatches);
  append(
    mentions,
    toMentions(
      doc,
      'sector',
      sectorMatches,
      (m) => m.payloads[0],
      (m) => ({ all: m.payloads, ...(inName.has(m) ? { inName: true } : {}) }),
    ),
  );
  for (const [group, matcher] of lx.triggers)
    append(
      mentions,
      toMentions(
        doc,
        'trigger',
        matcher.find(tokens),
        (m) => `${group}:${m.payloads[0]}`,
        (m) => ({ group, kinds: m.payloads }),
      ),
    );

  // Ambiguous place names give way to people («Vladimir Kravtsov»).
  const taken = new Set<number>();
  for (const m of [...placeMatches.filter((p) => !p.payloads.every((v) => v.ambiguous)), ...officeMatches])
    for (let i = m.tokenStart; i < m.tokenEnd; i++) taken.add(i);
  const speechAt = new Set(lx.speech.find(tokens).flatMap((m) => [m.tokenStart, m.tokenEnd - 1]));
  const officeEnds = new Set(officeMatches.flatMap((m) => [m.tokenEnd - 1, m.tokenStart]));
  const placeTokens = new Set(placeMatches.flatMap((m) => Array.from({ length: m.tokenEnd - m.tokenStart }, (_, k) => m.tokenStart + k)));
  const people = findPeople(doc, lx, taken, speechAt, officeEnds, placeTokens);
  append(mentions, people);
  const inPerson = (m: Mention) => m.kind === 'place' && people.some((p) => p.start < m.end && m.start < p.end);
  for (let k = mentions.length - 1; k >= 0; k--) if (inPerson(mentions[k]!)) mentions.splice(k, 1);

  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    const at = (x: { start: number; end: number }) => ({ start: s.start + x.start, end: s.start + x.end });
    const tokenRange = (start: number, end: number) => tokenSpan(tokens, start, end);
    for (const q of findQuantities(text, doc.lang)) {
      const pos = at(q);
      mentions.push({
        kind: q.kind === 'money' ? 'money' : q.kind === 'percent' || q.kind === 'change' ? 'percent' : 'number',
        ...pos,
        ...tokenRange(pos.start, pos.end),
        sentence: s.index,
        value: q as Quantity,
      });
    }
    for (const d of findDates(text, doc.lang, doc.published)) {
      const pos = at(d);
      mentions.push({ kind: 'date', ...pos, ...tokenRange(pos.start, pos.end), sentence: s.index, value: d as DateMention });
    }
    for (const p of findPeriods(text, doc.lang, doc.published)) {
      const pos = at(p);
      mentions.push({ kind: 'date', ...pos, ...tokenRange(pos.start, pos.end), sentence: s.index, value: p, attrs: { period: true } });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  doc.mentions = mentions;
  return doc;
}

/** Place matches outside the names of organisations, treaties and time zones («Шанхайская организация сотрудничества»). */
function withoutNotPlaces<T>(found: PhraseMatch<T>[], stops: PhraseMatch<true>[]): PhraseMatch<T>[] {
  if (!stops.length) return found;
  return found.filter((m) => !stops.some((s) => s.tokenStart <= m.tokenStart && m.tokenEnd <= s.tokenEnd));
}

// Words that join coordinated names: «Минской, Витебской и Гомельской областей», "Omsk, Tyumen and Kurgan regions".
const JOINERS = new Set([',', 'и', 'and', '&', 'ва', 'va', 'және', 'жана', 'і', 'və']);
const UNIT_NAME = /област|oblast|region|province|край|krai|territor|аймак|aimag|префектур|prefecture|велаят/i;

/**
 * A bare name or adjective coordinated with a name that ends in a unit's generic word shares it:
 * «Минской, Витебской и Гомельской областей» are oblasts (not Minsk city), "Omsk, Tyumen and Kurgan
 * regions" are regions (not the cities).
 */
function sharedUnits(found: PhraseMatch<PlaceValue>[], tokens: Token[], unitWords: PhraseMatcher<true>): PhraseMatch<PlaceValue>[] {
  const units = unitWords.find(tokens);
  const unitEnds = new Set(units.map((m) => m.tokenEnd));
  if (!unitEnds.size) return found;
  const out = [...found];
  // "the regions of Omsk, Tyumen and Kurgan": the unit word before the names, joined by "of".
  for (const u of units) {
    if (tokens[u.tokenEnd]?.lower !== 'of') continue;
    let j = out.findIndex((m) => m.tokenStart === u.tokenEnd + 1);
    for (let prev = -1; j >= 0 && j < out.length; prev = j, j++) {
      const gap = prev < 0 ? [] : tokens.slice(out[prev]!.tokenEnd, out[j]!.tokenStart);
      if (prev >= 0 && (gap.length < 1 || gap.length > 2 || !gap.every((t) => JOINERS.has(t.lower)))) break;
      out[j] = { ...out[j]!, payloads: [unitReading(out[j]!.payloads)] };
    }
  }
  for (let k = out.length - 1; k > 0; k--) {
    const head = out[k]!;
    if (!unitEnds.has(head.tokenEnd) || head.tokenEnd - head.tokenStart < 2 || !head.payloads.some((p) => p.type === 'region')) continue;
    for (let j = k - 1; j >= 0; j--) {
      const m = out[j]!;
      // One joining word, or a comma and a conjunction ("Samara, Omsk, and Penza regions").
      const gap = tokens.slice(m.tokenEnd, out[j + 1]!.tokenStart);
      if (gap.length < 1 || gap.length > 2 || !gap.every((t) => JOINERS.has(t.lower)) || unitEnds.has(m.tokenEnd)) break;
      out[j] = { ...m, payloads: [unitReading(m.payloads)] };
    }
  }
  return out;
}

/** Among a name's readings the unit one: a region called a unit, else the region of a city. */
function unitReading(options: PlaceValue[]): PlaceValue {
  const isUnit = (code: string) => {
    const place = placeByCode(code);
    return Boolean(place && place.type === 'region' && [...place.names.ru, ...place.names.en].some((n) => UNIT_NAME.test(n)));
  };
  const unit = options.find((p) => p.type === 'region' && isUnit(p.code));
  if (unit) return { ...unit, ambiguous: false };
  for (const p of options) {
    const region = p.type === 'city' && p.region ? placeByCode(p.region) : undefined;
    if (region && isUnit(region.code))
      return { code: region.code, type: 'region', form: p.form, country: region.country, nameEn: region.names.en[0], ambiguous: false };
  }
  return options[0]!;
}

/**
 * Sector words that belong to the name of an institution or office: «министерство сельского
 * хозяйства и торговли», «заместитель губернатора по промышленности, транспорту и экологии»,
 * "the Department for Investment and Industrial Policy", "Irkutsk National Research University".
 */
function sectorsInNames(
  doc: Doc,
  lx: Matchers,
  sectors: PhraseMatch<Sector>[],
  offices: PhraseMatch<OfficeValue>[],
): Set<PhraseMatch<Sector>> {
  const tokens = doc.tokens;
  const marks = (found: { tokenStart: number; tokenEnd: number }[]) =>
    new Set(found.flatMap((m) => Array.from({ length: m.tokenEnd - m.tokenStart }, (_, k) => m.tokenStart + k)));
  // «представители сфер образования…», "specialists of agriculture": people from a field, not an institution's name.
  const fromField = new Set(lx.fieldPeople.find(tokens).map((m) => m.tokenStart));
  const heads = marks([...lx.institutions.find(tokens), ...offices.filter((o) => !fromField.has(o.tokenStart))]);
  const sectorTokens = marks(sectors);
  const english = doc.lang === 'en';
  const out = new Set<PhraseMatch<Sector>>();
  // "the agriculture, health and construction departments": one-word portfolios listed (with commas
  // and "and", the last one maybe a word the lexicon lacks) right up to a head; a phrase of its own
  // ("industrial parks and technology centres") is no portfolio.
  const listBeforeHead = (from: number) => {
    let i = from;
    while (i < tokens.length && (sectorTokens.has(i) || tokens[i]!.text === ',' || tokens[i]!.lower === 'and')) i++;
    if (!heads.has(i) && tokens[i]?.kind === 'word' && !tokens[i]!.upper && tokens[i - 1]?.lower === 'and') i++;
    return i > from && heads.has(i) && tokens[i - 1]!.kind === 'word' && tokens[i - 1]!.sentence === tokens[i]!.sentence;
  };
  for (const m of sectors) {
    const first = tokens[m.tokenStart]!;
    // In English a capitalised name runs over its other capitalised words ("National Research Technical University").
    const inRun = (i: number) => english && first.upper && tokens[i]!.upper && tokens[i]!.kind === 'word';
    const joins = (i: number) => sectorTokens.has(i) || lx.nameLinks.has(tokens[i]!.lower) || inRun(i);
    const reaches = (from: number, step: 1 | -1, joinsAt: (i: number) => boolean) => {
      for (let i = from, n = 0; i >= 0 && i < tokens.length && n < 8 && tokens[i]!.sentence === first.sentence; i += step, n++) {
        if (heads.has(i)) return true;
        if (!joinsAt(i)) return false;
      }
      return false;
    };
    // After the portfolio only an English head may follow ("the transport ministry", "Industries Minister").
    const after =
      english &&
      (reaches(m.tokenEnd, 1, (i) => inRun(i) || (first.upper && ['of', 'and', '&'].includes(tokens[i]!.lower))) ||
        (m.tokenEnd - m.tokenStart === 1 && listBeforeHead(m.tokenEnd)));
    if (reaches(m.tokenStart - 1, -1, joins) || after) out.add(m);
  }
  return out;
}

/** Phrase matches plus one-word matches of exact forms on tokens no phrase covers, in text order. */
function withExactForms<T>(matches: PhraseMatch<T>[], tokens: Token[], forms: Map<string, T>): PhraseMatch<T>[] {
  if (!forms.size) return matches;
  const covered = new Set(matches.flatMap((m) => Array.from({ length: m.tokenEnd - m.tokenStart }, (_, k) => m.tokenStart + k)));
  const extra: PhraseMatch<T>[] = [];
  tokens.forEach((t, i) => {
    const value = t.kind === 'word' && !covered.has(i) ? forms.get(t.lower) : undefined;
    if (value) extra.push({ tokenStart: i, tokenEnd: i + 1, payloads: [value] });
  });
  return extra.length ? [...matches, ...extra].sort((a, b) => a.tokenStart - b.tokenStart) : matches;
}

/** «председатель Минского облисполкома»: a generic title takes the office of the body it heads. */
function bodyOffice(m: PhraseMatch<OfficeValue>, bodies: PhraseMatch<OfficeValue>[]): OfficeValue | null {
  const office = m.payloads[0]!;
  if (office.term.party !== 'any' && office.role !== 'official') return null;
  const body = bodies.find((b) => b.tokenStart >= m.tokenEnd && b.tokenStart - m.tokenEnd <= 3);
  if (!body) return null;
  // A deputy of the body's head speaks for the same party but stays a deputy.
  if (office.role === 'deputy') return { role: 'deputy', term: deputyOf(body.payloads[0]!.term) };
  return body.payloads[0]!;
}

const deputies = new Map<OfficeTerm, OfficeTerm>();

/** The office of a deputy of a head: the head's party, the deputy's role whatever the country. */
function deputyOf(head: OfficeTerm): OfficeTerm {
  let deputy = deputies.get(head);
  if (!deputy) {
    const { role_by_country: _byCountry, ...rest } = head;
    deputies.set(head, (deputy = { ...rest, role: 'deputy' }));
  }
  return deputy;
}

function tokenSpan(tokens: Token[], start: number, end: number): { tokenStart: number; tokenEnd: number } {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let e = lo;
  while (e < tokens.length && tokens[e]!.start < end) e++;
  return { tokenStart: lo, tokenEnd: Math.max(e, lo + 1) };
}

/** Among places sharing a name, prefer a region or country over a city, and exact names over ambiguous ones. */
function pickPlace(options: PlaceValue[], first: Token): PlaceValue {
  const rank = (p: PlaceValue) => (p.ambiguous ? 10 : 0) + (p.form === 'adjective' && first.upper ? 1 : 0) + (p.type === 'city' ? 2 : 0);
  return [...options].sort((a, b) => rank(a) - rank(b))[0]!;
}

const NAME_WORD = /^\p{Lu}[\p{Ll}'’ʼ‘ʻ]+$/u;
const INITIAL = /^\p{Lu}$/u;
const CAPS_WORD = /^\p{Lu}{4,}$/u;

/**
 * People: runs of two to four capitalised words that are not places or offices, accepted when
 * an office, a speech verb or a surname-like ending vouches for them. A lone surname counts
 * when the document already named its owner in full.
 */
function findPeople(
  doc: Doc,
  lx: Matchers,
  taken: Set<number>,
  speechAt: Set<number>,
  officeEnds: Set<number>,
  placeTokens: Set<number>,
): Mention[] {
  const tokens = doc.tokens;
  const out: Mention[] = [];
  const isNameWord = (i: number) => {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || taken.has(i) || lx.notName.has(t.text)) return false;
    if (!NAME_WORD.test(t.text) && !capsName(i)) return false;
    // An English institution word ("Provincial People's Congress") is never part of a name.
    return !(LATIN.test(t.text) && titleWord(lx, t));
  };
  // «ҒАУЕЗ НҰРМҰХАМБЕТОВ», «ИВАН ПЕТРОВ»: a name in capitals, two such words side by side.
  const caps = (k: number) => {
    const t = tokens[k];
    return Boolean(t && t.kind === 'word' && CAPS_WORD.test(t.text) && !taken.has(k));
  };
  // «Даниала АХМЕТОВА»: or a capital surname beside a given name in title case.
  const titled = (k: number) => {
    const t = tokens[k];
    return Boolean(t && t.kind === 'word' && NAME_WORD.test(t.text) && !lx.notName.has(t.text) && !taken.has(k));
  };
  const capsName = (k: number) => caps(k) && (caps(k - 1) || caps(k + 1) || titled(k - 1) || titled(k + 1));
  const surnames: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(i)) {
      i++;
      continue;
    }
    // Collect the run: words, hyphenated parts, and initials with their stops.
    const words: number[] = [i];
    let j = i + 1;
    while (j < tokens.length && words.length < 4 && tokens[j]!.sentence === tokens[i]!.sentence) {
      const t = tokens[j]!;
      if (isNameWord(j) && t.start - tokens[j - 1]!.end <= 1) {
        words.push(j);
        j++;
      } else if (t.text === '-' && isNameWord(j + 1) && t.start === tokens[j - 1]!.end) {
        words.push(j + 1);
        j += 2;
      } else if (INITIAL.test(t.text) && tokens[j + 1]?.text === '.') j += 2;
      else break;
    }
    // «в Кызыле Чимидом Ганболдом»: after a locative preposition the first word is a place.
    if (words.length >= 3 && LOCATIVE.has(tokens[i - 1]?.lower ?? '')) {
      words.shift();
      i = words[0]!;
    }
    // «вилояти Маскав Андрей Воробев»: an unknown place before a known given name is not the name's.
    if (words.length >= 3 && startsAtSecond(lx, tokens, words)) {
      words.shift();
      i = words[0]!;
    }
    // «Депутат Государственной Думы Иван Петров»: an institution's capitalised words before a name are not the name's.
    while (words.length >= 3 && !LATIN.test(tokens[words[0]!]!.text) && titleWord(lx, tokens[words[0]!]!)) {
      words.shift();
      i = words[0]!;
    }
    // «С.Исманов», "V.V.Nagovitsyn", "Kh.Bolorchuluun": initials written before the surname.
    const initials = initialsBefore(tokens, i);
    const start = initials[0] ?? i;
    const first = tokens[i]!;
    const last = tokens[words[words.length - 1]!]!;
    const vouched =
      officeBefore(tokens, start, officeEnds, (j) => placeTokens.has(j) || titleWord(lx, tokens[j]!)) ||
      speechAt.has(j) ||
      speechAt.has(start - 1) ||
      (tokens[j]?.text === ',' && officeEnds.has(j + 1)) ||
      (tokens[j]?.text === ',' && officeEnds.has(j + 2)) ||
      (tokens[j]?.text === ':' && officeEnds.has(j + 1));
    // "Petrov, the governor of …": an office in apposition vouches for a lone surname even at a sentence's start.
    const apposed = tokens[j]?.text === ',' && (officeEnds.has(j + 1) || officeEnds.has(j + 2));
    const surnameLike = lx.surnameSuffixes.some((s) => last.lower.endsWith(s) && last.lower.length > s.length + 2);
    // «Южного Урала», «Делегацию Западной Сибири»: no given name or patronymic is an adjective.
    const adjectival = words
      .slice(0, -1)
      .some((w) => lx.adjectiveEndings.some((e) => tokens[w]!.lower.endsWith(e) && tokens[w]!.lower.length > e.length + 1));
    const sentenceStart = i === 0 || tokens[i - 1]!.sentence !== first.sentence || /^[«"“—–-]$/.test(tokens[i - 1]!.text);
    // A known given name first («Алексей Текслер»), or an East Asian family name before one more word ("Lu Hao").
    const given = words.length >= 2 && (lx.givenNames.has(first.lower) || (words.length === 2 && lx.familyNames.has(first.lower)));
    // A full name needs a voucher, a given name or a surname's shape; a lone surname, an owner named before.
    // «Политико-юридической»: a word joined by a hyphen to a lower-case one is no name.
    const compound = tokens[j]?.text === '-' && tokens[j]!.start === last.end;
    // "Khabarovskiy Kray": a run right before a place's generic word is that place's name.
    const placeName = lx.placeWords.has(tokens[j]?.text ?? '') && tokens[j]!.start - last.end <= 1;
    // A run in capitals is a name only by its shape or a known given name, never by a title alone (ЦК КПК, ЕАЭС).
    const inCaps = words.some((w) => CAPS_WORD.test(tokens[w]!.text));
    const accept =
      (!inCaps || (words.length >= 2 && (surnameLike || given))) &&
      !adjectival &&
      !compound &&
      !placeName &&
      (words.length >= 2 || initials.length
        ? vouched || surnameLike || given
        : surnames.some((s) => sameSurname(s, first.lower)) || (vouched && surnameLike && (!sentenceStart || apposed)));
    if (accept) {
      const ws = [...initials.map((k) => `${tokens[k]!.text}.`), ...words.map((w) => tokens[w]!.text)];
      // «Ерманов Фарход Уразбаевич»: a patronymic last puts the surname first.
      const surnameFirst =
        ws.length === 3 && !initials.length && PATRONYMIC_END.test(last.lower) && !PATRONYMIC_END.test(ws[1]!.toLowerCase());
      surnames.push((surnameFirst ? ws[0]! : ws[ws.length - 1]!).toLowerCase());
      out.push({
        kind: 'person',
        start: tokens[start]!.start,
        end: last.end,
        tokenStart: start,
        tokenEnd: words[words.length - 1]! + 1,
        sentence: first.sentence,
        value: (surnameFirst
          ? { first: ws[1]!, last: ws[0]!, words: ws }
          : { first: ws.length > 1 ? ws[0]! : null, last: ws[ws.length - 1]!, words: ws }) satisfies PersonValue,
      });
    }
    i = j;
  }
  return out;
}

// One or two letters: Mongolian and Central Asian initials are often digraphs (Kh., Ts., Sh., Дж.).
const INITIAL_BEFORE = /^(\p{Lu}|Kh|Ts|Ch|Sh|Zh|Dz|Ya|Yu|Ye|Дж|Ts)$/u;

/** The initials glued to the name word at i («С.Исманов», "V.V.Nagovitsyn"), in text order. */
function initialsBefore(tokens: Token[], i: number): number[] {
  const found: number[] = [];
  let k = i;
  while (k >= 2) {
    const stop = tokens[k - 1]!;
    const letter = tokens[k - 2]!;
    if (stop.text !== '.' || stop.end !== tokens[k]!.start || letter.end !== stop.start) break;
    if (!INITIAL_BEFORE.test(letter.text) || letter.sentence !== tokens[i]!.sentence) break;
    found.unshift(k - 2);
    k -= 2;
  }
  return found;
}

const LATIN = /^[A-Za-z]/;
const PATRONYMIC_END = /(вич|вна|ична|ogli|o‘g‘li|ugli|uly|ulı|кызы|қызы|улы|уулу|vich|vna)$/;

/**
 * A Cyrillic run whose second word, not its first, is a known given name, and that is no
 * «Surname Given Patronymic». (Latin names may carry a middle given name: "Arvind Kumar Menon".)
 */
function startsAtSecond(lx: Matchers, tokens: Token[], words: number[]): boolean {
  const [a, b] = [tokens[words[0]!]!.lower, tokens[words[1]!]!.lower];
  const last = tokens[words[words.length - 1]!]!.lower;
  return !LATIN.test(a) && lx.givenNames.has(b) && !lx.givenNames.has(a) && !PATRONYMIC_END.test(last);
}
const LOCATIVE = new Set(['в', 'во', 'на', 'из', 'под']);

// Words that may stand between an office and the name it introduces: its party, a preposition.
const BETWEEN_OFFICE_AND_NAME = new Set(['в', 'во', 'of', 'in', 'the', 'по', 'и', '-', '—', '(', ')', 'при']);

/**
 * An office ends shortly before token i, with only its party («губернатор Алтайского края»), a
 * portfolio («по промышленности и транспорту») or a preposition between.
 */
function officeBefore(tokens: Token[], i: number, officeEnds: Set<number>, inTitle: (j: number) => boolean): boolean {
  for (let j = i - 1, steps = 0; j >= 0 && steps < 14 && tokens[j]!.sentence === tokens[i]!.sentence; j--, steps++) {
    if (officeEnds.has(j)) return true;
    const t = tokens[j]!;
    const between = inTitle(j) || BETWEEN_OFFICE_AND_NAME.has(t.lower) || (t.kind === 'word' && !t.upper) || t.text === ',';
    if (!between) return false;
  }
  return false;
}

/** A capitalised word of an institution's name inside a title, or an abbreviation (МИД, ЦК КПК, MFA). */
function titleWord(lx: Matchers, t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (t.text.length >= 2 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text)) return true;
  return lx.titleStems.some((stem) => t.lower.startsWith(stem));
}

/** A two-word name that opens with a Chinese family name (Лу Хао, Xi Jinping). */
export function eastAsianName(words: string[]): boolean {
  return words.length === 2 && lexicon().familyNames.has(words[0]!.toLowerCase());
}

/** Surnames equal up to a case ending («Томенко», «Сактаганова» = «Сактаганов»). */
export function sameSurname(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  return l.startsWith(s) ? l.length - s.length <= 3 : s.length >= 5 && l.startsWith(s.slice(0, -1)) && l.length - s.length <= 2;
}

export type { Quantity, DateMention };
