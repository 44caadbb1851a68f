/** The counts in the header: towns and partnerships drawn under the filters (`#stats[data-nodes][data-edges]`). */
import type { Feature } from '../context.ts';
import { byId } from '../dom.ts';

export const setupStats: Feature = (ctx) => {
  const stats = byId('stats');
  const render = () => {
    const view = ctx.view();
    const towns = view.nodes.size;
    const ties = view.edges.size;
    const all = towns === ctx.meta.towns && ties === ctx.meta.ties;
    // everything but the layer of places without a partnership, which is off by default
    const partnered = !all && ties === ctx.meta.ties && towns === ctx.meta.towns - ctx.meta.unpartnered;
    stats.textContent = all
      ? ctx.t('stats.all', { towns, ties })
      : partnered
        ? ctx.t('stats.partnered', { towns, ties, hidden: ctx.meta.unpartnered })
        : ctx.t('stats.filtered', { towns, ties, allTowns: ctx.meta.towns, allTies: ctx.meta.ties });
    stats.dataset.nodes = String(towns);
    stats.dataset.edges = String(ties);
  };
  render();
  const unsubscribe = ctx.store.subscribe((state, previous) => {
    if (state.filters !== previous.filters || state.lang !== previous.lang) render();
  });
  return () => {
    unsubscribe();
    delete stats.dataset.nodes;
    delete stats.dataset.edges;
  };
};
