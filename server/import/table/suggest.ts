/**
 * A first guess at a table's column mapping from its header names, in the German and English
 * spellings of registry exports and council spreadsheets ("Gemeinde", "Partnerstadt", "Land",
 * "Gründungsjahr"; "Town", "Partner town", "Country", "Since"; the Wikipedia list's "city1",
 * "lng2"). The user checks it in the import dialog; nothing is imported on a guess.
 *
 * Each header is folded (case, accents, ß), split into words, and read as a kind (name, country,
 * year …) and a side: "partner", "twin", "sister", a compound "Partner…" or a trailing 2/b mean
 * side B, a trailing 1/a side A. An unmarked country is the partner's (a registry lists the
 * town's own partners, all in its country); an unmarked name, position or state is side A's.
 * "Partnerschaft" ("Partnerschaft seit", "Art der Partnerschaft") is not a side. Headers that
 * spell a field itself ("nameA") map to it. Each field takes one column and each column one
 * field, the first in the header winning; a column with two kinds of word ("Land der
 * Partnerstadt") takes the more specific kind (country over name).
 */
import { TABLE_FIELDS, type TableField } from '../../../contract/vocabularies.ts';
import { fold } from '../../../contract/names.ts';

type Kind = 'ags' | 'postcode' | 'state' | 'until' | 'since' | 'type' | 'lat' | 'lon' | 'country' | 'name';
type Side = 'A' | 'B';

/** Words of each kind (folded), most specific kind first: a header with words of two kinds takes the first. */
const KINDS: readonly (readonly [Kind, ReadonlySet<string>])[] = [
  ['ags', new Set(['ags', 'gemeindeschlussel', 'gemeindekennziffer', 'gkz', 'key'])],
  ['postcode', new Set(['plz', 'postleitzahl', 'postcode', 'post', 'postal', 'zip'])],
  ['state', new Set(['bundesland', 'state'])],
  ['until', new Set(['bis', 'ende', 'beendet', 'aufgelost', 'until', 'end', 'ended'])],
  [
    'since',
    new Set(['seit', 'jahr', 'grundungsjahr', 'grundung', 'gegrundet', 'beginn', 'since', 'year', 'founded', 'start', 'datum', 'date']),
  ],
  ['type', new Set(['art', 'typ', 'type', 'form', 'kind', 'kategorie', 'category'])],
  ['lat', new Set(['breite', 'breitengrad', 'lat', 'latitude'])],
  ['lon', new Set(['lange', 'langengrad', 'lon', 'lng', 'long', 'longitude'])],
  ['country', new Set(['land', 'staat', 'country', 'nation', 'pays'])],
  [
    'name',
    new Set([
      'stadt',
      'gemeinde',
      'kommune',
      'ort',
      'name',
      'gemeindename',
      'ortsname',
      'stadtname',
      'town',
      'city',
      'municipality',
      'place',
      'ville',
      'commune',
    ]),
  ],
];

const SIDE_B_WORDS = new Set(['partner', 'partners', 'twin', 'sister', 'partenaire', 'jumelee', 'b', '2']);
const SIDE_A_WORDS = new Set(['a', '1']);

/** What the side of an unmarked column is; state, postcode and AGS exist for side A only. */
const UNMARKED: Record<Kind, Side | null> = {
  ags: 'A',
  postcode: 'A',
  state: 'A',
  lat: 'A',
  lon: 'A',
  name: 'A',
  country: 'B',
  until: null,
  since: null,
  type: null,
};

const SIDELESS: ReadonlySet<Kind> = new Set(['since', 'until', 'type']);
const ONE_SIDED: ReadonlySet<Kind> = new Set(['ags', 'postcode', 'state']);

interface Reading {
  kind: Kind;
  side: Side | null;
}

/** The words of a header: folded, "city1" → "city 1", "Partnerstadt" → "partner stadt", "Partnerschaft…" dropped. */
function words(header: string): string[] {
  return fold(header)
    .replace(/([a-z])([12])\b/g, '$1 $2')
    .split(' ')
    .flatMap((w) =>
      w.startsWith('partnerschaft') ? [w.replace(/^partnerschafts?/, '')] : /^partner(?!s$)./.test(w) ? ['partner', w.slice(7)] : [w],
    )
    .filter((w) => w !== '');
}

/** The kind and side a header names, or null when it names no field. */
export function readHeader(header: string): Reading | null {
  const ws = words(header);
  const kind = KINDS.find(([, set]) => ws.some((w) => set.has(w)))?.[0];
  const sideB = ws.some((w) => SIDE_B_WORDS.has(w));
  if (!kind) return sideB && ws.every((w) => SIDE_B_WORDS.has(w)) ? { kind: 'name', side: 'B' } : null;
  const side: Side | null = sideB ? 'B' : ws.some((w) => SIDE_A_WORDS.has(w)) ? 'A' : null;
  return { kind, side };
}

function fieldOf(kind: Kind, side: Side): TableField | null {
  if (SIDELESS.has(kind)) return kind as TableField;
  if (ONE_SIDED.has(kind) && side === 'B') return null;
  return `${kind}${side}` as TableField;
}

/** The guessed mapping, field → column, of a header; fields it cannot place are left out. */
export function suggestColumns(header: readonly string[]): Partial<Record<TableField, string>> {
  const suggested: Partial<Record<TableField, string>> = {};
  const used = new Set<string>();
  const take = (field: TableField | null, column: string): boolean => {
    if (field === null || suggested[field] !== undefined || used.has(column)) return false;
    suggested[field] = column;
    used.add(column);
    return true;
  };
  const named = header.filter((h) => h.trim() !== '');
  // a field's own name first, then the columns that say their side, then the unmarked ones
  for (const column of named) take(TABLE_FIELDS.find((f) => fold(f) === fold(column).replace(/ /g, '')) ?? null, column);
  const readings = named.map((column) => [column, readHeader(column)] as const);
  for (const [column, r] of readings) if (r && (r.side !== null || SIDELESS.has(r.kind))) take(fieldOf(r.kind, r.side ?? 'A'), column);
  for (const [column, r] of readings) {
    if (!r || r.side !== null || SIDELESS.has(r.kind)) continue;
    const preferred = UNMARKED[r.kind]!;
    // a second unmarked country goes to side A ("Land", "Land der Partnerstadt" taken first)
    if (!take(fieldOf(r.kind, preferred), column) && r.kind === 'country') take(fieldOf(r.kind, preferred === 'A' ? 'B' : 'A'), column);
  }
  return Object.fromEntries(TABLE_FIELDS.filter((f) => suggested[f] !== undefined).map((f) => [f, suggested[f]!]));
}
