// Parties: every place mention turned into the code of the party it stands for, references
// («республика», «соседняя страна», "the region", «стороны») resolved to parties named earlier,
// and the two principal parties of the story chosen by salience.
import type { Doc, Mention, Token } from '../core/doc.js';
import { readLexicon } from '../core/paths.js';
import { PhraseMatcher } from '../text/phrases.js';
import type { PlaceValue } from '../extract/mentions.js';
import { placeByCode } from '../extract/gazetteer.js';

export type RefKind = 'republic' | 'country' | 'krai' | 'region' | 'aimag' | 'province' | 'sides';

export interface PartyRef {
  code: string;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  via: 'name' | 'abbr' | 'adjective' | 'city' | 'reference';
  /** The place mention, when the party was named. */
  place?: PlaceValue;
  /** The word before the mention (a preposition that tells direction), lower case. */
  before: string;
  /** Every reading of an ambiguous name. */
  alternatives?: PlaceValue[];
}

export interface Parties {
  tokens: Token[];
  refs: PartyRef[];
  bySentence: Map<number, PartyRef[]>;
  /** The two principal parties, most salient first; empty when the story has no foreign partner. */
  main: string[];
  salience: Map<string, number>;
}

interface AnaphoraLexicon {
  refs: Record<'ru' | 'en', Record<string, RefKind>>;
  home: Record<'ru' | 'en', string[]>;
  partner: Record<'ru' | 'en', string[]>;
  side: Record<'ru' | 'en', string[]>;
}

let lexicon: { refs: PhraseMatcher<RefKind>; home: RegExp; partner: RegExp; side: Set<string> } | null = null;

const prefixes = (words: string[]) => new RegExp(`^(${words.join('|')})`);

function anaphora() {
  if (lexicon) return lexicon;
  const data = readLexicon<AnaphoraLexicon>('anaphora');
  const refs = new PhraseMatcher<RefKind>();
  for (const table of Object.values(data.refs)) for (const [term, kind] of Object.entries(table)) refs.add(term, kind);
  return (lexicon = {
    refs,
    home: prefixes([...data.home.ru, ...data.home.en]),
    partner: prefixes([...data.partner.ru, ...data.partner.en]),
    side: new Set([...data.side.ru, ...data.side.en]),
  });
}

export const countryOf = (code: string) => code.split(/[-:]/)[0]!;

const LOCATIVE = new Set(['в', 'во', 'in', 'at']);
const NOT_SIDES = new Set(['со', 'с', 'другой', 'одной', 'своей', 'нашей', 'чьей', 'with', 'other', 'one']);
const SINGLE_SIDE = /^(сторона|стороной|стороне|сторону|side)$/;

/** The party a named place stands for: a capital stands for its country, another city for its region. */
export function partyCode(p: PlaceValue): string {
  if (p.type !== 'city') return p.code;
  return p.capitalOf ?? p.region ?? p.code;
}

function fits(kind: RefKind, code: string): boolean {
  const place = placeByCode(code);
  const isCountry = !code.includes('-');
  const names = place ? [...place.names.ru, ...place.names.en].map((n) => n.toLowerCase()) : [];
  switch (kind) {
    case 'country':
      return isCountry;
    case 'republic':
      return isCountry || names.some((n) => n.includes('республик') || n.includes('republic'));
    case 'krai':
      return !isCountry && names.some((n) => n.includes('край') || n.includes('krai') || n.includes('territory'));
    case 'aimag':
      return !isCountry && countryOf(code) === 'MN';
    case 'province':
      return !isCountry && ['CN', 'IR', 'MN', 'AF', 'TR', 'KR', 'KP', 'JP', 'VN'].includes(countryOf(code));
    case 'region':
      return !isCountry;
    default:
      return false;
  }
}

