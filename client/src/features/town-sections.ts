/**
 * The sections of the town panel, drawn from GET /api/municipalities/:id
 * (contract/api/municipalities.ts): the town's attributes, its metrics with their ranks, its
 * partners (type, founding year, source) and recommended partners with the reasons of their score.
 * Partners and recommendations are buttons: choosing one selects it and flies to it.
 */
import type { Recommendation } from '../../../contract/api/analyses.ts';
import type { Municipality, MunicipalityMetrics, Partner } from '../../../contract/api/municipalities.ts';
import { DISTANCE_SCALE_KM, RECOMMENDATION_WEIGHTS } from '../../../contract/recommendation-weights.ts';
import { MEASURES } from '../../../contract/vocabularies.ts';
import { flyTo } from '../camera.ts';
import type { AppContext } from '../context.ts';
import { h, sourceLink } from '../dom.ts';
import { countryName, formatMetric, type MessageKey } from '../i18n/index.ts';
import { regionName } from '../regions.ts';
import type { LoadState } from '../resource.ts';

const PARTNER_LIMIT = 200;
/** Recommended partners listed (and drawn on the map: draw.ts, focus.ts). */
export const RECOMMENDATIONS_SHOWN = 10;

function years(ctx: AppContext, p: { since: number | null; until: number | null }): string {
  if (p.since !== null && p.until !== null) return `${p.since}–${p.until}`;
  if (p.since !== null) return ctx.t('partner.since', { year: String(p.since) });
  if (p.until !== null) return ctx.t('partner.until', { year: String(p.until) });
  return ctx.t('partner.undated');
}

function select(ctx: AppContext, id: string): void {
  ctx.store.set({ selected: id, panel: 'town' });
  flyTo(ctx, id);
}

function sourceList(sources: readonly string[]): Array<Node | string> {
  return sources.flatMap((s, i) => (i ? [', ', sourceLink(s)] : [sourceLink(s)]));
}

export function attributes(ctx: AppContext, m: Municipality['municipality']): HTMLElement {
  const lang = ctx.store.get().lang;
  const rows: Array<[MessageKey, Node | string]> = [];
  const add = (key: MessageKey, value: Node | string | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') rows.push([key, value]);
  };
  add('attr.aliases', m.aliases.join(', '));
  add('attr.country', countryName(lang, m.country));
  add('attr.admin1', m.admin1 !== undefined ? regionName(lang, m.admin1) : null);
  add('attr.admin2', m.admin2);
  add('attr.kind', ctx.t(`kind.${m.kind}`));
  add('attr.ags', m.ags);
  if (m.population !== undefined) add('attr.population', formatMetric(lang, m.population));
  if (m.germany) add('attr.germany', ctx.t(`side.${m.germany}`));
  if (m.bloc) add('attr.bloc', ctx.t(`bloc.${m.bloc}`));
  add('attr.networks', m.networks.map((id) => ctx.meta.networks.get(id) ?? id).join(', '));
  if (m.lat !== undefined && m.lon !== undefined) add('attr.coordinates', `${m.lat.toFixed(4)}, ${m.lon.toFixed(4)}`);
  if (m.sources.length) add('attr.sources', h('span', {}, sourceList(m.sources)));
  return h(
    'dl',
    { class: 'attributes' },
    rows.map(([key, value]) => [h('dt', {}, ctx.t(key)), h('dd', {}, value)]),
  );
}

/**
 * Metrics: the API's (computed over the whole network: `metrics`, or `computed` once the job that
 * was still running has finished), else the values of the size measure for the current filters.
 */
export function metrics(ctx: AppContext, id: string, answer: Municipality, computed: LoadState<MunicipalityMetrics | null>): HTMLElement {
  const { lang, size } = ctx.store.get();
  const items: Array<[string, Node | string]> = [];
  const view = ctx.view();
  if (view.nodes.has(id)) items.push([ctx.t('metric.partnersInView'), String(view.degree.get(id) ?? 0)]);
  const given = answer.metrics ?? (computed.status === 'ready' ? computed.data : null);
  if (given) {
    for (const measure of MEASURES) {
      const { value, rank } = given[measure];
      const label = measure === 'degree' ? ctx.t('metric.degreeCentrality') : ctx.t(`size.${measure}`);
      items.push([label, `${formatMetric(lang, value)} · ${ctx.t('metric.rankOf', { rank, of: given.of })}`]);
    }
    const community = String(given.community);
    items.push([
      ctx.t('metric.community'),
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          id: 'town-community',
          title: ctx.t('communities.naming'),
          onclick: () => ctx.store.set({ community, color: 'community', panel: 'communities' }),
        },
        given.communityName,
      ),
    ]);
  } else {
    const filtered = ctx.analytics.metrics.data;
    const value = filtered?.measure === size && size !== 'degree' ? filtered.values.get(id) : undefined;
    if (filtered && value !== undefined) {
      const rank = filtered.ranks.get(id);
      items.push([
        ctx.t(`size.${filtered.measure}`),
        `${formatMetric(lang, value)}${rank !== undefined ? ` · ${ctx.t('metric.rank', { rank })}` : ''}`,
      ]);
    }
  }
  let note: HTMLElement | null = null;
  if (given) note = h('p', { class: 'note' }, ctx.t('town.metricsWhole'));
  else if (computed.status === 'error')
    note = h('p', { class: 'error' }, computed.messageKey ? ctx.t(computed.messageKey) : computed.message);
  else if (answer.metricsJob) note = h('p', { class: 'note' }, ctx.t('town.metricsComputing'));
  return h(
    'section',
    { 'aria-labelledby': 'town-metrics' },
    h('h3', { id: 'town-metrics' }, ctx.t('town.metrics')),
    h(
      'dl',
      { class: 'attributes' },
      items.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
    ),
    note,
  );
}

