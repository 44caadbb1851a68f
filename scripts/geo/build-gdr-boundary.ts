/**
 * Builds server/domain/gdr-boundary.json, the former GDR boundary from official BKG data (see
 * open-data/bkg/README.md for the sources, their licence and what this script changes):
 *
 * 1. the states of VG250 (bundeslaender_sim20.geojson of opendatalab-de/simple-geodata-selector,
 *    VG250 as of 31.12.2018, every feature of a state: land and its waters) are merged into the
 *    East (BB 12, MV 13, SN 14, ST 15, TH 16) and the West (the ten western states; Berlin, 11,
 *    is neither);
 * 2. the inner-German border is the part of the East's outline that runs along the West's, from
 *    the Baltic to the tripoint with the Czech Republic near Prex;
 * 3. Amt Neuhaus (VG250 municipality 03355049: GDR until 1990, Mecklenburg-Vorpommern until 1993,
 *    Lower Saxony since; the copy in open-data/bkg/, reprojected from UTM 32N) goes to the East:
 *    where it meets the line, the line takes its outline on the Lower Saxony side (the Elbe)
 *    instead of its outline against Mecklenburg;
 * 4. the line is simplified (Douglas–Peucker, TOLERANCE_M) and rounded to 5 decimals (~1 m);
 *    Berlin's outline (state 11) likewise.
 * It writes the file, then checks it with the classifier of server/domain/gdr-boundary.ts (the line
 * closed by the authored loose outer edge, Berlin by the West Berlin ring): every vertex of the
 * East's land is `east`, every vertex of the West's land `west`, and the polygon does not cross
 * itself; on a failure the previous file is put back.
 *
 *   node --import tsx scripts/geo/build-gdr-boundary.ts <bundeslaender_sim20.geojson>
 *
 * The states file is checked against the SHA-256 the README gives (a different file is refused).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import polygonClipping, { type MultiPolygon, type Pair, type Ring } from 'polygon-clipping';
import { inRing as inRingLonLat } from '../../server/domain/gdr-boundary.ts';

const STATES_SHA256 = '98f69353bbf8d941504343624446f203b4061726366a7b2ef2ebeaa4f8c96517';
const AMT_NEUHAUS_FILE = path.resolve('open-data/bkg/vg250-gem-amt-neuhaus-25832.geojson');
const AMT_NEUHAUS_SHA256 = '3ea25c91a9f4eed0bdce5815d16325c575d83ec712d34bb646ce5dabe3858c56';
const EAST_STATES = new Set(['12', '13', '14', '15', '16']);
const WEST_STATES = new Set(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10']);
const BERLIN = '11';
/** A vertex of the East's outline this close to the West's lies on the common border. */
const SHARED_M = 60;
/** Douglas–Peucker tolerance of the published line and of Berlin's outline. */
const TOLERANCE_M = 50;

// ---------------------------------------------------------------------------------------------
// Small geometry in metres: equirectangular around the points concerned (fine below ~200 km).

const EARTH_M = 6_371_008.8;
const RAD = Math.PI / 180;

function segmentDistanceM(p: Pair, a: Pair, b: Pair): number {
  const kx = Math.cos(p[1] * RAD) * RAD * EARTH_M;
  const ky = RAD * EARTH_M;
  const ax = (a[0] - p[0]) * kx;
  const ay = (a[1] - p[1]) * ky;
  const dx = (b[0] - a[0]) * kx;
  const dy = (b[1] - a[1]) * ky;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

/** Segments bucketed on a grid, for the distance from a point to many segments. */
class SegmentIndex {
  private readonly cells = new Map<string, [Pair, Pair][]>();
  constructor(
    lines: readonly (readonly Pair[])[],
    private readonly cellDeg = 0.02,
  ) {
    for (const line of lines) {
      for (let i = 1; i < line.length; i++) {
        const a = line[i - 1]!;
        const b = line[i]!;
        const x0 = Math.floor(Math.min(a[0], b[0]) / cellDeg);
        const x1 = Math.floor(Math.max(a[0], b[0]) / cellDeg);
        const y0 = Math.floor(Math.min(a[1], b[1]) / cellDeg);
        const y1 = Math.floor(Math.max(a[1], b[1]) / cellDeg);
        for (let x = x0; x <= x1; x++)
          for (let y = y0; y <= y1; y++) {
            const key = `${x},${y}`;
            const list = this.cells.get(key) ?? [];
            list.push([a, b]);
            this.cells.set(key, list);
          }
      }
    }
  }
  /** Distance in metres to the nearest segment, if one lies within the cell around p and its 8 neighbours. */
  nearM(p: Pair): number {
    const cx = Math.floor(p[0] / this.cellDeg);
    const cy = Math.floor(p[1] / this.cellDeg);
    let best = Infinity;
    for (let x = cx - 1; x <= cx + 1; x++)
      for (let y = cy - 1; y <= cy + 1; y++)
        for (const [a, b] of this.cells.get(`${x},${y}`) ?? []) best = Math.min(best, segmentDistanceM(p, a, b));
    return best;
  }
}

/** Douglas–Peucker on an open line, endpoints kept. */
function simplify(line: readonly Pair[], toleranceM: number): Pair[] {
  if (line.length <= 2) return [...line];
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop()!;
    let worst = -1;
    let at = -1;
    for (let k = i + 1; k < j; k++) {
      const d = segmentDistanceM(line[k]!, line[i]!, line[j]!);
      if (d > worst) {
        worst = d;
        at = k;
      }
    }
    if (at >= 0 && worst > toleranceM) {
      keep[at] = 1;
      stack.push([i, at], [at, j]);
    }
  }
  return line.filter((_, k) => keep[k]);
}

