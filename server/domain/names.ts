/**
 * Name folding for search and matching: case- and diacritics-insensitive, with the German
 * transliteration as a second form, so that "Goettingen" and "gottingen" both find Göttingen.
 */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[‐-―'’`´]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** ä→ae, ö→oe, ü→ue (as German writes umlauts without dots), then folded. */
export function transliterateGerman(s: string): string {
  return foldName(s.replace(/[äÄ]/g, 'ae').replace(/[öÖ]/g, 'oe').replace(/[üÜ]/g, 'ue'));
}

/** The folded forms under which a name can be found. */
export function nameForms(s: string): string[] {
  const a = foldName(s);
  const b = transliterateGerman(s);
  return a === b ? [a] : [a, b];
}
