// People: person mentions merged by surname within the document, each with the office it is
// introduced by (its ROLE) and the party that office serves.
import type { Doc, Mention } from '../core/doc.js';
import type { Person, Role } from '../core/facts.js';
import { readLexicon } from '../core/paths.js';
import { roleFor } from '../extract/lexicons.js';
import type { OfficeValue, PersonValue } from '../extract/mentions.js';
import { eastAsianName, sameSurname } from '../extract/mentions.js';
import { countryOf, type Parties, type PartyRef } from './parties.js';
import { evidence } from './evidence.js';

export interface PersonEntity {
  person: Person;
  mentions: Mention[];
}

export function resolvePeople(doc: Doc, parties: Parties): PersonEntity[] {
  const entities: PersonEntity[] = [];
  const offices = doc.mentions.filter((m) => m.kind === 'office');
  const settled = new Set<PersonEntity>();
  for (const m of doc.mentions) {
    if (m.kind !== 'person') continue;
    const v = m.value as PersonValue;
    let entity = entities.find(
      (e) =>
        sameSurname(lastOf(e.person.name), v.last) ||
        (v.first === null && e.mentions.some((x) => sameSurname((x.value as PersonValue).last, v.last))),
    );
    if (!entity) {
      entity = { person: { name: v.words.join(' '), role: null, actor: null, evidence: [] }, mentions: [] };
      entities.push(entity);
    }
    entity.mentions.push(m);
    // The nominative is the shortest written form of the surname (Сактаганов, not Сактаганова).
    if (v.first && (lastOf(entity.person.name).length > v.last.length || entity.person.name.split(' ').length === 1))
      entity.person.name = v.words.join(' ');
    entity.person.evidence!.push(evidence(doc, m, 'person'));
    // The first mention that names the office's party directly settles role and party; a
    // party only inferred (from a title, a delegation) holds until then.
    if (entity.person.actor && settled.has(entity)) continue;
    const office = officeFor(doc, m, offices);
    if (!office) continue;
    const term = (office.value as OfficeValue).term;
    const found = partyOfOffice(office, m, parties, term.party === 'region');
    const party = found?.code ?? partyByName(v, parties) ?? partyByTitle(doc, office, parties);
    if (found?.direct) settled.add(entity);
    else if (entity.person.actor || (entity.person.role && !party)) continue;
    entity.person.actor = party;
    entity.person.role = roleOf(doc, office, found, party);
  }
  titleBefore(doc, entities, offices, parties);
  for (const e of entities) asLeader(e.person);
  for (const e of entities) e.person.name = nominative(withoutCaseSuffix(e.person.name, doc.lang));
  return entities.filter((e) => e.person.role !== null || e.mentions.length > 1);
}

const lastOf = (name: string) => name.split(' ').pop() ?? name;

// Roles a title alone stands for: the head of a side or its envoy, not a generic official.
const HEAD_ROLES = new Set<Role>([
  'head_of_state',
  'head_of_government',
  'governor',
  'akim',
  'hokim',
  'regional_head',
  'minister',
  'ambassador',
  'consul',
]);

/**
 * «Глава Якутии провел встречу с … . Айсен Николаев отметил…»: a person the text never gives a
 * title takes the head's title that a sentence or two before named with its party but with no
 * name of its own.
 */
function titleBefore(doc: Doc, entities: PersonEntity[], offices: Mention[], parties: Parties): void {
  const claimed = new Set(entities.flatMap((e) => e.mentions.map((m) => officeFor(doc, m, offices))));
  // Only a title that opens its sentence is its subject («Глава Якутии провел…»), not a partner met.
  const opens = (o: Mention) => doc.sentences[o.sentence]?.start === o.start;
  const orphans = offices.filter((o) => !claimed.has(o) && opens(o));
  for (const e of entities) {
    if (e.person.role) continue;
    const first = e.mentions[0]!;
    const before = orphans.filter((o) => o.sentence < first.sentence && first.sentence - o.sentence <= 2).reverse();
    for (const office of before) {
      const term = (office.value as OfficeValue).term;
      const found = partyOfOffice(office, office, parties, term.party === 'region');
      if (!found?.direct) continue;
      const role = roleOf(doc, office, found, found.code);
      if (!HEAD_ROLES.has(role) || entities.some((x) => x.person.actor === found.code && x.person.role === role)) continue;
      e.person.actor = found.code;
      e.person.role = role;
      orphans.splice(orphans.indexOf(office), 1);
      break;
    }
  }
}

