/**
 * Builds the boundaries of the regions map (open-data/bkg-regions/, see its README for the sources,
 * their licence and what this script changes): the German states and districts of BKG's VG250
 * (as of 31.12.2018), as converted to WGS84 and simplified at 200 m by opendatalab-de/
 * simple-geodata-selector (`bundeslaender_sim200.geojson`, `landkreise_sim200.geojson`).
 *
 * 1. keeps the land features (`GF` 4; the 30 water-only features of coastal waters and lakes go);
 * 2. keys each feature as the API's regions rows: a state by its ISO 3166-2 code (`DE-BY`, from
 *    the two-digit key), a district by its 5-digit key (`RS`, the directory's land+rb+kreis), and
 *    names it as the Destatis directory does (open-data/gemeindeverzeichnis-destatis.csv);
 * 3. checks that the directory's districts (records of level 40) and the features are the same
 *    set of keys (it refuses to write otherwise: a merged or split district must be reconciled);
 * 4. makes a TopoJSON topology (topojson-server, quantised to 1e5 for the simplification), simplifies it topologically
 *    (topojson-simplify, Visvalingam's effective area, keeping the share of the
 *    vertices of the largest weight, KEEP), quantises it again to 1e4 (topojson-client; about 60 m) and writes `states.topo.json` and `districts.topo.json`.
 *
 *   node --import tsx scripts/geo/build-region-geometry.ts <bundeslaender_sim200.geojson> <landkreise_sim200.geojson>
 *
 * Each input is checked against the SHA-256 the README gives (another file is refused).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { parse } from 'csv-parse/sync';
import { stateOfAgs } from '../../server/domain/classify.ts';

const INPUTS = {
  states: { sha256: '5ada28127cb9ca5fd7b5fd64d9fdfb895971785bc000a207532ed1394f639e75', key: (p: Props) => stateOfAgs(p.RS) },
  districts: { sha256: '1e86f0f16b01f40bbdb415a2ae99d654eeaaedba7dd0853b833e440551f642e5', key: (p: Props) => p.RS },
} as const;
/** Share of the vertices kept: those of the largest weight (Visvalingam's effective area). */
const KEEP = 0.25;
const OUT_DIR = path.resolve('open-data/bkg-regions');
const DIRECTORY = path.resolve('open-data/gemeindeverzeichnis-destatis.csv');

interface Props {
  RS: string;
  GF: number;
  GEN: string;
}

function directoryNames(): { states: Map<string, string>; districts: Map<string, string> } {
  const rows = parse(fs.readFileSync(DIRECTORY, 'utf8'), { bom: true, columns: true, relax_column_count: true }) as Record<
    string,
    string
  >[];
  const states = new Map<string, string>();
  const districts = new Map<string, string>();
  for (const r of rows) {
    if (r.satzart === '10') states.set(stateOfAgs(r.land ?? '') ?? '', r.gemeindename ?? '');
    if (r.satzart === '40') districts.set(`${r.land}${r.rb}${r.kreis}`, r.gemeindename ?? '');
  }
  return { states, districts };
}

function read(file: string, level: keyof typeof INPUTS): FeatureCollection<Geometry, Props> {
  const bytes = fs.readFileSync(file);
  const sha = crypto.createHash('sha256').update(bytes).digest('hex');
  const want = INPUTS[level].sha256;
  if (sha !== want) throw new Error(`${file}: SHA-256 ${sha}, expected ${want} (see open-data/bkg-regions/README.md)`);
  return JSON.parse(bytes.toString('utf8')) as FeatureCollection<Geometry, Props>;
}

function build(level: keyof typeof INPUTS, file: string, names: Map<string, string>): void {
  const source = read(file, level);
  const features: Feature<Geometry, { name: string }>[] = [];
  for (const f of source.features) {
    if (f.properties.GF !== 4) continue;
    const id = INPUTS[level].key(f.properties);
    const name = id === null ? undefined : names.get(id);
    if (id === null || name === undefined)
      throw new Error(`${level}: feature ${f.properties.RS} (${f.properties.GEN}) is not in the directory`);
    features.push({ type: 'Feature', id, properties: { name }, geometry: f.geometry });
  }
  const ids = new Set(features.map((f) => String(f.id)));
  const missing = [...names.keys()].filter((k) => !ids.has(k));
  if (missing.length > 0 || ids.size !== features.length)
    throw new Error(`${level}: no feature for ${missing.join(', ')} (or a key twice)`);
  const collection: FeatureCollection<Geometry, { name: string }> = { type: 'FeatureCollection', features };
  const topo = presimplify(topology({ [level]: collection } as Parameters<typeof topology>[0], 1e5) as Parameters<typeof presimplify>[0]);
  const out = quantize(simplify(topo, quantile(topo, KEEP)), 1e4);
  const target = path.join(OUT_DIR, `${level}.topo.json`);
  fs.writeFileSync(target, JSON.stringify(out));
  console.log(`${target}: ${features.length} features, ${(fs.statSync(target).size / 1024).toFixed(0)} KiB`);
}

const [statesFile, districtsFile] = process.argv.slice(2);
if (!statesFile || !districtsFile) {
  console.error('usage: build-region-geometry.ts <bundeslaender_sim200.geojson> <landkreise_sim200.geojson>');
  process.exit(2);
}
const names = directoryNames();
fs.mkdirSync(OUT_DIR, { recursive: true });
build('states', statesFile, names.states);
build('districts', districtsFile, names.districts);
