// bench:load — the server under load: a store of N generated documents (filled as the e2e load
// test fills it), `coopgraph serve` in a process of its own, and a small closed-loop client here
// (autocannon is not among the dependencies; Node's fetch does) sending the main reads from C
// connections for S seconds, first alone, then with W writes a second (POST /documents of new
// generated articles). Prints requests/s and p50/p99 per read; saves bench/out/load.json.
// With COOPGRAPH_LOAD_OLD=DIR (a checkout of an earlier commit, node_modules beside it), the same
// run is made first against that code (its own store, filled and served by it), then this one's:
// old and new in one run, on one machine state.
//   npx tsx bench/load.ts [N=10000] [S=15] [C=8] [W=3]          (traffic only to 127.0.0.1)
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { article } from './generate.js';

const [N = 10_000, SECONDS = 15, CONNECTIONS = 8, WRITES = 3] = process.argv.slice(2).map(Number);
const ROOT = join(import.meta.dirname, '..');
const TOKEN = 'bench-load-editor';

const READS = [
  '/overview',
  '/dossier/RU-ALT?sources=5',
  '/search?q=%D0%B7%D0%B5%D1%80%D0%BD%D0%BE',
  '/documents?limit=20',
  '/timeline?party=RU-ALT&limit=50',
  '/graph',
];

/** Fills a store with the code of `root` (its test/e2e/bulk.ts), in a process of its own. */
function fill(root: string, db: string): Promise<void> {
  const code = `const { fillStore } = await import(${JSON.stringify(join(root, 'test', 'e2e', 'bulk.ts'))}); await fillStore(${JSON.stringify(db)}, ${N});`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: root, stdio: 'inherit' });
  return new Promise((resolve, reject) =>
    child.once('exit', (status) => (status === 0 ? resolve() : reject(new Error(`filling the store exited with ${status}`)))),
  );
}

function startServer(root: string, db: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test', 'cli', 'bin.ts'), 'serve', '--port', '0', '--db', db], {
    cwd: root,
    env: { ...process.env, COOPGRAPH_TOKENS: `${TOKEN}:editor` },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg === 'listening')
          resolve({
            url: entry.url!,
            stop: () =>
              new Promise((done) => {
                child.once('exit', () => done());
                child.kill('SIGTERM');
              }),
          });
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited (${code}) before listening`)));
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

interface Row {
  phase: string;
  route: string;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function phase(url: string, name: string, writesPerSecond: number, firstArticle: number): Promise<Row[]> {
  const latencies = new Map<string, number[]>(READS.map((r) => [r, []]));
  const errors = new Map<string, number>();
  const writes: number[] = [];
  const until = performance.now() + SECONDS * 1000;
  let next = 0;
  const reader = async () => {
    while (performance.now() < until) {
      const route = READS[next++ % READS.length]!;
      const started = performance.now();
      const res = await fetch(url + route);
      await res.arrayBuffer();
      if (!res.ok) errors.set(route, (errors.get(route) ?? 0) + 1);
      latencies.get(route)!.push(performance.now() - started);
    }
  };
  const writer = async () => {
    let i = firstArticle;
    const pending: Promise<void>[] = [];
    while (performance.now() < until) {
      const a = article(i++, 'load');
      const started = performance.now();
      pending.push(
        fetch(`${url}/documents?id=${a.id}-load`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain', authorization: `Bearer ${TOKEN}` },
          body: a.text,
        }).then(async (res) => {
          await res.arrayBuffer();
          if (res.status >= 300) errors.set('POST /documents', (errors.get('POST /documents') ?? 0) + 1);
          writes.push(performance.now() - started);
        }),
      );
      await new Promise((r) => setTimeout(r, 1000 / writesPerSecond));
    }
    await Promise.all(pending);
  };
  await Promise.all([...Array.from({ length: CONNECTIONS }, reader), ...(writesPerSecond ? [writer()] : [])]);
  const rows = [...latencies].map(([route, l]) => ({ route, l }));
  rows.push({ route: 'all reads', l: [...latencies.values()].flat() });
  if (writesPerSecond) rows.push({ route: 'POST /documents', l: writes });
  return rows.map(({ route, l }) => {
    const sorted = [...l].sort((a, b) => a - b);
    return {
      phase: name,
      route,
      requests: l.length,
      perSecond: Number((l.length / SECONDS).toFixed(1)),
      p50: Math.round(percentile(sorted, 50)),
      p99: Math.round(percentile(sorted, 99)),
      errors:
        route === 'all reads'
          ? [...errors].filter(([r]) => r !== 'POST /documents').reduce((n, [, e]) => n + e, 0)
          : (errors.get(route) ?? 0),
    };
  });
}

const variants: [string, string][] = [
  ...(process.env.COOPGRAPH_LOAD_OLD ? [['old', process.env.COOPGRAPH_LOAD_OLD] as [string, string]] : []),
  ['new', ROOT],
];
const all: (Row & { code: string })[] = [];
for (const [code, root] of variants) {
  const dir = mkdtempSync(join(tmpdir(), 'coopgraph-load-'));
  try {
    const db = join(dir, 'store.db');
    const started = performance.now();
    await fill(root, db);
    console.log(`${code}: filled ${N} documents in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    const server = await startServer(root, db);
    try {
      // One pass over every read first, so that neither phase pays for cold caches.
      for (const route of READS) await (await fetch(server.url + route)).arrayBuffer();
      const rows = [...(await phase(server.url, 'reads only', 0, 0)), ...(await phase(server.url, `with ${WRITES} writes/s`, WRITES, N))];
      all.push(...rows.map((r) => ({ code, ...r })));
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`\nbench:load — ${N} documents, ${CONNECTIONS} connections, ${SECONDS} s a phase (ms)`);
console.log(
  `${'code'.padEnd(5)} ${'phase'.padEnd(18)} ${'route'.padEnd(36)} ${'req'.padStart(6)} ${'req/s'.padStart(7)} ${'p50'.padStart(6)} ${'p99'.padStart(6)} ${'errors'.padStart(6)}`,
);
for (const r of all)
  console.log(
    `${r.code.padEnd(5)} ${r.phase.padEnd(18)} ${decodeURIComponent(r.route).padEnd(36)} ${String(r.requests).padStart(6)} ${String(r.perSecond).padStart(7)} ${String(r.p50).padStart(6)} ${String(r.p99).padStart(6)} ${String(r.errors).padStart(6)}`,
  );
mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench', 'out', 'load.json'),
  JSON.stringify({ documents: N, connections: CONNECTIONS, seconds: SECONDS, writesPerSecond: WRITES, rows: all }, null, 2),
);
