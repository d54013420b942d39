// The web app (built by `npm run build:web` into dist/web) served at /, behind the API: it is
// mounted after every API route, so those answer first. Other GETs get the file they name, or
// the app's index.html when a browser asks for a page (client-side routes such as /doc/ID);
// anything else keeps the API's JSON 404.
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Env, Hono } from 'hono';
import { compress } from 'hono/compress';
import { projectRoot } from '../core/paths.js';

export function mountWebApp<E extends Env>(app: Hono<E>, root = join(projectRoot(), 'dist', 'web')): void {
  app.use('/assets/*', async (c, next) => {
    await next();
    // Built asset names carry a content hash: they never change.
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.get('*', compress(), serveStatic({ root }), async (c, next) => {
    if (!c.req.header('accept')?.includes('text/html')) return next();
    return serveStatic({ root, path: 'index.html' })(c, next);
  });
}
