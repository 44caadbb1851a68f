/**
 * The client's calls to the API. Errors become readable messages: the `detail` of the API's
 * problem+json, or a message of our own (by i18n key) when the server cannot be reached.
 * A long computation answers 202 with its job (contract/api/common.ts); `getJson` then follows
 * the job, reports its progress and asks again for the result when it is done. `JsonCache` asks
 * once per URL.
 */
import type { Accepted, JobBody, Problem } from '../../contract/api/common.ts';
import type { MessageKey } from './i18n/index.ts';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    /** A message of the client's own, shown in the user's language instead of `message`. */
    readonly messageKey?: MessageKey,
  ) {
    super(message);
  }
}

export interface Progress {
  /** 0..1 when known. */
  fraction: number | null;
  /** Bytes received so far, while downloading. */
  loaded?: number;
  /** A job is computing on the server. */
  computing?: boolean;
}

export interface FetchOptions {
  onProgress?: (progress: Progress) => void;
}

const ACCEPT = { Accept: 'application/json' };
const POLL_MS = 1000;
const MAX_POLLS = 900;
/** An analysis may need more than one job (the suite, then a table made from it). */
const MAX_REPEATS = 5;

async function request(url: string): Promise<Response> {
  try {
    return await fetch(url, { headers: ACCEPT });
  } catch {
    throw new ApiError('The Jumelage server cannot be reached.', null, 'error.unreachable');
  }
}

/** The error of an answer: its problem document's `detail` (or `title`); the status line when a proxy sent something else. */
async function problem(res: Response): Promise<ApiError> {
  let detail = `${res.status} ${res.statusText}`.trim();
  try {
    const body = (await res.json()) as Partial<Problem>;
    if (body.detail) detail = body.detail;
    else if (body.title) detail = body.title;
  } catch {
    /* not JSON: keep the status line */
  }
  return new ApiError(detail, res.status);
}

/** Reads the body, reporting the bytes received when asked to. */
async function readJson<T>(res: Response, options: FetchOptions): Promise<T> {
  // the bytes the body stream gives are decoded ones: a compressed answer's Content-Length counts
  // the bytes on the wire, so the server's cached answers say their JSON's length too
  const encoded = (res.headers.get('Content-Encoding') ?? 'identity') !== 'identity';
  const length = Number(res.headers.get('X-Uncompressed-Length') ?? (encoded ? '' : (res.headers.get('Content-Length') ?? '')));
  if (!options.onProgress || !res.body) return (await res.json()) as T;
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    options.onProgress({ fraction: length > 0 ? Math.min(1, loaded / length) : null, loaded });
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return JSON.parse(new TextDecoder().decode(bytes)) as T;
}

/**
 * Follows a job (GET /api/jobs/:id answers its `JobBody`, contract/api/common.ts) until its
 * `state` is done, reporting `progress.fraction` on the way; throws when it failed or was
 * cancelled. `job` is its state as last seen, when known.
 */
export async function followJob(location: string, options: FetchOptions = {}, job?: JobBody): Promise<void> {
  let current = job;
  for (let i = 0; i < MAX_POLLS; i++) {
    if (current) {
      options.onProgress?.({ fraction: current.progress.fraction, computing: true });
      if (current.state === 'done') return;
      if (current.state === 'failed' || current.state === 'cancelled')
        throw new ApiError(
          current.error ?? (current.state === 'failed' ? 'The computation failed.' : 'The computation was cancelled.'),
          null,
        );
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    const res = await request(location);
    if (!res.ok) throw await problem(res);
    current = (await res.json()) as JobBody;
  }
  throw new ApiError('The computation takes too long.', null, 'error.timeout');
}

/** Follows the job of a 202 answer (`{job, detail}`, the job at its `Location`). */
async function waitForJob(accepted: Response, options: FetchOptions): Promise<void> {
  const location = accepted.headers.get('Location');
  if (!location) throw new ApiError('The server answered 202 without the Location of its job.', accepted.status, 'error.unreadable');
  const { job } = (await accepted.json()) as Accepted;
  await followJob(location, options, job);
}

/** The answer to `url` once it is ready: each 202 job is followed, then the request repeated; an error answer throws. */
export async function fetchReady(url: string, options: FetchOptions = {}): Promise<Response> {
  let res = await request(url);
  for (let repeat = 0; res.status === 202 && repeat < MAX_REPEATS; repeat++) {
    await waitForJob(res, options);
    res = await request(url);
  }
  if (res.status === 202) throw new ApiError('The computation takes too long.', null, 'error.timeout');
  if (!res.ok) throw await problem(res);
  return res;
}

export async function getJson<T>(url: string, options: FetchOptions = {}): Promise<T> {
  const res = await fetchReady(url, options);
  try {
    return await readJson<T>(res, options);
  } catch {
    throw new ApiError('The server sent an answer the page cannot read.', res.status, 'error.unreadable');
  }
}

/** Downloads what `url` answers (following a job), named as the server says or `fallbackName`. */
export async function downloadFile(url: string, fallbackName: string, options: FetchOptions = {}): Promise<void> {
  const res = await fetchReady(url, options);
  const blob = await res.blob();
  const disposition = res.headers.get('Content-Disposition') ?? '';
  const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name ? decodeURIComponent(name) : fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** A URL from a path template (`/api/communities/{id}`) and query parameters. */
export function apiUrl(template: string, params: Record<string, string | number | undefined> = {}): string {
  const query = new URLSearchParams();
  let path = template;
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (path.includes(`{${key}}`)) path = path.replace(`{${key}}`, encodeURIComponent(String(value)));
    else query.set(key, String(value));
  }
  const qs = query.toString().replaceAll('%2C', ',');
  return qs ? `${path}?${qs}` : path;
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
