/**
 * The legend: what colour and size mean right now (read from the same model as the drawing), with
 * the number of visible towns per colour; the east-west view adds its ties and brokers.
 */
import type { AppContext, Feature } from '../context.ts';
import { colorModel, sizeModel, MIN_SIZE } from '../drawing-model.ts';
import { batched, byId, h } from '../dom.ts';
import { countryName, formatMetric, isMessageKey, type MessageKey } from '../i18n/index.ts';
import { flowDivide } from '../flows.ts';
import { CROSS_TIE, EDGE_FADED, FLOW, type Category } from '../palettes.ts';
import { highlightOf } from './connections.ts';
import { communityProfile, profileText } from '../community-text.ts';

function categoryLabel(ctx: AppContext, category: Category): string {
  const { label } = category;
  if ('text' in label) return label.text;
  if ('country' in label) return countryName(ctx.store.get().lang, label.country);
  return isMessageKey(label.key) ? ctx.t(label.key, label.params) : label.key;
}

function communityTitle(ctx: AppContext, mode: string, key: string): string | undefined {
  if (mode !== 'community' && mode !== 'leiden') return undefined;
  const profile = communityProfile(ctx, key);
  return profile ? profileText(ctx, profile) : undefined;
}

const FALLBACK_KEYS: Record<'loading' | 'error', MessageKey> = {
  loading: 'legend.loading',
  error: 'legend.failed',
};

/** "(40 %)" while an analysis reports its progress. */
function progressOf(fraction: number | null): string {
  return fraction !== null ? ` (${Math.round(fraction * 100)} %)` : '';
}

export const setupLegend: Feature = (ctx) => {
  const legend = byId('legend-body');

  const render = () => {
    const state = ctx.store.get();
    const view = ctx.view();
    const color = colorModel(ctx);
    const size = sizeModel(ctx);
    const counts = new Map<string, number>();
    for (const node of view.nodes) {
      const key = color.scheme.categoryOf(node, ctx.graph.getNodeAttributes(node));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const colorTitle = ctx.t('legend.colour', { mode: ctx.t(`color.${color.scheme.mode}`) });
    const parts: Node[] = [
      h('h2', { id: 'legend-colour-title' }, colorTitle),
      color.fallback
        ? h(
            'p',
            { class: 'note' },
            ctx.t(FALLBACK_KEYS[color.fallback], {
              what: ctx.t(`color.${color.requested}`) + progressOf(color.progress),
            }),
          )
        : document.createTextNode(''),
      color.followsDivide && state.divide
        ? h('p', { class: 'note', id: 'legend-follows-divide' }, ctx.t('legend.followsDivide', { divide: ctx.t(`divide.${state.divide}`) }))
        : document.createTextNode(''),
      h(
        'ul',
        { 'aria-labelledby': 'legend-colour-title', 'data-mode': color.scheme.mode },
        color.scheme.categories.map((category) =>
          h(
            'li',
            // a community's profile on hover
            { 'data-key': category.key, title: communityTitle(ctx, color.scheme.mode, category.key) },
            h('span', { class: 'swatch', style: `background:${category.color}` }),
            h('span', { class: 'label' }, categoryLabel(ctx, category)),
            h('span', { class: 'count' }, String(counts.get(category.key) ?? 0)),
          ),
        ),
      ),
    ];

    const measure = ctx.t(`size.${size.shown}`);
    const range =
      size.shown === 'degree' ? `${size.min}–${size.max}` : `${formatMetric(state.lang, size.min)}–${formatMetric(state.lang, size.max)}`;
    parts.push(
      h('h2', { id: 'legend-size-title' }, ctx.t('legend.size', { measure })),
      h(
        'p',
        { class: 'size-scale', 'data-measure': size.shown },
        h('span', { class: 'dot', style: `width:${MIN_SIZE * 2}px;height:${MIN_SIZE * 2}px` }),
        h('span', { class: 'dot', style: 'width:10px;height:10px' }),
        h('span', { class: 'dot', style: 'width:18px;height:18px' }),
        ' ',
        ctx.t('legend.sizeRange', { range }),
      ),
    );
    if (size.fallback) {
      parts.push(
        h(
          'p',
          { class: 'note' },
          ctx.t(FALLBACK_KEYS[size.fallback], {
            what: ctx.t(`size.${size.requested}`) + progressOf(size.progress),
          }),
        ),
      );
    }

    if (state.divide) {
      parts.push(
        h('h2', {}, ctx.t('legend.eastWest', { divide: ctx.t(`divide.${state.divide}`) })),
        h(
          'ul',
          { class: 'ties' },
          h('li', {}, h('span', { class: 'line', style: `background:${CROSS_TIE}` }), ctx.t('legend.crossTie')),
          h('li', {}, h('span', { class: 'line', style: `background:${EDGE_FADED};height:2px` }), ctx.t('legend.otherTie')),
          ctx.analytics.eastWest.data?.level === state.divide && ctx.analytics.eastWest.data.brokers.length
            ? h('li', {}, h('span', { class: 'broker' }, 'Aa'), ctx.t('legend.broker'))
            : null,
        ),
      );
    }
    if (state.overview) {
      const divide = flowDivide(state);
      const communities = state.layout === 'force';
      parts.push(h('p', { class: 'note', id: 'legend-flows' }, ctx.t(communities ? 'communityGraph.legend' : 'flows.legend')));
      if (divide)
        parts.push(
          h(
            'ul',
            { class: 'ties' },
            h(
              'li',
              {},
              h('span', { class: 'line', style: `background:${CROSS_TIE}` }),
              ctx.t(divide === 'germany' ? 'flows.crossGermany' : 'flows.crossEurope'),
            ),
            h('li', {}, h('span', { class: 'line', style: `background:${FLOW}` }), ctx.t('flows.other')),
          ),
        );
    }
    const highlight = highlightOf(ctx);
    const name = (id: string | null) => (id !== null && ctx.graph.hasNode(id) ? ctx.graph.getNodeAttribute(id, 'name') : (id ?? ''));
    if (highlight?.kind === 'paths')
      parts.push(h('p', { class: 'note' }, ctx.t('legend.paths', { from: name(state.selected), to: name(state.pathTo) })));
    else if (highlight?.kind === 'ego')
      parts.push(h('p', { class: 'note' }, ctx.t('legend.ego', { name: name(state.selected), radius: state.ego ?? '' })));
    else if (state.selected !== null) parts.push(h('p', { class: 'note' }, ctx.t('legend.focus')));
    legend.replaceChildren(...parts);
  };

  const schedule = batched(render);
  render();
  const unsubscribe = [
    ctx.store.subscribe((s, p) => {
      if (
        s.filters !== p.filters ||
        s.color !== p.color ||
        s.community !== p.community ||
        s.size !== p.size ||
        s.divide !== p.divide ||
        s.lang !== p.lang ||
        (s.selected === null) !== (p.selected === null) ||
        s.pathTo !== p.pathTo ||
        s.ego !== p.ego ||
        s.overview !== p.overview
      )
        schedule();
    }),
    ctx.analytics.communities.subscribe(schedule),
    ctx.analytics.metrics.subscribe(schedule),
    ctx.analytics.eastWest.subscribe(schedule),
    ctx.analytics.paths.subscribe(schedule, { progress: false }),
    ctx.analytics.ego.subscribe(schedule, { progress: false }),
  ];
  return () => {
    for (const u of unsubscribe) u();
    legend.replaceChildren();
  };
};
