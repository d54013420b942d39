// coopgraph ingest PATH... | -  : files, folders or stdin into the store.
import { Command } from 'commander';
import { maxBytes } from '../app/config.js';
import type { IngestOutcome } from '../app/ingest.js';
import { DB_OPTION, EXIT, out, outJson, positiveInt, UsageError, warn } from './output.js';
import { countFiles, progress } from './progress.js';
import type { Exit } from './main.js';

interface Options {
  db?: string;
  maxBytes?: number;
  json?: boolean;
  queue?: boolean;
}

export function ingestCommand(exit: Exit): Command {
  return new Command('ingest')
    .description('read articles (files, folders, or - for stdin), extract their facts and store them')
    .argument('<paths...>', 'files or folders (.txt .md .html .json .jsonl .xml feeds), or - for stdin')
    .option(...DB_OPTION)
    .option('--max-bytes <n>', 'skip files larger than this', positiveInt)
    .option('--json', 'print a JSON summary with the outcome of every document')
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
  const [{ emptySummary, formatSummary, ingestSources, tally }, { withStore }, { readSources }] = await Promise.all([
    import('../app/ingest.js'),
    import('../app/store.js'),
    import('../ingest/read.js'),
  ]);
  const summary = emptySummary();
  const outcomes: IngestOutcome[] = [];
  await withStore(opts.db, async (store) => {
    const bar = progress(process.stderr.isTTY ? await countFiles(paths) : 0);
    try {
      for await (const outcome of ingestSources(store, readSources(paths, { maxBytes: maxBytes(opts.maxBytes) }))) {
        tally(summary, outcome);
        if (opts.json) outcomes.push(outcome);
        if (outcome.status === 'failed') bar.log(`coopgraph: ${outcome.source}: ${outcome.reason}`);
        bar.tick();
      }
    } finally {
      bar.stop();
    }
  });
  if (opts.json) outJson({ ...summary, outcomes });
  else out(formatSummary(summary));
  return summary.failed > 0 ? EXIT.failed : EXIT.ok;
}
