/**
 * Section 5: partnerships per country, German state and district, with the under-connected ones
 * and the rule that flags them, what the counts cover, and the maps of states and districts by
 * observed/expected (charts/choropleth.ts, the client's map). Same tables as /api/regions and
 * /api/regions/under-connected.
 */
import { choropleth, type RegionFigure } from '../../../charts/choropleth.ts';
import type { RegionsResult } from '../../analytics/regions/regions.ts';
import type { RegionGeometry, RegionRow } from '../../../contract/api/regions.ts';
import type { RegionLevel } from '../../../contract/vocabularies.ts';
import { fmt, fmtInt, html, num, pct, type SafeHtml } from '../html.ts';
import { regionName } from '../names.ts';
import type { ReportData } from '../report-data.ts';

const TITLES: Record<RegionLevel, { title: string; plural: string; divide: string }> = {
  country: { title: 'Countries', plural: 'countries', divide: 'Europe’s blocs' },
  state: { title: 'German states', plural: 'states', divide: 'the inner-German border' },
  district: { title: 'German districts', plural: 'districts', divide: 'the inner-German border' },
};

const HEAD: Record<RegionLevel, string> = { country: 'Country', state: 'State', district: 'District' };

function table(level: RegionLevel, rows: RegionRow[]): SafeHtml {
  return html`<table class="regions"><thead><tr><th class="n">Rank</th><th>${HEAD[level]}</th><th class="n">Places</th><th class="n">Partnered</th><th class="n">Partner&shy;ships</th><th class="n">Per place</th><th class="n">Per 100k</th><th class="n">Cross share</th><th class="flag">Under-connected</th></tr></thead>
<tbody>${rows.map(
    (r) =>
      html`<tr${r.underConnected ? html` class="under"` : ''}><td class="n">${r.rank}</td><td>${regionName(level, r.region)}${level !== 'district' ? html` <span class="code">${r.region}</span>` : ''}</td><td class="n">${fmtInt(r.municipalities)}</td><td class="n">${fmtInt(r.partnered)}</td><td class="n">${fmtInt(r.partnerships)}</td><td class="n">${fmt(r.perMunicipality, 2)}</td><td class="n">${fmt(r.per100k, 1)}</td><td class="n">${pct(r.crossShare)}</td><td class="flag">${r.underConnected ? 'yes' : ''}</td></tr>`,
  )}</tbody></table>`;
}

function levelBlock(level: RegionLevel, result: RegionsResult, full: boolean, cap: number): SafeHtml {
  const under = result.rows.filter((r) => r.underConnected).sort((a, b) => a.perMunicipality - b.perMunicipality);
  const t = TITLES[level];
  const shown = full ? result.rows : under.slice(0, cap);
  return html`<div class="level" id="regions-${level}">
<h3>${t.title}</h3>
<p class="rule">${result.rule.text} ${num(`regions.${level}.underConnected`, under.length, fmtInt(under.length))} of ${fmtInt(result.rows.length)} ${t.plural} are under-connected. Cross share: over ${t.divide}.</p>
${shown.length > 0 ? table(level, shown) : html`<p class="note">None.</p>`}
${!full && under.length > cap ? html`<p class="note">The ${cap} least connected of ${fmtInt(under.length)}; all at /api/regions/under-connected?level=${level}.</p>` : ''}
${full ? '' : html`<p class="note">${under.length > 0 ? 'Only the under-connected are listed here' : 'No region is under-connected'}; the full table of ${fmtInt(result.rows.length)} ${t.plural} is at /api/regions?level=${level}.</p>`}
</div>`;
}

const MAP = { width: 340, height: 460 } as const;

/** One level's map with its legend; coloured by observed/expected, or (no region has one) by partnerships per municipality. */
function regionMap(level: 'state' | 'district', result: RegionsResult, geometry: RegionGeometry, outline?: RegionGeometry): SafeHtml {
  const figure: RegionFigure = result.rows.some((r) => r.ratio !== null) ? 'ratio' : 'perMunicipality';
  const figureName = figure === 'ratio' ? 'Observed/expected partnerships' : 'Partnership ends per municipality';
  const map = choropleth({
    geometry,
    rows: result.rows,
    figure,
    ...MAP,
    id: `report-${level}`,
    titles: true,
    ...(outline ? { outline } : {}),
    labels: {
      title: `German ${TITLES[level].plural} by ${figureName.toLowerCase()}`,
      figure: figureName,
      noValue: 'no value',
      underConnected: 'under-connected (hatched)',
      format: (v) => fmt(v, figure === 'ratio' || v < 10 ? 2 : 1),
    },
  });
  const under = result.rows.filter((r) => r.underConnected).length;
  return html`<figure class="region-map" id="map-${level}" data-level="${level}" data-figure="${figure}">
${map.svg}
${map.legend}
<figcaption>${TITLES[level].title}: ${figureName.toLowerCase()}${figure === 'ratio' ? ' (red below 1, blue above; classes symmetric around 1)' : ', in quantile classes (no region has an expected value under these filters)'}; ${fmtInt(under)} under-connected ${under === 1 ? 'region is' : 'regions are'} hatched and outlined; grey: no value${map.unmapped.length > 0 ? `; without a boundary: ${map.unmapped.join(', ')}` : ''}.</figcaption>
</figure>`;
}

function maps(d: ReportData): SafeHtml {
  return html`<div class="region-maps">
${regionMap('state', d.regions.state, d.geometry.state)}
${regionMap('district', d.regions.district, d.geometry.district, d.geometry.state)}
</div>
<p class="note">Boundaries: ${d.geometry.state.attribution}, ${d.geometry.state.licence}. Albers equal-area projection; quantile classes (observed/expected: classes symmetric around 1 on the log scale); colours from ColorBrewer (RdBu, YlGnBu), as in the client’s regions map.</p>`;
}

export function regionsSection(d: ReportData): SafeHtml {
  const top = [...d.regions.country.rows].slice(0, 15);
  return html`<section id="regions">
<h2>5. Regions</h2>
<p>For each region: its municipalities in the view, those with at least one partnership, the partnerships with an end there (a tie inside the region once), partnership ends per municipality (the mean degree), per 100,000 inhabitants where populations are known, and the share of its ties that cross the divide.
German states and districts count every municipality of the Destatis directory; a German region is <strong>under-connected</strong> when the 95 % interval of its observed/expected partnerships (expected from its municipalities’ populations by the count model; exact Poisson interval) lies wholly below 1. Countries, which are not normalised, are under-connected below the lower quartile of the partnerships per municipality of the countries with at least ${d.regions.country.rule.minMunicipalities} places.</p>
<p class="note coverage" id="regions-coverage">What the counts cover: ${d.regions.state.coverage.text} Countries: ${d.regions.country.coverage.basis}.</p>
${maps(d)}
${levelBlock('state', d.regions.state, true, 0)}
<div class="level" id="regions-country-top"><h3>Countries with the most partnerships per municipality</h3>${table('country', top)}</div>
${levelBlock('country', d.regions.country, false, 30)}
${levelBlock('district', d.regions.district, false, 30)}
</section>`;
}
