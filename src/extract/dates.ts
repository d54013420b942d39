// The dates grammar: dates, months, years, ranges, seasons and relative expressions ("вчера",
// "last Tuesday", "в прошлом году") in one sentence, resolved against the publication date.
// Written by hand: chrono-node, the usual library, reads neither Russian year phrases («в 2026-м»,
// «на 2025–2027 годы», «осенью 2026 года», «за девять месяцев») nor periods, and resolves a bare
// weekday forwards, where news means the last one before publication. The vocabulary is data in the
// tables below; each rule is one named pattern and the function that resolves its match.
import { calendar, monthNumber, weekdayNumber } from '../text/calendar.js';
import { NUMBER_WORD, parseNumberWord } from './numbers.js';

export type DateKind = 'date' | 'month' | 'year' | 'season' | 'range' | 'relative';

export interface DateMention {
  start: number;
  end: number;
  /** 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY'; for a range its start; null when it cannot be resolved or is only a bound ("до 2030 года"). */
  value: string | null;
  kind: DateKind;
  /** The end of a range or the bound of "until": same formats. */
  until?: string | null;
  text: string;
}

/** The period a figure covers: "2025-01..2025-09", "2024", or words when the year is unknown ("8 months", "previous year", "January-June"). */
export interface PeriodMention {
  start: number;
  end: number;
  value: string;
  text: string;
}

// ---- Vocabulary -------------------------------------------------------------------------------

/**
 * Months and weekdays come from the language modules (lexicons/lang/<code>/calendar.json): Russian
 * case forms and abbreviations (datelines: «12 мар»), Kazakh, Uzbek (Latin and Cyrillic), Kyrgyz,
 * Tajik, Belarusian, Azerbaijani and English names; every language's forms apply to every text.
 */
const CAL = calendar();

/** Words that place a week, month, year or weekday relative to now. */
const RELATIVE: ReadonlyArray<readonly [number, string]> = [
  [-2, 'позапрошл\\p{L}*'],
  [-1, 'прошл\\p{L}*|минувш\\p{L}*|прошедш\\p{L}*|предыдущ\\p{L}*|last|previous|past'],
  [0, 'эт(?:от|а|о|ом|ой|ого|у)|текущ\\p{L}*|нынешн\\p{L}*|сего|this|current'],
  [1, 'следующ\\p{L}*|будущ\\p{L}*|предстоящ\\p{L}*|ближайш\\p{L}*|next|coming'],
];

/** Kazakh, Kyrgyz and Uzbek words for last, this and next year («былтыр», «биыл», "o'tgan yili"). */
const RELATIVE_YEARS: ReadonlyArray<readonly [number, string]> = [
  [-1, "былтыр\\p{L}*|өткен жыл\\p{L}*|өткөн жыл\\p{L}*|o[ʻ'’‘`]tgan yil\\p{L}*|ўтган йил\\p{L}*"],
  [0, 'биыл\\p{L}*|быйыл\\p{L}*|ағымдағы жыл\\p{L}*|ушул жыл\\p{L}*|joriy yil\\p{L}*|жорий йил\\p{L}*'],
  [1, 'келесі жыл\\p{L}*|кийинки жыл\\p{L}*|келерки жыл\\p{L}*|kelgusi yil\\p{L}*|keyingi yil\\p{L}*|келгуси йил\\p{L}*'],
];

/** A year followed by its word in Kazakh, Kyrgyz, Uzbek: «2024 жылы», "2024-yilda". */
const YEAR_WORD_AFTER = '-?\\s*(?:жыл|yil|йил)\\p{L}*';
/** «2030 жылға дейін», «2030-жылга чейин», "2030-yilgacha": a bound after the year. */
const UNTIL_AFTER = '-?\\s*(?:(?:жылға|жылга|yilga|йилга)\\s+(?:дейін\\p{L}*|шейін\\p{L}*|чейин\\p{L}*|qadar|қадар)|yilgacha|йилгача)';

/** Days named relative to publication («вчера», «кеше», «учора», "today"), from the language modules. */
const RELATIVE_DAYS = CAL.relativeDays;

