/**
 * The regions panel (GET /api/regions?level=country|state|district, for the current filters): a
 * sortable table that scrolls inside the panel, the under-connected regions flagged with the rule
 * that flags them as the API states it, every column explained (header tooltips and a glossary),
 * what the counts cover, and a CSV of the table as shown. With the regions map on, the table is the
 * map's level. A German region opened (from the map or a row: `region`) shows its figures, its
 * municipalities with their partnerships and its ties (GET /api/regions/:region), and on request
 * partners for it with their what-if (region-partners.ts).
 */
import type { RegionDetail, RegionRecommendations, Regions } from '../../../contract/api/regions.ts';
import { filtersKey } from '../../../contract/filters.ts';
import { REGION_LEVELS, type RegionLevel } from '../../../contract/vocabularies.ts';
import { apiUrl } from '../api.ts';
import type { AppContext, Feature } from '../context.ts';
import { toCsv, downloadText } from '../csv.ts';
import { byId, fill, h, labelledSelect } from '../dom.ts';
import { ENDPOINTS } from '../endpoints.ts';
import { formatMetric, formatNumber, formatShare, isMessageKey } from '../i18n/index.ts';
import { regionName, regionsUrl } from '../regions.ts';
import { Resource } from '../resource.ts';
import { MAP_LEVELS, type MapLevel } from '../state.ts';
import { sortableTable, type Row } from '../table.ts';
import { followState, pending } from './panel-reload.ts';
import { councilReportLink, partnersSection, partnersUrl } from './region-partners.ts';

/** The figures of an opened region, in this order. */
const DETAIL_FIGURES = [
  'municipalities',
  'partnered',
  'partneredShare',
  'partnerships',
  'perMunicipality',
  'population',
  'per100k',
  'observed',
  'expected',
  'ratio',
  'crossTies',
  'crossShare',
  'rank',
] as const;
/** Municipalities and ties listed at most (the API has them all). */
const LISTED = 300;

/** The API's rule in the user's language (its own `text` when it has no threshold). */
function ruleText(ctx: AppContext, { rule, level: of }: Regions): string {
  if (rule.kind === 'ratio' && rule.judged > 0)
    return ctx.t('regions.ruleRatio', {
      confidence: Math.round(rule.confidence * 100),
      judged: rule.judged,
      level: ctx.t(`regions.in.${of}`),
    });
  if (rule.threshold === null || rule.kind === 'ratio') return rule.text;
  return ctx.t('regions.ruleText', {
    threshold: formatMetric(ctx.store.get().lang, rule.threshold),
    quantile: Math.round(rule.quantile * 100),
    judged: rule.judged,
    level: ctx.t(`regions.in.${of}`),
    min: rule.minMunicipalities,
  });
}

/** What a column means (null when the page has no words for it). */
function helpOf(ctx: AppContext, column: string, answer: Regions | null): string | null {
  const key = `help.${column}`;
  if (!isMessageKey(key)) return null;
  return ctx.t(key, {
    confidence: Math.round((answer?.rule.confidence ?? 0.95) * 100),
    rule: answer ? ruleText(ctx, answer) : '',
  });
}

function label(ctx: AppContext, column: string): string {
  const key = `column.${column}`;
  return isMessageKey(key) ? ctx.t(key) : column;
}

/** The CSV's columns: those shown, with the region's name, the ratio's interval and the flag beside them. */
function csvColumns(shown: readonly string[], rows: readonly Row[]): string[] {
  const present = (c: string) => rows.some((r) => r[c] !== null && r[c] !== undefined);
  const out = ['region', 'name'];
  for (const c of shown) {
    if (c === 'region') continue;
    out.push(c);
    if (c === 'ratio') out.push(...['ratioLow', 'ratioHigh'].filter(present));
  }
  out.push('underConnected');
  return out.filter((c, i) => out.indexOf(c) === i && (c === 'underConnected' || present(c)));
}

