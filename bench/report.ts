// What every benchmark reports: throughput and peak memory, printed and saved to bench/out/NAME.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

export interface Measure {
  label: string;
  docs: number;
  bytes: number;
  seconds: number;
  /** Peak resident set size of the process that did the work, in MB. */
  peakRssMb: number;
  /** CPU seconds (user + system) the work took: on a busy machine a steadier figure than wall time. */
  cpuSeconds?: number;
}

/** Peak RSS of this process so far (resourceUsage reports kilobytes). */
export const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

export function report(name: string, measures: Measure[]): void {
  const rows = measures.map((m) => ({
    ...m,
    docsPerSecond: Math.round(m.docs / m.seconds),
    mbPerSecond: Number((m.bytes / 1e6 / m.seconds).toFixed(2)),
    mbPerCpuSecond: m.cpuSeconds ? Number((m.bytes / 1e6 / m.cpuSeconds).toFixed(2)) : null,
  }));
  console.log(`\n${name}`);
  console.log(
    `${'run'.padEnd(12)} ${'docs'.padStart(7)} ${'MB'.padStart(7)} ${'seconds'.padStart(8)} ${'docs/s'.padStart(8)} ${'MB/s'.padStart(7)} ${'peak RSS MB'.padStart(12)} ${'MB/CPU s'.padStart(9)}`,
  );
  for (const r of rows)
    console.log(
      `${r.label.padEnd(12)} ${String(r.docs).padStart(7)} ${(r.bytes / 1e6).toFixed(1).padStart(7)} ${r.seconds.toFixed(1).padStart(8)} ${String(r.docsPerSecond).padStart(8)} ${r.mbPerSecond.toFixed(2).padStart(7)} ${(r.peakRssMb ? String(r.peakRssMb) : '-').padStart(12)} ${(r.mbPerCpuSecond?.toFixed(2) ?? '-').padStart(9)}`,
    );
  const dir = join(import.meta.dirname, 'out');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? null, node: process.version };
  writeFileSync(file, JSON.stringify({ name, date: new Date().toISOString(), machine, results: rows }, null, 2) + '\n');
  console.log(`saved ${file}`);
}
