/**
 * Imports against the real Neo4j: upsert, idempotence, merging into places already there,
 * --replace, all-or-nothing (the whole graph is unchanged after every rejected import, and after
 * an import that passed every check and then failed while writing, in a batch after the first),
 * and the API.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.ts';
import { writeBatch } from '../../server/db/graph-writer.ts';
import type { RunningService } from '../../server/runtime.ts';
import { readSeedBatch } from '../../server/seeds/seed-batch.ts';
import { runImport, type ImportOptions } from '../../server/services/import.service.ts';
import { clearGraph, connectTestDb, countGraph, emptyTestDb } from '../helpers/neo4j.ts';
import { startTestService } from '../helpers/service.ts';
import { graphSnapshot, ID_TOO_LONG_TO_INDEX, manyPlacesFile, observeWrites, WRITER_BATCH } from '../integration/write-atomicity.ts';
import { DESTATIS_CSV, dryRun, fixture, rejection } from './helpers.ts';

const WRITE: ImportOptions = { format: 'auto', strict: false, dryRun: false, replace: false, allMunicipalities: false };
const TOKEN = 'import-test-token-0123456789';

async function importFile(db: Database, name: string, bytes: Buffer, options: Partial<ImportOptions> = {}) {
  return runImport(db, [{ name, bytes }], name, { ...WRITE, ...options });
}

async function version(db: Database): Promise<number> {
  const [row] = await db.read<{ version: number }>('read/get-dataset', { key: 'current' });
  return row?.version ?? 0;
}

/** The seed dataset with the Wikipedia sample merged into it (so a Source node too), whatever the database held. */
async function holdSeedsAndSample(db: Database): Promise<void> {
  // an empty replacing write removes the graph and every Source node (clearGraph keeps the Sources)
  await writeBatch(db, { places: [], partnerships: [], networks: [] }, { replace: true });
  await writeBatch(db, readSeedBatch(path.resolve('seeds')));
  await importFile(db, 'small.csv', fixture('wikipedia-small.csv'));
}

const sortedIds = (rows: { id?: unknown }[]) => rows.map((r) => String(r.id)).sort();

