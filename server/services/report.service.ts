/**
 * Reports: the full suite, the regions, the east-west tables and recommendations for the same
 * filters and options, from the same services the API answers from (so every number equals the
 * API's), rendered to HTML in English or German and, for PDF, printed by Chromium. A report is a
 * job like an analysis (keyed by dataset version, format, language, filters and options; cached
 * when done): the caller gets the file within the wait, or the running job to poll. Knows nothing
 * of HTTP.
 */
import type { Language } from '../../contract/languages.ts';
import type { ReportFormat } from '../../contract/vocabularies.ts';
import type { DataLayer } from '../db/data-layer.ts';
import { fileBase, filtersQuery } from '../export/export-graph.ts';
import { filtersKey, type Filters } from '../../contract/filters.ts';
import { trusted } from '../report/html.ts';
import { localeFor } from '../report/i18n/locale.ts';
import { PAGE_NUMBER, renderPdf, TOTAL_PAGES } from '../report/pdf.ts';
import { renderReport } from '../report/report.ts';
import { yearCoverage } from '../graph/coverage.ts';
import { regionGeometry } from './region-geometry.ts';
import { libraryVersions, type CouncilData, type RecommendationBlock, type ReportData } from '../report/report-data.ts';
import { AppError } from '../errors.ts';
import type { Answer } from './answers/answer.ts';
import { regionDetail, regionRecommendations } from './answers/regions.answers.ts';
import type { RegionsResult } from '../analytics/regions/regions.ts';
import type { RegionLevel } from '../../contract/vocabularies.ts';
import type { AnalysisOptions } from '../../contract/api/query.ts';
import type { SuiteView } from '../analytics/suite/suite-view.ts';
import { filtersOf } from '../../contract/api/query.ts';
import type { AnalysisService, Outcome } from './analysis.service.ts';
import { distancesBody, evolutionBody, type SeriesOptions } from './time-space.ts';
import type { ExportService } from './export.service.ts';
import type { JobManager, Progress } from './jobs.ts';

export interface ReportFile {
  version: number;
  filename: string;
  mediaType: string;
  body: string | Uint8Array;
}

/** The partners a council summary lists, all of them in its what-if. */
const COUNCIL_PAIRS = 5;

/** How many under-connected regions get recommendations, and how many candidates each. */
const RECOMMENDED_REGIONS = 5;
const CANDIDATES = 5;

/** The query string of filters and options, as the API takes them (for reproduction notes). */
export function reportQuery(filters: Filters, options: AnalysisOptions): string {
  const q = new URLSearchParams(filtersQuery(filters));
  if (options.resolution !== 1) q.set('resolution', String(options.resolution));
  if (options.seed !== 0) q.set('seed', String(options.seed));
  if (options.betweenness !== 'exact') {
    q.set('betweenness', options.betweenness);
    q.set('k', String(options.k));
  }
  return q.toString().replace(/%2C/gi, ',');
}

export class ReportService {
  constructor(
    private readonly data: DataLayer,
    private readonly analysis: AnalysisService,
    private readonly jobs: JobManager,
    private readonly exports: ExportService,
  ) {}

  /**
   * The report file in `file.lang` (default English), opening with a council summary of
   * `file.region` when given (a German state or district, checked before the job starts): done,
   * or the running job.
   */
  async report(
    filters: Filters,
    options: AnalysisOptions,
    file: { format: ReportFormat; lang?: Language; region?: string | null },
    waitMs?: number,
  ): Promise<Outcome<ReportFile>> {
    const { format, lang = 'en', region = null } = file;
    await this.data.ensureReady();
    if (region !== null) await regionDetail(this.analysis, filters, region, {}); // 400 or 404 now, not a failed job
    const { version } = await this.data.graphs.get();
    const key = `report|${format}|${lang}|${region ?? ''}|${version}|${filtersKey(filters)}|${options.resolution}|${options.seed}|${options.betweenness}|${options.betweenness === 'sampled' ? options.k : ''}`;
    const job = this.jobs.start<ReportFile>(key, version, async (progress, signal) => {
      const d = await this.gather(filters, options, progress, signal, region);
      progress({ fraction: 0.9, stage: 'rendering' });
      const html = renderReport(d, lang);
      const base = `${fileBase('jumelage-report', d.view.version, filters)}${region ? `-${region}` : ''}${lang === 'en' ? '' : `-${lang}`}`;
      if (format === 'html')
        return { version: d.view.version, filename: `${base}.html`, mediaType: 'text/html; charset=utf-8', body: html };
      progress({ fraction: 0.93, stage: 'printing to PDF' });
      const { text, t } = localeFor(lang);
      const version = String(d.view.version);
      const pdf = await renderPdf(html, {
        footer: d.query ? text('report.footerQuery', { version, query: d.query }) : text('report.footer', { version }),
        pages: t('report.page', { page: trusted(PAGE_NUMBER), pages: trusted(TOTAL_PAGES) }),
      });
      return { version: d.view.version, filename: `${base}.pdf`, mediaType: 'application/pdf', body: new Uint8Array(pdf) };
    });
    const value = job.state === 'done' ? job.result! : await this.jobs.settle(job, waitMs);
    return value ? { state: 'done', value } : { state: 'running', job };
  }

