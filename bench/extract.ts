// bench:extract — prepare + fact extraction over N generated articles in memory, on one core.
//   npx tsx bench/extract.ts [N=10000]
import { extractFacts } from '../src/resolve/index.js';
import { prepare } from '../src/text/prepare.js';
import { sourceDoc } from '../src/ingest/source.js';
import type { SourceDoc } from '../src/core/doc.js';
import { articles } from './generate.js';
import { peakRssMb, report } from './report.js';

const n = Number(process.argv[2] ?? 10_000);
const sources: SourceDoc[] = [];
let bytes = 0;
for (const a of articles(n)) {
  const read = sourceDoc({ id: a.id, source: `bench/${a.id}.txt`, body: a.text });
  if (!read.ok) throw new Error(`${a.id}: ${read.reason}`);
  sources.push(read.doc);
  bytes += Buffer.byteLength(a.text);
}
console.log(`generated ${n} articles, ${(bytes / 1e6).toFixed(1)} MB`);

// A short warm-up so that lexicons load and the JIT settles before the clock starts.
for (const src of sources.slice(0, 50)) extractFacts(prepare(src));
const started = performance.now();
let items = 0;
for (const src of sources) {
  const facts = extractFacts(prepare(src));
  items += facts.actors.length + facts.events.length + facts.flows.length;
}
const seconds = (performance.now() - started) / 1000;
console.log(`extracted ${items} actors, events and flows`);
report('extract', [{ label: 'extract', docs: n, bytes, seconds, peakRssMb: peakRssMb() }]);