interface Leader {
  names: string[];
  country: string;
  role: Role;
}
let leaders: Leader[] | null = null;

/** A head of state or government of the field (lexicons/people-cues.json), by surname and, where both give one, first initial. */
function leaderOf(name: string): Leader | null {
  leaders ??= readLexicon<{ leaders: Leader[] }>('people-cues').leaders;
  const words = name.split(' ');
  const last = words[words.length - 1]!;
  const first = words.length > 1 ? words[0]!.toLowerCase() : null;
  return (
    leaders.find((l) =>
      l.names.some((n) => {
        const ws = n.split(' ');
        const given = ws.length > 1 ? ws[0]!.toLowerCase() : null;
        return sameSurname(ws[ws.length - 1]!, last) && (!first || !given || first[0] === given[0]);
      }),
    ) ?? null
  );
}

/**
 * "President Putin", «Лукашенко заявил»: a known leader named without a country speaks for it; a
 * generic title ("General Secretary Xi") gives way to the leader's own office.
 */
function asLeader(person: Person): void {
  if (person.actor && person.role !== 'official') return;
  const leader = leaderOf(person.name);
  if (!leader || (person.actor && countryOf(person.actor) !== leader.country)) return;
  if (person.role && person.role !== 'official' && person.role !== leader.role) return;
  person.actor ??= leader.country;
  person.role = leader.role;
}

/** The office that introduces a person: just before the name (with its party between), or just after it, past a comma. */
function officeFor(doc: Doc, person: Mention, offices: Mention[]): Mention | null {
  const sameSentence = offices.filter((o) => o.sentence === person.sentence);
  // Near, or further when only a title's words stand between ("Deputy Minister of Energy, Industry, and Mining of the Kyrgyz Republic").
  const near = (o: Mention) =>
    person.tokenStart - o.tokenEnd <= 8 || (person.tokenStart - o.tokenEnd <= 14 && titleSpan(doc, o.tokenEnd, person.tokenStart));
  const before = sameSentence.filter((o) => o.tokenEnd <= person.tokenStart && near(o)).pop();
  if (before && !doc.mentions.some((x) => x.kind === 'person' && x !== person && x.start > before.end && x.end <= person.start))
    return headOfChain(sameSentence, before);
  // «Alexander Turchin, Prime Minister of Belarus», «Лу Хао (губернатор провинции)»: an office in
  // apposition; «Айсен Николаев поблагодарил вице-губернатора» names someone else's office.
  const after = sameSentence.find((o) => o.tokenStart >= person.tokenEnd && o.tokenStart - person.tokenEnd <= 4);
  const between = (x: Mention) => x.kind === 'person' && x !== person && after && x.start > person.end && x.end <= after.start;
  if (after && appositive(doc, person.tokenEnd, after.tokenStart) && !doc.mentions.some(between)) return after;
  return null;
}

/** A portfolio between a title and its party: "Minister of Culture, Information, and Youth Policy of". */
function portfolioSpan(parties: Parties, from: number, to: number): boolean {
  return parties.tokens.slice(from, to).every((t) => t.upper || TITLE_LINK.has(t.lower));
}

const TITLE_LINK = new Set(['of', 'and', 'the', '&', ',', 'и', 'по', 'в', '(', ')']);

/** Only capitalised words and a title's links between two tokens. */
function titleSpan(doc: Doc, from: number, to: number): boolean {
  return doc.tokens.slice(from, to).every((t) => t.upper || TITLE_LINK.has(t.lower));
}

/**
 * «помощник президента»: of two titles in a row the first is the holder's. Not so for a deputy
 * written after the office it serves (Uzbek «ҳоким ўринбосари», Kazakh «әкімінің орынбасары»).
 */
