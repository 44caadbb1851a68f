/**
 * GET /api/evolution and GET /api/distances on the seed dataset: the answers parse with their
 * contract (no key it leaves out), the series runs as a job (202, then 200), and its last year
 * equals the full analysis of the dated, current partnerships with the same filters and `to`.
 */
import { describe, expect, it } from 'vitest';
import { CommunitiesSchema, EastWestSchema, StructureSchema } from '../../contract/api/analyses.ts';
import { DistancesSchema, EvolutionSchema } from '../../contract/api/evolution.ts';
import { GraphSchema } from '../../contract/api/graph.ts';
import { parseStrict } from '../helpers/contract.ts';
import { seededServices } from '../helpers/service.ts';

describe('time and space', () => {
  const services = seededServices();

  /** The answer of `path`, after polling its jobs. */
  const answer = async (path: string, base = services.service.url) => {
    let res = await fetch(`${base}${path}`);
    for (let round = 0; res.status === 202 && round < 20; round++) {
      const location = res.headers.get('location')!;
      let job = ((await res.json()) as { job: { state: string } }).job;
      while (job.state === 'running') {
        await new Promise((r) => setTimeout(r, 50));
        job = (await (await fetch(`${base}${location}`)).json()) as { state: string };
      }
      expect(job.state).toBe('done');
      res = await fetch(`${base}${path}`);
    }
    const text = await res.text();
    expect(res.status, `${path}: ${text.slice(0, 300)}`).toBe(200);
    return JSON.parse(text) as unknown;
  };

  it('runs the series as a job and answers it in the contract', async () => {
    const res = await fetch(`${services.slow.url}/api/evolution?from=1980&to=2000&step=5`);
    expect(res.status).toBe(202);
    const body = parseStrict(EvolutionSchema, await answer('/api/evolution?from=1980&to=2000&step=5', services.slow.url));
    expect(body.years.map((y) => y.year)).toEqual([1980, 1985, 1990, 1995, 2000]);
    expect(body.years.at(-1)!.partnerships).toBeGreaterThan(body.years[0]!.partnerships);
    // most seed partnerships carry no year: they are stated in every year
    expect(body.years.every((y) => y.undated > 400)).toBe(true);
  });

  for (const filters of ['', 'types=partnership', 'countries=DE,FR,PL']) {
    it(`ends on the full analysis of the same filters with to = the last year (${filters || 'no filters'})`, async () => {
      const and = filters ? `&${filters}` : '';
      for (const to of [1995, 2026]) {
        const series = parseStrict(EvolutionSchema, await answer(`/api/evolution?from=1950&to=${to}&step=10&seed=2${and}`));
        const last = series.years.at(-1)!;
        expect(last.year).toBe(to);
        const q = `to=${to}&seed=2${and}`;
        const structure = parseStrict(StructureSchema, await answer(`/api/structure?${q}`)).summary;
        expect(last.places).toBe(structure.nodes);
        expect(last.partnerships).toBe(structure.edges);
        expect(last.components).toBe(structure.components);
        expect(last.largestComponent).toBe(structure.largestComponent);
        expect(last.averageClustering).toBeCloseTo(structure.averageClustering, 12);
        expect(last.transitivity).toBeCloseTo(structure.transitivity, 12);
        const communities = parseStrict(CommunitiesSchema, await answer(`/api/communities?${q}`));
        expect(last.modularity).toBe(communities.modularity);
        expect(last.communities).toBe(communities.count);
        for (const level of ['germany', 'europe'] as const) {
          const ew = parseStrict(EastWestSchema, await answer(`/api/bridges/east-west?level=${level}&${q}`)).summary;
          expect(last[level]).toEqual({
            sided: ew.sidedPartnerships,
            crossTies: ew.crossTies,
            crossShare: ew.crossShare,
            eiIndex: ew.eiIndex,
          });
        }
        // undated: those /api/graph keeps with includeUndated beyond the dated ones
        const all = parseStrict(GraphSchema, await answer(`/api/graph?${q.replace('&seed=2', '')}&includeUndated=true`));
        expect(last.undated).toBe(all.edges.length - last.partnerships);
      }
    });
  }

  it('answers the distances in the contract', async () => {
    const body = parseStrict(DistancesSchema, await answer('/api/distances?limit=5'));
    expect(body.overall.partnerships + body.unpositioned).toBeGreaterThan(600);
    expect(body.overall.histogram.reduce((a, b) => a + b, 0)).toBe(body.overall.partnerships);
    expect(body.ties.items).toHaveLength(5);
    expect(body.ties.items[0]!.km).toBeGreaterThanOrEqual(body.ties.items[4]!.km);
    expect(body.byType.reduce((a, t) => a + t.partnerships, 0)).toBe(body.overall.partnerships);
    expect(body.byDecade.reduce((a, t) => a + t.partnerships, 0)).toBe(body.overall.partnerships);
    expect(body.decay.exponent).toBeGreaterThan(1);
    const [lo, hi] = body.decay.interval!;
    expect(lo).toBeLessThan(body.decay.exponent!);
    expect(hi).toBeGreaterThan(body.decay.exponent!);
    const dated = parseStrict(DistancesSchema, await answer('/api/distances?to=1990'));
    expect(dated.overall.partnerships).toBeLessThan(body.overall.partnerships);
    expect(dated.byDecade.every((d) => d.decade !== null && d.decade <= 1990)).toBe(true);
  });

  it('refuses the filters it does not take, and years out of order', async () => {
    for (const q of ['from=2000&to=1990', 'includeUndated=true', 'minDegree=2', 'step=3', 'since=1990']) {
      const res = await fetch(`${services.service.url}/api/evolution?${q}`);
      expect(res.status, q).toBe(400);
    }
    const doc = (await (await fetch(`${services.service.url}/api/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(doc.paths['/api/evolution']).toBeDefined();
    expect(doc.paths['/api/distances']).toBeDefined();
  });
});
