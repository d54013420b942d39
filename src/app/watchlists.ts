// Watchlists: saved questions whose answers stored later are alerts, and their delivery: a JSON
// POST per watchlist with a webhook (HMAC-SHA256 signed, retried with backoff, each attempt logged),
// and an e-mail digest per address over SMTP at an interval. What was delivered is recorded per
// watchlist, channel and document, so each alert goes out once on each channel.
import { createHmac, randomBytes } from 'node:crypto';
import { AGREEMENT_KINDS, EVENT_TYPES, SECTORS } from '../core/facts.js';
import type { WatchlistRecord, WatchQuery } from '../store/monitor.js';
import type { Store } from '../store/store.js';
import { describeQuery, watchlistAlerts, type Alert } from '../query/watchlists.js';

export const SIGNATURE_HEADER = 'x-coopgraph-signature';

/** A watchlist asked for in a way that cannot work: exit code 2 on the CLI, 400 on the API. */
export class WatchlistError extends Error {}

export interface NewWatchlist extends WatchQuery {
  name: string;
  webhook?: string | null;
  /** The webhook's signing key; made when not given (and shown once). */
  secret?: string | null;
  email?: string | null;
}

const CODE = /^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/;

export function validateQuery(q: WatchQuery): WatchQuery {
  const out: WatchQuery = {};
  for (const field of ['party', 'with'] as const) {
    const v = q[field]?.trim();
    if (!v) continue;
    if (!CODE.test(v)) throw new WatchlistError(`${field}: ${v} is not a party code such as RU-ALT or KZ`);
    out[field] = v.toUpperCase();
  }
  const choose = (field: 'type' | 'kind' | 'sector', allowed: readonly string[]) => {
    const v = q[field]?.trim();
    if (!v) return;
    if (!allowed.includes(v)) throw new WatchlistError(`${field}: ${v} is not one of ${allowed.join(', ')}`);
    out[field] = v;
  };
  choose('type', EVENT_TYPES);
  choose('kind', AGREEMENT_KINDS);
  choose('sector', SECTORS);
  if (q.person?.trim()) out.person = q.person.trim();
  if (q.words?.trim()) out.words = q.words.trim();
  if (Object.keys(out).length === 0)
    throw new WatchlistError('a watchlist needs at least one of party, with, type, kind, sector, person, words');
  return out;
}

function httpUrl(field: string, value: string): string {
  try {
    const u = new URL(value);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.toString();
  } catch {
    // reported below
  }
  throw new WatchlistError(`${field}: ${value} is not an http(s) address`);
}

export async function addWatchlist(store: Store, w: NewWatchlist): Promise<WatchlistRecord> {
  const name = w.name?.trim();
  if (!name) throw new WatchlistError('name: a watchlist needs a name');
  const query = validateQuery(w);
  const email = w.email?.trim() || null;
  if (email && !/^[^\s@]+@[^\s@]+$/.test(email)) throw new WatchlistError(`email: ${email} is not an address`);
  const webhook = w.webhook ? httpUrl('webhook', w.webhook) : null;
  const now = new Date().toISOString();
  const record: WatchlistRecord = {
    id: randomBytes(4).toString('hex'),
    name,
    query,
    webhook,
    secret: webhook ? w.secret || randomBytes(24).toString('base64url') : null,
    email,
    createdAt: now,
    seenAt: now,
    digestAt: null,
  };
  await store.monitor.addWatchlist(record);
  return record;
}

/** A watchlist as shown to anyone: the webhook's secret left out. */
export type PublicWatchlist = Omit<WatchlistRecord, 'secret'> & { description: string; alerts: number; newAlerts: number };

export async function listWatchlists(store: Store): Promise<PublicWatchlist[]> {
  const out: PublicWatchlist[] = [];
  for (const w of await store.monitor.watchlists()) out.push(await publicWatchlist(store, w));
  return out;
}

export async function publicWatchlist(store: Store, w: WatchlistRecord, alerts?: Alert[]): Promise<PublicWatchlist> {
  const all = alerts ?? (await watchlistAlerts(store, w));
  const { secret: _secret, ...rest } = w;
  return { ...rest, description: describeQuery(w.query), alerts: all.length, newAlerts: all.filter((a) => a.isNew).length };
}

/** The inbox: alerts with those stored since the last look marked new; `seen` moves that mark to now. */
export async function inbox(
  store: Store,
  id: string,
  opts: { seen?: boolean } = {},
): Promise<{ watchlist: PublicWatchlist; alerts: Alert[] } | null> {
  const w = await store.monitor.watchlist(id);
  if (!w) return null;
  const alerts = await watchlistAlerts(store, w);
  if (opts.seen) await store.monitor.markSeen(id, new Date().toISOString());
  return { watchlist: await publicWatchlist(store, w, alerts), alerts };
}

// ---- delivery --------------------------------------------------------------------------------

export interface DeliverySettings {
  /** Webhook attempts after the first, with doubling backoff. */
  retries?: number;
  backoffMs?: number;
  timeoutMs?: number;
  /** smtp:// or smtps:// URL ($COOPGRAPH_SMTP_URL); no digest without it. */
  smtpUrl?: string | null;
  /** Least time between two digests of one watchlist. */
  digestEveryMs?: number;
  /** The digest's sender. */
  from?: string;
}

