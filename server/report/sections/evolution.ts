/**
 * Section 8: how the network grew and how far it reaches. The series of GET /api/evolution as
 * small multiples with the new partnerships stacked by type, and GET /api/distances: the
 * histogram with its median, the shares, the tables per type and per founding decade, and the
 * decay fit on a log-log plot. The same chart builders as the client's Growth panel (charts/).
 */
import { SHARE_MEASURES, evolutionMultiples, newPartnershipBars, type EvolutionMeasure } from '../../../charts/evolution.ts';
import { decayPlot, distanceHistogram } from '../../../charts/histogram.ts';
import type { Distribution } from '../../../contract/api/evolution.ts';
import type { PartnershipType } from '../../../contract/vocabularies.ts';
import { fmt, fmtInt, html, num, pct, type SafeHtml } from '../html.ts';
import type { ReportData } from '../report-data.ts';

const MEASURES: Record<EvolutionMeasure, string> = {
  places: 'Places',
  partnerships: 'Partnerships',
  largestComponent: 'Largest component',
  components: 'Components',
  meanDegree: 'Mean degree',
  averageClustering: 'Average clustering',
  transitivity: 'Transitivity',
  modularity: 'Modularity (Louvain)',
  communities: 'Communities',
  'germany.crossShare': 'Cross share, Germany',
  'europe.crossShare': 'Cross share, Europe',
  'germany.eiIndex': 'E-I index, Germany',
  'europe.eiIndex': 'E-I index, Europe',
};

const TYPES: Record<PartnershipType, string> = {
  partnership: 'partnership',
  friendship: 'friendship',
  contact: 'contact',
  development: 'development',
  climate: 'climate',
  sponsorship: 'sponsorship',
};

const INTEGERS = new Set<string>(['places', 'partnerships', 'largestComponent', 'components', 'communities', 'newPartnerships']);

/** Tick and caption numbers: counts whole, shares in per cent, the rest with up to three decimals. */
function format(value: number, measure: string): string {
  if (SHARE_MEASURES.has(measure)) return `${Math.round(value * 1000) / 10} %`;
  if (INTEGERS.has(measure)) return fmtInt(value);
  return String(Math.round(value * 1000) / 1000);
}

const km = (v: number | null) => (v === null ? '–' : `${fmtInt(v)} km`);

function distributionRow(label: SafeHtml | string, d: Distribution, key: string): SafeHtml {
  return html`<tr data-group="${key}"><td>${label}</td><td class="n">${num(`distances.${key}.partnerships`, d.partnerships, fmtInt(d.partnerships))}</td><td class="n">${num(`distances.${key}.medianKm`, d.medianKm, km(d.medianKm))}</td><td class="n">${pct(d.within500kmShare)}</td><td class="n">${pct(d.sameCountryShare)}</td><td class="n">${pct(d.sameBlocShare)}</td></tr>`;
}

const TABLE_HEAD = html`<thead><tr><th></th><th class="n">Partnerships</th><th class="n">Median</th><th class="n">≤ 500 km</th><th class="n">Same country</th><th class="n">Same side</th></tr></thead>`;

function decayWords(exponent: number | null, interval: [number, number] | null, dMinKm: number | null, tail: number): SafeHtml {
  if (exponent === null || dMinKm === null) return html`<p>Too few partnerships have a length for a decay exponent to be fitted.</p>`;
  const factor = 2 ** exponent;
  return html`<p>Beyond ${num('distances.decay.dMinKm', dMinKm, km(dMinKm))} (${num('distances.decay.tail', tail, fmtInt(tail))} partnerships), the number of partnerships per kilometre falls as the distance to the power
−${num('distances.decay.exponent', exponent, fmt(exponent, 2))}${interval ? html` (95 % interval ${num('distances.decay.low', interval[0], fmt(interval[0], 2))} to ${num('distances.decay.high', interval[1], fmt(interval[1], 2))})` : null}:
at twice the distance, about ${fmt(factor, 1)} times fewer partnerships per kilometre. The larger the exponent, the more twinning stays close to home.</p>`;
}

