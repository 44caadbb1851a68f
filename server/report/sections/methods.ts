/**
 * Section 8: how every number was made, so that anyone can make it again: the data (version, a
 * SHA-256 of it as exported, the filters, the credits), the parameters and seeds, the definitions
 * with their references, the software and library versions, and the API calls and command that
 * give the same numbers. Parameter values are read from the analytics' own option schemas, so
 * this section cannot state a default the code does not use.
 */
import { optionsSchema as eigenvectorOptions } from '../../analytics/centrality/eigenvector.ts';
import { optionsSchema as pagerankOptions } from '../../analytics/centrality/pagerank.ts';
import { optionsSchema as rewiringOptions } from '../../analytics/eastwest/rewiring-baseline.ts';
import { optionsSchema as recommendOptions, WEIGHTS } from '../../analytics/recommend/recommendations.ts';
import { SuiteOptionsSchema } from '../../analytics/suite/full-suite.ts';
import { describeFilters } from '../../export/export-graph.ts';
import { fmtInt, html, type SafeHtml } from '../html.ts';
import type { ReportData } from '../report-data.ts';

const DEFINITIONS: [string, string][] = [
  ['Degree centrality', 'deg(v) / (n − 1), as NetworkX’s degree_centrality (Freeman 1978).'],
  [
    'Betweenness',
    'Σ over pairs s ≠ t ≠ v of σ_st(v) / σ_st, the share of shortest paths through v, scaled by 2 / ((n − 1)(n − 2)) as NetworkX (Brandes 2001). Sampled: k pivots drawn with the seed, scaled as NetworkX; error bound by Hoeffding’s inequality with a union bound over all nodes (Brandes & Pich 2007).',
  ],
  [
    'Closeness',
    '(r − 1) / Σ d(v, u) × (r − 1) / (n − 1), r the places v reaches: the Wasserman–Faust correction for disconnected graphs, NetworkX’s default (Freeman 1978; Wasserman & Faust 1994).',
  ],
  ['Harmonic closeness', 'Σ over u ≠ v of 1 / d(v, u), 1/∞ = 0, unnormalised (Boldi & Vigna 2014).'],
  [
    'PageRank',
    'Power iteration as NetworkX’s pagerank on the unweighted graph, each tie followed both ways, uniform teleport (Page et al. 1999).',
  ],
  ['Eigenvector centrality', 'Power iteration on A + I, L2-normalised, as NetworkX’s eigenvector_centrality (Bonacich 1987).'],
  [
    'Clustering',
    'Local: 2 T(v) / (d(v)(d(v) − 1)), 0 below degree 2; average: mean over all places; transitivity: 3 × triangles / connected triples (Watts & Strogatz 1998; Newman, Strogatz & Watts 2001).',
  ],
  [
    'Assortativity',
    'Degree: Pearson correlation of the degrees at the two ends of a tie; country and bloc: Newman’s r for a categorical attribute, a missing value a category of its own (Newman 2003).',
  ],
  [
    'Components, bridges, articulation points',
    'Connected components by breadth-first search; bridges and cut vertices by Tarjan’s low points in an iterative depth-first search (Tarjan 1974; Hopcroft & Tarjan 1973).',
  ],
  ['Diameter, average path length', 'Of the largest connected component, exact.'],
  [
    'How shortest paths are counted',
    'Betweenness, closeness, harmonic closeness, the distances and the brokers come from one sweep: a breadth-first search from every place of the 2-core, the trees of places hanging from it (towns with a single partner, and their partners’ partners) folded in exactly by counting (Brandes 2001; Baglioni et al. 2012; Sariyüce et al. 2013). The values are those of a search from every place.',
  ],
  [
    'Communities',
    'Louvain on the unweighted graph with the resolution and a seeded random order (Blondel et al. 2008); modularity with NetworkX’s definition at the same resolution (Newman & Girvan 2004; Reichardt & Bornholdt 2006).',
  ],
  [
    'NMI',
    'I(U; V) / ((H(U) + H(V)) / 2), scikit-learn’s default (Vinh, Epps & Bailey 2010); a place without a country or bloc is a class of its own. Stability: mean NMI to the partitions of the following seeds.',
  ],
  [
    'Cross ties',
    'Partnerships whose ends lie on different sides. Inside Germany: former GDR (Brandenburg, Mecklenburg-Vorpommern, Sachsen, Sachsen-Anhalt, Thüringen, East Berlin’s districts) against the former Federal Republic; Berlin as a whole on neither side. In Europe: Warsaw Pact and Soviet successor states and Albania against European NATO/EC members before 1990; neutral and non-European countries on neither side.',
  ],
  [
    'E-I index',
    '(E − I) / (E + I) over the ties with a side at both ends: E across, I within (Krackhardt & Stern 1988); per region over the ties with an end in it.',
  ],
  [
    'Random baseline',
    'Degree-preserving double-edge swaps (Maslov & Sneppen 2002; Milo et al. 2003), one seeded chain: a burn-in, then a sample at regular intervals; z = (observed − mean) / sd of the samples.',
  ],
  [
    'Brokers',
    'Betweenness over the shortest paths between an eastern and a western place only, as a share of such pairs not involving the town (Brandes 2008, betweenness with sources and targets).',
  ],
  [
    'Regions',
    'Municipalities of the region in the view, partnered ones, partnerships with an end there, partnership ends per municipality, per 100,000 inhabitants of the places with a known population, cross share over the region’s ties with a side at both ends.',
  ],
  [
    'Under-connected',
    'German states and districts: the exact Poisson (Garwood) 95 % interval of observed/expected partnership ends lies wholly below 1; expected from a Poisson GLM (quasi-Poisson errors when overdispersed) of each municipality’s partnerships on log population over all directory municipalities, with no East/West term (McCullagh & Nelder 1989). Countries: partnerships per place below the lower quartile (linear interpolation, NumPy’s default) of the countries with a minimum number of places.',
  ],
  [
    'Recommendations',
    'Places not yet linked, two steps away or among the nearest with coordinates, ranked by weighted proximity (Adamic & Adar 2003), geography, size similarity and crossing of the divide.',
  ],
];

