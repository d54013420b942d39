// A large store for load measurements, filled quickly: N articles from bench/generate.ts are
// prepared and stored as usual, but only the first DISTINCT are run through extraction; the rest
// carry a copy of one of those records without evidence (extraction would take a minute per
// 10,000 and is not what is measured). The knowledge projection is then rebuilt in batches and
// the kept answers computed, as an ingest command leaves them.
import type { FactsRecord } from '../../src/core/facts.js';
import { rebuildKnowledge } from '../../src/app/knowledge.js';
import { analyzeSource, documentRecord } from '../../src/app/pipeline.js';
import { prepare } from '../../src/text/prepare.js';
import { sourceDoc } from '../../src/ingest/source.js';
import { refreshKept } from '../../src/query/knowledge/queries.js';
import { openStore } from '../../src/store/index.js';
import { article } from '../../bench/generate.js';

const DISTINCT = 300;

export async function fillStore(path: string, n: number): Promise<void> {
  const store = await openStore(path);
  try {
    const analyzed: FactsRecord[] = [];
    for (let i = 0; i < n; i++) {
      const a = article(i);
      const read = sourceDoc({ id: a.id, source: `generated:${a.id}`, body: a.text });
      if (!read.ok) throw new Error(`${a.id}: ${read.reason}`);
      if (i < DISTINCT) {
        const { doc, facts } = analyzeSource(read.doc);
        analyzed.push(facts);
        await store.putDocument(documentRecord(doc), facts);
      } else {
        const doc = prepare(read.doc);
        const copy = JSON.parse(
          JSON.stringify(analyzed[i % DISTINCT]!, (k, v: unknown) => (k === 'evidence' ? undefined : v)),
        ) as FactsRecord;
        await store.putDocument(documentRecord(doc), { ...copy, doc: doc.id, lang: doc.lang, published: doc.published, title: doc.title });
      }
    }
    await rebuildKnowledge(store);
    // As at the end of an ingest command: the overview, graph and busiest dossiers computed ahead.
    await refreshKept(store);
  } finally {
    await store.close();
  }
}
