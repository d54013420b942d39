// The knowledge-base commands: partners, dossier, timeline, graph, export and reextract. Each
// calls query/knowledge (or app/knowledge) and prints text or, with --json, the same JSON the API serves.
import { Command, Option } from 'commander';
import type { Exit } from './main.js';
import { DB_OPTION, EXIT, isoDate, out, outJson, positiveInt, UsageError } from './output.js';

const load = () =>
  Promise.all([import('../app/store.js'), import('../query/knowledge/queries.js'), import('../query/knowledge/render.js')]);
/** A party argument as a code: names are looked up in the gazetteer; unknown or ambiguous ones are usage errors listing the candidates. */
async function partyCode(input: string): Promise<string> {
  const { resolveParty } = await import('../query/knowledge/party-names.js');
  const found = resolveParty(input);
  if (found.ok) return found.code;
  const list = found.candidates.map((c) => `  ${c.code.padEnd(10)} ${c.type.padEnd(8)} ${c.name}`).join('\n');
  throw new UsageError(`${found.reason}${list ? `; did you mean one of:\n${list}` : ''}`);
}

const sources = (s: { doc: string }[]) => `[${s.map((x) => x.doc).join(', ')}]`;

export function partnersCommand(exit: Exit): Command {
  return new Command('partners')
    .description('parties CODE deals with, ranked by activity (a country counts its regions), with the last contact')
    .argument('<party>', 'party code (RU-ALT, KZ, ...) or name («Алтайский край», Altai Krai)')
    .option('--limit <n>', 'at most this many (default 20)', positiveInt)
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action(async (code: string, opts: { limit?: number; db?: string; json?: boolean }) => {
      const party = await partyCode(code);
      const [{ withStore }, q] = await load();
      const rows = await withStore(opts.db, (store) => q.partners(store, party, opts.limit));
      if (opts.json) outJson(rows);
      else
        for (const p of rows) out(`${p.party.padEnd(8)} ${String(p.score).padStart(5)}  ${p.lastContact ?? '—'}  ${p.names.en[0] ?? ''}`);
      exit.code = EXIT.ok;
    });
}

export function dossierCommand(exit: Exit): Command {
  return new Command('dossier')
    .description('everything known about a party, or the relation of two (a country covers its regions), each line with its sources')
    .argument('<party>', 'party code or name')
    .argument('[party2]', 'a second party (code or name): only their relation')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'html', 'json']).default('md'))
    .option('--today <date>', 'judge overdue commitments as of YYYY-MM-DD (default: the newest publication)', isoDate)
    .option('--sources <n>', 'at most this many sources per line, the newest (default: all for json, 10 for md and html)', positiveInt)
    .option(...DB_OPTION)
    .option('--json', 'same as --format json')
    .action(
      async (
        code: string,
        code2: string | undefined,
        opts: { format: string; today?: string; sources?: number; db?: string; json?: boolean },
      ) => {
        const first = await partyCode(code);
        const second = code2 === undefined ? undefined : await partyCode(code2);
        const [{ withStore }, q, render] = await load();
        const json = opts.json || opts.format === 'json';
        const sources = opts.sources ?? (json ? undefined : q.BRIEFING_SOURCES);
        const d = await withStore(opts.db, (store) => q.dossier(store, first, second, { today: opts.today, sources }));
        if (json) outJson(d);
        else process.stdout.write(opts.format === 'html' ? render.dossierHtml(d) : render.dossierMarkdown(d));
        exit.code = EXIT.ok;
      },
    );
}

export function timelineCommand(exit: Exit): Command {
  return new Command('timeline')
    .description('events, merged across sources, newest first')
    .option('--party <code>', 'only events of this party (a country covers its regions)')
    .option('--type <type>', 'only this event type (meeting, visit, signing, forum, proposal)')
    .option('--from <date>', 'on or after YYYY[-MM[-DD]]')
    .option('--to <date>', 'on or before YYYY[-MM[-DD]]')
    .option('--limit <n>', 'at most this many (default 100)', positiveInt)
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action(async (opts: { party?: string; type?: string; from?: string; to?: string; limit?: number; db?: string; json?: boolean }) => {
      const { db, json, ...query } = opts;
      const [{ withStore }, q] = await load();
      const events = await withStore(db, (store) => q.timeline(store, query));
      if (json) outJson(events);
      else
        for (const e of events) out(`${(e.date ?? '—').padEnd(10)}  ${e.type.padEnd(8)}  ${e.actors.join(' – ')}  ${sources(e.sources)}`);
      exit.code = EXIT.ok;
    });
}

export function graphCommand(exit: Exit): Command {
  return new Command('graph')
    .description('the cooperation graph: parties as nodes, edges weighted by kind of relation')
    .option('--from <date>', 'on or after YYYY[-MM[-DD]]')
    .option('--to <date>', 'on or before YYYY[-MM[-DD]]')
    .option('--kind <kind>', 'only one kind: an event type, agreement, flow, figure or plan')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'graphml', 'gexf']).default('json'))
    .option(...DB_OPTION)
    .action(async (opts: { from?: string; to?: string; kind?: string; format: string; db?: string }) => {
      const { db, format, ...query } = opts;
      const [{ withStore }, q, render] = await load();
      const g = await withStore(db, (store) => q.graph(store, query));
      if (format === 'json') outJson(g);
      else process.stdout.write(format === 'gexf' ? render.graphGexf(g) : render.graphGraphml(g));
      exit.code = EXIT.ok;
    });
}

export function exportCommand(exit: Exit): Command {
  return new Command('export')
    .description('write facts records, or merged events, agreements, flows or figures')
    .addOption(
      new Option('--what <what>', 'what to export').choices(['facts', 'events', 'agreements', 'flows', 'figures']).default('facts'),
    )
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv']).default('jsonl'))
    .option(...DB_OPTION)
    .action(async (opts: { what: 'facts' | 'events' | 'agreements' | 'flows' | 'figures'; format: string; db?: string }) => {
      const [{ withStore }, q, render] = await load();
      const rows = await withStore(opts.db, (store) => q.exportRows(store, opts.what));
      process.stdout.write(opts.format === 'csv' ? render.toCsv(rows) : render.toJsonl(rows));
      exit.code = EXIT.ok;
    });
}

export function reextractCommand(exit: Exit): Command {
  return new Command('reextract')
    .description(
      'extract facts again from every stored document (no source is read again) and rebuild the knowledge base; curation is kept',
    )
    .option(...DB_OPTION)
    .option('--json', 'print the summary as JSON')
    .action(async (opts: { db?: string; json?: boolean }) => {
      const [{ withStore }, { reextract }] = await Promise.all([import('../app/store.js'), import('../app/knowledge.js')]);
      const s = await withStore(opts.db, (store) => reextract(store));
      if (opts.json) outJson(s);
      else {
        out(
          `re-extracted ${s.documents} documents with engine ${s.engineVersion}: ${s.changed} changed, ${s.failed.length} failed, ${s.items} items projected`,
        );
        for (const f of s.failed) process.stderr.write(`coopgraph: ${f.id}: ${f.reason}\n`);
      }
      exit.code = s.failed.length ? EXIT.failed : EXIT.ok;
    });
}
