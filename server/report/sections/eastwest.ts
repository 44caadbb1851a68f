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
import { fmt, fmtInt, html, num, pct, type SafeHtml } from '../html.ts';
import { place, regionName } from '../names.ts';
import type { ReportData } from '../report-data.ts';

const LEVELS = {
  germany: {
    title: 'Inside Germany: the former inner-German border',
    east: 'former GDR (East Berlin included via its districts)',
    west: 'former Federal Republic',
    regions: 'state' as const,
    regionTitle: 'State',
  },
  europe: {
    title: 'In Europe: the former Eastern bloc and the West',
    east: 'former Eastern bloc',
    west: 'West (NATO/EC members before 1990)',
    regions: 'country' as const,
    regionTitle: 'Country',
  },
};

function baselineWords(z: number | null): string {
  if (z === null || !Number.isFinite(z)) return 'The random baseline has no spread (no swap possible), so no z-score.';
  const a = Math.abs(z);
  const how = a < 2 ? 'about as many cross ties as' : z < 0 ? 'fewer cross ties than' : 'more cross ties than';
  return `The network has ${how} random rewiring that keeps each town's number of partners would give${a >= 2 ? ` (|z| ≥ 2${a >= 3 ? ', well beyond chance' : ''})` : ''}.`;
}

function levelBlock(d: ReportData, level: Divide, ew: EastWest, n: number): SafeHtml {
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
<h3>${n}. ${L.title}</h3>
<p>East: ${L.east}, ${num(m('east'), ew.east, fmtInt(ew.east))} places; west: ${L.west}, ${num(m('west'), ew.west, fmtInt(ew.west))} places.
Of the ${num(m('sidedPartnerships'), ew.sidedEdges, fmtInt(ew.sidedEdges))} partnerships with a side at both ends,
${num(m('crossTies'), ew.crossTies, fmtInt(ew.crossTies))} cross the divide (${num(m('crossShare'), ew.crossShare, pct(ew.crossShare))});
E-I index ${num(m('eiIndex'), ew.eiIndex, fmt(ew.eiIndex, 3))} (−1: all ties within a side, +1: all across).</p>
<p><strong>Random baseline.</strong> Over ${b.samples} degree-preserving rewirings (seed ${b.seed}): mean ${num(m('baseline.mean'), b.mean, fmt(b.mean, 1))} cross ties,
standard deviation ${num(m('baseline.sd'), b.sd, fmt(b.sd, 2))}; observed ${fmtInt(b.observed)}, z = ${num(m('baseline.z'), b.z, fmt(b.z, 2))}. ${baselineWords(b.z)}</p>
${
  ew.perYear.length > 0
    ? html`<figure>${yearChart(ew.perYear, `Cross ties per founding year: ${L.title}`)}<figcaption>Partnerships per founding year, both ends with a side (undated ones are not shown).</figcaption></figure>`
    : html`<p class="note">No partnership here has both a founding year and a side at both ends, so there is no timeline to draw.</p>`
}
<div><h4>Per ${L.regionTitle.toLowerCase()}</h4>
${
  regions.length === 0
    ? html`<p class="note">No region has a partnership with a side at both ends.</p>`
    : html`<table><thead><tr><th>${L.regionTitle}</th><th class="n">Partnerships</th><th class="n">Cross ties</th><th class="n">Share</th><th class="n">E-I</th></tr></thead><tbody>
${regions.map((r) => {
  const ei = eiOf.get(r.region)?.ei;
  return html`<tr><td>${regionName(L.regions, r.region)} <span class="code">${r.region}</span></td><td class="n">${fmtInt(r.partnerships)}</td><td class="n">${fmtInt(r.crossTies)}</td><td class="n">${pct(r.crossShare)}</td><td class="n">${fmt(ei !== undefined && Number.isFinite(ei) ? ei : null, 2)}</td></tr>`;
})}</tbody></table>`
}</div>
<div class="brokers"><h4>Brokers</h4>
${
  brokers.length === 0
    ? html`<p class="note">No town lies on a shortest path between the sides.</p>`
    : html`<table><thead><tr><th>#</th><th>Town</th><th></th><th class="n">Brokerage</th></tr></thead><tbody>
${brokers.map((br, i) => {
  const p = place(d.view, br.id);
  return html`<tr data-id="${br.id}"><td class="rank">${i + 1}</td><td>${p.name}</td><td class="code">${p.country ?? ''}</td><td class="n">${num(`${m('brokers')}.${i + 1}`, br.value, fmt(br.value, 4))}</td></tr>`;
})}</tbody></table>
<p class="note">Share of the east-west pairs of places whose shortest paths run through the town.</p>`
}</div>
</div>`;
}

export function eastwestSection(d: ReportData): SafeHtml {
  return html`<section id="eastwest">
<h2>4. East-west bridges</h2>
<p>Cross ties are partnerships whose two ends lie on different sides of a divide; places without a side (abroad for the inner-German divide; neutral or non-European for the European one; Berlin as a whole) are left out of the counts.</p>
${levelBlock(d, 'germany', d.view.suite.eastwest.germany, 4.1)}
${levelBlock(d, 'europe', d.view.suite.eastwest.europe, 4.2)}
</section>`;
}
