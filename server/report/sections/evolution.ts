/**
 * Section 8: how the network grew and how far it reaches. The series of GET /api/evolution as
 * small multiples with the new partnerships stacked by type, and GET /api/distances: the
 * histogram with its median, the shares, the tables per type and per founding decade, and the
 * decay fit on a log-log plot. The same chart builders as the client's Growth panel (charts/),
 * given the report's words and number formats.
 */
import {
  EVOLUTION_MEASURES,
  SHARE_MEASURES,
  evolutionMultiples,
  newPartnershipBars,
  type EvolutionMeasure,
} from '../../../charts/evolution.ts';
import { decayPlot, distanceHistogram } from '../../../charts/histogram.ts';
import type { Distribution } from '../../../contract/api/evolution.ts';
import { PARTNERSHIP_TYPES, type PartnershipType } from '../../../contract/vocabularies.ts';
import { typeName } from '../../export/export-words.ts';
import { html, num, type Formats, type SafeHtml } from '../html.ts';
import type { Locale } from '../i18n/locale.ts';
import type { ReportData } from '../report-data.ts';

const INTEGERS = new Set<string>(['places', 'partnerships', 'largestComponent', 'components', 'communities', 'newPartnerships']);

/** Tick and caption numbers: counts whole, shares in per cent, the rest with up to three decimals. */
function formatFor(f: Formats): (value: number, measure: string) => string {
  return (value, measure) => {
    if (SHARE_MEASURES.has(measure)) return `${f.decimal(value * 100, 1)} %`;
    if (INTEGERS.has(measure)) return f.int(value);
    return f.decimal(value, 3);
  };
}

/** Axis labels of distances: 500, then 1k, 2.5k … (1 k, 2,5 k … in German) as the client writes them. */
function compactKm(f: Formats): (km: number) => string {
  return (km) => (km >= 1000 ? `${f.decimal(km / 1000, 1)}k` : f.int(km));
}

function distributionRow(label: SafeHtml | string, d: Distribution, key: string, f: Formats): SafeHtml {
  return html`<tr data-group="${key}"><td>${label}</td><td class="n">${num(`distances.${key}.partnerships`, d.partnerships, f.int(d.partnerships))}</td><td class="n">${num(`distances.${key}.medianKm`, d.medianKm, f.km(d.medianKm))}</td><td class="n">${f.pct(d.within500kmShare)}</td><td class="n">${f.pct(d.sameCountryShare)}</td><td class="n">${f.pct(d.sameBlocShare)}</td></tr>`;
}

function tableHead({ t }: Locale): SafeHtml {
  return html`<thead><tr><th></th><th class="n">${t('distance.partnerships')}</th><th class="n">${t('distance.median.head')}</th><th class="n">≤ 500 km</th><th class="n">${t('distance.sameCountry')}</th><th class="n">${t('distance.sameSide')}</th></tr></thead>`;
}

function decayWords(decay: ReportData['timeSpace']['distances']['decay'], { t, f }: Locale): SafeHtml {
  const { exponent, interval, dMinKm, tail } = decay;
  if (exponent === null || dMinKm === null) return html`<p>${t('distance.noDecay')}</p>`;
  const fit = {
    dMin: num('distances.decay.dMinKm', dMinKm, f.km(dMinKm)),
    tail: num('distances.decay.tail', tail, f.int(tail)),
    exponent: num('distances.decay.exponent', exponent, f.fixed(exponent, 2)),
    factor: f.fixed(2 ** exponent, 1),
  };
  return html`<p>${
    interval
      ? t('distance.decayInterval', {
          ...fit,
          low: num('distances.decay.low', interval[0], f.fixed(interval[0], 2)),
          high: num('distances.decay.high', interval[1], f.fixed(interval[1], 2)),
        })
      : t('distance.decay', fit)
  }</p>`;
}

