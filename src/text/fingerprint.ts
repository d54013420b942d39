// Content identity and near-duplicate keys. The hash identifies exact content; MinHash over word
// shingles, cut into LSH bands, gives keys that two versions of one story share (a reprint with
// another header, a changed sentence) while two different stories on the same topic do not.
import { createHash } from 'node:crypto';
import { MinHash } from 'bloom-filters';
import { fold, words } from './normalize.js';

export interface Fingerprint {
  /** SHA-256 of the cleaned text, hex. */
  hash: string;
  /** LSH band keys, `b<band>:<hex>`; documents sharing any key are near-duplicate candidates. */
  bands: string[];
}

/** Words per shingle. */
const SHINGLE = 3;
/**
 * 40 bands of 5 rows: two texts share a band with probability 1 - (1 - J^5)^40 for shingle
 * Jaccard J: 0.96 at J = 0.6 (a reprint with its own header and edits), 0.72 at 0.5, but 0.013
 * at 0.2 and 0.0004 at 0.1 (different stories on one topic score 0.05-0.1).
 */
const BANDS = 40;
const ROWS = 5;
/** A prime below 2^26, so that a·x + b stays exact in a double (MinHash hashes in floating point). */
const PRIME = 67108859;

// The library's MinHashFactory draws its hash functions with Math.random; bands must be the same
// in every run (they are stored), so the functions come from a fixed seed instead.
const HASH_FUNCTIONS: MinHash['_hashFunctions'] = Array.from({ length: BANDS * ROWS }, (_, i) => {
  const digest = createHash('sha256').update(`coopgraph-minhash-${i}`).digest();
  return { a: 1 + (digest.readUInt32BE(0) % (PRIME - 1)), b: digest.readUInt32BE(4) % PRIME, c: PRIME };
});

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function fingerprint(text: string): Fingerprint {
  return { hash: contentHash(text), bands: lshBands(text) };
}

export function lshBands(text: string): string[] {
  const shingles = shingleHashes(text);
  if (shingles.length === 0) return [];
  const sketch = new MinHash(BANDS * ROWS, HASH_FUNCTIONS);
  for (const s of shingles) sketch.add(s);
  const signature = sketch._signature;
  return Array.from({ length: BANDS }, (_, band) => {
    const rows = signature.slice(band * ROWS, (band + 1) * ROWS);
    return `b${band}:${fnv1a(rows.join(',')).toString(16).padStart(8, '0')}`;
  });
}

/** Distinct hashes of the word shingles of a text (lower-cased, ё folded, punctuation ignored). */
function shingleHashes(text: string): number[] {
  const w = words(text).map(fold);
  const size = Math.min(SHINGLE, w.length);
  const set = new Set<number>();
  for (let i = 0; i + size <= w.length && size > 0; i++) set.add(fnv1a(w.slice(i, i + size).join(' ')) % PRIME);
  return [...set];
}

/** FNV-1a, 32 bits. Hand-written: the library's xxhash is ~30 times slower, and shingles are hashed by the hundred per document. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
