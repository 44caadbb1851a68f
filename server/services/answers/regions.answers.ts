/** The answers about regions (countries, German states and districts) and the partners a place might add. */
import { CSV_COLUMNS, type Recommendations } from '../../../contract/api/analyses.ts';
import {
  REGION_CSV_COLUMNS,
  REGION_PAIR_CSV_COLUMNS,
  type RegionRecommendations,
  type RegionDetail,
  type RegionGeometry,
  type RegionRule,
  type Regions,
} from '../../../contract/api/regions.ts';
import type { Filters } from '../../../contract/filters.ts';
import { currentId } from '../../../contract/names.ts';
import { sideOf } from '../../../contract/sides.ts';
import { defaultDivide, type Divide, type RegionLevel } from '../../../contract/vocabularies.ts';
import { regionOf } from '../../analytics/regions/regions.ts';
import { AppError } from '../../errors.ts';
import type { AnalysisService } from '../analysis.service.ts';
import { regionGeometry } from '../region-geometry.ts';
import { placeOf, type Answer } from './answer.ts';

type RegionQuery = { level: RegionLevel; divide?: Divide | undefined; rule?: RegionRule | undefined };

async function table(analysis: AnalysisService, filters: Filters, q: RegionQuery) {
  const { version, leftOut, value } = await analysis.regions(filters, q.level, q.divide ?? defaultDivide(q.level), q.rule ?? 'ratio');
  const { rows, ...rest } = value;
  return { version, leftOut, rows, head: { version, level: rest.level, rule: rest.rule, model: rest.model, coverage: rest.coverage } };
}

/** GET /api/regions: every region of a level with its figures, rank, expected value and under-connected flag. */
export async function regions(analysis: AnalysisService, filters: Filters, q: RegionQuery): Promise<Answer<Regions>> {
  const { version, leftOut, rows, head } = await table(analysis, filters, q);
  return { state: 'done', version, build: () => ({ body: { ...head, rows, leftOut }, csv: { rows, columns: REGION_CSV_COLUMNS } }) };
}

/** GET /api/regions/under-connected: the flagged regions only, least connected first (by ratio, else per municipality), with the rule. */
export async function underConnected(analysis: AnalysisService, filters: Filters, q: RegionQuery): Promise<Answer<Regions>> {
  const { version, leftOut, rows: all, head } = await table(analysis, filters, q);
  const build = () => {
    const key = (r: Regions['rows'][number]) => (head.rule.kind === 'ratio' ? (r.ratio ?? 0) : r.perMunicipality);
    const rows = all.filter((r) => r.underConnected).sort((a, b) => key(a) - key(b) || a.region.localeCompare(b.region));
    return { body: { ...head, rows, leftOut }, csv: { rows, columns: REGION_CSV_COLUMNS } };
  };
  return { state: 'done', version, build };
}

/** The level of a region key: `DE-XX` a state, five digits a district. */
export function regionLevelOf(region: string): 'state' | 'district' | null {
  if (/^DE-[A-Z]{2}$/.test(region)) return 'state';
  if (/^\d{5}$/.test(region)) return 'district';
  return null;
}

