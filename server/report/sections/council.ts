/**
 * The council summary: with `region=`, the report's first page, for a German state or district
 * (issue 16): how connected it is against expectation, its districts on a map (a state's own; a
 * district among its state's, outlined), its ties across the former inner-German border, the
 * partners that would help with their reasons, and what founding them would change with the
 * expectation held fixed. The facts are those of GET /api/regions/:region and
 * GET /api/regions/:region/recommendations (report.service.ts gathers them).
 */
import { choropleth, classify, classOf, type RegionFigure } from '../../../charts/choropleth.ts';
import type { RegionGeometry, RegionRow } from '../../../contract/api/regions.ts';
import { stateOfAgs } from '../../domain/classify.ts';
import { html, type SafeHtml } from '../html.ts';
import type { Locale } from '../i18n/locale.ts';
import { regionName } from '../names.ts';
import type { CouncilData, ReportData } from '../report-data.ts';

/** Cross ties named in the text at most. */
const NAMED_TIES = 6;
const MAP = { width: 300, height: 230 } as const;

/** The topology with only the geometries `keep` accepts (arcs shared; the projection then fits them). */
function only(geometry: RegionGeometry, keep: (id: string) => boolean): RegionGeometry {
  const objects = Object.fromEntries(
    Object.entries(geometry.objects).map(([name, o]) => [name, { ...o, geometries: o.geometries.filter((g) => keep(g.id)) }]),
  );
  return { ...geometry, objects };
}

/** The state of a region key: itself, or a district's (its first two digits). */
const stateOf = (c: CouncilData) => (c.level === 'state' ? c.region : stateOfAgs(c.region));

function connected(c: CouncilData, d: ReportData, { t, f }: Locale): SafeHtml {
  const r = c.row;
  const name = c.level === 'state' ? regionName('state', r.region) : r.name;
  const of = f.int(d.regions[c.level].rows.length);
  if (r.ratio === null || r.expected === null || r.observed === null)
    return t('council.noModel', {
      municipalities: f.int(r.municipalities),
      name,
      partnerships: f.int(r.partnerships),
      rank: f.int(r.rank),
      of,
    });
  const verdict =
    r.ratioHigh !== null && r.ratioHigh < 1
      ? t('council.verdictUnder', { name })
      : r.ratioLow !== null && r.ratioLow > 1
        ? t('council.verdictOver')
        : t('council.verdictAbout');
  return html`${t('council.connected', {
    municipalities: f.int(r.municipalities),
    name,
    observed: f.int(r.observed),
    expected: f.fixed(r.expected, 1),
    ratio: f.fixed(r.ratio, 2),
    low: f.fixed(r.ratioLow, 2),
    high: f.fixed(r.ratioHigh, 2),
    rank: f.int(r.rank),
    of,
  })} ${verdict}`;
}

function districtMap(c: CouncilData, d: ReportData, locale: Locale): SafeHtml {
  const { t, f, text } = locale;
  const all = d.regions.district.rows;
  const state = stateOf(c);
  const inState = (id: string) => stateOfAgs(id) === state;
  const rows: RegionRow[] = all.filter((r) => inState(r.region));
  const figure: RegionFigure = all.some((r) => r.ratio !== null) ? 'ratio' : 'perMunicipality';
  const ratio = figure === 'ratio';
  const figureName = text(ratio ? 'regions.figureRatio' : 'regions.figurePerMunicipality');
  const name = c.level === 'state' ? regionName('state', c.region) : c.row.name;
  // the breaks of the map of all Germany, so that a colour means the same on both; the counts the state's
  const national = classify(
    all.map((r) => r[figure]),
    figure,
  );
  const counts = national.counts.map(() => 0);
  let missing = 0;
  for (const r of rows) {
    const k = classOf(national, r[figure]);
    if (k === null) missing += 1;
    else counts[k]! += 1;
  }
  const classes = { ...national, counts, missing };
  const map = choropleth({
    geometry: only(d.geometry.district, inState),
    rows,
    figure,
    ...MAP,
    id: 'council-map',
    titles: true,
    classes,
    ...(c.level === 'district' ? { outline: only(d.geometry.district, (id) => id === c.region) } : {}),
    labels: {
      title: text('council.mapCaptionState', { name, figure: figureName }),
      figure: figureName,
      noValue: text('regions.noValue'),
      underConnected: text('regions.hatched'),
      format: (v) => f.fixed(v, ratio || v < 10 ? 2 : 1),
      formatCount: f.int,
    },
  });
  const under = rows.filter((r) => r.underConnected).sort((a, b) => (a.ratio ?? 0) - (b.ratio ?? 0));
  const list = under.map((r) => r.name).join('; ');
  return html`<figure class="region-map council-map" data-level="district" data-figure="${figure}" data-districts="${rows.length}">
${map.svg}
${map.legend}
<figcaption>${t(c.level === 'state' ? 'council.mapCaptionState' : 'council.mapCaptionDistrict', { name, figure: figureName })}</figcaption>
</figure>
<p class="under-list" data-under="${under.length}">${
    under.length === 0 ? t('council.underNone') : t(`council.underList.${locale.plural(under.length)}`, { n: f.int(under.length), list })
  }</p>`;
}

