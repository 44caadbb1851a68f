/**
 * Phase 6, `--all-municipalities`: every populated municipality of the directory that is not yet
 * a place (by AGS or by its id `de-<AGS>`) becomes one. Unpopulated areas (gemeindefreie Gebiete),
 * coastal waters and the German-Luxembourg condominium (no position) do not.
 */
import type { PlaceRecord } from '../../domain/model.ts';
import type { Directory, Place } from './types.ts';

/** The places to add, in directory order; their ids are added to `usedIds`. */
export function directoryPlaces(directory: Directory, byAgs: ReadonlyMap<string, Place>, usedIds: Set<string>): PlaceRecord[] {
  const extra: PlaceRecord[] = [];
  for (const e of directory.gazetteer.municipalities) {
    if (e.lat === null || e.lon === null || !e.population) continue;
    if (byAgs.has(e.key) || usedIds.has(`de-${e.key}`)) continue;
    usedIds.add(`de-${e.key}`);
    extra.push({
      id: `de-${e.key}`,
      name: e.name.split(',')[0]!.trim(),
      aliases: [],
      country: 'DE',
      admin1: e.state,
      admin2: e.district,
      ags: e.key,
      wikidata: null,
      kind: 'municipality',
      lat: e.lat,
      lon: e.lon,
      population: e.population,
      sources: [directory.source.id],
    });
  }
  return extra;
}
