// Bytes → text. A byte-order mark or the NUL pattern of UTF-16 decides first, then strict UTF-8;
// only then chardet guesses, and for the Cyrillic single-byte code pages (which chardet mixes up
// on short texts) the decoding that reads as more plausible Russian wins.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const CYRILLIC_SINGLE_BYTE = ['windows-1251', 'koi8-r', 'iso-8859-5', 'ibm866'];
/** The ten most frequent Russian letters make up 60% of a Russian text; the rarest ones 5%. */
const FREQUENT_RU = new Set('оеаинтсрвл');
const RARE_RU = new Set('жшюцщэфъё');
/** A random mix of Cyrillic letters scores about 0.1; Russian about 0.5. */
const MIN_RUSSIAN_SCORE = 0.25;
/** Tab, line feed, vertical tab, form feed, carriage return. */
const WHITESPACE_CONTROLS = new Set([9, 10, 11, 12, 13]);
const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lossy = new TextDecoder('utf-8');
/** At most this share of a UTF-8 file's non-ASCII characters may be broken before it reads as another encoding. */
const MAX_BROKEN_UTF8 = 0.02;
/** File formats that are not text, by their first bytes: refused by name rather than decoded as mojibake. */
const BINARY_FORMATS: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP (also DOCX, ODT, XLSX)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['legacy Word or Excel (OLE)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['RTF', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
];

export function decode(bytes: Uint8Array): Decoded {
  const bom = fromBom(bytes);
  if (bom) return bom;
  const utf16 = utf16ByPattern(bytes);
  if (utf16) return decodeAs(bytes, utf16);
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  const format = BINARY_FORMATS.find(([, magic]) => magic.every((b, i) => bytes[i] === b));
  if (format) return { ok: false, reason: `binary file: ${format[0]}, not text (convert it to text or HTML first)` };
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return mostlyUtf8(bytes) ?? decodeGuessed(bytes);
  }
}

/**
 * UTF-8 with a few broken bytes (a truncated copy, one stray byte) is still UTF-8: decoded with
 * U+FFFD in their place. A single-byte code page decoded as UTF-8 breaks on nearly every letter.
 */
function mostlyUtf8(bytes: Uint8Array): Decoded | null {
  const text = utf8Lossy.decode(bytes);
  let broken = 0;
  let other = 0;
  for (const ch of text) {
    if (ch === '\ufffd') broken++;
    else if (ch.charCodeAt(0) > 0x7f) other++;
  }
  return other > 0 && broken / (broken + other) <= MAX_BROKEN_UTF8 ? { ok: true, text, encoding: 'utf-8' } : null;
}

function fromBom(bytes: Uint8Array): Decoded | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes.subarray(2), 'utf-16be');
  return null;
}

/**
 * UTF-16 without a mark: in Latin or Cyrillic text every other byte is the same high byte
 * (0x00 or 0x04). The side where that byte sits tells the byte order.
 */
function utf16ByPattern(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0x00 || bytes[i] === 0x04) evenHigh++;
    if (bytes[i + 1] === 0x00 || bytes[i + 1] === 0x04) oddHigh++;
  }
  const pairs = n / 2;
  if (oddHigh / pairs > 0.7 && evenHigh / pairs < 0.1) return 'utf-16le';
  if (evenHigh / pairs > 0.7 && oddHigh / pairs < 0.1) return 'utf-16be';
  return null;
}

function decodeGuessed(bytes: Uint8Array): Decoded {
  const cyrillic = bestCyrillic(Buffer.from(bytes));
  if (cyrillic) return cyrillic;
  const known = chardet
    .analyse(bytes)
    .map((m) => m.name)
    .find((name) => name.toLowerCase() !== 'utf-8' && iconv.encodingExists(name));
  if (!known) return { ok: false, reason: 'binary or undecodable text (no known encoding fits)' };
  const decoded = decodeAs(bytes, known);
  return decoded.ok && isMostlyText(decoded.text) ? decoded : { ok: false, reason: `binary or undecodable text (best guess ${known})` };
}

/** The Cyrillic code page under which the bytes read as Russian, if one does. */
function bestCyrillic(bytes: Buffer): Decoded | null {
  let best: Decoded | null = null;
  let bestScore = MIN_RUSSIAN_SCORE;
  for (const encoding of CYRILLIC_SINGLE_BYTE) {
    const text = iconv.decode(bytes, encoding);
    const score = russianScore(text);
    if (score > bestScore && isMostlyText(text)) {
      best = { ok: true, text, encoding };
      bestScore = score;
    }
  }
  return best;
}

function decodeAs(bytes: Uint8Array, encoding: string): Decoded {
  return { ok: true, text: iconv.decode(Buffer.from(bytes), encoding, { stripBOM: true }), encoding };
}

/**
 * How Russian a decoding reads, per letter: frequent Russian letters count for, rare ones against,
 * and so do words whose case is broken inside (`пРИВЕТ`: what a wrong code page makes of
 * `Привет`, since KOI8-R and 1251 put the cases in each other's places). Below zero for non-Cyrillic text.
 */
function russianScore(text: string): number {
  // Per character that is not ASCII punctuation, space or digit, so that box-drawing and other
  // symbols a wrong code page produces weigh against it.
  const letters = text.match(/[^\s\d!-/:-@[-`{-~]/g)?.length ?? 0;
  let score = 0;
  for (const word of text.match(/[\u0400-\u04ff]+/g) ?? []) {
    for (const ch of word.toLowerCase()) score += FREQUENT_RU.has(ch) ? 1 : RARE_RU.has(ch) ? -1 : 0;
    if (/\p{Ll}\p{Lu}/u.test(word)) score -= 2;
  }
  return letters === 0 ? -1 : score / letters;
}

/** Decoded text of a binary file is full of control characters; real text has almost none. */
function isMostlyText(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && !WHITESPACE_CONTROLS.has(c)) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) controls++;
  }
  return controls / Math.max(text.length, 1) < 0.01;
}
