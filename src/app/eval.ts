// The evaluation use case: extract facts from a gold set's documents (DIR/docs), score them
// against its gold records (DIR/gold).
import { basename, join, resolve } from 'node:path';
import type { FactsRecord } from '../core/facts.js';
import { readSources } from '../ingest/read.js';
import { analyzeSources } from './pipeline.js';
import { readRecords } from './records.js';
import { scoreRecords, type ScoreResult, type ScoredRecord } from './score.js';

export interface Evaluation {
  set: string;
  result: ScoreResult;
  /** Documents that could not be read or analyzed (scored as missing). */
  failures: { source: string; reason: string }[];
}

export async function evaluate(dir: string, options: { maxBytes: number }): Promise<Evaluation> {
  const gold = readRecords(join(dir, 'gold'));
  const pred = new Map<string, ScoredRecord>();
  const failures: Evaluation['failures'] = [];
  for await (const a of analyzeSources(readSources([join(dir, 'docs')], options))) {
    if (a.ok) pred.set(a.facts.doc, asScored(a.facts));
    else failures.push({ source: a.source, reason: a.reason });
  }
  return { set: basename(resolve(dir)), result: scoreRecords(gold, pred), failures };
}

const asScored = (facts: FactsRecord): ScoredRecord => ({ ...facts });
