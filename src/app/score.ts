// Scores facts records against gold records by the rules of the shared contract (FACTS.md, "How
// it is scored"). Our own implementation, kept number-for-number in step with the contract's
// scorer: same item keys, same tolerances, same pairing order (so attribute agreement matches too).
import { distance } from 'fastest-levenshtein';

export const LISTS = ['actors', 'people', 'events', 'agreements', 'flows', 'figures', 'sectors', 'plans'] as const;
export type ListName = (typeof LISTS)[number];

/** A gold or predicted record, loosely typed: gold may hold alternatives (arrays) in place of values. */
export type ScoredRecord = { doc: string } & Record<string, unknown>;
type Item = Record<string, unknown>;

export interface Tally {
  gold: number;
  pred: number;
  tp: number;
}
export interface ListScore extends Tally {
  p: number;
  r: number;
  f1: number;
}
export interface Agreement {
  right: number;
  of: number;
  share: number | null;
}
export interface ScoreResult {
  docs: number;
  missing_docs: number;
  lists: Record<ListName, ListScore>;
  attributes: Record<string, Agreement>;
  micro: ListScore;
}

// ---- places ---------------------------------------------------------------------------------

// Renumbered codes → the spelling gold uses (FACTS.md "Codes for places"): Kazakhstan 2024,
// China's pre-2017 numbers, a few Indian states and Korean provinces.
const KZ_NUMERIC: Record<string, string> = {
  11: 'AKM', 15: 'AKT', 19: 'ALM', 23: 'ATY', 27: 'ZAP', 31: 'ZHA', 35: 'KAR', 39: 'KUS', 43: 'KZY',
  47: 'MAN', 55: 'PAV', 59: 'SEV', 61: 'YUZ', 63: 'VOS', 71: 'AST', 75: 'ALA', 79: 'SHY',
}; // prettier-ignore
const CN_NUMERIC: Record<string, string> = {
  11: 'BJ', 12: 'TJ', 13: 'HE', 14: 'SX', 15: 'NM', 21: 'LN', 22: 'JL', 23: 'HL', 31: 'SH', 32: 'JS', 33: 'ZJ',
  34: 'AH', 35: 'FJ', 36: 'JX', 37: 'SD', 41: 'HA', 42: 'HB', 43: 'HN', 44: 'GD', 45: 'GX', 46: 'HI', 50: 'CQ',
  51: 'SC', 52: 'GZ', 53: 'YN', 54: 'XZ', 61: 'SN', 62: 'GS', 63: 'QH', 64: 'NX', 65: 'XJ', 71: 'TW', 91: 'HK', 92: 'MO',
}; // prettier-ignore
const CODE_ALIASES = new Map<string, string>([
  ...Object.entries(KZ_NUMERIC).map(([n, l]): [string, string] => [`KZ-${n}`, `KZ-${l}`]),
  ...Object.entries(CN_NUMERIC).map(([n, l]): [string, string] => [`CN-${n}`, `CN-${l}`]),
  ['IN-OD', 'IN-OR'],
  ['IN-UK', 'IN-UT'],
  ['IN-TS', 'IN-TG'],
  ['KR-51', 'KR-42'],
  ['KR-52', 'KR-45'],
]);

function placeCode(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const upper = value.trim().toUpperCase();
  return CODE_ALIASES.get(upper) ?? upper;
}

const countryOf = (code: string): string => code.split('-')[0] ?? code;

/** The same place, or a region and its own country. */
function samePlace(a: string | null, b: string | null): boolean {
  return a === b || (!!a && !!b && (countryOf(a) === b || countryOf(b) === a));
}

function placeCodes(list: unknown): string[] {
  const all = (Array.isArray(list) ? list : []).map(placeCode).filter((c): c is string => !!c);
  return [...new Set(all)];
}

/** Half of the parties in common, or more. */
function actorsAgree(gold: unknown, pred: unknown): boolean {
  const g = placeCodes(gold);
  const p = placeCodes(pred);
  if (g.length === 0 && p.length === 0) return true;
  const common = g.filter((x) => p.some((y) => samePlace(x, y))).length;
  return common > 0 && common * 2 >= Math.max(g.length, p.length);
}

