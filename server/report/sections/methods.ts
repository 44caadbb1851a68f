/**
 * Section 9: how every number was made, so that anyone can make it again: the data (version, a
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
import { creditText } from '../../export/credits.ts';
import { describeFilters } from '../../export/export-graph.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Locale, MessageKey } from '../i18n/locale.ts';
import type { ReportData } from '../report-data.ts';
import { DISTANCE_SCALE_KM } from '../../../contract/recommendation-weights.ts';

/** The definitions, in order: the term's key; its text is the key's `Text`. */
const DEFINITIONS = [
  'definition.degree',
  'definition.betweenness',
  'definition.closeness',
  'definition.harmonic',
  'definition.pagerank',
  'definition.eigenvector',
  'definition.clustering',
  'definition.assortativity',
  'definition.components',
  'definition.diameter',
  'definition.paths',
  'definition.communities',
  'definition.nmi',
  'definition.crossTies',
  'definition.ei',
  'definition.baseline',
  'definition.brokers',
  'definition.regions',
  'definition.underConnected',
  'definition.recommendations',
] as const satisfies readonly MessageKey[];

function sources(d: ReportData, { t, f, lang }: Locale): SafeHtml {
  const c = d.credits;
  return html`<h4>${t('methods.sources')}</h4>
<p>${creditText(c, d.generator, lang)}</p>
${
  c.datasets.length > 0
    ? html`<table><thead><tr><th>${t('methods.dataset')}</th><th>${t('methods.licence')}</th><th>${t('methods.attribution')}</th><th class="n">${t('methods.citations')}</th></tr></thead><tbody>${c.datasets.map((s) => html`<tr><td>${s.file ?? s.id}<br><span class="note">${s.format ?? ''}${s.sha256 ? html`, SHA-256 <code class="hash">${s.sha256}</code>` : ''}</span></td><td>${s.licence ?? t('methods.notStated')}</td><td>${s.attribution ?? ''}</td><td class="n">${f.int(s.citations)}</td></tr>`)}</tbody></table>`
    : ''
}
${
  c.web.length > 0
    ? html`<table><thead><tr><th>${t('methods.site')}</th><th class="n">${t('methods.pages')}</th><th class="n">${t('methods.citations')}</th><th>${t('methods.pagesLicence')}</th></tr></thead><tbody>${c.web.slice(0, 15).map((w) => html`<tr><td>${w.host}</td><td class="n">${f.int(w.urls)}</td><td class="n">${f.int(w.citations)}</td><td>${w.licence ? `${w.licence}${w.attribution ? `, ${w.attribution}` : ''}` : t('methods.pageOwn')}</td></tr>`)}</tbody></table>${c.web.length > 15 ? html`<p class="note">${t('methods.moreSites', { n: f.int(c.web.length - 15) })}</p>` : ''}`
    : ''
}
<p class="note">${t('methods.outlines')}</p>`;
}

function parameters(d: ReportData, { t, f }: Locale): SafeHtml {
  const suiteDefaults = SuiteOptionsSchema.parse({});
  const rewiring = rewiringOptions.parse({});
  const pagerank = pagerankOptions.parse({});
  const eigen = eigenvectorOptions.parse({});
  const rec = recommendOptions.parse({});
  const o = d.options;
  const rule = d.regions.state.rule;
  const row = (label: SafeHtml | string, value: SafeHtml) => html`<tr><th scope="row">${label}</th><td>${value}</td></tr>`;
  return html`<h3>${t('methods.parameters')}</h3>
<table class="kv"><tbody>
${row('Louvain', t('methods.louvain', { resolution: f.decimal(o.resolution), seed: String(o.seed), first: String(o.seed + 1), last: String(o.seed + suiteDefaults.stabilitySeeds) }))}
${row(t('methods.betweenness'), o.betweenness === 'exact' ? t('methods.betweennessExact') : t('methods.betweennessSampled', { k: f.int(o.k), seed: String(o.seed) }))}
${row('PageRank', t('methods.pagerank', { alpha: f.decimal(pagerank.alpha), iterations: f.int(pagerank.maxIterations), tolerance: pagerank.tolerance.toExponential() }))}
${row(t('methods.eigenvector'), t('methods.eigenvectorValue', { iterations: f.int(eigen.maxIterations), tolerance: eigen.tolerance.toExponential(), scope: eigen.scope }))}
${row(t('methods.baseline'), t('methods.baselineValue', { samples: f.int(suiteDefaults.baselineSamples), seed: String(o.seed), burnIn: f.decimal(rewiring.burnIn), thin: f.decimal(rewiring.thin) }))}
${row(
  t('methods.underConnected'),
  t('methods.underConnectedValue', {
    confidence: String(Math.round(rule.confidence * 100)),
    percentile: String(Math.round(rule.quantile * 100)),
    min: f.int(rule.minMunicipalities),
  }),
)}
${row(
  t('methods.recommendations'),
  t('methods.recommendationsValue', {
    proximity: f.decimal(WEIGHTS.proximity),
    geography: f.decimal(WEIGHTS.geography),
    scale: f.int(DISTANCE_SCALE_KM),
    size: f.decimal(WEIGHTS.size),
    crossing: f.decimal(WEIGHTS.crossing),
    nearby: f.int(rec.nearby),
  }),
)}
</tbody></table>`;
}

function reproduction(d: ReportData, { t }: Locale): SafeHtml {
  const query = d.query ? `?${d.query}` : '';
  const and = d.query ? `&${d.query}` : '';
  const calls = [
    t('methods.callSummary', { query }),
    t('methods.callRankings', { and }),
    t('methods.callCommunities', { query }),
    t('methods.callEastWest', { and }),
    t('methods.callRegions', { and }),
    t('methods.callRecommendations', { and }),
    t('methods.callExport', { and }),
    t('methods.callReport', { and }),
  ];
  return html`<h3>${t('methods.reproducing')}</h3>
<p>${t('methods.reproducingIntro')}</p>
<ul class="calls">
${calls.map(
  (call) => html`<li>${call}</li>
`,
)}</ul>`;
}

export function methodsSection(d: ReportData, locale: Locale, n: number): SafeHtml {
  const { t, f, lang } = locale;
  const version = html`<span data-metric="dataset.version" data-value="${d.view.version}">${d.view.version}</span>`;
  return html`<section id="methods">
<h2>${n}. ${t('methods.title')}</h2>
<h3>${t('methods.data')}</h3>
<table class="kv"><tbody>
<tr><th scope="row">${t('methods.version')}</th><td>${d.updatedAt ? t('methods.versionUpdated', { version, updated: f.date(d.updatedAt) }) : version}</td></tr>
<tr><th scope="row">${t('methods.filters')}</th><td>${describeFilters(d.view.filters, lang)}</td></tr>
<tr><th scope="row">${t('methods.hash')}</th><td><code class="hash" data-metric="dataset.sha256">${d.dataHash.sha256}</code><br><span class="note">${t('methods.hashNote', { bytes: f.int(d.dataHash.bytes), request: d.dataHash.request })}</span></td></tr>
</tbody></table>
${sources(d, locale)}
${parameters(d, locale)}
<h3>${t('methods.definitions')}</h3>
<dl class="definitions">${DEFINITIONS.map((term) => html`<dt>${t(term)}</dt><dd>${t(`${term}Text`)}</dd>`)}</dl>
<h3>${t('methods.software')}</h3>
<p>${t('methods.softwareText', {
    generator: d.generator,
    runtime: d.runtime,
    libraries: d.libraries.map((l) => `${l.name} ${l.version}`).join(', '),
  })}</p>
${reproduction(d, locale)}
</section>`;
}
