/**
 * The growth panel: the network year by year (GET /api/evolution, for the current types, countries
 * and blocs, from 1950 to this year at the chosen step) as small multiples with the new
 * partnerships stacked by type, the year of the year filter (or of the playback) marked in every
 * chart: the mark follows the state, the series is not asked again. Below, how far partnerships
 * reach (GET /api/distances, for all the filters): the histogram with its median, the shares within
 * 500 km and inside one country or side, per type and per founding decade, and the decay exponent.
 * The charts are the report's (charts/), scaled to the panel's width.
 */
import { EVOLUTION_MEASURES, SHARE_MEASURES, evolutionMultiples, newPartnershipBars } from '../../../charts/evolution.ts';
import { decayPlot, distanceHistogram } from '../../../charts/histogram.ts';
import { EVOLUTION_STEPS, type Distances, type Distribution, type Evolution } from '../../../contract/api/evolution.ts';
import { NO_FILTERS, filterQuery, filtersKey } from '../../../contract/filters.ts';
import { PARTNERSHIP_TYPES, type PartnershipType } from '../../../contract/vocabularies.ts';
import { apiUrl } from '../api.ts';
import type { Feature } from '../context.ts';
import { toCsv, downloadText } from '../csv.ts';
import { byId, fill, h, labelledSelect } from '../dom.ts';
import { ENDPOINTS } from '../endpoints.ts';
import { formatMetric, formatNumber, formatShare } from '../i18n/index.ts';
import { nodesOf } from '../markup.ts';
import { Resource } from '../resource.ts';
import { followState, pending } from './panel-reload.ts';

/** The first year of the series (the playback's too). */
const FROM = 1950;
const COUNTS = new Set<string>(['places', 'partnerships', 'largestComponent', 'components', 'communities', 'newPartnerships']);

/** The series as a table: one row a year, nested figures flattened (`germany.crossShare`, `new.partnership`). */
function seriesCsv(evolution: Evolution): string {
  const rows = evolution.years.map((y) => ({
    year: y.year,
    places: y.places,
    partnerships: y.partnerships,
    undated: y.undated,
    newPartnerships: y.newPartnerships.total,
    ...Object.fromEntries(PARTNERSHIP_TYPES.map((type) => [`new.${type}`, y.newPartnerships.byType[type] ?? 0])),
    components: y.components,
    largestComponent: y.largestComponent,
    meanDegree: y.meanDegree,
    averageClustering: y.averageClustering,
    transitivity: y.transitivity,
    modularity: y.modularity,
    communities: y.communities,
    ...Object.fromEntries(
      (['germany', 'europe'] as const).flatMap((divide) => Object.entries(y[divide]).map(([key, value]) => [`${divide}.${key}`, value])),
    ),
  }));
  return toCsv(Object.keys(rows[0] ?? { year: 0 }), rows);
}

