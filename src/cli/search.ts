// coopgraph search "query" : full-text search (stemmed: inflected forms match) with snippets.
import { Command } from 'commander';
import { summaryLines } from './docs.js';
import type { Exit } from './main.js';
import { DB_OPTION, EXIT, highlight, isoDate, out, outJson, positiveInt } from './output.js';

interface Options {
  lang?: string;
  from?: string;
  to?: string;
  limit?: number;
  db?: string;
  json?: boolean;
}

export function searchCommand(exit: Exit): Command {
  return new Command('search')
    .description('find documents by words (every word must match, in any inflected form)')
    .argument('<query>', 'words to look for')
    .option('--lang <code>', 'only this language (ru, en, ...)')
    .option('--from <date>', 'published on or after YYYY-MM-DD', isoDate)
    .option('--to <date>', 'published on or before YYYY-MM-DD', isoDate)
    .option('--limit <n>', 'at most this many hits (default 20)', positiveInt)
    .option(...DB_OPTION)
    .option('--json', 'print JSON (snippets keep their [[ ]] markers)')
    .action(async (q: string, opts: Options) => {
      const { db, json, ...filters } = opts;
      const [{ withStore }, { searchDocuments }] = await Promise.all([import('../app/store.js'), import('../query/documents.js')]);
      const hits = await withStore(db, (store) => searchDocuments(store, { q, ...filters }));
      if (json) outJson(hits);
      else
        summaryLines(hits).forEach((line, i) => {
          out(line);
          out(`    ${highlight(hits[i]!.snippet)}`);
        });
      exit.code = EXIT.ok;
    });
}
