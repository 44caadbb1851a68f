/**
 * Phase 2a, finding the place a description denotes (docs/importing.md, "Cleaning", step 6), in
 * this order: the AGS key; the Wikidata item; the file's own node id (one id, one place; a
 * Jumelage-style id that exists in the database is that place); only then name and country: a
 * place of the same country known by that name or an alias within MERGE_KM, the nearest (for
 * German places also a name that differs only by a qualifier); when either side has no
 * coordinates, the only such place. Candidates whose AGS, Wikidata item or file id differ from
 * the description's are never merged on a name.
 */
import { haversineKm } from '../../domain/geo.ts';
import { JUMELAGE_ID, type PlaceIndex } from './place-index.ts';
import type { Description, Place } from './types.ts';

export const MERGE_KM = 5;

/** The place and the description carry different AGS keys, Wikidata items or file ids. */
export function conflicts(p: Place, d: Description): boolean {
  return (
    (d.ags !== null && p.ags !== null && d.ags !== p.ags) ||
    (d.wikidata !== null && p.wikidata !== null && d.wikidata !== p.wikidata) ||
    (d.fileId !== null && p.fileIds.size > 0 && !p.fileIds.has(d.fileId))
  );
}

/** The place the description's names (and country, and point) denote, or null. */
export function matchByName(d: Description, index: PlaceIndex): Place | null {
  const seen = new Set<Place>();
  for (const n of [d.name, ...d.aliases]) for (const p of index.named(n, d.country)) seen.add(p);
  // German names that differ only by a qualifier ("Halle" and "Halle (Saale)") meet within MERGE_KM
  const bare = new Set<Place>();
  if (d.country === 'DE' && d.lat !== null) for (const n of [d.name, ...d.aliases]) for (const p of index.bareNamed(n)) bare.add(p);
  const cands = [...seen].filter((p) => !conflicts(p, d));
  const near = [...bare].filter((p) => !seen.has(p) && !conflicts(p, d));
  if (cands.length === 0 && near.length === 0) return null;
  if (d.lat !== null && d.lon !== null) {
    let best: Place | null = null;
    let bestKm = Infinity;
    for (const p of [...cands, ...near]) {
      if (p.lat === null || p.lon === null) continue;
      const km = haversineKm(d.lat, d.lon, p.lat, p.lon);
      if (km <= MERGE_KM && km < bestKm) {
        best = p;
        bestKm = km;
      }
    }
    if (best) return best;
  }
  const unlocated = cands.filter((p) => p.lat === null || p.lon === null || d.lat === null || d.lon === null);
  return cands.length === 1 && unlocated.length === 1 ? unlocated[0]! : null;
}

/**
 * The place the description denotes, or null for a new one. `authoritativeIds`: the file's ids
 * are Jumelage ids, and an id is its place, whatever else the description says.
 */
export function findPlace(d: Description, index: PlaceIndex, authoritativeIds: boolean): Place | null {
  if (d.fileId && authoritativeIds) return index.byId.get(d.fileId) ?? null;
  if (d.ags) {
    const p = index.byAgs.get(d.ags) ?? index.byId.get(`de-${d.ags}`);
    if (p) return p;
  }
  if (d.wikidata) {
    const p = index.byWikidata.get(d.wikidata);
    if (p) return p;
  }
  if (d.fileId) {
    const p = index.byFileId.get(d.fileId) ?? (JUMELAGE_ID.test(d.fileId) ? index.byId.get(d.fileId) : undefined);
    if (p && !conflicts(p, { ...d, fileId: null })) return p;
  }
  return matchByName(d, index);
}
