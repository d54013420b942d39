// The numbers grammar: money, shares, tonnes, counts and changes ("в 1,5 раза", "fell by 5%") in
// one sentence. Written by hand: no npm package reads Russian number phrases with multipliers, case
// endings and currency names (words-to-numbers is English-only, numeralize-ru only writes numbers).
// The vocabulary is data, per language (lexicons/numbers.json: number words, multipliers, currencies,
// units, bounds, fractions); the grammar is a few named parts read left to right:
//   APPROX? (на|by|в)? CURRENCY? NUMBER MULTIPLIER? (CURRENCY | TONNES | PERCENT | TIMES)?

import { readLexicon } from '../core/paths.js';

export type QuantityKind = 'money' | 'percent' | 'count' | 'tonnes' | 'times' | 'change';

export interface Quantity {
  start: number;
  end: number;
  kind: QuantityKind;
  /** The plain number (927 млн = 927000000). For 'change' and 'times' the magnitude as written (12.3, 1.5). */
  value: number | null;
  /** ISO 4217 for money, '%' for percent and change, 't' for tonnes, 'count' for counts, null for times. */
  unit: string | null;
  /** Growth in per cent, for 'change' and 'times' ("в 1,5 раза" = 50, "fell by 5%" = -5). */
  change_pct?: number | null;
  /** Approximate or bounded ("около 20", "over 50", "десяток"). */
  approx?: boolean;
  /** For counts: the word after the number ("студентов", "companies"), to tell what is counted. */
  noun?: string;
  text: string;
}

// ---- Vocabulary -------------------------------------------------------------------------------

interface NumbersLexicon {
  number_words: Record<string, Record<string, string>>;
  rough: string[];
  multipliers: Record<string, Record<string, string[]>>;
  currencies: Array<{ code: string; after: Record<string, string[]>; before?: string[] }>;
  tonnes: Record<string, string[]>;
  percent: Record<string, string[]>;
  approx: Record<string, string[]>;
  fractions: Record<string, Record<string, string[]>>;
}

// The vocabulary is data (lexicons/numbers.json), per language; the grammar below is built from it once.
const LX = readLexicon<NumbersLexicon>('numbers');
const allOf = (table: Record<string, string[]>): string[] => Object.values(table).flat();
/** Pairs of a value and its patterns, in the file's order. */
const byValue = (table: Record<string, Record<string, string[]>>): ReadonlyArray<readonly [number, string]> =>
  Object.entries(table).map(([value, langs]) => [Number(value), allOf(langs).join('|')] as const);

/** Number words by language: every case form (ru) and spelling (en, kk, uz, ky) of each value. */
const NUMBER_WORDS_BY_LANG: ReadonlyMap<string, ReadonlyArray<readonly [number, string]>> = new Map(
  Object.entries(LX.number_words).map(([lang, words]) => [lang, Object.entries(words).map(([v, forms]) => [Number(v), forms] as const)]),
);

/**
 * Shares said as fractions («четверть оборота», "a third of exports", «более половины»): the
 * share in per cent. Read only before a noun, so «в первой половине года» stays a period.
 */
const FRACTION_WORDS = byValue(LX.fractions);

/** Number words that only give an order of magnitude. */
const ROUGH_NUMBER_WORDS = new Set(LX.rough);

const MULTIPLIERS = byValue(LX.multipliers);

/** Currencies by ISO 4217 code: names written after the number, signs and codes written before it. Order matters: BYN before RUB. */
const CURRENCIES: ReadonlyArray<{ code: string; after: string; before?: string }> = LX.currencies.map((c) => ({
  code: c.code,
  after: allOf(c.after).join('|'),
  ...(c.before ? { before: c.before.join('|') } : {}),
}));

const TONNES = allOf(LX.tonnes).join('|');
const PERCENT = `%|(?:${allOf(LX.percent).join('|')})(?![\\p{L}])`;

/** Words before a number that make it approximate or a bound. */
const APPROX = allOf(LX.approx);

