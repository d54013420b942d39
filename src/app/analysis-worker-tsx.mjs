// The analysis worker under tsx (tests, development): a worker thread loads TypeScript only once
// tsx's loader is registered in that thread. The build runs analysis-worker.js directly.
import { register } from 'tsx/esm/api';

register();
const { default: analyze } = await import('./analysis-worker.ts');
export default analyze;
