/**
 * The analysis endpoints. Every one takes the same filters as /api/graph and the analysis
 * options (resolution, seed, betweenness, k); all answer 202 with a job while the suite runs.
 */
import { z } from 'zod';
import { LEVELS } from '../../analytics/regions/regions.ts';
import { FilterShape, pickFilters } from '../../graph/filters.ts';
import { AnalysisShape, type AnalysisService, type SuiteView } from '../../services/analysis.service.ts';
import { AppError } from '../../errors.ts';
import type { JobManager } from '../../services/jobs.ts';
import type { ApiRouter } from '../api-router.ts';
import { accepted, jobBody, sendResult } from '../respond.ts';

export const MEASURES = ['degree', 'betweenness', 'closeness', 'harmonic', 'pagerank', 'eigenvector'] as const;
const format = z.enum(['json', 'csv']).default('json').describe('json, or csv for the table');
const limit = (max: number, def: number) => z.coerce.number().int().min(1).max(max).default(def);
const offset = z.coerce.number().int().min(0).max(10_000_000).default(0);

function analysisQuery<E extends z.ZodRawShape>(extra: E) {
  return z.strictObject({ ...FilterShape, ...AnalysisShape, ...extra }).refine(
    (q) => {
      const { from, to } = q as { from?: number; to?: number };
      return from === undefined || to === undefined || from <= to;
    },
    { message: '`from` must not be after `to`', path: ['from'] },
  );
}

const ANSWERS = {
  200: 'The result',
  202: 'Running: a job to poll (Location), then ask again',
  304: 'Not modified',
  400: 'Invalid parameters',
  503: 'Neo4j unavailable',
};

function nameOf(view: SuiteView, id: string): string {
  return String(view.graph.getNodeAttribute(id, 'name') ?? id);
}