// ---- names ----------------------------------------------------------------------------------

// Cyrillic (Russian, Kazakh, Uzbek, Tajik letters), Armenian and Georgian to a Latin skeleton by
// their common romanisations; then spellings that transliteration systems disagree on are merged,
// so Кошербаев and Kosherbayev meet. The tables are the contract scorer's, letter for letter.
const CYRILLIC_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h',
  і: 'i', ў: 'u', ҳ: 'h', ӯ: 'u', ҷ: 'j',
}; // prettier-ignore
const ARMENIAN_LATIN: Record<string, string> = {
  ա: 'a', բ: 'b', գ: 'g', դ: 'd', ե: 'e', զ: 'z', է: 'e', ը: 'y', թ: 't', ժ: 'zh', ի: 'i', լ: 'l', խ: 'kh',
  ծ: 'ts', կ: 'k', հ: 'h', ձ: 'dz', ղ: 'gh', ճ: 'ch', մ: 'm', յ: 'y', ն: 'n', շ: 'sh', ո: 'o', չ: 'ch', պ: 'p',
  ջ: 'j', ռ: 'r', ս: 's', վ: 'v', տ: 't', ր: 'r', ց: 'ts', ւ: 'v', փ: 'p', ք: 'k', օ: 'o', ֆ: 'f', և: 'ev',
}; // prettier-ignore
const GEORGIAN_LATIN: Record<string, string> = {
  ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: 'k', ლ: 'l', მ: 'm', ნ: 'n',
  ო: 'o', პ: 'p', ჟ: 'zh', რ: 'r', ს: 's', ტ: 't', უ: 'u', ფ: 'p', ქ: 'k', ღ: 'gh', ყ: 'q', შ: 'sh', ჩ: 'ch',
  ც: 'ts', ძ: 'dz', წ: 'ts', ჭ: 'ch', ხ: 'kh', ჯ: 'j', ჰ: 'h',
}; // prettier-ignore
const LETTERS: Record<string, string> = { ...CYRILLIC_LATIN, ...ARMENIAN_LATIN, ...GEORGIAN_LATIN };
/** Armenian ու is one vowel, u; read before the letters one by one. */
const DIGRAPHS: [RegExp, string][] = [[/ու/g, 'u']];
const SPELLING_MERGES: [RegExp, string][] = [
  [/kh/g, 'h'],
  [/dzh|dj|zh/g, 'j'],
  [/ts/g, 'c'],
  [/y/g, 'i'],
  [/ie/g, 'e'],
  [/ii/g, 'i'],
  [/(.)\1+/g, '$1'],
];

export function skeleton(word: string): string {
  const lower = DIGRAPHS.reduce((s, [pattern, to]) => s.replace(pattern, to), word.toLowerCase());
  const latin = Array.from(lower, (ch) => LETTERS[ch] ?? ch)
    .join('')
    .normalize('NFKD')
    .replace(/[^a-z]/g, '');
  return SPELLING_MERGES.reduce((s, [pattern, to]) => s.replace(pattern, to), latin);
}

function nameParts(name: unknown): string[] {
  return String(name ?? '')
    .split(/[\s.]+/)
    .filter((w) => w.length > 0)
    .map(skeleton)
    .filter(Boolean);
}

/** Equal, or long words one edit apart (a transliteration variant). */
const closeWords = (a: string, b: string): boolean => a === b || (Math.min(a.length, b.length) >= 6 && distance(a, b) <= 1);

// A name written "Surname Given Patronymic" (Ерманов Фарход Уразбаевич) ends in a patronymic.
const PATRONYMIC = /(vich|vna|ich|ogli|ugli|oglu|uli|kizi|kyzy)$/;

/** The skeleton words of a gold name, surname last (a surname-first name with a patronymic is turned round). */
function goldNameParts(name: unknown): string[] {
  const parts = nameParts(name);
  if (parts.length === 3 && PATRONYMIC.test(parts[2]!) && !PATRONYMIC.test(parts[1]!)) parts.push(parts.shift()!);
  return parts;
}

