// A reader that closes the pipe early (`coopgraph extract ... | head -1`) ends the command quietly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './run.js';

test('a closed stdout ends the command with its exit code and no stack trace', async () => {
  // Far more output than a pipe holds: the writes go on after the reader has gone.
  const lines = Array.from({ length: 400 }, (_, i) =>
    JSON.stringify({ id: `note-${i}`, text: `Алтайский край и Павлодарская область обсудили поставки зерна, партия ${i}.` }),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'cli', 'bin.ts'), 'extract', '-'], { cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  child.stdin.end(lines.join('\n'));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stderr);
  assert.doesNotMatch(stderr, /EPIPE|at /);
});
