/** Section 6: candidate partners for the least-connected municipalities of the under-connected regions (as /api/recommendations/:id). */
import { WEIGHTS } from '../../analytics/recommend/recommendations.ts';
import type { RegionLevel } from '../../../contract/vocabularies.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Locale, MessageKey } from '../i18n/locale.ts';
import { regionName } from '../names.ts';
import type { RecommendationBlock, ReportData } from '../report-data.ts';
import { DISTANCE_SCALE_KM, RECOMMENDATION_EVALUATION as E } from '../../../contract/recommendation-weights.ts';

const RULES = {
  state: 'recommendations.ruleState',
  district: 'recommendations.ruleDistrict',
  country: 'recommendations.ruleCountry',
} as const satisfies Record<RegionLevel, MessageKey>;

/** What the block's region is and what its municipality has, in a sentence or two. */
function blockNote(b: RecommendationBlock, { t, f, lang, plural }: Locale): SafeHtml {
  const m = b.municipality;
  const has = { name: m.name, n: f.int(m.partnerships) };
  return html`${t('recommendations.region', { region: regionName(b.level, b.region, lang), perMunicipality: f.fixed(b.regionPerMunicipality, 2) })} ${
    m.population
      ? t(`recommendations.hasPopulation.${plural(m.partnerships)}`, { ...has, population: f.int(m.population) })
      : t(`recommendations.has.${plural(m.partnerships)}`, has)
  }`;
}

function block(b: RecommendationBlock, locale: Locale): SafeHtml {
  const { t, f } = locale;
  return html`<div class="recommendation" data-id="${b.municipality.id}">
<h3>${b.municipality.name} <span class="code">${b.municipality.country ?? ''}</span></h3>
<p class="note">${blockNote(b, locale)}</p>
${
  b.items.length === 0
    ? html`<p class="note">${t('recommendations.noCandidate')}</p>`
    : html`<table class="candidates"><thead><tr><th>#</th><th>${t('recommendations.candidate')}</th><th></th><th class="n">${t('recommendations.scoreHead')}</th><th class="n">${t('recommendations.shared')}</th><th class="n">${t('recommendations.distance')}</th><th class="n">${t('recommendations.proximity')}</th><th class="n">${t('recommendations.geography')}</th><th class="n">${t('recommendations.size')}</th><th class="n">${t('recommendations.crossing')}</th></tr></thead><tbody>
${b.items.map(
  (c, i) =>
    html`<tr><td class="rank">${i + 1}</td><td>${c.name}</td><td class="code">${c.country ?? ''}</td><td class="n">${f.fixed(c.score, 3)}</td><td class="n">${f.int(c.parts.sharedPartners)}</td><td class="n">${f.km(c.parts.distanceKm)}</td><td class="n">${f.fixed(c.parts.proximity, 2)}</td><td class="n">${f.fixed(c.parts.geography, 2)}</td><td class="n">${f.fixed(c.parts.size, 2)}</td><td class="n">${c.parts.crossing ? t('report.yes') : ''}</td></tr>`,
)}</tbody></table>`
}
</div>`;
}

export function recommendationsSection(d: ReportData, locale: Locale, n: number): SafeHtml {
  const { t, f } = locale;
  const r = d.recommendations;
  const blocks = r.blocks.map((b) => block(b, locale));
  return html`<section id="recommendations">
<h2>${n}. ${t('recommendations.title')}</h2>
<p>${
    r.level === null
      ? t('recommendations.noRegion')
      : t(RULES[r.level], {
          shown: f.int(r.shown),
          count: f.int(r.underConnected),
          candidates: f.int(r.candidates),
          limit: String(r.candidates),
        })
  }</p>
<p class="note">${t('recommendations.score', {
    proximity: f.decimal(WEIGHTS.proximity),
    geography: f.decimal(WEIGHTS.geography),
    scale: f.int(DISTANCE_SCALE_KM),
    size: f.decimal(WEIGHTS.size),
    crossing: f.decimal(WEIGHTS.crossing),
    hidden: f.int(E.hiddenTies),
    hit: f.pct(E.ours.hitRate),
    mrr: f.fixed(E.ours.mrr, 3),
    aaHit: f.pct(E.adamicAdar.hitRate),
    aaMrr: f.fixed(E.adamicAdar.mrr, 3),
    cnHit: f.pct(E.commonNeighbours.hitRate),
    dHit: f.pct(E.distance.hitRate),
  })}</p>
${blocks.length > 0 ? blocks : html`<p class="note">${t('recommendations.noneUnder')}</p>`}
</section>`;
}
