// The monitoring routes: followed sources, watchlists, their alerts and Atom feeds. Reads are open
// as every read route is; changes need an editor's token. Handlers call app/ and query/, nothing else.
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from 'hono';
import { DEFAULT_EVERY_MS, SourceError, addSource, checkSource, ingestUrl, removeSource } from '../app/sources.js';
import { watchSettingsFromEnv } from '../app/watch.js';
import { WatchlistError, addWatchlist, inbox, listWatchlists, publicWatchlist } from '../app/watchlists.js';
import { parseDuration } from '../app/duration.js';
import { alertsAtom, watchlistAlerts } from '../query/watchlists.js';
import type { Store } from '../store/store.js';
import { route } from './access.js';
import { bearer, denied, invalid, json } from './responses.js';
import * as S from './schemas.js';

const Source = z
  .object({
    id: z.string(),
    url: z.string(),
    name: z.string().nullable(),
    kind: z.enum(['rss', 'atom', 'sitemap', 'page']),
    everyMs: z.number().int(),
    createdAt: z.string(),
    nextFetchAt: z.string(),
    lastFetchAt: z.string().nullable(),
    lastStatus: z.string().nullable(),
    lastError: z.string().nullable(),
    etag: z.string().nullable(),
    lastModified: z.string().nullable(),
    items: z.number().int(),
  })
  .openapi('Source');

const FetchLogEntry = z
  .object({
    sourceId: z.string(),
    at: z.string(),
    poller: z.string(),
    status: z.string(),
    httpStatus: z.number().int().nullable(),
    bytes: z.number().int(),
    items: z.number().int(),
    stored: z.number().int(),
    ms: z.number().int(),
    error: z.string().nullable(),
  })
  .openapi('FetchLogEntry');

const NewSource = z
  .object({
    url: z.string().min(1).openapi({ example: 'https://example.org/rss' }),
    every: z
      .string()
      .refine((v) => (parseDuration(v) ?? 0) > 0, 'expected a duration such as 30s, 15m, 1h or 1d')
      .optional()
      .openapi({ example: '30m' }),
    name: z.string().optional(),
  })
  .openapi('NewSource');

const SourceCheck = z
  .object({
    url: z.string(),
    kind: z.enum(['rss', 'atom', 'sitemap', 'page']),
    items: z.array(z.object({ url: z.string(), title: z.string().nullable(), known: z.boolean() })),
  })
  .openapi('SourceCheck');

const WatchQuery = z.object({
  party: z.string().optional(),
  with: z.string().optional(),
  type: z.string().optional(),
  kind: z.string().optional(),
  sector: z.string().optional(),
  person: z.string().optional(),
  words: z.string().optional(),
});

const Watchlist = z
  .object({
    id: z.string(),
    name: z.string(),
    query: WatchQuery,
    description: z.string(),
    webhook: z.string().nullable(),
    email: z.string().nullable(),
    createdAt: z.string(),
    seenAt: z.string(),
    digestAt: z.string().nullable(),
    alerts: z.number().int(),
    newAlerts: z.number().int(),
  })
  .openapi('Watchlist');

const NewWatchlist = WatchQuery.extend({
  name: z.string().min(1),
  webhook: z.string().optional(),
  secret: z.string().optional(),
  email: z.string().optional(),
}).openapi('NewWatchlist');