function headOfChain(offices: Mention[], office: Mention): Mention {
  if ((office.value as OfficeValue).role === 'deputy') return office;
  let head = office;
  for (let k = offices.indexOf(office) - 1; k >= 0; k--) {
    const prev = offices[k]!;
    if (head.tokenStart - prev.tokenEnd > 0) break;
    head = prev;
  }
  return head;
}

const APPOSITION = new Set([',', '(', '—', '–', '-', ':']);
// Words of a title before its head noun: «Чрезвычайный и Полномочный Посол», "the Tourism Advisor".
const ARTICLE = new Set(['the', 'a', 'an', 'и', 'and']);

/** A comma, bracket or dash, then only an article or a capitalised word ("China's") before the office. */
function appositive(doc: Doc, from: number, to: number): boolean {
  if (from === to) return true;
  const between = doc.tokens.slice(from, to);
  return APPOSITION.has(between[0]!.text) && between.slice(1).every((t) => ARTICLE.has(t.lower) || t.upper || t.kind !== 'word');
}

// «Заместитель председателя облисполкома», "Deputy Chairman": the office's deputy, not its head.
const DEPUTY_WORD = /^(заместител\p{L}*|замглавы|deputy|vice)$/u;

function deputyOf(doc: Doc, office: Mention): boolean {
  const prev = doc.tokens[office.tokenStart - 1];
  return Boolean(prev && prev.sentence === office.sentence && DEPUTY_WORD.test(prev.lower));
}

// A bare «председатель»/"chairman"/«глава» right next to a region heads that region.
const HEAD_TITLE = /^(председател\p{L}*|глав\p{L}*|chairman|chairwoman|head)$/iu;
const REGION_HEAD: Record<string, Role> = { RU: 'governor', KZ: 'akim', UZ: 'hokim' };

function regionHead(region: string): Role {
  return REGION_HEAD[countryOf(region)] ?? 'regional_head';
}

/**
 * The role an office gives for its party. A bare title right next to a region heads it; a
 * country's title held for a region heads the region: the President of Tatarstan is its
 * governor, «глава правительства Наманганской области» its hokim (a Russian republic keeps its
 * own prime minister).
 */
function roleOf(doc: Doc, office: Mention, found: OfficeParty | null, party: string | null): Role {
  if (deputyOf(doc, office)) return 'deputy';
  const term = (office.value as OfficeValue).term;
  const region = party?.includes('-') ? party : null;
  if (region && found?.adjacent && HEAD_TITLE.test(doc.text.slice(office.start, office.end))) return regionHead(region);
  // «глава Ширинского района Хакасии», "head of a district of …": a generic head of a district or city in a region is its official.
  if (term.party === 'any' && found?.from !== undefined && localUnitBetween(doc, office.tokenEnd, found.from)) return 'official';
  const role = roleFor(term, party ? countryOf(party) : null);
  if (region && found?.direct && (role === 'head_of_state' || (role === 'head_of_government' && countryOf(region) !== 'RU')))
    return regionHead(region);
  return role;
}

let localUnits: string[] | null = null;

/** A district's or city's word between a title and its region («района», "district", «tuman»): lexicons/people-cues.json. */
function localUnitBetween(doc: Doc, from: number, to: number): boolean {
  localUnits ??= Object.entries(readLexicon<{ localUnits: Record<string, string[]> }>('people-cues').localUnits)
    .filter(([lang]) => !lang.startsWith('_'))
    .flatMap(([, stems]) => stems);
  return doc.tokens.slice(from, to).some((t) => localUnits!.some((stem) => t.lower.startsWith(stem)));
}

// Titles that exist in one country only tell the party when no place stands next to them.
const TITLE_COUNTRY: [RegExp, string][] = [
  [/губернатор|губернатора|governor/i, 'RU'],
  [/аким|akim/i, 'KZ'],
  [/хоким|hokim|khokim/i, 'UZ'],
];

/** "Governor Lu Hao": a Chinese name with no place by its title speaks for the Chinese side of the story. */
function partyByName(name: PersonValue, parties: Parties): string | null {
  if (!eastAsianName(name.words)) return null;
  return parties.main.find((c) => countryOf(c) === 'CN') ?? null;
}