function inRing(p: Pair, ring: readonly Pair[]): boolean {
  return inRingLonLat(p[0], p[1], ring);
}

/** Pairs of non-adjacent edges of a closed ring that cross (as the indices of their first vertices). */
function selfIntersections(ring: readonly (readonly [number, number])[]): [number, number][] {
  const n = ring.length;
  const orient = (a: readonly number[], b: readonly number[], c: readonly number[]) =>
    Math.sign((b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!));
  const found: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue; // adjacent through the closing edge
      const c = ring[j]!;
      const d = ring[(j + 1) % n]!;
      if (Math.max(a[0], b[0]) < Math.min(c[0], d[0]) || Math.max(c[0], d[0]) < Math.min(a[0], b[0])) continue;
      if (Math.max(a[1], b[1]) < Math.min(c[1], d[1]) || Math.max(c[1], d[1]) < Math.min(a[1], b[1])) continue;
      if (orient(a, b, c) * orient(a, b, d) <= 0 && orient(c, d, a) * orient(c, d, b) <= 0) found.push([i, j]);
    }
  }
  return found;
}

const round5 = (p: Pair): Pair => [Math.round(p[0] * 1e5) / 1e5, Math.round(p[1] * 1e5) / 1e5];

// ---------------------------------------------------------------------------------------------
// ETRS89 / UTM zone 32N (EPSG:25832) to longitude/latitude (Krüger series, GRS80; mm-accurate).

function utm32ToLonLat(easting: number, northing: number): Pair {
  const a = 6_378_137;
  const f = 1 / 298.257222101;
  const k0 = 0.9996;
  const n = f / (2 - f);
  const A = (a / (1 + n)) * (1 + (n * n) / 4 + n ** 4 / 64);
  const beta = [n / 2 - (2 * n * n) / 3 + (37 * n ** 3) / 96, (n * n) / 48 + n ** 3 / 15, (17 * n ** 3) / 480];
  const delta = [2 * n - (2 * n * n) / 3 - 2 * n ** 3, (7 * n * n) / 3 - (8 * n ** 3) / 5, (56 * n ** 3) / 15];
  const xi = northing / (k0 * A);
  const eta = (easting - 500_000) / (k0 * A);
  let xi1 = xi;
  let eta1 = eta;
  for (let j = 1; j <= 3; j++) {
    xi1 -= beta[j - 1]! * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
    eta1 -= beta[j - 1]! * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
  }
  const chi = Math.asin(Math.sin(xi1) / Math.cosh(eta1));
  let phi = chi;
  for (let j = 1; j <= 3; j++) phi += delta[j - 1]! * Math.sin(2 * j * chi);
  const lambda = 9 * RAD + Math.atan2(Math.sinh(eta1), Math.cos(xi1));
  return [lambda / RAD, phi / RAD];
}

// ---------------------------------------------------------------------------------------------

interface Feature {
  properties: Record<string, unknown>;
  geometry: { type: 'Polygon'; coordinates: Pair[][] } | { type: 'MultiPolygon'; coordinates: Pair[][][] };
}

