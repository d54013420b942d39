// Just enough Russian morphology to match dictionary phrases against inflected text: a word is
// reduced to a base by removing a case ending, with noun and adjective endings kept apart so
// that «Омская» (adjective) never matches «Омск» (noun). Proper names defeat stemmers built for
// common words (Snowball keeps «узбекистан» but cuts «узбекистана» to «узбекиста»), and no
// maintained npm morphology for Russian runs without downloaded dictionaries, hence this.
import { stem } from './normalize.js';

// Longest first, so that the first hit removes the whole ending.
const NOUN_ENDINGS = [
  'ями',
  'ами',
  'ом',
  'ем',
  'ём',
  'ой',
  'ей',
  'ою',
  'ью',
  'ов',
  'ев',
  'ам',
  'ям',
  'ах',
  'ях',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'и',
  'ы',
  'ь',
  'й',
  'о',
  '',
].sort((a, b) => b.length - a.length);

const NOMINATIVE_ENDINGS = ['а', 'я', 'о', 'е', 'ь', 'й', 'ы', 'и'];

const ADJ_ENDINGS = [
  'ей',
  'ею',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ый',
  'ий',
  'ой',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ым',
  'им',
  'ом',
  'ем',
  'ую',
  'юю',
  'ых',
  'их',
  'ую',
  'о',
].sort((a, b) => b.length - a.length);

const ADJ_DICTIONARY_FORM = /(ый|ий|ой|ая|яя|ое|ее|ые|ие)$/;
const CYRILLIC = /[а-яё]/;
const MIN_BASE = 2;

/**
 * The match keys of a dictionary word (in its dictionary form): usually one; two where the form
 * could be a noun or an adjective («оборудование», «алюминий» end like «синие», «синий»).
 */
export function dictionaryKeys(word: string): string[] {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  // A trailing * asks for any word that begins with the rest (verbs, derived forms).
  if (w.endsWith('*')) return [`s:${w.slice(0, -1)}`];
  if (isAbbreviation(word)) return [`x:${word}`];
  if (!CYRILLIC.test(w)) return [englishKey(w)];
  const keys: string[] = [];
  const adj = ADJ_DICTIONARY_FORM.exec(w);
  if (adj && w.length - adj[0].length >= MIN_BASE) {
    keys.push(`a:${w.slice(0, -adj[0].length)}`);
    // Only -ие/-ий words outside the -ский/-цкий type may also be nouns.
    if (!/(ие|ий)$/.test(w) || /(ск|цк)(ие|ий)$/.test(w)) return keys;
  }
  // The first part of a hyphenated adjective («восточно-»).
  if (!keys.length && w.endsWith('о') && w.length > 4 && /(н|ск|цк)о$/.test(w)) return [`a:${w.slice(0, -1)}`];
  // A dictionary form is a nominative: only its endings come off («Ростов», «Вьетнам» keep -ов, -ам).
  for (const e of NOMINATIVE_ENDINGS) if (w.endsWith(e) && w.length - e.length >= MIN_BASE) return [...keys, `n:${w.slice(0, -e.length)}`];
  return [...keys, `n:${w}`];
}

/** The first match key of a dictionary word. */
export function dictionaryKey(word: string): string {
  return dictionaryKeys(word)[0]!;
}

// Words recur across documents: their keys are kept (the table is dropped when it grows large).
const memo = new Map<string, string[]>();
const MEMO_LIMIT = 200_000;

/** Every key a text word could match: one per ending it may carry, noun and adjective. */
export function textKeys(word: string): string[] {
  let keys = memo.get(word);
  if (!keys) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    keys = readKeys(word);
    memo.set(word, keys);
  }
  return keys;
}

function readKeys(word: string): string[] {
  // A capital without a lowercase form (ϒ, 𝖣) stays an abbreviation after lowercasing: read the
  // lowercased word only when it differs, or this would recurse forever.
  if (isAbbreviation(word)) {
    const lower = word.toLowerCase();
    return lower === word ? [`x:${word}`] : [`x:${word}`, ...readKeys(lower)];
  }
  const w = word.toLowerCase().replace(/ё/g, 'е');
  // Prefix keys (s:) are not listed: a matcher tests them against the word itself.
  const keys: string[] = [];
  if (!CYRILLIC.test(w)) {
    keys.push(englishKey(w.replace(/['’ʼ]s$/, '')));
    return keys;
  }
  for (const e of NOUN_ENDINGS) if (w.endsWith(e) && w.length - e.length >= MIN_BASE) keys.push(`n:${w.slice(0, w.length - e.length)}`);
  for (const e of ADJ_ENDINGS) if (w.endsWith(e) && w.length - e.length >= MIN_BASE) keys.push(`a:${w.slice(0, -e.length)}`);
  return keys;
}

export function isAbbreviation(word: string): boolean {
  return word.length >= 2 && word.length <= 6 && word === word.toUpperCase() && /^\p{Lu}+$/u.test(word);
}

/**
 * An English word by its stem, keeping -ed and -ing apart: Snowball gives "head" and "headed"
 * one stem, but an office ("region head") is not a verb ("region headed by").
 */
function englishKey(w: string): string {
  const form = /[^e]ed$/.test(w) ? ':ed' : /ing$/.test(w) && w.length >= 5 ? ':ing' : '';
  return `e:${stem(w)}${form}`;
}
