/**
 * The report's markup: the escaping template of charts/markup.ts (shared with the client's charts)
 * and the number and date formats of the report's language (`formatsFor`, built per report, so
 * that two reports in two languages never share a setting).
 */
import { html, type SafeHtml } from '../../charts/markup.ts';

export { escapeHtml, html, SafeHtml, trusted } from '../../charts/markup.ts';

/** Numbers and dates as the report's language writes them; '–' for a missing or undefined number. Plain functions: pass them on freely. */
export interface Formats {
  /** The BCP 47 tag of the formats: en-GB, de-DE. */
  readonly tag: string;
  /** A whole number with grouping: 1,234 (en-GB), 1.234 (de-DE). */
  readonly int: (n: number | null | undefined) => string;
  /** Exactly `digits` decimals (default 3); values too small to show so, in scientific notation. */
  readonly fixed: (n: number | null | undefined, digits?: number) => string;
  /** A share (0 to 1) as a percentage with `digits` decimals (default 1): "12.5 %", "12,5 %". */
  readonly pct: (n: number | null | undefined, digits?: number) => string;
  /** Up to `digits` decimals (default 3), none trailing: a parameter (0.85) or a tick (0.5, 10). */
  readonly decimal: (n: number | null | undefined, digits?: number) => string;
  /** A distance in whole kilometres: "1,234 km". */
  readonly km: (n: number | null | undefined) => string;
  /** An ISO 8601 instant as a date and time in UTC: "4 December 2026, 10:11 UTC", "4. Dezember 2026, 10:11 UTC". */
  readonly date: (iso: string) => string;
}

const NONE = '–';
const missing = (n: number | null | undefined): n is null | undefined => n === null || n === undefined || !Number.isFinite(n);

export function formatsFor(tag: string): Formats {
  const cache = new Map<string, Intl.NumberFormat>();
  const nf = (key: string, options: Intl.NumberFormatOptions) => {
    let format = cache.get(key);
    if (!format) cache.set(key, (format = new Intl.NumberFormat(tag, options)));
    return format;
  };
  const fixedFormat = (digits: number) => nf(`f${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const decimalFormat = (digits: number) => nf(`d${digits}`, { maximumFractionDigits: digits });
  const int = (n: number | null | undefined) => (missing(n) ? NONE : nf('int', { maximumFractionDigits: 0 }).format(n));
  const day = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const time = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
  return {
    tag,
    int,
    fixed(n, digits = 3) {
      if (missing(n)) return NONE;
      if (n !== 0 && Math.abs(n) < 10 ** -digits)
        return nf('sci', { notation: 'scientific', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
      return fixedFormat(digits).format(n);
    },
    pct: (n, digits = 1) => (missing(n) ? NONE : `${fixedFormat(digits).format(n * 100)} %`),
    decimal: (n, digits = 3) => (missing(n) ? NONE : decimalFormat(digits).format(n)),
    km: (n) => (missing(n) ? NONE : `${int(n)} km`),
    date(iso) {
      const when = new Date(iso);
      return Number.isNaN(when.getTime()) ? iso : `${day.format(when)}, ${time.format(when)} UTC`;
    },
  };
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
