// Analysis across the machine's cores: documents are analyzed in worker threads (piscina) while
// the caller's thread reads the next ones and writes the results, in the order they were read. At
// most `window` documents are in flight, so memory stays flat however many are read.
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { SourceDoc } from '../core/doc.js';
import type { SourceResult } from '../ingest/read.js';
import analyzeOne, { type Analyzed } from './analysis-worker.js';

/** Worker threads to use by default: one per core, the caller's thread writing alongside. */
export const defaultThreads = (): number => availableParallelism();

export interface AnalysisPool {
  analyze(sources: AsyncIterable<SourceResult>): AsyncGenerator<Analyzed>;
  close(): Promise<void>;
}

/** The worker module beside this one: the built .js, or under tsx its loader shim (analysis-worker-tsx.mjs). */
function workerFile(): string {
  const ext = extname(fileURLToPath(import.meta.url));
  return fileURLToPath(new URL(ext === '.ts' ? './analysis-worker-tsx.mjs' : './analysis-worker.js', import.meta.url));
}

/** A pool of `threads` workers; with one thread or fewer, analysis runs in the caller's thread. */
export function analysisPool(threads = defaultThreads()): AnalysisPool {
  if (threads <= 1)
    return {
      async *analyze(sources) {
        for await (const read of sources) yield read.ok ? analyzeOne(read.doc) : read;
      },
      close: async () => undefined,
    };
  const pool = new Piscina<SourceDoc, Analyzed>({ filename: workerFile(), minThreads: threads, maxThreads: threads });
  const window = threads * 4;
  return {
    async *analyze(sources) {
      const pending: Promise<Analyzed>[] = [];
      for await (const read of sources) {
        pending.push(read.ok ? pool.run(read.doc) : Promise.resolve(read));
        if (pending.length >= window) yield await pending.shift()!;
      }
      while (pending.length) yield await pending.shift()!;
    },
    close: () => pool.close(),
  };
}