/** Words that say which way a value moved, within a clause. */
const SIGN_WORDS: ReadonlyArray<readonly [1 | -1, string]> = [
  [
    1,
    'выр[ао]с\\p{L}*|возрос\\p{L}*|подрос\\p{L}*|увелич\\p{L}*|прирост\\p{L}*|рост(?!ов)\\p{L}*|нарост\\p{L}*|нарастил\\p{L}*|повыс\\p{L}*|повыш\\p{L}*|прибав\\p{L}*|больше|выше|' +
      "өс(?:ті|кен|іп|уі)|өст[үө]|арт(?:ты|қан|ып)|ұлғай\\p{L}*|o[ʻ'’‘]s(?:di|gan|ib)|osh(?:di|gan|ib)|ort(?:di|gan|ib)|ўс(?:ди|ган|иб)|ош(?:ди|ган|иб)|art(?:dı|ıb|ması|mış|an|ım\\p{L}*)|" +
      'grew|grow\\p{L}*|rose|rise[sn]?|rising|increas\\p{L}*|(?<!(?:make|makes|made|making|set|sets|take|takes|took|add|adds|sum|sums)\\s)up|gain\\p{L}*|higher|jump\\p{L}*|climb\\p{L}*|surg\\p{L}*|expand\\p{L}*|augment\\p{L}*|boost\\p{L}*',
  ],
  [
    -1,
    'сниз\\p{L}*|сниж\\p{L}*|сократ\\p{L}*|сокращ\\p{L}*|упал\\p{L}*|упад\\p{L}*|паден\\p{L}*|уменьш\\p{L}*|меньше|ниже|спад\\p{L}*|просел\\p{L}*|' +
      'төменде(?:ді|ген|п)|азай(?:ды|ған|ып|ди|иб|ган)|қысқар(?:ды|ған|ып|ди|иб|ган)|кыскар(?:ды|ган|ып)|kamay(?:di|gan|ib)|qisqar(?:di|gan|ib)|камай(?:ди|ган|иб)|azal(?:dı|ıb|ması|mış|an)|' +
      'fell|fall(?:s|en|ing)?|declin\\p{L}*|decreas\\p{L}*|dropp?\\p{L}*|down|lower|shr[aiu]nk\\p{L}*|slid\\p{L}*|slump\\p{L}*|dipped',
  ],
];

/** Comparatives right after a change ("на 7,8% больше", "3% less", "1.3 times more"). */
const COMPARATIVES: ReadonlyArray<readonly [1 | -1, string]> = [
  [1, 'больше|выше|more|higher|larger|greater|bigger|above'],
  [-1, 'меньше|ниже|less|lower|smaller|fewer|below'],
];

/** Growth by a factor said in one word ("вдвое", "doubled"); sign 0: the clause decides, growth by default. */
const TIMES_WORDS: ReadonlyArray<readonly [number, 1 | -1 | 0, string]> = [
  [2, 0, 'вдвое|двукратн\\p{L}*|twofold|two-fold'],
  [3, 0, 'втрое|трехкратн\\p{L}*|трёхкратн\\p{L}*|threefold|three-fold'],
  [4, 0, 'вчетверо|fourfold|four-fold'],
  [2, 1, 'удвои\\p{L}*|удвоен\\p{L}*|doubled|doubling'],
  [3, 1, 'утроил\\p{L}*|утроен\\p{L}*|tripled|tripling'],
  [4, 1, 'quadrupled'],
  [2, -1, 'halved|halving'],
];

/** Words after a count that show it is not a count of things (a date, a duration, a conjunction). */
const NOT_COUNTED =
  'год\\p{L}*|лет|гг?|месяц\\p{L}*|мес|недел\\p{L}*|дн(?:я|ей|ям)|день|сут\\p{L}*|час\\p{L}*|минут\\p{L}*|век\\p{L}*|раза?|процент\\p{L}*|' +
  'январ\\p{L}*|феврал\\p{L}*|март\\p{L}*|апрел\\p{L}*|ма[йяею]|июн\\p{L}*|июл\\p{L}*|август\\p{L}*|сентябр\\p{L}*|октябр\\p{L}*|ноябр\\p{L}*|декабр\\p{L}*|' +
  'янв|фев|мар|апр|авг|сент?|окт|ноя|дек|' +
  'перв\\p{L}*|втор\\p{L}*|трет\\p{L}*|четв[её]рт\\p{L}*|first|second|third|fourth|' +
  'years?|months?|weeks?|days?|hours?|minutes?|decades?|centur\\p{L}*|times|percent|' +
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'и|или|из|в|во|на|по|с|со|к|от|до|за|чем|and|or|of|to|in|on|at|by|for|from|the|a|an|per|than';

