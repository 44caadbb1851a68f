/** Section 7: the picture of the network at the places' coordinates. */
import { networkMap, SIDE_COLOURS } from '../charts/network-map.ts';
import { fmtInt, html, type SafeHtml } from '../html.ts';
import type { ReportData } from '../report-data.ts';

export function networkSection(d: ReportData): SafeHtml {
  const map = networkMap(d.view.graph);
  const sw = (colour: string, label: string) => html`<span class="swatch round" style="background:${colour}"></span> ${label} `;
  return html`<section id="network">
<h2>7. The network</h2>
<p>${fmtInt(map.drawn)} places drawn at their coordinates, ${fmtInt(map.edgesDrawn)} partnerships as great-circle arcs${map.unlocated > 0 ? html`; ${fmtInt(map.unlocated)} places without coordinates (and their ties) are not drawn` : ''}. Dot size grows with the number of partnerships; the ten or so best-connected places are named.</p>
<figure>${map.world}<figcaption>The world (Natural Earth projection).</figcaption></figure>
<figure>${map.europe}<figcaption>Europe (Lambert azimuthal equal-area, centred at 10° E, 52° N).</figcaption></figure>
<p class="legend">${sw(SIDE_COLOURS.west, 'West')}${sw(SIDE_COLOURS.east, 'East (former GDR, Eastern bloc)')}${sw(SIDE_COLOURS.other, 'neutral or non-European')}${sw(SIDE_COLOURS.berlin, 'Berlin')}${sw(SIDE_COLOURS.none, 'unknown')}<span class="swatch line" style="background:#009E73"></span> tie across the east-west divide <span class="swatch line" style="background:#9A9A9A"></span> other tie</p>
</section>`;
}
