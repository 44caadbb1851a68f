/**
 * How far partnerships reach: the histogram of their lengths over the API's bins (which widen
 * with distance, so each bar is one bin, drawn at equal width and labelled by its bounds) with the
 * median as a rule; and the decay plot, log-log, of the partnerships per kilometre in each bin
 * against the power law p(d) ∝ d^-γ fitted to the tail d ≥ dMin by maximum likelihood (Clauset,
 * Shalizi & Newman 2009, SIAM Review 51:661), drawn with its own normalisation:
 * density(d) = (tail / n) · ((γ - 1) / dMin) · (d / dMin)^-γ.
 *
 * Marks carry their data: a bar `data-from-km`, `data-to-km`, `data-value` (its count); the
 * median rule `data-value` (km); a point `data-km` (the bin's geometric middle), `data-count`,
 * `data-value` (per km); the fitted line `data-exponent`, `data-dmin-km`.
 */
import { niceMax, r1 } from './axes.ts';
import { AXIS, GRID, MARK, MUTED, SERIES } from './colours.ts';
import { html, type SafeHtml } from './markup.ts';

export interface DistanceBin {
  fromKm: number;
  /** null: no upper bound. */
  toKm: number | null;
}

export interface HistogramInput {
  bins: readonly DistanceBin[];
  /** Partnerships per bin. */
  counts: readonly number[];
  medianKm: number | null;
  /** The caption and accessible name. */
  label: string;
  /** The median rule's label, e.g. "median 412 km" (translated by the caller). */
  medianLabel: string;
  /** The horizontal axis' title, e.g. "km". */
  axisLabel: string;
  formatKm?: (km: number) => string;
  formatCount?: (n: number) => string;
}

const W = 330;
const H = 150;
const M = { left: 34, right: 8, top: 16, bottom: 30 };

export const compactKm = (km: number) => (km >= 1000 ? `${km / 1000}k` : String(km));

/** Where `km` lies along the bars, in bins (bin i spans [i, i + 1)): logarithmic inside a bin, linear in the first. */
export function binPosition(bins: readonly DistanceBin[], km: number): number {
  let i = bins.length - 1;
  while (i > 0 && km < bins[i]!.fromKm) i--;
  const { fromKm, toKm } = bins[i]!;
  if (toKm === null) return i + Math.min(0.95, fromKm > 0 ? Math.log(km / fromKm) / Math.log(2) : 0.5);
  const within = fromKm <= 0 ? km / toKm : Math.log(km / fromKm) / Math.log(toKm / fromKm);
  return i + Math.max(0, Math.min(1, within));
}

export function distanceHistogram(input: HistogramInput): SafeHtml {
  const { bins, counts, medianKm } = input;
  if (counts.length !== bins.length) throw new Error(`distanceHistogram: ${counts.length} counts for ${bins.length} bins`);
  const formatKm = input.formatKm ?? compactKm;
  const formatCount = input.formatCount ?? String;
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const band = pw / Math.max(1, bins.length);
  const scale = niceMax(Math.max(0, ...counts), 3);
  const y = (v: number) => M.top + ph - (v / scale.max) * ph;
  const bottom = M.top + ph;
  const bars = bins.map((bin, i) => {
    const v = counts[i]!;
    return html`<rect x="${r1(M.left + i * band + 1)}" y="${r1(y(v))}" width="${r1(band - 2)}" height="${r1(bottom - y(v))}" fill="${SERIES}" data-from-km="${bin.fromKm}" data-to-km="${bin.toKm ?? ''}" data-value="${v}"><title>${formatKm(bin.fromKm)}–${bin.toKm === null ? '' : formatKm(bin.toKm)}: ${formatCount(v)}</title></rect>`;
  });
  const ticks = [];
  for (let v = 0; v <= scale.max + 1e-9; v += scale.step)
    ticks.push(
      html`<line class="grid" x1="${M.left}" x2="${M.left + pw}" y1="${r1(y(v))}" y2="${r1(y(v))}" stroke="${GRID}"/><text x="${M.left - 3}" y="${r1(y(v) + 3)}" text-anchor="end">${formatCount(v)}</text>`,
    );
  const edges = bins.map(
    (bin, i) => html`<text x="${r1(M.left + i * band)}" y="${bottom + 11}" text-anchor="middle">${formatKm(bin.fromKm)}</text>`,
  );
  let median: SafeHtml | null = null;
  if (medianKm !== null && bins.length > 0) {
    const x = r1(M.left + binPosition(bins, medianKm) * band);
    const anchor = x > M.left + pw * 0.7 ? 'end' : 'start';
    median = html`<g class="median"><line x1="${x}" x2="${x}" y1="${M.top - 4}" y2="${bottom}" stroke="${MARK}" stroke-width="1.5" stroke-dasharray="3 2" data-value="${medianKm}"/><text x="${anchor === 'end' ? x - 3 : x + 3}" y="${M.top - 6}" text-anchor="${anchor}" font-size="9" fill="${MARK}">${input.medianLabel}</text></g>`;
  }
  return html`<figure class="histogram"><figcaption>${input.label}</figcaption><svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${input.label}" xmlns="http://www.w3.org/2000/svg">
<g class="axis" font-size="9" fill="${AXIS}">${ticks}${edges}<text x="${M.left + pw / 2}" y="${H - 2}" text-anchor="middle">${input.axisLabel}</text></g>
<g class="bars">${bars}</g>
<line x1="${M.left}" x2="${M.left + pw}" y1="${bottom}" y2="${bottom}" stroke="${AXIS}" stroke-width="0.8"/>
${median}
</svg></figure>`;
}

