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
 */
import { germanySide, type GermanySide } from '../domain/classify.ts';
import { toIsoCountry } from '../domain/countries.ts';
import type {
  DatasetSource,
  ImportBatch,
  NetworkRecord,
  PartnershipRecord,
  PartnershipType,
  PlaceKind,
  PlaceRecord,
} from '../domain/model.ts';
import { MATCH_KM, nameForms, type Gazetteer } from './gazetteer.ts';
import { settleCountry, wrongCountry } from './geocode-check.ts';
import { decideGermany } from './germany.ts';
import { haversineKm, nameKey, slug } from './names.ts';
import type { GazetteerSummary, GermanyCounts } from './report.ts';
import type { IssueList, ParsedFile, RawPlace } from './types.ts';

export const MERGE_KM = 5;
const JUMELAGE_ID = /^[a-z]{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;

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

export interface ResolveOptions {
  source: DatasetSource;
  gazetteer: { gazetteer: Gazetteer; source: DatasetSource } | null;
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

/** A place while the file is resolved: a PlaceRecord with its provenance gathered in sets. */
interface Place extends Omit<PlaceRecord, 'kind' | 'sources' | 'germany'> {
  kind: PlaceKind | null;
  germany: GermanySide | null;
  germanyRule: string | null;
  sources: Set<string>;
  existing: boolean;
  touched: boolean;
  fileIds: Set<string>;
}

/** One distinct description of a place, resolved once however often the file repeats it. */
interface Description {
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
  kind: PlaceKind | null;
  population: number | null;
  germany: GermanySide | null;
  germanyRule: string | null;
  sources: string[];
}

function bump(map: Record<string, number>, key: string, by = 1): void {
  map[key] = (map[key] ?? 0) + by;
}

export function resolveImport(parsed: ParsedFile, options: ResolveOptions): Resolved {
  const issues: IssueList = parsed.issues;
  const sourceId = options.source.id;
  const gz = options.gazetteer;
  const byId = new Map<string, Place>();
  const byAgs = new Map<string, Place>();
  const byWikidata = new Map<string, Place>();
  const byFileId = new Map<string, Place>();
  const byName = new Map<string, Place[]>();
  /** German places by the forms of their names without a qualifier ("Frankfurt am Main" → "frankfurt"). */
  const byBareName = new Map<string, Place[]>();
  const push = (map: Map<string, Place[]>, key: string, p: Place) => {
    const list = map.get(key) ?? [];
    if (!list.includes(p)) list.push(p);
    map.set(key, list);
  };

  // Places of unknown country are matched among themselves (key "??"), so a re-import finds them.
  const indexName = (p: Place, name: string) => {
    push(byName, `${nameKey(name)}|${p.country ?? '??'}`, p);
    if (p.country === 'DE') for (const key of bareKeys(name)) push(byBareName, key, p);
  };
  const index = (p: Place) => {
    byId.set(p.id, p);
    if (p.ags) byAgs.set(p.ags, p);
    if (p.wikidata) byWikidata.set(p.wikidata, p);
    for (const f of p.fileIds) byFileId.set(f, p);
    indexName(p, p.name);
    for (const a of p.aliases) indexName(p, a);
  };
  for (const e of options.existing ?? []) {
    index({
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
    });
  }

  const germany: GermanyCounts = { east: 0, west: 0, berlin: 0, unknown: 0, by: {} };
  const gazetteer = gz ? { germanPlaces: 0, matched: 0, matchedAsPart: 0, matchedDistricts: 0, rate: 0, added: 0 } : null;
  const dropped: Record<string, number> = { ...parsed.dropped };

  // ---- 1. descriptions: countries, coordinates, Germany ----
  const descKey = (r: RawPlace) =>
    [r.fileId ?? '', r.name, r.countryRaw ?? '', r.lat ?? '', r.lon ?? '', r.ags ?? '', r.wikidata ?? ''].join('\u0000');
  const descIndex = new Map<string, number>();
  const descriptions: Description[] = [];
  const mentionDesc: number[] = new Array(parsed.places.length);
  const references = new Set(parsed.references.map((r) => r.id));
  const isReference = (r: RawPlace) => parsed.authoritativeIds && r.name === '' && r.fileId !== null && references.has(r.fileId);

  const namesakes = namesakeIndex(parsed, gz?.gazetteer ?? null);
  parsed.places.forEach((raw, i) => {
    if (isReference(raw)) {
      mentionDesc[i] = -1;
      return;
    }
    const key = descKey(raw);
    const known = descIndex.get(key);
    if (known !== undefined) {
      mentionDesc[i] = known;
      return;
    }
    const line = raw.line;
    let country: string | null = null;
    if (raw.countryRaw) {
      country = toIsoCountry(raw.countryRaw, { lat: raw.lat, lon: raw.lon });
      if (!country)
        issues.warn(
          'unknown-country',
          line,
          raw.countryColumn,
          `unknown country ${JSON.stringify(raw.countryRaw)} for ${raw.name}; left unknown`,
        );
    } else if (parsed.format === 'wikipedia' || parsed.format.startsWith('wikidata')) {
      issues.warn('unknown-country', line, raw.countryColumn, `no country given for ${raw.name}; left unknown`);
    }
    let { lat, lon } = raw;
    if (country && lat !== null && lon !== null) {
      const verdict = settleCountry(raw.name, country, lat, lon, namesakes, country === 'DE' && gz !== null);
      const where = `${raw.name} (${country}): the coordinates ${lat}, ${lon}`;
      if (verdict.kind === 'sea') {
        issues.warn('in-the-sea', line, null, `${where} lie in the sea; the place is kept without a position`);
        lat = null;
        lon = null;
      } else if (verdict.kind === 'namesake') {
        issues.warn(
          'wrong-point',
          line,
          null,
          `${where} lie in ${verdict.foundIn}; ${country}'s ${raw.name} is meant, and its point is used`,
        );
        lat = verdict.lat;
        lon = verdict.lon;
      } else if (verdict.kind === 'unplaced') {
        issues.warn('wrong-country-geocode', line, null, `${where} lie in ${verdict.foundIn}, and ${verdict.why}; left without a position`);
        lat = null;
        lon = null;
      } else if (verdict.kind === 'moved') {
        issues.warn(
          'moved-country',
          line,
          null,
          `${where} lie in ${verdict.country}, and ${country} has no place of that name near them: taken as ${verdict.country}'s`,
        );
        country = verdict.country;
      }
    }
    const d: Description = {
      name: raw.name,
      aliases: [...raw.aliases],
      country,
      lat,
      lon,
      ags: raw.ags,
      wikidata: raw.wikidata,
      fileId: raw.fileId,
      admin1: raw.admin1,
      admin2: raw.admin2,
      kind: raw.kind,
      population: raw.population,
      germany: null,
      germanyRule: null,
      sources: [sourceId, ...raw.sources],
    };
    if (country === 'DE') {
      const decision = decideGermany({ name: d.name, ags: d.ags, admin1: d.admin1, lat, lon }, gz?.gazetteer ?? null);
      if (decision.berlinDistrict) {
        // Both spellings of a district ("X (Berlin)", "Berlin – X") become one place named X.
        if (d.name !== decision.berlinDistrict.name) d.aliases.push(d.name);
        d.name = decision.berlinDistrict.name;
        d.admin1 = 'DE-BE';
        d.kind ??= 'district';
      }
      if (gazetteer && decision.rule !== 'ags') {
        gazetteer.germanPlaces++;
        if (decision.match || decision.berlinDistrict || decision.side === 'berlin') gazetteer.matched++;
        if (decision.match?.how === 'part' || decision.berlinDistrict) gazetteer.matchedAsPart++;
        if (decision.match?.how === 'district') gazetteer.matchedDistricts++;
      }
      const m = decision.match;
      if (m && gz) {
        d.sources.push(gz.source.id);
        d.admin1 ??= m.entry.state;
        if (m.how === 'district') {
          d.kind ??= 'district';
          d.admin2 ??= m.entry.name.split(',')[0]!.trim();
        } else if (m.how === 'part') {
          d.admin2 ??= m.entry.district;
        } else {
          d.ags ??= m.entry.key;
          d.admin2 ??= m.entry.district;
          d.population ??= m.entry.population;
          const base = m.entry.name.split(',')[0]!.trim();
          if (nameKey(base) !== nameKey(d.name)) d.aliases.push(base);
          if (d.lat === null && m.entry.lat !== null && m.entry.lon !== null) {
            d.lat = m.entry.lat;
            d.lon = m.entry.lon;
          }
        }
      }
      if (gz && !m && !decision.berlinDistrict && decision.rule === 'coordinates') {
        issues.warn(
          'no-directory-match',
          line,
          null,
          `${d.name}: no municipality of that name in the directory within ${MATCH_KM} km of its coordinates; its own point is kept and classified`,
        );
      }
      // The writer derives the side from the AGS or admin1 itself; other rules travel on the record.
      if (decision.rule && decision.rule !== 'ags' && decision.rule !== 'admin1' && !(decision.rule === 'gazetteer' && d.ags))
        d.germany = decision.side;
      d.germanyRule = decision.rule;
    }
    descIndex.set(key, descriptions.push(d) - 1);
    mentionDesc[i] = descriptions.length - 1;
    if (descriptions.length % 1000 === 0) options.progress?.(i, parsed.places.length);
  });
  if (gazetteer) gazetteer.rate = gazetteer.germanPlaces ? gazetteer.matched / gazetteer.germanPlaces : 1;

  // ---- 2. identity ----
  const usedIds = new Set(byId.keys());
  const newId = (d: Description): string => {
    if (d.ags && !usedIds.has(`de-${d.ags}`)) return `de-${d.ags}`;
    if (d.fileId && JUMELAGE_ID.test(d.fileId) && !usedIds.has(d.fileId)) return d.fileId;
    const base = `${(d.country ?? 'xx').toLowerCase()}-${slug(d.name)}`;
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    return id;
  };
  const conflicts = (p: Place, d: Description) =>
    (d.ags !== null && p.ags !== null && d.ags !== p.ags) ||
    (d.wikidata !== null && p.wikidata !== null && d.wikidata !== p.wikidata) ||
    (d.fileId !== null && p.fileIds.size > 0 && !p.fileIds.has(d.fileId));
  const byNameMatch = (d: Description): Place | null => {
    const seen = new Set<Place>();
    for (const n of [d.name, ...d.aliases]) for (const p of byName.get(`${nameKey(n)}|${d.country ?? '??'}`) ?? []) seen.add(p);
    // German names that differ only by a qualifier ("Halle" and "Halle (Saale)") meet within MERGE_KM
    const bare = new Set<Place>();
    if (d.country === 'DE' && d.lat !== null)
      for (const n of [d.name, ...d.aliases]) for (const k of bareKeys(n)) for (const p of byBareName.get(k) ?? []) bare.add(p);
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
  };
  const find = (d: Description): Place | null => {
    if (d.fileId && parsed.authoritativeIds) return byId.get(d.fileId) ?? null;
    if (d.ags) {
      const p = byAgs.get(d.ags) ?? byId.get(`de-${d.ags}`);
      if (p) return p;
    }
    if (d.wikidata) {
      const p = byWikidata.get(d.wikidata);
      if (p) return p;
    }
    if (d.fileId) {
      const p = byFileId.get(d.fileId) ?? (JUMELAGE_ID.test(d.fileId) ? byId.get(d.fileId) : undefined);
      if (p && !conflicts(p, { ...d, fileId: null })) return p;
    }
    return byNameMatch(d);
  };

  const descPlace: Place[] = new Array(descriptions.length);
  let matchedExisting = 0;
  descriptions.forEach((d, i) => {
    let p = find(d);
    if (!p) {
      const id = d.fileId && parsed.authoritativeIds ? d.fileId : newId(d);
      usedIds.add(id);
      p = {
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
    if (!p.touched && p.existing) matchedExisting++;
    p.touched = true;
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
    index(p);
    descPlace[i] = p;
  });

  // ---- 3. references (Jumelage ids named but not described) ----
  const refPlace = new Map<string, Place>();
  for (const r of parsed.references) {
    const p = byId.get(r.id);
    if (p) refPlace.set(r.id, p);
    else if (options.replace)
      issues.error(
        'unknown-reference',
        r.line,
        r.column,
        `unknown municipality id ${r.id}: a replacing import must describe every place it names`,
      );
    else if (options.existing)
      issues.error('unknown-reference', r.line, r.column, `unknown municipality id ${r.id} (neither in the file nor in the database)`);
    else
      issues.warn(
        'unchecked-reference',
        r.line,
        r.column,
        `municipality id ${r.id} is not in the file; not checked against the database (no database in a dry run)`,
      );
  }
  const placeOf = (mention: number): Place | null => {
    const d = mentionDesc[mention]!;
    if (d >= 0) return descPlace[d]!;
    return refPlace.get(parsed.places[mention]!.fileId!) ?? null;
  };

  // ---- 4. partnerships ----
  const pairs = new Map<string, { record: PartnershipRecord; a: string }>();
  const merged = { places: 0, partnerships: 0, reversed: 0 };
  for (const t of parsed.ties) {
    const a = placeOf(t.a);
    const b = placeOf(t.b);
    if (!a || !b) {
      bump(dropped, 'unknown-reference');
      continue;
    }
    if (a === b) {
      bump(dropped, 'self-loop');
      const ra = parsed.places[t.a]!;
      const rb = parsed.places[t.b]!;
      issues.warn('self-loop', t.line, null, `${ra.name} and ${rb.name} are the same place (${a.id}); the row is dropped`);
      continue;
    }
    const key = a.id < b.id ? `${a.id}\u0000${b.id}` : `${b.id}\u0000${a.id}`;
    const first = pairs.get(key);
    if (first) {
      merged.partnerships++;
      if (first.a !== a.id) merged.reversed++;
      const r = first.record;
      if (t.since !== null && (r.since === null || t.since < r.since)) r.since = t.since;
      r.until ??= t.until;
      for (const s of t.sources) if (!r.sources.includes(s)) r.sources.push(s);
      continue;
    }
    pairs.set(key, {
      a: a.id,
      record: { a: a.id, b: b.id, type: t.type as PartnershipType, since: t.since, until: t.until, sources: [sourceId, ...t.sources] },
    });
  }

  // ---- 5. networks ----
  const networks: NetworkRecord[] = parsed.networks.map((n) => ({
    id: n.id,
    name: n.name,
    sources: [sourceId, ...n.sources],
    members: n.members.flatMap((m) => {
      const p = placeOf(m.place);
      return p ? [{ id: p.id, sources: [sourceId, ...m.sources] }] : [];
    }),
  }));

  // ---- 6. every municipality of the gazetteer (--all-municipalities) ----
  const extra: PlaceRecord[] = [];
  if (gz && options.allMunicipalities) {
    for (const e of gz.gazetteer.municipalities) {
      // a place is a populated municipality: not unpopulated areas (gemeindefreie Gebiete), coastal
      // waters or the German-Luxembourg condominium (no position)
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
        sources: [gz.source.id],
      });
    }
    if (gazetteer) gazetteer.added = extra.length;
  }

  // ---- 7. the batch ----
  const touched = [...new Set(descPlace)].concat([...refPlace.values()].filter((p) => !p.touched));
  const places: PlaceRecord[] = touched
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
  for (const p of touched) {
    if (!p.touched || p.country !== 'DE') continue;
    const side = p.germany ?? germanySide(p);
    if (side === 'east') germany.east++;
    else if (side === 'west') germany.west++;
    else if (side === 'berlin') germany.berlin++;
    else germany.unknown++;
    bump(germany.by, p.germanyRule ?? (p.ags ? 'ags' : p.admin1 ? 'admin1' : 'none'));
  }
  const partnerships = [...pairs.values()].map((v) => v.record);
  const countries: Record<string, number> = {};
  let unknownCountryEnds = 0;
  const countryOf = new Map(touched.map((p) => [p.id, p.country]));
  for (const p of partnerships) {
    for (const id of [p.a, p.b]) {
      const c = countryOf.get(id) ?? null;
      if (c) bump(countries, c);
      else unknownCountryEnds++;
    }
  }
  const sorted = Object.fromEntries(Object.entries(countries).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])));
  const datasets = [options.source, ...((gz && places.some((p) => p.sources.includes(gz.source.id))) || extra.length ? [gz!.source] : [])];
  merged.places = descriptions.length - places.length;
  options.progress?.(parsed.places.length, parsed.places.length);
  return {
    batch: { places: [...places, ...extra], partnerships, networks, datasets },
    places: descriptions.length,
    nodes: places.length + extra.length,
    matchedExisting,
    merged,
    dropped,
    countries: sorted,
    unknownCountryEnds,
    germany,
    gazetteer,
    fileIds: new Map(touched.filter((p) => p.touched && p.fileIds.size > 0).map((p) => [p.id, [...p.fileIds]])),
  };
}

