/**
 * The one loader of the client: a `Resource` holds what one query of the API answered, and only
 * the answer to the newest query counts. Asking again for the query already loaded (or loading)
 * does nothing; a failed query is asked again the next time. Requests are never aborted (an
 * aborted request counts as a failed one in the browser): a late answer to an older query is
 * dropped instead. The state says whether it is idle, loading (with the progress of a job or
 * download), ready or failed, and listeners hear every change.
 */
import { ApiError, type Progress } from './api.ts';
import type { MessageKey } from './i18n/index.ts';

export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading'; progress: Progress | null }
  | { status: 'ready'; data: T }
  | { status: 'error'; message: string; messageKey?: MessageKey | undefined };

export class Resource<T> {
  #state: LoadState<T> = { status: 'idle' };
  #key: string | null = null;
  #last: T | null = null;
  /** Stands for the newest load: an answer that comes back with another ticket is dropped. */
  #ticket: symbol | null = null;
  /** Each listener, and whether it hears progress reports too. */
  readonly #listeners = new Map<() => void, boolean>();

  get state(): LoadState<T> {
    return this.#state;
  }

  /** The query of the current state (null when idle). */
  get key(): string | null {
    return this.#key;
  }

  /** The data of the current query, once it has arrived. */
  get data(): T | null {
    return this.#state.status === 'ready' ? this.#state.data : null;
  }

  /** The newest data that arrived, for whichever query: it stays readable while the next loads. */
  get last(): T | null {
    return this.#last;
  }

  /** Calls `listener` on every change; with `progress: false`, not for a mere progress report of a load. */
  subscribe(listener: () => void, options: { progress: boolean } = { progress: true }): () => void {
    this.#listeners.set(listener, options.progress);
    return () => void this.#listeners.delete(listener);
  }

  #set(state: LoadState<T>): void {
    this.#state = state;
    if (state.status === 'ready') this.#last = state.data;
    const report = state.status === 'loading' && state.progress !== null;
    for (const [listener, progress] of [...this.#listeners]) if (progress || !report) listener();
  }

  /** Forgets the query: an answer still on its way is dropped. */
  reset(): void {
    this.#key = null;
    this.#ticket = null;
    if (this.#state.status !== 'idle') this.#set({ status: 'idle' });
  }

  /**
   * Loads the answer to the query `key` unless it is the one already loaded or loading. Returns
   * whether a load started (listeners have then heard of it); when not, the state is unchanged.
   */
  load(key: string, fetcher: (onProgress: (progress: Progress) => void) => Promise<T>): boolean {
    if (key === this.#key && this.#state.status !== 'error') return false;
    this.#key = key;
    const mine = Symbol(key);
    this.#ticket = mine;
    const current = () => this.#ticket === mine;
    this.#set({ status: 'loading', progress: null });
    fetcher((progress) => {
      if (current()) this.#set({ status: 'loading', progress });
    }).then(
      (data) => {
        if (current()) this.#set({ status: 'ready', data });
      },
      (err: unknown) => {
        if (!current()) return;
        const message = err instanceof Error ? err.message : String(err);
        this.#set({ status: 'error', message, messageKey: err instanceof ApiError ? err.messageKey : undefined });
      },
    );
    return true;
  }
}
