/**
 * Health: the server, Neo4j connectivity (and whether it has Graph Data Science) and the dataset
 * version. `ok` only when Neo4j answers
 * and the schema and seeds are in place; `degraded` while the managed Neo4j restarts;
 * `unavailable` when Neo4j cannot be reached.
 */
import type { Health } from '../../contract/api/health.ts';
import type { DataLayer } from '../db/data-layer.ts';
import type { LocalNeo4jStatus } from '../neo4j/local-neo4j.ts';

export interface HealthDeps {
  data: DataLayer;
  version: string;
  neo4j: { mode: 'embedded' | 'external'; uri: string };
  managed?: () => LocalNeo4jStatus;
}

const startedAt = Date.now();

export async function checkHealth(deps: HealthDeps): Promise<Health> {
  const managed = deps.managed?.();
  const base = {
    server: { version: deps.version, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) },
  };
  const neo4jBase = {
    mode: deps.neo4j.mode,
    uri: deps.neo4j.uri,
    ...(managed ? { managed: { state: managed.state, role: managed.role, pid: managed.pid, restarts: managed.restarts } } : {}),
  };
  if (managed && (managed.state === 'restarting' || managed.state === 'starting')) {
    const status = managed.state;
    return {
      status: status === 'restarting' ? 'degraded' : 'unavailable',
      ...base,
      neo4j: { ...neo4jBase, status, reason: managed.lastError ?? `The local Neo4j is ${status}` },
      dataset: null,
    };
  }
  try {
    await deps.data.ensureReady();
    const [counts] = await deps.data.db.read<{ municipalities: number; partnerships: number }>('read/count-graph');
    const dataset = await deps.data.graphs.datasetVersion();
    return {
      status: 'ok',
      ...base,
      neo4j: { ...neo4jBase, status: 'up', gds: await deps.data.gds.status() },
      dataset: { ...dataset, municipalities: counts?.municipalities ?? 0, partnerships: counts?.partnerships ?? 0 },
    };
  } catch (err) {
    const reason = err instanceof Error ? err.message : 'unknown error';
    return { status: 'unavailable', ...base, neo4j: { ...neo4jBase, status: 'down', reason }, dataset: null };
  }
}
