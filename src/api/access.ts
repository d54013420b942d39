// Who may call a route, declared where the route is defined: every route is made by `route(rule,
// config)`, which carries its guards as the route's own middleware and names the rule in the
// OpenAPI document (`x-access`), so a route without a rule is visible (a test fails on one). The
// guards run for HEAD as for GET (Hono answers HEAD with the GET route), write routes read at most
// their body limit and never a body from someone without the role.
import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { allows, roleOf, type AccessRole } from '../app/auth.js';
import { readNeedsToken } from '../app/config.js';
import type { Store } from '../store/store.js';

/** open: anyone; read: anyone unless COOPGRAPH_READ=token, then a reader; editor: an editor or admin (writes). */
export type AccessRule = 'open' | 'read' | 'editor';

/** The largest body of a write route other than POST /documents (a curation, a merge, an alias). */
export const WRITE_BODY_BYTES = 64 * 1024;

/** What the guards need from the app they run in, set on each request by `edge`. */
interface Edge {
  store: Store;
  /** The largest POST /documents body. */
  documentBytes: number;
}

const EDGE = 'coopgraph.edge';
const edgeOf = (c: Context): Edge => c.get(EDGE as never) as Edge;

/** Installed first: the store and limits the route guards read. */
export function edge(store: Store, documentBytes: number): MiddlewareHandler {
  return async (c, next) => {
    c.set(EDGE as never, { store, documentBytes } satisfies Edge as never);
    await next();
  };
}

/** The role a request's bearer token grants (null: none or unknown). */
export async function requestRole(store: Store, c: Context): Promise<AccessRole | null> {
  const token = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  return roleOf(store, token);
}

/** 401 without a valid token, 403 with one whose role is below `needed`. */
function requireRole(needed: AccessRole): MiddlewareHandler {
  return async (c, next) => {
    const role = await requestRole(edgeOf(c).store, c);
    if (!role) return c.json({ error: 'a bearer token is required' }, 401);
    if (!allows(role, needed)) return c.json({ error: `role ${role} may not do this (needs ${needed})` }, 403);
    await next();
  };
}

const readGuard: MiddlewareHandler = async (c, next) => {
  if (readNeedsToken()) return requireRole('reader')(c, next);
  await next();
};

const limitBody =
  (documents: boolean): MiddlewareHandler =>
  (c, next) => {
    const maxSize = documents ? edgeOf(c).documentBytes : WRITE_BODY_BYTES;
    return bodyLimit({ maxSize, onError: (c) => c.json({ error: `body larger than ${maxSize} bytes` }, 413) })(c, next);
  };

/** PostgreSQL cannot store a NUL character, and no text needs one: a 400 before anything is written. */
const noNulInBody: MiddlewareHandler = async (c, next) => {
  const body = await c.req.text();
  if (body.includes('\u0000') || /\\u0000/i.test(body))
    return c.json(
      { error: 'invalid request: body: NUL characters are not accepted', issues: [{ field: 'body', message: 'NUL character' }] },
      400,
    );
  await next();
};

function guards(rule: AccessRule, path: string): MiddlewareHandler[] {
  if (rule === 'open') return [];
  if (rule === 'read') return [readGuard];
  return [requireRole('editor'), limitBody(path === '/documents'), noNulInBody];
}

/** A route definition with its access rule: the only way routes are made (see test/api/access.test.ts). */
export function route<R extends RouteConfig>(rule: AccessRule, config: R): R {
  return createRoute({ ...config, middleware: guards(rule, config.path), 'x-access': rule }) as R;
}

/** A NUL byte in the address (an id, a kind, a query) is a bad request on every route. */
export const noNulInAddress: MiddlewareHandler = async (c, next) => {
  if (/%00/.test(c.req.url) || c.req.url.includes('\u0000'))
    return c.json(
      { error: 'invalid request: NUL characters are not accepted in the address', issues: [{ field: 'url', message: 'NUL character' }] },
      400,
    );
  await next();
};

/**
 * Security headers on every response. The web app loads only its own files (no inline script:
 * Vite builds it into files); styles may be inline (ECharts and React set style attributes);
 * images may be data: URLs (the app's icon); no page may frame it.
 */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  xFrameOptions: 'DENY',
  referrerPolicy: 'no-referrer',
  xContentTypeOptions: true,
  crossOriginResourcePolicy: 'same-origin',
  crossOriginOpenerPolicy: 'same-origin',
});