function partyByTitle(doc: Doc, office: Mention, parties: Parties): string | null {
  const text = doc.text.slice(office.start, office.end);
  for (const [re, country] of TITLE_COUNTRY) {
    if (!re.test(text)) continue;
    const party = parties.main.find((c) => countryOf(c) === country);
    if (party) return party;
  }
  return null;
}

/**
 * The party an office serves: a place between the office and the name («губернатор Алтайского
 * края Виктор Томенко»), a place right after the office when the name comes first ("Adylbek
 * Kasymaliyev, Chairman of the Cabinet of the Kyrgyz Republic"), or a place right before the
 * office ("Belarusian Prime Minister", "Irkutsk Region Governor"). A named place beats an adjective;
 * a place after «в»/"in" is where the office sits (a consulate), not whom it serves — except for
 * a region's office, which serves the region it sits in ("the President's representative in Osh region").
 */
interface OfficeParty {
  code: string;
  /** Named by the words around the office, not inferred from a delegation. */
  direct: boolean;
  /** Right next to the title, with no body between («глава Бурятии», not «председатель Верховного совета Каракалпакстана»). */
  adjacent?: boolean;
  /** Where the party's name starts, when it follows the title. */
  from?: number;
}

function partyOfOffice(office: Mention, person: Mention, parties: Parties, servesSeat: boolean): OfficeParty | null {
  // Where the office sits or is sent to («консул в Новосибирске», "Ambassador to Uzbekistan") is not whom it serves.
  // A region's envoy serves the region he is sent to, right after the title ("Plenipotentiary Envoy to Osh region").
  const seat = servesSeat ? ['to'] : ['в', 'во', 'in', 'at', 'to'];
  const sentTo = (r: PartyRef) => servesSeat && r.before === 'to' && r.tokenStart - office.tokenEnd <= 1;
  const refs = (parties.bySentence.get(office.sentence) ?? []).filter((r) => !seat.includes(r.before) || sentTo(r));
  const limit = person.tokenStart > office.tokenStart ? person.tokenStart : office.tokenEnd + 8;
  // Inside the title («председатель Минского горисполкома») or right after it.
  const reach = (r: PartyRef) =>
    r.tokenStart - office.tokenEnd <= 6 || (r.tokenStart - office.tokenEnd <= 12 && portfolioSpan(parties, office.tokenEnd, r.tokenStart));
  const following = refs.filter((r) => r.tokenStart > office.tokenStart && r.tokenStart < limit && reach(r));
  // "Governor of Russia's Saratov region": the region, not the country that introduces it.
  const names = following.filter((r) => r.via !== 'adjective');
  // «председатель Витебского облисполкома Республики Беларусь»: the region, even as an adjective.
  const named = following.find((r) => r.code.includes('-') && names.some((o) => o.code === countryOf(r.code))) ?? names[0] ?? following[0];
  // «председатель Ошского городского кенеша»: a region word that goes on into a body's name is not adjacent.
  const intoBody = (r: PartyRef) => {
    const next = parties.tokens[r.tokenEnd];
    return Boolean(next && next.kind === 'word' && !next.upper && next.sentence === office.sentence);
  };
  if (named)
    return { code: named.code, direct: true, adjacent: named.tokenStart === office.tokenEnd && !intoBody(named), from: named.tokenStart };
  // A place before the title, with at most a portfolio between ("Indian Commerce and Industry
  // Minister"), or between a name and the title after it ("Li Hui, China's ambassador").
  const nameFirst = person.tokenEnd <= office.tokenStart;
  const lo = Math.min(office.tokenStart, person.tokenStart);
  const portfolio = (from: number, to: number) =>
    to - from <= 4 && parties.tokens.slice(from, to).every((t) => t.upper || PORTFOLIO_LINK.has(t.lower));
  const before = refs
    .filter(
      (r) =>
        (r.tokenStart < lo && r.tokenEnd <= office.tokenEnd && (lo - r.tokenEnd <= 2 || portfolio(r.tokenEnd, lo))) ||
        (nameFirst && r.tokenStart >= person.tokenEnd && r.tokenEnd <= office.tokenStart && portfolio(r.tokenEnd, office.tokenStart)),
    )
    .pop();
  if (before) return { code: before.code, direct: true, adjacent: before.tokenEnd === office.tokenStart };
  // «Делегация Витебской области во главе с председателем облисполкома …», "a delegation of
  // Bashkortostan led by the Head of the Republic …": the party the delegation comes from.
  const lead = delegationParty(parties, office);
  return lead ? { code: lead, direct: false } : null;
}

