/** Section 3: Louvain communities, and how far they follow countries and Europe's old blocs. */
import { fmt, fmtInt, html, num, pct, type SafeHtml } from '../html.ts';
import { countryName } from '../names.ts';
import type { ReportData } from '../report-data.ts';

export function communitiesSection(d: ReportData, top = 15): SafeHtml {
  const c = d.view.suite.communities;
  const n = d.view.suite.summary.nodes;
  const rows = c.profiles.slice(0, top).map(
    (p) => html`<tr><td class="n">${p.id}</td><td class="n">${fmtInt(p.size)}</td><td class="n">${n > 0 ? pct(p.size / n) : '–'}</td>
<td class="nowrap">${p.topCountries.slice(0, 3).map((t, i) => html`${i > 0 ? ', ' : ''}<span class="nowrap" title="${countryName(t.country)}">${t.country} ${fmtInt(t.count)}</span>`)}</td>
<td class="n">${pct(p.germany.eastShare, 0)}</td><td class="n">${pct(p.europe.eastShare, 0)}</td>
<td>${p.topTowns.slice(0, 3).map((t, i) => html`${i > 0 ? ', ' : ''}${t.name}`)}</td></tr>`,
  );
  const nmiWords = (v: number) => (v >= 0.5 ? 'closely' : v >= 0.25 ? 'partly' : 'hardly');
  return html`<section id="communities">
<h2>3. Communities</h2>
<p>Louvain (resolution ${num('communities.resolution', c.resolution, fmt(c.resolution, 2))}, seed ${num('communities.seed', c.seed, String(c.seed))}) finds
${num('communities.count', c.count, fmtInt(c.count))} communities with modularity ${num('communities.modularity', c.modularity, fmt(c.modularity, 4))}.
Their agreement with countries is NMI ${num('communities.nmiCountry', c.nmiCountry, fmt(c.nmiCountry, 3))} and with Europe's blocs NMI ${num('communities.nmiBloc', c.nmiBloc, fmt(c.nmiBloc, 3))}
(0: independent, 1: identical): the communities follow countries ${nmiWords(c.nmiCountry)}, and the old blocs ${nmiWords(c.nmiBloc)}.
Stability: mean NMI ${num('communities.stability', c.stability.meanNmi, fmt(c.stability.meanNmi, 3))} between this partition and those of seeds ${c.stability.seeds.join(', ') || '–'}.</p>
<table>
<thead><tr><th class="n">Community</th><th class="n">Size</th><th class="n">Share</th><th>Top countries</th><th class="n">East (DE)</th><th class="n">East (Europe)</th><th>Best-connected towns</th></tr></thead>
<tbody>${rows}</tbody>
</table>
${c.profiles.length > top ? html`<p class="note">The ${top} largest of ${fmtInt(c.profiles.length)} communities; all at /api/communities.</p>` : ''}
<p class="note">East (DE): share of the community's German places (Berlin aside) in the former GDR. East (Europe): share of its European places with a bloc in the former Eastern bloc.</p>
</section>`;
}
