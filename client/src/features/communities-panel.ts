/**
 * The communities panel (GET /api/communities for the current filters, loaded by
 * analytics-sync.ts): each community by its name, with its size, top countries and East/West share
 * as the API reports them (the whole profile also as the name's tooltip); choosing one highlights
 * its members on the map (and colours by community), choosing it again shows all; "this community
 * only" hides every other town (a display option, state.communityOnly).
 */
import type { CommunityProfile } from '../../../contract/api/analyses.ts';
import { COMMUNITY_ALGORITHMS } from '../../../contract/vocabularies.ts';
import { flyTo } from '../camera.ts';
import type { AppContext, Feature } from '../context.ts';
import { byId, fill, h, labelledSelect } from '../dom.ts';
import { formatMetric } from '../i18n/index.ts';
import { communityColor } from '../palettes.ts';
import { profileText, sideCounts, topCountries } from '../community-text.ts';
import { coloursCommunities, communityAlgorithm } from '../state.ts';
import { pending } from './panel-reload.ts';

function profile(ctx: AppContext, c: CommunityProfile): HTMLElement {
  const rows: Array<[string, Node | string]> = [];
  const countries = topCountries(ctx, c.topCountries);
  if (countries) rows.push([ctx.t('communities.topCountries'), countries]);
  const germany = sideCounts(ctx, 'communities.germany', c.germany);
  if (germany) rows.push([ctx.t('divide.germany'), germany]);
  const europe = sideCounts(ctx, 'communities.europe', c.europe);
  if (europe) rows.push([ctx.t('divide.europe'), europe]);
  if (c.topTowns.length) {
    rows.push([
      ctx.t('communities.topTowns'),
      h(
        'span',
        {},
        c.topTowns.flatMap((town, i) => {
          const item = ctx.graph.hasNode(town.id)
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  onclick: () => (ctx.store.set({ selected: town.id, panel: 'town' }), flyTo(ctx, town.id)),
                },
                town.name,
              )
            : town.name;
          return i ? [', ', item] : [item];
        }),
      ),
    ]);
  }
  return h(
    'dl',
    { class: 'attributes compact' },
    rows.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
  );
}

export const setupCommunitiesPanel: Feature = (ctx) => {
  const { store } = ctx;
  const mount = byId('panel-communities');

  const render = () => {
    const state = store.get();
    if (state.panel !== 'communities') return;
    const resource = ctx.analytics.communities.state;
    const algorithm = communityAlgorithm(state);
    // the panel's algorithm is the map's: choosing one colours the map by it
    const title = [
      h('h2', {}, ctx.t('communities.heading')),
      ...labelledSelect(
        'community-algorithm',
        ctx.t('communities.algorithm'),
        COMMUNITY_ALGORITHMS.map((a) => ({ value: a, text: ctx.t(`communities.${a}`) })),
        algorithm,
        (value) => store.set({ color: value === 'leiden' ? 'leiden' : 'community', community: null }),
      ),
    ];
    if (resource.status !== 'ready') return fill(mount, title, pending(ctx, resource));
    const { lang } = state;
    const data = resource.data;
    const color = coloursCommunities(state.color) ? state.color : 'community';
    const choose = (id: string) => store.set(state.community === id ? { community: null, communityOnly: false } : { community: id, color });
    fill(
      mount,
      title,
      h(
        'p',
        { class: 'note', id: 'communities-summary' },
        ctx.t('communities.summary', { n: data.count }),
        ` ${ctx.t('communities.modularity', { q: formatMetric(lang, data.modularity) })}`,
        ` ${ctx.t('communities.nmi', { country: formatMetric(lang, data.nmi.country), bloc: formatMetric(lang, data.nmi.bloc) })}`,
        data.stability.meanNmi !== null ? ` ${ctx.t('communities.stability', { nmi: formatMetric(lang, data.stability.meanNmi) })}` : '',
      ),
      h('p', { class: 'note' }, ctx.t('communities.naming')),
      state.community !== null
        ? h(
            'div',
            { class: 'community-choice' },
            h(
              'label',
              { class: 'row' },
              h('input', {
                type: 'checkbox',
                id: 'community-only',
                checked: state.communityOnly,
                onchange: (e: Event) => store.set({ communityOnly: (e.target as HTMLInputElement).checked }),
              }),
              ` ${ctx.t('communities.only')}`,
            ),
            h(
              'button',
              { type: 'button', onclick: () => store.set({ community: null, communityOnly: false }) },
              ctx.t('communities.showAll'),
            ),
          )
        : null,
      h(
        'ol',
        { class: 'communities' },
        data.communities.map((c, i) => {
          const id = String(c.id);
          return h(
            'li',
            { class: state.community === id ? 'chosen' : undefined, 'data-id': id },
            h(
              'button',
              {
                type: 'button',
                class: 'link',
                'aria-pressed': String(state.community === id),
                title: profileText(ctx, c),
                onclick: () => choose(id),
              },
              // the colours of the map (palettes.ts communityScheme): the nine largest, in the API's order, and the chosen one
              h('span', { class: 'swatch', style: `background:${communityColor(i, state.community === id)}` }),
              ctx.t('communities.item', { name: c.name, size: c.size }),
            ),
            profile(ctx, c),
          );
        }),
      ),
      data.total > data.communities.length
        ? h('p', { class: 'note' }, ctx.t('communities.more', { n: data.total - data.communities.length }))
        : null,
    );
  };

  render();
  const unsubscribe = [
    store.subscribe((s, p) => {
      if (
        s.panel !== p.panel ||
        s.lang !== p.lang ||
        s.community !== p.community ||
        s.communityOnly !== p.communityOnly ||
        s.color !== p.color
      )
        render();
    }),
    ctx.analytics.communities.subscribe(render),
  ];
  return () => {
    for (const u of unsubscribe) u();
    mount.replaceChildren();
  };
};
