// A worker run from source (tests, `tsx`): worker threads do not inherit tsx's loader, so this
// registers it and hands over to the TypeScript worker module named in workerData. Built code
// (dist/) loads its .js workers directly and never uses this file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const worker = await import(workerData.module);
export default worker.default;