/** Matched by surname; where both give a first name, its initial must agree. */
export function samePerson(gold: Item, pred: Item): boolean {
  const g = goldNameParts(gold.name);
  const p = nameParts(pred.name);
  const surname = g[g.length - 1];
  if (!surname || p.length === 0 || !p.some((w) => closeWords(w, surname))) return false;
  const goldFirst = g.length > 1 ? g[0] : null;
  const predFirst = p.length > 1 && !closeWords(p[0]!, surname) ? p[0] : null;
  return !goldFirst || !predFirst || goldFirst[0] === predFirst[0];
}

// ---- pairing --------------------------------------------------------------------------------

type Pair = [gold: number, pred: number];
type Fits<G, P> = (gold: G, pred: P) => boolean;

/**
 * Maximum bipartite matching by augmenting paths (Kuhn), golds in order, preds in order. Written
 * here rather than taken from an assignment library because the pairs themselves (not only their
 * count) decide attribute agreement, and they must come out as the contract scorer pairs them.
 * With `prefer`, pairs that also satisfy it are made first, then the rest are paired.
 */
function pairUp<G, P>(gold: G[], pred: P[], fits: Fits<G, P>, prefer?: Fits<G, P>): Pair[] {
  if (prefer) {
    const first = pairUp(gold, pred, (g, p) => fits(g, p) && prefer(g, p));
    const goldLeft = gold.map((_, i) => i).filter((i) => !first.some(([gi]) => gi === i));
    const predLeft = pred.map((_, j) => j).filter((j) => !first.some(([, pj]) => pj === j));
    const rest = pairUp(
      goldLeft.map((i) => gold[i]!),
      predLeft.map((j) => pred[j]!),
      fits,
    );
    return [...first, ...rest.map(([i, j]): Pair => [goldLeft[i]!, predLeft[j]!])];
  }
  const goldOfPred = new Array<number>(pred.length).fill(-1);
  const candidates = gold.map((g) => pred.flatMap((p, j) => (fits(g, p) ? [j] : [])));
  const augment = (i: number, seen: boolean[]): boolean => {
    for (const j of candidates[i]!) {
      if (seen[j]) continue;
      seen[j] = true;
      if (goldOfPred[j]! < 0 || augment(goldOfPred[j]!, seen)) {
        goldOfPred[j] = i;
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, i) => augment(i, new Array<boolean>(pred.length).fill(false)));
  return goldOfPred.flatMap((i, j): Pair[] => (i >= 0 ? [[i, j]] : []));
}

// ---- comparisons ----------------------------------------------------------------------------

const alternatives = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);
const oneOf = (gold: unknown, pred: unknown): boolean => alternatives(gold).includes(pred);
const anyShared = (gold: unknown, pred: unknown): boolean => alternatives(gold).some((k) => alternatives(pred).includes(k));
const dateAgrees = (gold: unknown, pred: unknown): boolean => typeof pred === 'string' && pred.startsWith(String(gold));

function asNumber(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  return v == null ? null : Number(v);
}
const within = (a: number, b: number, rel: number): boolean => Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * rel + 1e-9;

/** Same metric, and the number: value within 2%, change within half a point (at least one given on both sides). */
function figuresAgree(gold: Item, pred: Item): boolean {
  if (!anyShared(gold.metric, pred.metric)) return false;
  const comparisons = [
    [asNumber(gold.value), asNumber(pred.value), (a: number, b: number) => within(a, b, 0.02)],
    [asNumber(gold.change_pct), asNumber(pred.change_pct), (a: number, b: number) => Math.abs(a - b) <= 0.5],
  ] as const;
  let agreed = 0;
  for (const [g, p, close] of comparisons) {
    if (g == null || p == null) continue;
    if (!close(g, p)) return false;
    agreed++;
  }
  return agreed > 0;
}

