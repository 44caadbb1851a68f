/**
 * One import, without the database: bytes → text → format → parsed file → resolved batch and
 * summary. A file that cannot be read as its format (or, with `strict`, that has any problem) is
 * rejected as a whole with an AppError listing every error with its line; nothing is written.
 */
import { createHash } from 'node:crypto';
import type { DatasetSource, ImportBatch } from '../domain/model.ts';
import { AppError } from '../errors.ts';
import { decodeText } from './decode.ts';
import { detectFormat } from './detect.ts';
import type { Gazetteer } from './gazetteer.ts';
import { parseGraphXml } from './parsers/graph-xml.ts';
import { parseJumelageCsv } from './parsers/jumelage-csv.ts';
import { parseWikidataCsv, parseWikidataJson } from './parsers/wikidata.ts';
import { parseTable } from './parsers/table.ts';
import { parseWikipediaCsv } from './parsers/wikipedia-csv.ts';
import { parseTableOptions, type TableOptions } from './table/mapping.ts';
import { readTableFile } from './table/read.ts';
import type { TableReading } from '../../contract/api/imports.ts';
import { issueField, MAX_LISTED_WARNINGS, type ImportSummary } from './report.ts';
import { resolveImport, type ExistingPlace } from './resolve.ts';
import { IMPORT_FORMATS, IssueList, type ImportFormat, type Issue, type ParsedFile } from './types.ts';

export interface ImportFile {
  /** File name (no directories), for messages and the source id. */
  name: string;
  bytes: Uint8Array;
}

/** The Destatis directory as the importer uses it, with its provenance. */
export interface ImportGazetteer {
  gazetteer: Gazetteer;
  source: DatasetSource;
}

export interface ImportOptions {
  format: ImportFormat | 'auto';
  strict: boolean;
  dryRun: boolean;
  replace: boolean;
  allMunicipalities: boolean;
  /** A spreadsheet in its own layout: the column mapping (format `table`, or `auto` with it). */
  table?: TableOptions | null;
  licence?: string | null;
  attribution?: string | null;
  gazetteer?: ImportGazetteer | null;
  /** Time of the import (provenance of a first import); defaults to now. */
  now?: Date;
}

export type Phase = 'parse' | 'resolve' | 'write';
export type Progress = (phase: Phase, done: number, total: number) => void;

export const FORMAT_NAMES = ['auto', ...IMPORT_FORMATS] as const;

/** Licences of the formats whose origin is known; the others take --licence. */
const KNOWN_ORIGINS: Partial<Record<ImportFormat, { licence: string; attribution: string }>> = {
  wikipedia: {
    licence: 'CC BY-SA 4.0 (Wikipedia); ODbL 1.0 (OpenStreetMap geocoding)',
    attribution: 'English Wikipedia, "List of twin towns and sister cities in …"; coordinates © OpenStreetMap contributors',
  },
  'wikidata-json': { licence: 'CC0 1.0', attribution: 'Wikidata, property P190 (twinned administrative body)' },
  'wikidata-csv': { licence: 'CC0 1.0', attribution: 'Wikidata, property P190 (twinned administrative body)' },
};

