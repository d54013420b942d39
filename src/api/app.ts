// The HTTP API as a Hono app over a store. Handlers validate (zod, through the route
// definitions), call the shared use cases and queries, and serialize; nothing else.
import { createHash } from 'node:crypto';
import { OpenAPIHono, z, type RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { pino, type Logger } from 'pino';
import { DEFAULT_MAX_BYTES } from '../app/config.js';
import { isDocumentTooLarge } from '../app/errors.js';
import { ingestAnalyzed, ingestDocument } from '../app/ingest.js';
import { AnalysisTimeoutError, type Offload } from '../app/offload.js';
import { readHtmlPage } from '../ingest/html.js';
import { sourceDoc } from '../ingest/source.js';
import { countDocuments, getDocument, getFacts, listDocuments, withSourceLabel } from '../query/documents.js';
import type { Store } from '../store/store.js';
import { edge, noNulInAddress, route, securityHeaders } from './access.js';
import { knowledgeRoutes } from './knowledge.js';
import { monitorRoutes } from './monitor.js';
import { bearer, denied, invalid as invalidRequest, json } from './responses.js';
import * as S from './schemas.js';

export interface AppOptions {
  /** One line per request goes here (default: pino to stdout). */
  logger?: Logger;
  /** Largest request body accepted by POST /documents. */
  maxBytes?: number;
  /** Called after every write that succeeded (an ingest, a curation, a merge). */
  onChange?: () => void;
  /** Worker threads for analysis (the server's); without it a posted document is analyzed in-process. */
  offload?: Offload;
  /** Where the store lives, for workers to open it too: whole-store reads then run in a worker. */
  target?: string;
}

const notFound = { 404: json(S.ApiError, 'no such document') } satisfies RouteConfig['responses'];

const routes = {
  health: route('open', { method: 'get', path: '/health', responses: { 200: json(S.Health, 'the service and its store are up') } }),
  list: route('read', {
    method: 'get',
    path: '/documents',
    request: { query: S.ListQuery },
    responses: { 200: json(S.DocumentList, 'documents, newest published first'), ...invalidRequest },
  }),
  get: route('read', {
    method: 'get',
    path: '/documents/{id}',
    request: { params: S.IdParam },
    responses: { 200: json(S.Document, 'the document with its facts'), ...notFound },
  }),
  facts: route('read', {
    method: 'get',
    path: '/documents/{id}/facts',
    request: { params: S.IdParam },
    responses: { 200: json(S.Facts, "the document's facts record"), ...notFound },
  }),
  post: route('editor', {
    method: 'post',
    path: '/documents',
    description:
      'Ingest one article (editor): a JSON body, or the article itself as a text/plain or text/html body (then id, title, published and url may come as query parameters).',
    security: bearer,
    request: {
      query: S.NewDocument.omit({ text: true }),
      body: {
        required: false,
        content: {
          'application/json': { schema: S.NewDocument },
          'text/plain': { schema: z.string() },
          'text/html': { schema: z.string() },
        },
      },
    },
    responses: {
      201: json(S.IngestOutcome, 'stored (nearDuplicateOf names a near-duplicate it was clustered with)'),
      200: json(S.IngestOutcome, 'identical content is already stored (existingId)'),
      ...invalidRequest,
      413: json(S.ApiError, 'body, or the article text, too large'),
      422: json(S.ApiError, 'the analysis of the article ran over its time budget'),
      ...denied,
    },
  }),
};

/** A 400 that names each offending field. */
function invalid(c: Context, issues: { field: string; message: string }[]) {
  const error = `invalid request: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`;
  return c.json({ error, issues }, 400);
}

export function createApp(store: Store, options: AppOptions = {}) {
  const logger = options.logger ?? pino();
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success)
        return invalid(
          c,
          result.error.issues.map((i) => ({ field: i.path.join('.') || result.target, message: i.message })),
        );
    },
  });

  app.use(securityHeaders);
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    logger.info({ method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) }, 'request');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.res.status < 300) options.onChange?.();
  });
  app.onError((err, c) => {
    if (err instanceof HTTPException) return c.json({ error: err.message }, err.status);
    logger.error({ err, method: c.req.method, path: c.req.path }, 'request failed');
    return c.json({ error: 'internal error' }, 500);
  });
  app.notFound((c) => c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404));
  app.use(edge(store, options.maxBytes ?? DEFAULT_MAX_BYTES));
  app.use(noNulInAddress);
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });

  app.openapi(routes.health, async (c) =>
    c.json({ status: 'ok' as const, engine: store.engine, documents: await countDocuments(store) }, 200),
  );

  app.openapi(routes.list, async (c) => {
    const q = c.req.valid('query');
    const [total, items] = await Promise.all([countDocuments(store, q), listDocuments(store, q)]);
    return c.json({ total, items: items.map(withSourceLabel) }, 200);
  });

  app.openapi(routes.get, async (c) => {
    const { id } = c.req.valid('param');
    const doc = await getDocument(store, id);
    return doc ? c.json(withSourceLabel(doc), 200) : c.json({ error: `no document ${id}` }, 404);
  });

  app.openapi(routes.facts, async (c) => {
    const { id } = c.req.valid('param');
    const facts = await getFacts(store, id);
    return facts ? c.json(facts, 200) : c.json({ error: `no facts for document ${id}` }, 404);
  });

  // Search (with facets), dossiers, partners, curation...: the knowledge-base routes.
  const workers = options.offload;
  const target = options.target;
  knowledgeRoutes(app, store, workers && target ? (read) => workers.read(target, read) : undefined);
  // Followed sources, watchlists, alerts and their Atom feeds.
  monitorRoutes(app, store);

  app.openapi(routes.post, async (c) => {
    const type = c.req.header('content-type') ?? '';
    const posted = type.startsWith('application/json') ? c.req.valid('json') : null;
    const { text, ...meta } = posted && typeof posted === 'object' ? posted : { ...c.req.valid('query'), text: await c.req.text() };
    if (!text.trim()) return invalid(c, [{ field: 'text', message: 'expected the article text' }]);
    const id = meta.id ?? `doc-${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
    const where = { ...meta, id, source: meta.url ?? `api:${id}` };
    const read = type.startsWith('text/html') ? readHtmlPage(text, where) : sourceDoc({ ...where, body: text });
    if (!read.ok) return invalid(c, [{ field: 'text', message: read.reason }]);
    let outcome;
    try {
      outcome = options.offload
        ? await options.offload.analyze(read.doc).then(({ record, facts }) => ingestAnalyzed(store, record, facts))
        : await ingestDocument(store, read.doc);
    } catch (e) {
      if (isDocumentTooLarge(e)) return c.json({ error: (e as Error).message }, 413);
      if (e instanceof AnalysisTimeoutError) return c.json({ error: (e as Error).message }, 422);
      throw e;
    }
    return outcome.status === 'inserted' ? c.json(outcome, 201) : c.json(outcome, 200);
  });

  app.doc('/openapi.json', {
    openapi: '3.0.3',
    info: { title: 'coopgraph', version: '1', description: 'Cooperation between regions and countries, as extracted from news articles.' },
  });
  return app;
}
