/** The import summary (its schema: contract/api/imports.ts): what the CLI prints and POST /api/imports answers. */
import type { GazetteerSummary, GermanyCounts, ImportSummary, TableReading } from '../../contract/api/imports.ts';
import type { Issue } from './types.ts';

export type { GazetteerSummary, GermanyCounts, ImportSummary };

/** At most this many warnings are listed (all are counted in warningCounts). */
export const MAX_LISTED_WARNINGS = 1000;

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
    `  by type: ${
      Object.entries(s.types)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || '-'
    }; with a founding year ${s.dated}`,
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

/** How a column-mapped table was read (a dry run's preview): each field's column, then the first rows. */
export function formatTableReading(t: TableReading): string {
  const from = t.sheet !== null ? `worksheet "${t.sheet}"` : `CSV separated by ${JSON.stringify(t.delimiter)}`;
  const lines = [`Columns (${from}):`];
  for (const c of t.columns) lines.push(`  ${c.field.padEnd(9)} ← "${c.column}" (${c.filled} rows with a value)`);
  if (t.defaults.countryA) lines.push(`  countryA  = ${t.defaults.countryA} where the file gives none`);
  lines.push('First rows as read:');
  for (const r of t.samples) {
    const cells = Object.entries(r.values)
      .filter(([, v]) => v !== '')
      .map(([k, v]) => `${k}=${v}`);
    lines.push(`  line ${r.line}: ${cells.join(', ')}`);
  }
  return lines.join('\n');
}
