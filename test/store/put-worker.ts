// One ingest process of the concurrency test: opens the store at argv[2], says "ready", waits for
// a line on stdin (so that all writers start together), then puts the contested documents in its
// own order and prints the outcomes as JSON.
import { once } from 'node:events';
import { openStore } from '../../src/store/index.js';
import { contestedDocs, shuffled } from './harness.js';

const [target, writerArg] = process.argv.slice(2);
const writer = Number(writerArg);
const store = await openStore(target);
process.stdout.write('ready\n');
await once(process.stdin, 'data');
process.stdin.destroy();
const outcomes = [];
for (const doc of shuffled(contestedDocs(writer), writer + 1)) {
  outcomes.push({ hash: doc.hash, outcome: await store.putDocument(doc, null) });
}
await store.close();
process.stdout.write(JSON.stringify(outcomes));