/** Parts of a year or month; the halves and quarters of a year are month ranges. */
const PARTS: ReadonlyArray<{ ru: string; en: string; months?: readonly [number, number] }> = [
  { ru: 'начал[оеау]', en: 'beginning|start|early' },
  { ru: 'середин[аеуы]', en: 'middle|mid' },
  { ru: 'кон(?:ец|ца|це|цу)', en: 'end|late' },
  { ru: '(?:перв\\p{L}*|I) (?:половин|полугоди)\\p{L}*', en: 'first half|H1', months: [1, 6] },
  { ru: '(?:втор\\p{L}*|II) (?:половин|полугоди)\\p{L}*', en: 'second half|H2', months: [7, 12] },
  { ru: '(?:перв\\p{L}*|I|1-?м) квартал\\p{L}*', en: 'first quarter|Q1', months: [1, 3] },
  { ru: '(?:втор\\p{L}*|II|2-?м) квартал\\p{L}*', en: 'second quarter|Q2', months: [4, 6] },
  { ru: '(?:трет\\p{L}*|III|3-?м) квартал\\p{L}*', en: 'third quarter|Q3', months: [7, 9] },
  { ru: '(?:четв[её]рт\\p{L}*|IV|4-?м) квартал\\p{L}*', en: 'fourth quarter|Q4', months: [10, 12] },
];

const SEASONS = 'весн\\p{L}*|лет(?:ом|о|а)|осен\\p{L}*|зим(?:ой|а|у|ы)|spring|summer|autumn|fall|winter';

// ---- Grammar parts -----------------------------------------------------------------------------

const W = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const alt = (xs: readonly string[]): string => xs.join('|');
const MONTH = `(?:${alt(CAL.months)})${E}`;
const MONTH_EN = `(?:${alt(CAL.monthsEn)})${E}`;
const MOD = alt(RELATIVE.map(([, src]) => src));
const YEAR = '(?:19|20)\\d{2}';
const YEAR_WORD = '(?:года|году|годом|год|г\\.|г(?![\\p{L}]))';
/** A year after a month or a part of a period: "2025 года", "прошлого года", "of this year". */
const YEAR_SPEC = `(?:of\\s+)?(?:${YEAR}${E}(?:\\s*${YEAR_WORD})?|(?:the\\s+)?(?:${MOD})\\s+(?:года|year)${E})`;

const RELATIVE_RES = RELATIVE.map(([offset, src]) => [offset, new RegExp(`^(?:${src})$`, 'iu')] as const);

// ---- Calendar helpers --------------------------------------------------------------------------

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const ym = (y: number, m: number): string => `${y}-${pad(m)}`;
const ymd = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

function parseDay(s: string | null): Ymd | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  return m ? { y: +m[1]!, m: +m[2]!, d: +m[3]! } : null;
}

/** A real calendar day, or null ("31.02.2025"). */
function validDay(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? ymd(y, m, d) : null;
}

/** A 'YYYY-MM-DD' date moved by whole days. */
export function shiftDays(date: string, days: number): string {
  const p = parseDay(date);
  if (!p) throw new Error(`not a date: ${date}`);
  return new Date(Date.UTC(p.y, p.m - 1, p.d + days)).toISOString().slice(0, 10);
}

/** A year and month moved by whole months, as 'YYYY-MM'. */
function shiftMonths(y: number, m: number, months: number): string {
  const t = new Date(Date.UTC(y, m - 1 + months, 1));
  return ym(t.getUTCFullYear(), t.getUTCMonth() + 1);
}

/**
 * The date of a weekday (ISO: Monday = 1 … Sunday = 7) next to `published`: by default the last one
 * strictly before it (news say «в понедельник» of the days just past), with direction 1 the next one
 * after; with `today` a bare weekday may be the publication day itself ("on Tuesday" in a story of Tuesday).
 */
export function resolveWeekday(published: string, weekday: number, direction: -1 | 1 = -1, today = false): string {
  const p = parseDay(published);
  if (!p) throw new Error(`not a date: ${published}`);
  const now = new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay() || 7;
  const back = (now - weekday + 7) % 7;
  const gap = direction < 0 ? (today ? back : back || 7) : (weekday - now + 7) % 7 || 7;
  return shiftDays(published, direction * gap);
}

