/**
 * Regions: one row per country, German state or German district, with its municipalities, the
 * partnered ones, partnerships, ends per municipality and per 100,000 inhabitants, its ties across
 * the east-west divide, its rank, the partnerships its municipalities' populations lead one to
 * expect (municipality-model.ts), observed/expected with an exact interval, and whether it is
 * under-connected.
 *
 * Definitions (README "Methods" and the report's methods section repeat them):
 * - States and districts count the directory municipalities of the view (places with an 8-digit
 *   AGS, partnered or not; the state is the AGS's first two digits, the district its first five).
 *   German places without an AGS are not counted there (the answer's coverage says how many).
 *   Countries count the places listed for them (not normalised: only Germany's directory is known).
 * - partnerships: distinct partnerships with an end in the region (a tie inside it counts once);
 *   perMunicipality: partnership ends / municipalities (the mean degree).
 * - per100k: ends of the places with a known population / their population × 10^5.
 * - observed: ends of the region's fitted municipalities (population > 0); expected: the sum of
 *   their fitted means; ratio = observed / expected, with the exact Poisson (Garwood) interval
 *   of observed divided by expected (garwood.ts).
 * - crossShare: cross ties / ties with a side at both ends, over the region's partnership ends.
 * - underConnected, rule `ratio` (default): the interval lies wholly below 1 (ratioHigh < 1);
 *   rule `percentile`: perMunicipality below the `quantile` of the regions of the level with at
 *   least `minMunicipalities` municipalities (a peer screen, OECD 2008, Handbook on Constructing
 *   Composite Indicators, ch. 5). Countries have no expected value: they use the percentile rule.
 */
import type { AbstractGraph } from 'graphology-types';
import { z } from 'zod';
import { sideOf } from '../../../contract/sides.ts';
import { REGION_RULES, type CountModel, type RegionRow, type RegionRuleAnswer } from '../../../contract/api/regions.ts';
import { DIVIDES, REGION_LEVELS, type Divide, type RegionLevel } from '../../../contract/vocabularies.ts';
import { stateOfAgs } from '../../domain/classify.ts';
import { parseOptions } from '../options.ts';
import { poissonInterval } from './garwood.ts';
import { agsOf, type MunicipalityModel } from './municipality-model.ts';

export const optionsSchema = z
  .object({
    level: z.enum(REGION_LEVELS).default('country'),
    /** Which divide decides cross ties: inside Germany, or Europe's blocs. */
    divide: z.enum(DIVIDES).default('germany'),
    rule: z.enum(REGION_RULES).default('ratio'),
    confidence: z.number().gt(0).lt(1).default(0.95),
    quantile: z.number().gt(0).lt(1).default(0.25),
    minMunicipalities: z.number().int().min(1).default(3),
  })
  .strict();
export type RegionsOptions = z.input<typeof optionsSchema>;

export interface RegionsResult {
  level: RegionLevel;
  rule: RegionRuleAnswer;
  model: CountModel | null;
  rows: RegionRow[];
}

