// coopgraph ingest PATH... | -  : files, folders or stdin into the store.
import { Command } from 'commander';
import { maxBytes } from '../app/config.js';
import type { IngestOutcome } from '../app/ingest.js';
import { DB_OPTION, EXIT, out, outJson, positiveInt, UsageError, warn } from './output.js';
import { countFiles, progress } from './progress.js';
import type { Exit } from './main.js';

/** Runs of more files than this analyze on worker threads unless --threads says otherwise. */
const THREADS_FROM_FILES = 40;

interface Options {
  db?: string;
  maxBytes?: number;
  json?: boolean;
  queue?: boolean;
  threads?: number;
}

export function ingestCommand(exit: Exit): Command {
  return new Command('ingest')
    .description('read articles (files, folders, or - for stdin), extract their facts and store them')
    .argument('<paths...>', 'files or folders (.txt .md .html .json .jsonl .xml feeds), or - for stdin')
    .option(...DB_OPTION)
    .option('--max-bytes <n>', 'skip files larger than this', positiveInt)
    .option('--json', 'print a JSON summary with the outcome of every document')
    .option(
      '--threads <n>',
      'analyze on this many worker threads while the main thread writes (default: one per core for more than 40 files, else 1: analysis in the main thread)',
      positiveInt,
    )
    .option('--queue', 'only queue the files as jobs for `coopgraph worker` processes (no stdin)')
    .action(async (paths: string[], opts: Options) => {
      exit.code = await (opts.queue ? enqueue(paths, opts) : ingest(paths, opts));
    });
}

async function enqueue(paths: string[], opts: Options): Promise<number> {
  if (paths.includes('-')) throw new UsageError('--queue takes files and folders, not stdin (-)');
  const [{ enqueuePaths }, { withStore }] = await Promise.all([import('../app/queue.js'), import('../app/store.js')]);
  const result = await withStore(opts.db, (store) => enqueuePaths(store, paths, maxBytes(opts.maxBytes)));
  for (const f of result.failed) warn(f.source, f.reason);
  if (opts.json) outJson(result);
  else out(`queued ${result.queued}, failed ${result.failed.length}`);
  return result.failed.length > 0 ? EXIT.failed : EXIT.ok;
}

async function ingest(paths: string[], opts: Options): Promise<number> {
  const [{ emptySummary, formatSummary, ingestSources, tally }, { withStore }, { readSources }, { analysisPool, defaultThreads }] =
    await Promise.all([import('../app/ingest.js'), import('../app/store.js'), import('../ingest/read.js'), import('../app/pool.js')]);
  const summary = emptySummary();
  const outcomes: IngestOutcome[] = [];
  await withStore(opts.db, async (store) => {
    const files = await countFiles(paths);
    const bar = progress(process.stderr.isTTY ? files : 0);
    // Each worker thread loads the lexicons first (about a second): worth it for a run of many files.
    const pool = analysisPool(opts.threads ?? (files > THREADS_FROM_FILES ? defaultThreads() : 1));
    try {
      for await (const outcome of ingestSources(store, readSources(paths, { maxBytes: maxBytes(opts.maxBytes) }), pool)) {
        tally(summary, outcome);
        if (opts.json) outcomes.push(outcome);
        if (outcome.status === 'failed') bar.log(`coopgraph: ${outcome.source}: ${outcome.reason}`);
        bar.tick();
      }
    } finally {
      bar.stop();
      await pool.close();
    }
  });
  if (opts.json) outJson({ ...summary, outcomes });
  else out(formatSummary(summary));
  return summary.failed > 0 ? EXIT.failed : EXIT.ok;
}
