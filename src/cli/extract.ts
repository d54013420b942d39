// coopgraph extract PATH... | -  : facts records as JSON Lines, no store involved.
import { Command } from 'commander';
import { maxBytes } from '../app/config.js';
import { explained, withoutEvidence } from '../app/evidence.js';
import type { Exit } from './main.js';
import { EXIT, outJson, positiveInt, warn } from './output.js';

interface Options {
  pretty?: boolean;
  explain?: boolean;
  json?: boolean;
  maxBytes?: number;
}

export function extractCommand(exit: Exit): Command {
  return new Command('extract')
    .description('print the facts record of every document, one JSON object a line')
    .argument('<paths...>', 'files or folders, or - for stdin; a document id is its file name without extension')
    .option('--pretty', 'indented JSON instead of one record a line')
    .option('--explain', "keep each item's evidence: the span, the sentence and the rule it came from")
    .option('--json', 'JSON Lines (the default output; accepted for symmetry with other commands)')
    .option('--max-bytes <n>', 'skip files larger than this', positiveInt)
    .action(async (paths: string[], opts: Options) => {
      const [{ analyzeSources }, { readSources }] = await Promise.all([import('../app/pipeline.js'), import('../ingest/read.js')]);
      let failed = 0;
      for await (const a of analyzeSources(readSources(paths, { maxBytes: maxBytes(opts.maxBytes) }))) {
        if (!a.ok) {
          failed++;
          warn(a.source, a.reason);
          continue;
        }
        outJson(opts.explain ? explained(a.facts, a.doc) : withoutEvidence(a.facts), opts.pretty === true);
      }
      exit.code = failed ? EXIT.failed : EXIT.ok;
    });
}
