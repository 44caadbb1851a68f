/**
 * /api/health's question about Graph Data Science never makes a server that is up look down: a
 * server that refuses to list its functions (a user without the privilege, on an Enterprise server)
 * is reported up, with GDS not available and the reason. Community Neo4j (the tests' real server)
 * grants everything to every user, so the refusal is played by a data layer that throws for that
 * one statement; everything else is answered as the real one would.
 */
import { describe, expect, it } from 'vitest';
import type { DataLayer } from '../../server/db/data-layer.ts';
import type { Database } from '../../server/db/database.ts';
import { GdsStore } from '../../server/db/gds-store.ts';
import { checkHealth } from '../../server/services/health.service.ts';

function dataLayer(gds: 'refused' | 'absent' | 'present'): DataLayer {
  const read = async (name: string) => {
    if (name === 'read/count-graph') return [{ municipalities: 3, partnerships: 2 }];
    if (name === 'read/find-gds') {
      if (gds === 'refused') throw new Error('Permission denied: SHOW FUNCTIONS');
      return gds === 'present' ? [{ name: 'gds.version' }] : [];
    }
    if (name === 'read/gds-version') return [{ version: '2.13.9' }];
    throw new Error(`unexpected statement ${name}`);
  };
  const db = { read } as unknown as Database;
  return {
    ensureReady: async () => {},
    db,
    gds: new GdsStore(db),
    graphs: { datasetVersion: async () => ({ version: 1, updatedAt: null }) },
  } as unknown as DataLayer;
}

const check = (gds: 'refused' | 'absent' | 'present') =>
  checkHealth({ data: dataLayer(gds), version: 'test', neo4j: { mode: 'external', uri: 'bolt://example.org:7687' } });

describe('health and Graph Data Science', () => {
  it('reports the version when the server has GDS, and not available when it has not', async () => {
    expect((await check('present')).neo4j.gds).toEqual({ available: true, version: '2.13.9' });
    expect((await check('absent')).neo4j.gds).toEqual({ available: false, version: null });
  });

  it('reports a server that refuses to say as up, GDS not available, and why', async () => {
    const health = await check('refused');
    expect(health.status).toBe('ok');
    expect(health.neo4j.status).toBe('up');
    expect(health.neo4j.gds).toMatchObject({ available: false, version: null });
    expect(health.neo4j.gds?.reason).toMatch(/Permission denied/);
  });
});
