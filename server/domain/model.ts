/**
 * The graph's records as every importer produces them and the writer stores them
 * (see the data model in docs/architecture.md). Unknown values are null, never guessed.
 */
export const PARTNERSHIP_TYPES = ['partnership', 'friendship', 'contact', 'development', 'climate', 'sponsorship'] as const;
export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];

export const PLACE_KINDS = ['municipality', 'district', 'region'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

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

export interface ImportBatch {
  places: PlaceRecord[];
  partnerships: PartnershipRecord[];
  networks: NetworkRecord[];
}
