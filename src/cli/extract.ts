// coopgraph extract PATH... | -  : facts records as JSON Lines, no store involved; with --trace,
// the rules that fired and the ones stopped in each sentence, as text (or JSON Lines with --json).
import { Command } from 'commander';
import { maxBytes } from '../app/config.js';
import { explained, withoutEvidence } from '../app/evidence.js';
import type { Exit } from './main.js';
import { EXIT, out, outJson, positiveInt, warn } from './output.js';

interface Options {
  pretty?: boolean;
  explain?: boolean;
  trace?: boolean;
  json?: boolean;
  maxBytes?: number;
}

export function extractCommand(exit: Exit): Command {
  return new Command('extract')
    .description('print the facts record of every document, one JSON object a line')
    .argument('<paths...>', 'files or folders, or - for stdin; a document id is its file name without extension')
    .option('--pretty', 'indented JSON instead of one record a line')
    .option('--explain', "keep each item's evidence: the span, the sentence and the rule it came from")
    .option(
      '--trace',
      'instead of the records: per sentence, the rules that fired (with what they made) and the ones stopped, with the check that stopped them',
    )
    .option('--json', 'JSON Lines (the default output; with --trace, one trace entry a line instead of text)')
    .option('--max-bytes <n>', 'skip files larger than this', positiveInt)
    .action(async (paths: string[], opts: Options) => {
      const [{ analyzeSources }, { readSources }, { traceRecords, traceText }] = await Promise.all([
        import('../app/pipeline.js'),
        import('../ingest/read.js'),
        import('../app/trace.js'),
      ]);
      let failed = 0;
      const trace = opts.trace === true;
      // --explain reads the sectors' evidence from the trace: a sector is a plain name in the record.
      const recorded = trace || opts.explain === true;
      for await (const a of analyzeSources(readSources(paths, { maxBytes: maxBytes(opts.maxBytes) }), { trace: recorded })) {
        if (!a.ok) {
          failed++;
          warn(a.source, a.reason);
          continue;
        }
        if (trace) {
          if (opts.json) for (const r of traceRecords(a.doc)) outJson(r, false);
          else out(traceText(a.doc) + '\n');
          continue;
        }
        outJson(opts.explain ? explained(a.facts, a.doc) : withoutEvidence(a.facts), opts.pretty === true);
      }
      exit.code = failed ? EXIT.failed : EXIT.ok;
    });
}
