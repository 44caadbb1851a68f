/**
 * The report as one self-contained HTML document (no script, no external resource: styles and
 * SVG figures inline), laid out for the screen and for print: A4 pages, tables whose rows do not
 * split, headings kept with what follows. Chromium prints it to PDF (pdf.ts). Every text comes
 * from the catalogues of the report's language (i18n/), every number through its formats.
 */
import type { Language } from '../../contract/languages.ts';
import { describeFilters } from '../export/export-graph.ts';
import { creditText } from '../export/credits.ts';
import { html, trusted, type SafeHtml } from './html.ts';
import { localeFor, type Locale, type PlainKey } from './i18n/locale.ts';
import type { ReportData } from './report-data.ts';
import { communitiesSection } from './sections/communities.ts';
import { councilSection } from './sections/council.ts';
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
table.regions th.n, table.candidates th.n { white-space: normal; }
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
.small-multiples { align-items: end; }
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
#council { break-after: page; }
#council h2 { margin-top: 2mm; }
.council-grid { display: grid; grid-template-columns: 1fr 78mm; gap: 0 6mm; }
figure.council-map { margin: 0 0 1mm; }
figure.council-map svg.choropleth { width: 100%; height: auto; }
figure.council-map svg.choropleth-legend { width: 62%; height: auto; }
figure.council-map figcaption { font-size: 7.8pt; }
#council h3 { margin: 3mm 0 1.5mm; }
#council p { margin-bottom: 1.8mm; }
table.council-partners { font-size: 8.2pt; margin-bottom: 1.5mm; }
table.council-partners td { padding-top: 0.5mm; padding-bottom: 0.5mm; }
table.council-partners td:nth-child(3) { width: 46%; }
table.council-partners td { vertical-align: top; }
p.what-if { font-weight: 600; }
@media screen { body { padding: 10mm 6mm; } }
`;

/**
 * A section of the report: its anchor, its name in the contents, and how it is drawn, given its
 * number (sections are numbered by their place in SECTIONS, so that one can be added in front).
 */
export interface ReportSection {
  id: string;
  nav: PlainKey;
  render: (d: ReportData, locale: Locale, n: number) => SafeHtml;
  /** Shown only when this holds (by default always). */
  when?: (d: ReportData) => boolean;
}

export const SECTIONS: readonly ReportSection[] = [
  { id: 'council', nav: 'council.nav', render: councilSection, when: (d) => d.council !== null },
  { id: 'summary', nav: 'summary.title', render: summarySection },
  { id: 'rankings', nav: 'rankings.title', render: rankingsSection },
  { id: 'communities', nav: 'communities.title', render: communitiesSection },
  { id: 'eastwest', nav: 'eastwest.title', render: eastwestSection },
  { id: 'regions', nav: 'regions.title', render: regionsSection },
  { id: 'recommendations', nav: 'recommendations.nav', render: recommendationsSection },
  { id: 'network', nav: 'network.title', render: networkSection },
  { id: 'evolution', nav: 'growth.title', render: evolutionSection },
  { id: 'methods', nav: 'methods.title', render: methodsSection },
];

/** "Dataset version 12, updated …" in the report's language. */
function versionLine(d: ReportData, { t, f }: Locale): SafeHtml {
  const version = String(d.view.version);
  return d.updatedAt ? t('report.versionUpdated', { version, updated: f.date(d.updatedAt) }) : t('report.version', { version });
}

export function renderReport(d: ReportData, lang: Language = 'en'): string {
  const locale = localeFor(lang);
  const sections = SECTIONS.filter((section) => section.when?.(d) ?? true);
  // a council summary is the first page, right under the title; the contents and credits follow it
  const lead = d.council ? sections[0]! : null;
  const annex = lead ? sections.slice(1) : sections;
  const { t, f } = locale;
  const s = d.view.suite.summary;
  const title = t('report.title');
  const subtitle = t('report.subtitle', {
    version: versionLine(d, locale),
    filters: describeFilters(d.view.filters, lang),
    places: f.int(s.nodes),
    partnerships: f.int(s.edges),
    generated: f.date(d.generatedAt),
    generator: d.generator,
  });
  const contents = html`<nav><ol>
${sections.map((section) => html`<li><a href="#${section.id}">${t(section.nav)}</a></li>`)}
</ol></nav>
<p class="credits">${creditText(d.credits, d.generator, lang)}</p>`;
  const body: SafeHtml = html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${d.generator}">
<title>${title}</title>
<style>${trusted(CSS)}</style>
</head>
<body>
<header>
<h1>${title}</h1>
<p class="subtitle">${subtitle}</p>
${lead ? '' : contents}
</header>
<main>
${
  lead
    ? html`${lead.render(d, locale, 1)}
<div class="contents">${contents}</div>
`
    : ''
}${annex.map(
    (section, i) => html`${section.render(d, locale, i + 1 + (lead ? 1 : 0))}
`,
  )}</main>
</body>
</html>
`;
  return body.value;
}
