/** Section 6: candidate partners for the least-connected municipalities of the under-connected regions (as /api/recommendations/:id). */
import { WEIGHTS } from '../../analytics/recommend/recommendations.ts';
import { fmt, fmtInt, html, type SafeHtml } from '../html.ts';
import { regionName } from '../names.ts';
import type { ReportData } from '../report-data.ts';

export function recommendationsSection(d: ReportData): SafeHtml {
  const r = d.recommendations;
  const blocks = r.blocks.map(
    (b) => html`<div class="recommendation" data-id="${b.municipality.id}">
<h3>${b.municipality.name} <span class="code">${b.municipality.country ?? ''}</span></h3>
<p class="note">${regionName(b.level, b.region)}: ${fmt(b.regionPerMunicipality, 2)} partnerships per municipality. ${b.municipality.name} has ${fmtInt(b.municipality.partnerships)} partnership${b.municipality.partnerships === 1 ? '' : 's'}${b.municipality.population ? `, ${fmtInt(b.municipality.population)} inhabitants` : ''}.</p>
${
  b.items.length === 0
    ? html`<p class="note">No candidate found.</p>`
    : html`<table><thead><tr><th>#</th><th>Candidate</th><th></th><th class="n">Score</th><th class="n">Shared partners</th><th class="n">Distance</th><th class="n">Proximity</th><th class="n">Geography</th><th class="n">Size</th><th class="n">Crossing</th></tr></thead><tbody>
${b.items.map(
  (c, i) =>
    html`<tr><td class="rank">${i + 1}</td><td>${c.name}</td><td class="code">${c.country ?? ''}</td><td class="n">${fmt(c.score, 3)}</td><td class="n">${fmtInt(c.parts.sharedPartners)}</td><td class="n">${c.parts.distanceKm === null ? '–' : `${fmtInt(c.parts.distanceKm)} km`}</td><td class="n">${fmt(c.parts.proximity, 2)}</td><td class="n">${fmt(c.parts.geography, 2)}</td><td class="n">${fmt(c.parts.size, 2)}</td><td class="n">${c.parts.crossing ? 'yes' : ''}</td></tr>`,
)}</tbody></table>`
}
</div>`,
  );
  return html`<section id="recommendations">
<h2>6. Recommendations for the most under-connected</h2>
<p>${r.rule}</p>
<p class="note">Score = ${WEIGHTS.proximity} × proximity (Adamic–Adar over shared partners, scaled to the best candidate) + ${WEIGHTS.geography} × geography (1 / (1 + distance / 500 km)) + ${WEIGHTS.size} × size similarity (log population) + ${WEIGHTS.crossing} × crossing (1 when the candidate lies on the other side of the divide); weights fitted by hiding 10 % of the partnerships and ranking them back (<code>npm run bench -- recommend</code>). Places of the same country are not proposed, except German places across the former inner-German border.</p>
${blocks.length > 0 ? blocks : html`<p class="note">No under-connected region, so no recommendation.</p>`}
</section>`;
}