export function resolveParties(doc: Doc): Parties {
  const tokens = doc.tokens;
  const lx = anaphora();
  const named: PartyRef[] = [];
  const ambiguous: PartyRef[] = [];
  const placeTokens = new Set<number>();
  for (const m of doc.mentions) {
    if (m.kind !== 'place') continue;
    for (let i = m.tokenStart; i < m.tokenEnd; i++) placeTokens.add(i);
    let p = m.value as PlaceValue;
    // «в Ташкенте»: a city that is also a subdivision is, after a locative word, where something happens.
    const city = (m.attrs?.alternatives as PlaceValue[] | undefined)?.find((a) => a.type === 'city' && a.region === p.code);
    const prep = caseWord(doc, m, p) ?? before(tokens, m.tokenStart);
    if (city && LOCATIVE.has(prep)) p = city;
    (p.ambiguous ? ambiguous : named).push(refOf(m, prep, partyCode(p), p.type === 'city' ? 'city' : p.form, p));
  }

  // An ambiguous name with one place reading that stands as a side beside a named party
  // («Ямал и Акмолинская область») is that place, whoever the principal parties are.
  const offices = doc.mentions.filter((m) => m.kind === 'office');
  for (let k = ambiguous.length - 1; k >= 0; k--) {
    const r = ambiguous[k]!;
    const codes = new Set((r.alternatives ?? []).map((p) => partyCode(p)));
    if (codes.size !== 1 || r.via === 'adjective' || r.via === 'abbr') continue;
    if (!coordinated(tokens, r, named) && !offices.some((o) => o.tokenEnd === r.tokenStart) && !delegationOf(tokens, r)) continue;
    named.push({ ...r, code: [...codes][0]! });
    ambiguous.splice(k, 1);
  }

  // A first pass of salience from unambiguous names fixes the story's principal parties, which
  // ambiguous names («РК», «Минск») and references then lean on.
  // Names inside amounts («долларов США», "US dollars") are currencies, not parties.
  const money = doc.mentions.filter((m) => m.kind === 'money');
  for (let k = named.length - 1; k >= 0; k--)
    if (money.some((m) => m.start <= named[k]!.start && named[k]!.end <= m.end)) named.splice(k, 1);
  // «ТАШКЕНТ, 5 июня —»: the dateline says where the agency writes from; it tells the home party, not a side.
  const dateline = datelineRefs(doc, named);
  const salience = salienceOf(named.filter((r) => !dateline.has(r)));
  const main = principal(salience, capitalRegions(named));
  const mainCountries = new Set(main.map(countryOf));
  for (const r of ambiguous) {
    // «Прииртышье» (Omsk or Pavlodar): the reading that is a principal party, else one in a principal country.
    const options = byUnitWord(
      (r.alternatives ?? []).map((p) => partyCode(p)),
      tokens[r.tokenEnd],
    );
    const code = options.find((c) => main.includes(c)) ?? options.find((c) => mainCountries.has(countryOf(c)));
    if (code) named.push({ ...r, code });
  }
  named.sort((a, b) => a.start - b.start);
  const namedCountries = new Set(named.filter((r) => !r.code.includes('-') && !dateline.has(r)).map((r) => r.code));
  for (const r of named) r.code = asPrincipal(r, main, doc.text, namedCountries);
  const home = homeParty(doc, named, main);
  for (let k = named.length - 1; k >= 0; k--) if (dateline.has(named[k]!)) named.splice(k, 1);
  const refs: PartyRef[] = [...named];

  for (const m of lx.refs.find(tokens)) {
    if (placeTokens.has(m.tokenStart) || placeTokens.has(m.tokenEnd - 1)) continue;
    const first = tokens[m.tokenStart]!;
    const kind = m.payloads[0]!;
    const prev = tokens[m.tokenStart - 1];
    const prevLower = prev && prev.sentence === first.sentence ? prev.lower : '';
    const next = tokens[m.tokenEnd];
    // «область Абай» and "the region of X" are names, not references.
    if (next && next.sentence === first.sentence && next.upper && placeTokens.has(m.tokenEnd)) continue;
    const base = {
      start: first.start,
      end: tokens[m.tokenEnd - 1]!.end,
      tokenStart: m.tokenStart,
      tokenEnd: m.tokenEnd,
      sentence: first.sentence,
      via: 'reference' as const,
    };
    // «со стороны», «с другой стороны», «казахстанская сторона»: not both parties.
    if (kind === 'sides' && (NOT_SIDES.has(prevLower) || SINGLE_SIDE.test(first.lower) || (prev && placeTokens.has(m.tokenStart - 1))))
      continue;
    if (kind === 'sides') {
      for (const code of main) refs.push({ ...base, code, before: before(tokens, m.tokenStart) });
      continue;
    }
    const marked = lx.home.test(prevLower) ? 'home' : lx.partner.test(prevLower) ? 'partner' : null;
    const code = resolveReference(kind, marked, first.sentence, first.start, named, main, home);
    if (code) refs.push({ ...base, code, before: before(tokens, marked ? m.tokenStart - 1 : m.tokenStart) });
  }

  // «казахстанская сторона», "the Chinese side": the principal party of that country.
  for (const r of refs) {
    if (r.via !== 'adjective') continue;
    const next = tokens[r.tokenEnd];
    if (next && lx.side.has(next.lower)) {
      const same = main.find((c) => countryOf(c) === countryOf(r.code));
      if (same) r.code = same;
    }
  }

  refs.sort((a, b) => a.start - b.start);
  const bySentence = new Map<number, PartyRef[]>();
  for (const r of refs) {
    const list = bySentence.get(r.sentence) ?? [];
    list.push(r);
    bySentence.set(r.sentence, list);
  }
  return { tokens, refs, bySentence, main, salience };
}