export function evolutionSection(d: ReportData, locale: Locale, n: number): SafeHtml {
  const { t, f, text, lang } = locale;
  const { evolution: e, distances: dist, requests } = d.timeSpace;
  const last = e.years.at(-1);
  const types = Object.fromEntries(PARTNERSHIP_TYPES.map((type) => [type, typeName(type, lang)])) as Record<PartnershipType, string>;
  const labels = {
    group: text('growth.series'),
    measures: Object.fromEntries(EVOLUTION_MEASURES.map((m) => [m, text(`growth.measure.${m}`)])) as Record<EvolutionMeasure, string>,
    newPartnerships: text('growth.newPartnerships'),
    types,
  };
  const format = formatFor(f);
  const km = compactKm(f);
  const o = dist.overall;
  const decadeLabel = (decade: number | null) =>
    decade === null ? t('distance.undated') : t('distance.decade', { decade: String(decade) });
  return html`<section id="evolution">
<h2>${n}. ${t('growth.title')}</h2>
<h3>${t('growth.series')}</h3>
<p>${t('growth.seriesScope', { from: String(e.from), to: String(e.to) })} ${
    last
      ? t('growth.lastYear', {
          year: String(last.year),
          places: num('evolution.last.places', last.places, f.int(last.places)),
          partnerships: num('evolution.last.partnerships', last.partnerships, f.int(last.partnerships)),
          modularity: num('evolution.last.modularity', last.modularity, f.fixed(last.modularity, 3)),
          undated: num('evolution.undated', last.undated, f.int(last.undated)),
        })
      : null
  } ${t('growth.seriesMethod', { seed: String(e.seed), resolution: f.decimal(e.resolution), runs: f.int(e.method.louvainRuns) })}</p>
<figure>${evolutionMultiples(e, { labels, format })}<figcaption>${t('growth.seriesCaption', {
    points: f.int(e.years.length),
    step: String(e.step),
    request: requests.evolution,
  })}</figcaption></figure>
<figure>${newPartnershipBars(e, { labels, format })}</figure>
<h3>${t('distance.title')}</h3>
<p>${t('distance.summary', {
    n: num('distances.overall.partnerships', o.partnerships, f.int(o.partnerships)),
    unpositioned: num('distances.unpositioned', dist.unpositioned, f.int(dist.unpositioned)),
    median: num('distances.overall.medianKm', o.medianKm, f.km(o.medianKm)),
    mean: num('distances.overall.meanKm', o.meanKm, f.km(o.meanKm)),
    within500km: num('distances.overall.within500kmShare', o.within500kmShare, f.pct(o.within500kmShare)),
    sameCountry: num('distances.overall.sameCountryShare', o.sameCountryShare, f.pct(o.sameCountryShare)),
    sameBloc: num('distances.overall.sameBlocShare', o.sameBlocShare, f.pct(o.sameBlocShare)),
  })}</p>
<figure>${distanceHistogram({
    bins: dist.bins,
    counts: o.histogram,
    medianKm: o.medianKm,
    label: text('distance.histogram'),
    medianLabel: text('distance.median', { km: f.km(o.medianKm) }),
    axisLabel: 'km',
    formatKm: km,
    formatCount: f.int,
  })}</figure>
${decayWords(dist.decay, locale)}
<figure>${decayPlot({
    bins: dist.bins,
    counts: o.histogram,
    total: o.partnerships,
    exponent: dist.decay.exponent,
    dMinKm: dist.decay.dMinKm,
    tail: dist.decay.tail,
    label: text('distance.decayChart'),
    fitLabel: dist.decay.exponent === null ? '' : `γ = ${f.fixed(dist.decay.exponent, 2)}`,
    axisX: 'km',
    axisY: text('distance.perKm'),
    formatKm: km,
  })}<figcaption>${t('distance.decayCaption', { request: requests.distances })}</figcaption></figure>
<h4>${t('distance.byType')}</h4>
<table class="distances">${tableHead(locale)}<tbody>${dist.byType.map((row) => distributionRow(types[row.type], row, `type.${row.type}`, f))}</tbody></table>
<h4>${t('distance.byDecade')}</h4>
<table class="distances">${tableHead(locale)}<tbody>${dist.byDecade.map((row) => distributionRow(decadeLabel(row.decade), row, `decade.${row.decade ?? 'undated'}`, f))}</tbody></table>
</section>`;
}