describe('imports into the real Neo4j', () => {
  let db: Database;
  beforeAll(async () => {
    db = await emptyTestDb();
  });
  afterAll(async () => {
    await db.close();
  });

  it('importing the same file twice leaves the same graph and version', async () => {
    const first = await importFile(db, 'small.csv', fixture('wikipedia-small.csv'));
    expect(first.write?.municipalities.changed).toBe(first.nodes);
    const counts = await countGraph(db);
    expect(counts).toMatchObject({ municipalities: first.nodes, partnerships: first.partnerships });
    const v = await version(db);
    const second = await importFile(db, 'small.csv', fixture('wikipedia-small.csv'));
    expect(second.matchedExisting).toBe(second.nodes);
    expect(second.write).toMatchObject({ municipalities: { changed: 0 }, partnerships: { changed: 0 }, version: v });
    expect(await countGraph(db)).toEqual(counts);
    const [lichtenberg] = await db.read<{ props: Record<string, unknown> }>('read/get-municipality', { id: 'de-lichtenberg' });
    expect(lichtenberg?.props).toMatchObject({ germany: 'east', bloc: 'east' });
    expect(lichtenberg?.props.sources).toHaveLength(1);
  });

  it('merges into places already in the database: the Wikipedia "Cologne" is the seeds\' Köln', async () => {
    await clearGraph(db);
    await writeBatch(db, readSeedBatch('seeds'));
    const before = await countGraph(db);
    const summary = await importFile(db, 'small.csv', fixture('wikipedia-small.csv'));
    expect(summary.matchedExisting).toBeGreaterThan(0);
    const [koeln] = await db.read<{ props: Record<string, unknown> }>('read/get-municipality', { id: 'de-05315000' });
    expect(koeln?.props).toMatchObject({ name: 'Köln', ags: '05315000' });
    expect(koeln?.props.sources).toEqual(expect.arrayContaining([expect.stringMatching(/^wikipedia:small\.csv:/)]));
    const after = await countGraph(db);
    expect(after.municipalities).toBe(before.municipalities + summary.nodes - summary.matchedExisting);
  });

  it('--replace replaces the whole graph in one transaction', async () => {
    await holdSeedsAndSample(db);
    const { batch } = await dryRun(fixture('networkx-1.2draft.gexf'), { replace: true }, 'graph.gexf');
    const summary = await importFile(db, 'graph.gexf', fixture('networkx-1.2draft.gexf'), { replace: true });
    expect(await countGraph(db)).toMatchObject({ municipalities: summary.nodes, partnerships: summary.partnerships, networks: 0 });
    const after = await graphSnapshot(db);
    // exactly the file's places and its own provenance: nothing of the seeds or the sample is left
    expect(sortedIds(after.municipalities)).toEqual(sortedIds(batch.places));
    expect(sortedIds(after.sources)).toEqual(sortedIds(batch.datasets ?? []));
  });

  it('a replacing import that fails while writing, in the second batch, leaves the whole graph as it was', async () => {
    await holdSeedsAndSample(db);
    const before = await graphSnapshot(db);
    expect(before.sources).toHaveLength(1);
    const failAt = WRITER_BATCH + 1000;
    const bytes = manyPlacesFile(2 * WRITER_BATCH + 500, { idTooLongToIndexAt: failAt });
    // a valid file: parsing, validation and resolution accept it, the over-long id in its place
    const planned = await dryRun(bytes, { replace: true }, 'many.csv');
    expect(planned.batch.places.findIndex((p) => p.id === ID_TOO_LONG_TO_INDEX)).toBe(failAt);
    const watched = observeWrites(db);
    const phases: string[] = [];

    const error = await runImport(
      watched.db,
      [{ name: 'many.csv', bytes }],
      'many.csv',
      { ...WRITE, replace: true },
      (phase, done, total) => phases.push(`${phase} ${done}/${total}`),
    ).then(
      () => null,
      (err: unknown) => err,
    );

    // refused by Neo4j's index while the second batch of places was written, after the delete
    // and the first batch had run in the same transaction
    expect(error).toMatchObject({
      code: 'Neo.DatabaseError.Statement.ExecutionFailed',
      message: expect.stringContaining('too large to index'),
    });
    expect(phases).toEqual(expect.arrayContaining(['parse 1/1', 'write 0/1']));
    expect(phases).not.toContain('write 1/1');
    expect(await graphSnapshot(db)).toEqual(before);
    expect(watched.statements).toEqual([
      { name: 'write/delete-graph', failed: false },
      { name: 'write/upsert-municipalities', failed: false },
      { name: 'write/upsert-municipalities', failed: true },
    ]);
  });

  it('a rejected file leaves the database exactly as it was', async () => {
    await holdSeedsAndSample(db);
    const before = await graphSnapshot(db);
    const bad = [
      Buffer.from(''),
      Buffer.from([0, 1, 2, 3]),
      Buffer.from('city1,country1,lat1,lng1,city2,country2,lat2,lng2\n"A,B,1,2,C,D,3,4\n'),
      Buffer.from(fixture('networkx-1.2draft.gexf').toString('utf8').replace('</edges>', '')),
      Buffer.from(fixture('jumelage-combined.csv').toString('utf8').replace('49.3136', 'x')),
      Buffer.from('record,id\nmunicipality,x\n'),
      Buffer.from(fixture('jumelage-combined.csv').toString('utf8').replace('fr-test-ville,de-10044115', 'fr-nowhere,de-10044115')),
    ];
    for (const bytes of bad) {
      await rejection(importFile(db, 'bad', bytes));
      await rejection(importFile(db, 'bad', bytes, { replace: true }));
    }
    await rejection(importFile(db, 'strict.csv', fixture('wikipedia-small.csv'), { strict: true, replace: true }));
    expect(await graphSnapshot(db)).toEqual(before);
  });
});