/** «Делегация Забайкалья», "a delegation from Yamal": a delegation comes from a side. */
function delegationOf(tokens: Token[], r: PartyRef): boolean {
  const before = tokens[r.tokenStart - 1];
  const lead = before && /^(from|of)$/.test(before.lower) ? tokens[r.tokenStart - 2] : before;
  return Boolean(lead && lead.sentence === r.sentence && /^(делегаци|delegation)/.test(lead.lower));
}

// Words that join two sides: «Ямал и Акмолинская область», «Сахалин, Хоккайдо», "Yamal and Akmola Region".
const JOINING = new Set(['и', ',', 'and', '&']);

/** The mention stands next to a named party with only a joining word between them. */
function coordinated(tokens: Token[], r: PartyRef, named: PartyRef[]): boolean {
  const joins = (i: number) => {
    const t = tokens[i];
    return Boolean(t && t.sentence === r.sentence && JOINING.has(t.lower));
  };
  return named.some(
    (n) =>
      n.sentence === r.sentence &&
      ((n.tokenStart === r.tokenEnd + 1 && joins(r.tokenEnd)) || (n.tokenEnd + 1 === r.tokenStart && joins(n.tokenEnd))),
  );
}

const OBLAST_WORD = /^(обл|oblast|region|province)/;
const CITY_WORD = /^(гор|city)/;
const isOblast = (code: string) => namesOf(code).some((n) => /област|oblast|province/.test(n));

/**
 * «Минского облисполкома» (Minsk Oblast), «Минского горисполкома» (Minsk city): the word after a
 * shared adjective names the kind of unit; readings of that kind go first.
 */
function byUnitWord(options: string[], next: Token | undefined): string[] {
  const word = next?.kind === 'word' ? next.lower : '';
  const wanted = OBLAST_WORD.test(word) ? true : CITY_WORD.test(word) ? false : null;
  if (wanted === null) return options;
  return [...options.filter((c) => isOblast(c) === wanted), ...options.filter((c) => isOblast(c) !== wanted)];
}

/**
 * What a reference («республика», "the region", «соседняя страна») stands for. A partner word
 * points away from the party the sentence speaks from; otherwise the story's home party (the
 * dateline's) when it fits, else the party last named in an earlier sentence that fits. A
 * Russian republic among the principal parties is «республика» before any country.
 */
function resolveReference(
  kind: RefKind,
  marked: 'home' | 'partner' | null,
  sentence: number,
  start: number,
  named: PartyRef[],
  main: string[],
  home: string | null,
): string | undefined {
  const fitting = main.filter((c) => fits(kind, c));
  if (marked === 'partner') {
    const subject = named.filter((r) => r.sentence === sentence && r.start < start).pop()?.code ?? home;
    const away = main.find((c) => !subject || countryOf(c) !== countryOf(subject));
    const earlier = [...named]
      .reverse()
      .find((r) => r.start < start && fits(kind, r.code) && (!away || countryOf(r.code) === countryOf(away)));
    return earlier?.code ?? (away && (fits(kind, away) || kind === 'country') ? (kind === 'country' ? countryOf(away) : away) : undefined);
  }
  if (marked === 'home') return home && fits(kind, home) ? home : (fitting[0] ?? main[0]);
  if (kind === 'republic') {
    const republic = main.find((c) => c.includes('-') && fits('republic', c));
    if (republic) return republic;
  }
  if (home && fits(kind, home)) return home;
  // A reference points to an earlier sentence: a party named in its own sentence would be named
  // again. A principal party goes first: a place named in passing ("instead of Dalian") is seldom
  // what "the province" means.
  const earlier = [...named].reverse().filter((r) => r.sentence < sentence && fits(kind, r.code));
  return (earlier.find((r) => main.includes(r.code)) ?? earlier[0])?.code ?? fitting[0];
}