/**
 * The points of the places a name denotes in a country, for settleCountry: Germany's from the
 * directory (when given), other countries' from the file's own places of that name whose point
 * lies in the country they name.
 */
function namesakeIndex(parsed: ParsedFile, gazetteer: Gazetteer | null): (name: string, country: string) => { lat: number; lon: number }[] {
  const byName = new Map<string, { lat: number; lon: number }[]>();
  const seen = new Set<string>();
  for (const r of parsed.places) {
    if (!r.countryRaw || r.lat === null || r.lon === null) continue;
    const point = `${r.name}|${r.countryRaw}|${r.lat}|${r.lon}`;
    if (seen.has(point)) continue;
    seen.add(point);
    const country = toIsoCountry(r.countryRaw, { lat: r.lat, lon: r.lon });
    if (!country || (country === 'DE' && gazetteer) || wrongCountry(country, r.lat, r.lon) !== null) continue;
    const key = `${nameKey(r.name)}|${country}`;
    const list = byName.get(key) ?? [];
    if (!list.some((p) => haversineKm(p.lat, p.lon, r.lat!, r.lon!) <= MERGE_KM)) list.push({ lat: r.lat, lon: r.lon });
    byName.set(key, list);
  }
  return (name, country) => {
    if (country === 'DE' && gazetteer) {
      // "Mariazell (Eschbronn)": a part of the municipality in the parenthesis
      const parent = /\(([^)]+)\)\s*$/.exec(name)?.[1];
      return [...gazetteer.candidates(name), ...(parent ? gazetteer.candidates(parent) : [])].flatMap(({ entry }) =>
        entry.lat !== null && entry.lon !== null && entry.population ? [{ lat: entry.lat, lon: entry.lon }] : [],
      );
    }
    return byName.get(`${nameKey(name)}|${country}`) ?? [];
  };
}

/** The keys of a German name without its qualifier: "Frankfurt am Main", "Halle (Saale)" → one key each. */
function bareKeys(name: string): string[] {
  const { full, short } = nameForms(name);
  return [full, ...short];
}
