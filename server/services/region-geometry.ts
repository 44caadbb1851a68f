/**
 * The boundaries of German states and districts (open-data/bkg-regions/, BKG VG250 simplified by
 * scripts/geo/build-region-geometry.ts) as the API serves them, and the regions' names: districts
 * as the Destatis directory names them (carried in the boundary files), states by their ISO code,
 * countries in English. Read once, on first use.
 */
import fs from 'node:fs';
import type { RegionGeometry } from '../../contract/api/regions.ts';
import { GERMAN_STATES } from '../../contract/german-states.ts';
import type { RegionLevel } from '../../contract/vocabularies.ts';
import { projectPath } from '../project-root.ts';
import { countryName } from '../report/names.ts';

export const BOUNDARY_CREDIT = {
  licence: 'dl-de/by-2-0 (Datenlizenz Deutschland – Namensnennung – Version 2.0)',
  attribution: '© GeoBasis-DE / BKG 2019 (VG250, as of 31.12.2018), data modified',
  source: 'BKG VG250 via github.com/opendatalab-de/simple-geodata-selector; see open-data/bkg-regions/README.md',
} as const;

const FILES = { state: 'states', district: 'districts' } as const;
const loaded = new Map<'state' | 'district', RegionGeometry>();

/** The TopoJSON topology of a level, its geometries' ids the regions' keys, with licence and attribution. */
export function regionGeometry(level: 'state' | 'district'): RegionGeometry {
  let topology = loaded.get(level);
  if (!topology) {
    const raw = JSON.parse(fs.readFileSync(projectPath(`open-data/bkg-regions/${FILES[level]}.topo.json`), 'utf8')) as Omit<
      RegionGeometry,
      'level' | keyof typeof BOUNDARY_CREDIT
    >;
    topology = {
      type: raw.type,
      level,
      ...BOUNDARY_CREDIT,
      bbox: raw.bbox,
      transform: raw.transform,
      arcs: raw.arcs,
      objects: raw.objects,
    };
    loaded.set(level, topology);
  }
  return topology;
}

let districtNames: Map<string, string> | null = null;

/** A region's name: a country's English name, a state's German one, a district's as the directory writes it. */
export function regionName(level: RegionLevel, code: string): string {
  if (level === 'country') return countryName(code);
  if (level === 'state') return GERMAN_STATES[code] ?? code;
  districtNames ??= new Map(
    Object.values(regionGeometry('district').objects).flatMap((o) => o.geometries.map((g) => [g.id, g.properties.name] as const)),
  );
  return districtNames.get(code) ?? code;
}