  /** Everything the report shows, from the services the API uses. */
  async gather(
    filters: Filters,
    options: AnalysisOptions,
    progress: (p: Progress) => void = () => {},
    signal?: AbortSignal,
    region: string | null = null,
  ): Promise<ReportData> {
    progress({ fraction: 0.02, stage: 'analyses' });
    const outcome = await this.analysis.suite(filters, options, 0);
    let view: SuiteView;
    if (outcome.state === 'running') {
      const suiteJob = outcome.job;
      const timer = setInterval(
        () => progress({ fraction: 0.02 + 0.78 * suiteJob.progress.fraction, stage: `analyses: ${suiteJob.progress.stage}` }),
        250,
      );
      try {
        view = (await suiteJob.promise) as SuiteView;
      } finally {
        clearInterval(timer);
      }
    } else view = outcome.value;
    signal?.throwIfAborted();
    progress({ fraction: 0.8, stage: 'regions and recommendations' });
    const [country, state, district, eiGermany, eiEurope] = await Promise.all([
      this.analysis.regions(filters, 'country', 'europe'),
      this.analysis.regions(filters, 'state', 'germany'),
      this.analysis.regions(filters, 'district', 'germany'),
      this.analysis.eiByRegion(filters, 'germany'),
      this.analysis.eiByRegion(filters, 'europe'),
    ]);
    const regions = { country: country.value, state: state.value, district: district.value };
    progress({ fraction: 0.83, stage: 'growth and distance' });
    const timeSpace = await this.timeSpace(filters, options);
    signal?.throwIfAborted();
    const recommendations = await this.recommend(filters, view, regions);
    const council = region === null ? null : await this.council(filters, region);
    const credits = await this.exports.credits(view.version, view.data.graph);
    const hash = await this.exports.dataHash(filters);
    const fq = filtersQuery(filters);
    const updatedAt = view.graph.getAttribute('updatedAt');
    return {
      generator: this.exports.generator,
      generatedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      updatedAt: typeof updatedAt === 'string' ? updatedAt : null,
      view,
      options,
      regions,
      geometry: { state: regionGeometry('state'), district: regionGeometry('district') },
      ei: { germany: eiGermany.value, europe: eiEurope.value },
      recommendations,
      credits,
      coverage: yearCoverage(view.graph),
      dataHash: { sha256: hash.sha256, bytes: hash.bytes, request: `/api/export?format=json&metrics=false${fq ? `&${fq}` : ''}` },
      query: reportQuery(filters, options),
      libraries: libraryVersions(),
      runtime: `Node.js ${process.version}`,
      timeSpace,
      council,
    };
  }

  /**
   * The council summary's facts: the region as GET /api/regions/:region gives it (its row and
   * cross ties, divide germany), and its partners with their what-if as
   * GET /api/regions/:region/recommendations?divide=germany&limit=5&whatIf=5 gives them.
   */
  private async council(filters: Filters, region: string): Promise<CouncilData> {
    const built = async <T>(answer: Promise<Answer<T>>): Promise<T> => {
      const a = await answer;
      if (a.state !== 'done') throw new AppError('internal', 'A region answer was not ready.');
      return a.build().body;
    };
    const [detail, partners] = await Promise.all([
      built(regionDetail(this.analysis, filters, region, { divide: 'germany' })),
      built(regionRecommendations(this.analysis, filters, region, { divide: 'germany', limit: COUNCIL_PAIRS, whatIf: COUNCIL_PAIRS })),
    ]);
    return {
      region,
      level: detail.level,
      row: detail.row,
      municipalities: detail.municipalities.length,
      crossTies: detail.ties.filter((t) => t.cross),
      ties: detail.ties.length,
      partners,
      request: `/api/regions/${region}/recommendations?divide=germany&limit=${COUNCIL_PAIRS}&whatIf=${COUNCIL_PAIRS}`,
    };
  }

