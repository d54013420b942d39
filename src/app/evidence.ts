// Facts records as printed: plain (the contract's fields, evidence dropped) or explained (each
// item's evidence carries the sentence it rests on, taken from the document's text).
import type { Doc } from '../core/doc.js';
import type { Evidence, FactsRecord } from '../core/facts.js';

type Explainable = { evidence?: Evidence[] };

function mapItems(facts: FactsRecord, f: <T extends Explainable>(item: T) => T): FactsRecord {
  return {
    ...facts,
    people: facts.people.map(f),
    events: facts.events.map(f),
    agreements: facts.agreements.map(f),
    flows: facts.flows.map(f),
    figures: facts.figures.map(f),
    plans: facts.plans.map(f),
  };
}

/** Evidence left out (serialized JSON drops the undefined field). */
export function withoutEvidence(facts: FactsRecord): FactsRecord {
  return mapItems(facts, (item) => ({ ...item, evidence: undefined }));
}

/** Where each sector of the record was named, with the rule that kept it (from the document's trace). */
export interface SectorEvidence extends Evidence {
  sector: string;
}

/**
 * The record with each item's sentence, and `sectorEvidence` beside the contract's plain list of
 * sectors: the words that named each one, read from the trace when the analysis kept one.
 */
export function explained(facts: FactsRecord, doc: Doc): FactsRecord & { sectorEvidence?: SectorEvidence[] } {
  const sentenceOf = (ev: Evidence): string => {
    const s = doc.sentences.find((x) => x.start <= ev.start && ev.start < x.end) ?? ev;
    return doc.text.slice(s.start, s.end);
  };
  const explain = (ev: Evidence): Evidence => (ev.sentence ? ev : { ...ev, sentence: sentenceOf(ev) });
  const items = mapItems(facts, (item) => (item.evidence ? { ...item, evidence: item.evidence.map(explain) } : item));
  if (!doc.trace) return items;
  const sectorEvidence = doc.trace.entries.flatMap((e) =>
    e.outcome === 'fired' && e.rule === 'sector'
      ? (e.emitted ?? []).map(({ item }) => ({ sector: String(item.sector), ...explain({ start: e.start, end: e.end, rule: e.rule }) }))
      : [],
  );
  return { ...items, sectorEvidence };
}
