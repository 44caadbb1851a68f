/**
 * What every parser hands to the resolver: place mentions and ties as the file states them
 * (raw, with their line), and the problems found. Parsers never decide identity, countries or
 * sides; resolve.ts does, the same way for every format.
 */
import type { Issue } from '../../contract/api/imports.ts';
import type { ImportFormat, PartnershipType, PlaceKind } from '../../contract/vocabularies.ts';

export type { ImportFormat, Issue };
export { IMPORT_FORMATS } from '../../contract/vocabularies.ts';

/** One mention of a place in the file (a Wikipedia row names two). */
export interface RawPlace {
  line: number | null;
  /** The file's own id for the place (Jumelage CSV, GEXF, GraphML), if any. */
  fileId: string | null;
  name: string;
  aliases: string[];
  /** The country as written, resolved by the resolver; or an ISO code the format guarantees. */
  countryRaw: string | null;
  countryColumn: string;
  lat: number | null;
  lon: number | null;
  ags: string | null;
  wikidata: string | null;
  admin1: string | null;
  admin2: string | null;
  /** A postcode the file gives (column-mapped tables): a hint for the directory match. */
  postcode?: string | null;
  kind: PlaceKind | null;
  population: number | null;
  /** Sources the file gives for this place (URLs), besides the import itself. */
  sources: string[];
}

export interface RawTie {
  line: number | null;
  /** Indexes into ParsedFile.places. */
  a: number;
  b: number;
  type: PartnershipType;
  since: number | null;
  until: number | null;
  sources: string[];
}

export interface RawNetwork {
  id: string;
  name: string;
  sources: string[];
  members: { place: number; line: number | null; sources: string[] }[];
}

export interface ParsedFile {
  format: ImportFormat;
  /** Data rows (CSV rows, JSON results, XML edges) read. */
  rows: number;
  places: RawPlace[];
  ties: RawTie[];
  networks: RawNetwork[];
  issues: IssueList;
  /**
   * True when the file's place ids are Jumelage ids (the project's own CSV): they are used as
   * they are, and references to ids not in the file must exist in the database.
   */
  authoritativeIds: boolean;
  /** Rows the parser could not turn into a tie, by reason (e.g. `empty-name`). */
  dropped: Record<string, number>;
  /** Ids the file references without describing them (Jumelage partnerships-only rows). */
  references: { id: string; line: number | null; column: string }[];
}

/** A parse result with nothing read yet; Jumelage ids are authoritative (see ParsedFile). */
export function emptyParse(format: ImportFormat, issues: IssueList, authoritativeIds = false): ParsedFile {
  return { format, rows: 0, places: [], ties: [], networks: [], issues, authoritativeIds, references: [], dropped: {} };
}

export function emptyPlace(line: number | null, name: string): RawPlace {
  return {
    line,
    fileId: null,
    name,
    aliases: [],
    countryRaw: null,
    countryColumn: 'country',
    lat: null,
    lon: null,
    ags: null,
    wikidata: null,
    admin1: null,
    admin2: null,
    kind: null,
    population: null,
    sources: [],
  };
}

/** Caps the number of issues a file can produce, so a hopeless file does not flood the answer. */
export const MAX_ERRORS = 100;

export class IssueList {
  readonly items: Issue[] = [];
  errors = 0;
  /** Errors past MAX_ERRORS: counted, not listed. */
  omittedErrors = 0;

  error(code: string, line: number | null, column: string | null, message: string): void {
    this.errors++;
    if (this.errors > MAX_ERRORS) {
      this.omittedErrors++;
      return;
    }
    this.items.push({ severity: 'error', code, line, column, message });
  }

  warn(code: string, line: number | null, column: string | null, message: string): void {
    this.items.push({ severity: 'warning', code, line, column, message });
  }

  get full(): boolean {
    return this.errors >= MAX_ERRORS;
  }
}
