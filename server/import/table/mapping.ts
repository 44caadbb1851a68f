/**
 * The column mapping of a spreadsheet in the user's own layout (format `table`): which column
 * holds which field (`--columns nameA=Gemeinde,nameB=Partnerstadt,…`), how the type column's
 * values read (`--types p=partnership,f=friendship`), and side A's country where the file has
 * none (`--country-a DE`). Each mistake is an error that names the option (as the API calls it)
 * and the bad part, found before any row is read.
 */
import { TABLE_FIELDS, type TableField } from '../../../contract/api/imports.ts';
import { fold } from '../../../contract/names.ts';
import { PARTNERSHIP_TYPES, type PartnershipType } from '../../../contract/vocabularies.ts';
import { toIsoCountry } from '../../domain/countries.ts';
import type { FieldError } from '../../errors.ts';
import type { IssueList } from '../types.ts';

/** The options as the CLI and the API take them (strings, unparsed). */
export interface TableOptions {
  columns: string;
  types?: string | null;
  countryA?: string | null;
}

export interface TableMapping {
  /** Field → the column's name in the file's header. */
  columns: Partial<Record<TableField, string>>;
  /** Folded type value → type. */
  types: Map<string, PartnershipType>;
  /** ISO code for side A when the file gives no country (or leaves the cell empty). */
  countryA: string | null;
}

function pairs(spec: string): [string, string][] {
  return spec
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => {
      const eq = p.indexOf('=');
      return eq < 0 ? [p, ''] : [p.slice(0, eq).trim(), p.slice(eq + 1).trim()];
    });
}

/** Parses the options: the mapping, or the errors, each naming its option (`columns`, `types`, `countryA`). */
export function parseTableOptions(options: TableOptions): TableMapping | FieldError[] {
  const errors: FieldError[] = [];
  const error = (field: string, message: string) => errors.push({ field, message });
  const columns: Partial<Record<TableField, string>> = {};
  for (const [field, column] of pairs(options.columns)) {
    if (!(TABLE_FIELDS as readonly string[]).includes(field)) {
      error('columns', `unknown field "${field}" (the fields are ${TABLE_FIELDS.join(', ')})`);
    } else if (column === '') {
      error('columns', `"${field}" names no column: write ${field}=<column>`);
    } else if (columns[field as TableField] !== undefined) {
      error('columns', `"${field}" is mapped twice`);
    } else columns[field as TableField] = column;
  }
  for (const field of ['nameA', 'nameB'] as const) {
    if (!columns[field] && errors.length === 0)
      error('columns', `"${field}" is required: the column with the name of side ${field.slice(-1)}`);
  }
  const types = new Map<string, PartnershipType>();
  for (const [value, type] of pairs(options.types ?? '')) {
    if (!(PARTNERSHIP_TYPES as readonly string[]).includes(type)) {
      error('types', `"${value}=${type}": unknown type "${type}" (the types are ${PARTNERSHIP_TYPES.join(', ')})`);
    } else types.set(fold(value), type as PartnershipType);
  }
  if (types.size > 0 && !columns.type) error('types', 'a type mapping needs a type column in --columns (type=<column>)');
  let countryA: string | null = null;
  if (options.countryA) {
    countryA = toIsoCountry(options.countryA);
    if (!countryA) error('countryA', `"${options.countryA}" is not a country we know`);
  }
  return errors.length > 0 ? errors : { columns, types, countryA };
}

/**
 * The header's name for each mapped column: exact, else the only one equal after folding (case,
 * accents, punctuation). A column that is not in the header is an error naming it and the header.
 */
export function locateColumns(mapping: TableMapping, header: string[], issues: IssueList): Partial<Record<TableField, string>> | null {
  const before = issues.errors;
  const located: Partial<Record<TableField, string>> = {};
  for (const [field, column] of Object.entries(mapping.columns) as [TableField, string][]) {
    const folded = header.filter((h) => fold(h) === fold(column));
    const found = header.includes(column) ? column : folded.length === 1 ? folded[0] : undefined;
    if (found === undefined) {
      const names = header.map((h) => `"${h}"`).join(', ');
      issues.error('missing-columns', 1, column, `${field}=${column}: the header has no column "${column}" (it has ${names})`);
    } else located[field] = found;
  }
  return issues.errors > before ? null : located;
}

/** The type of a cell: empty is a partnership; a type's own name or a mapped value; else null. */
export function typeOf(raw: string, mapping: TableMapping): PartnershipType | null {
  const key = fold(raw);
  if (key === '') return 'partnership';
  return mapping.types.get(key) ?? PARTNERSHIP_TYPES.find((t) => t === key) ?? null;
}
