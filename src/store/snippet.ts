// Search snippets, computed here rather than by each engine's highlighter so that SQLite and
// PostgreSQL give identical output: a window of the document's own text around the first word
// whose stem is among the query's stems, matched words wrapped in [[ ]].
import { stem, words } from '../text/normalize.js';

export const MARK_OPEN = '[[';
export const MARK_CLOSE = ']]';

interface WordSpan {
  start: number;
  end: number;
  hit: boolean;
}

export function queryStems(q: string): Set<string> {
  return new Set(words(q).map((w) => stem(w)));
}

/** Words of `text` with their offsets, marked when their stem (or, for a hyphenated word, one part's stem) is a query stem. */
function wordSpans(text: string, stems: ReadonlySet<string>): WordSpan[] {
  let at = 0;
  return words(text).map((w) => {
    const start = text.indexOf(w, at);
    at = start + w.length;
    const s = stem(w);
    return { start, end: at, hit: stems.has(s) || s.split('-').some((part) => stems.has(part)) };
  });
}

export function snippet(text: string, stems: ReadonlySet<string>, width = 200): string {
  const spans = wordSpans(text, stems);
  const first = spans.find((s) => s.hit);
  // A quarter of the window before the first match, the rest after it; whole words only.
  const want = first ? Math.max(0, first.start - Math.floor(width / 4)) : 0;
  const from = Math.max(0, Math.min(want, text.length - width));
  const inside = spans.filter((s) => s.start >= from && s.end <= from + width);
  if (inside.length === 0) return '';
  const start = inside[0]!.start === spans[0]!.start ? 0 : inside[0]!.start;
  const end = inside.at(-1)!.end === spans.at(-1)!.end ? text.length : inside.at(-1)!.end;
  let out = '';
  let at = start;
  for (const s of inside) {
    if (!s.hit) continue;
    out += text.slice(at, s.start) + MARK_OPEN + text.slice(s.start, s.end) + MARK_CLOSE;
    at = s.end;
  }
  out += text.slice(at, end);
  return (start > 0 ? '…' : '') + out.replace(/\s+/g, ' ').trim() + (end < text.length ? '…' : '');
}