const PARTS = ['proximity', 'geography', 'size', 'crossing'] as const;

/** How the score is made, in one line: the weights of its parts (contract/recommendation-weights.ts). */
function scoreRule(ctx: AppContext): HTMLElement {
  const lang = ctx.store.get().lang;
  const weights = Object.fromEntries(PARTS.map((k) => [k, formatMetric(lang, RECOMMENDATION_WEIGHTS[k])]));
  return h('p', { class: 'note', id: 'recommendation-rule' }, ctx.t('rec.explain', weights));
}

/** Why a candidate is recommended, from the parts of its score (server/analytics/recommend/recommendations.ts), each part explained in its tooltip. */
function reasons(ctx: AppContext, r: Recommendation): Array<Node | string> {
  const lang = ctx.store.get().lang;
  const p = r.parts;
  const out: Array<Node | string> = [];
  if (p.sharedPartners > 0) out.push(p.sharedPartners === 1 ? ctx.t('rec.shared.one') : ctx.t('rec.shared', { n: p.sharedPartners }));
  if (p.distanceKm !== null) out.push(ctx.t('rec.distance', { km: Math.round(p.distanceKm) }));
  if (p.crossing === 1) out.push(ctx.t('rec.crossing'));
  out.push(
    h(
      'span',
      { class: 'score-parts' },
      PARTS.flatMap((k, i) => {
        const part = h(
          'span',
          { class: 'part', 'data-part': k, title: ctx.t(`rec.part.${k}.title`, { scale: DISTANCE_SCALE_KM }) },
          `${ctx.t(`rec.part.${k}`)} ${formatMetric(lang, p[k])}`,
        );
        return i ? [' · ', part] : [part];
      }),
    ),
  );
  return out;
}

export function partnerList(ctx: AppContext, partners: readonly Partner[]): HTMLElement {
  const lang = ctx.store.get().lang;
  const view = ctx.view();
  const shown = partners.slice(0, PARTNER_LIMIT);
  return h(
    'section',
    { 'aria-labelledby': 'town-partners' },
    h('h3', { id: 'town-partners' }, ctx.t('town.partners', { n: partners.length })),
    partners.length === 0 ? h('p', { class: 'note' }, ctx.t('town.noPartners')) : null,
    h(
      'ul',
      { class: 'partners' },
      shown.map((p) =>
        h(
          'li',
          { 'data-id': p.id, class: ctx.graph.hasNode(p.id) && !view.nodes.has(p.id) ? 'filtered' : undefined },
          h('button', { type: 'button', class: 'link', onclick: () => select(ctx, p.id) }, p.name),
          h('span', { class: 'meta' }, [countryName(lang, p.country), ctx.t(`type.${p.type}`), years(ctx, p)].filter(Boolean).join(' · ')),
          p.sources.length ? h('span', { class: 'sources' }, `${ctx.t('partner.source')}: `, sourceList(p.sources)) : null,
        ),
      ),
    ),
    partners.length > PARTNER_LIMIT ? h('p', { class: 'note' }, ctx.t('town.morePartners', { n: partners.length - PARTNER_LIMIT })) : null,
  );
}

/** Recommended partners: the API's for the current filters, `preview` (from the town's answer) while they load. */
export function recommendationList(
  ctx: AppContext,
  state: LoadState<readonly Recommendation[]>,
  preview: readonly Recommendation[] | null,
): HTMLElement {
  const lang = ctx.store.get().lang;
  const items = state.status === 'ready' ? state.data : state.status !== 'error' ? preview : null;
  let body: Node;
  if (state.status === 'error') body = h('p', { class: 'error' }, state.messageKey ? ctx.t(state.messageKey) : state.message);
  else if (items === null) body = h('p', { class: 'note' }, ctx.t('common.loading'));
  else if (items.length === 0) body = h('p', { class: 'note' }, ctx.t('town.noRecommendations'));
  else {
    body = h(
      'ol',
      { class: 'recommendations' },
      items.slice(0, RECOMMENDATIONS_SHOWN).map((r) =>
        h(
          'li',
          { 'data-id': r.id },
          ctx.graph.hasNode(r.id)
            ? h('button', { type: 'button', class: 'link', onclick: () => select(ctx, r.id) }, r.name)
            : h('span', {}, r.name),
          h(
            'span',
            { class: 'meta' },
            [countryName(lang, r.country), ctx.t('town.score', { score: formatMetric(lang, r.score) })].filter(Boolean).join(' · '),
          ),
          h(
            'ul',
            { class: 'reasons' },
            reasons(ctx, r).map((reason) => h('li', {}, reason)),
          ),
        ),
      ),
    );
  }
  return h(
    'section',
    { 'aria-labelledby': 'town-recommendations' },
    h('h3', { id: 'town-recommendations' }, ctx.t('town.recommendations')),
    items?.length ? scoreRule(ctx) : null,
    body,
  );
}
