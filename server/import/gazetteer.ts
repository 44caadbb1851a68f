/**
 * The optional gazetteer: the Destatis municipality directory (Gemeindeverzeichnis, GV-ISys
 * format; see open-data/README.md). It attaches the AGS key, state, district and population
 * to German places, and decides their East/West side by the state code.
 *
 * Matching a place name to the directory (by name, then position):
 * 1. "X (district)" / "Landkreis X" / "Kreis X": the district (Kreis) named X.
 * 2. The candidates are every municipality the name may denote: the full name, its shortened
 *    forms (without a parenthesised or comma-separated qualifier, without "am Main"-like river or
 *    region qualifiers, without a title such as "Hansestadt"), English exonyms (Cologne → Köln,
 *    see EXONYMS), each against the directory's names with the same shortenings, so that
 *    "Naumburg" finds both Naumburg (Hessen) and Naumburg (Saale). With coordinates, the nearest
 *    candidate within MATCH_KM wins, and none beyond it is ever taken (the caller keeps the
 *    place's own point). Without coordinates, a name resolves only when it denotes one
 *    municipality.
 * 3. A part of a municipality, "Porz (Cologne)", "Bonn – Beuel", "Berlin – Mitte": the
 *    municipality it belongs to (the place keeps its own identity and gets state, district and
 *    side, not the AGS, which is the municipality's).
 * A state or postcode the file gives (MatchHint) narrows the candidates before that choice: "Friedberg"
 * in Hessen is Friedberg (Hessen), in Bayern Friedberg (Bayern). The postcode narrows by the
 * directory's postcode, else by its first two digits (the postal region); a hint that fits no
 * candidate is ignored rather than trusted over the name.
 */
import { parse } from 'csv-parse/sync';
import { stateOfAgs } from '../domain/classify.ts';
import { foldAscii, nameKey } from '../../contract/names.ts';
import { haversineKm } from '../domain/geo.ts';

/** No directory match farther than this from a place's own coordinates. */
export const MATCH_KM = 10;

export interface GazetteerEntry {
  /** 8-digit AGS for a municipality, 5-digit key for a district. */
  key: string;
  level: 'municipality' | 'district';
  name: string;
  /** ISO 3166-2 code of the state. */
  state: string;
  /** Name of the district (Kreis), null for a kreisfreie Stadt or a district itself. */
  district: string | null;
  population: number | null;
  lat: number | null;
  lon: number | null;
  /** The postcode the directory gives (one per municipality, that of its administration). */
  postcode?: string | null;
}

/** What the file says besides the name: the state (ISO 3166-2) and the postcode, when known. */
export interface MatchHint {
  state?: string | null;
  postcode?: string | null;
}

/** The candidates the hint leaves, or all of them when it fits none. */
function narrow<T extends { entry: GazetteerEntry }>(cands: T[], hint: MatchHint | undefined): T[] {
  let out = cands;
  const keep = (test: (e: GazetteerEntry) => boolean) => {
    const kept = out.filter((c) => test(c.entry));
    if (kept.length > 0) out = kept;
  };
  if (hint?.state) keep((e) => e.state === hint.state);
  const postcode = hint?.postcode?.trim();
  if (postcode && /^\d{5}$/.test(postcode)) {
    if (out.some((c) => c.entry.postcode === postcode)) keep((e) => e.postcode === postcode);
    else keep((e) => e.postcode?.slice(0, 2) === postcode.slice(0, 2));
  }
  return out;
}

export interface GazetteerMatch {
  entry: GazetteerEntry;
  /** `ags`: the place carries the municipality's key itself. */
  how: 'ags' | 'name' | 'short-name' | 'exonym' | 'district' | 'part';
  /** km between the place's coordinates and the directory's point, when both are known. */
  distanceKm: number | null;
}

/** English (and older) names of German municipalities that lists use instead of the German one. */
export const EXONYMS: Readonly<Record<string, string>> = {
  cologne: 'Köln',
  munich: 'München',
  nuremberg: 'Nürnberg',
  hanover: 'Hannover',
  brunswick: 'Braunschweig',
  'aix la chapelle': 'Aachen',
  coblenz: 'Koblenz',
  treves: 'Trier',
  ratisbon: 'Regensburg',
  mayence: 'Mainz',
  heligoland: 'Helgoland',
  hamelin: 'Hameln',
  frankfurt: 'Frankfurt am Main',
  'frankfurt on the main': 'Frankfurt am Main',
  'frankfurt an der oder': 'Frankfurt (Oder)',
  'frankfurt oder': 'Frankfurt (Oder)',
  'halle saale': 'Halle (Saale)',
  mulheim: 'Mülheim an der Ruhr',
  constance: 'Konstanz',
  lindau: 'Lindau (Bodensee)',
  brandenburg: 'Brandenburg an der Havel',
  wittenberg: 'Lutherstadt Wittenberg',
  eisleben: 'Lutherstadt Eisleben',
  offenbach: 'Offenbach am Main',
  ludwigshafen: 'Ludwigshafen am Rhein',
  freiburg: 'Freiburg im Breisgau',
  marburg: 'Marburg',
  dusseldorf: 'Düsseldorf',
};

