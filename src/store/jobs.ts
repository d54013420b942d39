// The ingest queue: files waiting for any `coopgraph worker`, on one machine or many. A worker
// claims a job with a lease and renews it while it works; a job whose lease ran out (its worker
// died) is claimed again, up to MAX_ATTEMPTS times. Claiming is one write transaction per job, and
// the engine makes concurrent claimers pass over each other's rows (PostgreSQL: FOR UPDATE SKIP
// LOCKED; SQLite: writers already take turns). Written here rather than taken from pg-boss or
// graphile-worker: their current releases need Node 22, this project runs on Node 20, and the
// queue needs only this handful of statements on both engines.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Engine } from './engine.js';
import type { Database } from './schema.js';

/** A worker that died this many times on one job makes that job failed, not retried again. */
export const MAX_ATTEMPTS = 3;

export type JobState = 'queued' | 'running' | 'done' | 'failed';

export interface NewJob {
  /** Where the bytes came from (a path); readers take the format from its extension. */
  source: string;
  body: Uint8Array;
}

export interface ClaimedJob {
  id: string;
  source: string;
  body: Buffer;
  /** 1 on the first try; more when an earlier worker died holding it. */
  attempts: number;
}

export interface JobSummary {
  id: string;
  source: string;
  state: JobState;
  attempts: number;
  worker: string | null;
  enqueuedAt: string;
  finishedAt: string | null;
  outcome: string | null;
}

export type JobCounts = Record<JobState, number>;

export interface JobQueue {
  /** Adds jobs, in order; returns their ids. */
  enqueue(jobs: readonly NewJob[]): Promise<string[]>;
  /** The oldest job free to take (queued, or running under a lapsed lease), now held by `worker`; null when none is. */
  claim(worker: string, leaseMs: number): Promise<ClaimedJob | null>;
  /** Extends the lease of a job `worker` still holds; false when it no longer does. */
  renew(id: string, worker: string, leaseMs: number): Promise<boolean>;
  /** Ends a job `worker` still holds; false when it no longer does (another took it over). */
  finish(id: string, worker: string, state: 'done' | 'failed', outcome: string): Promise<boolean>;
  /** Gives a held job back to the queue untried (the worker is stopping, or the store failed). */
  release(id: string, worker: string): Promise<void>;
  counts(): Promise<JobCounts>;
  /** Newest first. */
  list(q?: { state?: JobState; limit?: number }): Promise<JobSummary[]>;
}

const iso = (v: number | string | null): string | null => (v === null ? null : new Date(Number(v)).toISOString());

export class SqlJobQueue implements JobQueue {
  readonly #e: Engine;
  readonly #db: Kysely<Database>;

  constructor(engine: Engine) {
    this.#e = engine;
    this.#db = engine.db;
  }

