/** Builders for the tests of the resolver's phases (server/import/resolve/): one record, only what a test sets. */
import type { DatasetSource } from '../../../server/domain/model.ts';
import { Gazetteer, type GazetteerEntry } from '../../../server/import/gazetteer.ts';
import { newPlace } from '../../../server/import/resolve/identity.ts';
import type { Description, Directory, Place } from '../../../server/import/resolve/types.ts';
import { emptyParse, emptyPlace, IssueList, type ParsedFile, type RawPlace } from '../../../server/import/types.ts';

export function rawPlace(name: string, fields: Partial<RawPlace> = {}): RawPlace {
  return { ...emptyPlace(fields.line ?? null, name), ...fields };
}

export function parsedFile(fields: Partial<ParsedFile> = {}): ParsedFile {
  return { ...emptyParse(fields.format ?? 'wikipedia', fields.issues ?? new IssueList(), fields.authoritativeIds ?? false), ...fields };
}

export function description(name: string, fields: Partial<Description> = {}): Description {
  return {
    name,
    aliases: [],
    country: null,
    lat: null,
    lon: null,
    ags: null,
    wikidata: null,
    fileId: null,
    admin1: null,
    admin2: null,
    kind: null,
    population: null,
    germany: null,
    germanyRule: null,
    sources: [],
    ...fields,
  };
}

export function place(id: string, name: string, fields: Partial<Place> = {}): Place {
  return { ...newPlace(id, description(name)), touched: true, ...fields };
}

export function source(id: string): DatasetSource {
  return {
    id,
    file: `${id}.csv`,
    format: 'wikipedia',
    sha256: '0'.repeat(64),
    licence: null,
    attribution: null,
    importedAt: '2026-12-01T00:00:00.000Z',
  };
}

const municipality = (
  key: string,
  name: string,
  state: string,
  district: string | null,
  population: number | null,
  lat: number | null,
  lon: number | null,
): GazetteerEntry => ({
  key,
  level: 'municipality',
  name,
  state,
  district,
  population,
  lat,
  lon,
});

/** A few entries of the Destatis directory, as Gazetteer.parse makes them (points rounded). */
export const DIRECTORY_ENTRIES: GazetteerEntry[] = [
  municipality('05315000', 'Köln, Stadt', 'DE-NW', null, 1_084_831, 50.9375, 6.9603),
  municipality('15002000', 'Halle (Saale), Stadt', 'DE-ST', null, 238_762, 51.4828, 11.9697),
  municipality('15084355', 'Naumburg (Saale), Stadt', 'DE-ST', 'Burgenlandkreis', 32_000, 51.1521, 11.8098),
  municipality('06633017', 'Naumburg, Stadt', 'DE-HE', 'Kassel', 5_000, 51.2465, 9.1683),
  { key: '06436', level: 'district', name: 'Main-Taunus-Kreis', state: 'DE-HE', district: null, population: null, lat: null, lon: null },
  municipality('09572444', 'Gemeindefreies Gebiet', 'DE-BY', 'Erlangen-Höchstadt', 0, 49.6, 10.9),
  municipality('07000999', 'Küstengewässer', 'DE-RP', null, 100, null, null),
];

export function directory(entries: GazetteerEntry[] = DIRECTORY_ENTRIES): Directory {
  return { gazetteer: new Gazetteer(entries), source: source('destatis') };
}
