/**
 * The rankings panel: the top towns by a centrality for the current filters, a page of the API's
 * ranking (GET /api/metrics/centrality: its ranks, its ranking rule).
 */
import type { Ranking } from '../../../contract/api/analyses.ts';
import { filtersKey } from '../../../contract/filters.ts';
import { MEASURES, type Measure } from '../../../contract/vocabularies.ts';
import { apiUrl } from '../api.ts';
import { flyTo } from '../camera.ts';
import type { Feature } from '../context.ts';
import { byId, fill, h, labelledSelect } from '../dom.ts';
import { ENDPOINTS } from '../endpoints.ts';
import { countryName, formatMetric } from '../i18n/index.ts';
import { Resource } from '../resource.ts';
import { followState, pending } from './panel-reload.ts';

const TOP = 25;

export const setupRankingsPanel: Feature = (ctx) => {
  const { store } = ctx;
  const mount = byId('panel-rankings');
  const ranking = new Resource<Ranking>();
  let measure: Measure = 'betweenness';

  const render = () => {
    const state = store.get();
    if (state.panel !== 'rankings') return;
    const title = h('h2', {}, ctx.t('rankings.heading'));
    const picker = h(
      'div',
      { class: 'row' },
      labelledSelect(
        'rankings-measure',
        ctx.t('rankings.measure'),
        MEASURES.map((m) => ({ value: m, text: ctx.t(`size.${m}`) })),
        measure,
        (value) => {
          measure = value as Measure;
          load();
        },
      ),
    );
    const { state: loaded } = ranking;
    if (loaded.status !== 'ready') return fill(mount, title, picker, pending(ctx, loaded));
    const { items } = loaded.data;
    fill(
      mount,
      title,
      picker,
      h(
        'table',
        { class: 'ranking' },
        h('caption', {}, ctx.t('rankings.caption', { n: items.length, measure: ctx.t(`size.${loaded.data.measure}`) })),
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
          items.map((item) => {
            const known = ctx.graph.hasNode(item.id);
            return h(
              'tr',
              {},
              h('td', { class: 'num' }, String(item.rank)),
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
                      item.name,
                    )
                  : item.name,
                item.country ? h('span', { class: 'meta' }, ` ${countryName(state.lang, item.country)}`) : null,
              ),
              h('td', { class: 'num' }, formatMetric(state.lang, item.value)),
            );
          }),
        ),
      ),
    );
  };

  const load = () => {
    if (store.get().panel !== 'rankings') return;
    const { filters } = store.get();
    const chosen = measure;
    const started = ranking.load(`${chosen}|${filtersKey(filters)}`, (onProgress) =>
      ctx.cache.get<Ranking>(apiUrl(ENDPOINTS.ranking, { measure: chosen, limit: TOP, ...ctx.filterQuery(filters) }), onProgress),
    );
    if (!started) render();
  };

  return followState(store, load, render, mount, ranking);
};
