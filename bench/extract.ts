// bench:extract — prepare + fact extraction in memory, on one core, over three kinds of text:
// generated articles, the written dev set and the real set (the last two where present: they
// are read from ../shared and ~/.cache/coopgraph/real at run time, never copied here). Template
// text flatters the engine, so the real texts are the figure to quote.
//   npx tsx bench/extract.ts [N=10000] [--min-mb 3]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractFacts } from '../src/resolve/index.js';
import { prepare } from '../src/text/prepare.js';
import { sourceDoc } from '../src/ingest/source.js';
import type { SourceDoc } from '../src/core/doc.js';
import { articles } from './generate.js';
import { peakRssMb, report, type Measure } from './report.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'min-mb': { type: 'string', default: '3' } } });
const n = Number(positionals[0] ?? 10_000);
/** A small set is repeated until it holds this much text, so its timing is not noise. */
const minBytes = Number(values['min-mb']) * 1e6;

interface Corpus {
  label: string;
  texts: { id: string; text: string }[];
}

function folder(label: string, dir: string): Corpus | null {
  if (!existsSync(dir)) return null;
  const names = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  if (!names.length) return null;
  return { label, texts: names.map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') })) };
}

const corpora: Corpus[] = [
  { label: 'generated', texts: [...articles(n)].map((a) => ({ id: a.id, text: a.text })) },
  folder('dev', join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'dev', 'docs')),
  folder('real', join(homedir(), '.cache', 'coopgraph', 'real', 'docs')),
].filter((c): c is Corpus => c !== null);

function sources(c: Corpus): { docs: SourceDoc[]; bytes: number } {
  const docs: SourceDoc[] = [];
  let bytes = 0;
  for (let round = 0; round === 0 || bytes < minBytes; round++)
    for (const t of c.texts) {
      const read = sourceDoc({ id: `${t.id}-${round}`, source: `bench/${t.id}.txt`, body: t.text });
      if (!read.ok) throw new Error(`${t.id}: ${read.reason}`);
      docs.push(read.doc);
      bytes += Buffer.byteLength(t.text);
    }
  return { docs, bytes };
}

const measures: Measure[] = [];
for (const c of corpora) {
  const { docs, bytes } = sources(c);
  // A short warm-up so that lexicons load and the JIT settles before the clock starts.
  for (const src of docs.slice(0, 50)) extractFacts(prepare(src));
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const src of docs) extractFacts(prepare(src));
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  measures.push({ label: c.label, docs: docs.length, bytes, seconds, cpuSeconds, peakRssMb: peakRssMb() });
}
if (corpora.length < 3) console.log('(dev or real texts not found: measured what is here)');
report('extract', measures);
