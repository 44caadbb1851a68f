/**
 * Section 5: partnerships per country, German state and district, with the under-connected ones
 * and the rule that flags them, what the counts cover, and the maps of states and districts by
 * observed/expected (charts/choropleth.ts, the client's map). Same tables as /api/regions and
 * /api/regions/under-connected; the rule and coverage sentences are said from the answers' fields
 * in the report's language (in English, as the API says them).
 */
import { choropleth, type RegionFigure } from '../../../charts/choropleth.ts';
import type { Coverage } from '../../analytics/regions/coverage.ts';
import type { RegionsResult } from '../../analytics/regions/regions.ts';
import type { RegionGeometry, RegionRow } from '../../../contract/api/regions.ts';
import type { RegionLevel } from '../../../contract/vocabularies.ts';
import { html, num, type SafeHtml } from '../html.ts';
import type { Locale, MessageKey } from '../i18n/locale.ts';
import { regionName } from '../names.ts';
import type { ReportData } from '../report-data.ts';

const WORDS = {
  country: {
    one: 'regions.country',
    many: 'regions.countries',
    of: 'regions.ofCountries',
    title: 'regions.countriesTitle',
    head: 'regions.countryHead',
    divide: 'regions.blocsDivide',
  },
  state: {
    one: 'regions.state',
    many: 'regions.states',
    of: 'regions.ofStates',
    title: 'regions.statesTitle',
    head: 'regions.stateHead',
    divide: 'regions.borderDivide',
  },
  district: {
    one: 'regions.district',
    many: 'regions.districts',
    of: 'regions.ofDistricts',
    title: 'regions.districtsTitle',
    head: 'regions.districtHead',
    divide: 'regions.borderDivide',
  },
} as const satisfies Record<RegionLevel, Record<'one' | 'many' | 'of' | 'title' | 'head' | 'divide', MessageKey>>;

/** The rule that flags a level's under-connected regions (the API's `rule.text`, from its fields). */
export function ruleText(level: RegionLevel, rule: RegionsResult['rule'], { t, f }: Locale): SafeHtml {
  const w = WORDS[level];
  const judged = { judged: f.int(rule.judged), regions: t(w.many) };
  const text =
    rule.kind === 'ratio'
      ? rule.judged === 0
        ? t('regions.ruleRatioNone', { region: t(w.one) })
        : t('regions.ruleRatio', { confidence: String(Math.round(rule.confidence * 100)), ...judged })
      : rule.threshold === null
        ? t('regions.rulePercentileNone', { region: t(w.one), min: f.int(rule.minMunicipalities) })
        : t('regions.rulePercentile', {
            threshold: f.fixed(rule.threshold, 2),
            percentile: String(Math.round(rule.quantile * 100)),
            min: f.int(rule.minMunicipalities),
            ...judged,
          });
  // the report asks for the ratio rule, which countries (no expected value) answer with the percentile rule
  return level === 'country' ? t('regions.ruleCountries', { rule: text }) : text;
}

/** What a level's counts cover (the API's `coverage.text`, from its fields). */
export function coverageText(c: Coverage, { t, f }: Locale): SafeHtml {
  const basis = t(c.normalised ? 'regions.basisGerman' : 'regions.basisCountries');
  const sources = c.sources.map((s) => `${s.id} (${f.int(s.partnerships)})`).join(', ') || t('regions.noSources');
  const outside = c.outsideDirectory;
  return outside && outside.places > 0
    ? t('regions.coverageOutside', { basis, sources, places: f.int(outside.places), partnerships: f.int(outside.partnerships) })
    : t('regions.coverageText', { basis, sources });
}

function table(level: RegionLevel, rows: RegionRow[], { t, f, lang }: Locale): SafeHtml {
  return html`<table class="regions"><thead><tr><th class="n">${t('regions.rank')}</th><th>${t(WORDS[level].head)}</th><th class="n">${t('regions.places')}</th><th class="n">${t('regions.partnered')}</th><th class="n">${t('regions.partnerships')}</th><th class="n">${t('regions.perPlace')}</th><th class="n">${t('regions.per100k')}</th><th class="n">${t('regions.crossShare')}</th><th class="flag">${t('regions.underConnected')}</th></tr></thead>
<tbody>${rows.map(
    (r) =>
      html`<tr${r.underConnected ? html` class="under"` : ''}><td class="n">${r.rank}</td><td>${regionName(level, r.region, lang)}${level !== 'district' ? html` <span class="code">${r.region}</span>` : ''}</td><td class="n">${f.int(r.municipalities)}</td><td class="n">${f.int(r.partnered)}</td><td class="n">${f.int(r.partnerships)}</td><td class="n">${f.fixed(r.perMunicipality, 2)}</td><td class="n">${f.fixed(r.per100k, 1)}</td><td class="n">${f.pct(r.crossShare)}</td><td class="flag">${r.underConnected ? t('report.yes') : ''}</td></tr>`,
  )}</tbody></table>`;
}

