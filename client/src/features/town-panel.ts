/**
 * The selected town (GET /api/municipalities/:id): its attributes, metrics with their ranks, its
 * partners and recommended partners for the current filters (GET /api/recommendations/:id); the
 * sections are drawn by town-sections.ts, and its connections (neighbourhood, paths to another
 * town) by town-connections.ts, which stays in place while the rest is redrawn. While the server still computes the metrics, the panel
 * follows that job and shows them once they are there.
 */
import type { Recommendations } from '../../../contract/api/analyses.ts';
import type { Municipality, MunicipalityMetrics } from '../../../contract/api/municipalities.ts';
import { filtersKey, hasFilters } from '../../../contract/filters.ts';
import { apiUrl, followJob, getJson } from '../api.ts';
import type { Feature } from '../context.ts';
import { batched, byId, h } from '../dom.ts';
import { ENDPOINTS } from '../endpoints.ts';
import { Resource, type LoadState } from '../resource.ts';
import { connectionsSection } from './town-connections.ts';
import { attributes, metrics, partnerList, recommendationList } from './town-sections.ts';

/** How often the metrics are asked for again when a new job has started meanwhile. */
const METRICS_ATTEMPTS = 3;

/** The metrics of a town whose answer came while they were computed: when the job is done, asked for again. */
async function metricsAfter(id: string, job: string): Promise<MunicipalityMetrics | null> {
  let running = job;
  for (let attempt = 0; attempt < METRICS_ATTEMPTS; attempt++) {
    await followJob(apiUrl(ENDPOINTS.job, { id: running }));
    const answer = await getJson<Municipality>(apiUrl(ENDPOINTS.municipality, { id }));
    if (answer.metrics || !answer.metricsJob) return answer.metrics;
    running = answer.metricsJob;
  }
  return null;
}

export const setupTownPanel: Feature = (ctx) => {
  const { store } = ctx;
  const mount = byId('panel-town');
  const town = new Resource<Municipality>();
  const computed = new Resource<MunicipalityMetrics | null>();
  // shared: the drawing marks the recommended partners on the map (draw.ts, focus.ts)
  const recommendations = ctx.analytics.recommendations;
  let shownFor: string | null = null;
  // the panel: what is redrawn above and below the connections section, which is not
  const top = h('div');
  const bottom = h('div');
  const connections = connectionsSection(ctx);
  mount.replaceChildren(top, connections.element, bottom);
  /** Shows `above` and, for a town on the map, the connections and `below`. */
  const show = (above: Array<Node | null>, below: Array<Node | null> = [], connected = false) => {
    top.replaceChildren(...above.filter((p): p is Node => p !== null));
    bottom.replaceChildren(...below.filter((p): p is Node => p !== null));
    connections.element.hidden = !connected;
    if (connected) connections.render();
  };

  /** A resource's state for the town `id` (loading while it is still another town's). */
  const stateFor = <T>(resource: Resource<T>, key: string): LoadState<T> =>
    resource.key === key ? resource.state : { status: 'loading', progress: null };

  const render = () => {
    const id = store.get().selected;
    if (id === null) {
      show([h('p', { class: 'hint' }, ctx.t('town.empty'))]);
      return;
    }
    const known = ctx.graph.hasNode(id);
    const name = known ? ctx.graph.getNodeAttribute(id, 'name') : id;
    const heading = h(
      'div',
      { class: 'panel-head' },
      h('h2', { id: 'town-name', tabindex: -1 }, name),
      h(
        'button',
        {
          type: 'button',
          class: 'close',
          'aria-label': ctx.t('town.close'),
          title: ctx.t('town.close'),
          onclick: () => store.set({ selected: null }),
        },
        '×',
      ),
    );
    if (!known) {
      show([heading, h('p', { class: 'error' }, ctx.t('town.unknown', { id }))]);
      return;
    }
    const parts: Array<Node | null> = [heading];
    const inView = ctx.view().nodes.has(id);
    if (!inView) parts.push(h('p', { class: 'note' }, ctx.t('town.hiddenByFilters')));
    const answer = stateFor(town, id);
    if (answer.status === 'error')
      parts.push(h('p', { class: 'error', role: 'alert' }, answer.messageKey ? ctx.t(answer.messageKey) : answer.message));
    else if (answer.status !== 'ready') parts.push(h('p', { class: 'note' }, ctx.t('common.loading')));
    else {
      // while the recommendations for the filters load, those of the town's answer (made without filters) stand in
      const preview = hasFilters(store.get().filters) ? null : answer.data.recommendations;
      parts.push(attributes(ctx, answer.data.municipality), metrics(ctx, id, answer.data, stateFor(computed, id)));
      const below = [
        partnerList(ctx, answer.data.partners),
        inView ? recommendationList(ctx, stateFor(recommendations, recommendationsKey(id)), preview) : null,
      ];
      return show(parts, below, inView);
    }
    show(parts);
  };

  const recommendationsKey = (id: string) => `${id}|${filtersKey(store.get().filters)}`;

  const loadRecommendations = (id: string) => {
    // a town the filters leave out has no recommendations for them (the API answers 404)
    if (!ctx.view().nodes.has(id)) return;
    const query = { id, ...ctx.filterQuery() };
    recommendations.load(recommendationsKey(id), () =>
      ctx.cache.get<Recommendations>(apiUrl(ENDPOINTS.recommendations, query)).then((body) => body.recommendations),
    );
  };

  const load = () => {
    const id = store.get().selected;
    shownFor = id;
    if (id === null || !ctx.graph.hasNode(id)) {
      town.reset();
      recommendations.reset();
      render();
      return;
    }
    if (!town.load(id, () => ctx.cache.get<Municipality>(apiUrl(ENDPOINTS.municipality, { id })))) render();
    loadRecommendations(id);
  };

  /** The town's answer came while its metrics were computed: follow that job. */
  const followMetrics = () => {
    const answer = town.data;
    const id = town.key;
    if (id !== null && answer?.metricsJob) {
      const job = answer.metricsJob;
      computed.load(id, () => metricsAfter(id, job));
    }
  };

  const schedule = batched(render);
  load();
  const unsubscribe = [
    town.subscribe(followMetrics),
    ...[town, computed, recommendations, ctx.analytics.metrics].map((resource) => resource.subscribe(schedule, { progress: false })),
    ...[ctx.analytics.paths, ctx.analytics.ego].map((resource) => resource.subscribe(() => connections.render(), { progress: false })),
    store.subscribe((s, p) => {
      if (s.selected !== shownFor) return load();
      // the recommendations follow the filters, though not while the years play
      const settled = (s.filters !== p.filters && !s.playing) || (p.playing && !s.playing);
      if (settled && s.selected !== null && ctx.graph.hasNode(s.selected)) loadRecommendations(s.selected);
      if (s.lang !== p.lang || s.filters !== p.filters) render();
      else if (s.pathTo !== p.pathTo || s.ego !== p.ego) connections.render();
    }),
  ];
  return () => {
    for (const u of unsubscribe) u();
    mount.replaceChildren();
  };
};