/** Suffixes after the comma in the directory's names ("Köln, Stadt", "Rostock, Hanse- und Universitätsstadt"). */
function baseName(directoryName: string): string {
  return directoryName.split(',')[0]!.trim();
}

const TITLES = /^(?:lutherstadt|hansestadt|universitatsstadt|kreisstadt|stadt|markt|gemeinde|flecken) /;
const QUALIFIED = /^(.+?) (?:am|an der|an den|an|im|in der|in|ob der|bei|b|vor der|auf der|upon|on|sur|nad|i|a d|a|v d) .+$/;

/**
 * The keys a name is known by: the full key first, then shortened forms: without a parenthesis,
 * the part before a slash ("Nienburg/Weser", "Lübben (Spreewald) / Lubin (Błota)"), without a
 * qualifier ("am Main", "bei Coburg", "b.Coburg"), without a title ("Hansestadt", "Lutherstadt").
 */
export function nameForms(name: string): { full: string; short: string[] } {
  const full = nameKey(name);
  const out = new Set<string>();
  for (const part of [name, name.split('/')[0] ?? '']) {
    const noParen = nameKey(part.replace(/\s*\([^)]*\)/g, ''));
    out.add(nameKey(part));
    out.add(noParen);
    const q = QUALIFIED.exec(noParen);
    if (q?.[1]) out.add(q[1]);
    const t = TITLES.exec(noParen);
    if (t) out.add(noParen.slice(t[0].length));
  }
  out.delete('');
  out.delete(full);
  return { full, short: [...out] };
}

/**
 * The keys a district is known by: "Landkreis Rotenburg (Wümme)" also as "Rotenburg"; "Main-Taunus-Kreis",
 * "Hochsauerlandkreis" and "Märkischer Kreis" also as "Main-Taunus", "Hochsauerland", "Märkischer",
 * the way English lists write "Main-Taunus (district)".
 */
function districtKeys(name: string): string[] {
  const plain = name.replace(/^(?:Landkreis|Kreis|Regionalverband|Region|Eifelkreis) /, '');
  const forms = [name, plain, plain.replace(/\s*\([^)]*\)/g, ''), plain.replace(/[- ]?[Kk]reis$/, '')];
  return [...new Set(forms.map(nameKey).filter(Boolean))];
}

