// End-to-end harness: the built CLI serving a temp SQLite store (API + web app), and Debian's
// Chromium driven by playwright-core (never a downloaded browser).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = join(import.meta.dirname, '..', '..');
export const OUT = join(ROOT, 'test-output');
const BIN = join(ROOT, 'bin', 'coopgraph.js');

/** Runs the built CLI to completion; throws on a non-zero exit. */
export function coopgraph(args: string[]): string {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, COOPGRAPH_DB: undefined },
  });
  if (run.status !== 0) throw new Error(`coopgraph ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}

export interface Server {
  url: string;
  db: string;
  stop(): Promise<void>;
}

/** `coopgraph serve` on a free port over the store given, or over a temp one removed at stop(). */
export async function startServer(given?: string): Promise<Server> {
  const db = given ?? join(mkdtempSync(join(tmpdir(), 'coopgraph-e2e-')), 'store.db');
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--db', db], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const found = /"msg":"listening"/.test(buffered) && /"url":"([^"]+)"/.exec(buffered);
      if (found) resolve(found[1]!);
    });
    child.once('exit', (code) => reject(new Error(`serve exited (${code}) before listening`)));
  });
  child.stdout!.resume();
  return {
    url,
    db,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      if (!given) rmSync(join(db, '..'), { recursive: true, force: true });
    },
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
