/** Section 7: the picture of the network at the places' coordinates. */
import { networkMap, SIDE_COLOURS, WORLD_MAP_SHARE } from '../charts/network-map.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Locale } from '../i18n/locale.ts';
import type { ReportData } from '../report-data.ts';

export function networkSection(d: ReportData, { t, f, text }: Locale, n: number): SafeHtml {
  const map = networkMap(d.view.graph, { world: text('network.world'), europe: text('network.europe') });
  const key = (swatch: SafeHtml, label: SafeHtml) => html`<span class="key">${swatch} ${label}</span> `;
  const sw = (colour: string, label: SafeHtml) => key(html`<span class="swatch round" style="background:${colour}"></span>`, label);
  const line = (colour: string, label: SafeHtml) => key(html`<span class="swatch line" style="background:${colour}"></span>`, label);
  const drawn = { drawn: f.int(map.drawn), edges: f.int(map.edgesDrawn) };
  return html`<section id="network">
<h2>${n}. ${t('network.title')}</h2>
<p>${map.unlocated > 0 ? t('network.drawnUnlocated', { ...drawn, unlocated: f.int(map.unlocated) }) : t('network.drawn', drawn)} ${t('network.dots')}</p>
${
  map.world
    ? html`<figure>${map.world}<figcaption>${t('network.worldCaption', { share: f.pct(map.beyondEurope) })}</figcaption></figure>`
    : html`<p class="note" id="no-world-map">${t('network.worldOmitted', { share: f.pct(map.beyondEurope), threshold: f.pct(WORLD_MAP_SHARE, 0) })}</p>`
}
<figure>${map.europe}<figcaption>${t('network.europeCaption')}</figcaption></figure>
<p class="legend">${sw(SIDE_COLOURS.west, t('network.west'))}${sw(SIDE_COLOURS.east, t('network.east'))}${sw(SIDE_COLOURS.other, t('network.other'))}${sw(SIDE_COLOURS.berlin, t('network.berlin'))}${sw(SIDE_COLOURS.none, t('network.unknown'))}${line('#009E73', t('network.crossTie'))}${line('#9A9A9A', t('network.otherTie'))}</p>
</section>`;
}