export const setupGrowthPanel: Feature = (ctx) => {
  const { store } = ctx;
  const mount = byId('panel-growth');
  const series = new Resource<Evolution>();
  const distances = new Resource<Distances>();
  const to = new Date().getUTCFullYear();
  let step: (typeof EVOLUTION_STEPS)[number] = '1';
  /** Holds the charts of the series, drawn again when the marked year moves. */
  let charts: HTMLElement | null = null;

  const lang = () => store.get().lang;
  const format = (value: number, measure: string) =>
    SHARE_MEASURES.has(measure)
      ? formatShare(lang(), value)
      : COUNTS.has(measure)
        ? formatNumber(lang(), value)
        : formatMetric(lang(), value);
  const km = (value: number | null) => (value === null ? '–' : `${formatNumber(lang(), value)} km`);
  const compactKm = (value: number) => (value >= 1000 ? `${formatNumber(lang(), value / 1000, 1)}k` : formatNumber(lang(), value));
  const share = (value: number | null) => (value === null ? '–' : formatShare(lang(), value));

  const drawCharts = () => {
    const data = series.data;
    if (!charts || !data) return;
    const markedYear = store.get().filters.to;
    const labels = {
      group: ctx.t('growth.series'),
      measures: Object.fromEntries(EVOLUTION_MEASURES.map((m) => [m, ctx.t(`growth.measure.${m}`)])) as Record<
        (typeof EVOLUTION_MEASURES)[number],
        string
      >,
      newPartnerships: ctx.t('growth.newPartnerships'),
      types: Object.fromEntries(PARTNERSHIP_TYPES.map((type) => [type, ctx.t(`type.${type}`)])) as Record<PartnershipType, string>,
    };
    const options = { labels, markedYear, format };
    fill(
      charts,
      nodesOf(evolutionMultiples(data, options)),
      nodesOf(newPartnershipBars(data, options)),
      h(
        'p',
        { class: 'note marked' },
        markedYear !== null && markedYear >= data.from && markedYear <= data.to
          ? ctx.t('growth.marked', { year: String(markedYear) })
          : ctx.t('growth.markHint'),
      ),
    );
  };

  const stepPicker = () =>
    h(
      'div',
      { class: 'row' },
      labelledSelect(
        'growth-step',
        ctx.t('growth.step'),
        EVOLUTION_STEPS.map((s) => ({ value: s, text: ctx.t(`growth.step.${s}`) })),
        step,
        (value) => {
          step = value as typeof step;
          load();
        },
      ),
    );

  const growthPart = (): HTMLElement[] => {
    const loaded = series.state;
    const waiting = pending(ctx, loaded);
    if (waiting || loaded.status !== 'ready') {
      charts = null;
      return waiting ?? [];
    }
    const data = loaded.data;
    charts = h('div', { class: 'growth-charts' });
    drawCharts();
    const undated = data.years.at(-1)?.undated ?? 0;
    return [
      h('p', { class: 'note' }, ctx.t('growth.scope', { from: String(data.from), to: String(data.to) })),
      charts,
      h('p', { class: 'note undated', 'data-value': undated }, ctx.t('growth.undated', { n: undated })),
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          onclick: () => downloadText(seriesCsv(data), `jumelage-evolution-v${data.version}-${data.from}-${data.to}-step${data.step}.csv`),
        },
        ctx.t('growth.csv'),
      ),
    ];
  };

  const distributionTable = (caption: string, rows: { label: string; key: string; d: Distribution }[]) =>
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'distances' },
        h('caption', {}, caption),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            (['group', 'n', 'median', 'near', 'country', 'bloc'] as const).map((c) =>
              h('th', { scope: 'col', class: c === 'group' ? null : 'n' }, ctx.t(`distance.col.${c}`)),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          rows.map(({ label, key, d }) =>
            h(
              'tr',
              { 'data-group': key },
              h('th', { scope: 'row' }, label),
              h('td', { class: 'n', 'data-metric': 'partnerships', 'data-value': d.partnerships }, formatNumber(lang(), d.partnerships)),
              h('td', { class: 'n', 'data-metric': 'medianKm', 'data-value': d.medianKm ?? '' }, km(d.medianKm)),
              h('td', { class: 'n', 'data-metric': 'within500kmShare', 'data-value': d.within500kmShare ?? '' }, share(d.within500kmShare)),
              h('td', { class: 'n', 'data-metric': 'sameCountryShare', 'data-value': d.sameCountryShare ?? '' }, share(d.sameCountryShare)),
              h('td', { class: 'n', 'data-metric': 'sameBlocShare', 'data-value': d.sameBlocShare ?? '' }, share(d.sameBlocShare)),
            ),
          ),
        ),
      ),
    );

  const distancePart = (): (Node | null)[] => {
    const loaded = distances.state;
    const waiting = pending(ctx, loaded);
    if (waiting || loaded.status !== 'ready') return waiting ?? [];
    const { overall: o, bins, decay, byType, byDecade, unpositioned } = loaded.data;
    const figure = (key: keyof Distribution, label: string, value: number | null) =>
      h('div', {}, h('dt', {}, label), h('dd', { 'data-metric': key, 'data-value': value ?? '' }, share(value)));
    const dmin = decay.dMinKm === null ? '' : km(decay.dMinKm);
    const gamma = decay.exponent;
    return [
      h(
        'p',
        { class: 'distance-summary', 'data-partnerships': o.partnerships, 'data-median-km': o.medianKm ?? '' },
        ctx.t('distance.summary', { n: o.partnerships, median: km(o.medianKm), mean: km(o.meanKm) }),
      ),
      unpositioned > 0 ? h('p', { class: 'note' }, ctx.t('distance.unpositioned', { n: unpositioned })) : null,
      ...nodesOf(
        distanceHistogram({
          bins,
          counts: o.histogram,
          medianKm: o.medianKm,
          label: ctx.t('distance.histogram'),
          medianLabel: ctx.t('distance.median', { km: km(o.medianKm) }),
          axisLabel: ctx.t('distance.km'),
          formatKm: compactKm,
          formatCount: (n) => formatNumber(lang(), n),
        }),
      ),
      h(
        'dl',
        { class: 'distance-figures' },
        figure('within500kmShare', ctx.t('distance.within500'), o.within500kmShare),
        figure('sameCountryShare', ctx.t('distance.sameCountry'), o.sameCountryShare),
        figure('sameBlocShare', ctx.t('distance.sameBloc'), o.sameBlocShare),
      ),
      gamma === null || decay.dMinKm === null
        ? h('p', { class: 'note decay' }, ctx.t('distance.noDecay'))
        : h(
            'div',
            { class: 'decay', 'data-exponent': gamma, 'data-low': decay.interval?.[0] ?? '', 'data-high': decay.interval?.[1] ?? '' },
            h(
              'p',
              {},
              ctx.t('distance.decay', {
                gamma: formatMetric(lang(), gamma),
                low: decay.interval ? formatMetric(lang(), decay.interval[0]) : '–',
                high: decay.interval ? formatMetric(lang(), decay.interval[1]) : '–',
                tail: decay.tail,
                dmin,
              }),
            ),
            h('p', { class: 'note' }, ctx.t('distance.decayMeaning', { dmin, factor: formatNumber(lang(), 2 ** gamma, 1) })),
          ),
      ...nodesOf(
        decayPlot({
          bins,
          counts: o.histogram,
          total: o.partnerships,
          exponent: gamma,
          dMinKm: decay.dMinKm,
          tail: decay.tail,
          label: ctx.t('distance.decayChart'),
          fitLabel: gamma === null ? '' : ctx.t('distance.fit', { gamma: formatMetric(lang(), gamma) }),
          axisX: ctx.t('distance.km'),
          axisY: ctx.t('distance.perKm'),
          formatKm: compactKm,
        }),
      ),
      distributionTable(
        ctx.t('distance.byType'),
        byType.map((d) => ({ label: ctx.t(`type.${d.type}`), key: `type.${d.type}`, d })),
      ),
      distributionTable(
        ctx.t('distance.byDecade'),
        byDecade.map((d) => ({
          label: d.decade === null ? ctx.t('distance.noYear') : ctx.t('distance.decade', { decade: String(d.decade) }),
          key: `decade.${d.decade ?? 'undated'}`,
          d,
        })),
      ),
    ];
  };

  const render = () => {
    if (store.get().panel !== 'growth') return;
    fill(
      mount,
      h('h2', {}, ctx.t('growth.heading')),
      stepPicker(),
      h('section', { class: 'growth', 'aria-busy': String(series.state.status === 'loading') }, growthPart()),
      h(
        'section',
        { class: 'distance', 'aria-busy': String(distances.state.status === 'loading') },
        h('h3', {}, ctx.t('distance.heading')),
        distancePart(),
      ),
    );
  };

  const load = () => {
    if (store.get().panel !== 'growth') return;
    const { filters } = store.get();
    // the series' own years take the place of the year filters (contract/api/evolution.ts)
    const scope = filterQuery({ ...NO_FILTERS, types: filters.types, countries: filters.countries, blocs: filters.blocs });
    const seriesUrl = apiUrl(ENDPOINTS.evolution, { ...scope, from: FROM, to, step });
    const startedSeries = series.load(seriesUrl, (onProgress) => ctx.cache.get<Evolution>(seriesUrl, onProgress));
    const distancesUrl = apiUrl(ENDPOINTS.distances, { ...ctx.filterQuery(filters), limit: 0 });
    const startedDistances = distances.load(filtersKey(filters), (onProgress) => ctx.cache.get<Distances>(distancesUrl, onProgress));
    if (!startedSeries && !startedDistances) render();
  };

  const both = {
    subscribe: (listener: () => void) => {
      const offSeries = series.subscribe(listener);
      const offDistances = distances.subscribe(listener);
      return () => {
        offSeries();
        offDistances();
      };
    },
  };
  const stopFollowing = followState(store, load, render, mount, both);
  // the mark follows the year filter and the playback at once, without asking for the series again
  const stopMarking = store.watch(
    (s) => s.filters.to,
    () => {
      if (store.get().panel === 'growth') drawCharts();
    },
  );
  return () => {
    stopMarking();
    stopFollowing();
  };
};