/** The region of a place at a level: German levels by the AGS only (the directory). */
export function regionOf(attr: Record<string, unknown>, level: RegionLevel): string | null {
  if (level === 'country') return typeof attr.country === 'string' ? attr.country : null;
  const ags = agsOf(attr);
  if (ags === null) return null;
  return level === 'state' ? stateOfAgs(ags) : ags.slice(0, 5);
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

interface Acc {
  municipalities: number;
  partnered: number;
  ends: number;
  edges: Set<string>;
  pop: number;
  popEnds: number;
  popKnown: number;
  observed: number;
  expected: number;
  fitted: number;
  cross: number;
  sided: number;
}

function accumulate(graph: AbstractGraph, level: RegionLevel, divide: Divide, fit: MunicipalityModel | null) {
  const acc = new Map<string, Acc>();
  graph.forEachNode((node, attr) => {
    const region = regionOf(attr, level);
    if (region === null) return;
    let a = acc.get(region);
    if (!a) {
      a = {
        municipalities: 0,
        partnered: 0,
        ends: 0,
        edges: new Set(),
        pop: 0,
        popEnds: 0,
        popKnown: 0,
        observed: 0,
        expected: 0,
        fitted: 0,
        cross: 0,
        sided: 0,
      };
      acc.set(region, a);
    }
    const degree = graph.degree(node);
    a.municipalities += 1;
    if (degree > 0) a.partnered += 1;
    a.ends += degree;
    if (typeof attr.population === 'number' && attr.population > 0) {
      a.pop += attr.population;
      a.popEnds += degree;
      a.popKnown += 1;
    }
    const mu = fit?.expected.get(node);
    if (mu !== undefined) {
      a.observed += degree;
      a.expected += mu;
      a.fitted += 1;
    }
    const side = sideOf(attr, divide);
    graph.forEachEdge(node, (edge, _e, source, target) => {
      a.edges.add(edge);
      const otherSide = sideOf(graph.getNodeAttributes(source === node ? target : source), divide);
      if (side && otherSide) {
        a.sided += 1;
        if (side !== otherSide) a.cross += 1;
      }
    });
  });
  return acc;
}

function row(region: string, name: string, a: Acc, confidence: number): RegionRow {
  const modelled = a.fitted > 0 && a.expected > 0;
  const interval = modelled ? poissonInterval(a.observed, confidence) : null;
  return {
    rank: 0,
    region,
    name,
    municipalities: a.municipalities,
    partnered: a.partnered,
    partneredShare: a.municipalities > 0 ? a.partnered / a.municipalities : null,
    partnerships: a.edges.size,
    perMunicipality: a.ends / a.municipalities,
    population: a.popKnown > 0 ? a.pop : null,
    per100k: a.popKnown > 0 ? (a.popEnds / a.pop) * 1e5 : null,
    observed: modelled ? a.observed : null,
    expected: modelled ? a.expected : null,
    ratio: modelled ? a.observed / a.expected : null,
    ratioLow: interval ? interval.low / a.expected : null,
    ratioHigh: interval ? interval.high / a.expected : null,
    crossTies: a.cross,
    crossShare: a.sided > 0 ? a.cross / a.sided : null,
    underConnected: false,
  };
}

const PLURAL: Record<RegionLevel, string> = { country: 'countries', state: 'states', district: 'districts' };

function percentileRule(rows: RegionRow[], o: z.output<typeof optionsSchema>, level: RegionLevel): RegionRuleAnswer {
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
      ? `No ${level} has at least ${o.minMunicipalities} municipalities; none is judged.`
      : `Under-connected: partnerships per municipality below ${threshold.toFixed(2)}, the ${pct}th percentile of the ${judged.length} ${PLURAL[level]} with at least ${o.minMunicipalities} municipalities.`;
  return {
    kind: 'percentile',
    text,
    quantile: o.quantile,
    minMunicipalities: o.minMunicipalities,
    threshold,
    judged: judged.length,
    confidence: o.confidence,
  };
}

function ratioRule(rows: RegionRow[], o: z.output<typeof optionsSchema>, level: RegionLevel): RegionRuleAnswer {
  const judged = rows.filter((r) => r.ratioHigh !== null);
  for (const r of judged) r.underConnected = r.ratioHigh! < 1;
  const pct = Math.round(o.confidence * 100);
  const text =
    judged.length === 0
      ? `No ${level} has an expected value (too few municipalities with a population for the count model); none is judged.`
      : `Under-connected: the ${pct} % interval of observed/expected partnership ends lies wholly below 1 (exact Poisson interval of the observed count; expected from the municipalities' populations by the count model). ${judged.length} ${PLURAL[level]} judged.`;
  return {
    kind: 'ratio',
    text,
    quantile: o.quantile,
    minMunicipalities: o.minMunicipalities,
    threshold: 1,
    judged: judged.length,
    confidence: o.confidence,
  };
}

/**
 * The table of a level. `fit` is the municipalities' count model of the same view (German levels;
 * null for countries or without one); `nameOf` names a region.
 */
export function compute(
  graph: AbstractGraph,
  options: RegionsOptions | undefined,
  fit: MunicipalityModel | null,
  nameOf: (region: string) => string,
): RegionsResult {
  const o = parseOptions('regions/regions', optionsSchema, options);
  const german = o.level !== 'country';
  const acc = accumulate(graph, o.level, o.divide, german ? fit : null);
  const rows = [...acc].map(([region, a]) => row(region, nameOf(region), a, o.confidence));
  rows.sort((x, y) => y.perMunicipality - x.perMunicipality || y.partnerships - x.partnerships || x.region.localeCompare(y.region));
  rows.forEach((r, i) => {
    r.rank = i > 0 && r.perMunicipality === rows[i - 1]!.perMunicipality ? rows[i - 1]!.rank : i + 1;
  });
  const rule = o.rule === 'ratio' && german ? ratioRule(rows, o, o.level) : percentileRule(rows, o, o.level);
  if (o.rule === 'ratio' && !german)
    rule.text = `Countries have no expected value (only Germany's directory is known); the percentile rule applies. ${rule.text}`;
  return { level: o.level, rule, model: german ? (fit?.model ?? null) : null, rows };
}