// ---- Grammar parts -----------------------------------------------------------------------------

const L = '(?![\\p{L}])'; // end of word (\b does not know Cyrillic)
const alt = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const wordsOf = (langs: readonly string[]) => langs.flatMap((l) => NUMBER_WORDS_BY_LANG.get(l) ?? []);
const WORD_VALUES = new Map(
  wordsOf([...NUMBER_WORDS_BY_LANG.keys()]).flatMap(([value, forms]) => forms.split(' ').map((f) => [f, value] as const)),
);

/** A number in words in the given languages: one word, or tens and units ("двадцать пять", "twenty-five"). */
function numberWordPattern(langs: readonly string[]): string {
  const words = wordsOf(langs);
  const tens = alt(words.filter(([v]) => v >= 20 && v < 100).flatMap(([, f]) => f.split(' ')));
  const units = alt(words.filter(([v]) => v >= 1 && v <= 9 && Number.isInteger(v)).flatMap(([, f]) => f.split(' ')));
  return `(?:${tens})(?:[ -](?:${units}))?${L}|(?:${alt(words.flatMap(([, f]) => f.split(' ')))})${L}`;
}

/** A number in Russian or English words (what dates read: «за девять месяцев», "nine months"). */
export const NUMBER_WORD = numberWordPattern(['ru', 'en']);

const DIGITS: Record<'en' | 'ru', string> = {
  en: '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?',
  ru: '\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?',
};
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])(?<!\\p{L}-)(?<!\\d[.,])';

// A text reads the number words of its own language, and Russian and English ones.
const numberRes = new Map<string, RegExp>();
function numberRe(lang: string): RegExp {
  let re = numberRes.get(lang);
  if (!re) {
    const words = NUMBER_WORDS_BY_LANG.has(lang) && lang !== 'ru' && lang !== 'en' ? numberWordPattern([lang, 'ru', 'en']) : NUMBER_WORD;
    re = new RegExp(`${NOT_AFTER_WORD}(?:(?<digits>${DIGITS[lang === 'en' ? 'en' : 'ru']})(?![\\d])|${words})`, 'giu');
    numberRes.set(lang, re);
  }
  return re;
}

