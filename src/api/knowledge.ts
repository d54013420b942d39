// The knowledge-base routes and the API's access rules. Handlers validate (zod route definitions),
// call query/knowledge and app/ use cases, and serialize; nothing else.
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import { requestRole, route } from './access.js';
import type { Env } from 'hono';
import { curate, NotFoundError } from '../app/knowledge.js';
import { withSourceLabel } from '../query/documents.js';
import * as Q from '../query/knowledge/queries.js';
import * as R from '../query/knowledge/render.js';
import type { HeavyRead } from '../app/workers/queries.js';
import type { Store } from '../store/store.js';
import * as K from './knowledge-schemas.js';
import { bearer, denied, invalid, json } from './responses.js';
import * as S from './schemas.js';

const text = (types: string[], description: string) => ({
  content: Object.fromEntries(types.map((t) => [t, { schema: z.string() }])),
  description,
});

const routes = {
  overview: route('read', {
    method: 'get',
    path: '/overview',
    responses: { 200: json(K.Overview, 'counts, latest events, strongest pairs, activity by month') },
  }),
  party: route('read', {
    method: 'get',
    path: '/parties/{code}',
    request: { params: K.CodeParam },
    responses: { 200: json(K.Party, 'the party from the gazetteer'), 404: json(S.ApiError, 'unknown code'), ...invalid },
  }),
  partners: route('read', {
    method: 'get',
    path: '/parties/{code}/partners',
    description:
      'Ranked by activity: per story, an event or agreement 3, a flow 2, a figure or plan 1; a region’s score also counts for its country.',
    request: { params: K.CodeParam, query: z.object({ limit: z.coerce.number().int().min(1).max(200).optional() }) },
    responses: { 200: json(z.array(K.Partner), 'partners, most active first'), ...invalid },
  }),
  dossier: route('read', {
    method: 'get',
    path: '/dossier/{code}',
    description:
      'Everything known about a party (a country covers its regions), or with `with` the relation of two; every line names its sources.',
    request: { params: K.CodeParam, query: K.DossierQuery },
    responses: { 200: { ...json(K.Dossier, 'the dossier'), ...text(['text/markdown', 'text/html'], 'the dossier') }, ...invalid },
  }),
  timeline: route('read', {
    method: 'get',
    path: '/timeline',
    request: { query: K.TimelineQuery },
    responses: { 200: json(z.array(K.Event), 'events merged across sources, newest first'), ...invalid },
  }),
  graph: route('read', {
    method: 'get',
    path: '/graph',
    request: { query: K.GraphQuery },
    responses: { 200: { ...json(K.Graph, 'parties and weighted edges'), ...text(['application/xml'], 'GraphML or GEXF') }, ...invalid },
  }),
  export: route('read', {
    method: 'get',
    path: '/export',
    request: { query: K.ExportQuery },
    responses: { 200: text(['application/x-ndjson', 'text/csv'], 'one record a line, or CSV with a header'), ...invalid },
  }),
  search: route('read', {
    method: 'get',
    path: '/search',
    description: 'Full-text search narrowed by party, event type, sector, language and dates, with facet counts and the matching facts.',
    request: { query: K.FacetedSearchQuery },
    responses: { 200: json(K.FacetedSearch, 'best matches first'), ...invalid },
  }),
  whoami: route('open', {
    method: 'get',
    path: '/whoami',
    security: bearer,
    responses: { 200: json(K.Whoami, 'the role the bearer token grants') },
  }),
  people: route('read', {
    method: 'get',
    path: '/people',
    request: { query: K.PeopleQuery },
    responses: { 200: json(z.array(K.Person), 'people merged across documents and scripts'), ...invalid },
  }),
  merge: route('editor', {
    method: 'post',
    path: '/people/merge',
    security: bearer,
    request: { body: { content: { 'application/json': { schema: K.MergeBody } } } },
    responses: { 200: json(K.MergeBody, 'merged: `from` now resolves to `into`'), ...invalid, ...denied },
  }),
  alias: route('editor', {
    method: 'post',
    path: '/people/{id}/aliases',
    security: bearer,
    request: { params: K.PersonParam, body: { content: { 'application/json': { schema: K.AliasBody } } } },
    responses: { 200: json(z.object({ id: z.string(), alias: z.string() }), 'alias added'), ...invalid, ...denied },
  }),
};

const curateRoute = (action: 'confirm' | 'reject' | 'correct') =>
  route('editor', {
    method: 'post',
    path: `/facts/{doc}/{list}/{index}/${action}`,
    security: bearer,
    description:
      action === 'correct'
        ? 'Replace the item (index into the facts as /documents/{id} serves them) by the body; kept across reextract.'
        : `${action === 'reject' ? 'Reject' : 'Confirm'} the item (index into the facts as /documents/{id} serves them); kept across reextract.${action === 'reject' ? ' Rejected items are left out of the served facts and of every dossier.' : ''}`,
    request: {
      params: K.ItemParams,
      ...(action === 'correct'
        ? {
            body: { content: { 'application/json': { schema: z.union([z.record(z.string(), z.unknown()), z.string()]) } }, required: true },
          }
        : {}),
    },
    responses: { 200: json(K.Curated, 'the decision'), 404: json(S.ApiError, 'no such item'), ...invalid, ...denied },
  });