const PORTFOLIO_LINK = new Set(['and', '&', 'of', "'s", '’s', 'и']);

const LEAD = /^(главе|возглавляем\p{L}*|headed|led)$/u;

function delegationParty(parties: Parties, office: Mention): string | null {
  const refs = (parties.bySentence.get(office.sentence) ?? []).filter((r) => r.tokenEnd <= office.tokenStart);
  const words = parties.tokens.slice(refs[0]?.tokenEnd ?? office.tokenStart, office.tokenStart);
  if (!words.some((t) => LEAD.test(t.lower))) return null;
  const region = refs.filter((r) => r.code.includes('-')).pop();
  return (region ?? refs.pop())?.code ?? null;
}

// A Russian name in a case that is certain from both words (instrumental, dative), back to the
// nominative. The genitive of a man's name looks like a woman's nominative («Аслама Акбарова»),
// so it is left as written; surname matching tolerates the ending.
const OBLIQUE: [RegExp, string, RegExp, string][] = [
  [/ием$/, 'ий', /(ов|ев|ин|ын)ым$/, '$1'],
  [/еем$/, 'ей', /(ов|ев|ин|ын)ым$/, '$1'],
  [/ом$/, '', /(ов|ев|ин|ын)ым$/, '$1'],
  // «Эмилем», «Игорем»: a soft-stem man's name.
  [/([лрн])ем$/, '$1ь', /(ов|ев|ин|ын)ым$/, '$1'],
  [/ом$/, '', /(ск|цк)им$/, '$1ий'],
  [/ой$/, 'а', /(ов|ев|ин|ын)ой$/, '$1а'],
  [/ей$/, 'я', /(ов|ев|ин|ын)ой$/, '$1а'],
  [/ой$/, 'а', /(ск|цк)ой$/, '$1ая'],
  [/у$/, '', /(ов|ев|ин|ын)у$/, '$1'],
  [/аем$/, 'ай', /ом$/, ''],
  [/еем$/, 'ей', /ом$/, ''],
  [/ием$/, 'ий', /ом$/, ''],
  [/ом$/, '', /ом$/, ''],
  // «Сергея Воронина», «Николая Шелега»: -ея/-ая first names are men's genitives.
  [/([еа])я$/, '$1й', /(ов|ев|ин|ын)а$/, '$1'],
];

// Men's surnames whose oblique case is certain: Tajik -зода and Turkic -бек decline as nouns
// («Рахимзодой», «Кабылбека»); -улы, -уулу, -оглы do not decline at all. Either way the man's
// given name, if it ends in a consonant, has the case ending to drop («Фарруха», «Ерланом»).
const MALE_SURNAMES: [RegExp, string][] = [
  [/зод(ой|е|у|ы)$/, 'зода'],
  [/(бек)(ом|а|е|у)$/, '$1'],
  [/(улы|уулу|оглы|угли)$/, '$1'],
];
const MALE_GIVEN_OBLIQUE = /([бвгджзклмнпрстфхцчшщ])(ом|а|е|у)$/;

const OBLIQUE_ENDING = /(ом|ем|ой|ей|ою|ею|а|я|у|ю|е)$/;
const LAST_ONLY: [RegExp, string][] = [
  [/([бвгджзклмнпрстфхцчшщ])ом$/, '$1'],
  [/([аеиоуэюя])ем$/, '$1й'],
  // «Юй Цзянем», «Чэнь Вэньцином»: a soft stem (Цзянь) takes -ем.
  [/([лнр])ем$/, '$1ь'],
];

// Kazakh, Kyrgyz, Uzbek, Azerbaijani, Tajik and Mongolian write a case suffix onto a Russian
// surname («Хоценкомен», «Травниковтың», 'Kuyvaşevin', «Цыденовтэй»); the suffixes are each
// language's (lexicons/people-cues.json), and the stem left must end as a Russian surname does,
// so native names stay whole.
const RUSSIAN_SURNAME_END =
  /(ов|ев|ёв|ин|ын|ко|ук|юк|ич|ий|ой|ых|их|ец|ова|ева|ина|ая|ян|швили|дзе|ov|ev|yov|in|yn|ko|uk|yuk|ich|iy|yy|oy|ova|eva|ina|aya|yan|shvili|dze)$/;

