/** Section 1: the size and shape of the network, and what the filters left out. */
import { describeFilters } from '../../export/export-graph.ts';
import { fmt, fmtInt, html, num, pct, type SafeHtml } from '../html.ts';
import { AUTHORED } from '../../graph/coverage.ts';
import type { ReportData } from '../report-data.ts';

export function summarySection(d: ReportData): SafeHtml {
  const s = d.view.suite.summary;
  const lo = d.view.leftOut;
  const leftOut =
    lo.partnerships.type + lo.partnerships.undated + lo.partnerships.outOfRange + lo.partnerships.ended + lo.partnerships.place;
  const row = (label: string, metric: string, value: number | null, shown: string, note = '') =>
    html`<tr><th scope="row">${label}</th><td>${num(metric, value, shown)}</td><td class="note">${note}</td></tr>`;
  return html`<section id="summary">
<h2>1. Summary</h2>
<p>Filters: ${describeFilters(d.view.filters)}. ${
    leftOut > 0 || lo.municipalities.withoutPartnership + lo.municipalities.belowMinDegree > 0
      ? html`Left out by them: ${fmtInt(leftOut)} partnerships (type ${fmtInt(lo.partnerships.type)}, undated ${fmtInt(lo.partnerships.undated)}, out of the year range ${fmtInt(lo.partnerships.outOfRange)}, ended ${fmtInt(lo.partnerships.ended)}, place ${fmtInt(lo.partnerships.place)}) and ${fmtInt(lo.municipalities.withoutPartnership + lo.municipalities.belowMinDegree)} municipalities.`
      : 'Nothing was left out.'
  }</p>
${coverageParagraph(d)}
<table class="kv">
<tbody>
${row('Municipalities (nodes)', 'summary.nodes', s.nodes, fmtInt(s.nodes))}
${row('Partnerships (edges)', 'summary.edges', s.edges, fmtInt(s.edges))}
${row('Density', 'summary.density', s.density, fmt(s.density, 5), '2m / (n (n − 1))')}
${row('Connected components', 'summary.components', s.components, fmtInt(s.components))}
${row('Largest component', 'summary.largestComponent', s.largestComponent, fmtInt(s.largestComponent), s.nodes > 0 ? `${pct(s.largestComponent / s.nodes)} of the municipalities` : '')}
${row('Average clustering', 'summary.averageClustering', s.averageClustering, fmt(s.averageClustering, 4), 'mean local clustering, zeros included')}
${row('Transitivity', 'summary.transitivity', s.transitivity, fmt(s.transitivity, 4), '3 × triangles / connected triples')}
${row('Degree assortativity', 'summary.degreeAssortativity', s.degreeAssortativity, fmt(s.degreeAssortativity, 4), 'do well-connected towns twin with well-connected towns?')}
${row('Country assortativity', 'summary.countryAssortativity', s.countryAssortativity, fmt(s.countryAssortativity, 4), 'ties inside a country (1) or across (−)')}
${row('Bloc assortativity', 'summary.blocAssortativity', s.blocAssortativity, fmt(s.blocAssortativity, 4), 'ties inside a side of the old divide')}
${row('Bridges', 'summary.bridges', s.bridges, fmtInt(s.bridges), 'partnerships whose loss splits a component')}
${row('Articulation points', 'summary.articulationPoints', s.articulationPoints, fmtInt(s.articulationPoints), 'towns whose loss splits a component')}
${row('Diameter (largest component)', 'summary.diameter', s.diameter, fmtInt(s.diameter), 'longest shortest path, in partnerships')}
${row('Average path length (largest component)', 'summary.averagePathLength', s.averagePathLength, fmt(s.averagePathLength, 3))}
</tbody>
</table>
</section>`;
}

/** What each source covers, and how many partnerships have a known founding year. */
function coverageParagraph(d: ReportData): SafeHtml {
  const c = d.coverage;
  const label = (source: string) => {
    if (source === AUTHORED) return 'the project’s own seeds and edits';
    const dataset = d.credits.datasets.find((x) => x.id === source);
    return dataset?.file ?? source;
  };
  const parts = c.bySource.map(
    (s) =>
      html`${label(s.source)}: ${fmtInt(s.partnerships)} partnerships (${fmtInt(s.withYear)} with a founding year) and ${fmtInt(s.places)} places`,
  );
  return html`<p id="coverage">Founding years are known for <strong>${fmtInt(c.withYear)} of ${fmtInt(c.partnerships)} partnerships (${pct(c.share)})</strong>; figures by year describe that dated part only. What each source covers: ${join(parts)}.</p>`;
}

function join(parts: SafeHtml[]): SafeHtml {
  return parts.reduce<SafeHtml>((acc, p, i) => (i === 0 ? p : html`${acc}; ${p}`), html``);
}
