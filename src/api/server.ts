// Serving the API on a port, and stopping cleanly: on SIGINT or SIGTERM the server stops
// accepting, lets requests in flight finish, then closes the store.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve as listen } from '@hono/node-server';
import { pino, type Logger } from 'pino';
import type { Store } from '../store/store.js';
import { createApp } from './app.js';
import { mountWebApp } from './web.js';

export interface Serving {
  url: string;
  /** Stops as the signals do; resolves once the store is closed. */
  close(): Promise<void>;
  /** Resolves when the server has shut down and the store is closed. */
  closed: Promise<void>;
}

export async function serve(store: Store, where: { port: number; host: string }, logger: Logger = pino()): Promise<Serving> {
  const app = createApp(store, { logger });
  mountWebApp(app);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = listen({ fetch: app.fetch, port: where.port, hostname: where.host }, () => resolve(s as Server)) as Server;
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${where.host.includes(':') ? `[${where.host}]` : where.host}:${port}`;
  logger.info({ url, engine: store.engine }, 'listening');

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
      // close() stops accepting and waits for requests in flight; idle keep-alive sockets go now.
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
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
