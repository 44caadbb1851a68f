/**
 * The communities panel (GET /api/communities for the current filters): each community's size,
 * top countries and East/West share as the API reports them; choosing one highlights its members
 * on the map (and colours by community), choosing it again shows all.
 */
import { record, type Community } from '../analytics-shapes.ts';
import { flyTo } from '../camera.ts';
import type { AppContext, Feature } from '../context.ts';
import { byId, fill, h } from '../dom.ts';
import { countryName, formatMetric, formatShare, isMessageKey, type MessageKey } from '../i18n/index.ts';
import { TOL_MUTED } from '../palettes.ts';

const LIST_LIMIT = 50;

/** "DE 40, PL 12" from `topCountries: [{country, count}]`, `{DE: 40}` or `['DE', 'PL']`. */
function topCountries(ctx: AppContext, value: unknown): string | null {
  const lang = ctx.store.get().lang;
  if (Array.isArray(value)) {
    return value
      .slice(0, 4)
      .map((item) => {
        if (typeof item === 'string') return countryName(lang, item);
        const rec = record(item);
        const code = (rec.country ?? rec.code ?? rec.id) as string | undefined;
        const n = rec.count ?? rec.municipalities ?? rec.share;
        return `${countryName(lang, code)}${typeof n === 'number' ? ` ${n < 1 ? formatShare(lang, n) : formatMetric(lang, n)}` : ''}`;
      })
      .join(', ');
  }
  const rec = record(value);
  const entries = Object.entries(rec).filter(([, v]) => typeof v === 'number') as Array<[string, number]>;
  if (!entries.length) return null;
  return entries
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([code, n]) => `${countryName(lang, code)} ${n < 1 ? formatShare(lang, n) : formatMetric(lang, n)}`)
    .join(', ');
}

/** A side's counts (`{east, west, eastShare}`) as a sentence. */
function sides(ctx: AppContext, key: 'communities.germany' | 'communities.europe', value: unknown): string | null {
  const rec = record(value);
  if (typeof rec.east !== 'number' || typeof rec.west !== 'number' || rec.east + rec.west === 0) return null;
  const lang = ctx.store.get().lang;
  return ctx.t(key, { east: rec.east, west: rec.west, share: typeof rec.eastShare === 'number' ? formatShare(lang, rec.eastShare) : '–' });
}

function profile(ctx: AppContext, c: Community): HTMLElement {
  const lang = ctx.store.get().lang;
  const rows: Array<[string, Node | string]> = [];
  const countries = topCountries(ctx, c.raw.topCountries ?? c.raw.countries);
  if (countries) rows.push([ctx.t('communities.topCountries'), countries]);
  const germany = sides(ctx, 'communities.germany', c.raw.germany);
  if (germany) rows.push([ctx.t('divide.germany'), germany]);
  const europe = sides(ctx, 'communities.europe', c.raw.europe);
  if (europe) rows.push([ctx.t('divide.europe'), europe]);
  const towns = Array.isArray(c.raw.topTowns) ? (c.raw.topTowns as unknown[]).map(record) : [];
  if (towns.length) {
    rows.push([
      ctx.t('communities.topTowns'),
      h(
        'span',
        {},
        towns.flatMap((town, i) => {
          const id = typeof town.id === 'string' ? town.id : null;
          const name = typeof town.name === 'string' ? town.name : (id ?? '');
          const item =
            id && ctx.graph.hasNode(id)
              ? h(
                  'button',
                  { type: 'button', class: 'link', onclick: () => (ctx.store.set({ selected: id, panel: 'town' }), flyTo(ctx, id)) },
                  name,
                )
              : name;
          return i ? [', ', item] : [item];
        }),
      ),
    ]);
  }
  for (const [key, value] of Object.entries(c.raw)) {
    if (['id', 'size', 'members', 'municipalities', 'nodes', 'topCountries', 'countries', 'germany', 'europe', 'topTowns'].includes(key))
      continue;
    const label = isMessageKey(`column.${key}`) ? ctx.t(`column.${key}` as MessageKey) : key;
    if (typeof value === 'number')
      rows.push([label, /share/i.test(key) && value <= 1 ? formatShare(lang, value) : formatMetric(lang, value)]);
    else if (typeof value === 'string') rows.push([label, value]);
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
    const title = h('h2', {}, ctx.t('communities.heading'));
    if (resource.status === 'unavailable')
      return fill(mount, title, h('p', { class: 'note unavailable' }, ctx.t('communities.unavailable')));
    if (resource.status === 'error')
      return fill(mount, title, h('p', { class: 'error' }, resource.messageKey ? ctx.t(resource.messageKey) : resource.message));
    if (resource.status !== 'ready') {
      const fraction = resource.status === 'loading' ? resource.progress?.fraction : null;
      return fill(
        mount,
        title,
        h('p', { class: 'note' }, ctx.t('common.loading')),
        typeof fraction === 'number' ? h('progress', { max: 1, value: fraction }) : null,
      );
    }
    const data = resource.data;
    const modularity = data.raw.modularity;
    const nmi = record(data.raw.nmi);
    const stability = record(data.raw.stability).meanNmi;
    const choose = (id: string) => store.set({ community: state.community === id ? null : id, color: 'community' });
    fill(
      mount,
      title,
      h(
        'p',
        { class: 'note', id: 'communities-summary' },
        ctx.t('communities.summary', { n: typeof data.raw.count === 'number' ? data.raw.count : data.communities.length }),
        typeof modularity === 'number' ? ` ${ctx.t('communities.modularity', { q: formatMetric(state.lang, modularity) })}` : '',
        typeof nmi.country === 'number' && typeof nmi.bloc === 'number'
          ? ` ${ctx.t('communities.nmi', { country: formatMetric(state.lang, nmi.country), bloc: formatMetric(state.lang, nmi.bloc) })}`
          : '',
        typeof stability === 'number' ? ` ${ctx.t('communities.stability', { nmi: formatMetric(state.lang, stability) })}` : '',
      ),
      state.community !== null
        ? h('button', { type: 'button', onclick: () => store.set({ community: null }) }, ctx.t('communities.showAll'))
        : null,
      h(
        'ol',
        { class: 'communities' },
        data.communities
          .slice(0, LIST_LIMIT)
          .map((c, i) =>
            h(
              'li',
              { class: state.community === c.id ? 'chosen' : undefined },
              h(
                'button',
                { type: 'button', class: 'link', 'aria-pressed': String(state.community === c.id), onclick: () => choose(c.id) },
                h('span', { class: 'swatch', style: `background:${TOL_MUTED[i] ?? '#B4B4B4'}` }),
                ctx.t('communities.item', { id: c.id, size: c.size }),
              ),
              profile(ctx, c),
            ),
          ),
      ),
      data.communities.length > LIST_LIMIT
        ? h('p', { class: 'note' }, ctx.t('communities.more', { n: data.communities.length - LIST_LIMIT }))
        : null,
    );
  };

  render();
  const unsubscribe = [
    store.subscribe((s, p) => {
      if (s.panel !== p.panel || s.lang !== p.lang || s.community !== p.community) render();
    }),
    ctx.analytics.communities.subscribe(render),
  ];
  return () => {
    for (const u of unsubscribe) u();
    mount.replaceChildren();
  };
};
