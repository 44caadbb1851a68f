/**
 * What the phases of the resolver (../resolve.ts) hand each other: the places of the database as
 * the resolver reads them, one distinct description of a place in the file, and a place while the
 * file is resolved.
 */
import type { PlaceKind } from '../../../contract/vocabularies.ts';
import type { GermanySide } from '../../domain/classify.ts';
import type { DatasetSource, PlaceRecord } from '../../domain/model.ts';
import type { Gazetteer } from '../gazetteer.ts';

/** The identity fields of a place already in the database (read/stream-place-identities). */
export interface ExistingPlace {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  ags: string | null;
  wikidata: string | null;
  kind: string | null;
  lat: number | null;
  lon: number | null;
}

/** The Destatis directory with its provenance, as the resolver is given it. */
export interface Directory {
  gazetteer: Gazetteer;
  source: DatasetSource;
}

/** A place while the file is resolved: a PlaceRecord with its provenance gathered in sets. */
export interface Place extends Omit<PlaceRecord, 'kind' | 'sources' | 'germany'> {
  kind: PlaceKind | null;
  germany: GermanySide | null;
  germanyRule: string | null;
  sources: Set<string>;
  existing: boolean;
  touched: boolean;
  fileIds: Set<string>;
}

/** One distinct description of a place, resolved once however often the file repeats it. */
export interface Description {
  name: string;
  aliases: string[];
  country: string | null;
  lat: number | null;
  lon: number | null;
  ags: string | null;
  wikidata: string | null;
  fileId: string | null;
  admin1: string | null;
  admin2: string | null;
  /** A postcode the file gives: a hint for the directory match, not stored. */
  postcode?: string | null;
  kind: PlaceKind | null;
  population: number | null;
  germany: GermanySide | null;
  germanyRule: string | null;
  sources: string[];
}

/** The place a mention of the file (an index into ParsedFile.places) resolved to, if any. */
export type PlaceOfMention = (mention: number) => Place | null;