const itemsOf = (record: ScoredRecord, list: string): Item[] => (Array.isArray(record[list]) ? (record[list] as Item[]) : []);

/** Lists whose items are a type or kind plus actors, with details scored among matched pairs. */
const TYPED_LISTS: { list: ListName; key: string; details: [string, Fits<unknown, unknown>][] }[] = [
  { list: 'events', key: 'type', details: [['date', dateAgrees]] },
  {
    list: 'agreements',
    key: 'kind',
    details: [
      ['status', oneOf],
      ['year', oneOf],
      ['until', oneOf],
    ],
  },
  { list: 'plans', key: 'kind', details: [['year', oneOf]] },
];

interface FlowSlot {
  from: string | null;
  to: string | null;
  chapters: string[];
}
interface FlowTriple {
  from: string | null;
  to: string | null;
  chapter: string;
}

// ---- scoring --------------------------------------------------------------------------------

class Scoring {
  readonly lists = Object.fromEntries(LISTS.map((l) => [l, { gold: 0, pred: 0, tp: 0 }])) as Record<ListName, Tally>;
  readonly attributes = new Map<string, { right: number; of: number }>();

  /** Counts a list of one document; `ignored` preds are neither right nor wrong. */
  count(list: ListName, gold: number, pred: number, pairs: Pair[], ignored = 0): void {
    const t = this.lists[list];
    t.gold += gold;
    t.pred += pred - ignored;
    t.tp += pairs.length;
  }

  agree(name: string, agrees: boolean): void {
    const a = this.attributes.get(name) ?? { right: 0, of: 0 };
    this.attributes.set(name, a);
    a.of++;
    if (agrees) a.right++;
  }

  document(gold: ScoredRecord, pred: ScoredRecord): void {
    this.actors(gold, pred);
    this.people(gold, pred);
    for (const spec of TYPED_LISTS) this.typed(spec, gold, pred);
    this.flows(gold, pred);
    const gf = itemsOf(gold, 'figures');
    const pf = itemsOf(pred, 'figures');
    this.count('figures', gf.length, pf.length, pairUp(gf, pf, figuresAgree));
    const gs = [...new Set(itemsOf(gold, 'sectors'))];
    const ps = [...new Set(itemsOf(pred, 'sectors'))];
    this.count(
      'sectors',
      gs.length,
      ps.length,
      pairUp(gs, ps, (a, b) => a === b),
    );
    this.agree('published', alternatives(gold.published ?? null).includes(pred.published ?? null));
    this.agree('lang', gold.lang === pred.lang);
  }

  /** A predicted country is neither right nor wrong where gold holds one of its regions. */
  private actors(gold: ScoredRecord, pred: ScoredRecord): void {
    const g = placeCodes(gold.actors);
    const p = placeCodes(pred.actors);
    const pairs = pairUp(g, p, (a, b) => a === b);
    const ignored = p.filter((c) => !g.includes(c) && g.some((x) => countryOf(x) === c)).length;
    this.count('actors', g.length, p.length, pairs, ignored);
  }

  private people(gold: ScoredRecord, pred: ScoredRecord): void {
    const g = itemsOf(gold, 'people');
    const p = itemsOf(pred, 'people');
    const pairs = pairUp(g, p, samePerson, (a, b) => oneOf(a.role, b.role));
    this.count('people', g.length, p.length, pairs);
    for (const [i, j] of pairs) {
      const [gp, pp] = [g[i]!, p[j]!];
      if (gp.role) this.agree('people.role', oneOf(gp.role, pp.role));
      if (gp.actor) this.agree('people.actor', samePlace(placeCode(gp.actor), placeCode(pp.actor)));
    }
  }