export function methodsSection(d: ReportData): SafeHtml {
  const suiteDefaults = SuiteOptionsSchema.parse({});
  const rewiring = rewiringOptions.parse({});
  const pagerank = pagerankOptions.parse({});
  const eigen = eigenvectorOptions.parse({});
  const rec = recommendOptions.parse({});
  const o = d.options;
  const q = d.query ? `?${d.query}` : '';
  const amp = d.query ? `&${d.query}` : '';
  const c = d.credits;
  const rule = d.regions.state.rule;
  return html`<section id="methods">
<h2>9. Methods</h2>
<h3>Data</h3>
<table class="kv"><tbody>
<tr><th scope="row">Dataset version</th><td><span data-metric="dataset.version" data-value="${d.view.version}">${d.view.version}</span>${d.updatedAt ? `, updated ${d.updatedAt}` : ''}</td></tr>
<tr><th scope="row">Filters</th><td>${describeFilters(d.view.filters)}</td></tr>
<tr><th scope="row">SHA-256 of the data</th><td><code class="hash" data-metric="dataset.sha256">${d.dataHash.sha256}</code><br><span class="note">of the ${fmtInt(d.dataHash.bytes)} bytes of <code>GET ${d.dataHash.request}</code> (the graph and every attribute, without analysis results), e.g. <code>curl -s 'http://127.0.0.1:3000${d.dataHash.request}' | sha256sum</code> while the dataset is at this version.</span></td></tr>
</tbody></table>
<h4>Sources and licences</h4>
<p>${c.text}</p>
${
  c.datasets.length > 0
    ? html`<table><thead><tr><th>Imported dataset</th><th>Licence</th><th>Attribution</th><th class="n">Citations</th></tr></thead><tbody>${c.datasets.map((s) => html`<tr><td>${s.file ?? s.id}<br><span class="note">${s.format ?? ''}${s.sha256 ? html`, SHA-256 <code class="hash">${s.sha256}</code>` : ''}</span></td><td>${s.licence ?? 'not stated'}</td><td>${s.attribution ?? ''}</td><td class="n">${fmtInt(s.citations)}</td></tr>`)}</tbody></table>`
    : ''
}
${
  c.web.length > 0
    ? html`<table><thead><tr><th>Cited web site</th><th class="n">Pages</th><th class="n">Citations</th><th>Licence of the pages</th></tr></thead><tbody>${c.web.slice(0, 15).map((w) => html`<tr><td>${w.host}</td><td class="n">${fmtInt(w.urls)}</td><td class="n">${fmtInt(w.citations)}</td><td>${w.licence ? `${w.licence}${w.attribution ? `, ${w.attribution}` : ''}` : 'the page’s own'}</td></tr>`)}</tbody></table>${c.web.length > 15 ? html`<p class="note">And ${fmtInt(c.web.length - 15)} more sites; every URL is in the exports’ sources lists.</p>` : ''}`
    : ''
}
<p class="note">Map outlines: Natural Earth (public domain), via world-atlas.</p>
<h3>Parameters and seeds</h3>
<table class="kv"><tbody>
<tr><th scope="row">Louvain</th><td>resolution ${o.resolution}, seed ${o.seed}; stability against seeds ${o.seed + 1}–${o.seed + suiteDefaults.stabilitySeeds}</td></tr>
<tr><th scope="row">Betweenness</th><td>${o.betweenness === 'exact' ? 'exact (all sources)' : `sampled, k = ${o.k} pivots, seed ${o.seed}`}</td></tr>
<tr><th scope="row">PageRank</th><td>α = ${pagerank.alpha}, at most ${pagerank.maxIterations} iterations, tolerance ${pagerank.tolerance.toExponential()} × n</td></tr>
<tr><th scope="row">Eigenvector</th><td>at most ${eigen.maxIterations} iterations, tolerance ${eigen.tolerance.toExponential()} × n, scope ${eigen.scope}</td></tr>
<tr><th scope="row">Random baseline</th><td>${suiteDefaults.baselineSamples} samples, seed ${o.seed}, burn-in ${rewiring.burnIn} × m swaps, then one sample every ${rewiring.thin} × m attempted swaps (m = partnerships)</td></tr>
<tr><th scope="row">Under-connected</th><td>German levels: the ${Math.round(rule.confidence * 100)} % interval of observed/expected below 1; countries: below the ${Math.round(rule.quantile * 100)}th percentile of those with at least ${rule.minMunicipalities} places</td></tr>
<tr><th scope="row">Recommendations</th><td>weights proximity ${WEIGHTS.proximity}, geography ${WEIGHTS.geography}, size ${WEIGHTS.size}, crossing ${WEIGHTS.crossing}; candidates two steps away and the ${rec.nearby} nearest</td></tr>
</tbody></table>
<h3>Definitions</h3>
<dl class="definitions">${DEFINITIONS.map(([term, def]) => html`<dt>${term}</dt><dd>${def}</dd>`)}</dl>
<h3>Software</h3>
<p>${d.generator}, ${d.runtime}. Libraries: ${d.libraries.map((l, i) => html`${i > 0 ? ', ' : ''}${l.name} ${l.version}`)}. Louvain is graphology-communities-louvain’s; every other analysis runs in the project’s own code (server/analytics), checked against NetworkX; NetworkX is not needed to run it.</p>
<h3>Reproducing each number</h3>
<p>The API of the same service answers every number of this report for the same dataset version and parameters:</p>
<ul class="calls">
<li>Summary: <code>GET /api/structure${q}</code></li>
<li>Rankings: <code>GET /api/metrics/centrality?measure=betweenness${amp}</code> (and degree, closeness, harmonic, pagerank, eigenvector)</li>
<li>Communities: <code>GET /api/communities${q}</code></li>
<li>East-west bridges: <code>GET /api/bridges/east-west?level=germany${amp}</code> and <code>level=europe</code></li>
<li>Regions: <code>GET /api/regions?level=state${amp}</code> (country, district) and <code>/api/regions/under-connected</code></li>
<li>Recommendations: <code>GET /api/recommendations/&lt;id&gt;?limit=5${amp}</code></li>
<li>The graph with every result per place: <code>GET /api/export?format=gexf${amp}</code> (graphml, csv, json)</li>
<li>This report: <code>GET /api/report?format=pdf${amp}</code>, or <code>npm run report -- --format pdf --out report.pdf</code> with the same options</li>
</ul>
</section>`;
}
