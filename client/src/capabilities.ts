/**
 * Which API endpoints this server has, read once at start from its OpenAPI document. Panels for
 * analyses that another part of the project is still building ask here first, so that the page
 * never requests an endpoint that does not exist (no failed requests, no console noise) and lights
 * up by itself once the endpoint is deployed.
 */
import { getJson } from './api.ts';

/** The analysis endpoints the client uses (paths are the API's contract, issue 5). */
export const ENDPOINTS = {
  centrality: '/api/metrics/centrality',
  communities: '/api/communities',
  community: '/api/communities/{id}',
  structure: '/api/structure',
  eastWest: '/api/bridges/east-west',
  regions: '/api/regions',
  underConnected: '/api/regions/under-connected',
  recommendations: '/api/recommendations/{id}',
  export: '/api/export',
  report: '/api/report',
} as const;
export type Endpoint = (typeof ENDPOINTS)[keyof typeof ENDPOINTS];

interface Parameter {
  name?: string;
  in?: string;
  schema?: { maximum?: number; enum?: unknown[]; items?: { enum?: unknown[] } };
}
type Operation = { parameters?: Parameter[] };
type Paths = Record<string, { get?: Operation }>;

export class Capabilities {
  readonly #paths: Paths;

  constructor(paths: Paths) {
    this.#paths = paths;
  }

  static none(): Capabilities {
    return new Capabilities({});
  }

  /** Reads /api/openapi.json; a server without it (or down) is taken to have no analysis endpoints. */
  static async load(): Promise<Capabilities> {
    try {
      const doc = await getJson<{ paths?: Paths }>('/api/openapi.json');
      return new Capabilities(doc.paths ?? {});
    } catch {
      return Capabilities.none();
    }
  }

  has(path: Endpoint | string): boolean {
    return this.#paths[path]?.get !== undefined;
  }

  /** The query parameters the endpoint declares (null when it does not exist). */
  queryParams(path: string): Set<string> | null {
    const op = this.#paths[path]?.get;
    if (!op) return null;
    return new Set((op.parameters ?? []).filter((p) => p.in === 'query' && p.name).map((p) => p.name as string));
  }

  /** The declared maximum of a numeric query parameter (e.g. `limit`). */
  maximum(path: string, name: string): number | null {
    const p = this.#paths[path]?.get?.parameters?.find((q) => q.name === name);
    return typeof p?.schema?.maximum === 'number' ? p.schema.maximum : null;
  }

  /** The declared values of an enumerated query parameter (e.g. `format`). */
  values(path: string, name: string): string[] | null {
    const p = this.#paths[path]?.get?.parameters?.find((q) => q.name === name);
    const values = p?.schema?.enum ?? p?.schema?.items?.enum;
    return Array.isArray(values) ? values.map(String) : null;
  }
}
