// Entry of the analytics worker threads (ts-worker.ts). It imports the worker module named in
// workerData.entry: compiled JavaScript when the server runs from dist/server, TypeScript when it
// runs from source (tests, development). Node 20 does not apply `--import tsx` inside worker
// threads (tsx registers its loader on the main thread only there, and
// `new Worker('x.worker.ts', { execArgv: ['--import', 'tsx'] })` fails with "Unknown file
// extension .ts"), so for a .ts entry this plain-JavaScript file registers tsx's loader itself.
// tsx is a development dependency: it is imported only then.
//
// No top-level await here: on Node 20, terminating a worker while a module with top-level await
// is still evaluating can abort the whole process in V8 ("Check failed: (location_) != nullptr"
// in SourceTextModule::ExecuteAsyncModule, nodejs/node#53238). The entry's promise is followed
// instead, and the worker says when it has loaded so that its owner terminates it only then.
// Asked to stop, it lets the entry's exported `stop()` close what it started (a worker's own
// workers, which must not be torn down mid-load either) and exits.
import { parentPort, workerData } from 'node:worker_threads';

const loader = String(workerData.entry).endsWith('.ts') ? import('tsx/esm/api').then((tsx) => tsx.register()) : Promise.resolve();
void loader
  .then(() => import(workerData.entry))
  .then((entry) => {
    parentPort?.on('message', (msg) => {
      if (msg?.type !== 'worker-stop') return;
      void Promise.resolve()
        .then(() => (typeof entry.stop === 'function' ? entry.stop() : undefined))
        .finally(() => process.exit(0));
    });
    parentPort?.postMessage({ type: 'worker-ready' });
  });