export const setupRegionsPanel: Feature = (ctx) => {
  const { store } = ctx;
  const mount = byId('panel-regions');
  const regions = new Resource<Regions>();
  const detail = new Resource<RegionDetail>();
  const partners = new Resource<RegionRecommendations>();
  /** The level chosen here while the map is off (with the map on, the map's level). */
  let ownLevel: RegionLevel = 'country';
  let shown: { columns: string[]; rows: Row[] } = { columns: [], rows: [] };

  const level = (): RegionLevel => (store.get().map === 'regions' ? store.get().regionLevel : ownLevel);

  const levelPicker = () => {
    const onMap = store.get().map === 'regions';
    const levels: readonly RegionLevel[] = onMap ? MAP_LEVELS : REGION_LEVELS;
    return h(
      'div',
      { class: 'row' },
      labelledSelect(
        'regions-level',
        ctx.t('regions.level'),
        levels.map((l) => ({ value: l, text: ctx.t(`regions.${l}`) })),
        level(),
        (value) => {
          if (store.get().map === 'regions') store.set({ regionLevel: value as MapLevel, region: null });
          else {
            ownLevel = value as RegionLevel;
            load();
          }
        },
      ),
    );
  };

  const glossary = (columns: readonly string[], answer: Regions) =>
    h(
      'details',
      { class: 'glossary' },
      h('summary', {}, ctx.t('regions.glossary')),
      h(
        'dl',
        {},
        [...columns, 'underConnected'].map((c) => {
          const help = helpOf(ctx, c, answer);
          return help ? [h('dt', {}, label(ctx, c)), h('dd', { 'data-column': c }, help)] : null;
        }),
      ),
    );

  const renderTable = (answer: Regions) => {
    const state = store.get();
    const { rows } = answer;
    const rule = ruleText(ctx, answer);
    const german = answer.level !== 'country';
    const table = sortableTable({
      caption: ctx.t('regions.caption', { level: ctx.t(`regions.${answer.level}`), n: rows.length }),
      rows,
      lang: state.lang,
      t: ctx.t,
      preferred: [
        'region',
        'rank',
        'ratio',
        'expected',
        'partnerships',
        'perMunicipality',
        'partneredShare',
        'crossShare',
        'municipalities',
        'partnered',
        'crossTies',
        'per100k',
      ],
      // the flag column shows underConnected; population is behind per100k; the interval is shown with the ratio; the name in the region column
      hidden: ['underConnected', 'population', 'name', 'observed', 'ratioLow', 'ratioHigh'],
      marked: (row) => row.underConnected === true,
      format: (column, value, row) => {
        if (column === 'region' && typeof value === 'string')
          return answer.level === 'district' ? `${String(row.name)} (${value})` : regionName(state.lang, value);
        if (column === 'ratio' && typeof value === 'number' && typeof row.ratioLow === 'number' && typeof row.ratioHigh === 'number')
          return `${formatMetric(state.lang, value)} (${formatMetric(state.lang, row.ratioLow)}–${formatMetric(state.lang, row.ratioHigh)})`;
        if (/share/i.test(column) && typeof value === 'number' && value <= 1) return formatShare(state.lang, value);
        return null;
      },
      describe: (column) => helpOf(ctx, column, answer),
      onShown: (columns, sorted) => {
        shown = { columns, rows: sorted };
      },
      ...(german ? { onRowClick: (row: Row) => store.set({ region: String(row.region) }) } : {}),
      initialSort: { column: 'rank', descending: false },
    });
    const download = h(
      'button',
      {
        type: 'button',
        id: 'regions-csv',
        class: 'download',
        onclick: () => downloadText(toCsv(csvColumns(shown.columns, shown.rows), shown.rows), `jumelage-regions-${answer.level}.csv`),
      },
      ctx.t('regions.csv'),
    );
    return [
      rule ? h('p', { class: 'note rule' }, ctx.t('regions.rule', { rule })) : null,
      h('p', { class: 'note coverage' }, answer.coverage.text),
      glossary(shown.columns, answer),
      h('div', { class: 'row actions' }, download),
      table,
    ];
  };

  const renderDetail = () => {
    const title = h('h2', {}, ctx.t('regions.heading'));
    const back = h('button', { type: 'button', class: 'link back', onclick: () => store.set({ region: null }) }, ctx.t('regions.back'));
    const loaded = detail.state;
    if (loaded.status !== 'ready') return fill(mount, title, back, pending(ctx, loaded));
    const { row, municipalities, ties, level: of } = loaded.data;
    const lang = store.get().lang;
    const answer = regions.data;
    const value = (figure: (typeof DETAIL_FIGURES)[number]): string => {
      const v = row[figure];
      if (v === null) return '–';
      if (figure === 'ratio' && row.ratioLow !== null && row.ratioHigh !== null)
        return `${formatMetric(lang, v)} (${formatMetric(lang, row.ratioLow)}–${formatMetric(lang, row.ratioHigh)})`;
      if (figure.endsWith('Share')) return formatShare(lang, v);
      return Number.isInteger(v) ? formatNumber(lang, v) : formatMetric(lang, v);
    };
    const describe = (c: string) => helpOf(ctx, c, answer);
    const listedTies = ties.slice(0, LISTED);
    fill(
      mount,
      title,
      back,
      h(
        'h3',
        { id: 'region-name', 'data-region': row.region },
        of === 'district' ? `${row.name} (${row.region})` : `${regionName(lang, row.region)} (${row.region})`,
      ),
      row.underConnected ? h('p', { class: 'flagged' }, ctx.t('regions.underConnectedYes')) : null,
      councilReportLink(ctx, row.region, store.get().filters),
      h('h4', {}, ctx.t('regions.detailFigures')),
      h(
        'dl',
        { class: 'attributes region-figures' },
        DETAIL_FIGURES.map((f) => {
          const help = describe(f);
          return [
            h('dt', {}, help ? h('abbr', { title: help }, label(ctx, f)) : label(ctx, f)),
            h('dd', { 'data-figure': f, 'data-value': row[f] === null ? '' : String(row[f]) }, value(f)),
          ];
        }),
      ),
      h('h4', {}, ctx.t('regions.detailMunicipalities', { n: municipalities.length })),
      sortableTable({
        caption: ctx.t('regions.detailMunicipalities', { n: municipalities.length }),
        rows: municipalities
          .slice(0, LISTED)
          .map(({ name, population, partnerships, expected }) => ({ name, population, partnerships, expected })),
        lang,
        t: ctx.t,
        describe,
      }),
      municipalities.length > LISTED
        ? h(
            'p',
            { class: 'note' },
            ctx.t('regions.detailMore', { shown: LISTED, n: municipalities.length, url: `/api/regions/${row.region}` }),
          )
        : null,
      h('h4', {}, ctx.t('regions.detailTies', { n: ties.length })),
      h(
        'ul',
        { class: 'ties region-ties' },
        listedTies.map((tie) =>
          h(
            'li',
            { class: tie.cross ? 'cross' : undefined },
            `${tie.aName} – ${tie.bName}`,
            tie.cross ? h('span', { class: 'meta' }, ctx.t('regions.detailCross')) : null,
          ),
        ),
      ),
      ties.length > LISTED
        ? h('p', { class: 'note' }, ctx.t('regions.detailMore', { shown: LISTED, n: ties.length, url: `/api/regions/${row.region}` }))
        : null,
      partnersSection(ctx, partnersState(row.region), partnersUrl(ctx, row.region, store.get().filters, 'csv'), () =>
        loadPartners(row.region),
      ),
    );
  };

  /** The partners of `region` under the current filters: idle until asked for. */
  const partnersKey = (region: string) => `${region}|${filtersKey(store.get().filters)}`;
  const partnersState = (region: string) => (partners.key === partnersKey(region) ? partners.state : ({ status: 'idle' } as const));
  const loadPartners = (region: string) => {
    const started = partners.load(partnersKey(region), (onProgress) =>
      ctx.cache.get<RegionRecommendations>(partnersUrl(ctx, region, store.get().filters), onProgress),
    );
    if (!started) render();
  };

  const render = () => {
    const state = store.get();
    if (state.panel !== 'regions') return;
    if (state.region !== null) return renderDetail();
    const title = h('h2', {}, ctx.t('regions.heading'));
    const { state: loaded } = regions;
    if (loaded.status !== 'ready') return fill(mount, title, levelPicker(), pending(ctx, loaded));
    fill(mount, title, levelPicker(), renderTable(loaded.data));
  };

  const load = () => {
    const state = store.get();
    if (state.panel !== 'regions') return;
    const { filters, region } = state;
    if (region !== null) {
      const started = detail.load(`${region}|${filtersKey(filters)}`, (onProgress) =>
        ctx.cache.get<RegionDetail>(apiUrl(ENDPOINTS.region, { region, ...ctx.filterQuery(filters) }), onProgress),
      );
      if (!started) render();
      return;
    }
    const chosen = level();
    const started = regions.load(`${chosen}|${filtersKey(filters)}`, (onProgress) =>
      ctx.cache.get<Regions>(regionsUrl(ctx, chosen, filters), onProgress),
    );
    if (!started) render();
  };

  const unsubscribeDetail = detail.subscribe(render);
  const unsubscribePartners = partners.subscribe(render);
  const unsubscribe = store.subscribe((s, p) => {
    if (s.region !== p.region || s.map !== p.map || (s.map === 'regions' && s.regionLevel !== p.regionLevel)) load();
  });
  const teardown = followState(store, load, render, mount, regions);
  return () => {
    unsubscribe();
    unsubscribeDetail();
    unsubscribePartners();
    teardown();
  };
};