export interface DeliveryReport {
  webhooks: { watchlist: string; alerts: number; ok: boolean; attempts: number; error: string | null }[];
  digests: { to: string; alerts: number; ok: boolean; error: string | null }[];
}

export const DEFAULT_DIGEST_EVERY_MS = 24 * 3_600_000;

export function sign(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends every watchlist's undelivered alerts: webhooks now, e-mail digests when due. */
export async function deliverAlerts(store: Store, settings: DeliverySettings = {}): Promise<DeliveryReport> {
  const report: DeliveryReport = { webhooks: [], digests: [] };
  const digests = new Map<string, { w: WatchlistRecord; alerts: Alert[] }[]>();
  const now = Date.now();
  for (const w of await store.monitor.watchlists()) {
    const alerts = await watchlistAlerts(store, w);
    if (w.webhook) {
      const sent = await store.monitor.delivered(w.id, 'webhook');
      const fresh = alerts.filter((a) => !sent.has(a.doc));
      if (fresh.length) report.webhooks.push(await postWebhook(store, w, fresh, settings));
    }
    const every = settings.digestEveryMs ?? DEFAULT_DIGEST_EVERY_MS;
    if (w.email && settings.smtpUrl && (!w.digestAt || now - Date.parse(w.digestAt) >= every)) {
      const sent = await store.monitor.delivered(w.id, 'email');
      const fresh = alerts.filter((a) => !sent.has(a.doc));
      if (fresh.length) digests.set(w.email, [...(digests.get(w.email) ?? []), { w, alerts: fresh }]);
    }
  }
  if (digests.size && settings.smtpUrl) report.digests = await sendDigests(store, digests, settings);
  return report;
}

async function postWebhook(store: Store, w: WatchlistRecord, alerts: Alert[], s: DeliverySettings) {
  const body = JSON.stringify({ watchlist: { id: w.id, name: w.name, query: w.query }, alerts });
  const retries = s.retries ?? 3;
  let error: string | null = null;
  let attempts = 0;
  for (; attempts <= retries; attempts++) {
    if (attempts > 0) await sleep((s.backoffMs ?? 1000) * 2 ** (attempts - 1));
    try {
      const res = await fetch(w.webhook!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: sign(w.secret ?? '', body), 'user-agent': 'coopgraph' },
        body,
        signal: AbortSignal.timeout(s.timeoutMs ?? 10_000),
      });
      await res.body?.cancel();
      if (res.ok) {
        error = null;
        attempts++;
        break;
      }
      error = `HTTP ${res.status}`;
      // A client error will not go away by asking again, except being asked to slow down.
      if (res.status < 500 && res.status !== 429) {
        attempts++;
        break;
      }
    } catch (e) {
      error = (e as Error).message;
    }
  }
  const ok = error === null;
  const at = new Date().toISOString();
  if (ok)
    await store.monitor.recordDelivered(
      w.id,
      'webhook',
      alerts.map((a) => a.doc),
      at,
    );
  await store.monitor.logDelivery({
    watchlistId: w.id,
    channel: 'webhook',
    target: w.webhook!,
    at,
    attempts,
    alerts: alerts.length,
    ok,
    error,
  });
  return { watchlist: w.id, alerts: alerts.length, ok, attempts, error };
}

/** One message per address, a section per watchlist. */
export function digestText(groups: readonly { w: WatchlistRecord; alerts: readonly Alert[] }[]): string {
  return groups
    .map(({ w, alerts }) =>
      [
        `${w.name} (${describeQuery(w.query)}): ${alerts.length} new`,
        ...alerts.map((a) => `- ${a.title ?? a.doc}${a.url ? ` <${a.url}>` : ''}\n${a.items.map((i) => `    ${i.summary}`).join('\n')}`),
      ].join('\n'),
    )
    .join('\n\n');
}

async function sendDigests(
  store: Store,
  digests: Map<string, { w: WatchlistRecord; alerts: Alert[] }[]>,
  s: DeliverySettings,
): Promise<DeliveryReport['digests']> {
  const { createTransport } = await import('nodemailer');
  const transport = createTransport(s.smtpUrl!);
  const out: DeliveryReport['digests'] = [];
  try {
    for (const [to, groups] of digests) {
      const count = groups.reduce((n, g) => n + g.alerts.length, 0);
      const at = new Date().toISOString();
      let error: string | null = null;
      try {
        await transport.sendMail({
          from: s.from ?? 'coopgraph <coopgraph@localhost>',
          to,
          subject: `coopgraph: ${count} new alert${count === 1 ? '' : 's'}`,
          text: digestText(groups),
        });
      } catch (e) {
        error = (e as Error).message;
      }
      for (const { w, alerts } of groups) {
        if (!error) {
          await store.monitor.recordDelivered(
            w.id,
            'email',
            alerts.map((a) => a.doc),
            at,
          );
          await store.monitor.markDigested(w.id, at);
        }
        await store.monitor.logDelivery({
          watchlistId: w.id,
          channel: 'email',
          target: to,
          at,
          attempts: 1,
          alerts: alerts.length,
          ok: !error,
          error,
        });
      }
      out.push({ to, alerts: count, ok: !error, error });
    }
  } finally {
    transport.close();
  }
  return out;
}
