/** The rankings panel: the top towns of a centrality for the current filters (GET /api/metrics/centrality). */
import { apiUrl } from '../api.ts';
import { readRanking } from '../analytics-shapes.ts';
import { flyTo } from '../camera.ts';
import { ENDPOINTS } from '../capabilities.ts';
import type { Feature } from '../context.ts';
import { panelData } from '../panel-data.ts';
import { followState } from './panel-reload.ts';
import { byId, fill, h, labelledSelect } from '../dom.ts';
import { countryName, formatMetric, type MessageKey } from '../i18n/index.ts';
import { CENTRALITY_MEASURES, type CentralityMeasure } from '../types.ts';

const TOP = 25;

export const setupRankingsPanel: Feature = (ctx) => {
  const { store, caps } = ctx;
  const mount = byId('panel-rankings');
  const measures = (caps.values(ENDPOINTS.centrality, 'measure') ?? [...CENTRALITY_MEASURES]).filter((m): m is CentralityMeasure =>
    (CENTRALITY_MEASURES as readonly string[]).includes(m),
  );
  let measure: CentralityMeasure = measures.includes('betweenness') ? 'betweenness' : (measures[0] ?? 'degree');

  const render = () => {
    const state = store.get();
    if (state.panel !== 'rankings') return;
    const title = h('h2', {}, ctx.t('rankings.heading'));
    if (!caps.has(ENDPOINTS.centrality)) return fill(mount, title, h('p', { class: 'note unavailable' }, ctx.t('rankings.unavailable')));
    const picker = h(
      'div',
      { class: 'row' },
      labelledSelect(
        'rankings-measure',
        ctx.t('rankings.measure'),
        measures.map((m) => ({ value: m, text: ctx.t(`size.${m}` as MessageKey) })),
        measure,
        (value) => {
          measure = value as CentralityMeasure;
          load();
        },
      ),
    );
    const { result } = data;
    if (!result) return fill(mount, title, picker, h('p', { class: 'note' }, ctx.t('common.loading')));
    if ('error' in result) return fill(mount, title, picker, h('p', { class: 'error' }, result.error));
    fill(
      mount,
      title,
      picker,
      h(
        'table',
        { class: 'ranking' },
        h('caption', {}, ctx.t('rankings.caption', { n: result.values.length, measure: ctx.t(`size.${measure}` as MessageKey) })),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, ctx.t('column.rank')),
            h('th', { scope: 'col' }, ctx.t('column.name')),
            h('th', { scope: 'col' }, ctx.t('column.value')),
          ),
        ),
        h(
          'tbody',
          {},
          result.values.map((item, i) => {
            const known = ctx.graph.hasNode(item.id);
            const name = item.name ?? (known ? ctx.graph.getNodeAttribute(item.id, 'name') : item.id);
            const country = known ? ctx.graph.getNodeAttribute(item.id, 'country') : undefined;
            return h(
              'tr',
              {},
              h('td', { class: 'num' }, String(item.rank ?? i + 1)),
              h(
                'td',
                {},
                known
                  ? h(
                      'button',
                      {
                        type: 'button',
                        class: 'link',
                        onclick: () => (store.set({ selected: item.id, panel: 'town' }), flyTo(ctx, item.id)),
                      },
                      name,
                    )
                  : name,
                country ? h('span', { class: 'meta' }, ` ${countryName(state.lang, country)}`) : null,
              ),
              h('td', { class: 'num' }, formatMetric(state.lang, item.value)),
            );
          }),
        ),
      ),
    );
  };

  const data = panelData<ReturnType<typeof readRanking>>(render);

  const load = () => {
    if (store.get().panel !== 'rankings' || !caps.has(ENDPOINTS.centrality)) return render();
    const query = { measure, limit: TOP, ...ctx.filterQuery() };
    data.load(JSON.stringify(query), () =>
      ctx.cache
        .get<unknown>(apiUrl(ENDPOINTS.centrality, query, caps.queryParams(ENDPOINTS.centrality)))
        .then((body) => readRanking(body, measure)),
    );
  };

  return followState(store, load, render, mount);
};
