/**
 * Place-name keys for matching: case, diacritics, punctuation and common spelling variants
 * folded away, so that "Köln", "KOELN" and "Koln" meet, and "St. Ingbert" meets "Sankt Ingbert".
 */

/** Lower case, no diacritics, ß → ss, punctuation → single spaces. */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/[đð]/g, 'd')
    .replace(/ı/g, 'i')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\bst\b/g, 'sankt')
    .replace(/\bste\b/g, 'sainte');
}

/** The key used for identity: `fold`, plus German umlauts written out (ae, oe, ue) treated as plain vowels. */
export function nameKey(s: string): string {
  return fold(s.replace(/Ä/g, 'A').replace(/Ö/g, 'O').replace(/Ü/g, 'U').replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u')).replace(
    /([aou])e/g,
    '$1',
  );
}

/** A lowercase ASCII slug for ids, as seeds/README.md describes (accents dropped, ß → ss). */
export function slug(s: string): string {
  const f = fold(s).replace(/\bsankt\b/g, 'sankt');
  return f.replace(/ /g, '-') || 'place';
}

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}
