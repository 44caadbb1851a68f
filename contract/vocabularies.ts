/**
 * The words the API, the database and the client share. Each list is written here once; the zod
 * enums of the API schemas, the client's controls and the importers' checks all read it.
 */

/** The kinds of tie between two places (Städtepartnerschaft, Freundschaft, Kontakt, …). */
export const PARTNERSHIP_TYPES = ['partnership', 'friendship', 'contact', 'development', 'climate', 'sponsorship'] as const;
export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];

/** Europe's blocs before 1990 (docs/architecture.md, "Europe's blocs"). */
export const BLOCS = ['east', 'west', 'other'] as const;
export type Bloc = (typeof BLOCS)[number];

/** A German place's side of the former inner-German border; Berlin as a whole is on neither. */
export const GERMAN_SIDES = ['east', 'west', 'berlin'] as const;
export type GermanSide = (typeof GERMAN_SIDES)[number];

/** The two east-west divides: inside Germany, or Europe's blocs. */
export const DIVIDES = ['germany', 'europe'] as const;
export type Divide = (typeof DIVIDES)[number];

/** The two sides of a divide. */
export const SIDES = ['east', 'west'] as const;
export type Side = (typeof SIDES)[number];

/** The centralities the suite computes for every place (normalised as NetworkX). */
export const MEASURES = ['degree', 'betweenness', 'closeness', 'harmonic', 'pagerank', 'eigenvector'] as const;
export type Measure = (typeof MEASURES)[number];

/** The community detection algorithms of /api/communities (Louvain: the full suite's; Leiden: on demand). */
export const COMMUNITY_ALGORITHMS = ['louvain', 'leiden'] as const;
export type CommunityAlgorithm = (typeof COMMUNITY_ALGORITHMS)[number];

/** Where the analyses run (ANALYTICS_ENGINE): this service, or Neo4j Graph Data Science on the connected server. */
export const ANALYTICS_ENGINES = ['inprocess', 'gds'] as const;
export type AnalyticsEngine = (typeof ANALYTICS_ENGINES)[number];

/**
 * The file formats the importers read (docs/importing.md); `auto` asks for detection. `table` is a
 * spreadsheet (CSV or XLSX) in the user's own layout, read through a column mapping.
 */
export const IMPORT_FORMATS = ['jumelage', 'wikipedia', 'wikidata-json', 'wikidata-csv', 'gexf', 'graphml', 'table'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The fields a column of a spreadsheet can be mapped to (format `table`: `columns`, `--columns field=column,…`). */
export const TABLE_FIELDS = [
  'nameA',
  'countryA',
  'latA',
  'lonA',
  'stateA',
  'postcodeA',
  'agsA',
  'nameB',
  'countryB',
  'latB',
  'lonB',
  'since',
  'until',
  'type',
] as const;
export type TableField = (typeof TABLE_FIELDS)[number];

/** The levels regions are counted at: countries, German states, German districts. */
export const REGION_LEVELS = ['country', 'state', 'district'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** The kinds of place a record can be. */
export const PLACE_KINDS = ['municipality', 'district', 'region'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** The files /api/export writes: GEXF, GraphML, a zip of CSV tables, graphology JSON, an Excel workbook. */
export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'json', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * CSV for spreadsheets (`dialect=`): `excel` is UTF-8 with a byte order mark and commas, which Excel
 * opens with the right characters; `excel-de` adds semicolons and decimal commas, which Excel
 * expects in German (and most continental) settings. Without a dialect: RFC 4180, no BOM.
 */
export const CSV_DIALECTS = ['excel', 'excel-de'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

/** The tables of the CSV export, each also alone with `table=`. */
export const CSV_TABLES = ['nodes', 'edges', 'sources'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** The forms of the report: HTML, or PDF printed by Chromium. */
export const REPORT_FORMATS = ['html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The divide a region level is judged on when none is asked for: countries by blocs, German regions by the border. */
export function defaultDivide(level: RegionLevel): Divide {
  return level === 'country' ? 'europe' : 'germany';
}