const Alert = z
  .object({
    doc: z.string(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    published: z.string().nullable(),
    ingestedAt: z.string(),
    isNew: z.boolean(),
    items: z.array(
      z.object({
        list: z.string(),
        kind: z.string(),
        parties: z.array(z.string()),
        date: z.string().nullable(),
        name: z.string().nullable(),
        summary: z.string(),
      }),
    ),
  })
  .openapi('Alert');

const Inbox = z.object({ watchlist: Watchlist, alerts: z.array(Alert) }).openapi('Inbox');

const notFound = (what: string) => ({ 404: json(S.ApiError, `no such ${what}`) });

const routes = {
  sources: route('read', { method: 'get', path: '/sources', responses: { 200: json(z.array(Source), 'followed sources') } }),
  addSource: route('editor', {
    method: 'post',
    path: '/sources',
    description: 'Follow an address (editor): fetched once to find its kind (rss, atom, sitemap, page); due at once.',
    security: bearer,
    request: { body: { content: { 'application/json': { schema: NewSource } }, required: true } },
    responses: { 201: json(Source, 'followed'), ...invalid, ...denied },
  }),
  checkSource: route('editor', {
    method: 'post',
    path: '/sources/check',
    description: 'Dry run (editor): what following the address would ingest; nothing is stored.',
    security: bearer,
    request: { body: { content: { 'application/json': { schema: NewSource.pick({ url: true }) } }, required: true } },
    responses: { 200: json(SourceCheck, 'the items listed, known ones marked'), ...invalid, ...denied },
  }),
  ingestUrl: route('editor', {
    method: 'post',
    path: '/sources/ingest',
    description: 'Ingest one article by its address (editor): fetched as the poller would (robots.txt, limits), read with Readability.',
    security: bearer,
    request: { body: { content: { 'application/json': { schema: NewSource.pick({ url: true }) } }, required: true } },
    responses: {
      201: json(S.IngestOutcome, 'stored'),
      200: json(S.IngestOutcome, 'already stored (by its address or its content)'),
      ...invalid,
      ...denied,
    },
  }),
  removeSource: route('editor', {
    method: 'delete',
    path: '/sources/{id}',
    security: bearer,
    request: { params: S.IdParam },
    responses: { 200: json(z.object({ id: z.string(), removed: z.boolean() }), 'no longer followed'), ...notFound('source'), ...denied },
  }),
  sourceLog: route('read', {
    method: 'get',
    path: '/sources/{id}/log',
    request: { params: S.IdParam },
    responses: { 200: json(z.array(FetchLogEntry), 'the latest fetches, newest first'), ...notFound('source') },
  }),
  watchlists: route('read', {
    method: 'get',
    path: '/watchlists',
    responses: { 200: json(z.array(Watchlist), 'watchlists with alert counts') },
  }),
  addWatchlist: route('editor', {
    method: 'post',
    path: '/watchlists',
    description: 'Save a question (editor). With a webhook, the answer carries the signing `secret`, shown this once.',
    security: bearer,
    request: { body: { content: { 'application/json': { schema: NewWatchlist } }, required: true } },
    responses: { 201: json(Watchlist.extend({ secret: z.string().nullable() }), 'saved'), ...invalid, ...denied },
  }),
  removeWatchlist: route('editor', {
    method: 'delete',
    path: '/watchlists/{id}',
    security: bearer,
    request: { params: S.IdParam },
    responses: { 200: json(z.object({ id: z.string(), removed: z.boolean() }), 'deleted'), ...notFound('watchlist'), ...denied },
  }),
  alerts: route('read', {
    method: 'get',
    path: '/watchlists/{id}/alerts',
    description: 'Documents stored after the watchlist was made that answer it, newest first; `isNew`: stored since last seen.',
    request: { params: S.IdParam },
    responses: { 200: json(Inbox, 'the inbox'), ...notFound('watchlist') },
  }),
  seen: route('editor', {
    method: 'post',
    path: '/watchlists/{id}/seen',
    description: 'Marks every alert so far as seen (editor).',
    security: bearer,
    request: { params: S.IdParam },
    responses: { 200: json(Inbox, 'the inbox as it was, before the mark'), ...notFound('watchlist'), ...denied },
  }),
  feed: route('read', {
    method: 'get',
    path: '/watchlists/{id}/feed.atom',
    description: 'The alerts as an Atom feed, for any feed reader.',
    request: { params: S.IdParam },
    responses: { 200: { content: { 'application/atom+xml': { schema: z.string() } }, description: 'Atom 1.0' }, ...notFound('watchlist') },
  }),
};

export function monitorRoutes<E extends Env>(app: OpenAPIHono<E>, store: Store): void {
  const http = () => watchSettingsFromEnv().http;

  app.openapi(routes.sources, async (c) => c.json(await store.monitor.sources(), 200));

  app.openapi(routes.addSource, async (c) => {
    const body = c.req.valid('json');
    try {
      const s = await addSource(store, body.url, {
        everyMs: body.every ? parseDuration(body.every)! : DEFAULT_EVERY_MS,
        name: body.name ?? null,
        http: http(),
      });
      return c.json(s, 201);
    } catch (e) {
      if (e instanceof SourceError)
        return c.json({ error: `invalid request: url: ${e.message}`, issues: [{ field: 'url', message: e.message }] }, 400);
      throw e;
    }
  });

  app.openapi(routes.checkSource, async (c) => {
    try {
      return c.json(await checkSource(store, c.req.valid('json').url, http()), 200);
    } catch (e) {
      if (e instanceof SourceError)
        return c.json({ error: `invalid request: url: ${e.message}`, issues: [{ field: 'url', message: e.message }] }, 400);
      throw e;
    }
  });

  app.openapi(routes.ingestUrl, async (c) => {
    try {
      const outcome = await ingestUrl(store, c.req.valid('json').url, http());
      return outcome.status === 'inserted' ? c.json(outcome, 201) : c.json(outcome, 200);
    } catch (e) {
      if (e instanceof SourceError)
        return c.json({ error: `invalid request: url: ${e.message}`, issues: [{ field: 'url', message: e.message }] }, 400);
      throw e;
    }
  });

  app.openapi(routes.removeSource, async (c) => {
    const { id } = c.req.valid('param');
    return (await removeSource(store, id)) ? c.json({ id, removed: true }, 200) : c.json({ error: `no source ${id}` }, 404);
  });

  app.openapi(routes.sourceLog, async (c) => {
    const { id } = c.req.valid('param');
    const s = await store.monitor.source(id);
    return s ? c.json(await store.monitor.fetchLog(s.id), 200) : c.json({ error: `no source ${id}` }, 404);
  });

  app.openapi(routes.watchlists, async (c) => c.json(await listWatchlists(store), 200));

  app.openapi(routes.addWatchlist, async (c) => {
    try {
      const w = await addWatchlist(store, c.req.valid('json'));
      return c.json({ ...(await publicWatchlist(store, w, [])), secret: w.secret }, 201);
    } catch (e) {
      if (e instanceof WatchlistError) {
        const field = /^(\w+):/.exec(e.message)?.[1] ?? 'body';
        return c.json({ error: `invalid request: ${e.message}`, issues: [{ field, message: e.message }] }, 400);
      }
      throw e;
    }
  });

  app.openapi(routes.removeWatchlist, async (c) => {
    const { id } = c.req.valid('param');
    return (await store.monitor.removeWatchlist(id)) ? c.json({ id, removed: true }, 200) : c.json({ error: `no watchlist ${id}` }, 404);
  });

  app.openapi(routes.alerts, async (c) => {
    const { id } = c.req.valid('param');
    const got = await inbox(store, id);
    return got ? c.json(got, 200) : c.json({ error: `no watchlist ${id}` }, 404);
  });

  app.openapi(routes.seen, async (c) => {
    const { id } = c.req.valid('param');
    const got = await inbox(store, id, { seen: true });
    return got ? c.json(got, 200) : c.json({ error: `no watchlist ${id}` }, 404);
  });

  app.openapi(routes.feed, async (c) => {
    const { id } = c.req.valid('param');
    const w = await store.monitor.watchlist(id);
    if (!w) return c.json({ error: `no watchlist ${id}` }, 404);
    const base = new URL(c.req.url).origin;
    return c.body(alertsAtom(w, await watchlistAlerts(store, w), base), 200, { 'content-type': 'application/atom+xml; charset=utf-8' });
  });
}