// «ТАШКЕНТ, 5 июня —», or a city in title case before a date ("Ulaanbaatar, May 20 (MONTSAME).").
const DATELINE =
  /^\s*(?:[\p{Lu}][\p{Lu}\p{Pd} ]+[,.]|\p{Lu}[\p{L}\p{Pd}]+(?: \p{Lu}[\p{L}\p{Pd}]+)?, (?:\d{1,2} \p{L}{3,}|\p{Lu}\p{L}{2,}\.? \d{1,2})\b)/u;

/** City names at the very start of a dateline sentence, before its comma. */
function datelineRefs(doc: Doc, named: PartyRef[]): Set<PartyRef> {
  const out = new Set<PartyRef>();
  for (const s of doc.sentences.slice(0, 6)) {
    const m = DATELINE.exec(doc.text.slice(s.start, s.end));
    if (!m) continue;
    const end = s.start + m[0].length;
    for (const r of named) if (r.sentence === s.index && r.end <= end) out.add(r);
  }
  return out;
}

/** The home party: the principal party whose territory holds the dateline city («БЛАГОВЕЩЕНСК, 27 ноя — …»). */
function homeParty(doc: Doc, named: PartyRef[], main: string[]): string | null {
  for (const s of doc.sentences.slice(0, 6)) {
    if (!DATELINE.test(doc.text.slice(s.start, s.end))) continue;
    const city = named.find((r) => r.sentence === s.index && r.via === 'city');
    if (!city?.place) continue;
    const region = city.place.region ?? city.code;
    const party = main.find((c) => c === region || c === city.place!.capitalOf || (c === countryOf(region) && !main.includes(region)));
    if (party) return party;
  }
  return null;
}

const ARTICLES = new Set(['the', 'a', 'an']);

/** The word before token i in its sentence, articles skipped ("to the Kyrgyz Republic" → "to"). */
function before(tokens: Token[], i: number): string {
  let j = i - 1;
  while (j >= 0 && ARTICLES.has(tokens[j]!.lower) && tokens[j]!.sentence === tokens[i]!.sentence) j--;
  const t = tokens[j];
  return t && j >= 0 && t.sentence === tokens[i]!.sentence ? t.lower : '';
}

/**
 * A name read in the light of the story's principal parties: «Алтай», "Altai" where Altai Krai
 * is a principal party is that krai (the bare core of its name); a capital that is also a
 * subdivision stands for its country where that country is itself a principal party ("between
 * Bishkek and Minsk"), or is named as a party while the city is no principal party («посетит
 * Улан-Батор … соглашение с Монголией»).
 */
function asPrincipal(r: PartyRef, main: string[], text: string, namedCountries: Set<string>): string {
  if (main.includes(r.code)) return r.code;
  const surface = text.slice(r.start, r.end).toLowerCase();
  const core = main.find(
    (c) =>
      c.includes('-') &&
      countryOf(c) === countryOf(r.code) &&
      namesOf(c).some((n) => n !== surface && n.startsWith(surface.slice(0, Math.max(4, surface.length - 2)))),
  );
  if (core && r.via !== 'city') return core;
  const country = countryOf(r.code);
  const standsForCountry = main.includes(country) || namedCountries.has(country);
  if (r.code.includes('-') && standsForCountry && (r.alternatives ?? []).some((a) => a.type === 'city' && a.capitalOf === country))
    return country;
  return r.code;
}

