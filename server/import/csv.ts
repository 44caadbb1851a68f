/**
 * CSV reading shared by the CSV formats: RFC 4180 via csv-parse, every record with its line,
 * syntax errors collected (up to the cap) instead of stopping at the first one, and the header
 * checked for the columns a format needs (with a hint when the delimiter is not a comma).
 */
import { parse, type CsvError } from 'csv-parse/sync';
import type { IssueList } from './types.ts';

export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

function delimiterHint(headerLine: string): string {
  for (const [d, label] of [
    [';', 'semicolons'],
    ['\t', 'tabs'],
    ['|', 'vertical bars'],
  ] as const) {
    if (headerLine.includes(d) && !headerLine.includes(',')) return ` (the header is separated by ${label}; the format needs commas)`;
  }
  return '';
}

/**
 * Reads a CSV text with a header row. Returns null when the header lacks a required column. The
 * delimiter is a comma for the formats of known origin; a column-mapped table sniffs its own.
 */
export function readCsv(text: string, required: readonly string[], issues: IssueList, delimiter = ','): CsvTable | null {
  let rows: { record: string[]; info: { lines: number } }[];
  let unclosedQuote: (Error & { lines?: number }) | null = null;
  try {
    // Line endings are normalised first so that a CRLF inside a quoted field counts as one line.
    rows = parse(text.replace(/\r\n?/g, '\n'), {
      bom: true,
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (err: CsvError | undefined) => {
        if (err?.code === 'CSV_QUOTE_NOT_CLOSED') unclosedQuote = err;
        else if (err) issues.error('csv-syntax', (err as CsvError & { lines?: number }).lines ?? null, null, `CSV syntax: ${err.message}`);
        return undefined;
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (err) {
    const e = err as Error & { lines?: number };
    issues.error('csv-syntax', e.lines ?? null, null, `CSV syntax: ${e.message}`);
    return null;
  }
  if (unclosedQuote) {
    // csv-parse reports the end of the file; the quote opened on the line after the last good record.
    const opened = (rows.at(-1)?.info.lines ?? 0) + 1;
    issues.error('csv-syntax', opened, null, 'CSV syntax: a quote opened on this line is never closed (unbalanced quotes)');
  }
  const first = rows[0];
  if (!first) {
    issues.error('empty-file', 1, null, 'the file has no header row');
    return null;
  }
  const header = first.record.map((h) => h.trim());
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    const headerLine = text.split(/\r?\n/, 1)[0] ?? '';
    issues.error(
      'missing-columns',
      1,
      null,
      `missing required column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}${delimiterHint(headerLine)}`,
    );
    return null;
  }
  const records: CsvRecord[] = [];
  for (const { record, info } of rows.slice(1)) {
    if (record.length !== header.length) {
      issues.error('field-count', info.lines, null, `expected ${header.length} fields, got ${record.length}`);
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((h, i) => {
      values[h] = record[i] ?? '';
    });
    records.push({ line: info.lines, values });
  }
  return { header, records };
}

/** Parses a decimal coordinate; null when empty, NaN-like or out of range (the reason in `problem`). */
export function parseCoordinate(raw: string, kind: 'lat' | 'lon'): { value: number | null; problem: string | null } {
  const s = raw.trim();
  if (s === '') return { value: null, problem: null };
  const n = /^[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/.test(s) ? Number(s) : Number.NaN;
  if (!Number.isFinite(n))
    return { value: null, problem: `${kind === 'lat' ? 'latitude' : 'longitude'} ${JSON.stringify(raw)} is not a number` };
  const limit = kind === 'lat' ? 90 : 180;
  if (Math.abs(n) > limit) return { value: null, problem: `${kind === 'lat' ? 'latitude' : 'longitude'} ${s} is out of range (±${limit})` };
  return { value: n, problem: null };
}