export function analysisRoutes(api: ApiRouter, analysis: AnalysisService, jobs: JobManager): void {
  api.route(
    {
      method: 'get',
      path: '/api/metrics/centrality',
      tag: 'analyses',
      expensive: true,
      summary: 'A ranking of municipalities by a centrality',
      description:
        'Normalised as NetworkX by default: degree deg/(n-1); betweenness 2/((n-1)(n-2)); closeness with the Wasserman-Faust correction; harmonic unnormalised; PageRank alpha 0.85; eigenvector L2-normalised.',
      query: analysisQuery({ measure: z.enum(MEASURES).default('degree'), limit: limit(10_000, 20), offset, format }),
      produces: ['text/csv'],
      responses: ANSWERS,
    },
    async ({ query, req, res }) => {
      const outcome = await analysis.suite(pickFilters(query), query);
      if (outcome.state === 'running') return accepted(res, outcome.job);
      const view = outcome.value;
      sendResult(req, res, view.version, () => {
        const values = view.suite.centrality[query.measure];
        const order = values
          .map((_, i) => i)
          .sort((a, b) => values[b]! - values[a]! || (view.suite.nodes[a]! < view.suite.nodes[b]! ? -1 : 1));
        const items = order.slice(query.offset, query.offset + query.limit).map((i, j) => {
          const id = view.suite.nodes[i]!;
          return {
            rank: query.offset + j + 1,
            id,
            name: nameOf(view, id),
            country: (view.graph.getNodeAttribute(id, 'country') as string | undefined) ?? null,
            value: values[i]!,
          };
        });
        const body = {
          version: view.version,
          measure: query.measure,
          ...(query.measure === 'betweenness' ? { method: view.suite.centrality.betweennessMethod } : {}),
          total: values.length,
          limit: query.limit,
          offset: query.offset,
          items,
          leftOut: view.leftOut,
        };
        return { body, csv: { rows: items, columns: ['rank', 'id', 'name', 'country', 'value'] } };
      });
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/communities',
      tag: 'analyses',
      expensive: true,
      summary: 'Louvain communities: modularity, agreement with countries and blocs, stability, profiles',
      query: analysisQuery({ limit: limit(10_000, 50), offset }),
      responses: ANSWERS,
    },
    async ({ query, req, res }) => {
      const outcome = await analysis.suite(pickFilters(query), query);
      if (outcome.state === 'running') return accepted(res, outcome.job);
      const { version, suite, leftOut } = outcome.value;
      const c = suite.communities;
      sendResult(req, res, version, () => ({
        body: {
          version,
          count: c.count,
          modularity: c.modularity,
          resolution: c.resolution,
          seed: c.seed,
          nmi: { country: c.nmiCountry, bloc: c.nmiBloc },
          stability: c.stability,
          total: c.profiles.length,
          communities: c.profiles.slice(query.offset, query.offset + query.limit),
          leftOut,
        },
      }));
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/communities/:id',
      tag: 'analyses',
      expensive: true,
      summary: 'One community: its profile and members',
      query: analysisQuery({}),
      responses: { ...ANSWERS, 404: 'No such community' },
    },
    async ({ query, params, req, res }) => {
      const id = Number(params.id);
      const outcome = await analysis.suite(pickFilters(query), query);
      if (outcome.state === 'running') return accepted(res, outcome.job);
      const view = outcome.value;
      const profile = Number.isInteger(id) ? view.suite.communities.profiles.find((p) => p.id === id) : undefined;
      if (!profile) throw new AppError('not-found', `No community ${JSON.stringify(params.id)} for these filters and options.`);
      sendResult(req, res, view.version, () => {
        const members = view.suite.nodes
          .map((nodeId, i) => ({ i, nodeId }))
          .filter(({ i }) => view.suite.communities.membership[i] === id)
          .map(({ nodeId }) => ({
            id: nodeId,
            name: nameOf(view, nodeId),
            country: view.graph.getNodeAttribute(nodeId, 'country') ?? null,
            partnerships: view.graph.degree(nodeId),
          }))
          .sort((a, b) => b.partnerships - a.partnerships || a.name.localeCompare(b.name));
        return { body: { version: view.version, community: profile, members } };
      });
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/structure',
      tag: 'analyses',
      expensive: true,
      summary: 'Components, clustering, assortativity, bridges, articulation points, diameter',
      query: analysisQuery({ limit: limit(100_000, 100) }),
      responses: ANSWERS,
    },
    async ({ query, req, res }) => {
      const outcome = await analysis.suite(pickFilters(query), query);
      if (outcome.state === 'running') return accepted(res, outcome.job);
      const view = outcome.value;
      const s = view.suite;
      sendResult(req, res, view.version, () => ({
        body: {
          version: view.version,
          summary: s.summary,
          componentSizes: [...s.structure.componentSizes].sort((a, b) => b - a).slice(0, query.limit),
          bridges: {
            total: s.structure.bridges.length,
            items: s.structure.bridges.slice(0, query.limit).map(([a, b]) => ({ a, aName: nameOf(view, a), b, bName: nameOf(view, b) })),
          },
          articulationPoints: {
            total: s.structure.articulationPoints.length,
            items: s.structure.articulationPoints
              .map((id) => ({ id, name: nameOf(view, id), partnerships: view.graph.degree(id) }))
              .sort((a, b) => b.partnerships - a.partnerships)
              .slice(0, query.limit),
          },
          leftOut: view.leftOut,
        },
      }));
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/bridges/east-west',
      tag: 'analyses',
      expensive: true,
      summary: 'Ties across the east-west divide: summary, per founding year, per region, brokers, the ties',
      description:
        'level=germany: the former GDR against the old Federal Republic (Berlin on neither side); level=europe: the former Eastern bloc against the West.',
      query: analysisQuery({ level: z.enum(['germany', 'europe']).default('germany'), limit: limit(100_000, 50) }),
      responses: ANSWERS,
    },
    async ({ query, req, res }) => {
      const filters = pickFilters(query);
      const outcome = await analysis.suite(filters, query);
      if (outcome.state === 'running') return accepted(res, outcome.job);
      const view = outcome.value;
      const ew = view.suite.eastwest[query.level];
      const regions = await analysis.regions(filters, query.level === 'germany' ? 'state' : 'country', query.level);
      const ei = await analysis.eiByRegion(filters, query.level);
      sendResult(req, res, view.version, () => {
        const eiOf = new Map(ei.value.groups.map((g) => [g.group, g]));
        const brokers = ew.brokers
          .map((value, i) => ({ id: view.suite.nodes[i]!, value }))
          .filter((b) => b.value > 0)
          .sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : 1))
          .slice(0, query.limit)
          .map((b) => ({ ...b, name: nameOf(view, b.id), country: view.graph.getNodeAttribute(b.id, 'country') ?? null }));
        return {
          body: {
            version: view.version,
            level: ew.level,
            summary: {
              east: ew.east,
              west: ew.west,
              sidedPartnerships: ew.sidedEdges,
              crossTies: ew.crossTies,
              crossShare: ew.crossShare,
              eiIndex: ew.eiIndex,
            },
            baseline: ew.baseline,
            perYear: ew.perYear,
            perRegion: regions.value.rows
              .filter((r) => r.crossShare !== null)
              .map((r) => ({
                region: r.region,
                partnerships: r.partnerships,
                crossTies: r.crossTies,
                crossShare: r.crossShare,
                eiIndex: Number.isFinite(eiOf.get(r.region)?.ei) ? eiOf.get(r.region)!.ei : null,
              })),
            brokers,
            ties: {
              total: ew.ties.length,
              items: ew.ties.slice(0, query.limit).map(([a, b]) => {
                const edge = view.graph.edge(a, b);
                const attr = edge ? view.graph.getEdgeAttributes(edge) : {};
                return { a, aName: nameOf(view, a), b, bName: nameOf(view, b), type: attr.type ?? null, since: attr.since ?? null };
              }),
            },
            leftOut: view.leftOut,
          },
        };
      });
    },
  );

  const regionQuery = analysisQuery({ level: z.enum(LEVELS).default('country'), divide: z.enum(['germany', 'europe']).optional(), format });
  const regionColumns = [
    'rank',
    'region',
    'municipalities',
    'partnered',
    'partnerships',
    'perMunicipality',
    'population',
    'per100k',
    'crossTies',
    'crossShare',
    'underConnected',
  ];
  const regionDivide = (level: string, divide?: 'germany' | 'europe') => divide ?? (level === 'country' ? 'europe' : 'germany');
  api.route(
    {
      method: 'get',
      path: '/api/regions',
      tag: 'analyses',
      expensive: true,
      summary: 'Partnerships per country, German state or district, with rank and the under-connected flag',
      query: regionQuery,
      produces: ['text/csv'],
      responses: ANSWERS,
    },
    async ({ query, req, res }) => {
      const { version, leftOut, value } = await analysis.regions(pickFilters(query), query.level, regionDivide(query.level, query.divide));
      sendResult(req, res, version, () => ({
        body: { version, ...value, leftOut },
        csv: { rows: value.rows as unknown as Record<string, unknown>[], columns: regionColumns },
      }));
    },
  );
  api.route(
    {
      method: 'get',
      path: '/api/regions/under-connected',
      tag: 'analyses',
      expensive: true,
      summary: 'The under-connected regions of a level, with the rule',
      query: regionQuery,
      produces: ['text/csv'],
      responses: ANSWERS,
    },
    async ({ query, req, res }) => {
      const { version, leftOut, value } = await analysis.regions(pickFilters(query), query.level, regionDivide(query.level, query.divide));
      sendResult(req, res, version, () => {
        const rows = value.rows.filter((r) => r.underConnected).sort((a, b) => a.perMunicipality - b.perMunicipality);
        return {
          body: { version, level: value.level, rule: value.rule, rows, leftOut },
          csv: { rows: rows as unknown as Record<string, unknown>[], columns: regionColumns },
        };
      });
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/recommendations/:id',
      tag: 'analyses',
      expensive: true,
      summary: 'Candidate partners for a municipality, each with the parts of its score',
      query: analysisQuery({ limit: limit(200, 10), format }),
      produces: ['text/csv'],
      responses: { ...ANSWERS, 404: 'No such municipality in the view' },
    },
    async ({ query, params, req, res }) => {
      const { version, value } = await analysis.recommendations(pickFilters(query), params.id ?? '', query.limit);
      sendResult(req, res, version, () => {
        const rows = value.map((r) => ({ id: r.id, name: r.name, country: r.country, score: r.score, ...r.parts }));
        return {
          body: { version, id: params.id, recommendations: value },
          csv: {
            rows,
            columns: [
              'id',
              'name',
              'country',
              'score',
              'adamicAdar',
              'sharedPartners',
              'proximity',
              'distanceKm',
              'geography',
              'size',
              'crossing',
            ],
          },
        };
      });
    },
  );

  api.route(
    {
      method: 'get',
      path: '/api/jobs/:id',
      tag: 'analyses',
      summary: 'A running or finished analysis job and its progress',
      responses: { 200: 'The job', 404: 'No such job' },
    },
    async ({ params, res }) => {
      res.setHeader('Cache-Control', 'no-store');
      res.json(jobBody(jobs.get(params.id ?? '')));
    },
  );
}