const sticky = (src: string) => new RegExp(src, 'iuy');
const CARDINAL_SUFFIX = sticky(`-(?:ти|ми|х|и|ью|ю)${L}`); // "8-ми тысяч"
const ORDINAL_SUFFIX = sticky(`-?(?:й|я|е|го|ого|ой|м|ем|ым|th|st|nd|rd)${L}`);
const AND_A_HALF = sticky(`\\s+с половиной${L}`);
// "half a billion": an article may stand before the multiplier.
const MULTIPLIER = sticky(`\\s*(?:an?\\s+)?(?:${MULTIPLIERS.map(([, src], i) => `(?<m${i}>${src})`).join('|')})${L}`);
const CURRENCY_AFTER = sticky(`\\s*(?:${CURRENCIES.map((c) => `(?<${c.code}>${c.after})`).join('|')})(?![\\p{L}])`);
const CURRENCY_BEFORE = new RegExp(
  `(?:${CURRENCIES.filter((c) => c.before)
    .map((c) => `(?<${c.code}>${c.before})`)
    .join('|')})\\s?$`,
  'u',
);
const SMALLER_PART = sticky(`\\s+(\\d{1,3}(?:[.,]\\d+)?)(?!\\d)`);
const TONNES_AFTER = sticky(`\\s*(?:${TONNES})${L}`);
const PERCENT_AFTER = sticky(`\\s*(?:${PERCENT})`);
const TIMES_RU_AFTER = sticky(`\\s+раза?${L}`);
const TIMES_EN_AFTER = sticky(`\\s*-?\\s*(?:times|fold)${L}`);
const COMPARATIVE_AFTER = sticky(`\\s+(?:${COMPARATIVES.map(([s, src]) => `(?<${s > 0 ? 'up' : 'down'}>${src})`).join('|')})${L}`);
// "28% of exports", «30% от общего объема»: a share, whatever verb the clause has.
const SHARE_AFTER = sticky(`\\s+(?:of|от)\\s`);
const INDEX_AFTER = sticky(`\\s+(?:к уровню|к аналогичному|от уровня)${L}`);
const NOUN_AFTER = sticky(`\\s+(\\p{L}[\\p{L}-]*)`);
const NOT_COUNTED_RE = new RegExp(`^(?:${NOT_COUNTED})$`, 'iu');
const SIGN_RE = new RegExp(`(?<![\\p{L}])(?:${SIGN_WORDS.map(([s, src]) => `(?<${s > 0 ? 'up' : 'down'}>${src})`).join('|')})${L}`, 'giu');
const TIMES_WORDS_RE = new RegExp(`(?<![\\p{L}])(?:${TIMES_WORDS.map(([, , src], i) => `(?<t${i}>${src})`).join('|')})${L}`, 'giu');
// «2/3 внешней торговли»: a digit fraction before a word.
const DIGIT_FRACTION = /(?<![\d./])([1-9])\/([1-9])(?![\d./])(?=\s+\p{L})/gu;
// A share's noun follows it: «половина экспорта», "half of the trade", not «первой половине года».
const FRACTION_RE = new RegExp(
  `(?<![\\p{L}])(?:${FRACTION_WORDS.map(([, src], i) => `(?<f${i}>${src})`).join('|')})${'(?![\\p{L}])'}(?=\\s+(?:of\\s+)?(?:the\\s+)?\\p{L})`,
  'giu',
);
const AMOUNT_AFTER = /^\s+(?:an?\s+)?(?:thousand|million|billion|тысяч|миллион|миллиард|млн|млрд)/iu;
const FRACTION_GATE = /половин|треть|трети|четверт|half|third|quarter|\d\/\d/i;
const NOT_SHARE_BEFORE = /(?:перв|втор|перв\p{L}*|втор\p{L}*|first|second|last|прошл\p{L}*|текущ\p{L}*|этого|of the)\s*$/iu;
const DATE_LIKE = /\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}:\d{2}/g;

const tails = new Map<string, RegExp>();
/** The approximating words as one pattern, made once. */
const APPROX_WORDS = alt(APPROX.map(esc));

/** A pattern that must end right where a span begins (`pos`); gives its start or -1. */
function endingAt(src: string, text: string, pos: number): number {
  const head = text.slice(Math.max(0, pos - 40), pos);
  let re = tails.get(src);
  if (!re) tails.set(src, (re = new RegExp(`(?<![\\p{L}])(?:${src})\\s*$`, 'iu')));
  const m = re.exec(head);
  return m ? pos - head.length + m.index : -1;
}

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

const groupIndex = (m: RegExpExecArray, prefix: string): number =>
  Number(
    Object.entries(m.groups ?? {})
      .find(([k, v]) => k.startsWith(prefix) && v !== undefined)?.[0]
      .slice(prefix.length),
  );
const groupName = (m: RegExpExecArray): string | undefined => Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0];

// ---- Parsing values ----------------------------------------------------------------------------

