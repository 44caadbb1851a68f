/**
 * HTML (and inline SVG) built by a tagged template that escapes every interpolated value unless it
 * is already markup made by this template. Names from the data can therefore only ever become
 * text: a town named `<script>` prints as `<script>`, in the HTML and in the figures alike.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// Controls other than tab/newline are not allowed in HTML text; lone surrogates are not text.
// oxlint-disable-next-line no-control-regex -- finding them is the point
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeHtml(s: string): string {
  return s.replace(INVALID, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function piece(v: unknown): string {
  if (v instanceof SafeHtml) return v.value;
  if (v === null || v === undefined || v === false) return '';
  if (Array.isArray(v)) return v.map(piece).join('');
  return escapeHtml(String(v));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += piece(values[i]) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Markup produced elsewhere by trusted code (e.g. d3-geo path data, which is numbers only). */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
