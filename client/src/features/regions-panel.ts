/**
 * The regions panel (GET /api/regions?level=country|state|district, for the current filters): a
 * sortable table, the under-connected regions flagged, with the rule that flags them as the API
 * states it.
 */
import type { Regions } from '../../../contract/api/regions.ts';
import { filtersKey } from '../../../contract/filters.ts';
import { REGION_LEVELS, type RegionLevel } from '../../../contract/vocabularies.ts';
import { apiUrl } from '../api.ts';
import type { Feature } from '../context.ts';
import { byId, fill, h, labelledSelect } from '../dom.ts';
import { ENDPOINTS } from '../endpoints.ts';
import { formatMetric, formatShare } from '../i18n/index.ts';
import { regionName } from '../regions.ts';
import { Resource } from '../resource.ts';
import { sortableTable } from '../table.ts';
import { followState, pending } from './panel-reload.ts';

export const setupRegionsPanel: Feature = (ctx) => {
  const { store } = ctx;
  const mount = byId('panel-regions');
  const regions = new Resource<Regions>();
  let level: RegionLevel = 'country';

  /** The API's rule in the user's language (its own `text` when it has no threshold). */
  const ruleText = ({ rule, level: of }: Regions): string => {
    if (rule.kind === 'ratio' && rule.judged > 0)
      return ctx.t('regions.ruleRatio', {
        confidence: Math.round(rule.confidence * 100),
        judged: rule.judged,
        level: ctx.t(`regions.in.${of}`),
      });
    if (rule.threshold === null || rule.kind === 'ratio') return rule.text;
    return ctx.t('regions.ruleText', {
      threshold: formatMetric(store.get().lang, rule.threshold),
      quantile: Math.round(rule.quantile * 100),
      judged: rule.judged,
      level: ctx.t(`regions.in.${of}`),
      min: rule.minMunicipalities,
    });
  };

  const levelPicker = () =>
    h(
      'div',
      { class: 'row' },
      labelledSelect(
        'regions-level',
        ctx.t('regions.level'),
        REGION_LEVELS.map((l) => ({ value: l, text: ctx.t(`regions.${l}`) })),
        level,
        (value) => {
          level = value as RegionLevel;
          load();
        },
      ),
    );

  const render = () => {
    const state = store.get();
    if (state.panel !== 'regions') return;
    const title = h('h2', {}, ctx.t('regions.heading'));
    const { state: loaded } = regions;
    if (loaded.status !== 'ready') return fill(mount, title, levelPicker(), pending(ctx, loaded));
    const { rows } = loaded.data;
    const rule = ruleText(loaded.data);
    fill(
      mount,
      title,
      levelPicker(),
      rule ? h('p', { class: 'note rule' }, ctx.t('regions.rule', { rule })) : null,
      h('p', { class: 'note coverage' }, loaded.data.coverage.text),
      sortableTable({
        caption: ctx.t('regions.caption', { level: ctx.t(`regions.${loaded.data.level}`), n: rows.length }),
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
            return loaded.data.level === 'district' ? `${String(row.name)} (${value})` : regionName(state.lang, value);
          if (column === 'ratio' && typeof value === 'number' && typeof row.ratioLow === 'number' && typeof row.ratioHigh === 'number')
            return `${formatMetric(state.lang, value)} (${formatMetric(state.lang, row.ratioLow)}–${formatMetric(state.lang, row.ratioHigh)})`;
          if (/share/i.test(column) && typeof value === 'number' && value <= 1) return formatShare(state.lang, value);
          return null;
        },
        initialSort: { column: 'rank', descending: false },
      }),
    );
  };

  const load = () => {
    if (store.get().panel !== 'regions') return;
    const { filters } = store.get();
    const chosen = level;
    const started = regions.load(`${chosen}|${filtersKey(filters)}`, (onProgress) =>
      ctx.cache.get<Regions>(apiUrl(ENDPOINTS.regions, { level: chosen, ...ctx.filterQuery(filters) }), onProgress),
    );
    if (!started) render();
  };

  return followState(store, load, render, mount, regions);
};
