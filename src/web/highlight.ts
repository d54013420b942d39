// Evidence spans over a document's text → consecutive pieces, each with the spans covering it.
// Pieces are rendered as React text nodes (never as HTML), so the text cannot inject markup.
// Hand-written: spans may overlap and nest, which highlighters built on regexes do not handle.

export interface Span<K = string> {
  start: number;
  end: number;
  kind: K;
  /** Identifies the item the span belongs to, e.g. "events/0". */
  key: string;
}

export interface Piece<K = string> {
  start: number;
  text: string;
  /** Covering spans, shortest first (the most specific colours the piece). */
  spans: Span<K>[];
}

export function pieces<K>(text: string, spans: Span<K>[]): Piece<K>[] {
  const valid = spans.map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) })).filter((s) => s.end > s.start);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: Piece<K>[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const covering = valid.filter((s) => s.start <= start && s.end >= end).sort((a, b) => a.end - a.start - (b.end - b.start));
    const last = out.at(-1);
    // Neighbouring plain pieces stay one text node.
    if (last && !covering.length && !last.spans.length) last.text += text.slice(start, end);
    else out.push({ start, text: text.slice(start, end), spans: covering });
  }
  return out;
}

/** A search snippet with [[ ]] around matched words → alternating plain and matched parts. */
export function snippetParts(snippet: string): { text: string; match: boolean }[] {
  return snippet
    .split(/(\[\[.*?\]\])/s)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('[[') && part.endsWith(']]') ? { text: part.slice(2, -2), match: true } : { text: part, match: false },
    );
}