let suffixTable: Record<string, RegExp> | null = null;
/** The language's case suffixes as one pattern, longest first; undefined where it writes none. */
function caseSuffixes(lang: string): RegExp | undefined {
  suffixTable ??= Object.fromEntries(
    Object.entries(readLexicon<{ caseSuffixes: Record<string, string[]> }>('people-cues').caseSuffixes).map(([l, list]) => [
      l,
      new RegExp(`(${[...list].sort((a, b) => b.length - a.length).join('|')})$`),
    ]),
  );
  return suffixTable[lang];
}

/** A surname with the language's case suffix, back to the dictionary form. */
export function withoutCaseSuffix(name: string, lang: string): string {
  const words = name.split(' ');
  const last = words[words.length - 1]!;
  const m = caseSuffixes(lang)?.exec(last);
  if (!m || words.length < 2) return name;
  const stem = last.slice(0, -m[1]!.length);
  if (stem.length < 4 || !RUSSIAN_SURNAME_END.test(stem.toLowerCase())) return name;
  return [...words.slice(0, -1), stem].join(' ');
}

// First names in the instrumental, back to the nominative, where the surname does not decline.
const FIRST_ONLY: [RegExp, string][] = [
  [/ием$/, 'ий'],
  [/еем$/, 'ей'],
  [/аем$/, 'ай'],
  [/ом$/, ''],
  [/ой$/, 'а'],
];

// A patronymic in an oblique case («Валерием Павловичем Вакульчиком»), back to the nominative.
const PATRONYMIC_CASE: [RegExp, string][] = [
  [/(вич|ьич)(а|у|ем|е)$/, '$1'],
  [/(вн)(ы|е|у|ой)$/, '$1а'],
];

function nominative(name: string): string {
  const words = name
    .split(' ')
    .map((w, k, all) => (k > 0 && k < all.length - 1 ? PATRONYMIC_CASE.reduce((x, [end, to]) => x.replace(end, to), w) : w));
  name = words.join(' ');
  if (words.length < 2 || !/[а-яё]/i.test(name)) return name;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  for (const [firstEnd, firstNom, lastEnd, lastNom] of OBLIQUE) {
    if (firstEnd.test(first) && lastEnd.test(last))
      return [first.replace(firstEnd, firstNom), ...words.slice(1, -1), last.replace(lastEnd, lastNom)].join(' ');
  }
  // «Нокергулой Атагулыевым»: a man's surname in the instrumental whatever the given name does.
  if (/(ов|ев|ёв|ин|ын)ым$/.test(last)) return [first, ...words.slice(1, -1), last.slice(0, -2)].join(' ');
  const male = MALE_SURNAMES.find(([end]) => end.test(last));
  if (male) return [first.replace(MALE_GIVEN_OBLIQUE, '$1'), ...words.slice(1, -1), last.replace(male[0], male[1])].join(' ');
  // A first word with no case ending before a last word in the instrumental: an East Asian name,
  // which declines in its last word only («Си Цзиньпином», «Юэ Юном», «Чжан Ханьхуэем»).
  if (!OBLIQUE_ENDING.test(first)) {
    const rule = LAST_ONLY.find(([end]) => end.test(last));
    if (rule) return [...words.slice(0, -1), last.replace(rule[0], rule[1])].join(' ');
  }
  // Indeclinable surnames (-ко, -их, -ец, foreign ones): only the first name declines; a
  // man's surname in the nominative («Бахром Каримов») keeps the first name as it is.
  if (/(ым|ой|ом|ою|ов|ев|ёв|ин|ын|ский|цкий)$/.test(last)) return name;
  const rule = FIRST_ONLY.find(([end]) => end.test(first));
  const iFirst = rule ? first.replace(rule[0], rule[1]) : first;
  return [iFirst, ...words.slice(1)].join(' ');
}
