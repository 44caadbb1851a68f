/** Section 3: Louvain communities, and how far they follow countries and Europe's old blocs. */
import { html, num, type SafeHtml } from '../html.ts';
import type { Locale } from '../i18n/locale.ts';
import { countryName } from '../names.ts';
import type { ReportData } from '../report-data.ts';

export function communitiesSection(d: ReportData, { t, f, lang }: Locale, n: number, top = 15): SafeHtml {
  const c = d.view.suite.communities;
  const nodes = d.view.suite.summary.nodes;
  const rows = c.profiles.slice(0, top).map(
    (
      p,
    ) => html`<tr><td class="n">${p.id}</td><td class="n">${f.int(p.size)}</td><td class="n">${nodes > 0 ? f.pct(p.size / nodes) : '–'}</td>
<td class="nowrap">${p.topCountries.slice(0, 3).map((c, i) => html`${i > 0 ? ', ' : ''}<span class="nowrap" title="${countryName(c.country, lang)}">${c.country} ${f.int(c.count)}</span>`)}</td>
<td class="n">${f.pct(p.germany.eastShare, 0)}</td><td class="n">${f.pct(p.europe.eastShare, 0)}</td>
<td>${p.topTowns.slice(0, 3).map((town, i) => html`${i > 0 ? ', ' : ''}${town.name}`)}</td></tr>`,
  );
  const follows = (v: number) => t(v >= 0.5 ? 'communities.closely' : v >= 0.25 ? 'communities.partly' : 'communities.hardly');
  return html`<section id="communities">
<h2>${n}. ${t('communities.title')}</h2>
<p>${t('communities.intro', {
    resolution: num('communities.resolution', c.resolution, f.fixed(c.resolution, 2)),
    seed: num('communities.seed', c.seed, String(c.seed)),
    count: num('communities.count', c.count, f.int(c.count)),
    modularity: num('communities.modularity', c.modularity, f.fixed(c.modularity, 4)),
    nmiCountry: num('communities.nmiCountry', c.nmiCountry, f.fixed(c.nmiCountry, 3)),
    nmiBloc: num('communities.nmiBloc', c.nmiBloc, f.fixed(c.nmiBloc, 3)),
    countries: follows(c.nmiCountry),
    blocs: follows(c.nmiBloc),
    stability: num('communities.stability', c.stability.meanNmi, f.fixed(c.stability.meanNmi, 3)),
    seeds: c.stability.seeds.join(', ') || '–',
  })}</p>
<table>
<thead><tr><th class="n">${t('communities.community')}</th><th class="n">${t('communities.size')}</th><th class="n">${t('communities.share')}</th><th>${t('communities.topCountries')}</th><th class="n">${t('communities.eastGermany')}</th><th class="n">${t('communities.eastEurope')}</th><th>${t('communities.topTowns')}</th></tr></thead>
<tbody>${rows}</tbody>
</table>
${c.profiles.length > top ? html`<p class="note">${t('communities.largest', { top: String(top), count: f.int(c.profiles.length) })}</p>` : ''}
<p class="note">${t('communities.eastNote')}</p>
</section>`;
}
