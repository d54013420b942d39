// Following sources: adding one (its kind found by fetching it once), a dry run, and the poller's
// round. A round takes each due source under a lease, fetches it conditionally, fetches every item
// not seen before as a page (Readability, as for files) and ingests it through the same use case as
// `coopgraph ingest`, so duplicates and near-duplicates are handled alike. Progress is written per
// item, and a feed's validators only once every item is done: a poller killed mid-round leaves
// the rest for the next one, and what it stored is recognised by its URL.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { SourceDoc } from '../core/doc.js';
import { listItems, type ListedItem } from '../ingest/discover.js';
import { Fetcher, FetchError, textOf, type HttpPolicy } from '../ingest/http.js';
import { readHtmlPage } from '../ingest/html.js';
import { safeId } from '../ingest/source.js';
import type { SourceRecord } from '../store/monitor.js';
import type { Store } from '../store/store.js';
import { ingestDocument, type StoredOutcome } from './ingest.js';
import { StoreUnavailableError } from './errors.js';

export const DEFAULT_EVERY_MS = 30 * 60_000;
/** The shortest interval a source may be polled at. */
export const MIN_EVERY_MS = 1000;

export interface PollSettings {
  /** Who holds a lease (default: host, process and a random part). */
  poller?: string;
  /** How long a claimed source stays with its poller without news from it; renewed per item. */
  leaseMs?: number;
  /** At most this many new items per source and round (the newest). */
  maxItems?: number;
  http?: Partial<HttpPolicy>;
  /** One line per source fetched. */
  onSource?: (report: SourceReport) => void;
}

export interface SourceReport {
  id: string;
  url: string;
  status: 'ok' | 'not-modified' | 'error' | 'blocked';
  httpStatus: number | null;
  items: number;
  stored: number;
  skipped: number;
  /** Items to try again next round (their pages failed for now). */
  pending: number;
  error: string | null;
}

/** A source given by hand that cannot be followed: exit code 2 on the CLI, 400 on the API. */
export class SourceError extends Error {}

const DEFAULT_LEASE_MS = 15 * 60_000;
const DEFAULT_MAX_ITEMS = 100;

export function newPollerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

function checkedUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new SourceError(`${url}: not a URL`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new SourceError(`${url}: only http and https addresses can be followed`);
  return u.toString();
}

export interface CheckedItem {
  url: string;
  title: string | null;
  /** Already stored (by URL) or handed over by this source before. */
  known: boolean;
}

export interface SourceCheck {
  url: string;
  kind: SourceRecord['kind'];
  items: CheckedItem[];
}

/** A dry run: what an address lists and which of its items would be new. Fetches the address only. */
export async function checkSource(store: Store | null, url: string, http: Partial<HttpPolicy> = {}): Promise<SourceCheck> {
  const address = checkedUrl(url);
  const fetcher = new Fetcher(http);
  if (!(await fetcher.allowed(address))) throw new SourceError(`${address}: robots.txt disallows it`);
  let got;
  try {
    got = await fetcher.get(address);
  } catch (e) {
    throw new SourceError((e as Error).message);
  }
  if (got.status !== 200) throw new SourceError(`${address}: unexpected ${got.status}`);
  const listing = listItems(textOf(got.bytes, got.contentType), got.url, got.contentType);
  if (!listing.ok) throw new SourceError(`${address}: ${listing.reason}`);
  const items: CheckedItem[] = [];
  for (const item of listing.items) {
    const known = store ? (await store.monitor.documentByUrl(item.url)) !== null : false;
    items.push({ url: item.url, title: item.title, known });
  }
  return { url: address, kind: listing.kind, items };
}

