import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT } from './run.js';

const TOKEN = 'serve-test-editor-token';

test('serve answers, then on SIGTERM finishes the request in flight, closes and exits 0', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'coopgraph-serve-'));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'test', 'cli', 'bin.ts'), 'serve', '--port', '0', '--db', join(dir, 'db.sqlite')],
    // An editor's token from the environment, for the POST below.
    { cwd: ROOT, env: { ...process.env, COOPGRAPH_TOKENS: `${TOKEN}:editor` } },
  );
  try {
    const logs: Record<string, unknown>[] = [];
    let buffered = '';
    const listening = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        for (const line of lines) {
          const entry = JSON.parse(line) as Record<string, unknown>;
          logs.push(entry);
          if (entry.msg === 'listening') resolve(entry.url as string);
        }
      });
      child.once('exit', () => reject(new Error('serve exited before listening')));
    });
    const url = await listening;
    const health = await fetch(`${url}/health`);
    assert.deepEqual(await health.json(), { status: 'ok', engine: 'sqlite', documents: 0 });

    // A POST whose body arrives in two halves, with the signal in between.
    const body = Buffer.from(
      JSON.stringify({ id: 'late', text: 'Omsk Region and North Kazakhstan agreed to open a new grain route by rail.' }),
    );
    const req = request(`${url}/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': body.length, authorization: `Bearer ${TOKEN}` },
    });
    const response = once(req, 'response');
    req.write(body.subarray(0, 20));
    await sleep(300);
    child.kill('SIGTERM');
    await sleep(300);
    req.end(body.subarray(20));
    const [res] = (await response) as [import('node:http').IncomingMessage];
    let text = '';
    for await (const chunk of res) text += chunk;
    assert.equal(res.statusCode, 201, text);
    assert.equal(JSON.parse(text).id, 'late');

    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
    assert.ok(logs.some((l) => l.msg === 'shutting down' && l.signal === 'SIGTERM'));
    assert.ok(logs.some((l) => l.msg === 'request' && l.path === '/health' && l.status === 200));
    await assert.rejects(fetch(`${url}/health`));
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
