/**
 * Regions: one row per country, German state or German district, with its municipalities,
 * partnerships, partnerships per municipality and per 100,000 inhabitants, its share of ties
 * across the east-west divide, its rank, and whether it is under-connected.
 *
 * Definitions (the methods section of reports repeats them):
 * - municipalities: the region's places in the (filtered) graph; partnered: those with ≥ 1 tie.
 * - partnerships: distinct partnerships with at least one end in the region (a tie inside the
 *   region counts once); perMunicipality: partnership ends in the region / municipalities (the
 *   mean degree).
 * - per100k: partnership ends of the places with a known population / their population × 10^5;
 *   null when no place of the region has one.
 * - crossShare: cross ties / ties with a side at both ends, over the region's partnership ends.
 * - underConnected: perMunicipality below the `quantile` of the regions of the same level that
 *   have at least `minMunicipalities` municipalities (smaller regions are not judged).
 * Reference for the peer-quantile rule: a standard relative-deprivation screen, e.g. OECD (2008),
 * Handbook on Constructing Composite Indicators, ch. 5 (normalisation by ranking/percentiles).
 */
import type { AbstractGraph } from 'graphology-types';
import { z } from 'zod';
import { sideOf } from '../../../contract/sides.ts';
import type { RegionRow, RegionRuleSchema } from '../../../contract/api/analyses.ts';
import { DIVIDES, REGION_LEVELS, type RegionLevel } from '../../../contract/vocabularies.ts';
import { parseOptions } from '../options.ts';

export const optionsSchema = z
  .object({
    level: z.enum(REGION_LEVELS).default('country'),
    /** Which divide decides cross ties: inside Germany, or Europe's blocs. */
    divide: z.enum(DIVIDES).default('germany'),
    quantile: z.number().gt(0).lt(1).default(0.25),
    minMunicipalities: z.number().int().min(1).default(3),
  })
  .strict();
export type RegionsOptions = z.input<typeof optionsSchema>;

export interface RegionsResult {
  level: RegionLevel;
  rule: z.infer<typeof RegionRuleSchema>;
  rows: RegionRow[];
}

function regionOf(attr: Record<string, unknown>, level: RegionLevel): string | null {
  const country = typeof attr.country === 'string' ? attr.country : null;
  if (level === 'country') return country;
  if (country !== 'DE') return null;
  const key = level === 'state' ? attr.admin1 : attr.admin2;
  return typeof key === 'string' && key ? key : null;
}

/** The q-quantile by linear interpolation between order statistics (NumPy's default). */
export function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export function compute(graph: AbstractGraph, options?: RegionsOptions): RegionsResult {
  const o = parseOptions('regions/regions', optionsSchema, options);
  interface Acc {
    municipalities: number;
    partnered: number;
    ends: number;
    edges: Set<string>;
    pop: number;
    popEnds: number;
    popKnown: number;
    cross: number;
    sided: number;
  }
  const acc = new Map<string, Acc>();
  const get = (r: string) => {
    let a = acc.get(r);
    if (!a)
      acc.set(r, (a = { municipalities: 0, partnered: 0, ends: 0, edges: new Set(), pop: 0, popEnds: 0, popKnown: 0, cross: 0, sided: 0 }));
    return a;
  };
  graph.forEachNode((node, attr) => {
    const region = regionOf(attr, o.level);
    if (region === null) return;
    const a = get(region);
    const degree = graph.degree(node);
    a.municipalities += 1;
    if (degree > 0) a.partnered += 1;
    a.ends += degree;
    if (typeof attr.population === 'number' && attr.population > 0) {
      a.pop += attr.population;
      a.popEnds += degree;
      a.popKnown += 1;
    }
    const side = sideOf(attr, o.divide);
    graph.forEachEdge(node, (edge, _e, source, target) => {
      a.edges.add(edge);
      const other = source === node ? target : source;
      const otherSide = sideOf(graph.getNodeAttributes(other), o.divide);
      if (side && otherSide) {
        a.sided += 1;
        if (side !== otherSide) a.cross += 1;
      }
    });
  });
  const rows: RegionRow[] = [...acc].map(([region, a]) => ({
    region,
    municipalities: a.municipalities,
    partnered: a.partnered,
    partnerships: a.edges.size,
    perMunicipality: a.ends / a.municipalities,
    population: a.popKnown > 0 ? a.pop : null,
    per100k: a.popKnown > 0 ? (a.popEnds / a.pop) * 1e5 : null,
    crossTies: a.cross,
    crossShare: a.sided > 0 ? a.cross / a.sided : null,
    rank: 0,
    underConnected: false,
  }));
  rows.sort((x, y) => y.perMunicipality - x.perMunicipality || y.partnerships - x.partnerships || x.region.localeCompare(y.region));
  rows.forEach((r, i) => {
    r.rank = i > 0 && r.perMunicipality === rows[i - 1]!.perMunicipality ? rows[i - 1]!.rank : i + 1;
  });
  const judged = rows.filter((r) => r.municipalities >= o.minMunicipalities);
  const threshold =
    judged.length > 0
      ? quantile(
          judged.map((r) => r.perMunicipality),
          o.quantile,
        )
      : null;
  if (threshold !== null) for (const r of judged) r.underConnected = r.perMunicipality < threshold;
  const pct = Math.round(o.quantile * 100);
  const text =
    threshold === null
      ? `No ${o.level} has at least ${o.minMunicipalities} municipalities; none is judged.`
      : `Under-connected: partnerships per municipality below ${threshold.toFixed(2)}, the ${pct}th percentile of the ${judged.length} ${o.level === 'country' ? 'countries' : `${o.level === 'state' ? 'states' : 'districts'}`} with at least ${o.minMunicipalities} municipalities.`;
  return {
    level: o.level,
    rule: { text, quantile: o.quantile, minMunicipalities: o.minMunicipalities, threshold, judged: judged.length },
    rows,
  };
}
