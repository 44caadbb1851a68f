/**
 * The default dataset (services/default-dataset.ts): the seeds, the Wikipedia list and every
 * populated municipality of the Destatis directory, in one batch; and when a start loads it.
 */
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataLayer } from '../../server/db/data-layer.ts';
import type { Database } from '../../server/db/database.ts';
import type { ImportBatch } from '../../server/domain/model.ts';
import { readSeedBatch } from '../../server/seeds/seed-batch.ts';
import { buildDefaultDataset, defaultDatasetLoader, type DefaultDataset } from '../../server/services/default-dataset.ts';
import { countGraph, emptyTestDb, seededTestDb } from '../helpers/neo4j.ts';

const paths = { seedsDir: path.resolve('seeds'), openDataDir: path.resolve('open-data') };
const pair = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

describe('the full default dataset', () => {
  let full: DefaultDataset;
  let seeds: ImportBatch;
  beforeAll(async () => {
    full = await buildDefaultDataset('full', paths);
    seeds = readSeedBatch(paths.seedsDir);
  });

  it('holds the real network: more than 10,000 German places and 24,000 partnerships', () => {
    const german = full.batch.places.filter((p) => p.country === 'DE');
    console.log(
      `default dataset ${full.fingerprint}: ${full.batch.places.length} places (${german.length} German), ${full.batch.partnerships.length} partnerships`,
    );
    expect(german.length).toBeGreaterThan(10_000);
    expect(full.batch.partnerships.length).toBeGreaterThan(24_000);
    expect(new Set(full.batch.places.map((p) => p.id)).size).toBe(full.batch.places.length);
  });

  it('has every populated municipality of the directory as a place, partnered or not', () => {
    const rows = parse(fs.readFileSync(path.join(paths.openDataDir, 'gemeindeverzeichnis-destatis.csv')), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    const populated = rows
      .filter((r) => r.satzart === '60' && Number((r.bevoelkerung ?? '').replace(/\s+/g, '')) > 0)
      .map((r) => `${r.land}${r.rb}${r.kreis}${r.gemeinde}`);
    expect(populated.length).toBeGreaterThan(10_000);
    const withAgs = new Set(full.batch.places.map((p) => p.ags));
    expect(populated.filter((ags) => !withAgs.has(ags))).toEqual([]);
    const partnered = new Set(full.batch.partnerships.flatMap((p) => [p.a, p.b]));
    expect(full.batch.places.filter((p) => p.country === 'DE' && !partnered.has(p.id)).length).toBeGreaterThan(8_000);
  });

  it("keeps the seeds' type and year where the list describes the same tie, with both provenances", () => {
    const ties = new Map(full.batch.partnerships.map((p) => [pair(p.a, p.b), p]));
    let both = 0;
    for (const s of seeds.partnerships) {
      const t = ties.get(pair(s.a, s.b));
      expect(t, `${s.a}–${s.b}`).toBeDefined();
      expect({ type: t!.type, since: t!.since, until: t!.until }).toEqual({ type: s.type, since: s.since, until: s.until });
      expect(t!.sources).toEqual(expect.arrayContaining(s.sources));
      if (t!.sources.some((src) => src.startsWith('wikipedia') || src.includes('twin-cities'))) both++;
    }
    // the list knows many of the seeds' ties (Saarlouis–Eisenhüttenstadt among them)
    expect(both).toBeGreaterThan(100);
  });

  it('holds Nienburg (Weser)–Nienburg (Saale), a tie the list drops as a self-loop, from the seeds', () => {
    const tie = full.batch.partnerships.find((p) => pair(p.a, p.b) === pair('de-03256022', 'de-15089235'));
    expect(tie).toMatchObject({ type: 'partnership' });
    const places = full.batch.places.filter((p) => p.ags === '03256022' || p.ags === '15089235');
    expect(places.map((p) => p.id).sort()).toEqual(['de-03256022', 'de-15089235']);
  });

  it("keeps the seeds' places with their ids and names", () => {
    const byId = new Map(full.batch.places.map((p) => [p.id, p]));
    for (const s of seeds.places) expect(byId.get(s.id)).toMatchObject({ name: s.name, country: s.country });
  });
});

describe('loading it at start', () => {
  let db: Database;
  afterAll(async () => {
    await db?.close();
  });

  it('fills an empty database and records which default dataset it holds', async () => {
    db = await emptyTestDb();
    const loader = defaultDatasetLoader({ defaultDataset: 'seeds', ...paths });
    const data = new DataLayer(db, { initialData: loader });
    await data.ensureReady();
    const [dataset] = await db.read<{ defaultDataset: string | null }>('read/get-dataset', { key: 'current' });
    expect(dataset?.defaultDataset).toBe(loader.fingerprint());
  });

  it('never writes to a database that holds data: an older default dataset is only reported', async () => {
    db = await seededTestDb();
    const before = await countGraph(db);
    const logs: string[] = [];
    const loader = { ...defaultDatasetLoader({ defaultDataset: 'seeds', ...paths }), fingerprint: () => 'seeds-r999-000000000000' };
    await db.writeTransaction((tx) => tx.run('write/set-default-dataset', { key: 'current', fingerprint: 'seeds-r0-111111111111' }));
    const data = new DataLayer(db, { initialData: loader, log: (_l, m) => logs.push(m) });
    await data.ensureReady();
    expect(data.seeded).toBeNull();
    expect(await countGraph(db)).toEqual(before);
    expect(logs.join('\n')).toMatch(
      /holds an older default dataset \(seeds-r0-111111111111\); `npm run import -- --default --replace` loads the current one/,
    );
  });

  it('writes nothing into an empty server without initial data (NEO4J_URI), and says how to load it', async () => {
    db = await emptyTestDb();
    const logs: string[] = [];
    const data = new DataLayer(db, { log: (_l, m) => logs.push(m) });
    await data.ensureReady();
    expect((await countGraph(db)).municipalities).toBe(0);
    expect(logs.join('\n')).toContain('npm run import -- --default');
  });
});
