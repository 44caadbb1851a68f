/** A round trip through the real Neo4j: write with the project's writer, read back with its loader. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { writeBatch } from '../../server/db/graph-writer.ts';
import type { ImportBatch, PlaceRecord } from '../../server/domain/model.ts';
import { GraphStore } from '../../server/graph/graph-store.ts';
import { emptyTestDb, countGraph } from '../helpers/neo4j.ts';

function place(id: string, over: Partial<PlaceRecord>): PlaceRecord {
  return {
    id,
    name: id,
    aliases: [],
    country: null,
    admin1: null,
    admin2: null,
    ags: null,
    wikidata: null,
    kind: 'municipality',
    lat: null,
    lon: null,
    population: null,
    sources: ['test'],
    ...over,
  };
}

const batch: ImportBatch = {
  places: [
    place('de-10044115', { name: 'Saarlouis', country: 'DE', admin1: 'DE-SL', ags: '10044115', lat: 49.3136, lon: 6.7519 }),
    place('de-12067124', { name: 'Eisenhüttenstadt', country: 'DE', admin1: 'DE-BB', ags: '12067124', lat: 52.145, lon: 14.6728 }),
    place('fr-test', { name: "L'Haÿ <script>", country: 'FR', aliases: ['Test'] }),
    place('de-berlin', { name: 'Berlin', country: 'DE', admin1: 'DE-BE' }),
  ],
  partnerships: [
    { a: 'de-12067124', b: 'de-10044115', type: 'partnership', since: 1986, until: null, sources: ['s1'] },
    { a: 'de-10044115', b: 'fr-test', type: 'friendship', since: null, until: null, sources: ['s2'] },
  ],
  networks: [
    {
      id: 'net',
      name: 'A network',
      sources: ['s3'],
      members: [
        { id: 'fr-test', sources: ['s3'] },
        { id: 'de-berlin', sources: ['s3'] },
      ],
    },
  ],
};

describe('graph writer and loader against the real Neo4j', () => {
  let db: Database;
  beforeAll(async () => {
    db = await emptyTestDb();
  });
  afterAll(async () => {
    await db.close();
  });

  it('writes a batch and reads the same graph back, classified', async () => {
    const summary = await writeBatch(db, batch);
    expect(summary.municipalities).toEqual({ rows: 4, changed: 4 });
    expect(summary.partnerships).toEqual({ rows: 2, changed: 2 });
    expect(summary.memberships.rows).toBe(2);

    const { graph, version } = await new GraphStore(db).get();
    expect(version).toBe(summary.version);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(2);
    const saarlouis = graph.getNodeAttributes('de-10044115');
    expect(saarlouis).toMatchObject({ name: 'Saarlouis', ags: '10044115', germany: 'west', bloc: 'west', lat: 49.3136 });
    expect(graph.getNodeAttributes('de-12067124')).toMatchObject({ germany: 'east', bloc: 'east' });
    expect(graph.getNodeAttributes('de-berlin')).toMatchObject({ germany: 'berlin', networks: ['net'] });
    expect(graph.getNodeAttribute('de-berlin', 'bloc')).toBeUndefined();
    expect(graph.getNodeAttributes('fr-test')).toMatchObject({ name: "L'Haÿ <script>", bloc: 'west', aliases: ['Test'] });
    // stored once, in the canonical direction (smaller id first), whatever order the batch gave
    expect(graph.hasEdge('de-10044115|de-12067124')).toBe(true);
    expect(graph.getEdgeAttributes('de-10044115|de-12067124')).toMatchObject({ type: 'partnership', since: 1986, sources: ['s1'] });
  });

  it('writing the same batch again changes nothing and keeps the version', async () => {
    const before = await new GraphStore(db).datasetVersion();
    const summary = await writeBatch(db, batch);
    expect(summary.municipalities.changed).toBe(0);
    expect(summary.partnerships.changed).toBe(0);
    expect(summary.version).toBe(before.version);
    const { graph } = await new GraphStore(db).get();
    expect(graph.getEdgeAttribute('de-10044115|de-12067124', 'sources')).toEqual(['s1']);
  });

  it('a batch that fails at any row leaves the database exactly as it was', async () => {
    const before = await countGraph(db);
    const version = await new GraphStore(db).datasetVersion();
    const bad: ImportBatch = {
      places: [place('de-new', { name: 'New', country: 'DE' })],
      partnerships: [
        { a: 'de-new', b: 'de-10044115', type: 'partnership', since: null, until: null, sources: [] },
        { a: 'de-new', b: 'missing', type: 'partnership', since: null, until: null, sources: [] },
      ],
      networks: [],
    };
    await expect(writeBatch(db, bad)).rejects.toThrow(/does not exist/);
    expect(await countGraph(db)).toEqual(before);
    expect(await new GraphStore(db).datasetVersion()).toEqual(version);
  });

  it('a changed attribute bumps the dataset version once and the loader sees it', async () => {
    const store = new GraphStore(db);
    const v0 = (await store.get()).version;
    const changed = { ...batch, partnerships: [{ ...batch.partnerships[1]!, since: 2001 }] };
    const summary = await writeBatch(db, changed);
    expect(summary.partnerships.changed).toBe(1);
    expect(summary.version).toBe(v0 + 1);
    const { graph, version } = await store.get();
    expect(version).toBe(v0 + 1);
    expect(graph.getEdgeAttribute('de-10044115|fr-test', 'since')).toBe(2001);
  });

  it('loads a whole version even when a write commits between its reads', async () => {
    await writeBatch(db, batch, { replace: true });
    // The real database, with one real write slipped in right after the towns are read: the
    // partnerships, read next, then include one whose new town was not among them.
    const newcomer: ImportBatch = {
      places: [place('pl-nowe', { name: 'Nowe', country: 'PL' })],
      partnerships: [{ a: 'de-10044115', b: 'pl-nowe', type: 'partnership', since: null, until: null, sources: ['s4'] }],
      networks: [],
    };
    let slipped = false;
    const racing = Object.create(db) as Database;
    racing.read = async (name, params) => {
      const rows = await db.read(name, params);
      if (name === 'read/stream-municipalities' && !slipped) {
        slipped = true;
        await writeBatch(db, newcomer);
      }
      return rows as never;
    };
    const loaded = await new GraphStore(racing).get();
    expect(slipped).toBe(true);
    expect(loaded.graph.hasNode('pl-nowe')).toBe(true);
    expect(loaded.graph.hasEdge('de-10044115', 'pl-nowe')).toBe(true);
    expect(loaded.version).toBe((await new GraphStore(db).datasetVersion()).version);
  });
});
