// Shared by the knowledge-base tests: our own fixture articles, ingested through the pipeline.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ingestSources } from '../../src/app/ingest.js';
import { readSources } from '../../src/ingest/read.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import type { ENGINES, TestDb } from '../store/harness.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/kb', import.meta.url));

export async function ingestFixtures(store: Store): Promise<void> {
  for await (const outcome of ingestSources(store, readSources([FIXTURES])))
    assert.equal(outcome.status, 'inserted', JSON.stringify(outcome));
}

/**
 * In a describe block: a fresh database of `engine` and a store on it holding the fixture
 * articles, ready before the block's tests (and its later `before` hooks) and dropped after them.
 */
export function fixtureStore(engine: (typeof ENGINES)[number]): { readonly db: TestDb; readonly store: Store } {
  const kb = {} as { db: TestDb; store: Store };
  before(async () => {
    kb.db = await engine.create();
    kb.store = await openStore(kb.db.target);
    await ingestFixtures(kb.store);
  });
  after(async () => {
    await kb.store.close();
    await kb.db.drop();
  });
  return kb;
}
