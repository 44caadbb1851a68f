/** Section 1: the size and shape of the network, and what the filters left out. */
import { describeFilters } from '../../export/export-graph.ts';
import { html, num, type SafeHtml } from '../html.ts';
import { AUTHORED } from '../../graph/coverage.ts';
import type { Locale, PlainKey } from '../i18n/locale.ts';
import type { ReportData } from '../report-data.ts';

export function summarySection(d: ReportData, locale: Locale, n: number): SafeHtml {
  const { t, f } = locale;
  const s = d.view.suite.summary;
  const lo = d.view.leftOut;
  const leftOut =
    lo.partnerships.type + lo.partnerships.undated + lo.partnerships.outOfRange + lo.partnerships.ended + lo.partnerships.place;
  const municipalities = lo.municipalities.withoutPartnership + lo.municipalities.belowMinDegree;
  const row = (label: PlainKey, metric: string, value: number | null, shown: string, note: SafeHtml | string = '') =>
    html`<tr><th scope="row">${t(label)}</th><td>${num(metric, value, shown)}</td><td class="note">${note}</td></tr>`;
  return html`<section id="summary">
<h2>${n}. ${t('summary.title')}</h2>
<p>${t('summary.filters', { filters: describeFilters(d.view.filters, locale.lang) })} ${
    leftOut > 0 || municipalities > 0
      ? t('summary.leftOut', {
          partnerships: f.int(leftOut),
          type: f.int(lo.partnerships.type),
          undated: f.int(lo.partnerships.undated),
          outOfRange: f.int(lo.partnerships.outOfRange),
          ended: f.int(lo.partnerships.ended),
          place: f.int(lo.partnerships.place),
          municipalities: f.int(municipalities),
        })
      : t('summary.nothingLeftOut')
  }</p>
${coverageParagraph(d, locale)}
<table class="kv">
<tbody>
${row('summary.nodes', 'summary.nodes', s.nodes, f.int(s.nodes))}
${row('summary.edges', 'summary.edges', s.edges, f.int(s.edges))}
${row('summary.density', 'summary.density', s.density, f.fixed(s.density, 5), '2m / (n (n − 1))')}
${row('summary.components', 'summary.components', s.components, f.int(s.components))}
${row('summary.largestComponent', 'summary.largestComponent', s.largestComponent, f.int(s.largestComponent), s.nodes > 0 ? t('summary.largestComponentNote', { share: f.pct(s.largestComponent / s.nodes) }) : '')}
${row('summary.averageClustering', 'summary.averageClustering', s.averageClustering, f.fixed(s.averageClustering, 4), t('summary.averageClusteringNote'))}
${row('summary.transitivity', 'summary.transitivity', s.transitivity, f.fixed(s.transitivity, 4), t('summary.transitivityNote'))}
${row('summary.degreeAssortativity', 'summary.degreeAssortativity', s.degreeAssortativity, f.fixed(s.degreeAssortativity, 4), t('summary.degreeAssortativityNote'))}
${row('summary.countryAssortativity', 'summary.countryAssortativity', s.countryAssortativity, f.fixed(s.countryAssortativity, 4), t('summary.countryAssortativityNote'))}
${row('summary.blocAssortativity', 'summary.blocAssortativity', s.blocAssortativity, f.fixed(s.blocAssortativity, 4), t('summary.blocAssortativityNote'))}
${row('summary.bridges', 'summary.bridges', s.bridges, f.int(s.bridges), t('summary.bridgesNote'))}
${row('summary.articulationPoints', 'summary.articulationPoints', s.articulationPoints, f.int(s.articulationPoints), t('summary.articulationPointsNote'))}
${row('summary.diameter', 'summary.diameter', s.diameter, f.int(s.diameter), t('summary.diameterNote'))}
${row('summary.averagePathLength', 'summary.averagePathLength', s.averagePathLength, f.fixed(s.averagePathLength, 3))}
</tbody>
</table>
</section>`;
}

/** What each source covers, and how many partnerships have a known founding year. */
function coverageParagraph(d: ReportData, { t, f }: Locale): SafeHtml {
  const c = d.coverage;
  const label = (source: string): SafeHtml | string => {
    if (source === AUTHORED) return t('summary.authored');
    const dataset = d.credits.datasets.find((x) => x.id === source);
    return dataset?.file ?? source;
  };
  const parts = c.bySource.map((s) =>
    t('summary.coverageSource', {
      source: label(s.source),
      partnerships: f.int(s.partnerships),
      withYear: f.int(s.withYear),
      places: f.int(s.places),
    }),
  );
  return html`<p id="coverage">${t('summary.coverage', {
    withYear: f.int(c.withYear),
    partnerships: f.int(c.partnerships),
    share: f.pct(c.share),
    sources: join(parts),
  })}</p>`;
}

function join(parts: SafeHtml[]): SafeHtml {
  return parts.reduce<SafeHtml>((acc, p, i) => (i === 0 ? p : html`${acc}; ${p}`), html``);
}