function polygonsOf(f: Feature): MultiPolygon {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** The runs of a closed ring whose vertices satisfy `on`, each as an open line (cyclic runs joined). */
function runs(ring: Ring, on: (p: Pair) => boolean): Pair[][] {
  const pts = ring.slice(0, -1); // polygon-clipping closes rings
  const flags = pts.map(on);
  const n = pts.length;
  const start = flags.indexOf(false);
  if (start < 0) return [pts];
  const out: Pair[][] = [];
  let current: Pair[] = [];
  for (let k = 1; k <= n; k++) {
    const i = (start + k) % n;
    if (flags[i]) current.push(pts[i]!);
    else if (current.length) {
      out.push(current);
      current = [];
    }
  }
  if (current.length) out.push(current);
  return out;
}

function lengthKm(line: readonly Pair[]): number {
  let s = 0;
  for (let i = 1; i < line.length; i++) s += segmentDistanceM(line[i]!, line[i - 1]!, line[i - 1]!);
  return s / 1000;
}

async function main(): Promise<void> {
  const statesFile = process.argv[2];
  const outFile = path.resolve('server/domain/gdr-boundary.json');
  if (!statesFile) throw new Error('usage: build-gdr-boundary.ts <bundeslaender_sim20.geojson>');
  const statesSha = sha256(statesFile);
  if (statesSha !== STATES_SHA256)
    throw new Error(`${statesFile}: SHA-256 ${statesSha}, expected ${STATES_SHA256} (see open-data/bkg/README.md)`);
  if (sha256(AMT_NEUHAUS_FILE) !== AMT_NEUHAUS_SHA256) throw new Error(`${AMT_NEUHAUS_FILE}: not the copy the README describes`);

  // 1. States, East and West.
  const states = JSON.parse(fs.readFileSync(statesFile, 'utf8')) as { features: Feature[] };
  const byState = new Map<string, MultiPolygon[]>();
  for (const f of states.features) {
    const ags = String(f.properties.AGS);
    byState.set(ags, [...(byState.get(ags) ?? []), polygonsOf(f)]);
  }
  const unionOf = (codes: Set<string> | string[]): MultiPolygon => {
    const parts = [...codes].flatMap((c) => byState.get(c) ?? []);
    const [first, ...rest] = parts;
    if (!first) throw new Error('no features');
    return polygonClipping.union(first, ...rest);
  };
  const east = unionOf(EAST_STATES);
  const west = unionOf(WEST_STATES);
  const berlin = unionOf([BERLIN]);
  console.log(`East: ${east.length} polygons; West: ${west.length}; Berlin: ${berlin.length}`);

  // 2. The inner-German border: the runs of the East's outer rings along the West.
  const westIndex = new SegmentIndex(west.flat());
  const candidates = east.flatMap((poly) => runs(poly[0]!, (p) => westIndex.nearM(p) <= SHARED_M));
  candidates.sort((a, b) => lengthKm(b) - lengthKm(a));
  for (const c of candidates.slice(0, 8))
    console.log(`  run of ${c.length} vertices, ${lengthKm(c).toFixed(1)} km, ${JSON.stringify(c[0])} → ${JSON.stringify(c.at(-1))}`);
  let line = candidates[0]!;
  if (line[0]![1] < line.at(-1)![1]) line = [...line].reverse(); // Baltic first
  // The known shape: about 1,390 km from the Bay of Lübeck to Prex, everything else tiny.
  const prex = line.at(-1)!;
  if (lengthKm(line) < 1300 || line[0]![1] < 53.9 || Math.abs(prex[0] - 12.1) > 0.05 || Math.abs(prex[1] - 50.32) > 0.05)
    throw new Error('the common outline of East and West is not the expected line from the Baltic to Prex');
  if (candidates.slice(1).some((c) => lengthKm(c) > 1)) throw new Error('more than one stretch of common outline');

  // 3. Amt Neuhaus: its outline on the Lower Saxony side replaces the line along its Mecklenburg side.
  const an = JSON.parse(fs.readFileSync(AMT_NEUHAUS_FILE, 'utf8')) as { features: Feature[] };
  const anRing: Ring = polygonsOf(an.features[0]!)[0]![0]!.map(([e, n]) => utm32ToLonLat(e, n));
  const lineIndex = new SegmentIndex([line]);
  const anDist = anRing.map((p) => lineIndex.nearM(p));
  console.log(
    `Amt Neuhaus: ${anRing.length} vertices; distance to the line: ${anDist.filter((d) => d <= SHARED_M).length} within ${SHARED_M} m`,
  );
  const anOff = runs(anRing, (p) => lineIndex.nearM(p) > SHARED_M).sort((a, b) => lengthKm(b) - lengthKm(a));
  for (const c of anOff.slice(0, 4)) console.log(`  off-line run ${c.length} vertices, ${lengthKm(c).toFixed(1)} km`);
  let elbe = anOff[0]!;
  if (lengthKm(elbe) < 30 || anOff.slice(1).some((c) => lengthKm(c) > 1)) throw new Error('Amt Neuhaus does not meet the line as expected');
  const nearestIndex = (p: Pair): number => {
    let best = Infinity;
    let at = -1;
    line.forEach((q, i) => {
      const d = segmentDistanceM(p, q, q);
      if (d < best) {
        best = d;
        at = i;
      }
    });
    return at;
  };
  let i1 = nearestIndex(elbe[0]!);
  let i2 = nearestIndex(elbe.at(-1)!);
  if (i1 > i2) {
    [i1, i2] = [i2, i1];
    elbe = [...elbe].reverse();
  }
  console.log(
    `  spliced between line vertices ${i1} and ${i2} (${lengthKm(line.slice(i1, i2 + 1)).toFixed(1)} km replaced by ${lengthKm(elbe).toFixed(1)} km)`,
  );
  line = [...line.slice(0, i1 + 1), ...elbe, ...line.slice(i2)];

  // 4. Simplify.
  const simple = simplify(line, TOLERANCE_M).map(round5);
  if (berlin.length !== 1 || berlin[0]!.length !== 1) throw new Error('Berlin is not one polygon without holes');
  const berlinOutline = simplify(berlin[0]![0]!, TOLERANCE_M).slice(0, -1).map(round5); // open ring
  console.log(
    `line: ${line.length} → ${simple.length} vertices (${TOLERANCE_M} m), ${lengthKm(simple).toFixed(1)} km; Berlin ${berlin[0]![0]!.length} → ${berlinOutline.length}`,
  );

  // 5. Write, then check with the classifier itself (server/domain/gdr-boundary.ts reads the new file):
  //    every vertex of the East's land (Amt Neuhaus included) is `east`, every vertex of the West's
  //    land is `west`, except within 1 km of the line or of Berlin's outline (where the
  //    simplification and the loose West Berlin ring may differ by design). A failure restores the old file.
  const out = {
    about:
      'The former GDR boundary derived from BKG VG250 by scripts/geo/build-gdr-boundary.ts (see open-data/bkg/README.md). Coordinates [longitude, latitude], WGS84 (ETRS89), 5 decimals.',
    licence: 'dl-de/by-2-0 (Datenlizenz Deutschland – Namensnennung – Version 2.0, https://www.govdata.de/dl-de/by-2-0)',
    attribution: '© GeoBasis-DE / BKG 2019 (VG250, 31.12.2018); Amt Neuhaus: © GeoBasis-DE / BKG 2026 (VG250); data modified',
    sources: [
      `opendatalab-de/simple-geodata-selector src/data/bundeslaender_sim20.geojson (SHA-256 ${STATES_SHA256})`,
      `open-data/bkg/vg250-gem-amt-neuhaus-25832.geojson (SHA-256 ${AMT_NEUHAUS_SHA256})`,
    ],
    toleranceM: TOLERANCE_M,
    innerGermanBorder: simple,
    berlin: berlinOutline,
  };
  const previous = fs.existsSync(outFile) ? fs.readFileSync(outFile) : null;
  fs.writeFileSync(outFile, JSON.stringify(out).replace(/\],\[/g, '],\n[') + '\n');
  const { sideOfCoordinates, GDR_POLYGON } = await import('../../server/domain/gdr-boundary.ts');
  const crossings = selfIntersections(GDR_POLYGON);
  const landOf = (codes: Set<string>): Pair[] =>
    states.features
      .filter((f) => codes.has(String(f.properties.AGS)) && Number(f.properties.GF) >= 3)
      .flatMap((f) => polygonsOf(f).flat().flat());
  const nearEdges = new SegmentIndex([simple, berlinOutline]);
  const anIndex = new SegmentIndex([anRing]);
  const checked = (p: Pair) => nearEdges.nearM(p) > 1000;
  const eastLand = [...landOf(EAST_STATES), ...anRing].filter(checked);
  const westLand = landOf(WEST_STATES).filter((p) => checked(p) && anIndex.nearM(p) > 200 && !inRing(p, anRing));
  const eastWrong = eastLand.filter(([lon, lat]) => sideOfCoordinates(lat, lon) !== 'east');
  const westWrong = westLand.filter(([lon, lat]) => sideOfCoordinates(lat, lon) !== 'west');
  console.log(
    `checks: ${eastLand.length - eastWrong.length} of ${eastLand.length} East land vertices east, ` +
      `${westLand.length - westWrong.length} of ${westLand.length} West land vertices west`,
  );
  console.log(`the polygon (${GDR_POLYGON.length} vertices) crosses itself ${crossings.length} times`);
  if (eastWrong.length || westWrong.length || crossings.length) {
    console.log(
      JSON.stringify({ eastWrong: eastWrong.slice(0, 20), westWrong: westWrong.slice(0, 20), crossings: crossings.slice(0, 20) }),
    );
    if (previous) fs.writeFileSync(outFile, previous);
    else fs.rmSync(outFile);
    throw new Error('the polygon does not separate East and West, or crosses itself: file not written');
  }
  console.log(`wrote ${path.relative(process.cwd(), outFile)} (${fs.statSync(outFile).size} bytes)`);
}

await main();
