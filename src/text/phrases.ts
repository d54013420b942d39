// A dictionary matcher: phrases (in dictionary form) with payloads, found in token sequences
// whatever their inflection. Longest match wins at each position; matches do not overlap.
import type { Token } from '../core/doc.js';
import { dictionaryKeys, textKeys } from './morph.js';
import { tokenize } from './segment.js';

export interface PhraseMatch<T> {
  tokenStart: number;
  tokenEnd: number;
  payloads: T[];
}

interface PrefixNode<E> {
  next: Map<string, PrefixNode<E>>;
  entries: E[];
}

interface Entry<T> {
  /** Per word of the phrase, the keys any of which a text word may match. */
  words: WordKeys[];
  payload: T;
  /** The phrase starts with a capital: the text must too (proper names, «Дни культуры»). */
  cased: boolean;
}

const SKIPPED = /^[-‐–—'’"«»“”]$/;

/**
 * Which matchers have a phrase starting with a key: first-word keys, and prefix keys in one letter
 * trie, each with a bit per matcher. Some twenty matchers scan each document; which of them a
 * token may start a phrase of is found once per document, and each matcher looks only at its own
 * tokens. `generation` moves with every phrase added.
 */
const starts = { keys: new Map<string, number>(), prefixes: { next: new Map(), entries: [] } as PrefixNode<number>, generation: 0 };
/** Words whose start lists a matcher keeps (then it starts over). */
const START_LISTS_LIMIT = 50_000;
/** Matchers past the 31st share the last bit: they look at every token any of them may start. */
let matchers = 0;

export class PhraseMatcher<T> {
  private readonly bit = 1 << Math.min(matchers++, 30);
  private byFirst = new Map<string, Entry<T>[]>();
  /** Prefix entries («подписа*») in a letter trie: a word walks it once, with no key strings made. */
  private prefixes: PrefixNode<Entry<T>> = { next: new Map(), entries: [] };
  /** Per word (its shared keys), the lists of entries it may start, in the order they are tried; emptied by `add`. */
  private startLists = new Map<TokenKeys, Entry<T>[][]>();

  add(phrase: string, payload: T): void {
    const words = tokenize(phrase).filter((t) => t.kind !== 'punct' || !SKIPPED.test(t.text));
    const keys: string[][] = [];
    words.forEach((t, i) => {
      // «подписа*»: the star makes the word before it a prefix.
      if (t.text === '*' && i > 0 && words[i - 1]!.end === t.start) keys[keys.length - 1] = dictionaryKeys(`${words[i - 1]!.text}*`);
      else keys.push(t.kind === 'word' ? dictionaryKeys(t.text) : [`p:${t.lower}`]);
    });
    if (!keys.length) return;
    const entry = { words: keys.map(wordKeys), payload, cased: words[0]!.upper };
    starts.generation++;
    this.startLists.clear();
    for (const key of keys[0]!) {
      if (key.startsWith('s:')) {
        addPrefix(starts.prefixes, key.slice(2), this.bit);
        addPrefix(this.prefixes, key.slice(2), entry);
        continue;
      }
      starts.keys.set(key, (starts.keys.get(key) ?? 0) | this.bit);
      const list = this.byFirst.get(key) ?? [];
      list.push(entry);
      this.byFirst.set(key, list);
    }
  }

  /** Matches in tokens[from, to), hyphens and quotes inside a phrase skipped on both sides. */
  find(tokens: Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let i = from;
    const startsPhrase = phraseStarts(tokens);
    while (i < to) {
      const t = tokens[i]!;
      let best: PhraseMatch<T> | null = null;
      if (startsPhrase[i]! & this.bit && !isSkipped(t)) {
        for (const list of this.listsFor(tokenKeys(tokens, i))) best = this.longest(list, tokens, i, to, best);
      }
      if (best) {
        out.push(best);
        i = best.tokenEnd;
      } else i++;
    }
    return out;
  }

  /** The entries a word may start: those of its keys, then those of the prefixes it begins with, shortest first. */
  private listsFor(tk: TokenKeys): Entry<T>[][] {
    let lists = this.startLists.get(tk);
    if (lists) return lists;
    lists = [];
    for (const key of tk.keys) {
      const list = this.byFirst.get(key);
      if (list) lists.push(list);
    }
    let node: PrefixNode<Entry<T>> | undefined = this.prefixes.next.size ? this.prefixes : undefined;
    for (let c = 0; node && c < tk.word.length; c++) {
      node = node.next.get(tk.word[c]!);
      if (node?.entries.length) lists.push(node.entries);
    }
    if (this.startLists.size >= START_LISTS_LIMIT) this.startLists.clear();
    this.startLists.set(tk, lists);
    return lists;
  }

  /** The longest of the best match so far and the entries of a list that match at token i. */
  private longest(list: Entry<T>[], tokens: Token[], i: number, to: number, best: PhraseMatch<T> | null): PhraseMatch<T> | null {
    for (const entry of list) {
      if (entry.cased && !tokens[i]!.upper) continue;
      const end = matchRest(entry.words, tokens, i, to);
      if (end < 0) continue;
      if (!best || end > best.tokenEnd) best = { tokenStart: i, tokenEnd: end, payloads: [entry.payload] };
      else if (end === best.tokenEnd && !best.payloads.includes(entry.payload)) best.payloads.push(entry.payload);
    }
    return best;
  }
}

function addPrefix<E>(root: PrefixNode<E>, prefix: string, entry: E): void {
  let node = root;
  for (const ch of prefix) {
    let next = node.next.get(ch);
    if (!next) node.next.set(ch, (next = { next: new Map(), entries: [] }));
    node = next;
  }
  node.entries.push(entry);
}

/** Per token array (a document's, or a phrase built from its tokens), its marks at a generation. */
const marks = new WeakMap<Token[], { generation: number; starts: Int32Array }>();

/** Per token, the bits of the matchers a phrase of which may start there (for the last token array seen). */
function phraseStarts(tokens: Token[]): Int32Array {
  const known = marks.get(tokens);
  if (known && known.generation === starts.generation) return known.starts;
  const out = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const tk = tokenKeys(tokens, i);
    if (tk.generation !== starts.generation) {
      tk.starts = startBits(tk);
      tk.generation = starts.generation;
    }
    out[i] = tk.starts;
  }
  marks.set(tokens, { generation: starts.generation, starts: out });
  return out;
}