function monthOf(word: string): number | null {
  if (word === 'may') return null; // the English verb
  return monthNumber(word);
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function relativeOffset(word: string | undefined): number {
  if (!word) return 0;
  return RELATIVE_RES.find(([, re]) => re.test(word.replace(/^the\s+/i, '')))?.[0] ?? 0;
}

/** The year a YEAR_SPEC names; without one, the publication year; null when neither is known. */
function yearOf(spec: string | undefined, pub: Ymd | null): number | null {
  const digits = spec && /\d{4}/.exec(spec);
  if (digits) return +digits[0];
  if (!pub) return null;
  return pub.y + relativeOffset(spec?.replace(/^of\s+/i, '').split(/\s+(?=года|year)/i)[0]);
}

const rangeLabel = (m1: number, m2: number): string => `${MONTH_NAMES[m1 - 1]}-${MONTH_NAMES[m2 - 1]}`;
const monthRange = (y: number, m1: number, m2: number): string => `${ym(y, m1)}..${ym(y, m2)}`;

// ---- Rules -------------------------------------------------------------------------------------

/** What a rule makes of its match: the mention's fields, and the period it gives a figure, if any. */
interface Reading {
  kind: DateKind;
  value: string | null;
  until?: string | null;
  period?: string;
  /** A weekday: dropped when a full date follows it ("в понедельник, 13 октября"). */
  weekday?: boolean;
}

type Groups = Record<string, string | undefined>;

interface Rule {
  name: string;
  re: RegExp;
  read: (g: Groups, pub: Ymd | null) => Reading | null;
  /** The rule cannot match a text without a digit (most sentences have none: skip them fast). */
  digits: boolean;
  gate: Gate | null;
  /** For a rule around an anchor word: where its matches may begin, and its pattern tried at one place. */
  anchored: { anchor: Anchor; sticky: RegExp } | null;
}

/** A test the sentence must pass: a pattern anywhere in it, then, where given, a whole word. */
interface Gate {
  anywhere: RegExp;
  whole?: RegExp;
}

const DIGIT_RULES = new Set([
  'iso date',
  'dotted date',
  'day month',
  'month day',
  'month day suffixed',
  'year range',
  'until year',
  'year until',
  'year',
]);
// What a rule cannot match without: one cheap test a sentence instead of the whole rule. A word a
// rule needs (a month, a season, «вчера») is a whole word in the rule (nothing but a space, a dash
// or the start before it, no letter or digit after it), and the gate asks for it as one: a month
// inside «смартфон» or "mayor" opens nothing. The words are looked for anywhere first (a pattern
// that starts with a boundary test is tried at every place of the sentence: slow), and as whole
// words only in the sentences that have them.
const word = (src: string, starts?: readonly string[]) => (): Gate => ({
  // Where the words come from the calendar, the words they start with are enough to look for: a few plain words.
  anywhere: new RegExp(starts ? starts.map(escape).join('|') : src, 'iu'),
  whole: new RegExp(`${W}(?:${src})${E}`, 'iu'),
});
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MONTH_WORD = word(alt(CAL.months), CAL.monthStarts);
const YEAR_DIGITS = (): Gate => ({ anywhere: /(?:19|20)\d\d/ });
const GATES: Record<string, () => Gate> = {
  'iso date': () => ({ anywhere: /\d{4}-\d\d-\d\d/ }),
  'dotted date': () => ({ anywhere: /\d\.\d/ }),
  'day month': MONTH_WORD,
  'month day': MONTH_WORD,
  'month day suffixed': MONTH_WORD,
  'year range': YEAR_DIGITS,
  'until year': YEAR_DIGITS,
  'year until': YEAR_DIGITS,
  'relative year': word(alt(RELATIVE_YEARS.map(([, src]) => src))),
  year: YEAR_DIGITS,
  'month range': MONTH_WORD,
  month: MONTH_WORD,
  season: word(SEASONS),
  'part of period': word(alt(PARTS.flatMap((p) => [p.ru, p.en]))),
  'relative day': word(alt(RELATIVE_DAYS.map(([, src]) => src))),
  weekday: word(alt(CAL.weekdaysRuEn), CAL.weekdayStartsRuEn),
  'relative period': word(MOD),
  ago: word('назад|ago|ранее|раньше|earlier'),
};

const UNTIL = /^(?:до|к|by|until|till|through|up to)$/i;
const rule = (name: string, src: string, read: Rule['read']): Rule => ({
  name,
  re: new RegExp(src, 'giu'),
  read,
  digits: DIGIT_RULES.has(name),
  gate: GATES[name]?.() ?? null,
  anchored: ANCHORS[name] ? { anchor: ANCHORS[name], sticky: new RegExp(src, 'iuy') } : null,
});

/**
 * Where a rule's matches may begin. Every match of these rules holds an anchor (a month word, a
 * year, a relative modifier) as a whole word, with at most `before` words or numbers ahead of it
 * joined by spaces and dashes (a preposition, a modifier, days: «с 2 по 5 июня», "on June 16",
 * «по итогам 2024 года», «в прошлом году»); the rule is tried at those places only, instead of at
 * every place of the sentence. The anchor pattern may find more than the rule's words (no boundary
 * test before it, which would be tried everywhere): more places cost a try each, never a match.
 */
interface Anchor {
  re: RegExp;
  before: number;
}
const MONTH_ANCHOR: Anchor = { re: new RegExp(`(?:${alt(CAL.months)})${E}`, 'giu'), before: 4 };
const YEAR_ANCHOR: Anchor = { re: /(?:19|20)\d{2}/g, before: 2 };
const ANCHORS: Record<string, Anchor> = {
  'day month': MONTH_ANCHOR,
  'month day': MONTH_ANCHOR,
  'month day suffixed': MONTH_ANCHOR,
  'month range': MONTH_ANCHOR,
  month: MONTH_ANCHOR,
  'relative period': { re: new RegExp(MOD, 'giu'), before: 2 },
  'year range': YEAR_ANCHOR,
  'until year': YEAR_ANCHOR,
  year: YEAR_ANCHOR,
};
const JOINER = /^[\s\-–—]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Where a rule with this anchor may match in a sentence, in order: each anchor word and the words just before it. */
function anchorStarts(text: string, anchor: Anchor): number[] {
  const out = new Set<number>();
  const re = anchor.re;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const q = m.index;
    // Anchors may overlap («may oyida»): the next search starts one character on.
    re.lastIndex = q + 1;
    // Inside a word: no rule starts its anchor there.
    if (q > 0 && LETTER_OR_DIGIT.test(text[q - 1]!)) continue;
    out.add(q);
    for (let p = q, k = 0; k < anchor.before; k++) {
      let end = p;
      while (end > 0 && JOINER.test(text[end - 1]!)) end--;
      let start = end;
      while (start > 0 && LETTER_OR_DIGIT.test(text[start - 1]!)) start--;
      if (end === p || start === end) break;
      out.add(start);
      p = start;
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** The matches of a rule tried at each place where one may begin, as matchAll would find them. */
function* matchesAt(sticky: RegExp, text: string, starts: number[]): Generator<RegExpExecArray> {
  let from = 0;
  for (const p of starts) {
    if (p < from) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m) {
      from = p + Math.max(m[0].length, 1);
      yield m;
    }
  }
}

/** A point or an "until" bound at the same grain. */
const pointOrUntil = (kind: DateKind, value: string | null, prep: string | undefined): Reading =>
  prep && UNTIL.test(prep) ? { kind: 'range', value: null, until: value } : { kind, value };

const RULES: Rule[] = [
  rule('iso date', `${W}(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})${E}`, (g) => numericDay(g)),

  rule('dotted date', `${W}(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4}|\\d{2})${E}(?:\\s*(?:года|г\\.))?`, (g) => numericDay(g)),

  // «20 мая 2025 года», «со 2 по 5 июня», «до 28 сентября», "16 June 2025", «20-июлда», "14-oktabr"
  rule(
    'day month',
    `${W}(?:(?<prep>с|со|до|по|к|на|on|by|until|from|since)\\s+)?(?<d>\\d{1,2})(?:\\s*[-–—]\\s*(?<d2>\\d{1,2})|\\s+(?:по|и|to|and)\\s+(?<d3>\\d{1,2}))?(?:\\s+|-)(?<mon>${MONTH})(?:,?\\s+(?<ys>${YEAR_SPEC}))?`,
    (g, pub) => dayReading(g, pub),
  ),

  // Azerbaijani and Turkish order: the month, then the day with its case ending: «sentyabrın 11-də»;
  // Mongolian the same: «3-р сарын 12-нд», «наймдугаар сарын 15-ны өдөр»
  rule(
    'month day suffixed',
    `${W}(?<mon>${MONTH})\\s+(?<d>\\d{1,2})-(?:də|da|dә|de|tə|ta|нд|ны|ний|ны өдөр)${E}(?:,?\\s+(?<ys>${YEAR_SPEC}))?`,
    (g, pub) => dayReading(g, pub),
  ),

  // "June 16, 2025", "on June 16", "June 16-17"
  rule(
    'month day',
    `${W}(?:(?<prep>on|by|until|since|from)\\s+)?(?<mon>${MONTH_EN})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(?<d2>\\d{1,2}))?(?!\\d)(?:,?\\s+(?<ys>${YEAR}${E}))?`,
    (g, pub) => dayReading(g, pub),
  ),

  // «в январе–мае 2025 года», «с января по сентябрь», "January-May 2025"
  rule(
    'month range',
    `${W}(?:(?<prep>в|во|за|с|со|from|in|for|between)\\s+)?(?<m1>${MONTH})(?:\\s*[-–—]\\s*|\\s+(?:по|до|to|through|till|until|and)\\s+)(?<m2>${MONTH})(?:,?\\s+(?<ys>${YEAR_SPEC}))?`,
    (g, pub) => {
      const m1 = monthOf(g.m1!);
      const m2 = monthOf(g.m2!);
      if (!m1 || !m2 || m2 < m1) return null;
      const y = yearOf(g.ys, pub);
      return y === null
        ? { kind: 'range', value: null, until: null, period: rangeLabel(m1, m2) }
        : { kind: 'range', value: ym(y, m1), until: ym(y, m2), period: monthRange(y, m1, m2) };
    },
  ),

  // «в сентябре», «в июне прошлого года», «до октября», "in August", "next July", "September 2025"
  rule(
    'month',
    `${W}(?:(?<prep>в|во|на|к|до|с|со|in|by|until|since|for|from|during)\\s+)?(?:(?<mod>next|last|this|coming|past)\\s+)?(?<mon>${MONTH})(?:,?\\s+(?<ys>${YEAR_SPEC}))?`,
    (g, pub) => {
      const m = monthOf(g.mon!);
      if (!m || !(g.prep || g.mod || g.ys)) return null;
      let y = yearOf(g.ys, pub);
      if (y !== null && pub && !g.ys && g.mod) {
        const off = relativeOffset(g.mod);
        if (off > 0 && m <= pub.m) y += 1; // the next such month
        if (off < 0 && m >= pub.m) y -= 1; // the last such month
      }
      return pointOrUntil('month', y === null ? null : ym(y, m), g.prep);
    },
  ),

  // «осенью 2026 года», «этой весной», «перенесен на весну», "in the autumn of 2026", "next spring"
  rule(
    'season',
    `${W}(?:(?<prep>в|во|к|до|на|in|by|until|during|for)\\s+)?(?:the\\s+)?(?:(?<mod>${MOD})\\s+)?(?<season>${SEASONS})${E}(?:,?\\s+(?<ys>${YEAR_SPEC}))?`,
    (g, pub) => {
      const adverb = /^(?:весной|летом|осенью|зимой)$/i.test(g.season!);
      if (!(g.prep || g.mod || g.ys || adverb)) return null;
      const y = g.ys ? yearOf(g.ys, pub) : pub ? pub.y + relativeOffset(g.mod) : null;
      return pointOrUntil('season', y === null ? null : String(y), g.prep);
    },
  ),

  // «во второй половине октября», «в конце года», «в начале 2026 года», «в первом полугодии 2025 года», "the first half of 2025", "end of the year"
  rule(
    'part of period',
    `${W}(?:(?<prep>в|во|к|до|на|с|со|in|by|at|during|until|till|over|for|from|since)\\s+)?(?:the\\s+)?(?<part>${alt(PARTS.flatMap((p) => [p.ru, p.en]))})${E}(?:(?:\\s*-\\s*|\\s+(?:of\\s+)?(?:the\\s+)?)(?:(?<mon>${MONTH})(?:,?\\s+(?<ys>${YEAR_SPEC}))?|(?<yspec>${YEAR_SPEC})|(?<unit>года|месяца|year|month)${E}))?`,
    (g, pub) => partReading(g, pub),
  ),

  // «на 2025–2027 годы», «с 2025 по 2027 год», "2025-2028", "between 2025 and 2027"
  rule(
    'year range',
    `${W}(?:(?<prep>на|в|во|за|с|со|from|for|in|between|over)\\s+)?(?<y1>${YEAR})(?:\\s*[-–—]\\s*|\\s+(?:по|до|to|through|till|until|and)\\s+)(?<y2>${YEAR})${E}(?:\\s*-?(?:х|е)${E})?(?:\\s*(?:годы|годов|годах|годам|гг\\.?|год(?:а|у)?)${E})?`,
    (g) => (+g.y2! > +g.y1! ? { kind: 'range', value: g.y1!, until: g.y2! } : null),
  ),

  // «до 2030 года», «к 2030 году», "by 2027", "until 2030"
  rule('until year', `${W}(?<prep>до|к|by|until|till|through|up to)\\s+(?<y>${YEAR})${E}(?:\\s*${YEAR_WORD})?`, (g) => ({
    kind: 'range',
    value: null,
    until: g.y!,
  })),

  // «2030 жылға дейін», "2030-yilgacha"
  rule('year until', `${W}(?<y>${YEAR})\\s*${UNTIL_AFTER}${E}`, (g) => ({ kind: 'range', value: null, until: g.y! })),

  // «в 2026 году», «в 2026-м», «по итогам 2024 года», «2025 г.», "in 2026", «2024 жылы»
  rule(
    'year',
    `${W}(?:(?<prep>в|во|с|со|за|на|по итогам|of|in|since|for|from|during|throughout)\\s+)?(?<y>${YEAR})(?:(?<yw2>${YEAR_WORD_AFTER})|${E}(?<suf>\\s*-?\\s*(?:м|го|й)${E})?(?:\\s*(?<yw>${YEAR_WORD}|year))?)`,
    (g) => (g.prep || g.suf || g.yw || g.yw2 ? { kind: 'year', value: g.y!, period: g.y! } : null),
  ),

  // «вчера», «накануне», «сегодня», "yesterday"
  rule('relative day', `${W}(?:${RELATIVE_DAYS.map(([, src], i) => `(?<d${i}>${src})`).join('|')})${E}`, (g, pub) => {
    const i = Number(
      Object.keys(g)
        .find((k) => g[k] !== undefined)!
        .slice(1),
    );
    return { kind: 'relative', value: pub ? shiftDays(ymd(pub.y, pub.m, pub.d), RELATIVE_DAYS[i]![0]) : null };
  }),

  // «в понедельник», «в прошлую пятницу», "on Monday", "last Tuesday", "next Friday"
  rule(
    'weekday',
    `${W}(?:(?:в|во)(?:\\s+(?<rmod>${MOD}))?|on|(?<emod>last|this past|next|this|coming))\\s+(?<wd>${alt(CAL.weekdaysRuEn)})${E}`,
    (g, pub) => {
      const wd = weekdayNumber(g.wd!);
      if (!wd) return null;
      const mod = g.rmod ?? (g.emod === 'this past' ? 'last' : g.emod);
      const direction = relativeOffset(mod) >= 0 && mod ? 1 : -1;
      const value = pub ? resolveWeekday(ymd(pub.y, pub.m, pub.d), wd, direction, !mod) : null;
      return { kind: 'relative', value, weekday: true };
    },
  ),

  // «на прошлой неделе», «в этом году», «текущего года», "last year", "earlier this month"
  rule(
    'relative period',
    `${W}(?:(?:в|во|на|за)\\s+|(?:earlier|later)\\s+)?(?:the\\s+)?(?<mod>${MOD})\\s+(?<unit>год|году|года|месяц|месяце|месяца|недел[еюи]|year|month|week)${E}`,
    (g, pub) => relativeReading(relativeOffset(g.mod), g.unit!, pub),
  ),

  // «былтыр», «биыл», "o'tgan yili"
  rule('relative year', `${W}(?:${RELATIVE_YEARS.map(([, src], i) => `(?<y${i}>${src})`).join('|')})${E}`, (g, pub) => {
    const i = RELATIVE_YEARS.findIndex((_, k) => g[`y${k}`] !== undefined);
    return relativeReading(RELATIVE_YEARS[i]![0], 'year', pub);
  }),

  // «два года назад», «годом ранее», "a year ago", "three days earlier"
  rule(
    'ago',
    `${W}(?:(?<n>\\d{1,2}|${NUMBER_WORD}|an?)\\s+)?(?<unit>годом|года?|лет|years?|месяц(?:ем|а|ев)?|months?|недел(?:ей|ю|и)|weeks?|дн(?:ём|ем|я|ей)|день|days?)\\s+(?:назад|ago|ранее|раньше|earlier)${E}`,
    (g, pub) => {
      const n = !g.n || /^an?$/i.test(g.n) ? 1 : /\d/.test(g.n) ? +g.n : parseNumberWord(g.n);
      if (n === null || (!g.n && /^(?:лет|years|months|weeks|days|дней)$/i.test(g.unit!))) return null;
      // A comparison base («чем годом ранее»), not a period a figure covers.
      return { ...relativeReading(-n, g.unit!, pub), period: undefined };
    },
  ),
];

/** A day written in digits; two-digit years are this century's. */
function numericDay(g: Groups): Reading | null {
  const y = g.y!.length === 2 ? 2000 + +g.y! : +g.y!;
  const value = validDay(y, +g.m!, +g.d!);
  return value ? { kind: 'date', value } : null;
}

function dayReading(g: Groups, pub: Ymd | null): Reading | null {
  const m = monthOf(g.mon!);
  const y = yearOf(g.ys, pub);
  if (!m || +g.d! < 1 || +g.d! > 31) return null;
  const day = (d: string) => (y === null ? null : validDay(y, m, +d));
  const last = g.d2 ?? g.d3;
  if (last) return { kind: 'range', value: day(g.d!), until: day(last) };
  return pointOrUntil('date', day(g.d!), g.prep);
}

function partReading(g: Groups, pub: Ymd | null): Reading | null {
  const part = PARTS.find((p) => new RegExp(`^(?:${p.ru}|${p.en})$`, 'iu').test(g.part!))!;
  const m = g.mon ? monthOf(g.mon) : null;
  if (g.mon && !m) return null;
  // A point part ("в конце", "early") needs what it is a part of; a half or quarter means the year by itself.
  if (!m && !g.yspec && !g.unit && !part.months) return null;
  if (/^(?:месяца|month)$/i.test(g.unit ?? '')) return pointOrUntil('month', pub ? ym(pub.y, pub.m) : null, g.prep);
  const y = yearOf(m ? g.ys : g.yspec, pub);
  if (m) return pointOrUntil('month', y === null ? null : ym(y, m), g.prep);
  if (!part.months) return pointOrUntil('year', y === null ? null : String(y), g.prep);
  const [m1, m2] = part.months;
  if (g.prep && UNTIL.test(g.prep)) return { kind: 'range', value: null, until: y === null ? null : ym(y, m2) };
  return y === null
    ? { kind: 'range', value: null, until: null, period: rangeLabel(m1, m2) }
    : { kind: 'range', value: ym(y, m1), until: ym(y, m2), period: monthRange(y, m1, m2) };
}

function relativeReading(offset: number, unit: string, pub: Ymd | null): Reading {
  const u = unit.toLowerCase();
  if (/^(?:год|лет|year)/.test(u)) {
    const label =
      offset === -1
        ? 'previous year'
        : offset === 0
          ? 'this year'
          : offset === 1
            ? 'next year'
            : `${Math.abs(offset)} years ${offset < 0 ? 'ago' : 'ahead'}`;
    return { kind: 'relative', value: pub ? String(pub.y + offset) : null, period: pub ? String(pub.y + offset) : label };
  }
  if (!pub) return { kind: 'relative', value: null };
  const today = ymd(pub.y, pub.m, pub.d);
  if (/^(?:месяц|month)/.test(u)) return { kind: 'relative', value: shiftMonths(pub.y, pub.m, offset) };
  if (/^(?:недел|week)/.test(u)) return { kind: 'relative', value: shiftDays(today, 7 * offset).slice(0, 7) };
  return { kind: 'relative', value: shiftDays(today, offset) };
}

// "за девять месяцев 2025 года", "за 8 месяцев текущего года", "in the first nine months of 2025"
const MONTHS_COUNT = new RegExp(
  `${W}(?:(?:за|в|по итогам|в течение|in|for|over|during)\\s+)?(?:the\\s+)?(?:перв\\p{L}*\\s+|first\\s+)?(?<n>\\d{1,2}|${NUMBER_WORD})(?:\\s+|-)(?:месяц(?:а|ев)|мес\\.|months?)${E}(?:\\s+(?<ys>${YEAR_SPEC}))?`,
  'giu',
);
/** The words MONTHS_COUNT cannot match without: most sentences have none. */
const MONTHS_COUNT_GATE = /месяц|мес\.|month/iu;

// ---- Finding -----------------------------------------------------------------------------------

interface Hit extends Reading {
  start: number;
  end: number;
}

// findDates and findPeriods read the same sentence in turn: the last reading is kept.
let lastHits: { text: string; day: string; found: Hit[] } | null = null;

function hits(text: string, pub: Ymd | null): Hit[] {
  const day = pub ? ymd(pub.y, pub.m, pub.d) : '';
  if (lastHits && lastHits.text === text && lastHits.day === day) return lastHits.found.map((h) => ({ ...h }));
  const found = readHits(text, pub);
  lastHits = { text, day, found: found.map((h) => ({ ...h })) };
  return found;
}

function readHits(text: string, pub: Ymd | null): Hit[] {
  const found: Hit[] = [];
  const digits = /\d/.test(text);
  // Several rules share a gate (the month words): test it once.
  const gates = new Map<string, boolean>();
  const open = (gate: Gate) => {
    const key = gate.anywhere.source;
    let known = gates.get(key);
    if (known === undefined) gates.set(key, (known = gate.anywhere.test(text) && (!gate.whole || gate.whole.test(text))));
    return known;
  };
  const starts = new Map<Anchor, number[]>();
  const matches = (r: Rule) => {
    if (!r.anchored) return text.matchAll(r.re);
    const { anchor, sticky } = r.anchored;
    let at = starts.get(anchor);
    if (!at) starts.set(anchor, (at = anchorStarts(text, anchor)));
    return matchesAt(sticky, text, at);
  };
  for (const r of RULES)
    for (const m of (r.digits && !digits) || (r.gate && !open(r.gate)) ? [] : matches(r)) {
      const reading = r.read(m.groups ?? {}, pub);
      if (reading) found.push({ ...reading, start: m.index, end: m.index + m[0].trimEnd().length });
    }
  return found;
}

/** Keeps the earliest, then longest, of overlapping spans. */
function dropOverlaps<T extends { start: number; end: number }>(found: T[]): T[] {
  const kept: T[] = [];
  for (const h of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept[kept.length - 1];
    if (!last || h.start >= last.end) kept.push(h);
  }
  return kept;
}

/**
 * Drops a weekday or a relative day that a full date right after it already pins down («в понедельник,
 * 13 октября», «Сегодня, 21 октября», "yesterday (March 3)"): the written date is the one meant.
 */
function dropNamedWeekdays(text: string, found: Hit[]): Hit[] {
  return found.filter((h, i) => {
    const next = found[i + 1];
    const named = h.weekday || (h.kind === 'relative' && h.value?.length === 10);
    return !(named && next && next.kind === 'date' && /^[\s,(]*$/.test(text.slice(h.end, next.start)));
  });
}

/**
 * Dates in one sentence, resolved against `published` ('YYYY-MM-DD' or null): a month or day without
 * a year takes the publication year; relative ones ("вчера", "last year") count from publication and
 * are null without it. Offsets are into `text`. `lang` is accepted for symmetry: both vocabularies apply.
 */
export function findDates(text: string, _lang: string, published: string | null): DateMention[] {
  const found = dropNamedWeekdays(text, dropOverlaps(hits(text, parseDay(published))));
  return found.map((h) => ({
    start: h.start,
    end: h.end,
    value: h.value,
    kind: h.kind,
    ...(h.until !== undefined ? { until: h.until } : {}),
    text: text.slice(h.start, h.end),
  }));
}

/**
 * The periods figures can cover, in one sentence: counts of months («за девять месяцев 2025 года»
 * → "2025-01..2025-09"), month ranges, halves and quarters, whole years («по итогам 2024 года»,
 * "last year"). Without a known year they come back in words ("8 months", "previous year").
 */
export function findPeriods(text: string, _lang: string, published: string | null): PeriodMention[] {
  const pub = parseDay(published);
  const counts: Hit[] = (MONTHS_COUNT_GATE.test(text) ? [...text.matchAll(MONTHS_COUNT)] : []).flatMap((m) => {
    const g = m.groups ?? {};
    const n = /\d/.test(g.n!) ? +g.n! : parseNumberWord(g.n!);
    if (!n || n > 12) return [];
    const y = yearOf(g.ys, pub);
    const period = y === null ? `${n} months` : monthRange(y, 1, n);
    return [{ kind: 'range' as const, value: null, period, start: m.index, end: m.index + m[0].trimEnd().length }];
  });
  return dropOverlaps([...counts, ...hits(text, pub)])
    .filter((h) => h.period !== undefined)
    .map((h) => ({ start: h.start, end: h.end, value: h.period!, text: text.slice(h.start, h.end) }));
}
