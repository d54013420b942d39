// coopgraph docs list | docs show ID : what the store holds.
import { Command } from 'commander';
import type { DocumentSummary } from '../store/store.js';
import type { Exit } from './main.js';
import { DB_OPTION, EXIT, isoDate, nonNegativeInt, out, outJson, positiveInt, warn } from './output.js';

interface Common {
  db?: string;
  json?: boolean;
}
interface ListOptions extends Common {
  lang?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export function docsCommand(exit: Exit): Command {
  const docs = new Command('docs').description('list stored documents or show one');
  docs
    .command('list')
    .description('stored documents, newest published first')
    .option('--lang <code>', 'only this language (ru, en, ...)')
    .option('--from <date>', 'published on or after YYYY-MM-DD', isoDate)
    .option('--to <date>', 'published on or before YYYY-MM-DD', isoDate)
    .option('--limit <n>', 'at most this many (default 20)', positiveInt)
    .option('--offset <n>', 'skip this many first', nonNegativeInt)
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action(async (opts: ListOptions) => {
      const { db, json, ...query } = opts;
      const [{ withStore }, { listDocuments }] = await Promise.all([import('../app/store.js'), import('../query/documents.js')]);
      const rows = await withStore(db, (store) => listDocuments(store, query));
      if (json) outJson(rows);
      else summaryLines(rows).forEach((line) => out(line));
      exit.code = EXIT.ok;
    });
  docs
    .command('show')
    .description('one document: metadata and text (--json: the full record with its facts)')
    .argument('<id>', 'document id')
    .option(...DB_OPTION)
    .option('--json', 'print the full record as JSON, facts included')
    .action(async (id: string, opts: Common) => {
      const [{ withStore }, { getDocument }] = await Promise.all([import('../app/store.js'), import('../query/documents.js')]);
      const doc = await withStore(opts.db, (store) => getDocument(store, id));
      if (!doc) {
        warn(id, 'no such document');
        exit.code = EXIT.failed;
        return;
      }
      if (opts.json) outJson(doc);
      else {
        const fields: [string, string | null | undefined][] = [
          ['id', doc.id],
          ['title', doc.title],
          ['published', doc.published],
          ['language', doc.lang],
          ['source', doc.source],
          ['url', doc.url],
          ['cluster', doc.cluster],
          ['ingested', doc.ingestedAt],
          ['actors', doc.facts?.actors.join(', ')],
        ];
        for (const [name, value] of fields) if (value) out(`${(name + ':').padEnd(11)}${value}`);
        out('');
        out(doc.text);
      }
      exit.code = EXIT.ok;
    });
  return docs;
}

/** One aligned line per document: id, date, language, title. */
export function summaryLines(docs: DocumentSummary[]): string[] {
  const width = Math.max(0, ...docs.map((d) => d.id.length));
  return docs.map((d) => `${d.id.padEnd(width)}  ${(d.published ?? '—').padEnd(10)}  ${d.lang.padEnd(2)}  ${d.title ?? ''}`);
}