export interface DecayInput {
  bins: readonly DistanceBin[];
  counts: readonly number[];
  /** Partnerships with a length (the histogram's total). */
  total: number;
  exponent: number | null;
  dMinKm: number | null;
  /** Lengths ≥ dMin: the n of the fit. */
  tail: number;
  label: string;
  /** The fitted line's legend, e.g. "fitted: γ = 1.8 from 120 km". */
  fitLabel: string;
  /** Axis titles, e.g. "km" and "partnerships per km". */
  axisX: string;
  axisY: string;
  formatKm?: (km: number) => string;
}

const DW = 330;
const DH = 170;
const DM = { left: 40, right: 10, top: 10, bottom: 30 };

/** The bins' partnerships per km at their geometric middles (bins without a lower or upper bound, or empty, left out). */
export function binDensities(
  bins: readonly DistanceBin[],
  counts: readonly number[],
  total: number,
): { km: number; count: number; perKm: number; fromKm: number }[] {
  if (total <= 0) return [];
  return bins.flatMap((bin, i) => {
    const count = counts[i] ?? 0;
    if (bin.fromKm <= 0 || bin.toKm === null || count === 0) return [];
    return [{ km: Math.sqrt(bin.fromKm * bin.toKm), count, perKm: count / total / (bin.toKm - bin.fromKm), fromKm: bin.fromKm }];
  });
}

export function decayPlot(input: DecayInput): SafeHtml {
  const formatKm = input.formatKm ?? compactKm;
  const points = binDensities(input.bins, input.counts, input.total);
  const { exponent: gamma, dMinKm: dMin } = input;
  const fitted = gamma !== null && dMin !== null && dMin > 0 && input.tail > 0 && input.total > 0 && gamma > 1;
  const density = (d: number) => (input.tail / input.total) * ((gamma! - 1) / dMin!) * (d / dMin!) ** -gamma!;
  const kmMax = Math.max(10_000, ...input.bins.map((b) => b.toKm ?? b.fromKm));
  const lineEnds = fitted ? [dMin!, kmMax].map((d) => ({ d, v: density(d) })) : [];
  const ys = [...points.map((p) => p.perKm), ...lineEnds.map((e) => e.v)].filter((v) => v > 0 && Number.isFinite(v));
  if (points.length === 0 || ys.length === 0)
    return html`<figure class="decay empty" aria-label="${input.label}"><figcaption>${input.label}</figcaption></figure>`;
  const xLo = 1;
  const xHi = Math.ceil(Math.log10(kmMax));
  const yLo = Math.floor(Math.log10(Math.min(...ys)));
  const yHi = Math.max(yLo + 1, Math.ceil(Math.log10(Math.max(...ys))));
  const pw = DW - DM.left - DM.right;
  const ph = DH - DM.top - DM.bottom;
  const x = (km: number) => DM.left + ((Math.log10(km) - xLo) / (xHi - xLo)) * pw;
  const y = (v: number) => DM.top + ph - ((Math.log10(v) - yLo) / (yHi - yLo)) * ph;
  const bottom = DM.top + ph;
  const xTicks = [];
  for (let e = xLo; e <= xHi; e++)
    xTicks.push(
      html`<line class="grid" x1="${r1(x(10 ** e))}" x2="${r1(x(10 ** e))}" y1="${DM.top}" y2="${bottom}" stroke="${GRID}"/><text x="${r1(x(10 ** e))}" y="${bottom + 11}" text-anchor="middle">${formatKm(10 ** e)}</text>`,
    );
  const yTicks = [];
  for (let e = yLo; e <= yHi; e++)
    yTicks.push(
      html`<line class="grid" x1="${DM.left}" x2="${DM.left + pw}" y1="${r1(y(10 ** e))}" y2="${r1(y(10 ** e))}" stroke="${GRID}"/><text x="${DM.left - 3}" y="${r1(y(10 ** e) + 3)}" text-anchor="end">10${html`<tspan dy="-4" font-size="7">${e}</tspan>`}</text>`,
    );
  const dots = points
    .filter((p) => p.km >= 10 ** xLo)
    .map(
      (p) =>
        html`<circle class="point" cx="${r1(x(p.km))}" cy="${r1(y(p.perKm))}" r="3" fill="${fitted && p.fromKm >= dMin! ? SERIES : MUTED}" data-km="${p.km}" data-count="${p.count}" data-value="${p.perKm}"/>`,
    );
  const line = fitted
    ? html`<line class="fit" x1="${r1(x(lineEnds[0]!.d))}" y1="${r1(y(lineEnds[0]!.v))}" x2="${r1(x(lineEnds[1]!.d))}" y2="${r1(y(lineEnds[1]!.v))}" stroke="${MARK}" stroke-width="1.5" data-exponent="${gamma}" data-dmin-km="${dMin}"/><text x="${DM.left + pw - 2}" y="${DM.top + 10}" text-anchor="end" font-size="9" fill="${MARK}">${input.fitLabel}</text>`
    : null;
  return html`<figure class="decay"><figcaption>${input.label}</figcaption><svg class="chart" viewBox="0 0 ${DW} ${DH}" role="img" aria-label="${input.label}" xmlns="http://www.w3.org/2000/svg">
<g class="axis" font-size="9" fill="${AXIS}">${xTicks}${yTicks}<text x="${DM.left + pw / 2}" y="${DH - 2}" text-anchor="middle">${input.axisX}</text><text x="9" y="${DM.top + ph / 2}" transform="rotate(-90 9 ${DM.top + ph / 2})" text-anchor="middle">${input.axisY}</text></g>
<line x1="${DM.left}" x2="${DM.left + pw}" y1="${bottom}" y2="${bottom}" stroke="${AXIS}" stroke-width="0.8"/>
<g class="points">${dots}</g>
${line}
</svg></figure>`;
}
