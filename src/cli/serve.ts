// coopgraph serve : the HTTP API over the store, until SIGINT or SIGTERM.
import { Command } from 'commander';
import { serverAddress } from '../app/config.js';
import type { Exit } from './main.js';
import { DB_OPTION, EXIT, nonNegativeInt } from './output.js';

interface Options {
  port?: number;
  host?: string;
  db?: string;
  json?: boolean;
  watch?: boolean;
}

export function serveCommand(exit: Exit): Command {
  return new Command('serve')
    .description('serve the HTTP API (GET /openapi.json describes it) until interrupted')
    .option('--port <n>', 'port to listen on (default: $COOPGRAPH_PORT, else 8080; 0 picks a free one)', nonNegativeInt)
    .option('--host <host>', 'address to listen on (default: $COOPGRAPH_HOST, else 127.0.0.1)')
    .option(...DB_OPTION)
    .option('--json', 'logs are JSON lines in any case; accepted for symmetry')
    .option('--watch', 'also run the poller (as `coopgraph watch`): followed sources fetched when due, alerts delivered')
    .action(async (opts: Options) => {
      const [{ connectStore }, { serve }, { resolveTarget }] = await Promise.all([
        import('../app/store.js'),
        import('../api/server.js'),
        import('../store/index.js'),
      ]);
      const store = await connectStore(opts.db);
      const background = opts.watch ? await poller() : undefined;
      const server = await serve(store, serverAddress(opts), undefined, {
        target: resolveTarget(opts.db),
        background: background && ((signal, changed) => background(store, signal, changed)),
      }).catch(async (e: unknown) => {
        await store.close(); // the port is taken, say: nothing may keep the process alive
        throw e;
      });
      // The logs on stdout are for machines; a person at a terminal gets the address to open.
      if (process.stderr.isTTY)
        process.stderr.write(`coopgraph: open ${server.url}/ (web app; the API is described at ${server.url}/openapi.json)\n`);
      await server.closed;
      exit.code = EXIT.ok;
    });
}

/** The poller beside the server: its turns logged as JSON lines, the kept answers refreshed after each. */
async function poller() {
  const [{ watchLoop, watchSettingsFromEnv }, { pino }] = await Promise.all([import('../app/watch.js'), import('pino')]);
  const settings = watchSettingsFromEnv();
  const logger = pino();
  return (store: import('../store/store.js').Store, signal: AbortSignal, changed: () => void) =>
    watchLoop(store, signal, {
      ...settings,
      onSource: (r) => logger.info({ source: r }, 'source fetched'),
      onTurn: (t) => {
        if (t.sources.some((s) => s.stored > 0)) changed();
        for (const w of t.delivery.webhooks) logger.info({ webhook: w }, 'webhook delivery');
        for (const d of t.delivery.digests) logger.info({ digest: d }, 'digest sent');
      },
      onError: (err) => logger.error({ err }, 'watch turn failed'),
    });
}
