// Analysis across the machine's cores for ingest runs: documents are analyzed in worker threads
// (piscina, the same worker module the server uses) while the caller's thread reads the next ones
// and writes the results, in the order they were read. At most `window` documents are in flight,
// so memory stays flat however many are read.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { SourceDoc } from '../core/doc.js';
import type { FactsRecord } from '../core/facts.js';
import type { SourceResult } from '../ingest/read.js';
import type { DocumentRecord } from '../store/store.js';
import { workerOptions } from './offload.js';
import analyzeOne from './workers/analysis.js';

export type Analyzed = { ok: true; record: DocumentRecord; facts: FactsRecord } | { ok: false; source: string; reason: string };

/** Worker threads to use by default: one per core, the caller's thread writing alongside. */
export const defaultThreads = (): number => availableParallelism();

export interface AnalysisPool {
  analyze(sources: AsyncIterable<SourceResult>): AsyncGenerator<Analyzed>;
  close(): Promise<void>;
}

const failed = (src: SourceDoc, e: unknown): Analyzed => ({
  ok: false,
  source: src.source,
  reason: `analysis failed: ${(e as Error).message}`,
});

function inThisThread(src: SourceDoc): Analyzed {
  try {
    return { ok: true, ...analyzeOne(src) };
  } catch (e) {
    return failed(src, e);
  }
}

/** A pool of `threads` workers; with one thread or fewer, analysis runs in the caller's thread. */
export function analysisPool(threads = defaultThreads()): AnalysisPool {
  if (threads <= 1)
    return {
      async *analyze(sources) {
        for await (const read of sources) yield read.ok ? inThisThread(read.doc) : read;
      },
      close: async () => undefined,
    };
  const pool = new Piscina<SourceDoc, { record: DocumentRecord; facts: FactsRecord }>({
    ...workerOptions('analysis'),
    minThreads: threads,
    maxThreads: threads,
  });
  const window = threads * 4;
  const run = (src: SourceDoc): Promise<Analyzed> =>
    pool.run(src).then(
      (done) => ({ ok: true, ...done }),
      (e: unknown) => failed(src, e),
    );
  return {
    async *analyze(sources) {
      const pending: Promise<Analyzed>[] = [];
      for await (const read of sources) {
        pending.push(read.ok ? run(read.doc) : Promise.resolve(read));
        if (pending.length >= window) yield await pending.shift()!;
      }
      while (pending.length) yield await pending.shift()!;
    },
    close: () => pool.close(),
  };
}