function crossTies(c: CouncilData, { t, f }: Locale): SafeHtml {
  const named = c.crossTies.slice(0, NAMED_TIES).map((tie) => `${tie.aName} – ${tie.bName}`);
  return html`<p data-cross="${c.crossTies.length}">${t('council.cross', {
    cross: f.int(c.crossTies.length),
    ties: f.int(c.ties),
    share: f.pct(c.ties > 0 ? c.crossTies.length / c.ties : null),
  })}${named.length > 0 ? html` ${t('council.crossExamples', { list: named.join('; ') })}` : ''}</p>`;
}

function partners(c: CouncilData, locale: Locale): SafeHtml {
  const { t, f } = locale;
  const { pairs, whatIf } = c.partners;
  if (pairs.length === 0) return html`<p>${t('council.partnersNone')}</p>`;
  const reasons = (p: (typeof pairs)[number]) =>
    [
      p.parts.sharedPartners > 0
        ? t(`council.reasonShared.${locale.plural(p.parts.sharedPartners)}`, { n: f.int(p.parts.sharedPartners) })
        : null,
      p.parts.distanceKm === null ? null : t('council.reasonKm', { km: f.km(p.parts.distanceKm) }),
      p.cross ? t('council.reasonCross') : null,
    ].filter((r): r is SafeHtml => r !== null);
  const rows = pairs.map(
    (p) =>
      html`<tr data-from="${p.from.id}" data-to="${p.to.id}"><td>${p.from.name}</td><td>${p.to.name}${p.to.country && p.to.country !== 'DE' ? html` <span class="code">${p.to.country}</span>` : ''}</td><td>${reasons(p).reduce<SafeHtml>((acc, r, i) => (i === 0 ? r : html`${acc} · ${r}`), html``)}</td><td class="n">${f.fixed(p.score, 2)}</td></tr>`,
  );
  const change = whatIf.changes.find((ch) => ch.before.region === c.region);
  let effect: SafeHtml = html``;
  if (change) {
    const { before, after } = change;
    const k = f.int(whatIf.added.length);
    const ranks = { rankBefore: f.int(before.rank), rankAfter: f.int(after.rank) };
    effect =
      before.ratio !== null && after.ratio !== null
        ? t('council.whatIf', { k, before: f.fixed(before.ratio, 2), after: f.fixed(after.ratio, 2), ...ranks })
        : t('council.whatIfNoModel', { k, before: f.int(before.partnerships), after: f.int(after.partnerships), ...ranks });
    if (before.underConnected) effect = html`${effect} ${t(after.underConnected ? 'council.whatIfStill' : 'council.whatIfOff')}`;
  }
  return html`<p class="note">${t('council.partnersIntro')}</p>
<table class="council-partners"><thead><tr><th>${t('council.headMunicipality')}</th><th>${t('council.headPartner')}</th><th>${t('council.headReasons')}</th><th class="n">${t('council.headScore')}</th></tr></thead><tbody>
${rows}
</tbody></table>
<p class="what-if">${effect}</p>`;
}

export function councilSection(d: ReportData, locale: Locale, n: number): SafeHtml {
  const c = d.council;
  if (!c) return html``;
  const { t } = locale;
  const name = c.level === 'state' ? regionName('state', c.region) : c.row.name;
  return html`<section id="council" data-region="${c.region}" data-level="${c.level}">
<h2>${n}. ${t('council.title', { name })}</h2>
<p class="subtitle">${t('council.lead', { name, code: c.region })}</p>
<div class="council-grid">
<div>
<h3>${t('council.connectedHead')}</h3>
<p>${connected(c, d, locale)}</p>
<h3>${t('council.crossHead')}</h3>
${crossTies(c, locale)}
</div>
<div>
<h3>${t(c.level === 'state' ? 'council.mapHeadState' : 'council.mapHeadDistrict')}</h3>
${districtMap(c, d, locale)}
</div>
</div>
<h3>${t('council.partnersHead')}</h3>
${partners(c, locale)}
<p class="note">${t('council.source', { region: `/api/regions/${c.region}`, partners: c.request })}</p>
</section>`;
}
