/**
 * Phase 7, the batch: the places this import touched as records for the writer, and the datasets
 * they cite.
 */
import type { DatasetSource, PlaceRecord } from '../../domain/model.ts';
import type { Directory, Place } from './types.ts';

/**
 * The places of the descriptions, each once, in file order; then the referenced places no
 * description touched (they are not written, but their countries count for the ties that name them).
 */
export function placesInPlay(descPlace: readonly Place[], refPlace: ReadonlyMap<string, Place>): Place[] {
  return [...new Set(descPlace)].concat([...refPlace.values()].filter((p) => !p.touched));
}

/** The touched places as records; a place of no known kind is a municipality. */
export function placeRecords(places: readonly Place[]): PlaceRecord[] {
  return places
    .filter((p) => p.touched)
    .map((p) => ({
      id: p.id,
      name: p.name,
      aliases: p.aliases,
      country: p.country,
      admin1: p.admin1,
      admin2: p.admin2,
      ags: p.ags,
      wikidata: p.wikidata,
      kind: p.kind ?? 'municipality',
      lat: p.lat,
      lon: p.lon,
      population: p.population,
      sources: [...p.sources],
      ...(p.germany ? { germany: p.germany } : {}),
    }));
}

/** The import's own source, then the directory's when a place cites it or it added places. */
export function datasetsOf(
  source: DatasetSource,
  directory: Directory | null,
  places: readonly PlaceRecord[],
  extra: readonly PlaceRecord[],
): DatasetSource[] {
  const gz = directory;
  return [source, ...((gz && places.some((p) => p.sources.includes(gz.source.id))) || extra.length ? [gz!.source] : [])];
}

/** The file's own node ids of each touched place that has any, in file order, by place id. */
export function fileIdsOf(places: readonly Place[]): Map<string, string[]> {
  return new Map(places.filter((p) => p.touched && p.fileIds.size > 0).map((p) => [p.id, [...p.fileIds]]));
}