function namesOf(code: string): string[] {
  const place = placeByCode(code);
  return place ? [...place.names.ru, ...place.names.en].map((n) => n.toLowerCase()) : [];
}

function refOf(m: Mention, prep: string, code: string, via: PartyRef['via'], place: PlaceValue): PartyRef {
  const alternatives = (m.attrs?.alternatives as PlaceValue[] | undefined) ?? [place];
  return {
    code,
    start: m.start,
    end: m.end,
    tokenStart: m.tokenStart,
    tokenEnd: m.tokenEnd,
    sentence: m.sentence,
    via,
    place,
    before: prep,
    alternatives,
  };
}

type Way = 'to' | 'from' | 'in';
let endings: Map<string, [string, Way][]> | null = null;

/**
 * The case endings of a verb-final language that do a preposition's work, longest first, or null
 * for a language with prepositions (lexicons/triggers.json, verbFinal).
 */
export function caseEndings(lang: string): [string, Way][] | null {
  endings ??= new Map(
    Object.entries(readLexicon<{ verbFinal?: Record<string, Record<Way, string[]>> }>('triggers').verbFinal ?? {}).map(([l, byWay]) => [
      l,
      Object.entries(byWay)
        .flatMap(([way, list]) => list.map((e): [string, Way] => [e, way as Way]))
        .sort((a, b) => b[0].length - a[0].length),
    ]),
  );
  return endings.get(lang) ?? null;
}

/**
 * «өлкесіне» (to), «viloyatidan» (from), «Ошто» (in): a place whose own ending says what a
 * preposition would, as the preposition. A name that only ends like a case («Астана») is not
 * inflected: no shorter name of the place begins it.
 */
function caseWord(doc: Doc, m: Mention, p: PlaceValue): Way | null {
  const list = caseEndings(doc.lang);
  if (!list) return null;
  const written = doc.text.slice(m.start, m.end).toLowerCase();
  const names = Object.values(placeByCode(p.code)?.names ?? {})
    .flat()
    .map((n) => n.replace(/\*$/, '').toLowerCase());
  if (names.includes(written) && !names.some((n) => n.length < written.length && written.startsWith(n))) return null;
  return list.find(([e]) => written.endsWith(e))?.[1] ?? null;
}

/** Named mentions weighted by where they stand: the headline and lead count more. */
function salienceOf(refs: PartyRef[]): Map<string, number> {
  const s = new Map<string, number>();
  for (const r of refs) {
    const weight = (r.sentence <= 1 ? 3 : r.sentence <= 4 ? 2 : 1) * (r.via === 'adjective' ? 0.5 : r.via === 'city' ? 0.5 : 1);
    s.set(r.code, (s.get(r.code) ?? 0) + weight);
  }
  return s;
}

/**
 * The two principal parties: for each country the party that represents it (its most salient
 * region, when that region is at least about as present as the bare country name; a capital
 * region, when fully as present), then the
 * two countries most present in the story.
 */
function principal(salience: Map<string, number>, capitals: Set<string>): string[] {
  const byCountry = new Map<string, { own: number; region: string | null; regionScore: number; total: number }>();
  for (const [code, score] of salience) {
    const c = countryOf(code);
    const cur = byCountry.get(c) ?? { own: 0, region: null, regionScore: 0, total: 0 };
    cur.total += score;
    if (!code.includes('-')) cur.own += score;
    else if (score > cur.regionScore) {
      cur.region = code;
      cur.regionScore = score;
    }
    byCountry.set(c, cur);
  }
  return [...byCountry.entries()]
    .sort((a, b) => b[1].total - a[1].total)
    .slice(0, 2)
    .map(([c, v]) => (v.region && v.regionScore >= (capitals.has(v.region) ? 1 : 0.4) * v.own ? v.region : c));
}

/**
 * Subdivisions that are also their country's capital (Ulaanbaatar, Tashkent): the capital mostly
 * stands for the state, so it represents its country only where it is as present as the country.
 */
function capitalRegions(named: PartyRef[]): Set<string> {
  const isCapital = (r: PartyRef) => (r.alternatives ?? []).some((a) => a.type === 'city' && a.capitalOf === countryOf(r.code));
  return new Set(named.filter((r) => r.code.includes('-') && isCapital(r)).map((r) => r.code));
}
