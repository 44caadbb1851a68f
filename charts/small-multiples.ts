/**
 * Small multiples of a yearly series (Tufte, "The Visual Display of Quantitative Information",
 * 1983): one small line chart per measure, all over the same years, so that the eye compares the
 * shapes; and stacked bars of a count split into parts (new partnerships by type). A marked year
 * (the client's year filter or playback) is a vertical rule in every chart, and the caption of
 * each chart gives the value at that year (else at the last one).
 *
 * Every mark carries its data: a point `data-measure`, `data-year`, `data-value`; a bar segment
 * `data-measure`, `data-part`, `data-year`, `data-value`; the group `data-marked-year`. Charts
 * scale to their container (viewBox, no fixed size); the grid of charts is a CSS grid.
 */
import { niceMax, r1 } from './axes.ts';
import { AXIS, GRID, MARK, SERIES } from './colours.ts';
import { html, type SafeHtml } from './markup.ts';

export interface SeriesMeasure {
  /** `data-measure` of its marks. */
  key: string;
  /** The chart's caption (translated by the caller). */
  label: string;
  /** One value per year of the series (null: undefined in that year, a gap in the line). */
  values: readonly (number | null)[];
  /** A fixed scale (e.g. [-1, 1] for an E-I index); default: from 0 (or below) to a nice maximum. */
  domain?: readonly [number, number];
}

export interface SmallMultiplesInput {
  years: readonly number[];
  measures: readonly SeriesMeasure[];
  /** Drawn as a vertical rule when it lies within the years. */
  markedYear?: number | null;
  /** The group's accessible name. */
  label: string;
  /** Numbers as the caller's language writes them, per measure (ticks and the caption's value). */
  format?: (value: number, measure: string) => string;
}

const W = 160;
const H = 96;
const M = { left: 32, right: 7, top: 6, bottom: 16 };
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;

const plain = (value: number) => String(Math.round(value * 1000) / 1000);

/** The year's horizontal position in a chart of `years` (linear; one year: the middle). */
export function yearX(years: readonly number[], year: number): number {
  const first = years[0]!;
  const last = years.at(-1)!;
  return last === first ? M.left + PW / 2 : M.left + ((year - first) / (last - first)) * PW;
}

function domainOf(measure: SeriesMeasure): [number, number] {
  if (measure.domain) return [measure.domain[0], measure.domain[1]];
  const known = measure.values.filter((v): v is number => v !== null && Number.isFinite(v));
  const hi = Math.max(0, ...known);
  const lo = Math.min(0, ...known);
  return [lo < 0 ? -niceMax(-lo, 2).max : 0, hi > 0 ? niceMax(hi, 2).max : lo < 0 ? 0 : 1];
}

/** The year to report in a caption: the last year of the series up to the marked one (else the last). */
function shownIndex(years: readonly number[], marked: number | null | undefined): number {
  if (marked === null || marked === undefined) return years.length - 1;
  let index = -1;
  for (let i = 0; i < years.length; i++) if (years[i]! <= marked) index = i;
  return index;
}

function inRange(years: readonly number[], year: number | null | undefined): year is number {
  return year !== null && year !== undefined && years.length > 0 && year >= years[0]! && year <= years.at(-1)!;
}

function markRule(years: readonly number[], year: number | null | undefined, top: number, bottom: number): SafeHtml | null {
  if (!inRange(years, year)) return null;
  const x = r1(yearX(years, year));
  return html`<line class="mark" data-marked-year="${year}" x1="${x}" x2="${x}" y1="${top}" y2="${bottom}" stroke="${MARK}" stroke-width="1.2"/>`;
}

