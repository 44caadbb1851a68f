// Entry of the analytics worker threads (pool.ts). Node 20 does not apply `--import tsx` inside
// worker threads (tsx registers its loader on the main thread only there, and
// `new Worker('x.worker.ts', { execArgv: ['--import', 'tsx'] })` fails with "Unknown file
// extension .ts"), so this plain-JavaScript entry registers tsx's loader itself and then imports
// the TypeScript worker named in workerData.entry. Works the same on later Node versions.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
