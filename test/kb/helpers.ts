// Shared by the knowledge-base tests: our own fixture articles, ingested through the pipeline.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { ingestSources } from '../../src/app/ingest.js';
import { readSources } from '../../src/ingest/read.js';
import type { Store } from '../../src/store/store.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/kb', import.meta.url));

export async function ingestFixtures(store: Store): Promise<void> {
  for await (const outcome of ingestSources(store, readSources([FIXTURES])))
    assert.equal(outcome.status, 'inserted', JSON.stringify(outcome));
}
