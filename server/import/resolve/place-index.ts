/**
 * The places the resolver can match a description to, by every key identity uses: id, AGS,
 * Wikidata item, the file's own node ids, name and country, and (German places) the forms of a
 * name without its qualifier. Seeded with the places of the database; each place of the file is
 * added (again) as it is resolved, so its new aliases and ids are found by later descriptions.
 */
import type { PlaceKind } from '../../../contract/vocabularies.ts';
import { nameForms } from '../gazetteer.ts';
import { nameKey } from '../../../contract/names.ts';
import type { ExistingPlace, Place } from './types.ts';

/** An id in the project's own form (`de-<AGS>`, `<iso2>-<slug>`): such a file id may name a place of the database. */
export const JUMELAGE_ID = /^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The keys of a German name without its qualifier: "Frankfurt am Main", "Halle (Saale)" → one key each. */
export function bareKeys(name: string): string[] {
  const { full, short } = nameForms(name);
  return [full, ...short];
}

/** A place of the database as a candidate: known, not yet touched by this import. */
export function placeFromExisting(e: ExistingPlace): Place {
  return {
    id: e.id,
    name: e.name,
    aliases: [...e.aliases],
    country: e.country,
    admin1: null,
    admin2: null,
    ags: e.ags,
    wikidata: e.wikidata,
    kind: (e.kind as PlaceKind | null) ?? null,
    lat: e.lat,
    lon: e.lon,
    population: null,
    germany: null,
    germanyRule: null,
    sources: new Set(),
    existing: true,
    touched: false,
    fileIds: new Set(),
  };
}

export class PlaceIndex {
  readonly byId = new Map<string, Place>();
  readonly byAgs = new Map<string, Place>();
  readonly byWikidata = new Map<string, Place>();
  readonly byFileId = new Map<string, Place>();
  private readonly byName = new Map<string, Place[]>();
  /** German places by the forms of their names without a qualifier ("Frankfurt am Main" → "frankfurt"). */
  private readonly byBareName = new Map<string, Place[]>();

  constructor(existing: readonly ExistingPlace[] = []) {
    for (const e of existing) this.add(placeFromExisting(e));
  }

  /** Indexes (or re-indexes) a place under its current keys; keys it had before stay. */
  add(p: Place): void {
    this.byId.set(p.id, p);
    if (p.ags) this.byAgs.set(p.ags, p);
    if (p.wikidata) this.byWikidata.set(p.wikidata, p);
    for (const f of p.fileIds) this.byFileId.set(f, p);
    this.addName(p, p.name);
    for (const a of p.aliases) this.addName(p, a);
  }

  /** The places of `country` known by `name` (folded); places of unknown country meet under null. */
  named(name: string, country: string | null): readonly Place[] {
    return this.byName.get(`${nameKey(name)}|${country ?? '??'}`) ?? [];
  }

  /** The German places that share a form of `name` without its qualifier, in index order. */
  bareNamed(name: string): Place[] {
    return bareKeys(name).flatMap((k) => this.byBareName.get(k) ?? []);
  }

  // Places of unknown country are matched among themselves (key "??"), so a re-import finds them.
  private addName(p: Place, name: string): void {
    push(this.byName, `${nameKey(name)}|${p.country ?? '??'}`, p);
    if (p.country === 'DE') for (const key of bareKeys(name)) push(this.byBareName, key, p);
  }
}

function push(map: Map<string, Place[]>, key: string, p: Place): void {
  const list = map.get(key) ?? [];
  if (!list.includes(p)) list.push(p);
  map.set(key, list);
}
