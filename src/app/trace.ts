// The trace layer as printed by `extract --trace`: per sentence, the rules that fired (with the
// items they made) and the ones a check stopped (with the check's name and what it says); as text
// for reading, or as JSON Lines, one entry a line.
import type { Doc, TraceEntry } from '../core/doc.js';
import { CHECKS, type CheckName } from '../resolve/rules.js';

/** What a check says, from the table in resolve/rules.ts. */
export function checkSays(check: string | undefined): string {
  return check && check in CHECKS ? CHECKS[check as CheckName].says : '';
}

/** One entry as a JSON object: the document, the sentence, the word, and why it stopped or what it made. */
export function traceRecords(doc: Doc): object[] {
  return (doc.trace?.entries ?? []).map((e) => ({
    doc: doc.id,
    sentence: e.sentence,
    rule: e.rule,
    outcome: e.outcome,
    ...(e.check ? { check: e.check, kind: CHECKS[e.check as CheckName]?.kind, why: checkSays(e.check) } : {}),
    word: doc.text.slice(e.start, e.end),
    start: e.start,
    end: e.end,
    ...(e.outcome === 'fired' ? { emitted: e.emitted ?? [] } : {}),
  }));
}

const MAX_SENTENCE = 300;

/** The trace as text: a head line, the story's own stops, then each sentence a rule looked at. */
export function traceText(doc: Doc): string {
  const trace = doc.trace;
  const lines = [`${doc.id} · ${doc.lang} · published ${doc.published ?? '?'} · parties ${trace?.main.join(', ') || '-'}`];
  if (!trace) return lines.join('\n');
  const bySentence = new Map<number, TraceEntry[]>();
  for (const e of trace.entries) bySentence.set(e.sentence, [...(bySentence.get(e.sentence) ?? []), e]);
  const width = Math.max(8, ...trace.entries.map((e) => e.rule.length));
  const entryLine = (e: TraceEntry) => {
    const word = e.sentence >= 0 ? `«${doc.text.slice(e.start, e.end)}» ` : '';
    if (e.outcome === 'stopped') return `    - ${e.rule.padEnd(width)}  ${word}stopped by ${e.check}: ${checkSays(e.check)}`;
    const made = e.emitted?.length
      ? e.emitted.map((x) => `${x.list}: ${itemText(x.list, x.item)}`).join('; ')
      : 'nothing kept (merged away or dropped)';
    return `    + ${e.rule.padEnd(width)}  ${word}→ ${made}`;
  };
  for (const e of bySentence.get(-1) ?? []) lines.push(entryLine(e).replace(/^ {4}/, '  '));
  const quiet: number[] = [];
  for (const s of doc.sentences) {
    const entries = bySentence.get(s.index);
    if (!entries?.length) {
      quiet.push(s.index);
      continue;
    }
    const text = doc.text.slice(s.start, s.end).replace(/\s+/g, ' ');
    lines.push(`  [${s.index}] ${text.length > MAX_SENTENCE ? `${text.slice(0, MAX_SENTENCE)}…` : text}`);
    const read = trace.sentences.find((x) => x.index === s.index);
    if (read) {
      const parts = [`parties ${read.parties.join(' ') || '-'}`];
      if (read.ahead.length) parts.push(`ahead ${read.ahead.map((w) => `«${w}»`).join(' ')}`);
      parts.push(...read.flags);
      lines.push(`      ${parts.join(' · ')}`);
    }
    for (const e of entries) lines.push(entryLine(e));
  }
  if (quiet.length) lines.push(`  no rule considered sentences ${quiet.join(', ')}`);
  return lines.join('\n');
}

const list = (xs: unknown) => (Array.isArray(xs) ? xs.join(' ') : '');
const opt = (prefix: string, x: unknown) => (x === null || x === undefined ? '' : ` ${prefix}${String(x)}`);

/** An item in one line: its kind first, then its parties and the rest. */
function itemText(name: string, it: Record<string, unknown>): string {
  switch (name) {
    case 'events':
      return `${it.type} ${list(it.actors)}${opt('', it.date)}${opt('in ', it.place)}`;
    case 'agreements':
      return `${it.kind} ${it.status} ${list(it.actors)}${opt('', it.year)}${opt('until ', it.until)}`;
    case 'flows':
      return `${it.from} → ${it.to} goods ${list(it.goods)}`;
    case 'figures':
      return `${it.metric} ${list(it.actors)}${opt('', it.value)}${opt('', it.unit)}${opt('change ', it.change_pct)}${opt('period ', it.period)}`;
    case 'plans':
      return `${it.kind} ${list(it.actors)}${opt('', it.year)}`;
    case 'sectors':
      return String(it.sector);
    case 'people':
      return `${it.name}${opt('', it.role)}${opt('of ', it.actor)}`;
    default:
      return JSON.stringify(it);
  }
}
