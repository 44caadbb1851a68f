/**
 * Names and ids: how a place's name is folded for search and matching, and how a place's id is
 * made. One rule each, used by the importers, the API and the client alike.
 *
 * - `fold`: case, diacritics and punctuation fold away ("Frankfurt (Oder)" → "frankfurt oder",
 *   "Łódź" → "lodz"); letters of every script are kept, so names in Cyrillic or Greek stay
 *   searchable.
 * - `searchForms`: `fold`, and the German transliteration (ä → ae …) as a second form, so that
 *   "Goettingen" and "gottingen" both find Göttingen.
 * - `nameKey`: identity for matching: the ASCII words of `fold`, common abbreviations written out
 *   ("St." → "sankt"), and an umlaut written out (ae, oe, ue) read as the plain vowel.
 * - `placeId`: `de-<AGS>` for German places with a known AGS, else `<iso2>-<slug>`, where the slug
 *   is `nameKey`'s words before the umlaut rule, joined by hyphens (seeds/README.md).
 */

/** Letters that Unicode decomposition leaves alone, written the way they are read. */
const LETTERS: ReadonlyArray<[RegExp, string]> = [
  [/ß/g, 'ss'],
  [/ł/g, 'l'],
  [/ø/g, 'o'],
  [/æ/g, 'ae'],
  [/œ/g, 'oe'],
  [/[đð]/g, 'd'],
  [/ı/g, 'i'],
];

/** Lower case, no diacritics, ß → ss, apostrophes dropped, anything but letters and digits → one space. */
export function fold(s: string): string {
  let out = s.toLowerCase();
  for (const [pattern, value] of LETTERS) out = out.replace(pattern, value);
  return out
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The ASCII words of a folded name, abbreviations written out: "st ingbert" → "sankt ingbert". */
function asciiWords(folded: string): string {
  return folded
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\bst\b/g, 'sankt')
    .replace(/\bste\b/g, 'sainte');
}

/** `fold` to ASCII words with abbreviations written out: the key for comparing names of one place. */
export function foldAscii(s: string): string {
  return asciiWords(fold(s));
}

/** The folded forms under which a name is found by search. */
export function searchForms(s: string): string[] {
  const plain = fold(s);
  const written = fold(s.replace(/[äÄ]/g, 'ae').replace(/[öÖ]/g, 'oe').replace(/[üÜ]/g, 'ue'));
  return plain === written ? [plain] : [plain, written];
}

/** The key for identity in matching: "Köln", "KOELN" and "Koln" meet; so do "St. Ingbert" and "Sankt Ingbert". */
export function nameKey(s: string): string {
  const plainUmlauts = s.replace(/Ä/g, 'A').replace(/Ö/g, 'O').replace(/Ü/g, 'U').replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u');
  return foldAscii(plainUmlauts).replace(/([aou])e/g, '$1');
}

/** A lowercase ASCII slug: "St. Ingbert" → "sankt-ingbert"; "place" when nothing is left. */
export function slug(s: string): string {
  return foldAscii(s).replace(/ /g, '-') || 'place';
}

/** A place's id: `de-<AGS>` for a German place with an AGS, else `<iso2>-<slug>` (`xx` when the country is unknown). */
export function placeId(place: { name: string; country: string | null; ags?: string | null }): string {
  if (place.country === 'DE' && place.ags) return `de-${place.ags}`;
  return `${(place.country ?? 'xx').toLowerCase()}-${slug(place.name)}`;
}

/**
 * The id a slug-made id has under today's slug rule: `de-st-ingbert` → `de-sankt-ingbert`. Ids
 * made before the rule was one (`POST /api/municipalities` wrote `de-st-ingbert`) stay aliases that
 * the API resolves with this. Ids that are not `<iso2>-<slug>` come back unchanged.
 */
export function currentId(id: string): string {
  const m = /^([a-z]{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(id);
  if (!m || /^\d+$/.test(m[2]!)) return id;
  return `${m[1]}-${slug(m[2]!.replace(/-/g, ' '))}`;
}
