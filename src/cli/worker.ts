// coopgraph worker : takes ingest jobs from the store's queue (filled by `ingest --queue`) until
// interrupted, or until the queue is empty with --until-empty. Any number of workers, on any
// number of machines sharing one PostgreSQL, each take different jobs.
// coopgraph jobs : what the queue holds.
import { Command } from 'commander';
import type { Exit } from './main.js';
import { DB_OPTION, EXIT, out, outJson, positiveInt, UsageError, warn } from './output.js';

interface WorkerOptions {
  db?: string;
  untilEmpty?: boolean;
  lease?: number;
  name?: string;
  json?: boolean;
}

export function workerCommand(exit: Exit): Command {
  return new Command('worker')
    .description('take ingest jobs queued by `ingest --queue` and store them; run one per core, on any number of machines')
    .option(...DB_OPTION)
    .option('--until-empty', 'stop when no job is left to take, instead of waiting for more')
    .option('--lease <seconds>', 'how long a job may go unrenewed before another worker takes it over (default 60)', positiveInt)
    .option('--name <name>', 'how this worker signs its jobs (default host:pid)')
    .option('--json', 'print the summary as JSON')
    .action(async (opts: WorkerOptions) => {
      const [{ runWorker }, { withStore }, { formatSummary }] = await Promise.all([
        import('../app/queue.js'),
        import('../app/store.js'),
        import('../app/ingest.js'),
      ]);
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
      try {
        const summary = await withStore(opts.db, (store) =>
          runWorker(store, {
            name: opts.name,
            leaseMs: opts.lease ? opts.lease * 1000 : undefined,
            untilEmpty: opts.untilEmpty,
            signal: stop.signal,
            onJob: (_job, outcomes) => {
              for (const o of outcomes) if (o.status === 'failed') warn(o.source, o.reason);
            },
          }),
        );
        if (opts.json) outJson(summary);
        else out(`jobs ${summary.jobs}: ${formatSummary(summary)}`);
        exit.code = summary.failed > 0 ? EXIT.failed : EXIT.ok;
      } finally {
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
      }
    });
}

const STATES = ['queued', 'running', 'done', 'failed'] as const;

export function jobsCommand(exit: Exit): Command {
  return new Command('jobs')
    .description('show the ingest queue: counts by state and the newest jobs')
    .option(...DB_OPTION)
    .option('--state <state>', `only jobs in this state (${STATES.join(', ')})`)
    .option('--limit <n>', 'how many jobs to list (default 10)', positiveInt)
    .option('--json', 'print as JSON')
    .action(async (opts: { db?: string; state?: string; limit?: number; json?: boolean }) => {
      const state = opts.state as (typeof STATES)[number] | undefined;
      if (state && !STATES.includes(state)) throw new UsageError(`--state must be one of ${STATES.join(', ')}, not "${opts.state}"`);
      const { withStore } = await import('../app/store.js');
      const { counts, jobs } = await withStore(opts.db, async (store) => ({
        counts: await store.jobs.counts(),
        jobs: await store.jobs.list({ state, limit: opts.limit ?? 10 }),
      }));
      if (opts.json) outJson({ counts, jobs });
      else {
        out(STATES.map((s) => `${s} ${counts[s]}`).join(', '));
        for (const j of jobs)
          out(
            `${j.id}  ${j.state.padEnd(7)} ${j.source}${j.attempts > 1 ? ` (try ${j.attempts})` : ''}${j.outcome ? `: ${j.outcome}` : ''}`,
          );
      }
      exit.code = EXIT.ok;
    });
}