/** Runs a whole-store read elsewhere (a worker thread of the server), else here. */
export type HeavyReader = <T>(read: HeavyRead) => Promise<T>;

export function knowledgeRoutes<E extends Env>(app: OpenAPIHono<E>, store: Store, heavy?: HeavyReader): void {
  // The overview, the graph, partners and timelines read what every write keeps current
  // (store/tallies.ts), in proportion to their answer: served here. A dossier and a graph over a
  // span of dates still merge items: elsewhere, where a worker thread is at hand.
  const overview = () => Q.overview(store);
  const graph = (q: Q.GraphQuery) => (heavy && (q.from || q.to) ? heavy<Q.Graph>({ name: 'graph', args: [q] }) : Q.graph(store, q));
  const dossier = (code: string, other: string | undefined, o: Q.DossierOptions) =>
    heavy ? heavy<Q.Dossier>({ name: 'dossier', args: [code, other, o] }) : Q.dossier(store, code, other, o);
  const partners = (code: string, limit?: number) => Q.partners(store, code, limit);
  const timeline = (q: Q.TimelineQuery) => Q.timeline(store, q);

  app.openapi(routes.overview, async (c) => c.json(await overview(), 200));

  app.openapi(routes.party, async (c) => {
    const info = Q.partyInfo(c.req.valid('param').code);
    return info.type === 'unknown' ? c.json({ error: `unknown party ${info.code}` }, 404) : c.json(info, 200);
  });

  app.openapi(routes.partners, async (c) => c.json(await partners(c.req.valid('param').code, c.req.valid('query').limit), 200));

  app.openapi(routes.dossier, async (c) => {
    const { with: other, format, today, sources } = c.req.valid('query');
    // A briefing to print cites the newest few documents per line, not thousands.
    const cap = sources ?? (format === 'md' || format === 'html' ? Q.BRIEFING_SOURCES : undefined);
    const d = await dossier(c.req.valid('param').code, other, { today, sources: cap });
    if (format === 'md') return c.body(R.dossierMarkdown(d), 200, { 'content-type': 'text/markdown; charset=utf-8' });
    if (format === 'html') return c.html(R.dossierHtml(d), 200);
    return c.json(d, 200);
  });

  app.openapi(routes.timeline, async (c) => c.json(await timeline(c.req.valid('query')), 200));

  app.openapi(routes.graph, async (c) => {
    const { format, ...q } = c.req.valid('query');
    const g = await graph(q);
    if (format === 'gexf' || format === 'graphml')
      return c.body(format === 'gexf' ? R.graphGexf(g) : R.graphGraphml(g), 200, { 'content-type': 'application/xml; charset=utf-8' });
    return c.json(g, 200);
  });

  app.openapi(routes.export, async (c) => {
    const { what, format } = c.req.valid('query');
    const rows = await Q.exportRows(store, what);
    return format === 'csv'
      ? c.body(R.toCsv(rows), 200, { 'content-type': 'text/csv; charset=utf-8' })
      : c.body(R.toJsonl(rows), 200, { 'content-type': 'application/x-ndjson; charset=utf-8' });
  });

  app.openapi(routes.search, async (c) => {
    const found = await Q.searchFaceted(store, c.req.valid('query'));
    return c.json({ ...found, items: found.items.map(withSourceLabel) }, 200);
  });

  app.openapi(routes.whoami, async (c) => c.json({ role: await requestRole(store, c) }, 200));

  app.openapi(routes.people, async (c) => c.json(await Q.listPeople(store, c.req.valid('query')), 200));

  app.openapi(routes.merge, async (c) => {
    const body = c.req.valid('json');
    await store.knowledge.putMerge(body.from, body.into);
    return c.json(body, 200);
  });

  app.openapi(routes.alias, async (c) => {
    const { id } = c.req.valid('param');
    const { alias } = c.req.valid('json');
    await store.knowledge.addAlias(id, alias);
    return c.json({ id, alias }, 200);
  });

  for (const action of ['confirm', 'reject', 'correct'] as const) {
    app.openapi(curateRoute(action), async (c) => {
      const { doc, list, index } = c.req.valid('param');
      let item: unknown;
      if (action === 'correct') {
        const parsed = S.Facts.shape[list].element.safeParse(await c.req.json());
        if (!parsed.success)
          return c.json(
            {
              error: 'invalid request: the corrected item',
              issues: parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message })),
            },
            400,
          );
        item = parsed.data;
      }
      try {
        return c.json(await curate(store, { doc, list, index }, action, { item, by: 'api' }), 200);
      } catch (e) {
        if (e instanceof NotFoundError) return c.json({ error: e.message }, 404);
        throw e;
      }
    });
  }
}
