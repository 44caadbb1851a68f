/**
 * Phase 2, identity: each description, in file order, joins the place it denotes (match.ts) or
 * becomes a new one, and the place is re-indexed under its new names and ids so that later
 * descriptions find it. A place fills only what it lacks from a description; a merged
 * description's name becomes an alias. New ids: `de-<AGS>`, a Jumelage-style file id, else
 * `<iso2>-<slug>` (`-2`, `-3`… when taken; `xx-` for an unknown country).
 */
import { placeId } from '../../../contract/names.ts';
import { findPlace } from './match.ts';
import { JUMELAGE_ID, type PlaceIndex } from './place-index.ts';
import type { Description, Place } from './types.ts';

/** A fresh id for a new place, not in `usedIds` (the caller adds it). */
export function newPlaceId(d: Description, usedIds: ReadonlySet<string>): string {
  if (d.ags && !usedIds.has(`de-${d.ags}`)) return `de-${d.ags}`;
  if (d.fileId && JUMELAGE_ID.test(d.fileId) && !usedIds.has(d.fileId)) return d.fileId;
  const base = placeId({ name: d.name, country: d.country });
  let id = base;
  for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** An empty new place of this id, named and placed in a country as the description is. */
export function newPlace(id: string, d: Description): Place {
  return {
    id,
    name: d.name,
    aliases: [],
    country: d.country,
    admin1: null,
    admin2: null,
    ags: null,
    wikidata: null,
    kind: null,
    lat: null,
    lon: null,
    population: null,
    germany: null,
    germanyRule: null,
    sources: new Set(),
    existing: false,
    touched: false,
    fileIds: new Set(),
  };
}

/** Adds what the description says and the place lacks: names as aliases, ids, facts, a point, sources. */
export function absorb(p: Place, d: Description): void {
  for (const alias of [d.name, ...d.aliases]) if (alias !== p.name && !p.aliases.includes(alias)) p.aliases.push(alias);
  p.country ??= d.country;
  p.ags ??= d.ags;
  p.wikidata ??= d.wikidata;
  p.admin1 ??= d.admin1;
  p.admin2 ??= d.admin2;
  p.kind ??= d.kind;
  p.population ??= d.population;
  p.germany ??= d.germany;
  p.germanyRule ??= d.germanyRule;
  if (p.lat === null || p.lon === null) {
    p.lat = d.lat;
    p.lon = d.lon;
  }
  if (d.fileId) p.fileIds.add(d.fileId);
  for (const s of d.sources) p.sources.add(s);
}

export interface Identities {
  /** The place of each description, by the description's index. */
  descPlace: Place[];
  /** Places of the database that this file touched. */
  matchedExisting: number;
}

/** Resolves every description to a place; adds new places to `index` and their ids to `usedIds`. */
export function assignPlaces(
  descriptions: readonly Description[],
  index: PlaceIndex,
  usedIds: Set<string>,
  authoritativeIds: boolean,
): Identities {
  const descPlace: Place[] = new Array(descriptions.length);
  let matchedExisting = 0;
  descriptions.forEach((d, i) => {
    let p = findPlace(d, index, authoritativeIds);
    if (!p) {
      const id = d.fileId && authoritativeIds ? d.fileId : newPlaceId(d, usedIds);
      usedIds.add(id);
      p = newPlace(id, d);
    }
    if (!p.touched && p.existing) matchedExisting++;
    p.touched = true;
    absorb(p, d);
    index.add(p);
    descPlace[i] = p;
  });
  return { descPlace, matchedExisting };
}