/** GET /api/regions/:region: the row of a German state or district, its municipalities and its ties. */
export async function regionDetail(
  analysis: AnalysisService,
  filters: Filters,
  region: string,
  q: Omit<RegionQuery, 'level'>,
): Promise<Answer<RegionDetail>> {
  const level = regionLevelOf(region);
  if (level === null) throw new AppError('bad-request', `A region is a German state (DE-BY) or a 5-digit district key, not "${region}".`);
  const { version, leftOut, rows } = await table(analysis, filters, { ...q, level });
  const row = rows.find((r) => r.region === region);
  if (!row) throw new AppError('not-found', `No ${level} ${region} in the view.`);
  const [{ value: view }, { value: fit }] = await Promise.all([analysis.graphView(filters), analysis.regionModel(filters)]);
  const build = () => {
    const { graph } = view;
    const divide = q.divide ?? defaultDivide(level);
    const inside = (id: string) => regionOf(graph.getNodeAttributes(id), level) === region;
    const members = graph.filterNodes((id) => inside(id));
    const municipalities = members
      .map((id) => {
        const a = graph.getNodeAttributes(id);
        return {
          id,
          name: String(a.name ?? id),
          ags: String(a.ags),
          population: typeof a.population === 'number' ? a.population : null,
          partnerships: graph.degree(id),
          expected: fit.expected.get(id) ?? null,
        };
      })
      .sort((a, b) => b.partnerships - a.partnerships || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    const seen = new Set<string>();
    const ties: RegionDetail['ties'] = [];
    for (const id of members)
      graph.forEachEdge(id, (edge, _attr, s, t) => {
        if (seen.has(edge)) return;
        seen.add(edge);
        const [sa, sb] = [sideOf(graph.getNodeAttributes(s), divide), sideOf(graph.getNodeAttributes(t), divide)];
        ties.push({
          a: s,
          aName: placeOf(graph, s).name,
          b: t,
          bName: placeOf(graph, t).name,
          cross: sa !== null && sb !== null && sa !== sb,
        });
      });
    return { body: { version, level, row, municipalities, ties, leftOut } };
  };
  return { state: 'done', version, build };
}

/** What the what-if holds fixed, in the answer's words. */
const HELD_FIXED =
  'The count model is held fixed: expected is the one fitted on the network as it is, and only the observed partnership ends change; the same regions table then runs on a copy of the network with the ties added (equal to what it gives after importing them).';

/** GET /api/regions/:region/recommendations: partners for a region's municipalities, and the what-if of the first `whatIf`. */
export async function regionRecommendations(
  analysis: AnalysisService,
  filters: Filters,
  region: string,
  q: { divide?: Divide | undefined; rule?: RegionRule | undefined; limit: number; whatIf: number },
): Promise<Answer<RegionRecommendations>> {
  const level = regionLevelOf(region);
  if (level === null) throw new AppError('bad-request', `A region is a German state (DE-BY) or a 5-digit district key, not "${region}".`);
  const rule = q.rule ?? 'ratio';
  const { rows } = await table(analysis, filters, { level, divide: q.divide ?? 'germany', rule });
  const row = rows.find((r) => r.region === region);
  if (!row) throw new AppError('not-found', `No ${level} ${region} in the view.`);
  const [{ version, leftOut, value }, { value: view }] = await Promise.all([
    analysis.regionPartners(filters, { region, level, divide: q.divide ?? null, limit: q.limit, whatIf: q.whatIf, rule }),
    analysis.graphView(filters),
  ]);
  const build = () => {
    const { graph } = view;
    const pairs = value.pairs.map((p, i) => ({
      rank: i + 1,
      from: { ...placeOf(graph, p.from), ags: String(graph.getNodeAttribute(p.from, 'ags')), partnerships: graph.degree(p.from) },
      to: placeOf(graph, p.to),
      score: p.score,
      parts: p.parts,
      cross: p.cross,
    }));
    const added = pairs.slice(0, q.whatIf).map((p) => ({ a: p.from.id, aName: p.from.name, b: p.to.id, bName: p.to.name }));
    const body: RegionRecommendations = {
      version,
      level,
      region,
      name: row.name,
      divide: q.divide ?? null,
      pairs,
      whatIf: { added, model: HELD_FIXED, changes: value.changes },
      leftOut,
    };
    const csvRows = pairs.map((p) => ({
      rank: p.rank,
      fromId: p.from.id,
      fromName: p.from.name,
      fromAgs: p.from.ags,
      toId: p.to.id,
      toName: p.to.name,
      toCountry: p.to.country,
      score: p.score,
      cross: p.cross,
      ...p.parts,
    }));
    return { body, csv: { rows: csvRows, columns: REGION_PAIR_CSV_COLUMNS } };
  };
  return { state: 'done', version, build };
}

/**
 * GET /api/regions/geometry: the level's boundaries. They ship with the code, not the dataset, so
 * the answer carries a fixed version (its ETag never changes while the build is the same).
 */
export function geometry(level: 'state' | 'district'): Answer<RegionGeometry> {
  return { state: 'done', version: 0, build: () => ({ body: regionGeometry(level) }) };
}

/** The recommendations for the place `asked` names: itself, or (not found) the id it has under today's slug rule. */
async function recommendationsFor(analysis: AnalysisService, filters: Filters, asked: string, limit: number) {
  const notFound = (err: unknown) => err instanceof AppError && err.kind === 'not-found';
  try {
    return { id: asked, ...(await analysis.recommendations(filters, asked, limit)) };
  } catch (err) {
    const id = currentId(asked);
    if (id === asked || !notFound(err)) throw err;
    try {
      return { id, ...(await analysis.recommendations(filters, id, limit)) };
    } catch (again) {
      throw notFound(again) ? err : again;
    }
  }
}

/** GET /api/recommendations/:id: candidate partners, each with the parts of its score. */
export async function recommendations(
  analysis: AnalysisService,
  filters: Filters,
  asked: string,
  limit: number,
): Promise<Answer<Recommendations>> {
  const { id, version, value } = await recommendationsFor(analysis, filters, asked, limit);
  const build = () => ({
    body: { version, id, recommendations: value },
    csv: {
      rows: value.map((r) => ({ id: r.id, name: r.name, country: r.country, score: r.score, ...r.parts })),
      columns: CSV_COLUMNS.recommendations,
    },
  });
  return { state: 'done', version, build };
}
