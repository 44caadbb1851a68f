/**
 * Per-town analysis data from the API, loaded on demand and kept while the filters stay the same:
 * centrality values (size by centrality), community membership (colour by community) and east-west
 * brokers. Each is a `Resource`: its state says whether the endpoint is missing, loading (with
 * progress), ready or failed, and listeners hear every change.
 */
import { ApiError, getJson, type Progress } from './api.ts';

export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'unavailable' }
  | { status: 'loading'; progress: Progress | null }
  | { status: 'ready'; data: T }
  | { status: 'error'; message: string; messageKey?: ApiError['messageKey'] };

export class Resource<T> {
  #state: LoadState<T> = { status: 'idle' };
  #key: string | null = null;
  readonly #listeners = new Set<() => void>();

  get state(): LoadState<T> {
    return this.#state;
  }

  get key(): string | null {
    return this.#key;
  }

  get data(): T | null {
    return this.#state.status === 'ready' ? this.#state.data : null;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  #set(state: LoadState<T>): void {
    this.#state = state;
    for (const listener of [...this.#listeners]) listener();
  }

  markUnavailable(): void {
    this.#key = null;
    if (this.#state.status !== 'unavailable') this.#set({ status: 'unavailable' });
  }

  reset(): void {
    this.#key = null;
    if (this.#state.status !== 'idle') this.#set({ status: 'idle' });
  }

  /**
   * Loads under `key` unless that key is already loaded or loading. An answer that arrives after
   * another key was asked for is dropped (requests are never aborted: an aborted request would
   * count as a failed one in the browser).
   */
  load(key: string, fetcher: (onProgress: (p: Progress) => void) => Promise<T>): void {
    if (key === this.#key && this.#state.status !== 'error') return;
    this.#key = key;
    this.#set({ status: 'loading', progress: null });
    fetcher((progress) => {
      if (this.#key === key) this.#set({ status: 'loading', progress });
    }).then(
      (data) => {
        if (this.#key === key) this.#set({ status: 'ready', data });
      },
      (err: unknown) => {
        if (this.#key !== key) return;
        const message = err instanceof Error ? err.message : String(err);
        this.#set({ status: 'error', message, messageKey: err instanceof ApiError ? err.messageKey : undefined });
      },
    );
  }
}

/** Fetches JSON once per URL while the page lives (the API's answers are keyed by dataset version). */
export class JsonCache {
  readonly #entries = new Map<string, Promise<unknown>>();

  get<T>(url: string, onProgress?: (p: Progress) => void): Promise<T> {
    let entry = this.#entries.get(url);
    if (!entry) {
      entry = getJson<T>(url, onProgress ? { onProgress } : {});
      entry.catch(() => this.#entries.delete(url));
      this.#entries.set(url, entry);
    }
    return entry as Promise<T>;
  }
}
