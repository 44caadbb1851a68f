/**
 * Cross ties over time, as plain SVG: per founding year, a grey bar for the partnerships founded
 * that year with a side at both ends and a green bar for those among them that cross the divide
 * (left axis), and a line for the cumulative share of cross ties among the sided ties founded up
 * to that year (right axis). Colours: Okabe–Ito bluish green for cross ties, as in the client.
 * Words and numbers in the report's language.
 */
import type { YearRow } from '../../../contract/api/analyses.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Locale } from '../i18n/locale.ts';
import { niceMax, r1 } from '../../../charts/axes.ts';

const W = 680;
const H = 250;
const M = { left: 46, right: 50, top: 14, bottom: 34 };
const CROSS = '#009E73';
const SIDED = '#C8C8C8';
const LINE = '#0072B2';

export function yearChart(rows: YearRow[], title: string, { t, f, text }: Locale): SafeHtml {
  if (rows.length === 0) return html`<p class="note">${t('yearChart.none')}</p>`;
  const first = rows[0]!.year;
  const last = rows.at(-1)!.year;
  const span = last - first + 1;
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const bw = pw / span;
  const left = niceMax(Math.max(...rows.map((r) => r.sided)));
  const maxShare = Math.max(0.01, ...rows.map((r) => r.cumulativeShare ?? 0));
  const right = niceMax(maxShare * 100, 4);
  const x = (year: number) => M.left + (year - first) * bw;
  const y = (v: number) => M.top + ph - (v / left.max) * ph;
  const yr = (share: number) => M.top + ph - ((share * 100) / right.max) * ph;
  const gap = bw > 3 ? 0.15 * bw : 0;

  const bars = rows.map(
    (r) =>
      html`<rect x="${r1(x(r.year) + gap / 2)}" y="${r1(y(r.sided))}" width="${r1(bw - gap)}" height="${r1(M.top + ph - y(r.sided))}" fill="${SIDED}"/><rect x="${r1(x(r.year) + gap / 2)}" y="${r1(y(r.cross))}" width="${r1(bw - gap)}" height="${r1(M.top + ph - y(r.cross))}" fill="${CROSS}"/>`,
  );
  const line = rows
    .filter((r) => r.cumulativeShare !== null)
    .map((r, i) => `${i === 0 ? 'M' : 'L'}${r1(x(r.year) + bw / 2)},${r1(yr(r.cumulativeShare!))}`)
    .join('');
  const leftTicks = [];
  for (let v = 0; v <= left.max + 1e-9; v += left.step) {
    leftTicks.push(
      html`<line x1="${M.left - 4}" x2="${M.left + pw}" y1="${r1(y(v))}" y2="${r1(y(v))}" class="grid"/><text x="${M.left - 6}" y="${r1(y(v) + 3.5)}" text-anchor="end">${f.int(v)}</text>`,
    );
  }
  const rightTicks = [];
  for (let v = 0; v <= right.max + 1e-9; v += right.step) {
    rightTicks.push(html`<text x="${M.left + pw + 6}" y="${r1(yr(v / 100) + 3.5)}" fill="${LINE}">${f.decimal(v, 1)} %</text>`);
  }
  const decade = span > 60 ? 20 : span > 25 ? 10 : span > 10 ? 5 : 1;
  const yearTicks = [];
  for (let year = Math.ceil(first / decade) * decade; year <= last; year += decade) {
    yearTicks.push(
      html`<line x1="${r1(x(year) + bw / 2)}" x2="${r1(x(year) + bw / 2)}" y1="${M.top + ph}" y2="${M.top + ph + 4}" stroke="#555"/><text x="${r1(x(year) + bw / 2)}" y="${M.top + ph + 16}" text-anchor="middle">${year}</text>`,
    );
  }
  const peak = rows.reduce((a, b) => (b.cross > a.cross ? b : a), rows[0]!);
  const desc = text('yearChart.description', {
    first: String(first),
    last: String(last),
    peakYear: String(peak.year),
    peak: f.int(peak.cross),
    share: f.pct(rows.at(-1)!.cumulativeShare ?? 0),
  });
  return html`<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" xmlns="http://www.w3.org/2000/svg">
<title>${title}</title><desc>${desc}</desc>
<g class="axis">${leftTicks}${rightTicks}${yearTicks}</g>
<g>${bars}</g>
<path d="${line}" fill="none" stroke="${LINE}" stroke-width="1.8"/>
<line x1="${M.left}" x2="${M.left + pw}" y1="${M.top + ph}" y2="${M.top + ph}" stroke="#555"/>
<text x="12" y="${M.top + ph / 2}" transform="rotate(-90 12 ${M.top + ph / 2})" text-anchor="middle" class="label">${text('yearChart.founded')}</text>
<text x="${W - 8}" y="${M.top + ph / 2}" transform="rotate(90 ${W - 8} ${M.top + ph / 2})" text-anchor="middle" class="label" fill="${LINE}">${text('yearChart.cumulative')}</text>
</svg>
<p class="legend"><span class="key"><span class="swatch" style="background:${SIDED}"></span> ${t('yearChart.sided')}</span> <span class="key"><span class="swatch" style="background:${CROSS}"></span> ${t('yearChart.cross')}</span> <span class="key"><span class="swatch line" style="background:${LINE}"></span> ${t('yearChart.share')}</span></p>`;
}
