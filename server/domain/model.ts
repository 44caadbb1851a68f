/**
 * The graph's records as every importer produces them and the writer stores them
 * (see the data model in docs/architecture.md). Unknown values are null, never guessed.
 */
import type { GermanSide, PartnershipType, PlaceKind } from '../../contract/vocabularies.ts';

export interface PlaceRecord {
  id: string;
  name: string;
  /** Other names (exonyms, other languages), searchable. */
  aliases: string[];
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  /** ISO 3166-2 subdivision code, e.g. DE-BY. */
  admin1: string | null;
  admin2: string | null;
  /** German 8-digit municipality key (Amtlicher Gemeindeschlüssel). */
  ags: string | null;
  wikidata: string | null;
  kind: PlaceKind;
  lat: number | null;
  lon: number | null;
  population: number | null;
  sources: string[];
  /**
   * The East/West side inside Germany when the importer decided it by a rule other than the AGS
   * or state code (the gazetteer, Berlin's district table, the GDR boundary); the writer prefers
   * it (classify.ts). Absent: derived from `ags`/`admin1`.
   */
  germany?: GermanSide | null;
}

export interface PartnershipRecord {
  a: string;
  b: string;
  type: PartnershipType;
  since: number | null;
  until: number | null;
  sources: string[];
}

export interface NetworkRecord {
  id: string;
  name: string;
  sources: string[];
  members: { id: string; sources: string[] }[];
}

/**
 * A dataset an import read (a file, the gazetteer): its id is what the `sources` lists of the
 * places and partnerships it contributed name, so the client, exports and reports can credit it.
 * Written once (the first import of that file fixes `importedAt`).
 */
export interface DatasetSource {
  /** `<format>:<file name>:<first 12 hex digits of the file's SHA-256>`. */
  id: string;
  file: string;
  format: string;
  sha256: string;
  licence: string | null;
  attribution: string | null;
  importedAt: string;
}

export interface ImportBatch {
  places: PlaceRecord[];
  partnerships: PartnershipRecord[];
  networks: NetworkRecord[];
  /** The datasets the batch came from (imports); absent for the seeds. */
  datasets?: DatasetSource[];
}
