/**
 * The client's calls to the API. Errors become readable messages: the `detail` of the API's
 * problem+json, or a message of our own (by i18n key) when the server cannot be reached.
 * A long computation may answer 202 with a job (issue 5); `getJson` then follows the job,
 * reports its progress and fetches the result when it is done.
 */
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

async function request(url: string): Promise<Response> {
  try {
    return await fetch(url, { headers: ACCEPT });
  } catch {
    throw new ApiError('The Jumelage server cannot be reached.', null, 'error.unreachable');
  }
}

async function problem(res: Response): Promise<ApiError> {
  let detail = `${res.status} ${res.statusText}`.trim();
  try {
    const body = (await res.json()) as { detail?: unknown; title?: unknown };
    if (typeof body.detail === 'string' && body.detail) detail = body.detail;
    else if (typeof body.title === 'string' && body.title) detail = body.title;
  } catch {
    /* not JSON: keep the status line */
  }
  return new ApiError(detail, res.status);
}

/** Reads the body, reporting the bytes received when asked to. */
async function readJson<T>(res: Response, options: FetchOptions): Promise<T> {
  const length = Number(res.headers.get('Content-Length') ?? '');
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

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/** The progress a job resource reports, in any of the usual spellings. */
function jobProgress(body: Record<string, unknown>): number | null {
  const job = record(body.job);
  const p = body.progress ?? job.progress;
  if (typeof p === 'number') return p > 1 ? Math.min(1, p / 100) : Math.max(0, p);
  const rec = record(p);
  if (typeof rec.fraction === 'number') return Math.max(0, Math.min(1, rec.fraction));
  if (typeof rec.done === 'number' && typeof rec.total === 'number' && rec.total > 0) return rec.done / rec.total;
  return null;
}

function jobStatus(body: Record<string, unknown>): string {
  const job = record(body.job);
  return String(body.status ?? body.state ?? job.status ?? job.state ?? '').toLowerCase();
}

function jobUrl(res: Response, body: Record<string, unknown>, base: string): string | null {
  const job = record(body.job);
  const links = record(body.links ?? body._links);
  const candidate = res.headers.get('Location') ?? body.href ?? body.url ?? job.href ?? job.url ?? record(links.self).href ?? links.self;
  return typeof candidate === 'string' && candidate ? new URL(candidate, new URL(base, location.href)).toString() : null;
}

const FAILED = new Set(['failed', 'error', 'cancelled', 'canceled']);
const RUNNING = new Set(['queued', 'pending', 'running', 'started', 'computing', 'accepted', 'waiting']);

/** Follows a 202 job until it is done; the result is then fetched from the original URL. */
async function waitForJob(url: string, accepted: Response, options: FetchOptions): Promise<void> {
  let body = record(await accepted.json().catch(() => ({})));
  const poll = jobUrl(accepted, body, url) ?? url;
  for (let i = 0; i < MAX_POLLS; i++) {
    options.onProgress?.({ fraction: jobProgress(body), computing: true });
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const res = await request(poll);
    if (!res.ok) throw await problem(res);
    body = record(await res.json().catch(() => ({})));
    const status = jobStatus(body);
    if (FAILED.has(status)) {
      const error = record(body.error);
      throw new ApiError(String(body.detail ?? error.detail ?? error.message ?? 'The computation failed.'), res.status);
    }
    if (res.status === 200 && !RUNNING.has(status)) return;
  }
  throw new ApiError('The computation takes too long.', null, 'error.timeout');
}

/** The answer to `url` once it is ready: a 202 job is followed first; an error answer throws. */
export async function fetchReady(url: string, options: FetchOptions = {}): Promise<Response> {
  let res = await request(url);
  if (res.status === 202) {
    await waitForJob(url, res, options);
    res = await request(url);
  }
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
export function apiUrl(template: string, params: Record<string, string | number | undefined> = {}, allowed?: Set<string> | null): string {
  const query = new URLSearchParams();
  let path = template;
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (path.includes(`{${key}}`)) path = path.replace(`{${key}}`, encodeURIComponent(String(value)));
    else if (!allowed || allowed.has(key)) query.set(key, String(value));
  }
  const qs = query.toString().replaceAll('%2C', ',');
  return qs ? `${path}?${qs}` : path;
}
