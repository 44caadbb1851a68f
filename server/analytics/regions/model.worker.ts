/**
 * A worker thread that fits the municipality count model (municipality-model.ts) once and posts
 * the result: the fit (IRLS over some 11,000 municipalities, the NB2 test) takes 0.5–1 s, which
 * must not stall the API's event loop. Started by model-in-worker.ts through worker-bootstrap.mjs.
 */
import { parentPort } from 'node:worker_threads';
import { isStop } from '../workers/ts-worker.ts';
import { fitMunicipalityModel, type MunicipalityRow } from './municipality-model.ts';

const port = parentPort;
if (!port) throw new Error('analytics/regions: model.worker.ts must run as a worker thread.');
port.on('message', (message: { rows: MunicipalityRow[] }) => {
  if (isStop(message)) return;
  try {
    const { model, expected } = fitMunicipalityModel(message.rows);
    port.postMessage({ ok: true, model, expected: [...expected] });
  } catch (err) {
    port.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
});
