// Heavy work off the server's event loop: document analysis and the kept answers' refresh run in
// worker threads (piscina), so reads are answered while a large article is analyzed or the
// whole-store answers are merged again. Each analysis has a time budget; past it the worker is
// stopped and the document refused, naming it.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { SourceDoc } from '../core/doc.js';
import type { FactsRecord } from '../core/facts.js';
import type { DocumentRecord } from '../store/store.js';
import type { HeavyRead } from './workers/queries.js';

/** Past this, one document's analysis is stopped (COOPGRAPH_ANALYSIS_MS overrides). */
export const DEFAULT_ANALYSIS_MS = 60_000;

export class AnalysisTimeoutError extends Error {}

/** A pool's worker module: the built .js, or from source the .ts behind a loader that registers tsx. */
export function workerOptions(name: string): { filename: string; workerData?: { module: string } } {
  if (!import.meta.url.endsWith('.ts')) return { filename: new URL(`./workers/${name}.js`, import.meta.url).href };
  const module = new URL(`./workers/${name}.ts`, import.meta.url).href;
  return { filename: new URL('./workers/from-source.mjs', import.meta.url).href, workerData: { module } };
}

export interface Offload {
  analyze(src: SourceDoc): Promise<{ record: DocumentRecord; facts: FactsRecord }>;
  /** Computes the kept answers of the store at `target` again, in a worker. */
  refreshKept(target: string): Promise<void>;
  /** A whole-store read of the store at `target`, answered in a worker. */
  read<T>(target: string, read: HeavyRead): Promise<T>;
  close(): Promise<void>;
}

export function offload(options: { analysisMs?: number } = {}): Offload {
  const budget = options.analysisMs ?? (Number(process.env.COOPGRAPH_ANALYSIS_MS) || DEFAULT_ANALYSIS_MS);
  // One core stays with the event loop; at least one worker of each kind.
  const threads = Math.max(1, availableParallelism() - 1);
  const analysis = new Piscina({ ...workerOptions('analysis'), minThreads: 0, maxThreads: threads, idleTimeout: 30_000 });
  const kept = new Piscina({ ...workerOptions('kept'), minThreads: 0, maxThreads: 1, idleTimeout: 60_000 });
  const reads = new Piscina({ ...workerOptions('queries'), minThreads: 0, maxThreads: threads, idleTimeout: 60_000 });
  return {
    async analyze(src) {
      try {
        return await analysis.run(src, { signal: AbortSignal.timeout(budget) });
      } catch (e) {
        if ((e as Error).name === 'AbortError' || (e as Error).name === 'TimeoutError')
          throw new AnalysisTimeoutError(`document ${src.id}: analysis took over ${budget / 1000} s and was stopped`);
        throw e;
      }
    },
    refreshKept: (target) => kept.run(target),
    read: (target, read) => reads.run({ target, read }),
    async close() {
      await Promise.all([analysis.destroy(), kept.destroy(), reads.destroy()]);
    },
  };
}
