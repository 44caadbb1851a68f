/**
 * The municipality count model fitted off the event loop: one worker thread per fit (a fit runs
 * once per dataset version and filters, and is cached by the caller), stopped once it has
 * answered. The thread is unref'd: a server that stops meanwhile does not wait for it.
 */
import { AppError } from '../../errors.ts';
import { startTsWorker, stopTsWorker, workerEntry } from '../workers/ts-worker.ts';
import type { MunicipalityModel, MunicipalityRow } from './municipality-model.ts';

const ENTRY = workerEntry('./model.worker', import.meta.url);

type Reply = { ok: true; model: MunicipalityModel['model']; expected: [string, number][] } | { ok: false; error: string };

export function fitInWorker(rows: readonly MunicipalityRow[]): Promise<MunicipalityModel> {
  const thread = startTsWorker(ENTRY);
  const { worker } = thread;
  worker.unref();
  return new Promise<MunicipalityModel>((resolve, reject) => {
    const fail = (cause: unknown) => reject(new AppError('internal', 'The regions model could not be fitted.', { cause }));
    worker.on('message', (reply: Reply | { type?: string }) => {
      if (!('ok' in reply)) return; // the worker's own "ready"
      if (reply.ok) resolve({ model: reply.model, expected: new Map(reply.expected) });
      else fail(reply.error);
    });
    worker.once('error', fail);
    worker.once('exit', () => fail('the worker stopped'));
    worker.postMessage({ rows });
  }).finally(() => void stopTsWorker(thread));
}
