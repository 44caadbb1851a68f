/**
 * The regions panel (GET /api/regions?level=country|state|district and
 * /api/regions/under-connected, for the current filters): a sortable table, the under-connected
 * regions flagged, with the rule that flags them as the API states it.
 */
import { apiUrl } from '../api.ts';
import { idOf, itemsOf, readRows, record, stringOf, type Json } from '../analytics-shapes.ts';
import { ENDPOINTS } from '../capabilities.ts';
import type { Feature } from '../context.ts';
import { panelData } from '../panel-data.ts';
import { followState } from './panel-reload.ts';
import { byId, fill, h, labelledSelect } from '../dom.ts';
import { formatMetric, formatShare, type MessageKey } from '../i18n/index.ts';
import { regionName } from '../regions.ts';
import { sortableTable } from '../table.ts';

const LEVELS = ['country', 'state', 'district'] as const;
type Level = (typeof LEVELS)[number];

export const setupRegionsPanel: Feature = (ctx) => {
  const { store, caps } = ctx;

  /** The API's rule (`{quantile, threshold, judged, minMunicipalities, text}`) in the user's language. */
  const ruleText = (rule: Json): string | null => {
    const { quantile, threshold, judged, minMunicipalities } = rule;
    if (
      typeof quantile !== 'number' ||
      typeof threshold !== 'number' ||
      typeof judged !== 'number' ||
      typeof minMunicipalities !== 'number'
    ) {
      return typeof rule.text === 'string' ? rule.text : null;
    }
    const lang = store.get().lang;
    return ctx.t('regions.ruleText', {
      threshold: formatMetric(lang, threshold),
      quantile: Math.round(quantile * 100),
      judged,
      level: ctx.t(`regions.in.${level}` as MessageKey),
      min: minMunicipalities,
    });
  };
  const mount = byId('panel-regions');
  let level: Level = 'country';

  const levelPicker = () =>
    h(
      'div',
      { class: 'row' },
      labelledSelect(
        'regions-level',
        ctx.t('regions.level'),
        LEVELS.map((l) => ({ value: l, text: ctx.t(`regions.${l}` as MessageKey) })),
        level,
        (value) => {
          level = value as Level;
          load();
        },
      ),
    );

  const render = () => {
    const state = store.get();
    if (state.panel !== 'regions') return;
    const title = h('h2', {}, ctx.t('regions.heading'));
    if (!caps.has(ENDPOINTS.regions)) return fill(mount, title, h('p', { class: 'note unavailable' }, ctx.t('regions.unavailable')));
    const { result } = data;
    if (!result) return fill(mount, title, levelPicker(), h('p', { class: 'note' }, ctx.t('common.loading')));
    if ('error' in result) return fill(mount, title, levelPicker(), h('p', { class: 'error' }, result.error));
    const shownRule = result.ruleData ? ruleText(result.ruleData) : result.rule;
    const { rows, flagged } = result;
    const keyOf = (row: Json) => idOf(row) ?? stringOf(row, 'code', 'region', 'name') ?? '';
    fill(
      mount,
      title,
      levelPicker(),
      shownRule ? h('p', { class: 'note rule' }, ctx.t('regions.rule', { rule: shownRule })) : null,
      caps.has(ENDPOINTS.underConnected) ? null : h('p', { class: 'note' }, ctx.t('regions.underConnectedUnavailable')),
      sortableTable({
        caption: ctx.t('regions.caption', { level: ctx.t(`regions.${level}` as MessageKey), n: rows.length }),
        rows,
        lang: state.lang,
        t: ctx.t,
        preferred: [
          'region',
          'name',
          'code',
          'id',
          'country',
          'rank',
          'partnerships',
          'perMunicipality',
          'crossShare',
          'municipalities',
          'partnered',
          'crossTies',
          'per100k',
        ],
        // the flag column shows underConnected; population is behind per100k
        hidden: ['level', 'underConnected', 'population'],
        marked: (row) => row.underConnected === true || flagged.has(keyOf(row)),
        format: (column, value) => {
          if ((column === 'country' || column === 'region') && typeof value === 'string') return regionName(state.lang, value);
          if (/share/i.test(column) && typeof value === 'number' && value <= 1) return formatShare(state.lang, value);
          return null;
        },
        initialSort: {
          column: rows[0] && typeof rows[0].rank === 'number' ? 'rank' : 'partnerships',
          descending: !(rows[0] && typeof rows[0].rank === 'number'),
        },
      }),
    );
  };

  const data = panelData<{ rows: Json[]; flagged: Set<string>; rule: string | null; ruleData: Json | null }>(render);

  const load = () => {
    if (store.get().panel !== 'regions' || !caps.has(ENDPOINTS.regions)) return render();
    const query = { level, ...ctx.filterQuery() };
    data.load(JSON.stringify(query), () => {
      const regions = ctx.cache.get<unknown>(apiUrl(ENDPOINTS.regions, query, caps.queryParams(ENDPOINTS.regions)));
      const under = caps.has(ENDPOINTS.underConnected)
        ? ctx.cache.get<unknown>(apiUrl(ENDPOINTS.underConnected, query, caps.queryParams(ENDPOINTS.underConnected)))
        : Promise.resolve(null);
      return Promise.all([regions, under]).then(([body, underBody]) => {
        const flagged = new Set(
          itemsOf(underBody, 'regions')
            .map((r) => idOf(r) ?? stringOf(r, 'code', 'region', 'name'))
            .filter((x): x is string => x !== null),
        );
        const rule = stringOf(underBody, 'rule', 'ruleDescription', 'description') ?? stringOf(body, 'rule');
        const ruleData = record(record(underBody ?? body).rule);
        return { rows: readRows(body, 'regions'), flagged, rule, ruleData: Object.keys(ruleData).length ? ruleData : null };
      });
    });
  };

  return followState(store, load, render, mount);
};
