// The recorder the relation rules report to: which rule fired on which word, and which check
// stopped a rule it considered. It fills `doc.trace` when the caller asked for one (`extract
// --trace`); otherwise the rules talk to a recorder that does nothing and costs nothing but the call.
import type { Doc, Mention, Span, TraceEntry } from '../core/doc.js';
import { PLAN_KINDS, type Evidence, type FactsRecord, type PlanKind, type TriggerKind } from '../core/facts.js';
import type { Parties } from './parties.js';
import type { CheckName, RuleName } from './rules.js';
import { flowRule } from './rules.js';
import type { SentenceView } from './sentences.js';

/** Where a rule was considered: a word of a sentence (a mention), or a whole sentence (`sentenceAt`). */
export type At = Span & { sentence: number; kind?: Mention['kind']; attrs?: Mention['attrs'] };

export interface Recorder {
  readonly on: boolean;
  /** Returns `cond`; when it holds, records that `rule` (else the word's own) was stopped at `at` by `check`. */
  veto(cond: boolean, at: At, check: CheckName, rule?: RuleName): boolean;
  /** Returns `cond`; when it does not hold, records that the condition `check` stopped the rule. */
  need(cond: boolean, at: At, check: CheckName, rule?: RuleName): boolean;
  /** Returns `cond`; when it holds, records the stop for each word `words()` lists (called only when tracing). */
  vetoAll(cond: boolean, words: () => readonly At[], check: CheckName, rule?: RuleName): boolean;
  /** Records that `rule` fired at `at`, making the item whose evidence is `ev`. */
  fired(at: At, rule: RuleName, ev: Evidence): void;
  /** Records that `rule` fired at `at`, making an item that carries no evidence (a sector). */
  made(at: At, rule: RuleName, list: string, item: Record<string, unknown>): void;
}

const OFF: Recorder = {
  on: false,
  veto: (cond) => cond,
  need: (cond) => cond,
  vetoAll: (cond) => cond,
  fired: () => {},
  made: () => {},
};

/** The recorder of a document: the null one unless `doc.trace` was asked for. */
export function recorder(doc: Doc): Recorder {
  const trace = doc.trace;
  if (!trace) return OFF;
  const stop = (at: At, check: CheckName, rule: RuleName | undefined) => {
    const name = rule ?? wordRule(at);
    if (name) trace.entries.push({ sentence: at.sentence, rule: name, outcome: 'stopped', check, start: at.start, end: at.end });
  };
  return {
    on: true,
    veto(cond, at, check, rule) {
      if (cond) stop(at, check, rule);
      return cond;
    },
    need(cond, at, check, rule) {
      if (!cond) stop(at, check, rule);
      return cond;
    },
    vetoAll(cond, words, check, rule) {
      if (cond) for (const w of words()) stop(w, check, rule);
      return cond;
    },
    fired(at, rule, ev) {
      trace.entries.push({ sentence: at.sentence, rule, outcome: 'fired', start: ev.start, end: ev.end });
    },
    made(at, rule, list, item) {
      trace.entries.push({ sentence: at.sentence, rule, outcome: 'fired', start: at.start, end: at.end, emitted: [{ list, item }] });
    },
  };
}

/** A whole sentence as the place a rule was considered. */
export const sentenceAt = (v: SentenceView): At => ({ sentence: v.index, start: v.start, end: v.end });

/** The story as a whole (sentence -1). */
export const storyAt: At = { sentence: -1, start: 0, end: 0 };

/** The rule that reads each kind of event word. */
const EVENT_RULE: Record<TriggerKind<'event'>, RuleName> = {
  discussion: 'meeting',
  reception: 'meeting',
  meeting: 'meeting',
  visit: 'visit',
  signing: 'signing',
  forum: 'forum',
  proposal: 'proposal',
  interest: 'proposal',
};

/** The rule a trigger word is read by, from its group and first kind; null for words no rule reads alone. */
export function wordRule(at: At): RuleName | null {
  if (at.kind === 'number' || at.kind === 'money' || at.kind === 'percent') return 'figure:other';
  if (at.kind === 'person') return 'person';
  if (at.kind !== 'trigger') return null;
  const group = at.attrs?.group as string | undefined;
  const kind = ((at.attrs?.kinds as string[] | undefined) ?? [])[0];
  if (group === 'event') return EVENT_RULE[kind as TriggerKind<'event'>] ?? null;
  if (group === 'agreement') return 'agreement:signed';
  if (group === 'flow') return flowRule(kind);
  if (group === 'plan') return (PLAN_KINDS as readonly string[]).includes(kind ?? '') ? `plan:${kind as PlanKind}` : 'plan:other';
  return null;
}

/** Records the story's principal parties and the parties each sentence names. */
export function traceStory(doc: Doc, parties: Parties): void {
  if (!doc.trace) return;
  doc.trace.main = [...parties.main];
  doc.trace.sentences = doc.sentences.map((s) => ({
    index: s.index,
    parties: [...new Set((parties.bySentence.get(s.index) ?? []).map((r) => r.code))],
    ahead: [],
    flags: [],
  }));
}

/** Records what the rules read in each sentence: its parties (after the dateline), future words and flags. */
export function traceViews(doc: Doc, views: SentenceView[]): void {
  if (!doc.trace) return;
  doc.trace.sentences = views.map((v) => ({
    index: v.index,
    parties: [...new Set(v.parties.map((r) => r.code))],
    ahead: v.ahead.map((m) => doc.text.slice(m.start, m.end)),
    flags: [
      ...(v.datedAhead ? ['dated ahead'] : []),
      ...(v.future && !v.ahead.length && !v.datedAhead ? ['prospect'] : []),
      ...(v.unrealized ? ['unrealized'] : []),
      ...(v.recalls ? ['recalls'] : []),
      ...(v.quoted ? ['quoted'] : []),
    ],
  }));
}

type Lists = Pick<FactsRecord, 'people' | 'events' | 'agreements' | 'flows' | 'figures' | 'plans'>;
const LISTS = ['people', 'events', 'agreements', 'flows', 'figures', 'plans'] as const satisfies readonly (keyof Lists)[];

/**
 * Ties each fired entry to the items of the finished record that carry its evidence (an item
 * merged from several reports carries each one's); an entry no item carries was dropped later
 * (a duplicate, or figures without any other item).
 */
export function linkTrace(doc: Doc): void {
  if (!doc.trace || !doc.facts) return;
  const fired = new Map<string, TraceEntry[]>();
  const key = (rule: string, start: number, end: number) => `${rule}|${start}|${end}`;
  for (const e of doc.trace.entries) {
    if (e.outcome !== 'fired') continue;
    const k = key(e.rule, e.start, e.end);
    fired.set(k, [...(fired.get(k) ?? []), e]);
  }
  for (const list of LISTS)
    for (const item of doc.facts[list] as { evidence?: Evidence[] }[]) {
      const { evidence, ...rest } = item;
      for (const ev of evidence ?? [])
        for (const e of fired.get(key(ev.rule ?? '', ev.start, ev.end)) ?? []) {
          e.emitted ??= [];
          if (!e.emitted.some((x) => x.item === rest || JSON.stringify(x.item) === JSON.stringify(rest)))
            e.emitted.push({ list, item: rest });
        }
    }
}
