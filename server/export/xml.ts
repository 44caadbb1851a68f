/**
 * What XML 1.0 needs from a string of the data: characters it cannot carry (most C0 controls,
 * lone surrogates, U+FFFE/U+FFFF) are dropped, and markup characters escaped. Used by the GraphML
 * writer, and on every value handed to graphology-gexf (whose writer escapes but does not drop).
 */
const INVALID =
  // oxlint-disable-next-line no-control-regex -- finding them is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlChars(s: string): string {
  return s.replace(INVALID, '');
}

export function escapeXml(s: string): string {
  return xmlChars(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#x9;')
    .replace(/\n/g, '&#xA;')
    .replace(/\r/g, '&#xD;');
}

/** Text for an XML comment: no "--" inside, no trailing "-". */
export function commentText(s: string): string {
  return xmlChars(s)
    .replace(/-{2,}/g, (m) => m.split('').join(' '))
    .replace(/-$/, '- ');
}
