/**
 * Everything a report shows, gathered by the report service from the same services the API
 * answers from (so the numbers are the API's), and handed to the pure renderer (report.ts).
 */
import fs from 'node:fs';
import type { EiIndexResult } from '../analytics/eastwest/ei-index.ts';
import type { Recommendation } from '../../contract/api/analyses.ts';
import type { RegionsResult } from '../analytics/regions/regions.ts';
import type { Coverage as RegionCoverage } from '../analytics/regions/coverage.ts';
import type { RegionDetail, RegionGeometry, RegionRecommendations, RegionRow } from '../../contract/api/regions.ts';
import type { RegionLevel } from '../../contract/vocabularies.ts';
import type { Credits } from '../export/credits.ts';
import type { Coverage } from '../graph/coverage.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import type { AnalysisOptions } from '../../contract/api/query.ts';
import type { SuiteView } from '../analytics/suite/suite-view.ts';
import type { Distances, Evolution } from '../../contract/api/evolution.ts';

export interface RecommendationBlock {
  /** The under-connected region the municipality belongs to. */
  region: string;
  level: RegionLevel;
  regionPerMunicipality: number;
  municipality: { id: string; name: string; country: string | null; partnerships: number; population: number | null };
  items: Recommendation[];
}

/**
 * Facts and numbers only: no sentence (the renderer says them in the report's language), so that
 * one gathering serves every language.
 */
export interface ReportData {
  generator: string;
  /** ISO 8601 instants. */
  generatedAt: string;
  updatedAt: string | null;
  view: SuiteView;
  options: AnalysisOptions;
  /** The tables of GET /api/regions, each with what its counts cover. */
  regions: Record<'country' | 'state' | 'district', RegionsResult & { coverage: RegionCoverage }>;
  /** The boundaries of the maps (GET /api/regions/geometry). */
  geometry: { state: RegionGeometry; district: RegionGeometry };
  ei: { germany: EiIndexResult; europe: EiIndexResult };
  /**
   * The level whose under-connected regions get recommendations (null: none at any level), how
   * many are under-connected, how many of them are shown, and the candidates asked for each.
   */
  recommendations: { level: RegionLevel | null; underConnected: number; shown: number; candidates: number; blocks: RecommendationBlock[] };
  credits: Credits;
  /** Founding years known, overall and per source. */
  coverage: Coverage;
  /** SHA-256 of the data as exported (JSON, without analysis results) for the same filters. */
  dataHash: { sha256: string; bytes: number; request: string };
  /** The query string of the filters and options, to repeat any number through the API. */
  query: string;
  libraries: { name: string; version: string }[];
  runtime: string;
  /**
   * The network year by year and how far partnerships reach, as GET /api/evolution and
   * GET /api/distances answer them for the report's types, countries and blocs (the series) and
   * filters (the distances); `requests` repeat them.
   */
  timeSpace: { evolution: Evolution; distances: Distances; requests: { evolution: string; distances: string } };
  /** The region of a council summary (`region=`), or null: no summary. */
  council: CouncilData | null;
}

/** A German state's or district's summary for a council, from the answers of the regions endpoints. */
export interface CouncilData {
  region: string;
  level: 'state' | 'district';
  row: RegionRow;
  municipalities: number;
  /** Partnerships with an end in the region, and those across the former inner-German border. */
  ties: number;
  crossTies: RegionDetail['ties'];
  partners: RegionRecommendations;
  /** The request that gives the partners. */
  request: string;
}

/**
 * Libraries whose versions decide the numbers (and the rendering), read from node_modules. The
 * other numbers come from the project's own kernels (server/analytics); graphology-metrics and
 * graphology-shortest-path are only timed against them in the benchmarks, and compute nothing here.
 */
export const REPORTED_LIBRARIES = [
  'graphology', // the in-memory graph every analysis reads
  'graphology-communities-louvain', // the Louvain communities
  'neo4j-driver', // reads the data
  'zod', // the parameters' defaults
  'd3-geo', // the map: projection
  'topojson-client', // the map: outlines from world-atlas
  'world-atlas',
  'i18n-iso-countries', // country names
  'playwright-core', // the PDF, printed by Chromium
] as const;

export function libraryVersions(names: readonly string[] = REPORTED_LIBRARIES): { name: string; version: string }[] {
  return names.map((name) => {
    try {
      const pkg = JSON.parse(fs.readFileSync(new URL(`node_modules/${name}/package.json`, PROJECT_ROOT), 'utf8')) as { version?: string };
      return { name, version: pkg.version ?? 'unknown' };
    } catch {
      return { name, version: 'not installed' };
    }
  });
}

export function projectVersion(): string {
  return (JSON.parse(fs.readFileSync(new URL('package.json', PROJECT_ROOT), 'utf8')) as { version: string }).version;
}