  async enqueue(jobs: readonly NewJob[]): Promise<string[]> {
    if (!jobs.length) return [];
    const at = Date.now();
    const rows = jobs.map((j, i) => ({
      // Sortable within one enqueue: the clock, then the position.
      id: `${at.toString(36).padStart(9, '0')}-${String(i).padStart(6, '0')}-${randomUUID().slice(0, 8)}`,
      source: j.source,
      body: Buffer.from(j.body).toString('base64'),
      state: 'queued' as const,
      attempts: 0,
      worker: null,
      lease_until: null,
      enqueued_at: at,
      finished_at: null,
      outcome: null,
    }));
    await this.#e.exclusive(() =>
      this.#db.transaction().execute(async (trx) => {
        for (let i = 0; i < rows.length; i += 200)
          await trx
            .insertInto('ingest_jobs')
            .values(rows.slice(i, i + 200))
            .execute();
      }),
    );
    return rows.map((r) => r.id);
  }

  async claim(worker: string, leaseMs: number): Promise<ClaimedJob | null> {
    const now = Date.now();
    return this.#e.exclusive(() =>
      this.#db.transaction().execute(async (trx) => {
        // A job whose worker died MAX_ATTEMPTS times is given up, with the reason.
        await trx
          .updateTable('ingest_jobs')
          .set({ state: 'failed', finished_at: now, outcome: `given up: its worker stopped ${MAX_ATTEMPTS} times before finishing` })
          .where('state', '=', 'running')
          .where('lease_until', '<', now)
          .where('attempts', '>=', MAX_ATTEMPTS)
          .execute();
        const free = this.#e.claim(
          trx
            .selectFrom('ingest_jobs')
            .select('id')
            .where((eb) => eb.or([eb('state', '=', 'queued'), eb.and([eb('state', '=', 'running'), eb('lease_until', '<', now)])]))
            .orderBy('state', 'desc') // 'running' (lapsed) before 'queued': a retried job is not starved
            .orderBy('enqueued_at')
            .orderBy('id')
            .limit(1),
        );
        const picked = await free.executeTakeFirst();
        if (!picked) return null;
        const row = await trx
          .updateTable('ingest_jobs')
          .set({ state: 'running', worker, lease_until: now + leaseMs, attempts: sql`attempts + 1` })
          .where('id', '=', picked.id)
          .returning(['id', 'source', 'body', 'attempts'])
          .executeTakeFirstOrThrow();
        return { id: row.id, source: row.source, body: Buffer.from(row.body, 'base64'), attempts: row.attempts };
      }),
    );
  }

  async renew(id: string, worker: string, leaseMs: number): Promise<boolean> {
    const r = await this.#e.exclusive(() =>
      this.#db
        .updateTable('ingest_jobs')
        .set({ lease_until: Date.now() + leaseMs })
        .where('id', '=', id)
        .where('worker', '=', worker)
        .where('state', '=', 'running')
        .executeTakeFirst(),
    );
    return Number(r.numUpdatedRows) === 1;
  }

  async finish(id: string, worker: string, state: 'done' | 'failed', outcome: string): Promise<boolean> {
    const r = await this.#e.exclusive(() =>
      this.#db
        .updateTable('ingest_jobs')
        .set({ state, outcome, finished_at: Date.now(), lease_until: null })
        .where('id', '=', id)
        .where('worker', '=', worker)
        .where('state', '=', 'running')
        .executeTakeFirst(),
    );
    return Number(r.numUpdatedRows) === 1;
  }

  async release(id: string, worker: string): Promise<void> {
    await this.#e.exclusive(() =>
      this.#db
        .updateTable('ingest_jobs')
        .set({ state: 'queued', worker: null, lease_until: null, attempts: sql`attempts - 1` })
        .where('id', '=', id)
        .where('worker', '=', worker)
        .where('state', '=', 'running')
        .execute(),
    );
  }

  async counts(): Promise<JobCounts> {
    const rows = await this.#db
      .selectFrom('ingest_jobs')
      .select(['state', (eb) => eb.fn.countAll<number | string>().as('n')])
      .groupBy('state')
      .execute();
    const counts: JobCounts = { queued: 0, running: 0, done: 0, failed: 0 };
    for (const r of rows) counts[r.state] = Number(r.n);
    return counts;
  }

  async list(q: { state?: JobState; limit?: number } = {}): Promise<JobSummary[]> {
    let query = this.#db
      .selectFrom('ingest_jobs')
      .select(['id', 'source', 'state', 'attempts', 'worker', 'enqueued_at', 'finished_at', 'outcome'])
      .orderBy('enqueued_at', 'desc')
      .orderBy('id', 'desc')
      .limit(q.limit ?? 20);
    if (q.state) query = query.where('state', '=', q.state);
    const rows = await query.execute();
    return rows.map((r) => ({
      id: r.id,
      source: r.source,
      state: r.state,
      attempts: r.attempts,
      worker: r.worker,
      enqueuedAt: iso(r.enqueued_at)!,
      finishedAt: iso(r.finished_at),
      outcome: r.outcome,
    }));
  }
}