function startBits(tk: TokenKeys): number {
  let bits = 0;
  for (const k of tk.keys) bits |= starts.keys.get(k) ?? 0;
  let node: PrefixNode<number> | undefined = starts.prefixes;
  for (let c = 0; node && c < tk.word.length; c++) {
    node = node.next.get(tk.word[c]!);
    for (const b of node?.entries ?? []) bits |= b;
  }
  return bits;
}

function isSkipped(t: Token): boolean {
  return t.kind === 'punct' && SKIPPED.test(t.text);
}

interface WordKeys {
  exact: string[];
  prefixes: string[];
}

function wordKeys(keys: string[]): WordKeys {
  return { exact: keys.filter((k) => !k.startsWith('s:')), prefixes: keys.filter((k) => k.startsWith('s:')).map((k) => k.slice(2)) };
}

function matchRest(words: WordKeys[], tokens: Token[], start: number, to: number): number {
  let i = start + 1;
  const sentence = tokens[start]!.sentence;
  for (let k = 1; k < words.length; k++) {
    while (i < to && isSkipped(tokens[i]!) && tokens[i]!.sentence === sentence) i++;
    if (i >= to || tokens[i]!.sentence !== sentence) return -1;
    if (!hasAnyKey(tokenKeys(tokens, i), words[k]!)) return -1;
    i++;
  }
  return i;
}

interface TokenKeys {
  keys: string[];
  /** The word in lower case, for prefix keys. */
  word: string;
  /** The bits of the matchers a phrase of which may start with this token, at `generation`. */
  starts: number;
  generation: number;
}

function hasAnyKey(tk: TokenKeys, w: WordKeys): boolean {
  for (const key of w.exact) if (tk.keys.includes(key)) return true;
  for (const prefix of w.prefixes) if (tk.word.startsWith(prefix)) return true;
  return false;
}

// Every matcher scans the same document in turn: the keys of its tokens are found once per token
// array (the last one at hand, the others kept while their array lives). A token's keys depend on
// its text only, and words recur across documents: the keys of a word are made once and shared by
// every token of it (the table is dropped when it grows large), with no object made per token.
const keysOf = new WeakMap<Token[], (TokenKeys | undefined)[]>();
let cached: { tokens: Token[]; keys: (TokenKeys | undefined)[] } = { tokens: [], keys: [] };
const wordKeysMemo = new Map<string, TokenKeys>();
const punctKeysMemo = new Map<string, TokenKeys>();
const KEYS_LIMIT = 200_000;

/** The keys of token i. */
function tokenKeys(tokens: Token[], i: number): TokenKeys {
  if (cached.tokens !== tokens) {
    let keys = keysOf.get(tokens);
    if (!keys) keysOf.set(tokens, (keys = new Array<TokenKeys | undefined>(tokens.length)));
    cached = { tokens, keys };
  }
  let keys = cached.keys[i];
  if (!keys) {
    const t = tokens[i]!;
    const word = t.kind === 'word';
    const memo = word ? wordKeysMemo : punctKeysMemo;
    keys = memo.get(word ? t.text : t.lower);
    // The lower-case form of a word is made from its text; a token made otherwise gets keys of its own.
    if (!keys || (word && keys.word !== t.lower)) {
      keys = word
        ? { keys: textKeys(t.text), word: t.lower, starts: 0, generation: -1 }
        : { keys: [`p:${t.lower}`], word: '', starts: 0, generation: -1 };
      if (memo.size >= KEYS_LIMIT) memo.clear();
      memo.set(word ? t.text : t.lower, keys);
    }
    cached.keys[i] = keys;
  }
  return keys;
}