/** Follows an address: fetched once to find its kind (and that it lists something), due at once. */
export async function addSource(
  store: Store,
  url: string,
  opts: { everyMs?: number; name?: string | null; http?: Partial<HttpPolicy> } = {},
): Promise<SourceRecord> {
  const everyMs = opts.everyMs ?? DEFAULT_EVERY_MS;
  if (everyMs < MIN_EVERY_MS) throw new SourceError(`interval ${everyMs} ms is below the ${MIN_EVERY_MS} ms minimum`);
  const address = checkedUrl(url);
  if (await store.monitor.source(address)) throw new SourceError(`${address}: already followed`);
  const check = await checkSource(store, address, opts.http);
  const now = new Date().toISOString();
  return store.monitor.addSource({
    id: randomBytes(4).toString('hex'),
    url: address,
    name: opts.name ?? null,
    kind: check.kind,
    everyMs,
    createdAt: now,
    nextFetchAt: now,
  });
}

export async function removeSource(store: Store, id: string): Promise<boolean> {
  const s = await store.monitor.source(id);
  return s ? store.monitor.removeSource(s.id) : false;
}

/** One round: every source due now, each by one poller, until none is left. */
export async function pollDue(store: Store, settings: PollSettings = {}, fetcher = new Fetcher(settings.http)): Promise<SourceReport[]> {
  const poller = settings.poller ?? newPollerId();
  const leaseMs = settings.leaseMs ?? DEFAULT_LEASE_MS;
  const reports: SourceReport[] = [];
  const started = new Date().toISOString();
  for (;;) {
    // Due at the round's start: a source that becomes due again during the round waits for the next.
    const source = await store.monitor.claimDue(poller, started, new Date(Date.now() + leaseMs).toISOString());
    if (!source) return reports;
    const report = await pollSource(store, source, { poller, leaseMs, maxItems: settings.maxItems ?? DEFAULT_MAX_ITEMS, fetcher });
    settings.onSource?.(report);
    reports.push(report);
  }
}

interface PollContext {
  poller: string;
  leaseMs: number;
  maxItems: number;
  fetcher: Fetcher;
}

async function pollSource(store: Store, source: SourceRecord, ctx: PollContext): Promise<SourceReport> {
  const began = Date.now();
  const report: SourceReport = {
    id: source.id,
    url: source.url,
    status: 'ok',
    httpStatus: null,
    items: 0,
    stored: 0,
    skipped: 0,
    pending: 0,
    error: null,
  };
  let bytes = 0;
  let validators: { etag?: string | null; lastModified?: string | null } = {};
  let nextAt = 0;
  try {
    if (!(await ctx.fetcher.allowed(source.url))) {
      report.status = 'blocked';
      report.error = 'robots.txt disallows this address';
    } else {
      const got = await ctx.fetcher.get(source.url, { etag: source.etag, lastModified: source.lastModified });
      if (got.status === 304) {
        report.status = 'not-modified';
        report.httpStatus = 304;
      } else {
        report.httpStatus = 200;
        bytes = got.bytes.length;
        const listing = listItems(textOf(got.bytes, got.contentType), got.url, got.contentType);
        if (!listing.ok) throw new FetchError(listing.reason, false, 200);
        const items = listing.items.slice(-ctx.maxItems);
        report.items = items.length;
        for (const item of items) await takeItem(store, source, item, ctx, report);
        // Validators only once nothing is left over: a pending item must see the feed again.
        validators = report.pending ? { etag: null, lastModified: null } : { etag: got.etag, lastModified: got.lastModified };
      }
    }
  } catch (e) {
    if (e instanceof StoreUnavailableError) throw e;
    report.status = 'error';
    report.error = (e as Error).message;
    if (e instanceof FetchError) {
      report.httpStatus = e.httpStatus;
      if (e.retryAt !== null) nextAt = Math.max(nextAt, e.retryAt);
    }
  }
  // The interval counts from the end of a round, so that a long round is not followed at once by the next.
  nextAt = Math.max(nextAt, Date.now() + source.everyMs);
  const at = new Date().toISOString();
  await store.monitor.finishFetch(
    source.id,
    { nextFetchAt: new Date(nextAt).toISOString(), status: report.status, error: report.error, stored: report.stored, ...validators },
    {
      sourceId: source.id,
      at,
      poller: ctx.poller,
      status: report.status,
      httpStatus: report.httpStatus,
      bytes,
      items: report.items,
      stored: report.stored,
      ms: Date.now() - began,
      error: report.error,
    },
  );
  return report;
}

