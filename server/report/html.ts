/** The report's markup: the escaping template of charts/markup.ts (shared with the client's charts) and number formats. */
import { html, type SafeHtml } from '../../charts/markup.ts';

export { escapeHtml, html, SafeHtml, trusted } from '../../charts/markup.ts';

// ---- numbers ----

const nf = (digits: number) => new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const int = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export function fmtInt(n: number | null | undefined): string {
  return n === null || n === undefined || !Number.isFinite(n) ? '–' : int.format(n);
}

export function fmt(n: number | null | undefined, digits = 3): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '–';
  if (n !== 0 && Math.abs(n) < 10 ** -digits) return n.toExponential(2);
  return nf(digits).format(n);
}

export function pct(n: number | null | undefined, digits = 1): string {
  return n === null || n === undefined || !Number.isFinite(n) ? '–' : `${nf(digits).format(n * 100)} %`;
}

/**
 * A number as shown, with its exact value in data attributes, so that a reader's tool (and the
 * tests) can compare the report with the API: `data-metric` names it, `data-value` is the full
 * precision value (empty for none).
 */
export function num(metric: string, value: number | null | undefined, shown: string): SafeHtml {
  const exact = value === null || value === undefined || !Number.isFinite(value) ? '' : String(value);
  return html`<span class="num" data-metric="${metric}" data-value="${exact}">${shown}</span>`;
}
