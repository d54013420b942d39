// Access is declared on each route and fails closed: every route the app answers is in the
// OpenAPI document with its access rule, and the rule is what the route enforces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pino } from 'pino';
import { createApp } from '../../src/api/app.js';
import { openStore } from '../../src/store/index.js';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

test('every route declares its access rule; writes are an editor’s', async () => {
  const store = await openStore(':memory:');
  try {
    const app = createApp(store, { logger: pino({ level: 'silent' }) });
    const doc = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, Record<string, Record<string, unknown>>> };
    const declared = new Map<string, unknown>();
    for (const [path, item] of Object.entries(doc.paths))
      for (const method of METHODS) if (item[method]) declared.set(`${method.toUpperCase()} ${path}`, item[method]['x-access']);
    // Every handler the app registered (middleware is registered as ALL) is a declared route.
    const registered = app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    assert.ok(registered.length >= 20, `only ${registered.length} routes`);
    // The OpenAPI document itself is the one route outside it (open by design).
    for (const r of registered.filter((r) => r !== 'GET /openapi.json')) {
      assert.ok(declared.has(r), `${r} is not a declared route`);
      assert.ok(['open', 'read', 'editor'].includes(declared.get(r) as string), `${r} has no access rule`);
    }
    for (const [r, rule] of declared) if (!r.startsWith('GET ')) assert.equal(rule, 'editor', `${r} writes without an editor's rule`);
    for (const open of ['GET /health', 'GET /whoami']) assert.equal(declared.get(open), 'open');
    assert.equal(declared.get('GET /documents'), 'read');
  } finally {
    await store.close();
  }
});
