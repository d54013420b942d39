// Runs the CLI from source as a subprocess and collects what it prints.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(import.meta.dirname, 'bin.ts');

export function cli(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, COOPGRAPH_DB: undefined, ...options.env };
    const child = spawn(process.execPath, ['--import', 'tsx', BIN, ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

export const fixture = (...parts: string[]): string => join(ROOT, 'test', 'fixtures', 'cli', ...parts);