function lineChart(input: SmallMultiplesInput, measure: SeriesMeasure): SafeHtml {
  const { years, markedYear } = input;
  const format = input.format ?? plain;
  const [lo, hi] = domainOf(measure);
  const y = (v: number) => M.top + PH - ((v - lo) / (hi - lo || 1)) * PH;
  const points: SafeHtml[] = [];
  // a long yearly series reads as a line: its points shrink so that they do not merge into a band
  const radius = years.length > 30 ? 0.9 : 1.5;
  let path = '';
  let open = false;
  years.forEach((year, i) => {
    const v = measure.values[i];
    if (v === null || v === undefined || !Number.isFinite(v)) {
      open = false;
      return;
    }
    const cx = r1(yearX(years, year));
    const cy = r1(y(v));
    path += `${open ? 'L' : 'M'}${cx},${cy}`;
    open = true;
    points.push(
      html`<circle class="point" cx="${cx}" cy="${cy}" r="${radius}" data-measure="${measure.key}" data-year="${year}" data-value="${v}"/>`,
    );
  });
  const ticks = (lo < 0 ? [lo, 0, hi] : [lo, hi]).map(
    (v) =>
      html`<line class="grid" x1="${M.left}" x2="${M.left + PW}" y1="${r1(y(v))}" y2="${r1(y(v))}" stroke="${GRID}"/><text x="${M.left - 3}" y="${r1(y(v) + 3)}" text-anchor="end">${format(v, measure.key)}</text>`,
  );
  const first = years[0]!;
  const last = years.at(-1)!;
  const bottom = M.top + PH;
  const shown = shownIndex(years, markedYear);
  const at = shown >= 0 ? measure.values[shown] : undefined;
  const caption =
    at === null || at === undefined || !Number.isFinite(at)
      ? null
      : html`<span class="at" data-year="${years[shown]}" data-value="${at}">${years[shown]}: ${format(at, measure.key)}</span>`;
  return html`<figure class="multiple" data-measure="${measure.key}"><figcaption><span class="name">${measure.label}</span> ${caption}</figcaption><svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${measure.label}" xmlns="http://www.w3.org/2000/svg">
<g class="axis" font-size="9" fill="${AXIS}">${ticks}<text x="${M.left}" y="${H - 3}" text-anchor="start">${first}</text>${last !== first ? html`<text x="${M.left + PW}" y="${H - 3}" text-anchor="end">${last}</text>` : null}</g>
<line x1="${M.left}" x2="${M.left + PW}" y1="${bottom}" y2="${bottom}" stroke="${AXIS}" stroke-width="0.8"/>
${markRule(years, markedYear, M.top, bottom)}
<path d="${path}" fill="none" stroke="${SERIES}" stroke-width="1.4" stroke-linejoin="round"/>
<g class="points" fill="${SERIES}">${points}</g>
</svg></figure>`;
}

/** A grid of small line charts, one per measure, over the same years. */
export function smallMultiples(input: SmallMultiplesInput): SafeHtml {
  if (input.years.length === 0) return html`<div class="small-multiples empty" role="group" aria-label="${input.label}"></div>`;
  for (const m of input.measures)
    if (m.values.length !== input.years.length)
      throw new Error(`smallMultiples: ${m.key} has ${m.values.length} values for ${input.years.length} years`);
  const marked = inRange(input.years, input.markedYear) ? input.markedYear : null;
  return html`<div class="small-multiples" role="group" aria-label="${input.label}"${marked !== null ? html` data-marked-year="${marked}"` : null} style="display:grid;grid-template-columns:repeat(auto-fill,minmax(9rem,1fr));gap:0.2rem 0.6rem">${input.measures.map((m) => lineChart(input, m))}</div>`;
}

export interface StackPart {
  /** `data-part` of its segments (e.g. the partnership type). */
  key: string;
  label: string;
  colour: string;
  /** One count per year. */
  values: readonly number[];
}

export interface StackedBarsInput {
  years: readonly number[];
  parts: readonly StackPart[];
  /** `data-measure` of the segments. */
  measure: string;
  markedYear?: number | null;
  /** The chart's caption and accessible name. */
  label: string;
  format?: (value: number) => string;
}

const BW = 330;
const BH = 130;
const BM = { left: 34, right: 8, top: 8, bottom: 16 };

