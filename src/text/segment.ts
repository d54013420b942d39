// Segmentation: tokens and sentences over the cleaned text, with offsets kept. Hand-written
// because the libraries at hand either drop offsets or do not know Russian news conventions
// (initials «Т. Ф.», «млн.», «г.», «им.» inside sentences; « — » datelines).
import type { Sentence, Token } from '../core/doc.js';
import { fold } from './normalize.js';

// Words, numbers (with decimal comma/point and thousands separators), and single punctuation.
// Apostrophes inside words: ' ’ ʼ and the Uzbek oʻ/gʻ marks ʻ ‘.
const TOKEN = /(\p{L}+(?:['’ʼʻ‘]\p{L}+)*)|(\d+(?:[.,]\d+)*)|(\S)/gu;

export function tokenize(text: string): Omit<Token, 'sentence'>[] {
  const out: Omit<Token, 'sentence'>[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    const surface = m[0];
    const kind = m[1] ? 'word' : m[2] ? 'number' : 'punct';
    const lower = fold(surface);
    out.push({
      start,
      end: start + surface.length,
      text: surface,
      lower,
      kind,
      upper: kind === 'word' && surface[0] !== surface[0]!.toLowerCase(),
    });
  }
  return out;
}

// Abbreviations after which a full stop does not end a sentence.
const NO_BREAK_AFTER = new Set([
  'г',
  'гг',
  'им',
  'т',
  'д',
  'ул',
  'пр',
  'млн',
  'млрд',
  'тыс',
  'руб',
  'долл',
  'см',
  'напр',
  'проф',
  'акад',
  'св',
  'ст',
  'обл',
  'р',
  'пос',
  'с',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'mt',
  'no',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'inc',
  'ltd',
  'co',
  'corp',
  'u',
  's',
]);

/**
 * Splits into sentences: at a paragraph break always; at . ! ? … when the next token starts a
 * sentence (upper case, a digit, an opening quote or dash) and the stop does not close an
 * abbreviation or an initial.
 */
export function splitSentences(text: string, tokens: Omit<Token, 'sentence'>[]): Sentence[] {
  const sentences: Sentence[] = [];
  let start = tokens.length ? tokens[0]!.start : 0;
  let first = 0;
  const close = (endToken: number, next: number) => {
    const last = tokens[endToken]!;
    sentences.push({ index: sentences.length, start, end: last.end });
    first = next;
    if (next < tokens.length) start = tokens[next]!.start;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    if (i >= first && hasNewline(text, t.end, next.start)) {
      close(i, i + 1);
      continue;
    }
    if (t.kind !== 'punct' || !/[.!?…]/.test(t.text)) continue;
    // A closing quote or bracket right after the stop belongs to the sentence.
    let end = i;
    while (tokens[end + 1] && /^[»"”)\]]$/.test(tokens[end + 1]!.text) && tokens[end + 1]!.start === tokens[end]!.end) end++;
    const after = tokens[end + 1];
    if (!after) break;
    if (text.slice(tokens[end]!.end, after.start).length === 0) continue;
    if (t.text === '.') {
      const prev = tokens[i - 1];
      if (prev && prev.kind === 'word' && prev.end === t.start) {
        // «…было заключено в октябре 2018 г. Как отметил…»: «г.» after a year («года») late in a sentence
        // may end it; elsewhere it is «город», or a date that opens the sentence («В 2018 г. Минск…»).
        const afterYear = /^гг?$/u.test(prev.lower) && /^(1[89]|20)\d\d$/u.test(tokens[i - 2]?.text ?? '') && i - first > 6;
        if (NO_BREAK_AFTER.has(prev.lower) && !afterYear) continue;
        // An initial: one capital letter followed by a stop.
        if (prev.text.length === 1 && prev.upper) continue;
      }
    }
    const opens = after.upper || after.kind === 'number' || /^[«"“—–-]$/.test(after.text);
    if (!opens) continue;
    close(end, end + 1);
    i = end;
  }
  if (first < tokens.length) sentences.push({ index: sentences.length, start, end: tokens[tokens.length - 1]!.end });
  return sentences;
}

/** A line break in text[from, to). */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Tokens with their sentence index, and the sentences. */
export function segment(text: string): { tokens: Token[]; sentences: Sentence[] } {
  const raw = tokenize(text);
  const sentences = splitSentences(text, raw);
  // The tokens just made gain their sentence in place: no second object per token.
  const tokens = raw as Token[];
  let s = 0;
  for (let i = 0; i < raw.length; i++) {
    const t = tokens[i]!;
    while (s < sentences.length - 1 && t.start >= sentences[s]!.end) s++;
    t.sentence = s;
  }
  return { tokens, sentences };
}
