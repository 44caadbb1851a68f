/** The client's calls to the API. Errors become readable messages (problem+json `detail`). */
import type { SerializedGraph } from 'graphology-types';

export class ApiError extends Error {}

export async function fetchJson<T>(url: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    throw new ApiError('The Jumelage server cannot be reached.');
  }
  if (!res.ok) {
    let detail = `${res.status} ${res.statusText}`;
    try {
      const problem = (await res.json()) as { detail?: string; title?: string };
      detail = problem.detail ?? problem.title ?? detail;
    } catch {
      /* not JSON: keep the status line */
    }
    throw new ApiError(detail);
  }
  return (await res.json()) as T;
}

export function fetchGraph(): Promise<SerializedGraph> {
  return fetchJson<SerializedGraph>('/api/graph');
}