/** One listed item: skipped when known, else its page fetched, read and ingested. */
async function takeItem(store: Store, source: SourceRecord, item: ListedItem, ctx: PollContext, report: SourceReport): Promise<void> {
  const m = store.monitor;
  const now = () => new Date().toISOString();
  await m.renewLease(source.id, ctx.poller, new Date(Date.now() + ctx.leaseMs).toISOString());
  if (await m.itemSeen(source.id, item.url)) {
    report.skipped++;
    return;
  }
  const known = await m.documentByUrl(item.url);
  if (known) {
    report.skipped++;
    await m.markItem(source.id, item.url, 'known', known, now());
    return;
  }
  let doc: SourceDoc | null = null;
  let failure: string | null = null;
  if (!(await ctx.fetcher.allowed(item.url))) failure = 'robots.txt disallows this page';
  else
    try {
      const page = await ctx.fetcher.get(item.url);
      if (page.status === 200) {
        const read = readHtmlPage(textOf(page.bytes, page.contentType), { id: safeId(item.url, 'item'), source: item.url, url: item.url });
        if (read.ok) doc = read.doc;
        else failure = read.reason;
      }
    } catch (e) {
      if (e instanceof FetchError && e.transient) {
        report.pending++;
        return;
      }
      failure = (e as Error).message;
    }
  // The page said nothing readable (or may not be read): the feed's own text of the item, if any.
  doc ??= item.doc && { ...item.doc, id: safeId(item.url, item.doc.id), source: item.url };
  if (!doc) {
    report.error ??= failure;
    await m.markItem(source.id, item.url, 'failed', null, now());
    return;
  }
  try {
    const outcome = await ingestDocument(store, doc);
    if (outcome.status === 'inserted') report.stored++;
    else report.skipped++;
    await m.markItem(source.id, item.url, outcome.status === 'inserted' ? 'stored' : 'duplicate', outcome.id, now());
  } catch (e) {
    if (e instanceof StoreUnavailableError) throw e;
    report.error ??= `${item.url}: ${(e as Error).message}`;
    await m.markItem(source.id, item.url, 'failed', null, now());
  }
}

/**
 * One article by its address (an editor pasting a URL): fetched politely as the poller would,
 * read with Readability and ingested. An address already stored is not fetched again.
 */
export async function ingestUrl(store: Store, url: string, http: Partial<HttpPolicy> = {}): Promise<StoredOutcome> {
  const address = checkedUrl(url);
  const known = await store.monitor.documentByUrl(address);
  if (known) return { status: 'duplicate', source: address, id: known, existingId: known };
  const fetcher = new Fetcher(http);
  if (!(await fetcher.allowed(address))) throw new SourceError(`${address}: robots.txt disallows it`);
  let page;
  try {
    page = await fetcher.get(address);
  } catch (e) {
    throw new SourceError((e as Error).message);
  }
  if (page.status !== 200) throw new SourceError(`${address}: unexpected ${page.status}`);
  const read = readHtmlPage(textOf(page.bytes, page.contentType), { id: safeId(address, 'page'), source: address, url: address });
  if (!read.ok) throw new SourceError(`${address}: ${read.reason}`);
  return ingestDocument(store, read.doc);
}

/** When the next source is due (ISO), or null when nothing is followed. */
export async function nextDue(store: Store): Promise<number | null> {
  const sources = await store.monitor.sources();
  return sources.length ? Math.min(...sources.map((s) => Date.parse(s.nextFetchAt))) : null;
}