/** Bars per year, stacked from the parts (their sum is the bar's height), with a legend of the parts present. */
export function stackedBars(input: StackedBarsInput): SafeHtml {
  const { years, parts, markedYear } = input;
  const format = input.format ?? plain;
  for (const p of parts)
    if (p.values.length !== years.length) throw new Error(`stackedBars: ${p.key} has ${p.values.length} values for ${years.length} years`);
  const totals = years.map((_, i) => parts.reduce((sum, p) => sum + p.values[i]!, 0));
  const scale = niceMax(Math.max(0, ...totals), 3);
  const pw = BW - BM.left - BM.right;
  const ph = BH - BM.top - BM.bottom;
  const band = years.length ? pw / years.length : pw;
  const gap = band > 3 ? band * 0.15 : 0;
  const y = (v: number) => BM.top + ph - (v / scale.max) * ph;
  const bottom = BM.top + ph;
  const bars = years.map((year, i) => {
    let base = 0;
    const x = r1(BM.left + i * band + gap / 2);
    const segments = parts
      .filter((p) => p.values[i]! > 0)
      .map((p) => {
        const v = p.values[i]!;
        const top = y(base + v);
        const height = y(base) - top;
        base += v;
        return html`<rect x="${x}" y="${r1(top)}" width="${r1(band - gap)}" height="${r1(height)}" fill="${p.colour}" data-measure="${input.measure}" data-part="${p.key}" data-year="${year}" data-value="${v}"><title>${year}, ${p.label}: ${format(v)}</title></rect>`;
      });
    return html`<g class="bar" data-year="${year}" data-total="${totals[i]}">${segments}</g>`;
  });
  const ticks = [];
  for (let v = 0; v <= scale.max + 1e-9; v += scale.step)
    ticks.push(
      html`<line class="grid" x1="${BM.left}" x2="${BM.left + pw}" y1="${r1(y(v))}" y2="${r1(y(v))}" stroke="${GRID}"/><text x="${BM.left - 3}" y="${r1(y(v) + 3)}" text-anchor="end">${format(v)}</text>`,
    );
  const centre = (year: number) => BM.left + (years.indexOf(year) + 0.5) * band;
  const marked = years.length > 0 && inRange(years, markedYear) ? markedYear : null;
  // the rule sits where the year's bar is, or between the bars around it (a step of 5 or 10)
  const markX = marked === null ? null : years.includes(marked) ? centre(marked) : BM.left + years.findIndex((yr) => yr > marked) * band;
  const present = parts.filter((p) => p.values.some((v) => v > 0));
  const first = years[0];
  const last = years.at(-1);
  return html`<figure class="stacked"${marked !== null ? html` data-marked-year="${marked}"` : null} data-measure="${input.measure}"><figcaption>${input.label}</figcaption><svg class="chart" viewBox="0 0 ${BW} ${BH}" role="img" aria-label="${input.label}" xmlns="http://www.w3.org/2000/svg">
<g class="axis" font-size="9" fill="${AXIS}">${ticks}${first !== undefined ? html`<text x="${BM.left}" y="${BH - 3}" text-anchor="start">${first}</text>` : null}${last !== undefined && last !== first ? html`<text x="${BM.left + pw}" y="${BH - 3}" text-anchor="end">${last}</text>` : null}</g>
<g class="bars">${bars}</g>
<line x1="${BM.left}" x2="${BM.left + pw}" y1="${bottom}" y2="${bottom}" stroke="${AXIS}" stroke-width="0.8"/>
${markX === null ? null : html`<line class="mark" data-marked-year="${marked}" x1="${r1(markX)}" x2="${r1(markX)}" y1="${BM.top}" y2="${bottom}" stroke="${MARK}" stroke-width="1.2"/>`}
</svg><p class="legend">${present.map((p) => html`<span class="key"><span class="swatch" style="background:${p.colour}"></span>${p.label}</span> `)}</p></figure>`;
}