function levelBlock(level: RegionLevel, result: RegionsResult, full: boolean, cap: number, locale: Locale): SafeHtml {
  const { t, f } = locale;
  const under = result.rows.filter((r) => r.underConnected).sort((a, b) => a.perMunicipality - b.perMunicipality);
  const w = WORDS[level];
  const shown = full ? result.rows : under.slice(0, cap);
  const all = { count: f.int(result.rows.length), regions: t(w.many), level };
  return html`<div class="level" id="regions-${level}">
<h3>${t(w.title)}</h3>
<p class="rule">${t(`regions.ruleSummary.${locale.plural(under.length)}`, {
    rule: ruleText(level, result.rule, locale),
    under: num(`regions.${level}.underConnected`, under.length, f.int(under.length)),
    total: f.int(result.rows.length),
    regions: t(w.of),
    divide: t(w.divide),
  })}</p>
${shown.length > 0 ? table(level, shown, locale) : html`<p class="note">${t('regions.none')}</p>`}
${!full && under.length > cap ? html`<p class="note">${t('regions.leastConnected', { cap: String(cap), count: f.int(under.length), level })}</p>` : ''}
${full ? '' : html`<p class="note">${t(under.length > 0 ? 'regions.onlyUnder' : 'regions.noneUnder', all)}</p>`}
</div>`;
}

const MAP = { width: 340, height: 460 } as const;

/** One level's map with its legend; coloured by observed/expected, or (no region has one) by partnerships per municipality. */
function regionMap(
  level: 'state' | 'district',
  result: RegionsResult,
  geometry: RegionGeometry,
  locale: Locale,
  outline?: RegionGeometry,
): SafeHtml {
  const { t, f, text } = locale;
  const figure: RegionFigure = result.rows.some((r) => r.ratio !== null) ? 'ratio' : 'perMunicipality';
  const ratio = figure === 'ratio';
  const w = WORDS[level];
  const map = choropleth({
    geometry,
    rows: result.rows,
    figure,
    ...MAP,
    id: `report-${level}`,
    titles: true,
    ...(outline ? { outline } : {}),
    labels: {
      title: text(ratio ? 'regions.mapTitleRatio' : 'regions.mapTitlePerMunicipality', { regions: text(w.many) }),
      figure: text(ratio ? 'regions.figureRatio' : 'regions.figurePerMunicipality'),
      noValue: text('regions.noValue'),
      underConnected: text('regions.hatched'),
      format: (v) => f.fixed(v, ratio || v < 10 ? 2 : 1),
      formatCount: f.int,
    },
  });
  const under = result.rows.filter((r) => r.underConnected).length;
  const caption = {
    figure: t(ratio ? 'regions.captionRatio' : 'regions.captionPerMunicipality', { level: t(w.title) }),
    under: t(`regions.captionUnder.${locale.plural(under)}`, { n: f.int(under) }),
  };
  return html`<figure class="region-map" id="map-${level}" data-level="${level}" data-figure="${figure}">
${map.svg}
${map.legend}
<figcaption>${map.unmapped.length > 0 ? t('regions.captionUnmapped', { ...caption, unmapped: map.unmapped.join(', ') }) : t('regions.caption', caption)}</figcaption>
</figure>`;
}

function maps(d: ReportData, locale: Locale): SafeHtml {
  return html`<div class="region-maps">
${regionMap('state', d.regions.state, d.geometry.state, locale)}
${regionMap('district', d.regions.district, d.geometry.district, locale, d.geometry.state)}
</div>
<p class="note">${locale.t('regions.mapsNote', { attribution: d.geometry.state.attribution, licence: d.geometry.state.licence })}</p>`;
}

export function regionsSection(d: ReportData, locale: Locale, n: number): SafeHtml {
  const { t } = locale;
  const top = [...d.regions.country.rows].slice(0, 15);
  return html`<section id="regions">
<h2>${n}. ${t('regions.title')}</h2>
<p>${t('regions.intro', { min: locale.f.int(d.regions.country.rule.minMunicipalities) })}</p>
<p class="note coverage" id="regions-coverage">${t('regions.coverage', {
    states: coverageText(d.regions.state.coverage, locale),
    countries: t(d.regions.country.coverage.normalised ? 'regions.basisGerman' : 'regions.basisCountries'),
  })}</p>
${maps(d, locale)}
${levelBlock('state', d.regions.state, true, 0, locale)}
<div class="level" id="regions-country-top"><h3>${t('regions.topCountries')}</h3>${table('country', top, locale)}</div>
${levelBlock('country', d.regions.country, false, 30, locale)}
${levelBlock('district', d.regions.district, false, 30, locale)}
</section>`;
}
