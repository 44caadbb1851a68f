/**
 * From what a file says to what the graph stores: countries to ISO codes, coordinates checked
 * against the country, German places classified East/West (germany.ts) and enriched by the
 * gazetteer, every place description resolved to one place, ties to partnerships.
 *
 * Identity, in this order (docs/importing.md):
 * 1. the AGS key; 2. the Wikidata item; 3. the file's own node id (Jumelage ids, GEXF/GraphML
 *    node ids: one id, one place; and a Jumelage-style id that exists in the database is that place);
 * 4. only then name and country: a place of the same country known by that name (its name or an
 *    alias; case, accents and punctuation folded) within MERGE_KM, the nearest; when either side
 *    has no coordinates, the only such place. Candidates whose AGS, Wikidata item or file id
 *    differ from the description's are never merged on a name.
 * Candidates are the places of this import and those already in the database, so importing the
 * Wikipedia list after the seeds merges "Cologne, Germany" into the seeds' Köln (alias Cologne).
 * A merged description's name becomes an alias of the place.
 *
 * Each phase is a module of resolve/, testable alone: 1. descriptions (describe.ts, with
 * countries.ts and german-places.ts; a place with an AGS takes the population it lacks from that key's record); 2. identity (identity.ts, match.ts); 3. references;
 * 4. partnerships; 5. networks; 6. --all-municipalities; 7. the batch and its counts.
 */
import type { DatasetSource, ImportBatch } from '../domain/model.ts';
import type { GazetteerSummary, GermanyCounts } from './report.ts';
import { directoryPlaces } from './resolve/all-municipalities.ts';
import { datasetsOf, fileIdsOf, placeRecords, placesInPlay } from './resolve/batch.ts';
import { countCountries, countGermany } from './resolve/counts.ts';
import { describePlaces } from './resolve/describe.ts';
import { fillFromDirectoryByAgs } from './resolve/german-places.ts';
import { assignPlaces } from './resolve/identity.ts';
import { resolveNetworks } from './resolve/networks.ts';
import { mergePartnerships } from './resolve/partnerships.ts';
import { PlaceIndex } from './resolve/place-index.ts';
import { mentionPlaces, resolveReferences } from './resolve/references.ts';
import type { Directory, ExistingPlace } from './resolve/types.ts';
import type { ParsedFile } from './types.ts';

export { MERGE_KM } from './resolve/match.ts';
export type { ExistingPlace } from './resolve/types.ts';

export interface ResolveOptions {
  source: DatasetSource;
  gazetteer: Directory | null;
  /** Places in the database; null when there is none to match (dry run without Neo4j, --replace). */
  existing: ExistingPlace[] | null;
  allMunicipalities: boolean;
  /** The graph is replaced: ids the file names must be described in the file itself. */
  replace?: boolean;
  progress?: (done: number, total: number) => void;
}

export interface Resolved {
  batch: ImportBatch;
  places: number;
  nodes: number;
  matchedExisting: number;
  merged: { places: number; partnerships: number; reversed: number };
  dropped: Record<string, number>;
  countries: Record<string, number>;
  unknownCountryEnds: number;
  germany: GermanyCounts;
  gazetteer: Omit<GazetteerSummary, 'file'> | null;
  /**
   * The file's own node ids (GEXF, GraphML, Jumelage ids) of each place that has any, in file
   * order, by place id: the importer re-keys places, and `npm run analyze` reports file ids.
   */
  fileIds: Map<string, string[]>;
}

export function resolveImport(parsed: ParsedFile, options: ResolveOptions): Resolved {
  const sourceId = options.source.id;
  const directory = options.gazetteer;
  const index = new PlaceIndex(options.existing ?? []);

  const { descriptions, mentionDesc, gazetteer } = describePlaces(parsed, { sourceId, directory, progress: options.progress });

  const usedIds = new Set(index.byId.keys());
  const { descPlace, matchedExisting } = assignPlaces(descriptions, index, usedIds, parsed.authoritativeIds);

  const refPlace = resolveReferences(
    parsed.references,
    index.byId,
    { replace: Boolean(options.replace), database: Boolean(options.existing) },
    parsed.issues,
  );
  const placeOf = mentionPlaces(parsed.places, mentionDesc, descPlace, refPlace);

  const ties = mergePartnerships(parsed, placeOf, sourceId, parsed.issues);
  const networks = resolveNetworks(parsed.networks, placeOf, sourceId);

  const extra = directory && options.allMunicipalities ? directoryPlaces(directory, index.byAgs, usedIds) : [];
  if (gazetteer && options.allMunicipalities) gazetteer.added = extra.length;

  const touched = placesInPlay(descPlace, refPlace);
  if (directory) fillFromDirectoryByAgs(touched, directory);
  const places = placeRecords(touched);
  const { countries, unknownCountryEnds } = countCountries(ties.partnerships, touched);
  options.progress?.(parsed.places.length, parsed.places.length);
  return {
    batch: {
      places: [...places, ...extra],
      partnerships: ties.partnerships,
      networks,
      datasets: datasetsOf(options.source, directory, places, extra),
    },
    places: descriptions.length,
    nodes: places.length + extra.length,
    matchedExisting,
    merged: { places: descriptions.length - places.length, partnerships: ties.merged, reversed: ties.reversed },
    dropped: ties.dropped,
    countries,
    unknownCountryEnds,
    germany: countGermany(touched),
    gazetteer,
    fileIds: fileIdsOf(touched),
  };
}
