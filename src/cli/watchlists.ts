// coopgraph watchlists add|list|alerts|remove: saved questions and their alerts.
import { Command } from 'commander';
import type { WatchQuery } from '../store/monitor.js';
import type { Exit } from './main.js';
import { DB_OPTION, EXIT, out, outJson, UsageError, warn } from './output.js';

/** The question's fields are the options of the same names. */
interface AddOptions extends WatchQuery {
  name: string;
  webhook?: string;
  secret?: string;
  email?: string;
  db?: string;
  json?: boolean;
}

export function watchlistsCommand(exit: Exit): Command {
  const cmd = new Command('watchlists').description(
    'saved questions: facts stored after a watchlist was made that answer it are its alerts',
  );
  cmd
    .command('add')
    .description('save a question (every option given must hold)')
    .requiredOption('--name <name>', 'what to call it')
    .option('--party <code>', 'a party (a country covers its regions): RU-ALT, KZ, ...')
    .option('--with <code>', 'the other party of a pair')
    .option('--type <type>', 'an event type: meeting, visit, signing, forum, proposal')
    .option('--kind <kind>', 'an agreement kind: agreement, protocol, memorandum, roadmap, plan, contract, other')
    .option('--sector <sector>', 'a sector: agriculture, energy, transport, ...')
    .option('--person <name>', 'a person named in the facts (part of the name)')
    .option('--words <words>', 'words the article contains (stemmed, as search)')
    .option('--webhook <url>', 'POST new alerts here as signed JSON')
    .option('--secret <secret>', 'the webhook signing key (default: a new one, printed once)')
    .option('--email <address>', 'send new alerts to this address in a digest ($COOPGRAPH_SMTP_URL)')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action(async (opts: AddOptions) => {
      const { db, json, ...w } = opts;
      const [{ withStore }, { addWatchlist, WatchlistError }] = await Promise.all([
        import('../app/store.js'),
        import('../app/watchlists.js'),
      ]);
      const made = await withStore(db, (store) => addWatchlist(store, w)).catch((e: unknown) => {
        throw e instanceof WatchlistError ? new UsageError(e.message) : e;
      });
      if (json) outJson(made);
      else {
        out(`${made.id}  ${made.name}`);
        if (made.secret) out(`webhook secret (shown once; signs ${'X-Coopgraph-Signature'}): ${made.secret}`);
      }
      exit.code = EXIT.ok;
    });
  cmd
    .command('list')
    .description('watchlists with their alert counts (new: since last seen)')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action(async (opts: { db?: string; json?: boolean }) => {
      const [{ withStore }, { listWatchlists }] = await Promise.all([import('../app/store.js'), import('../app/watchlists.js')]);
      const rows = await withStore(opts.db, (store) => listWatchlists(store));
      if (opts.json) outJson(rows);
      else for (const w of rows) out(`${w.id}  ${w.name}  (${w.description})  alerts ${w.alerts}, new ${w.newAlerts}`);
      exit.code = EXIT.ok;
    });
  cmd
    .command('alerts')
    .description("a watchlist's alerts, newest first (new ones marked *)")
    .argument('<id>', 'watchlist id')
    .option('--seen', 'mark them seen afterwards')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { seen?: boolean; db?: string; json?: boolean }) => {
      const [{ withStore }, { inbox }] = await Promise.all([import('../app/store.js'), import('../app/watchlists.js')]);
      const got = await withStore(opts.db, (store) => inbox(store, id, { seen: opts.seen }));
      if (!got) {
        warn(id, 'no such watchlist');
        exit.code = EXIT.failed;
        return;
      }
      if (opts.json) outJson(got.alerts);
      else
        for (const a of got.alerts) {
          out(`${a.isNew ? '*' : ' '} ${a.doc}  ${a.published ?? '—'}  ${a.title ?? ''}${a.url ? `  <${a.url}>` : ''}`);
          for (const i of a.items) out(`      ${i.summary}`);
        }
      exit.code = EXIT.ok;
    });
  cmd
    .command('remove')
    .description('delete a watchlist')
    .argument('<id>', 'watchlist id')
    .option(...DB_OPTION)
    .action(async (id: string, opts: { db?: string }) => {
      const [{ withStore }] = await Promise.all([import('../app/store.js')]);
      const removed = await withStore(opts.db, (store) => store.monitor.removeWatchlist(id));
      if (!removed) {
        warn(id, 'no such watchlist');
        exit.code = EXIT.failed;
        return;
      }
      out(`removed ${id}`);
      exit.code = EXIT.ok;
    });
  return cmd;
}
