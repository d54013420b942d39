// Serving the API on a port, and stopping cleanly: on SIGINT or SIGTERM the server stops
// accepting, lets requests in flight finish, then closes the store.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve as listen } from '@hono/node-server';
import { pino, type Logger } from 'pino';
import { refreshKept } from '../query/knowledge/queries.js';
import type { Store } from '../store/store.js';
import { offload } from '../app/offload.js';
import { createApp } from './app.js';
import { mountWebApp } from './web.js';

export interface Serving {
  url: string;
  /** Stops as the signals do; resolves once the store is closed. */
  close(): Promise<void>;
  /** Resolves when the server has shut down and the store is closed. */
  closed: Promise<void>;
}

/**
 * Computes the kept answers again (query/knowledge/kept.ts) in the background: at start, and
 * after each write, once more if writes arrived while it ran.
 */
function keeper(store: Store, logger: Logger, inWorker?: () => Promise<void>) {
  let running: Promise<void> | undefined;
  let again = false;
  const stop = new AbortController();
  const run = async () => {
    do {
      again = false;
      const started = performance.now();
      await (inWorker ? inWorker() : refreshKept(store, stop.signal)).then(
        () => logger.info({ ms: Math.round(performance.now() - started) }, 'kept answers refreshed'),
        (err: unknown) => logger.error({ err }, 'refreshing kept answers failed'),
      );
    } while (again && !stop.signal.aborted);
    running = undefined;
  };
  return {
    refresh: () => {
      if (stop.signal.aborted) return;
      if (running) again = true;
      else running = run();
    },
    /** Stops after the step in progress; resolves when it has. */
    stop: () => {
      stop.abort();
      return running ?? Promise.resolve();
    },
  };
}

/**
 * Work that runs beside the server (the poller of `serve --watch`): started once listening, asked
 * to stop through `signal` on shutdown and awaited before the store closes. `changed` refreshes the
 * kept answers after its writes.
 */
export type Background = (signal: AbortSignal, changed: () => void) => Promise<void>;

export interface ServeOptions {
  /**
   * Where the store lives: given (and not an in-memory SQLite), the kept answers and the
   * whole-store reads are computed in worker threads over connections of their own, never on the
   * event loop.
   */
  target?: string;
  background?: Background;
}

/**
 * Serves the API and the web app until closed.
 */
export async function serve(
  store: Store,
  where: { port: number; host: string },
  logger: Logger = pino(),
  { target, background }: ServeOptions = {},
): Promise<Serving> {
  const workers = offload();
  const shared = target && target !== ':memory:' ? target : undefined;
  const kept = keeper(store, logger, shared ? () => workers.refreshKept(shared) : undefined);
  const app = createApp(store, { logger, onChange: kept.refresh, offload: workers, target: shared });
  mountWebApp(app);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = listen({ fetch: app.fetch, port: where.port, hostname: where.host }, () => resolve(s as Server)) as Server;
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${where.host.includes(':') ? `[${where.host}]` : where.host}:${port}`;
  logger.info({ url, engine: store.engine }, 'listening');
  kept.refresh();
  const stopBackground = new AbortController();
  const running = background?.(stopBackground.signal, kept.refresh).catch((err: unknown) =>
    logger.error({ err }, 'background work failed'),
  );

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
      // close() stops accepting and waits for requests in flight; idle keep-alive sockets go now.
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      stopBackground.abort();
      await running;
      await kept.stop();
      await workers.close();
      await store.close();
      logger.info('stopped');
    })());
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    void close();
  };
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
  return { url, close, closed: new Promise((resolve) => server.once('close', resolve)).then(() => closing) };
}
