/** The answers about regions (countries, German states and districts) and the partners a place might add. */
import { CSV_COLUMNS, type Recommendations, type Regions } from '../../../contract/api/analyses.ts';
import type { Filters } from '../../../contract/filters.ts';
import { currentId } from '../../../contract/names.ts';
import { defaultDivide, type Divide, type RegionLevel } from '../../../contract/vocabularies.ts';
import { AppError } from '../../errors.ts';
import type { AnalysisService } from '../analysis.service.ts';
import type { Answer } from './answer.ts';

type RegionQuery = { level: RegionLevel; divide?: Divide | undefined };

/** GET /api/regions: every region of a level with its figures, rank and under-connected flag. */
export async function regions(analysis: AnalysisService, filters: Filters, q: RegionQuery): Promise<Answer<Regions>> {
  const { version, leftOut, value } = await analysis.regions(filters, q.level, q.divide ?? defaultDivide(q.level));
  const body: Regions = { version, ...value, leftOut };
  return { state: 'done', version, build: () => ({ body, csv: { rows: value.rows, columns: CSV_COLUMNS.regions } }) };
}

/** GET /api/regions/under-connected: the flagged regions only, least connected first, with the rule. */
export async function underConnected(analysis: AnalysisService, filters: Filters, q: RegionQuery): Promise<Answer<Regions>> {
  const { version, leftOut, value } = await analysis.regions(filters, q.level, q.divide ?? defaultDivide(q.level));
  const build = () => {
    const rows = value.rows.filter((r) => r.underConnected).sort((a, b) => a.perMunicipality - b.perMunicipality);
    return { body: { version, level: value.level, rule: value.rule, rows, leftOut }, csv: { rows, columns: CSV_COLUMNS.regions } };
  };
  return { state: 'done', version, build };
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
