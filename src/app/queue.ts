// The queue's use cases: `ingest --queue` puts files' bytes in the store's job queue; `worker`
// takes jobs one at a time and ingests each through the same pipeline as `ingest`, holding a lease
// it renews while it works, so that a job whose worker died is taken over by another.
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { files, readBytes, readFileBytes } from '../ingest/read.js';
import type { SourceResult } from '../ingest/read.js';
import type { Store } from '../store/store.js';
import { emptySummary, formatSummary, ingestSources, tally, type IngestOutcome, type IngestSummary } from './ingest.js';

export interface EnqueueResult {
  queued: number;
  /** Paths that could not be read (they are not queued). */
  failed: { source: string; reason: string }[];
}

/** Jobs are inserted in batches of this many files, so memory stays flat for any number of paths. */
const ENQUEUE_BATCH = 100;

export async function enqueuePaths(store: Store, paths: readonly string[], maxBytes?: number): Promise<EnqueueResult> {
  const result: EnqueueResult = { queued: 0, failed: [] };
  let batch: { source: string; body: Buffer }[] = [];
  const flush = async () => {
    result.queued += (await store.jobs.enqueue(batch)).length;
    batch = [];
  };
  for (const path of paths)
    for (const file of files(path)) {
      const read = file.reason ? { ok: false as const, source: file.path, reason: file.reason } : readFileBytes(file.path, maxBytes);
      if (!read.ok) result.failed.push({ source: read.source, reason: read.reason });
      else batch.push({ source: file.path, body: read.bytes });
      if (batch.length >= ENQUEUE_BATCH) await flush();
    }
  if (batch.length) await flush();
  return result;
}

export interface WorkerOptions {
  /** How this worker signs its jobs; default host:pid. */
  name?: string;
  /** How long a job may go without a renewal before another worker may take it. */
  leaseMs?: number;
  /** Wait between looks at an empty queue. */
  pollMs?: number;
  /** Stop when no job is free to take, instead of waiting for more. */
  untilEmpty?: boolean;
  signal?: AbortSignal;
  /** Called after each job with its documents' outcomes. */
  onJob?: (job: { id: string; source: string; attempts: number }, outcomes: IngestOutcome[]) => void;
}

export const DEFAULT_LEASE_MS = 60_000;

async function* once(results: SourceResult[]): AsyncGenerator<SourceResult> {
  yield* results;
}

/** Takes and ingests jobs until the queue is empty (`untilEmpty`) or the signal aborts. */
export async function runWorker(store: Store, opts: WorkerOptions = {}): Promise<IngestSummary & { jobs: number }> {
  const name = opts.name ?? `${hostname()}:${process.pid}`;
  const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
  const summary = { ...emptySummary(), jobs: 0 };
  while (!opts.signal?.aborted) {
    const job = await store.jobs.claim(name, leaseMs);
    if (!job) {
      if (opts.untilEmpty) break;
      await sleep(opts.pollMs ?? 1000, undefined, { signal: opts.signal }).catch(() => undefined);
      continue;
    }
    // Renewed at a third of the lease, so one slow renewal does not lose the job.
    const heartbeat = setInterval(() => void store.jobs.renew(job.id, name, leaseMs).catch(() => undefined), leaseMs / 3);
    const outcomes: IngestOutcome[] = [];
    try {
      for await (const outcome of ingestSources(store, once(readBytes(job.body, job.source)))) outcomes.push(outcome);
    } catch (e) {
      // The store failed, not the document: the job goes back for a later try, and this worker stops.
      await store.jobs.release(job.id, name).catch(() => undefined);
      throw e;
    } finally {
      clearInterval(heartbeat);
    }
    const jobSummary = outcomes.reduce(tally, emptySummary());
    for (const o of outcomes) tally(summary, o);
    summary.jobs++;
    const failed = jobSummary.failed > 0 && jobSummary.ingested + jobSummary.duplicates === 0;
    const reasons = outcomes.flatMap((o) => (o.status === 'failed' ? [o.reason] : []));
    await store.jobs.finish(job.id, name, failed ? 'failed' : 'done', [formatSummary(jobSummary), ...reasons].join('; '));
    opts.onJob?.(job, outcomes);
  }
  return summary;
}
