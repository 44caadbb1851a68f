/**
 * The default dataset: what `npm start` loads into an empty project-managed database, and what
 * `npm run import -- --default` loads on request (anywhere, NEO4J_URI included). One batch, so one
 * transaction, from three sources:
 * 1. the authored seeds (`seeds/`): their places, and their partnerships' types and years, win;
 * 2. the Wikipedia twin-town list (`open-data/`), resolved against the seeds' places, so that a tie
 *    both describe is one partnership with both provenances;
 * 3. every populated municipality of the Destatis directory (`open-data/`), partnered or not.
 * `DEFAULT_DATASET=seeds` loads the seeds alone (tests where the full network is not the point).
 *
 * The batch carries a fingerprint (the build revision and the inputs' SHA-256); the database
 * remembers the one it holds, so that a start can say when a newer default dataset exists. It is
 * never loaded over existing data without the command.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { InitialData } from '../db/data-layer.ts';
import type { Database } from '../db/database.ts';
import { writeBatch, type WriteSummary } from '../db/graph-writer.ts';
import { AppError } from '../errors.ts';
import type { ImportBatch, PartnershipRecord, PlaceRecord } from '../domain/model.ts';
import { prepareImport, sha256 } from '../import/pipeline.ts';
import type { ImportSummary } from '../import/report.ts';
import type { ExistingPlace } from '../import/resolve.ts';
import { directoryPopulation } from '../import/resolve/german-places.ts';
import { readSeedBatch } from '../seeds/seed-batch.ts';
import { loadGazetteer } from './import.service.ts';

/** Bump when the way the default dataset is built changes (the importer's rules), not only its files. */
export const DEFAULT_DATASET_REVISION = 3;

export const WIKIPEDIA_LIST = 'twin-cities-wikipedia.csv';
export const DESTATIS_DIRECTORY = 'gemeindeverzeichnis-destatis.csv';

export type DefaultDatasetKind = 'full' | 'seeds';

export interface DefaultDatasetPaths {
  seedsDir: string;
  openDataDir: string;
}

export interface DefaultDataset {
  batch: ImportBatch;
  /** `<kind>-r<revision>-<sha256 of the inputs, 12 hex digits>`. */
  fingerprint: string;
  /** The import summary of the Wikipedia list (null for the seeds alone). */
  summary: ImportSummary | null;
}