export function evolutionSection(d: ReportData): SafeHtml {
  const { evolution: e, distances: dist, requests } = d.timeSpace;
  const last = e.years.at(-1);
  const labels = {
    group: 'The network year by year',
    measures: MEASURES,
    newPartnerships: 'New partnerships per year, by type',
    types: TYPES,
  };
  const o = dist.overall;
  const decadeLabel = (decade: number | null) => (decade === null ? 'no founding year' : `${decade}s`);
  return html`<section id="evolution">
<h2>8. Growth and distance</h2>
<h3>The network year by year</h3>
<p>Each year ${e.from} to ${e.to} holds the dated partnerships founded up to that year and not ended before it, for the report's types, countries and blocs
(its year range does not apply: the years are the series). ${
    last
      ? html`In ${last.year}: ${num('evolution.last.places', last.places, fmtInt(last.places))} places, ${num('evolution.last.partnerships', last.partnerships, fmtInt(last.partnerships))} partnerships, modularity ${num('evolution.last.modularity', last.modularity, fmt(last.modularity, 3))}.
<strong>${num('evolution.undated', last.undated, fmtInt(last.undated))} partnerships without a founding year are not placed in time</strong> (counted each year, never drawn).`
      : null
  } Modularity from Louvain with seed ${e.seed} and resolution ${e.resolution}, run afresh in each of the ${fmtInt(e.method.louvainRuns)} years whose network changed; cross share and E-I index over the partnerships with a side at both ends.</p>
<figure>${evolutionMultiples(e, { labels, format })}<figcaption>One chart per measure over the same years (${e.years.length} points, step ${e.step}). <code>GET ${requests.evolution}</code></figcaption></figure>
<figure>${newPartnershipBars(e, { labels, format })}</figure>
<h3>How far partnerships reach</h3>
<p>${num('distances.overall.partnerships', o.partnerships, fmtInt(o.partnerships))} partnerships have a position at both ends (${num('distances.unpositioned', dist.unpositioned, fmtInt(dist.unpositioned))} do not and are left out).
Median ${num('distances.overall.medianKm', o.medianKm, km(o.medianKm))}, mean ${num('distances.overall.meanKm', o.meanKm, km(o.meanKm))};
${num('distances.overall.within500kmShare', o.within500kmShare, pct(o.within500kmShare))} lie within 500 km,
${num('distances.overall.sameCountryShare', o.sameCountryShare, pct(o.sameCountryShare))} inside one country and
${num('distances.overall.sameBlocShare', o.sameBlocShare, pct(o.sameBlocShare))} inside one side of Europe's old divide (of those with a side at both ends).</p>
<figure>${distanceHistogram({
    bins: dist.bins,
    counts: o.histogram,
    medianKm: o.medianKm,
    label: 'Partnerships by great-circle distance (bins widen with distance)',
    medianLabel: `median ${km(o.medianKm)}`,
    axisLabel: 'km',
  })}</figure>
${decayWords(dist.decay.exponent, dist.decay.interval, dist.decay.dMinKm, dist.decay.tail)}
<figure>${decayPlot({
    bins: dist.bins,
    counts: o.histogram,
    total: o.partnerships,
    exponent: dist.decay.exponent,
    dMinKm: dist.decay.dMinKm,
    tail: dist.decay.tail,
    label: 'Distance decay, log-log: partnerships per km in each bin, and the fitted power law',
    fitLabel: dist.decay.exponent === null ? '' : `γ = ${fmt(dist.decay.exponent, 2)}`,
    axisX: 'km',
    axisY: 'share per km',
  })}<figcaption>Maximum-likelihood fit of p(d) ∝ d^−γ for d ≥ d<sub>min</sub>, d<sub>min</sub> by the Kolmogorov-Smirnov distance (Clauset, Shalizi &amp; Newman 2009); grey points lie below d<sub>min</sub>. <code>GET ${requests.distances}</code></figcaption></figure>
<h4>Per type</h4>
<table class="distances">${TABLE_HEAD}<tbody>${dist.byType.map((t) => distributionRow(TYPES[t.type], t, `type.${t.type}`))}</tbody></table>
<h4>Per founding decade</h4>
<table class="distances">${TABLE_HEAD}<tbody>${dist.byDecade.map((t) => distributionRow(decadeLabel(t.decade), t, `decade.${t.decade ?? 'undated'}`))}</tbody></table>
</section>`;
}
