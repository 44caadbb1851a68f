/**
 * The import summary: what the CLI prints and POST /api/imports answers. Its counts reconcile
 * with the file:
 *   rows        = partnerships + merged.partnerships + Σ dropped   (ties read = ties kept + merged + dropped)
 *   places      = nodes + merged.places                             (place descriptions = places written + merged)
 * where a place description is one distinct (name, country, coordinates, ids) tuple of the file.
 */
import type { WriteSummary } from '../db/graph-writer.ts';
import type { ImportFormat, Issue } from './types.ts';

/** At most this many warnings are listed (all are counted in warningCounts). */
export const MAX_LISTED_WARNINGS = 1000;

export interface GermanyCounts {
  east: number;
  west: number;
  berlin: number;
  unknown: number;
  /** Which rule decided, per German place: ags, admin1, gazetteer, berlin-districts, coordinates. */
  by: Record<string, number>;
}

export interface GazetteerSummary {
  file: string;
  /** German places of the import (Berlin's districts included). */
  germanPlaces: number;
  matched: number;
  /** Of `matched`: matched to the municipality they are a part of ("Porz (Cologne)"). */
  matchedAsPart: number;
  /** Of `matched`: districts (Kreise). */
  matchedDistricts: number;
  rate: number;
  /** Municipalities added by --all-municipalities. */
  added: number;
}

export interface ImportSummary {
  file: string;
  format: ImportFormat;
  encoding: string;
  dryRun: boolean;
  strict: boolean;
  replace: boolean;
  source: { id: string; licence: string | null; attribution: string | null };
  /** Ties read: CSV rows, JSON results, XML edges. */
  rows: number;
  /** Distinct place descriptions in the file. */
  places: number;
  /** Places written (new or updated). */
  nodes: number;
  partnerships: number;
  networks: number;
  merged: { places: number; partnerships: number; reversed: number };
  /** Of `nodes`: places that were already in the database. */
  matchedExisting: number;
  dropped: Record<string, number>;
  /** ISO 3166-1 alpha-2 → number of partnership ends in that country, most first. */
  countries: Record<string, number>;
  unknownCountryEnds: number;
  germany: GermanyCounts;
  gazetteer: GazetteerSummary | null;
  warningCounts: Record<string, number>;
  warnings: Issue[];
  warningsOmitted: number;
  write: WriteSummary | null;
  timings: { parseMs: number; resolveMs: number; writeMs: number; totalMs: number };
}

/** One line per issue, for the CLI and for problem+json `errors[].field`. */
export function issueField(i: Pick<Issue, 'file' | 'line' | 'column'>): string {
  const parts = [i.file, i.line !== null ? `line ${i.line}` : null, i.column ? `column ${i.column}` : null].filter(Boolean);
  return parts.join(', ') || '(file)';
}

/** A short human summary for the terminal. */
export function formatSummary(s: ImportSummary): string {
  const top = Object.entries(s.countries)
    .slice(0, 10)
    .map(([c, n]) => `${c} ${n}`)
    .join(', ');
  const dropped =
    Object.entries(s.dropped)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none';
  const lines = [
    `${s.dryRun ? 'Dry run (nothing written)' : s.write ? `Imported into dataset version ${s.write.version}` : 'Imported'}: ${s.file} as ${s.format} (${s.encoding})`,
    `  rows ${s.rows}: partnerships ${s.partnerships}, merged duplicates ${s.merged.partnerships} (${s.merged.reversed} reversed), dropped ${dropped}`,
    `  place descriptions ${s.places}: nodes ${s.nodes} (already in the database ${s.matchedExisting}), merged ${s.merged.places}`,
    `  networks ${s.networks}; partnership ends by country: ${top}${s.unknownCountryEnds ? `; unknown country ${s.unknownCountryEnds}` : ''}`,
    `  Germany: east ${s.germany.east}, west ${s.germany.west}, Berlin ${s.germany.berlin}, unknown ${s.germany.unknown} (by ${
      Object.entries(s.germany.by)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || '-'
    })`,
  ];
  if (s.gazetteer) {
    lines.push(
      `  gazetteer ${s.gazetteer.file}: matched ${s.gazetteer.matched} of ${s.gazetteer.germanPlaces} German places (${(100 * s.gazetteer.rate).toFixed(1)} %; ${s.gazetteer.matchedAsPart} as part of a municipality, ${s.gazetteer.matchedDistricts} districts)${s.gazetteer.added ? `, added ${s.gazetteer.added} municipalities` : ''}`,
    );
  }
  const counts = Object.entries(s.warningCounts)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  lines.push(`  warnings: ${counts || 'none'}`);
  if (s.write) {
    lines.push(
      `  written: municipalities ${s.write.municipalities.changed} changed of ${s.write.municipalities.rows}, partnerships ${s.write.partnerships.changed} changed of ${s.write.partnerships.rows}${s.replace ? ' (graph replaced)' : ''}`,
    );
  }
  lines.push(
    `  time: parse ${s.timings.parseMs} ms, resolve ${s.timings.resolveMs} ms, write ${s.timings.writeMs} ms, total ${s.timings.totalMs} ms`,
  );
  return lines.join('\n');
}