function inputFiles(kind: DefaultDatasetKind, paths: DefaultDatasetPaths): string[] {
  const seeds = fs
    .readdirSync(paths.seedsDir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((f) => path.join(paths.seedsDir, f));
  return kind === 'seeds'
    ? seeds
    : [...seeds, path.join(paths.openDataDir, WIKIPEDIA_LIST), path.join(paths.openDataDir, DESTATIS_DIRECTORY)];
}

/** The fingerprint of the default dataset these files make (cheap: hashes, no parsing). */
export function defaultDatasetFingerprint(kind: DefaultDatasetKind, paths: DefaultDatasetPaths): string {
  const hash = sha256(inputFiles(kind, paths).map((f) => fs.readFileSync(f)));
  return `${kind}-r${DEFAULT_DATASET_REVISION}-${hash.slice(0, 12)}`;
}

export async function buildDefaultDataset(kind: DefaultDatasetKind, paths: DefaultDatasetPaths, now = new Date()): Promise<DefaultDataset> {
  const fingerprint = defaultDatasetFingerprint(kind, paths);
  const seeds = readSeedBatch(paths.seedsDir);
  if (kind === 'seeds') return { batch: seeds, fingerprint, summary: null };
  const listFile = path.join(paths.openDataDir, WIKIPEDIA_LIST);
  const directory = loadGazetteer(path.join(paths.openDataDir, DESTATIS_DIRECTORY), now);
  const prepared = await prepareImport(
    [{ name: WIKIPEDIA_LIST, bytes: fs.readFileSync(listFile) }],
    WIKIPEDIA_LIST,
    {
      format: 'wikipedia',
      strict: false,
      dryRun: false,
      replace: false,
      allMunicipalities: true,
      gazetteer: directory,
      now,
    },
    async () => seeds.places.map(identityOf),
  );
  const batch = mergeOverSeeds(seeds, prepared.batch);
  // seed places the list does not name are not in play there: their population comes the same way
  for (const p of batch.places) {
    const population = p.population === null ? directoryPopulation(directory, p.ags) : null;
    if (population === null) continue;
    p.population = population;
    p.sources = [...p.sources, directory.source.id];
  }
  return { batch, fingerprint, summary: prepared.summary };
}

function identityOf(p: PlaceRecord): ExistingPlace {
  return {
    id: p.id,
    name: p.name,
    aliases: p.aliases,
    country: p.country,
    ags: p.ags,
    wikidata: p.wikidata,
    kind: p.kind,
    lat: p.lat,
    lon: p.lon,
  };
}

const union = <T>(a: T[], b: T[]): T[] => [...new Set([...a, ...b])];
const pairKey = (p: PartnershipRecord) => (p.a < p.b ? `${p.a}\u0000${p.b}` : `${p.b}\u0000${p.a}`);

/**
 * The seeds with the open data added: a place or tie both describe keeps the seeds' values
 * (open data fills only what the seeds leave empty) and both provenances.
 */
export function mergeOverSeeds(seeds: ImportBatch, open: ImportBatch): ImportBatch {
  const places = new Map(seeds.places.map((p) => [p.id, p]));
  for (const o of open.places) {
    const s = places.get(o.id);
    if (!s) {
      places.set(o.id, o);
      continue;
    }
    const filled = Object.fromEntries(Object.entries(s).filter(([, v]) => v !== null && v !== undefined)) as Partial<PlaceRecord>;
    places.set(o.id, {
      ...o,
      ...filled,
      aliases: union(s.aliases, o.aliases).filter((a) => a !== s.name),
      sources: union(s.sources, o.sources),
    });
  }
  const ties = new Map(seeds.partnerships.map((p) => [pairKey(p), p]));
  for (const o of open.partnerships) {
    const s = ties.get(pairKey(o));
    ties.set(pairKey(o), s ? { ...s, sources: union(s.sources, o.sources) } : o);
  }
  return {
    places: [...places.values()],
    partnerships: [...ties.values()],
    networks: [...seeds.networks, ...open.networks],
    datasets: [...(seeds.datasets ?? []), ...(open.datasets ?? [])],
  };
}

/** The default dataset as the data layer's initial data, per the configuration. */
export function defaultDatasetLoader(config: { defaultDataset: DefaultDatasetKind; seedsDir: string; openDataDir: string }): InitialData {
  const paths = { seedsDir: config.seedsDir, openDataDir: config.openDataDir };
  return {
    fingerprint: () => defaultDatasetFingerprint(config.defaultDataset, paths),
    load: () => buildDefaultDataset(config.defaultDataset, paths),
    command: `npm run import -- --default --replace`,
  };
}

export interface DefaultImportResult {
  fingerprint: string;
  places: number;
  partnerships: number;
  /** The Wikipedia list's import summary (what was merged, dropped, matched). */
  summary: ImportSummary | null;
  write: WriteSummary | null;
}

/**
 * `npm run import -- --default`: builds the full default dataset and writes it in one transaction.
 * Over a graph that holds partnerships only with `replace` (never merged into other data).
 */
export async function importDefaultDataset(
  db: Database | null,
  paths: DefaultDatasetPaths,
  options: { replace: boolean; dryRun: boolean },
): Promise<DefaultImportResult> {
  if (db && !options.dryRun && !options.replace) {
    const [counts] = await db.read<{ partnerships: number }>('read/count-graph');
    if ((counts?.partnerships ?? 0) > 0) {
      throw new AppError(
        'conflict',
        `The database holds ${counts!.partnerships} partnerships: add --replace to replace the whole graph with the default dataset`,
      );
    }
  }
  const { batch, fingerprint, summary } = await buildDefaultDataset('full', paths);
  if (summary) Object.assign(summary, { dryRun: options.dryRun || !db, replace: options.replace });
  const write = db && !options.dryRun ? await writeBatch(db, batch, { replace: options.replace, defaultDataset: fingerprint }) : null;
  return { fingerprint, places: batch.places.length, partnerships: batch.partnerships.length, summary, write };
}
