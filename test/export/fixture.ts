/**
 * The data the export and report tests share: the seeds plus places whose names try to break
 * out of XML, CSV and HTML (a town named `<script>…`), loaded into the test Neo4j.
 */
import path from 'node:path';
import { writeBatch } from '../../server/db/graph-writer.ts';
import type { ImportBatch } from '../../server/domain/model.ts';
import { readSeedBatch } from '../../server/seeds/seed-batch.ts';
import { clearGraph, connectTestDb } from '../helpers/neo4j.ts';

export const TRICKY_NAME = '<script>alert("x")</script> & Co\'s "Town"';
export const TRICKY_ID = 'fr-script-town';

export const TRICKY: ImportBatch = {
  places: [
    {
      id: TRICKY_ID,
      name: TRICKY_NAME,
      aliases: ['Ville <b>bold</b>', 'Autre & nom'],
      country: 'FR',
      admin1: null,
      admin2: null,
      ags: null,
      wikidata: null,
      kind: 'municipality',
      lat: 47.05,
      lon: 3.02,
      population: 1234,
      sources: ['https://example.org/a?b=1&c=<2>'],
    },
    {
      id: 'pl-quote-town',
      name: 'Zażółć, "gęślą" jaźń',
      aliases: [],
      country: 'PL',
      admin1: null,
      admin2: null,
      ags: null,
      wikidata: null,
      kind: 'municipality',
      lat: 52.1,
      lon: 19.2,
      population: null,
      sources: ['https://example.org/pl'],
    },
  ],
  partnerships: [
    { a: 'de-01001000', b: TRICKY_ID, type: 'friendship', since: 1990, until: null, sources: ['https://example.org/tie'] },
    { a: TRICKY_ID, b: 'pl-quote-town', type: 'partnership', since: 1975, until: 2001, sources: ['https://example.org/tie2'] },
  ],
  networks: [],
};

/**
 * Waits until the service at `base` serves the database's current dataset version: a service
 * trusts its last read of the version for about a second, and these writes come from the test.
 */
export async function servesCurrentVersion(base: string): Promise<number> {
  const db = connectTestDb();
  let version: number;
  try {
    const [row] = await db.read<{ version: number }>('read/get-dataset', { key: 'current' });
    version = row?.version ?? 0;
  } finally {
    await db.close();
  }
  for (let i = 0; i < 100; i++) {
    const res = await fetch(`${base}/api/graph?minDegree=100000`);
    const body = (await res.json()) as { attributes?: { datasetVersion?: number } };
    if (body.attributes?.datasetVersion === version) return version;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the service did not reach dataset version ${version}`);
}

/** Partners enough for the tricky town to head the degree ranking, so its name appears in the report's tables and map. */
export const TRICKY_PARTNERS = 30;

/** Empties the test database and loads the seeds and the tricky places. */
export async function loadFixture(): Promise<void> {
  const db = connectTestDb();
  try {
    await db.applySchema();
    await clearGraph(db);
    const seeds = readSeedBatch(path.resolve('seeds'));
    await writeBatch(db, seeds);
    const partners = seeds.places.filter((p) => p.country === 'DE' && p.id !== 'de-01001000').slice(0, TRICKY_PARTNERS - 1);
    await writeBatch(db, {
      ...TRICKY,
      partnerships: [
        ...TRICKY.partnerships,
        ...partners.map((p) => ({
          a: p.id,
          b: TRICKY_ID,
          type: 'partnership' as const,
          since: null,
          until: null,
          sources: ['https://example.org/many'],
        })),
      ],
    });
  } finally {
    await db.close();
  }
}
