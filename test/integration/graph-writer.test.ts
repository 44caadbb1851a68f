/**
 * A round trip through the real Neo4j: write with the project's writer, read back with its loader;
 * and all or nothing: a write that fails part-way, with --replace, in a batch after the first,
 * leaves the whole graph exactly as it was.
 */
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { writeBatch } from '../../server/db/graph-writer.ts';
import type { ImportBatch, PartnershipRecord, PlaceRecord } from '../../server/domain/model.ts';
import { AppError } from '../../server/errors.ts';
import { GraphStore } from '../../server/db/graph-store.ts';
import { readSeedBatch } from '../../server/seeds/seed-batch.ts';
import { clearGraph, emptyTestDb, seededTestDb } from '../helpers/neo4j.ts';
import { graphSnapshot, ID_TOO_LONG_TO_INDEX, observeWrites, WRITER_BATCH, type Statement } from './write-atomicity.ts';

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
    const before = await graphSnapshot(db);
    const bad: ImportBatch = {
      places: [place('de-new', { name: 'New', country: 'DE' })],
      partnerships: [
        { a: 'de-new', b: 'de-10044115', type: 'partnership', since: null, until: null, sources: [] },
        { a: 'de-new', b: 'missing', type: 'partnership', since: null, until: null, sources: [] },
      ],
      networks: [],
    };
    await expect(writeBatch(db, bad)).rejects.toThrow(/does not exist/);
    expect(await graphSnapshot(db)).toEqual(before);
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

/** `count` new French places, `fr-many-<i>` in order, and ties between neighbours (i, i + 1). */
function manyPlaces(count: number): { places: PlaceRecord[]; partnerships: PartnershipRecord[] } {
  const places = Array.from({ length: count }, (_, i) => place(`fr-many-${i}`, { name: `Many ${i}`, country: 'FR' }));
  const partnerships = places
    .slice(1)
    .map((p, i) => ({ a: places[i]!.id, b: p.id, type: 'partnership' as const, since: 1990, until: null, sources: ['many'] }));
  return { places, partnerships };
}

const ran = (name: Statement['name'], times: number, failedLast = false): Statement[] =>
  Array.from({ length: times }, (_, i) => ({ name, failed: failedLast && i === times - 1 }));

describe('--replace that fails while writing, after more than one batch', () => {
  const PLACES = 2 * WRITER_BATCH + 500; // three batches of places, three of partnerships
  let db: Database;
  beforeAll(async () => {
    db = await seededTestDb();
  });
  beforeEach(async () => {
    // each case starts from the seed dataset, whatever the one before it left
    await clearGraph(db);
    await writeBatch(db, readSeedBatch(path.resolve('seeds')));
  });
  afterAll(async () => {
    await db.close();
  });

  it('a value Neo4j refuses in the second batch of places: the seeds are there, whole, as before', async () => {
    const before = await graphSnapshot(db);
    expect(before.municipalities.length).toBeGreaterThan(500);
    const { places, partnerships } = manyPlaces(PLACES);
    places[WRITER_BATCH + 1000] = place(ID_TOO_LONG_TO_INDEX, { name: 'Too long to index', country: 'FR' });
    const watched = observeWrites(db);

    const error = await writeBatch(watched.db, { places, partnerships, networks: [] }, { replace: true }).then(
      () => null,
      (err: unknown) => err,
    );

    expect(error).toMatchObject({
      code: 'Neo.DatabaseError.Statement.ExecutionFailed',
      message: expect.stringContaining('too large to index'),
    });
    // the delete ran, then a whole batch of places, in the same transaction; the next batch failed
    expect(await graphSnapshot(db)).toEqual(before);
    expect(watched.statements).toEqual([...ran('write/delete-graph', 1), ...ran('write/upsert-municipalities', 2, true)]);
  });

  it('a partnership naming no municipality, in the last of three batches: the seeds are there, whole, as before', async () => {
    const before = await graphSnapshot(db);
    const { places, partnerships } = manyPlaces(PLACES);
    partnerships[partnerships.length - 1] = { ...partnerships.at(-1)!, b: 'fr-nowhere' };
    const watched = observeWrites(db);

    const error = await writeBatch(watched.db, { places, partnerships, networks: [] }, { replace: true }).then(
      () => null,
      (err: unknown) => err,
    );

    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ kind: 'bad-request', message: '1 partnerships name a municipality that does not exist' });
    expect(await graphSnapshot(db)).toEqual(before);
    expect(watched.statements).toEqual([
      ...ran('write/delete-graph', 1),
      ...ran('write/upsert-municipalities', 3),
      ...ran('write/upsert-partnerships', 3),
    ]);
  });
});
