/**
 * The force layout computed off the event loop: one worker thread per layout (a layout runs once
 * per dataset version, and is cached by the caller), stopped once it has answered or its signal
 * is aborted. The thread is unref'd: a server that stops meanwhile does not wait for it.
 */
import type { AbstractGraph } from 'graphology-types';
import { AppError } from '../../errors.ts';
import { startTsWorker, stopTsWorker, workerEntry } from '../workers/ts-worker.ts';
import type { ForceLayout } from './force-layout.ts';

const ENTRY = workerEntry('./force-layout.worker', import.meta.url);

type Reply = { ok: true; layout: ForceLayout } | { ok: false; error: string } | { progress: number; maxRounds: number };

/** The layout of `graph` (only the places' lat/lon and the ties are sent); `progress` hears the rounds. */
export function layoutInWorker(
  graph: AbstractGraph,
  options: { maxRounds?: number; signal?: AbortSignal; progress?: (rounds: number, maxRounds: number) => void } = {},
): Promise<ForceLayout> {
  const bare = {
    options: { type: 'undirected' as const, multi: false, allowSelfLoops: false },
    attributes: {},
    nodes: graph.mapNodes((key, attr) => ({ key, attributes: { lat: attr.lat as unknown, lon: attr.lon as unknown } })),
    edges: graph.mapEdges((_edge, _attr, source, target) => ({ source, target })),
  };
  const thread = startTsWorker(ENTRY);
  const { worker } = thread;
  worker.unref();
  return new Promise<ForceLayout>((resolve, reject) => {
    const { signal } = options;
    const fail = (cause: unknown) => reject(new AppError('internal', 'The force layout could not be computed.', { cause }));
    const abort = () => reject(signal?.reason as unknown);
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    worker.on('message', (reply: Reply | { type?: string }) => {
      if ('progress' in reply) options.progress?.(reply.progress, reply.maxRounds);
      else if (!('ok' in reply))
        return; // the worker's own "ready"
      else if (reply.ok) resolve(reply.layout);
      else fail(reply.error);
    });
    worker.once('error', fail);
    worker.once('exit', () => fail('the worker stopped'));
    worker.postMessage({ graph: bare, ...(options.maxRounds === undefined ? {} : { maxRounds: options.maxRounds }) });
  }).finally(() => void stopTsWorker(thread));
}
