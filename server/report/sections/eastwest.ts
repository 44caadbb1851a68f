/**
 * Section 4: ties across the east-west divide, at both levels: how many, against a random
 * baseline that keeps every town's number of partners, over the founding years (chart), per
 * region (share and E-I index) and the brokers between the sides. Same numbers as
 * /api/bridges/east-west.
 */
import type { Divide } from '../../../contract/vocabularies.ts';
import { rankOrder } from '../../analytics/ranking.ts';
import type { EastWest } from '../../analytics/suite/full-suite.ts';
import { yearChart } from '../charts/year-chart.ts';
import { html, num, type SafeHtml } from '../html.ts';
import type { Locale, MessageKey, PlainKey } from '../i18n/locale.ts';
import { place, regionName } from '../names.ts';
import type { ReportData } from '../report-data.ts';

const LEVELS = {
  germany: {
    title: 'eastwest.germany',
    east: 'eastwest.germanyEast',
    west: 'eastwest.germanyWest',
    regions: 'state',
    per: 'eastwest.perState',
    head: 'eastwest.state',
  },
  europe: {
    title: 'eastwest.europe',
    east: 'eastwest.europeEast',
    west: 'eastwest.europeWest',
    regions: 'country',
    per: 'eastwest.perCountry',
    head: 'eastwest.country',
  },
} as const satisfies Record<Divide, Record<string, MessageKey | 'state' | 'country'>>;

/** What the z-score says, in words. */
function baselineVerdict(z: number | null): PlainKey {
  if (z === null || !Number.isFinite(z)) return 'eastwest.baselineNone';
  const a = Math.abs(z);
  if (a < 2) return 'eastwest.baselineAbout';
  if (z < 0) return a >= 3 ? 'eastwest.baselineFewerBeyond' : 'eastwest.baselineFewer';
  return a >= 3 ? 'eastwest.baselineMoreBeyond' : 'eastwest.baselineMore';
}

function levelBlock(d: ReportData, locale: Locale, level: Divide, ew: EastWest, n: string): SafeHtml {
  const { t, f, text, lang } = locale;
  const L = LEVELS[level];
  const m = (k: string) => `eastwest.${level}.${k}`;
  const eiOf = new Map(d.ei[level].groups.map((g) => [g.group, g]));
  const regions = d.regions[L.regions].rows
    .filter((r) => r.crossShare !== null)
    .sort((a, b) => b.crossTies - a.crossTies || a.region.localeCompare(b.region))
    .slice(0, 16);
  const brokers = rankOrder(ew.brokers, d.view.suite.nodes)
    .filter((i) => ew.brokers[i]! > 0)
    .slice(0, 10)
    .map((i) => ({ id: d.view.suite.nodes[i]!, value: ew.brokers[i]! }));
  const b = ew.baseline;
  return html`<div class="level" id="eastwest-${level}">
<h3>${n}. ${t(L.title)}</h3>
<p>${t('eastwest.sides', {
    east: t(L.east),
    eastPlaces: num(m('east'), ew.east, f.int(ew.east)),
    west: t(L.west),
    westPlaces: num(m('west'), ew.west, f.int(ew.west)),
    sided: num(m('sidedPartnerships'), ew.sidedEdges, f.int(ew.sidedEdges)),
    cross: num(m('crossTies'), ew.crossTies, f.int(ew.crossTies)),
    share: num(m('crossShare'), ew.crossShare, f.pct(ew.crossShare)),
    ei: num(m('eiIndex'), ew.eiIndex, f.fixed(ew.eiIndex, 3)),
  })}</p>
<p>${t('eastwest.baseline', {
    samples: f.int(b.samples),
    seed: String(b.seed),
    mean: num(m('baseline.mean'), b.mean, f.fixed(b.mean, 1)),
    sd: num(m('baseline.sd'), b.sd, f.fixed(b.sd, 2)),
    observed: f.int(b.observed),
    z: num(m('baseline.z'), b.z, f.fixed(b.z, 2)),
    verdict: t(baselineVerdict(b.z)),
  })}</p>
${
  ew.perYear.length > 0
    ? html`<figure>${yearChart(ew.perYear, text('eastwest.chartTitle', { level: text(L.title) }), locale)}<figcaption>${t('eastwest.chartCaption')}</figcaption></figure>`
    : html`<p class="note">${t('eastwest.noTimeline')}</p>`
}
<div><h4>${t(L.per)}</h4>
${
  regions.length === 0
    ? html`<p class="note">${t('eastwest.noRegion')}</p>`
    : html`<table><thead><tr><th>${t(L.head)}</th><th class="n">${t('eastwest.partnerships')}</th><th class="n">${t('eastwest.crossTies')}</th><th class="n">${t('eastwest.share')}</th><th class="n">E-I</th></tr></thead><tbody>
${regions.map((r) => {
  const ei = eiOf.get(r.region)?.ei;
  return html`<tr><td>${regionName(L.regions, r.region, lang)} <span class="code">${r.region}</span></td><td class="n">${f.int(r.partnerships)}</td><td class="n">${f.int(r.crossTies)}</td><td class="n">${f.pct(r.crossShare)}</td><td class="n">${f.fixed(ei !== undefined && Number.isFinite(ei) ? ei : null, 2)}</td></tr>`;
})}</tbody></table>`
}</div>
<div class="brokers"><h4>${t('eastwest.brokers')}</h4>
${
  brokers.length === 0
    ? html`<p class="note">${t('eastwest.noBrokers')}</p>`
    : html`<table><thead><tr><th>#</th><th>${t('eastwest.town')}</th><th></th><th class="n">${t('eastwest.brokerage')}</th></tr></thead><tbody>
${brokers.map((br, i) => {
  const p = place(d.view, br.id);
  return html`<tr data-id="${br.id}"><td class="rank">${i + 1}</td><td>${p.name}</td><td class="code">${p.country ?? ''}</td><td class="n">${num(`${m('brokers')}.${i + 1}`, br.value, f.fixed(br.value, 4))}</td></tr>`;
})}</tbody></table>
<p class="note">${t('eastwest.brokersNote')}</p>`
}</div>
</div>`;
}

export function eastwestSection(d: ReportData, locale: Locale, n: number): SafeHtml {
  return html`<section id="eastwest">
<h2>${n}. ${locale.t('eastwest.title')}</h2>
<p>${locale.t('eastwest.intro')}</p>
${levelBlock(d, locale, 'germany', d.view.suite.eastwest.germany, `${n}.1`)}
${levelBlock(d, locale, 'europe', d.view.suite.eastwest.europe, `${n}.2`)}
</section>`;
}