describe('POST /api/imports', () => {
  let service: RunningService;
  let db: Database;
  beforeAll(async () => {
    service = await startTestService({ API_TOKEN: TOKEN });
    db = connectTestDb();
    await clearGraph(db);
  });
  afterAll(async () => {
    await service?.stop();
    await db?.close();
  });

  const post = (
    body: Buffer | string,
    query = '',
    headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` },
    type = 'text/csv',
  ) =>
    fetch(`${service.url}/api/imports${query}`, {
      method: 'POST',
      headers: { 'content-type': type, ...headers },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });

  it('needs the write token before reading the body', async () => {
    expect((await post('x', '', {})).status).toBe(401);
    expect((await post('x', '', { authorization: 'Bearer wrong-token-wrong-token' })).status).toBe(403);
  });

  it('imports a file and answers the summary; a dry run writes nothing', async () => {
    const dry = await post(fixture('gephi-1.3.gexf'), '?dryRun=true', undefined, 'application/xml');
    expect(dry.status).toBe(200);
    expect(await dry.json()).toMatchObject({ format: 'gexf', dryRun: true, partnerships: 3, write: null });
    expect((await countGraph(db)).municipalities).toBe(0);
    const res = await post(fixture('wikidata-sparql.json'), '?format=wikidata-json&name=p190.json', undefined, 'application/json');
    expect(res.status).toBe(200);
    const summary = (await res.json()) as { partnerships: number; countries: Record<string, number>; write: { version: number } };
    expect(summary.partnerships).toBe(2);
    expect(summary.countries).toMatchObject({ DE: 3, GB: 1 });
    expect((await countGraph(db)).partnerships).toBe(2);
  });

  it('a rejected file is a 400 problem+json listing each error with its line, and changes nothing', async () => {
    const before = await countGraph(db);
    const text = fixture('jumelage-combined.csv')
      .toString('utf8')
      .replace('49.3136', 'north')
      .replace('partnership,1986', 'partnership,86');
    const res = await post(text);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const problem = (await res.json()) as { errors: { field: string; message: string }[] };
    expect(problem.errors.map((e) => e.field)).toEqual(['line 2, column lat', 'line 5, column since']);
    expect(await countGraph(db)).toEqual(before);
  });

  it('refuses XML with a DOCTYPE (an XML bomb) with its line, and writes nothing', async () => {
    const before = await countGraph(db);
    const res = await post(fixture('billion-laughs.gexf'), '', undefined, 'application/xml');
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { errors: { field: string; message: string }[] };
    expect(problem.errors).toEqual([{ field: 'line 2', message: expect.stringContaining('DOCTYPE') }]);
    expect(await countGraph(db)).toEqual(before);
  });

  it('rejects unknown parameters and empty bodies', async () => {
    expect((await post('x', '?bogus=1')).status).toBe(400);
    expect((await post('')).status).toBe(400);
  });
});

describe('POST /api/imports with the municipality directory of the server (GAZETTEER_FILE)', () => {
  let service: RunningService;
  let db: Database;
  beforeAll(async () => {
    service = await startTestService({ API_TOKEN: TOKEN, GAZETTEER_FILE: DESTATIS_CSV });
    db = connectTestDb();
    await clearGraph(db);
  });
  afterAll(async () => {
    await service?.stop();
    await db?.close();
  });

  // an authored two-row list: a German town named only by name and rough coordinates, an invented partner
  const LIST = 'city1,country1,lat1,lng1,city2,country2,lat2,lng2\nGöttingen,Germany,51.53,9.93,Exampleville,France,45.0,1.0\n';
  const post = (query: string) =>
    fetch(`${service.url}/api/imports${query}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${TOKEN}` },
      body: LIST,
    });

  it('classifies German places with it by default, and not when asked not to', async () => {
    const used = (await (await post('?dryRun=true')).json()) as { gazetteer: { matched: number } | null };
    expect(used.gazetteer?.matched).toBe(1);
    const off = (await (await post('?dryRun=true&gazetteer=false')).json()) as { gazetteer: unknown };
    expect(off.gazetteer).toBeNull();
  });

  it('imports the town under its AGS key, with every municipality of the directory when asked', async () => {
    const res = await post('?allMunicipalities=true&name=two-rows.csv');
    expect(res.status).toBe(200);
    const summary = (await res.json()) as { gazetteer: { added: number } };
    expect(summary.gazetteer.added).toBeGreaterThan(10_000);
    const counts = await countGraph(db);
    expect(counts.municipalities).toBe(summary.gazetteer.added + 2);
    const [town] = await db.read<{ props: { ags?: string; germany?: string } }>('read/get-municipality', { id: 'de-03159016' });
    expect(town?.props).toMatchObject({ ags: '03159016', germany: 'west' });
  });

  it('is a 400 naming the parameter where the server has no directory', async () => {
    const plain = await startTestService({ API_TOKEN: TOKEN });
    try {
      const res = await fetch(`${plain.url}/api/imports?gazetteer=true`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${TOKEN}` },
        body: LIST,
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['gazetteer']);
    } finally {
      await plain.stop();
    }
  });
});
