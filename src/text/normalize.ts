// Word normalisation shared by every stage that matches words against dictionaries or an index:
// lower case, ё folded to е, and a Snowball stem by script (Cyrillic: Russian, Latin: English).
// The Snowball stemmers come from a package; only the choice of stemmer per word is ours.
import snowball from 'snowball-stemmers';

const russian = snowball.newStemmer('russian');
const english = snowball.newStemmer('english');

const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * English words Snowball cuts down to a word of another family that the dictionaries use
 * ("important" to "import", which then reads as trade; "fruitful" cooperation to "fruit"): each
 * keeps a stem of its own.
 */
const OVERSTEMMED = new Map([
  ...['important', 'importance', 'importantly', 'unimportant'].map((w) => [w, 'important'] as const),
  ...['fruitful', 'fruitfully', 'fruitfulness'].map((w) => [w, 'fruitful'] as const),
]);

/** Lower case with ё → е and typographic apostrophes unified. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  // Most words have neither: test once before replacing.
  return FOLDED.test(lower) ? lower.replace(/ё/g, 'е').replace(/[’ʼʻ‘`]/g, "'") : lower;
}

const FOLDED = /[ё’ʼʻ‘`]/;

/** The stem of one word, chosen by its script. Hyphenated words are stemmed part by part. */
export function stem(word: string): string {
  const w = fold(word);
  if (w.includes('-')) return w.split('-').map(stemPart).join('-');
  return stemPart(w);
}

function stemPart(w: string): string {
  if (w.length < 3) return w;
  if (CYRILLIC.test(w)) return russian.stem(w);
  if (/^[a-z']+$/.test(w)) return OVERSTEMMED.get(w) ?? english.stem(w.replace(/'s$/, ''));
  return w;
}

/** Words of a text (letters and digits), for indexing and queries. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** A text as the space-separated stems of its words: what the full-text index stores and queries. */
export function stemText(text: string): string {
  return words(text)
    .map((w) => stem(w))
    .join(' ');
}
