/**
 * Neo4j Browser on the embedded server (issue 21): the HTTP connector on 127.0.0.1 serves the
 * Browser (the Maven artifact org.neo4j.client:neo4j-browser, resolved with the server) at
 * /browser/, and its HTTP API runs Cypher with the instance's password, as the Browser does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { countGraph, seededTestDb, testConnection } from '../helpers/neo4j.ts';

describe('Neo4j Browser on the embedded server', () => {
  let db: Database;
  const { httpPort, user, password } = testConnection();
  const base = `http://127.0.0.1:${httpPort}`;
  beforeAll(async () => {
    db = await seededTestDb();
  });
  afterAll(() => db.close());

  it('serves the Browser at /browser/', async () => {
    const res = await fetch(`${base}/browser/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toMatch(/<title>Neo4j Browser<\/title>/);
  });

  it('runs Cypher through the HTTP API with the instance password', async () => {
    const query = (auth: string) =>
      fetch(`${base}/db/neo4j/tx/commit`, {
        method: 'POST',
        headers: { Authorization: `Basic ${Buffer.from(auth).toString('base64')}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ statements: [{ statement: 'MATCH (m:Municipality) RETURN count(m) AS n' }] }),
      });
    const res = await query(`${user}:${password}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { results: { data: { row: number[] }[] }[]; errors: unknown[] };
    expect(body.errors).toEqual([]);
    expect(body.results[0]!.data[0]!.row[0]).toBe((await countGraph(db)).municipalities);
    expect((await query(`${user}:wrong-${password}`)).status).toBe(401);
  });
});