function numberDe(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const s = raw.replace(/\s+/g, '').replace(',', '.');
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

export class Gazetteer {
  readonly entries: GazetteerEntry[];
  private readonly byFull = new Map<string, GazetteerEntry[]>();
  private readonly byShort = new Map<string, GazetteerEntry[]>();
  private readonly byKey = new Map<string, GazetteerEntry>();
  private readonly districts = new Map<string, GazetteerEntry[]>();

  constructor(entries: GazetteerEntry[]) {
    this.entries = entries;
    const add = (map: Map<string, GazetteerEntry[]>, key: string, e: GazetteerEntry) => {
      const list = map.get(key) ?? [];
      if (!list.includes(e)) list.push(e);
      map.set(key, list);
    };
    for (const e of entries) {
      if (e.level === 'municipality') this.byKey.set(e.key, e);
      const base = baseName(e.name);
      if (e.level === 'district') {
        for (const key of districtKeys(base)) add(this.districts, key, e);
        continue;
      }
      const { full, short } = nameForms(base);
      add(this.byFull, full, e);
      for (const s of short) add(this.byShort, s, e);
    }
  }

  /** The municipality of an 8-digit AGS, if the directory has it. */
  byAgs(ags: string): GazetteerEntry | null {
    return this.byKey.get(ags) ?? null;
  }

  get municipalities(): GazetteerEntry[] {
    return this.entries.filter((e) => e.level === 'municipality');
  }

  /** Parses the Destatis directory (UTF-8, BOM, decimal commas, spaced thousands). */
  static parse(text: string): Gazetteer {
    const rows = parse(text, { bom: true, columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
    const first = rows[0];
    if (!first || !('satzart' in first) || !('gemeindename' in first)) {
      throw new Error('not a Destatis municipality directory: expected the columns satzart, land, rb, kreis, gemeinde, gemeindename, …');
    }
    const districtNames = new Map<string, { name: string; kreisfrei: boolean }>();
    const entries: GazetteerEntry[] = [];
    for (const r of rows) {
      const land = r.land ?? '';
      const key5 = `${land}${r.rb ?? ''}${r.kreis ?? ''}`;
      if (r.satzart === '40') {
        const kreisfrei = r.textkennzeichen === '41' || r.textkennzeichen === '42';
        districtNames.set(key5, { name: r.gemeindename ?? '', kreisfrei });
        if (!kreisfrei) {
          entries.push({
            key: key5,
            level: 'district',
            name: r.gemeindename ?? '',
            state: stateOfAgs(land) ?? '',
            district: null,
            population: null,
            lat: null,
            lon: null,
          });
        }
      } else if (r.satzart === '60') {
        const ags = `${key5}${r.gemeinde ?? ''}`;
        if (!/^\d{8}$/.test(ags)) continue;
        const d = districtNames.get(key5);
        entries.push({
          key: ags,
          level: 'municipality',
          name: r.gemeindename ?? '',
          state: stateOfAgs(ags) ?? '',
          district: d && !d.kreisfrei ? d.name : null,
          population: numberDe(r.bevoelkerung),
          lat: numberDe(r.breitengrad),
          lon: numberDe(r.laengengrad),
          postcode: r.postleitzahl?.trim() || null,
        });
      }
    }
    return new Gazetteer(entries);
  }

  /** Every municipality a name may denote (full name, shortened forms, exonym), with how each was found. */
  candidates(name: string): { entry: GazetteerEntry; how: GazetteerMatch['how'] }[] {
    const { full, short } = nameForms(name);
    const exonym = EXONYMS[foldAscii(name)] ?? EXONYMS[foldAscii(name.replace(/\s*\([^)]*\)/g, ''))];
    const found = new Map<GazetteerEntry, GazetteerMatch['how']>();
    const add = (entries: GazetteerEntry[] | undefined, how: GazetteerMatch['how']) => {
      for (const e of entries ?? []) if (!found.has(e)) found.set(e, how);
    };
    add(this.byFull.get(full), 'name');
    if (exonym) add(this.byFull.get(nameKey(exonym)), 'exonym');
    add(this.byShort.get(full), 'short-name');
    for (const key of short) {
      add(this.byFull.get(key), 'short-name');
      add(this.byShort.get(key), 'short-name');
    }
    return [...found].map(([entry, how]) => ({ entry, how }));
  }

  private municipality(
    name: string,
    lat: number | null,
    lon: number | null,
    hint?: MatchHint,
  ): { entry: GazetteerEntry; distanceKm: number | null; how: GazetteerMatch['how'] } | null {
    const cands = narrow(this.candidates(name), hint);
    if (lat === null || lon === null) return cands.length === 1 ? { ...cands[0]!, distanceKm: null } : null;
    let best: { entry: GazetteerEntry; distanceKm: number | null; how: GazetteerMatch['how'] } | null = null;
    for (const c of cands) {
      if (c.entry.lat === null || c.entry.lon === null) continue;
      const km = haversineKm(lat, lon, c.entry.lat, c.entry.lon);
      if (km <= MATCH_KM && (best === null || km < best.distanceKm!)) best = { ...c, distanceKm: km };
    }
    return best;
  }

  private district(name: string): GazetteerEntry | null {
    const list = this.districts.get(nameKey(name)) ?? [];
    return list.length === 1 ? list[0]! : null;
  }

  /** Matches a German place name (see the module comment), or null. */
  match(rawName: string, lat: number | null, lon: number | null, hint?: MatchHint): GazetteerMatch | null {
    const name = rawName.trim();
    const district =
      /^(.+?)\s*\((?:district|Landkreis|Kreis)\)$/i.exec(name)?.[1] ?? /^(?:Landkreis|Kreis|District of) (.+)$/i.exec(name)?.[1];
    if (district) {
      const hit = this.district(district);
      return hit ? { entry: hit, how: 'district', distanceKm: null } : null;
    }
    const paren = /^(.+?)\s*\(([^)]+)\)$/.exec(name);
    const dash = /^(.+?)\s+[–—-]\s+(.+)$/.exec(name);
    const whole = this.municipality(name, lat, lon, hint);
    if (whole && (!paren || whole.how === 'name')) return whole;
    // "Porz (Cologne)": the parenthesis names the municipality the place belongs to.
    if (paren?.[2]) {
      const parent = this.municipality(paren[2], lat, lon, hint);
      if (parent) return { ...parent, how: 'part' };
    }
    if (whole) return whole;
    // "Bonn – Beuel", "Berlin – Mitte": municipality first, part second.
    if (dash?.[1]) {
      const parent = this.municipality(dash[1], lat, lon, hint);
      if (parent) return { ...parent, how: 'part' };
    }
    // "Friedberg, Bavaria"
    const comma = /^(.+?),\s*(.+)$/.exec(name);
    if (comma?.[1]) {
      const hit = this.municipality(comma[1], lat, lon, hint);
      if (hit) return hit;
    }
    // a district named bare ("Wesermarsch", "Märkischer Kreis"), when no municipality has the name
    const bare = this.district(name);
    return bare ? { entry: bare, how: 'district', distanceKm: null } : null;
  }
}