  /**
   * The series from 1950 to the filters' last year (else this year), one point a year, for the
   * report's types, countries and blocs, as GET /api/evolution answers it; and GET /api/distances
   * for the filters (no list of the longest partnerships).
   */
  private async timeSpace(filters: Filters, options: AnalysisOptions): Promise<ReportData['timeSpace']> {
    const series: SeriesOptions = {
      from: 1950,
      to: Math.max(1950, filters.to ?? new Date().getUTCFullYear()),
      step: 1,
      seed: options.seed,
      resolution: options.resolution,
    };
    const { types, countries, blocs } = filters;
    const seriesFilters = filtersOf({ ...(types ? { types: [...types] } : {}), countries: [...countries], blocs: [...blocs] });
    const outcome = await this.analysis.evolution(seriesFilters, series, 0);
    const computed = outcome.state === 'done' ? outcome.value : ((await outcome.job.promise) as Parameters<typeof evolutionBody>[1]);
    const evolution = evolutionBody(series, computed);
    const distances = distancesBody(await this.analysis.distances(filters), { limit: 0 });
    const q = new URLSearchParams(filtersQuery(seriesFilters));
    for (const [key, value] of Object.entries(series))
      if (!(key === 'seed' && value === 0) && !(key === 'resolution' && value === 1)) q.set(key, String(value));
    const fq = filtersQuery(filters);
    return {
      evolution,
      distances,
      requests: { evolution: `/api/evolution?${q.toString().replace(/%2C/gi, ',')}`, distances: `/api/distances${fq ? `?${fq}` : ''}` },
    };
  }

  /**
   * For the under-connected regions (German states; else districts; else countries), least
   * connected first, their municipality with the fewest partnerships (ties: the larger
   * population, then the id), with its best candidates, exactly as /api/recommendations/:id gives them.
   */
  private async recommend(
    filters: Filters,
    view: SuiteView,
    regions: Record<RegionLevel, RegionsResult>,
  ): Promise<ReportData['recommendations']> {
    const levels: RegionLevel[] = ['state', 'district', 'country'];
    const level = levels.find((l) => regions[l].rows.some((r) => r.underConnected)) ?? null;
    if (level === null) return { level: null, underConnected: 0, shown: 0, candidates: CANDIDATES, blocks: [] };
    const underConnected = regions[level].rows.filter((r) => r.underConnected);
    const under = [...underConnected]
      .sort((a, b) => a.perMunicipality - b.perMunicipality || a.region.localeCompare(b.region))
      .slice(0, RECOMMENDED_REGIONS);
    const g = view.graph;
    const regionOf = (a: Record<string, unknown>) =>
      level === 'country' ? a.country : a.country === 'DE' ? (level === 'state' ? a.admin1 : a.admin2) : null;
    const blocks: RecommendationBlock[] = [];
    for (const row of under) {
      let best: { id: string; degree: number; population: number } | null = null;
      g.forEachNode((id, a) => {
        if (regionOf(a) !== row.region) return;
        const cand = { id, degree: g.degree(id), population: typeof a.population === 'number' ? a.population : -1 };
        if (
          !best ||
          cand.degree < best.degree ||
          (cand.degree === best.degree && (cand.population > best.population || (cand.population === best.population && cand.id < best.id)))
        )
          best = cand;
      });
      if (!best) continue;
      const chosen: { id: string; degree: number; population: number } = best;
      const items = await this.analysis.recommendations(filters, chosen.id, CANDIDATES);
      const a = g.getNodeAttributes(chosen.id);
      blocks.push({
        region: row.region,
        level,
        regionPerMunicipality: row.perMunicipality,
        municipality: {
          id: chosen.id,
          name: String(a.name ?? chosen.id),
          country: typeof a.country === 'string' ? a.country : null,
          partnerships: chosen.degree,
          population: chosen.population >= 0 ? chosen.population : null,
        },
        items: items.value,
      });
    }
    return { level, underConnected: underConnected.length, shown: under.length, candidates: CANDIDATES, blocks };
  }
}