  private typed({ list, key, details }: (typeof TYPED_LISTS)[number], gold: ScoredRecord, pred: ScoredRecord): void {
    const g = itemsOf(gold, list);
    const p = itemsOf(pred, list);
    const fits = (a: Item, b: Item) => anyShared(a[key], b[key]) && actorsAgree(a.actors, b.actors);
    const detailsAgree = (a: Item, b: Item) => details.every(([field, agrees]) => a[field] == null || agrees(a[field], b[field]));
    const pairs = pairUp(g, p, fits, detailsAgree);
    this.count(list, g.length, p.length, pairs);
    for (const [i, j] of pairs)
      for (const [field, agrees] of details) {
        if (g[i]![field] != null) this.agree(`${list}.${field}`, agrees(g[i]![field], p[j]![field]));
      }
  }

  /** (from, to, chapter) triples; a pred triple that only repeats an alternative of a matched slot is ignored. */
  private flows(gold: ScoredRecord, pred: ScoredRecord): void {
    const slots: FlowSlot[] = itemsOf(gold, 'flows').flatMap((f) =>
      (Array.isArray(f.goods) ? f.goods : []).map((goods) => ({
        from: placeCode(f.from),
        to: placeCode(f.to),
        chapters: alternatives(goods).map(String),
      })),
    );
    const triples = new Map<string, FlowTriple>();
    for (const f of itemsOf(pred, 'flows'))
      for (const ch of Array.isArray(f.goods) ? f.goods : []) {
        const t = { from: placeCode(f.from), to: placeCode(f.to), chapter: String(ch).padStart(2, '0').slice(0, 2) };
        const key = `${t.from}>${t.to}:${t.chapter}`;
        if (!triples.has(key)) triples.set(key, t);
      }
    const p = [...triples.values()];
    const fits = (s: FlowSlot, t: FlowTriple) => samePlace(s.from, t.from) && samePlace(s.to, t.to) && s.chapters.includes(t.chapter);
    const pairs = pairUp(slots, p, fits);
    const matched = new Set(pairs.map(([, j]) => j));
    const ignored = p.filter((t, j) => !matched.has(j) && slots.some((s) => fits(s, t))).length;
    this.count('flows', slots.length, p.length, pairs, ignored);
  }
}

function rates(t: Tally): ListScore {
  const p = t.pred ? t.tp / t.pred : t.gold ? 0 : 1;
  const r = t.gold ? t.tp / t.gold : 1;
  return { ...t, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Scores every gold document against the prediction with the same `doc` (missing: an empty record). */
export function scoreRecords(gold: Map<string, ScoredRecord>, pred: Map<string, ScoredRecord>): ScoreResult {
  const scoring = new Scoring();
  let missing = 0;
  for (const [doc, g] of gold) {
    const p = pred.get(doc);
    if (!p) missing++;
    scoring.document(g, p ?? { doc });
  }
  const lists = Object.fromEntries(LISTS.map((l) => [l, rates(scoring.lists[l])])) as Record<ListName, ListScore>;
  const total = Object.values(scoring.lists).reduce((a, t) => ({ gold: a.gold + t.gold, pred: a.pred + t.pred, tp: a.tp + t.tp }));
  const attributes = Object.fromEntries([...scoring.attributes].map(([k, a]) => [k, { ...a, share: a.of ? a.right / a.of : null }]));
  return { docs: gold.size, missing_docs: missing, lists, attributes, micro: rates({ ...total }) };
}

/** The report table, line for line as the contract scorer prints it. */
export function formatScore(result: ScoreResult): string {
  const fx = (x: number) => x.toFixed(3);
  const num = (n: number) => String(n).padStart(5);
  return [
    `documents: ${result.docs} in gold, ${result.missing_docs} of them without a predicted record`,
    'list        gold  pred    tp  precision  recall     F1',
    ...LISTS.map((l) => {
      const r = result.lists[l];
      return `${l.padEnd(10)} ${num(r.gold)} ${num(r.pred)} ${num(r.tp)}  ${fx(r.p).padStart(9)}  ${fx(r.r).padStart(6)}  ${fx(r.f1)}`;
    }),
    'agreement among matched items (right/of):',
    ...Object.entries(result.attributes).map(([k, a]) => `  ${k.padEnd(18)} ${a.right}/${a.of}`),
    `micro-F1 ${fx(result.micro.f1)}`,
  ].join('\n');
}
