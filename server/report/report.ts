/**
 * The report as one self-contained HTML document (no script, no external resource: styles and
 * SVG figures inline), laid out for the screen and for print: A4 pages, tables whose rows do not
 * split, headings kept with what follows. Chromium prints it to PDF (pdf.ts).
 */
import { describeFilters } from '../export/export-graph.ts';
import { fmtInt, html, trusted, type SafeHtml } from './html.ts';
import type { ReportData } from './report-data.ts';
import { communitiesSection } from './sections/communities.ts';
import { eastwestSection } from './sections/eastwest.ts';
import { evolutionSection } from './sections/evolution.ts';
import { methodsSection } from './sections/methods.ts';
import { networkSection } from './sections/network.ts';
import { rankingsSection } from './sections/rankings.ts';
import { recommendationsSection } from './sections/recommendations.ts';
import { regionsSection } from './sections/regions.ts';
import { summarySection } from './sections/summary.ts';

const CSS = `
@page { size: A4; margin: 16mm 14mm 18mm 14mm; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Noto Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #1d1d1d; max-width: 190mm; margin: 0 auto; padding: 8mm 4mm; }
h1 { font-size: 20pt; margin: 0 0 2mm; }
h2 { font-size: 14pt; margin: 8mm 0 3mm; border-bottom: 1px solid #999; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 5mm 0 2mm; break-after: avoid; }
h4 { font-size: 10pt; margin: 3mm 0 1.5mm; break-after: avoid; }
p { margin: 0 0 2.5mm; }
.subtitle { color: #444; margin-bottom: 4mm; }
.note { color: #555; font-size: 8.5pt; }
.rule { background: #F4F4F0; border-left: 3px solid #B4B4B4; padding: 1.5mm 3mm; }
table { border-collapse: collapse; width: 100%; margin: 0 0 3mm; font-size: 8.8pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { text-align: left; padding: 0.9mm 1.6mm; border-bottom: 1px solid #E2E2E2; vertical-align: baseline; }
thead th { vertical-align: bottom; }
th.flag, td.flag { text-align: center; width: 5em; }
table.regions { font-size: 8.4pt; }
table.regions th.n { white-space: normal; }
thead th { border-bottom: 1.5px solid #888; font-weight: 600; }
th.n, td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.rank { color: #777; width: 2em; }
td.code, span.code { color: #666; font-size: 8pt; }
td.code { width: 3.5em; }
table.kv th { width: 38%; font-weight: normal; color: #333; }
table.kv td .num { font-variant-numeric: tabular-nums; font-weight: 600; }
tr.under td { background: #FFF3E6; }
.rankings { display: grid; grid-template-columns: 1fr 1fr; gap: 0 6mm; }
.ranking { break-inside: avoid; }
.ranking h3 { margin-top: 3mm; }
.brokers { break-inside: avoid; }
.nowrap { white-space: nowrap; }
figure { margin: 2mm 0 4mm; break-inside: avoid; }
figcaption { font-size: 8.5pt; color: #555; }
svg { max-width: 100%; height: auto; display: block; }
svg.chart text { font-size: 10px; fill: #333; }
svg.chart .grid { stroke: #E6E6E6; }
svg.chart text.label { font-size: 10px; }
svg.map text { font-size: 9.5px; fill: #111; paint-order: stroke; stroke: #fff; stroke-width: 2.6px; stroke-linejoin: round; }
.legend { font-size: 8.5pt; color: #333; }
.legend .key { white-space: nowrap; }
.small-multiples figure { margin: 0; }
figure.stacked, figure.histogram, figure.decay { max-width: 125mm; }
.small-multiples figcaption { display: flex; justify-content: space-between; gap: 2mm; }
.small-multiples figcaption .name { color: #1d1d1d; }
.swatch { display: inline-block; width: 10px; height: 10px; margin: 0 2px 0 8px; vertical-align: -1px; }
.swatch.round { border-radius: 50%; }
.swatch.line { height: 3px; vertical-align: 2px; width: 14px; }
.recommendation { break-inside: avoid; }
.level { margin-bottom: 2mm; }
.region-maps { display: grid; grid-template-columns: 1fr 1fr; gap: 0 5mm; }
figure.region-map svg.choropleth { width: 100%; height: auto; }
figure.region-map svg.choropleth-legend { margin-top: 1mm; }
dl.definitions dt { font-weight: 600; margin-top: 1.5mm; break-after: avoid; }
dl.definitions dd { margin: 0 0 0 5mm; }
code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 8.3pt; overflow-wrap: anywhere; }
code.hash { font-size: 8pt; }
ul.calls li { margin-bottom: 1mm; }
nav ol { columns: 2; margin: 0 0 4mm; }
.credits { font-size: 8.5pt; color: #333; border-top: 1px solid #ccc; padding-top: 2mm; }
#network, #methods { break-before: page; }
@media screen { body { padding: 10mm 6mm; } }
`;

export function renderReport(d: ReportData): string {
  const s = d.view.suite.summary;
  const body: SafeHtml = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${d.generator}">
<title>${d.title}</title>
<style>${trusted(CSS)}</style>
</head>
<body>
<header>
<h1>${d.title}</h1>
<p class="subtitle">Dataset version ${d.view.version}${d.updatedAt ? `, updated ${d.updatedAt}` : ''}. Filters: ${describeFilters(d.view.filters)}. ${fmtInt(s.nodes)} municipalities, ${fmtInt(s.edges)} partnerships. Generated ${d.generatedAt} by ${d.generator}.</p>
<nav><ol>
<li><a href="#summary">Summary</a></li><li><a href="#rankings">Top municipalities by centrality</a></li><li><a href="#communities">Communities</a></li><li><a href="#eastwest">East-west bridges</a></li>
<li><a href="#regions">Regions</a></li><li><a href="#recommendations">Recommendations</a></li><li><a href="#network">The network</a></li><li><a href="#evolution">Growth and distance</a></li><li><a href="#methods">Methods</a></li>
</ol></nav>
<p class="credits">${d.credits.text}</p>
</header>
<main>
${summarySection(d)}
${rankingsSection(d)}
${communitiesSection(d)}
${eastwestSection(d)}
${regionsSection(d)}
${recommendationsSection(d)}
${networkSection(d)}
${evolutionSection(d)}
${methodsSection(d)}
</main>
</body>
</html>
`;
  return body.value;
}
