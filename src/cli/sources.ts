// coopgraph sources add|list|remove|check, and coopgraph watch: following news sources.
import { Command, InvalidArgumentError } from 'commander';
import { formatDuration, parseDuration } from '../app/duration.js';
import type { Exit } from './main.js';
import { DB_OPTION, EXIT, out, outJson, UsageError, warn } from './output.js';

export function duration(value: string): number {
  const ms = parseDuration(value);
  if (ms === null || ms <= 0) throw new InvalidArgumentError('expected a duration such as 30s, 15m, 1h or 1d.');
  return ms;
}

/** Errors about what the user gave (a bad address, a feed that is not one) are usage errors. */
async function asUsage<T>(work: () => Promise<T>): Promise<T> {
  const [{ SourceError }] = await Promise.all([import('../app/sources.js')]);
  try {
    return await work();
  } catch (e) {
    if (e instanceof SourceError) throw new UsageError(e.message);
    throw e;
  }
}

const when = (iso: string | null) => (iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '—');

export function sourcesCommand(exit: Exit): Command {
  const cmd = new Command('sources').description('news sources followed by `coopgraph watch`: RSS, Atom, sitemaps, index pages');
  cmd
    .command('add')
    .description('follow an address (its kind is found by fetching it once)')
    .argument('<url>', 'feed, sitemap or news index page')
    .option('--every <duration>', 'how often to fetch it: 30s, 15m, 1h, 1d (default 30m)', duration)
    .option('--name <name>', 'a name to show')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action(async (url: string, opts: { every?: number; name?: string; db?: string; json?: boolean }) => {
      const [{ withStore }, { addSource }, { watchSettingsFromEnv }] = await Promise.all([
        import('../app/store.js'),
        import('../app/sources.js'),
        import('../app/watch.js'),
      ]);
      const s = await asUsage(() =>
        withStore(opts.db, (store) => addSource(store, url, { everyMs: opts.every, name: opts.name, http: watchSettingsFromEnv().http })),
      );
      if (opts.json) outJson(s);
      else out(`${s.id}  ${s.kind}  every ${formatDuration(s.everyMs)}  ${s.url}`);
      exit.code = EXIT.ok;
    });
  cmd
    .command('list')
    .description('followed sources: status, last and next fetch, documents stored, last error')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action(async (opts: { db?: string; json?: boolean }) => {
      const [{ withStore }] = await Promise.all([import('../app/store.js')]);
      const rows = await withStore(opts.db, (store) => store.monitor.sources());
      if (opts.json) outJson(rows);
      else
        for (const s of rows)
          out(
            [
              s.id,
              s.kind.padEnd(7),
              (s.lastStatus ?? 'new').padEnd(12),
              `last ${when(s.lastFetchAt)}`,
              `next ${when(s.nextFetchAt)}`,
              `items ${s.items}`,
              s.name ? `${s.name} <${s.url}>` : s.url,
              s.lastError ? `error: ${s.lastError}` : '',
            ]
              .filter(Boolean)
              .join('  '),
          );
      exit.code = EXIT.ok;
    });
  cmd
    .command('remove')
    .description('stop following a source (the documents it brought stay)')
    .argument('<id>', 'source id (or its URL)')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { db?: string; json?: boolean }) => {
      const [{ withStore }, { removeSource }] = await Promise.all([import('../app/store.js'), import('../app/sources.js')]);
      const removed = await withStore(opts.db, (store) => removeSource(store, id));
      if (opts.json) outJson({ id, removed });
      if (!removed) {
        warn(id, 'no such source');
        exit.code = EXIT.failed;
        return;
      }
      if (!opts.json) out(`removed ${id}`);
      exit.code = EXIT.ok;
    });
  cmd
    .command('check')
    .description('dry run: fetch an address and print what following it would ingest (nothing is stored)')
    .argument('<url>', 'feed, sitemap or news index page')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action(async (url: string, opts: { db?: string; json?: boolean }) => {
      const [{ withStore }, { checkSource }, { watchSettingsFromEnv }] = await Promise.all([
        import('../app/store.js'),
        import('../app/sources.js'),
        import('../app/watch.js'),
      ]);
      const check = await asUsage(() => withStore(opts.db, (store) => checkSource(store, url, watchSettingsFromEnv().http)));
      if (opts.json) outJson(check);
      else {
        const fresh = check.items.filter((i) => !i.known);
        out(`${check.url}: ${check.kind}, ${check.items.length} items, ${fresh.length} new`);
        for (const i of check.items) out(`${i.known ? 'known' : 'new  '}  ${i.url}${i.title ? `  ${i.title}` : ''}`);
      }
      exit.code = EXIT.ok;
    });
  return cmd;
}

export function watchCommand(exit: Exit): Command {
  return new Command('watch')
    .description('fetch followed sources when due, ingest new articles, deliver watchlist alerts; until interrupted')
    .option('--once', 'one round over the sources due now, deliveries, then exit')
    .option(...DB_OPTION)
    .option('--json', 'one JSON line per source fetched')
    .action(async (opts: { once?: boolean; db?: string; json?: boolean }) => {
      const [{ withStore, connectStore }, { watchLoop, watchOnce, watchSettingsFromEnv }] = await Promise.all([
        import('../app/store.js'),
        import('../app/watch.js'),
      ]);
      const settings = {
        ...watchSettingsFromEnv(),
        onSource: (r: import('../app/sources.js').SourceReport) =>
          opts.json
            ? outJson(r, false)
            : out(
                `${r.id}  ${r.status.padEnd(12)}  stored ${r.stored}, skipped ${r.skipped}, pending ${r.pending}  ${r.url}${r.error ? `  error: ${r.error}` : ''}`,
              ),
        onError: (e: unknown) => warn('watch', (e as Error).message),
      };
      if (opts.once) {
        const turn = await withStore(opts.db, (store) => watchOnce(store, settings));
        for (const w of turn.delivery.webhooks) if (!w.ok) warn(`watchlist ${w.watchlist}`, `webhook failed: ${w.error}`);
        for (const d of turn.delivery.digests) if (!d.ok) warn(d.to, `digest failed: ${d.error}`);
        exit.code = turn.sources.some((s) => s.status === 'error') ? EXIT.failed : EXIT.ok;
        return;
      }
      const store = await connectStore(opts.db);
      const { refreshKept } = await import('../query/knowledge/queries.js');
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
      try {
        // Kept answers (overview, graph) are computed again after a turn that stored something.
        await watchLoop(store, stop.signal, {
          ...settings,
          onTurn: async (t) => {
            if (t.sources.some((r) => r.stored > 0)) await refreshKept(store, stop.signal);
          },
        });
      } finally {
        process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
        await store.close();
      }
      exit.code = EXIT.ok;
    });
}
