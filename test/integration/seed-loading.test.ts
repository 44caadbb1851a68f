/** The seed dataset is loaded into an empty database, once, and exactly as the files say. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataLayer } from '../../server/db/data-layer.ts';
import type { Database } from '../../server/db/database.ts';
import { readSeedBatch } from '../../server/seeds/seed-batch.ts';
import { defaultDatasetLoader } from '../../server/services/default-dataset.ts';
import { emptyTestDb, countGraph } from '../helpers/neo4j.ts';

const SEEDS = path.resolve('seeds');
const seedsOnly = defaultDatasetLoader({ defaultDataset: 'seeds', seedsDir: SEEDS, openDataDir: path.resolve('open-data') });

describe('seed loading', () => {
  let db: Database;
  beforeAll(async () => {
    db = await emptyTestDb();
  });
  afterAll(async () => {
    await db.close();
  });

  it('loads every seed municipality, partnership and network membership into an empty database', async () => {
    const batch = readSeedBatch(SEEDS);
    const data = new DataLayer(db, { initialData: seedsOnly });
    await data.ensureReady();
    expect(data.seeded?.municipalities.rows).toBe(batch.places.length);
    const counts = await countGraph(db);
    expect(counts.municipalities).toBe(batch.places.length);
    expect(counts.partnerships).toBe(batch.partnerships.length);
    expect(counts.networks).toBe(batch.networks.length);
    expect(counts.memberships).toBe(batch.networks.reduce((n, net) => n + net.members.length, 0));

    const { graph } = await data.graphs.get();
    const first = batch.partnerships.find((p) => p.since === 1986 && p.type === 'partnership')!;
    const key = first.a < first.b ? `${first.a}|${first.b}` : `${first.b}|${first.a}`;
    expect(graph.getEdgeAttributes(key)).toMatchObject({ since: 1986, sources: first.sources });
    const eisenhuettenstadt = graph.findNode((_n, a) => a.name === 'Eisenhüttenstadt');
    const saarlouis = graph.findNode((_n, a) => a.name === 'Saarlouis');
    expect(graph.getNodeAttribute(eisenhuettenstadt!, 'germany')).toBe('east');
    expect(graph.getNodeAttribute(saarlouis!, 'germany')).toBe('west');
    expect(graph.getEdgeAttribute(graph.edge(saarlouis!, eisenhuettenstadt!)!, 'since')).toBe(1986);
  });

  it('does not load the seeds again into a database that holds partnerships', async () => {
    const before = await countGraph(db);
    const again = new DataLayer(db, { initialData: seedsOnly });
    await again.ensureReady();
    expect(again.seeded).toBeNull();
    expect(await countGraph(db)).toEqual(before);
  });
});
