/** The client's one loader (client/src/resource.ts): the newest request wins, a failure is asked again, progress is heard. */
import { describe, expect, it } from 'vitest';
import { Resource } from '../../client/src/resource.ts';

/** A promise settled by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Resource', () => {
  it('keeps the answer to the newest request: a late answer to an older one is dropped', async () => {
    const r = new Resource<string>();
    const older = deferred<string>();
    const newer = deferred<string>();
    r.load('a', () => older.promise);
    r.load('b', () => newer.promise);
    newer.resolve('B');
    await settled();
    older.resolve('A');
    await settled();
    expect(r.key).toBe('b');
    expect(r.data).toBe('B');
  });

  it('drops the answer of an earlier load of the same query asked again after another', async () => {
    const r = new Resource<string>();
    const first = deferred<string>();
    const third = deferred<string>();
    r.load('a', () => first.promise);
    r.load('b', () => new Promise(() => undefined));
    r.load('a', () => third.promise);
    first.resolve('stale');
    await settled();
    expect(r.state.status).toBe('loading');
    third.resolve('fresh');
    await settled();
    expect(r.data).toBe('fresh');
  });

  it('asks once for the query it holds, and again after a failure', async () => {
    const r = new Resource<number>();
    let calls = 0;
    const fail = () => (calls++, Promise.reject(new Error('down')));
    expect(r.load('q', fail)).toBe(true);
    await settled();
    expect(r.state).toMatchObject({ status: 'error', message: 'down' });
    expect(r.load('q', () => (calls++, Promise.resolve(7)))).toBe(true);
    await settled();
    expect(r.load('q', () => (calls++, Promise.resolve(8)))).toBe(false);
    expect([r.data, calls]).toEqual([7, 2]);
  });

  it('reports progress to those who listen for it, and keeps the last data while the next query loads', async () => {
    const r = new Resource<string>();
    const heard: string[] = [];
    r.subscribe(() => heard.push(`all:${r.state.status}`));
    r.subscribe(() => heard.push(`changes:${r.state.status}`), { progress: false });
    r.load('a', () => Promise.resolve('A'));
    await settled();
    const next = deferred<string>();
    r.load('b', (onProgress) => (onProgress({ fraction: 0.5 }), next.promise));
    expect(r.state).toEqual({ status: 'loading', progress: { fraction: 0.5 } });
    expect(r.last).toBe('A');
    expect(heard).toEqual([
      'all:loading',
      'changes:loading',
      'all:ready',
      'changes:ready',
      'all:loading',
      'changes:loading',
      'all:loading',
    ]);
    r.reset();
    next.resolve('B');
    await settled();
    expect(r.state.status).toBe('idle');
  });
});
