/**
 * Partners for a region (issue 16): GET /api/regions/:region/recommendations on the seed dataset
 * in a real Neo4j. The pairs come from inside the region to outside it, each partner once, cross
 * pairs first, scored as the town's own recommendations score them; and the what-if (the first
 * `whatIf` ties added to a copy, the count model held fixed) equals the regions table, with the
 * same model, after the same ties are imported through POST /api/imports.
 */
import { describe, expect, it } from 'vitest';
import { FilterQuery, filtersOf } from '../../contract/api/query.ts';
import { RecommendationsSchema } from '../../contract/api/analyses.ts';
import { RegionRecommendationsSchema, RegionsSchema, type RegionRecommendations } from '../../contract/api/regions.ts';
import { compute as regionsTable } from '../../server/analytics/regions/regions.ts';
import { fitMunicipalityModel, municipalityRows } from '../../server/analytics/regions/municipality-model.ts';
import { applyFilters } from '../../server/graph/filters.ts';
import { regionName } from '../../server/services/region-geometry.ts';
import { parseStrict } from '../helpers/contract.ts';
import { directoryService } from '../helpers/directory.ts';

const TOKEN = 'test-token-0123456789abcdef';
const K = 3;

describe('partners for a region and their what-if', () => {
  const session = directoryService(TOKEN);
  const get = async (path: string) => {
    const res = await fetch(`${session.service.url}${path}`);
    expect(res.status, `${path}: ${res.status}`).toBe(200);
    return res.json() as Promise<unknown>;
  };
  /** The default view of the database as the analyses read it. */
  const view = async () => applyFilters((await session.service.data.graphs.get()).graph, filtersOf(FilterQuery.parse({}))).graph;

  it('proposes pairs from the region outwards, cross first, scored as the town’s own list, and the what-if equals a real import', async () => {
    // the least connected district that the count model judges and that has a partnered municipality to start from
    const districts = parseStrict(RegionsSchema, await get('/api/regions?level=district'));
    const judged = districts.rows.filter((r) => r.ratio !== null && r.partnered > 0).sort((a, b) => a.ratio! - b.ratio!);
    expect(judged.length, 'districts with an expected value').toBeGreaterThan(0);
    const district = judged[0]!;

    const answer: RegionRecommendations = parseStrict(
      RegionRecommendationsSchema,
      await get(`/api/regions/${district.region}/recommendations?divide=germany&limit=10&whatIf=${K}`),
    );
    expect(answer.region).toBe(district.region);
    expect(answer.pairs.length).toBeGreaterThanOrEqual(K);
    const before = await view();
    const inside = (id: string) => String(before.getNodeAttribute(id, 'ags') ?? '').startsWith(district.region);
    for (const p of answer.pairs) {
      expect(inside(p.from.id), `${p.from.name} lies in ${district.region}`).toBe(true);
      expect(inside(p.to.id), `${p.to.name} lies outside ${district.region}`).toBe(false);
      expect(before.hasEdge(p.from.id, p.to.id) || before.hasEdge(p.to.id, p.from.id)).toBe(false);
    }
    expect(new Set(answer.pairs.map((p) => p.from.id)).size).toBe(answer.pairs.length);
    expect(new Set(answer.pairs.map((p) => p.to.id)).size).toBe(answer.pairs.length);
    // cross pairs first, then by score
    const order = answer.pairs.map((p) => [p.cross ? 1 : 0, p.score] as const);
    for (let i = 1; i < order.length; i++) {
      const [c0, s0] = order[i - 1]!;
      const [c1, s1] = order[i]!;
      expect(c0 > c1 || (c0 === c1 && s0 >= s1), `pair ${i + 1} after pair ${i}`).toBe(true);
    }
    // the same score the town's own recommendations give that partner
    const first = answer.pairs[0]!;
    const own = parseStrict(RecommendationsSchema, await get(`/api/recommendations/${first.from.id}?limit=200`));
    expect(own.recommendations.find((r) => r.id === first.to.id)?.score).toBeCloseTo(first.score, 12);

    // the what-if: the first K ties, the district's row before and after
    expect(answer.whatIf.added.map((t) => [t.a, t.b])).toEqual(answer.pairs.slice(0, K).map((p) => [p.from.id, p.to.id]));
    const change = answer.whatIf.changes.find((c) => c.level === 'district' && c.before.region === district.region)!;
    expect(change.before).toEqual(district);
    expect(change.after.observed).toBe(district.observed! + K);
    expect(change.after.expected).toBe(district.expected);

    // a real import of the same ties, then the same table with the model fitted before
    const fixed = fitMunicipalityModel(municipalityRows(before));
    const csv = [
      'a,b,type,since,until,source',
      ...answer.whatIf.added.map((t) => `${t.a},${t.b},partnership,,,https://example.org/what-if`),
    ].join('\n');
    const imported = await fetch(`${session.service.url}/api/imports?name=what-if.csv`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/csv' },
      body: csv,
    });
    expect(imported.status, await imported.clone().text()).toBe(200);
    const after = await view();
    expect(after.size).toBe(before.size + K);
    const options = { level: 'district' as const, divide: 'germany' as const, rule: 'ratio' as const };
    const real = regionsTable(after, options, fixed, (code) => regionName('district', code)).rows.find((r) => r.region === district.region);
    expect(change.after).toEqual(real);
    // the API refits after the import: the observed side agrees, expected moves with the new total
    const refitted = parseStrict(RegionsSchema, await get('/api/regions?level=district')).rows.find((r) => r.region === district.region)!;
    expect(refitted.observed).toBe(change.after.observed);
    expect(refitted.partnerships).toBe(change.after.partnerships);
    expect(refitted.crossTies).toBe(change.after.crossTies);
  });

  it('answers a state with its districts that the ties reach, and says why a region is refused', async () => {
    const states = parseStrict(RegionsSchema, await get('/api/regions?level=state'));
    const state = states.rows.find((r) => r.ratio !== null && r.partnered > 0)!;
    const answer = parseStrict(RegionRecommendationsSchema, await get(`/api/regions/${state.region}/recommendations?whatIf=2`));
    expect(answer.divide).toBeNull();
    for (let i = 1; i < answer.pairs.length; i++) expect(answer.pairs[i - 1]!.score).toBeGreaterThanOrEqual(answer.pairs[i]!.score);
    const levels = answer.whatIf.changes.map((c) => c.level);
    expect(levels[0]).toBe('state');
    const reached = new Set(answer.pairs.slice(0, 2).map((p) => p.from.ags.slice(0, 5)));
    expect(new Set(answer.whatIf.changes.filter((c) => c.level === 'district').map((c) => c.before.region))).toEqual(reached);

    const bad = await fetch(`${session.service.url}/api/regions/Saxony/recommendations`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { detail: string }).detail).toMatch(/DE-BY.*5-digit/);
    expect((await fetch(`${session.service.url}/api/regions/99999/recommendations`)).status).toBe(404);
    const csv = await fetch(`${session.service.url}/api/regions/${state.region}/recommendations?format=csv&limit=3`);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(lines[0]!.split(',').slice(0, 4)).toEqual(['rank', 'fromId', 'fromName', 'fromAgs']);
    expect(lines).toHaveLength(1 + Math.min(3, answer.pairs.length));
  });
});