export function sha256(parts: Uint8Array[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex');
}

function reject(issues: Issue[], omitted: number, what: string): AppError {
  const errors = issues.map((i) => ({ field: issueField(i), message: i.message }));
  if (omitted > 0) errors.push({ field: '(file)', message: `${omitted} more errors not listed` });
  return new AppError('bad-request', `The file was rejected (${what}); nothing was written.`, { errors });
}

/** Decodes the files, finds their format and parses them (a column-mapped table: table/, parsers/table.ts). */
async function parseFiles(
  files: ImportFile[],
  options: ImportOptions,
  issues: IssueList,
): Promise<{ parsed: ParsedFile; encoding: string; table: TableReading | null }> {
  if (options.format === 'table' || (options.format === 'auto' && options.table))
    return parseTableFile(files, options.table ?? null, issues);
  if (options.table) throw optionError(`columns are read with the table format, not ${options.format}`);
  const texts: { name: string; text: string }[] = [];
  let encoding = 'utf-8';
  for (const f of files) {
    const fileIssues = new IssueList();
    const decoded = decodeText(f.bytes, fileIssues);
    for (const i of fileIssues.items) issues.items.push(files.length > 1 ? { ...i, file: f.name } : i);
    issues.errors += fileIssues.errors;
    if (decoded) {
      texts.push({ name: f.name, text: decoded.text });
      if (decoded.encoding !== 'utf-8') encoding = decoded.encoding;
    }
  }
  if (issues.errors > 0)
    throw reject(
      issues.items.filter((i) => i.severity === 'error'),
      0,
      'not a readable text file',
    );

  let format: ImportFormat;
  if (options.format === 'auto') {
    const detected = detectFormat(texts[0]!.text);
    if ('reason' in detected) {
      throw reject(
        [{ severity: 'error', code: 'unknown-format', line: 1, column: null, message: `cannot tell the format: ${detected.reason}` }],
        0,
        'unknown format',
      );
    }
    format = detected.format;
  } else format = options.format;
  if (files.length > 1 && format !== 'jumelage') {
    throw reject(
      [
        {
          severity: 'error',
          code: 'wrong-format',
          line: null,
          column: null,
          message: `only the jumelage format is read from several files (a directory); ${format} is one file`,
        },
      ],
      0,
      'several files',
    );
  }
  const text = texts[0]!.text;
  switch (format) {
    case 'jumelage':
      return { parsed: parseJumelageCsv(texts, issues), encoding, table: null };
    case 'wikipedia':
      return { parsed: parseWikipediaCsv(text, issues), encoding, table: null };
    case 'wikidata-json':
      return { parsed: parseWikidataJson(text, issues), encoding, table: null };
    case 'wikidata-csv':
      return { parsed: parseWikidataCsv(text, issues), encoding, table: null };
    case 'gexf':
    case 'graphml':
      return { parsed: parseGraphXml(text, format, issues), encoding, table: null };
    case 'table':
      return parseTableFile(files, options.table ?? null, issues);
  }
}

function optionError(message: string, field = 'columns'): AppError {
  return new AppError('bad-request', 'Invalid options.', { errors: [{ field, message }] });
}

/** A spreadsheet through its column mapping: the options first, then the file (CSV or XLSX). */
async function parseTableFile(
  files: ImportFile[],
  options: TableOptions | null,
  issues: IssueList,
): Promise<{ parsed: ParsedFile; encoding: string; table: TableReading | null }> {
  if (!options) throw optionError('the table format needs columns (field=column,…)');
  if (files.length !== 1) throw optionError('a table is one file (CSV or XLSX), not a directory');
  const fail = (what: string) =>
    reject(
      issues.items.filter((i) => i.severity === 'error'),
      issues.omittedErrors,
      what,
    );
  const mapping = parseTableOptions(options);
  if (Array.isArray(mapping)) throw new AppError('bad-request', 'Invalid options.', { errors: mapping });
  const rows = await readTableFile(files[0]!.bytes, issues);
  if (!rows) throw fail('not a readable table');
  const { parsed, reading } = parseTable(rows, mapping, issues);
  return { parsed, encoding: rows.encoding, table: reading };
}

/** Partnerships by type, most first, and those with a founding year. */
function typeCounts(batch: ImportBatch): { types: Record<string, number>; dated: number } {
  const types: Record<string, number> = {};
  let dated = 0;
  for (const p of batch.partnerships) {
    types[p.type] = (types[p.type] ?? 0) + 1;
    if (p.since !== null) dated++;
  }
  return { types: Object.fromEntries(Object.entries(types).sort((x, y) => y[1] - x[1])), dated };
}

export interface Prepared {
  summary: ImportSummary;
  batch: ImportBatch;
  /** The file's own node ids by place id (resolve.ts). */
  fileIds: Map<string, string[]>;
}

/**
 * Parses and resolves; `existing` gives the places already in the database (or null without one).
 * Throws an AppError (bad-request) for a rejected file.
 */
export async function prepareImport(
  files: ImportFile[],
  label: string,
  options: ImportOptions,
  existing: () => Promise<ExistingPlace[] | null>,
  progress?: Progress,
): Promise<Prepared> {
  const started = Date.now();
  const issues = new IssueList();
  if (files.length === 0)
    throw reject([{ severity: 'error', code: 'empty-file', line: null, column: null, message: 'no file given' }], 0, 'no input');
  progress?.('parse', 0, 1);
  const { parsed, encoding, table } = await parseFiles(files, options, issues);
  progress?.('parse', 1, 1);
  const parseMs = Date.now() - started;
  if (issues.errors > 0)
    throw reject(
      issues.items.filter((i) => i.severity === 'error'),
      issues.omittedErrors,
      `${issues.errors} error${issues.errors > 1 ? 's' : ''}`,
    );

  const hash = sha256(files.map((f) => f.bytes));
  const format = parsed.format;
  const origin = KNOWN_ORIGINS[format];
  const source: DatasetSource = {
    id: `${format}:${label}:${hash.slice(0, 12)}`,
    file: label,
    format,
    sha256: hash,
    licence: options.licence ?? origin?.licence ?? null,
    attribution: options.attribution ?? origin?.attribution ?? null,
    importedAt: (options.now ?? new Date()).toISOString(),
  };
  const resolveStarted = Date.now();
  const resolved = resolveImport(parsed, {
    source,
    gazetteer: options.gazetteer ?? null,
    existing: options.replace ? null : await existing(),
    allMunicipalities: options.allMunicipalities,
    replace: options.replace,
    ...(progress ? { progress: (done: number, total: number) => progress('resolve', done, total) } : {}),
  });
  if (issues.errors > 0)
    throw reject(
      issues.items.filter((i) => i.severity === 'error'),
      issues.omittedErrors,
      `${issues.errors} error${issues.errors > 1 ? 's' : ''}`,
    );
  const warnings = issues.items.filter((i) => i.severity === 'warning');
  if (options.strict && warnings.length > 0) {
    throw reject(
      warnings.slice(0, 100).map((w) => ({ ...w, severity: 'error' as const })),
      Math.max(0, warnings.length - 100),
      `--strict: ${warnings.length} problem${warnings.length > 1 ? 's' : ''}`,
    );
  }
  const warningCounts: Record<string, number> = {};
  for (const w of warnings) warningCounts[w.code] = (warningCounts[w.code] ?? 0) + 1;
  const resolveMs = Date.now() - resolveStarted;
  const summary: ImportSummary = {
    file: label,
    format,
    encoding,
    dryRun: options.dryRun,
    strict: options.strict,
    replace: options.replace,
    source: { id: source.id, licence: source.licence, attribution: source.attribution },
    rows: parsed.rows,
    places: resolved.places,
    nodes: resolved.nodes,
    partnerships: resolved.batch.partnerships.length,
    ...typeCounts(resolved.batch),
    networks: resolved.batch.networks.length,
    merged: resolved.merged,
    matchedExisting: resolved.matchedExisting,
    dropped: resolved.dropped,
    countries: resolved.countries,
    unknownCountryEnds: resolved.unknownCountryEnds,
    germany: resolved.germany,
    gazetteer: resolved.gazetteer && options.gazetteer ? { file: options.gazetteer.source.file, ...resolved.gazetteer } : null,
    table,
    warningCounts,
    warnings: warnings.slice(0, MAX_LISTED_WARNINGS),
    warningsOmitted: Math.max(0, warnings.length - MAX_LISTED_WARNINGS),
    write: null,
    timings: { parseMs, resolveMs, writeMs: 0, totalMs: Date.now() - started },
  };
  return { summary, batch: resolved.batch, fileIds: resolved.fileIds };
}