/** A number written in digits: decimal comma (ru) or point, thousands by spaces, or commas in English. */
export function parseNumber(raw: string, lang: string): number | null {
  const compact = raw.replace(/[\s\u00a0\u202f]/g, '');
  const n = Number(lang === 'en' ? compact.replace(/,/g, '') : compact.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** A number written in words ("восьми", "twenty-five", "полтора"); null when it is not one. */
export function parseNumberWord(words: string): number | null {
  const parts = words.toLowerCase().split(/[\s-]+/);
  let total = 0;
  for (const p of parts) {
    const v = WORD_VALUES.get(p);
    if (v === undefined) return null;
    total += v;
  }
  return parts.length ? total : null;
}

/** Rounds away float noise (612.4 × 1e6). */
const clean = (n: number): number => Number(n.toPrecision(12));
const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Growth in per cent for a change by a factor: ×1.5 up = 50, ×2 down = -50. */
export function factorToPct(factor: number, sign: 1 | -1): number {
  return round1(sign > 0 ? (factor - 1) * 100 : (1 / factor - 1) * 100);
}

// ---- Direction of change ------------------------------------------------------------------------

const CLAUSE_BREAK = /[;:!?()«»"“”]|\s[—–-]\s|[,.](?=\s|$)/g;

/** The clause around [start, end): between the nearest breaks (punctuation, dashes) on either side. */
function clauseAround(text: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

/** The sign of the sign word nearest to [start, end) within [from, to), outside the span itself. */
function nearestSign(text: string, start: number, end: number, from: number, to: number): -1 | 0 | 1 {
  let best: { d: number; s: -1 | 1 } | null = null;
  for (const m of text.slice(from, to).matchAll(SIGN_RE)) {
    const s0 = from + m.index;
    const s1 = s0 + m[0].length;
    if (s1 > start && s0 < end) continue;
    const d = s1 <= start ? start - s1 : s0 - end;
    if (!best || d < best.d) best = { d, s: m.groups?.up ? 1 : -1 };
  }
  return best?.s ?? 0;
}

/**
 * Which way the value at [start, end) moved, from the nearest growth or fall word in its clause
 * ("вырос на 12%", "снизившись на 4,2%", "fell by 5%"): 1, -1, or 0 when the clause says neither.
 */
export function changeSign(text: string, start: number, end: number): -1 | 0 | 1 {
  const [from, to] = clauseAround(text, start, end);
  return nearestSign(text, start, end, from, to);
}

// ---- The grammar ------------------------------------------------------------------------------

interface Core {
  start: number;
  end: number;
  value: number;
  digits: boolean;
  rough: boolean;
}

/** The number itself at a match, with its case ending and "с половиной"; null for ordinals ("5-й"). */
function readCore(text: string, m: RegExpExecArray, lang: string): Core | null {
  const digits = m.groups?.digits !== undefined;
  const value = digits ? parseNumber(m[0], lang) : parseNumberWord(m[0]);
  if (value === null) return null;
  let end = m.index + m[0].length;
  if (digits) {
    const suffix = at(CARDINAL_SUFFIX, text, end);
    if (suffix) end += suffix[0].length;
    else if (at(ORDINAL_SUFFIX, text, end)) return null;
  }
  const half = at(AND_A_HALF, text, end);
  return {
    start: m.index,
    end: half ? end + half[0].length : end,
    value: half ? value + 0.5 : value,
    digits,
    rough: ROUGH_NUMBER_WORDS.has(m[0].toLowerCase()),
  };
}

function quantity(
  text: string,
  start: number,
  end: number,
  kind: QuantityKind,
  value: number | null,
  unit: string | null,
  extra: Partial<Quantity> = {},
): Quantity {
  return { start, end, kind, value, unit, ...extra, text: text.slice(start, end) };
}

/** Widens a span leftwards over an approximating word; says whether there was one. */
function withApprox(text: string, start: number, rough: boolean): { start: number; approx: boolean } {
  const a = endingAt(APPROX_WORDS, text, start);
  return a >= 0 ? { start: a, approx: true } : { start, approx: rough };
}

/** A percent: a share ("доля 30%"), or a change ("на 12,3%", "+5%", "fell by 5%", "темп роста 159%"). */
function readPercent(text: string, core: Core, end: number): Quantity {
  let start = core.start;
  const explicit = /(?:^|[\s(])([+−-])$/.exec(text.slice(Math.max(0, start - 2), start));
  if (explicit) start -= 1;
  const prep = explicit ? -1 : endingAt('на|by', text, start);
  if (prep >= 0) start = prep;
  const cmp = at(COMPARATIVE_AFTER, text, end);
  if (cmp) end += cmp[0].length;
  const a = withApprox(text, start, core.rough);
  const change = (pct: number) => quantity(text, a.start, end, 'change', core.value, '%', { change_pct: pct, approx: a.approx });

  if (endingAt('до|to', text, a.start) >= 0) return quantity(text, a.start, end, 'percent', core.value, '%', { approx: a.approx });
  if (!cmp && !explicit && prep < 0 && at(SHARE_AFTER, text, end))
    return quantity(text, a.start, end, 'percent', core.value, '%', { approx: a.approx });
  if (cmp) return change(cmp.groups?.up ? core.value : -core.value);
  if (explicit) return change(explicit[1] === '+' ? core.value : -core.value);
  if (endingAt('темпы? роста(?: составил\\p{L}*)?', text, a.start) >= 0 || (prep < 0 && at(INDEX_AFTER, text, end)))
    return change(round1(core.value - 100));
  let sign = changeSign(text, a.start, end);
  // "на X%" is a change even when the verb sits outside its clause ("вырос, по данным ведомства, на 5%").
  if (!sign && prep >= 0) sign = nearestSign(text, a.start, end, 0, a.start);
  if (sign) return change(sign * core.value);
  return quantity(text, a.start, end, 'percent', core.value, '%', { approx: a.approx });
}

/** A change by a factor: «в 1,5 раза», «в два раза меньше», "1.3 times more", "grew 2.4 times". */
function readTimes(text: string, core: Core, start: number, end: number, lang: string): Quantity | null {
  const cmp = at(COMPARATIVE_AFTER, text, end);
  if (cmp) end += cmp[0].length;
  const a = withApprox(text, start, core.rough);
  const sign = cmp ? (cmp.groups?.up ? 1 : -1) : changeSign(text, a.start, end);
  // English "three times" is often a frequency ("three times a year"): keep it only with a direction.
  if (!sign && lang === 'en') return null;
  return quantity(text, a.start, end, 'times', core.value, null, { change_pct: factorToPct(core.value, sign || 1), approx: a.approx });
}

/** What follows a number decides what it is; null when it is nothing we count (a year, a date, an ordinal). */
function readQuantity(text: string, core: Core, lang: string): Quantity | null {
  let end = core.end;
  let value = core.value;
  const mult = at(MULTIPLIER, text, end);
  if (mult) {
    const scale = MULTIPLIERS[groupIndex(mult, 'm')]![0];
    value = clean(value * scale);
    end += mult[0].length;
    // "302 mln 200 thousand", «1 млрд 200 млн»: a smaller part follows.
    const rest = at(SMALLER_PART, text, end);
    const restMult = rest && at(MULTIPLIER, text, end + rest[0].length);
    const restScale = restMult ? MULTIPLIERS[groupIndex(restMult, 'm')]![0] : 0;
    if (rest && restMult && restScale < scale && restScale >= 1e3) {
      value = clean(value + Number(rest[1]!.replace(',', '.')) * restScale);
      end += rest[0].length + restMult[0].length;
    }
  }

  const percent = !mult && at(PERCENT_AFTER, text, end);
  if (percent) return readPercent(text, core, end + percent[0].length);

  const inTimes = endingAt('во?', text, core.start);
  const times = (inTimes >= 0 && !mult && at(TIMES_RU_AFTER, text, end)) || (!mult && at(TIMES_EN_AFTER, text, end));
  if (times) return readTimes(text, core, inTimes >= 0 && /раз/i.test(times[0]) ? inTimes : core.start, end + times[0].length, lang);

  const before = CURRENCY_BEFORE.exec(text.slice(Math.max(0, core.start - 5), core.start));
  const after = at(CURRENCY_AFTER, text, end);
  if (after || before) {
    const start = before ? core.start - before[0].length : core.start;
    if (after) end += after[0].length;
    const a = withApprox(text, start, core.rough);
    return quantity(text, a.start, end, 'money', value, groupName((after || before)!)!, { approx: a.approx });
  }

  const tonnes = at(TONNES_AFTER, text, end);
  if (tonnes) {
    const a = withApprox(text, core.start, core.rough);
    return quantity(text, a.start, end + tonnes[0].length, 'tonnes', value, 't', { approx: a.approx });
  }

  if (/^[\p{L}]|^-\p{L}/u.test(text.slice(end, end + 2))) return null; // glued to a word: "5G", "30-летие"
  if (!mult) {
    if (!core.digits && core.value <= 1) return null; // "one of", "одна из", "half of"
    if (core.digits && Number.isInteger(value) && value >= 1900 && value <= 2100 && /^\d{4}$/.test(text.slice(core.start, core.end)))
      return null;
  }
  const noun = at(NOUN_AFTER, text, end)?.[1];
  const counted = noun !== undefined && !NOT_COUNTED_RE.test(noun);
  const a = withApprox(text, core.start, core.rough);
  // A count whose noun is left out ("около 600 — из области", "выросло до 22."): only after a bound or "до".
  const bare = !noun && (a.approx || endingAt('до|to', text, a.start) >= 0) && /^\s*(?:[—–-]\s|[.,;:)]|$)/.test(text.slice(end, end + 3));
  if (!mult && !counted && !bare) return null;
  return quantity(text, a.start, end, 'count', value, 'count', { approx: a.approx, ...(counted ? { noun } : {}) });
}

/** Changes said in one word: «вдвое», «удвоился», "doubled", "halved". */
// A cheap test before the full pattern: most sentences have no such word.
const TIMES_WORDS_GATE = /вдво|втро|вчетв|кратн|fold|удво|утро|doubl|tripl|quadrupl/i;

function findTimesWords(text: string): Quantity[] {
  if (!TIMES_WORDS_GATE.test(text)) return [];
  return [...text.matchAll(TIMES_WORDS_RE)].map((m) => {
    const [factor, fixed] = TIMES_WORDS[groupIndex(m, 't')]!;
    const end = m.index + m[0].length;
    const a = withApprox(text, m.index, false);
    const sign = fixed || changeSign(text, m.index, end) || 1;
    return quantity(text, a.start, end, 'times', factor, null, { change_pct: factorToPct(factor, sign), approx: a.approx });
  });
}

/** Shares said as fractions: «четверть», «более половины», "a third of", «2/3». */
function findFractions(text: string): Quantity[] {
  if (!FRACTION_GATE.test(text)) return [];
  const out: Quantity[] = [];
  for (const m of text.matchAll(FRACTION_RE)) {
    if (NOT_SHARE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    // "half a billion dollars" is an amount, not a share.
    if (AMOUNT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    const share = round1(FRACTION_WORDS[groupIndex(m, 'f')]![0]);
    const a = withApprox(text, m.index, false);
    out.push(quantity(text, a.start, m.index + m[0].length, 'percent', share, '%', { approx: a.approx }));
  }
  for (const m of text.matchAll(DIGIT_FRACTION)) {
    const share = round1((Number(m[1]) / Number(m[2])) * 100);
    if (share >= 100) continue;
    const a = withApprox(text, m.index, false);
    out.push(quantity(text, a.start, m.index + m[0].length, 'percent', share, '%', { approx: a.approx }));
  }
  return out;
}

/** Keeps the earliest, then longest, of overlapping quantities. */
function dropOverlaps(found: Quantity[]): Quantity[] {
  const kept: Quantity[] = [];
  for (const q of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept[kept.length - 1];
    if (!last || q.start >= last.end) kept.push(q);
  }
  return kept;
}

/**
 * Money, shares, tonnes, counts and changes in one sentence, with offsets into `text`.
 * `lang` decides how digits read: English "1,200" is 1200, Russian "1,2" is 1.2.
 */
export function findQuantities(text: string, lang: string): Quantity[] {
  const masked = text.replace(DATE_LIKE, (d) => ' '.repeat(d.length)); // digits inside dates and times
  const re = numberRe(lang);
  const found: Quantity[] = [...findTimesWords(text), ...findFractions(text)];
  for (const m of masked.matchAll(re)) {
    const core = readCore(text, m, lang);
    const q = core && readQuantity(text, core, lang);
    if (q) found.push(q);
  }
  return dropOverlaps(found);
}
