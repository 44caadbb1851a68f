/**
 * What-if for regions: add ties to a copy of the graph and rerun the regions table (regions.ts)
 * with the count model held fixed, so that `expected` stays the one fitted on the real network and
 * only the observed ties change. The figures equal those the same table gives, with the same
 * model, on a database into which those ties were imported (test/integration/region-what-if.test.ts).
 *
 * Holding the model fixed answers "what would these ties do to this region against today's
 * expectation"; refitting after an import moves every region's expected value a little (the
 * model's means add up to the observed total), which is a change of the yardstick, not of the region.
 */
import type { AbstractGraph } from 'graphology-types';
import type { RegionRow } from '../../../contract/api/regions.ts';
import type { RegionLevel } from '../../../contract/vocabularies.ts';
import { compute as regionsTable, regionOf, type RegionsOptions } from './regions.ts';
import type { MunicipalityModel } from './municipality-model.ts';

export interface RegionChange {
  level: 'state' | 'district';
  before: RegionRow;
  after: RegionRow;
}

/**
 * The rows of `regions` (keys of `options.level`), and of the districts of a state that the ties
 * touch, before and after adding `ties` (pairs of node keys; a pair already linked is not added twice).
 */
export function whatIf(
  graph: AbstractGraph,
  ties: readonly (readonly [string, string])[],
  options: RegionsOptions & { level: 'state' | 'district' },
  fit: MunicipalityModel,
  nameOf: (level: RegionLevel, region: string) => string,
  region: string,
): RegionChange[] {
  const changed = graph.copy();
  for (const [a, b] of ties) if (!changed.hasEdge(a, b) && !changed.hasEdge(b, a)) changed.addEdge(a, b, { type: 'partnership' });
  const levels: ('state' | 'district')[] = options.level === 'state' ? ['state', 'district'] : ['district'];
  const out: RegionChange[] = [];
  for (const level of levels) {
    const o = { ...options, level };
    const before = regionsTable(graph, o, fit, (code) => nameOf(level, code)).rows;
    const after = new Map(regionsTable(changed, o, fit, (code) => nameOf(level, code)).rows.map((r) => [r.region, r]));
    // the region itself; for a state, also its districts the ties reach
    const touched = new Set<string | null>(
      level === options.level
        ? [region]
        : ties
            .flatMap((tie) => tie.map((n) => graph.getNodeAttributes(n)))
            .filter((a) => regionOf(a, options.level) === region)
            .map((a) => regionOf(a, level)),
    );
    for (const row of before) if (touched.has(row.region)) out.push({ level, before: row, after: after.get(row.region)! });
  }
  return out;
}
