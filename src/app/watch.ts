// The poller as a loop: a round over the due sources, then the alerts delivered, then a sleep until
// the next source is due. `coopgraph watch` runs it, `--once` one turn of it, `serve --watch` beside
// the API. Its settings come from the environment (documented in the README).
import type { Store } from '../store/store.js';
import { parseDuration } from './duration.js';
import { newPollerId, nextDue, pollDue, type PollSettings, type SourceReport } from './sources.js';
import { deliverAlerts, type DeliveryReport, type DeliverySettings } from './watchlists.js';

export interface WatchSettings extends PollSettings {
  delivery?: DeliverySettings;
  /** Called (and awaited) after each turn: a round and its deliveries. */
  onTurn?: (turn: { sources: SourceReport[]; delivery: DeliveryReport }) => void | Promise<void>;
  onError?: (err: unknown) => void;
}

/** The longest sleep between turns: sources added meanwhile are seen within it. */
const MAX_IDLE_MS = 30_000;
const MIN_IDLE_MS = 200;

const env = (name: string) => process.env[name] || undefined;

function durationFromEnv(name: string): number | undefined {
  const v = env(name);
  if (v === undefined) return undefined;
  const ms = parseDuration(v);
  if (ms === null) throw new Error(`${name}=${v}: expected a duration such as 30s, 15m, 1h or 500ms`);
  return ms;
}

/** Poller and delivery settings from $COOPGRAPH_POLITENESS, _FETCH_TIMEOUT, _WATCH_LEASE, _SMTP_URL, _DIGEST_EVERY, _MAIL_FROM. */
export function watchSettingsFromEnv(): WatchSettings {
  const perHostMs = durationFromEnv('COOPGRAPH_POLITENESS');
  const timeoutMs = durationFromEnv('COOPGRAPH_FETCH_TIMEOUT');
  const backoffMs = durationFromEnv('COOPGRAPH_FETCH_BACKOFF');
  return {
    leaseMs: durationFromEnv('COOPGRAPH_WATCH_LEASE'),
    http: {
      ...(perHostMs !== undefined ? { perHostMs } : {}),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      ...(backoffMs !== undefined ? { backoffMs } : {}),
    },
    delivery: {
      smtpUrl: env('COOPGRAPH_SMTP_URL') ?? null,
      digestEveryMs: durationFromEnv('COOPGRAPH_DIGEST_EVERY'),
      from: env('COOPGRAPH_MAIL_FROM'),
      ...(backoffMs !== undefined ? { backoffMs } : {}),
    },
  };
}

/** One turn: the due sources polled, then every watchlist's new alerts delivered. */
export async function watchOnce(store: Store, settings: WatchSettings = {}) {
  const sources = await pollDue(store, settings);
  const delivery = await deliverAlerts(store, settings.delivery);
  await settings.onTurn?.({ sources, delivery });
  return { sources, delivery };
}

/** Turns until `signal` aborts; a failed turn is reported and the loop goes on. */
export async function watchLoop(store: Store, signal: AbortSignal, settings: WatchSettings = {}): Promise<void> {
  const poller = settings.poller ?? newPollerId();
  while (!signal.aborted) {
    try {
      await watchOnce(store, { ...settings, poller });
    } catch (e) {
      settings.onError?.(e);
    }
    if (signal.aborted) break;
    const due = await nextDue(store).catch(() => null);
    const idle = due === null ? MAX_IDLE_MS : Math.min(MAX_IDLE_MS, Math.max(MIN_IDLE_MS, due - Date.now()));
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, idle);
      signal.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
    });
  }
}
