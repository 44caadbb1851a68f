/**
 * The selected town: its attributes, metrics (with rank) when the API has them, its partners
 * (type, founding year, source) and recommended partners with the reasons of their score.
 * Partners and recommendations are buttons: choosing one selects it and flies to it.
 */
import { apiUrl, getJson } from '../api.ts';
import { readRecommendations, record, type Json, type Recommendation } from '../analytics-shapes.ts';
import { flyTo } from '../camera.ts';
import { ENDPOINTS } from '../capabilities.ts';
import type { AppContext, Feature } from '../context.ts';
import { byId, h, sourceLink } from '../dom.ts';
import { countryName, formatMetric, isMessageKey, type MessageKey } from '../i18n/index.ts';
import { regionName } from '../regions.ts';
import type { PartnershipType } from '../types.ts';

interface Partner {
  id: string;
  name: string;
  country: string | null;
  type: PartnershipType;
  since: number | null;
  until: number | null;
  sources: string[];
}

interface MunicipalityAnswer {
  municipality: Json & { id: string; name: string; partnerships: number };
  partners: Partner[];
  metrics?: unknown;
  /** Set while the server still computes the metrics. */
  metricsJob?: string;
  recommendations?: unknown;
}

const PARTNER_LIMIT = 200;

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

function attributes(ctx: AppContext, m: Json): HTMLElement {
  const lang = ctx.store.get().lang;
  const rows: Array<[MessageKey, Node | string]> = [];
  const add = (key: MessageKey, value: Node | string | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') rows.push([key, value]);
  };
  const aliases = Array.isArray(m.aliases) ? (m.aliases as string[]) : [];
  add('attr.aliases', aliases.join(', '));
  add('attr.country', countryName(lang, m.country as string | undefined));
  add('attr.admin1', typeof m.admin1 === 'string' ? regionName(lang, m.admin1) : null);
  add('attr.admin2', (m.admin2 as string | undefined) ?? null);
  const kind = m.kind as string | undefined;
  add('attr.kind', kind ? (isMessageKey(`kind.${kind}`) ? ctx.t(`kind.${kind}` as MessageKey) : kind) : null);
  add('attr.ags', (m.ags as string | undefined) ?? null);
  if (typeof m.population === 'number') add('attr.population', formatMetric(lang, m.population));
  const germany = m.germany as string | undefined;
  if (germany) add('attr.germany', ctx.t(`side.${germany}` as MessageKey));
  const bloc = m.bloc as string | undefined;
  if (bloc) add('attr.bloc', ctx.t(`bloc.${bloc}` as MessageKey));
  const networks = Array.isArray(m.networks) ? (m.networks as string[]).map((id) => ctx.meta.networks.get(id) ?? id) : [];
  add('attr.networks', networks.join(', '));
  if (typeof m.lat === 'number' && typeof m.lon === 'number') add('attr.coordinates', `${m.lat.toFixed(4)}, ${m.lon.toFixed(4)}`);
  const sources = Array.isArray(m.sources) ? (m.sources as string[]) : [];
  if (sources.length)
    add(
      'attr.sources',
      h(
        'span',
        {},
        sources.flatMap((s, i) => (i ? [', ', sourceLink(s)] : [sourceLink(s)])),
      ),
    );
  return h(
    'dl',
    { class: 'attributes' },
    rows.map(([key, value]) => [h('dt', {}, ctx.t(key)), h('dd', {}, value)]),
  );
}

const MEASURE_KEYS = ['degree', 'betweenness', 'closeness', 'harmonic', 'pagerank', 'eigenvector'];

/**
 * Metrics: the API's (`metrics: {betweenness: {value, rank}, …, community, of}`, computed over the
 * whole network), else the values of the size measure for the current filters.
 */
function metrics(ctx: AppContext, id: string, answer: MunicipalityAnswer): HTMLElement {
  const lang = ctx.store.get().lang;
  const items: Array<[string, Node | string]> = [];
  const view = ctx.view();
  if (view.nodes.has(id)) items.push([ctx.t('metric.partnersInView'), String(view.degree.get(id) ?? 0)]);
  const given = record(answer.metrics ?? answer.municipality.metrics);
  const of = typeof given.of === 'number' ? given.of : null;
  const names = [
    ...MEASURE_KEYS.filter((m) => m in given),
    ...Object.keys(given).filter((k) => !MEASURE_KEYS.includes(k) && k !== 'of' && k !== 'community'),
  ];
  for (const name of names) {
    const raw = given[name];
    const rec = record(raw);
    const value = typeof raw === 'number' ? raw : typeof rec.value === 'number' ? rec.value : null;
    if (value === null) continue;
    const label =
      name === 'degree' ? ctx.t('metric.degreeCentrality') : isMessageKey(`size.${name}`) ? ctx.t(`size.${name}` as MessageKey) : name;
    const rank =
      typeof rec.rank === 'number'
        ? ` · ${of !== null ? ctx.t('metric.rankOf', { rank: rec.rank, of }) : ctx.t('metric.rank', { rank: rec.rank })}`
        : '';
    items.push([label, `${formatMetric(lang, value)}${rank}`]);
  }
  if (typeof given.community === 'number' || typeof given.community === 'string') {
    const community = String(given.community);
    items.push([
      ctx.t('metric.community'),
      h(
        'button',
        { type: 'button', class: 'link', onclick: () => ctx.store.set({ community, color: 'community', panel: 'communities' }) },
        ctx.t('metric.communityValue', { id: community }),
      ),
    ]);
  }
  const fromApi = Object.keys(given).length > 0;
  const centrality = ctx.analytics.centrality.data;
  if (centrality && !fromApi) {
    const value = centrality.values.get(id);
    const rank = centrality.ranks.get(id);
    if (value !== undefined) {
      items.push([
        ctx.t(`size.${centrality.measure}` as MessageKey),
        `${formatMetric(lang, value)}${rank !== undefined ? ` · ${ctx.t('metric.rank', { rank })}` : ''}`,
      ]);
    }
  }
  let note: HTMLElement | null = null;
  if (fromApi) note = h('p', { class: 'note' }, ctx.t('town.metricsWhole'));
  else if (answer.metricsJob) note = h('p', { class: 'note' }, ctx.t('town.metricsComputing'));
  else if (!ctx.caps.has(ENDPOINTS.centrality)) note = h('p', { class: 'note' }, ctx.t('town.metricsUnavailable'));
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

/** Why a candidate is recommended, from the parts of its score (recommendations.ts on the server). */
function reasons(ctx: AppContext, r: Recommendation): string[] {
  const lang = ctx.store.get().lang;
  const p = r.parts;
  const out: string[] = [];
  if (typeof p.sharedPartners === 'number' && p.sharedPartners > 0) out.push(ctx.t('rec.shared', { n: p.sharedPartners }));
  if (typeof p.distanceKm === 'number') out.push(ctx.t('rec.distance', { km: Math.round(p.distanceKm) }));
  if (p.crossing === 1) out.push(ctx.t('rec.crossing'));
  const scored = ['proximity', 'geography', 'size', 'crossing'].filter((k) => typeof p[k] === 'number');
  if (scored.length)
    out.push(scored.map((k) => `${ctx.t(`rec.part.${k}` as MessageKey)} ${formatMetric(lang, p[k] as number)}`).join(' · '));
  return out.length ? out : r.reasons;
}

function partnerList(ctx: AppContext, partners: Partner[]): HTMLElement {
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
          h(
            'span',
            { class: 'meta' },
            [countryName(lang, p.country), isMessageKey(`type.${p.type}`) ? ctx.t(`type.${p.type}` as MessageKey) : p.type, years(ctx, p)]
              .filter(Boolean)
              .join(' · '),
          ),
          p.sources.length
            ? h(
                'span',
                { class: 'sources' },
                `${ctx.t('partner.source')}: `,
                p.sources.flatMap((s, i) => (i ? [', ', sourceLink(s)] : [sourceLink(s)])),
              )
            : null,
        ),
      ),
    ),
    partners.length > PARTNER_LIMIT ? h('p', { class: 'note' }, ctx.t('town.morePartners', { n: partners.length - PARTNER_LIMIT })) : null,
  );
}

function recommendationList(
  ctx: AppContext,
  state:
    { status: 'unavailable' } | { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; items: Recommendation[] },
): HTMLElement {
  const lang = ctx.store.get().lang;
  let body: Node;
  if (state.status === 'unavailable') body = h('p', { class: 'note' }, ctx.t('town.recommendationsUnavailable'));
  else if (state.status === 'loading') body = h('p', { class: 'note' }, ctx.t('common.loading'));
  else if (state.status === 'error') body = h('p', { class: 'error' }, state.message);
  else if (state.items.length === 0) body = h('p', { class: 'note' }, ctx.t('town.noRecommendations'));
  else {
    body = h(
      'ol',
      { class: 'recommendations' },
      state.items.slice(0, 10).map((r) =>
        h(
          'li',
          {},
          ctx.graph.hasNode(r.id)
            ? h('button', { type: 'button', class: 'link', onclick: () => select(ctx, r.id) }, r.name ?? r.id)
            : h('span', {}, r.name ?? r.id),
          h(
            'span',
            { class: 'meta' },
            [countryName(lang, r.country), r.score !== null ? ctx.t('town.score', { score: formatMetric(lang, r.score) }) : '']
              .filter(Boolean)
              .join(' · '),
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
    body,
  );
}

export const setupTownPanel: Feature = (ctx) => {
  const { store } = ctx;
  const mount = byId('panel-town');
  let shownFor: string | null = null;
  let answer: MunicipalityAnswer | null = null;
  let error: string | null = null;
  let recommendations: Parameters<typeof recommendationList>[1] = { status: 'unavailable' };
  let sequence = 0;

  const render = () => {
    const id = store.get().selected;
    if (id === null) {
      mount.replaceChildren(h('p', { class: 'hint' }, ctx.t('town.empty')));
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
      mount.replaceChildren(heading, h('p', { class: 'error' }, ctx.t('town.unknown', { id })));
      return;
    }
    const parts: Array<Node | null> = [heading];
    if (!ctx.view().nodes.has(id)) parts.push(h('p', { class: 'note' }, ctx.t('town.hiddenByFilters')));
    if (error) parts.push(h('p', { class: 'error', role: 'alert' }, error));
    else if (!answer) parts.push(h('p', { class: 'note' }, ctx.t('common.loading')));
    else {
      parts.push(
        attributes(ctx, answer.municipality),
        metrics(ctx, id, answer),
        partnerList(ctx, answer.partners),
        recommendationList(ctx, recommendations),
      );
    }
    mount.replaceChildren(...parts.filter((p): p is Node => p !== null));
  };

  const load = () => {
    const id = store.get().selected;
    const mine = ++sequence;
    shownFor = id;
    answer = null;
    error = null;
    recommendations = { status: 'unavailable' };
    render();
    if (id === null || !ctx.graph.hasNode(id)) return;
    ctx.cache.get<MunicipalityAnswer>(apiUrl('/api/municipalities/{id}', { id })).then(
      (body) => {
        if (mine !== sequence) return;
        answer = body;
        if (body.recommendations !== undefined && recommendations.status !== 'ready')
          recommendations = { status: 'ready', items: readRecommendations(body.recommendations) };
        render();
        if (body.metricsJob) retryMetrics(id, mine, 1);
      },
      (err: unknown) => {
        if (mine !== sequence) return;
        error = err instanceof Error ? err.message : String(err);
        render();
      },
    );
    loadRecommendations(id, mine);
  };

  /** The server was still computing the metrics: ask again a little later (a fresh request). */
  const retryMetrics = (id: string, mine: number, attempt: number) => {
    if (attempt > 30) return;
    window.setTimeout(() => {
      if (mine !== sequence) return;
      getJson<MunicipalityAnswer>(apiUrl('/api/municipalities/{id}', { id })).then(
        (body) => {
          if (mine !== sequence) return;
          answer = body;
          render();
          if (body.metricsJob) retryMetrics(id, mine, attempt + 1);
        },
        () => undefined,
      );
    }, 2000);
  };

  const loadRecommendations = (id: string, mine: number) => {
    if (!ctx.caps.has(ENDPOINTS.recommendations)) return;
    recommendations = { status: 'loading' };
    const url = apiUrl(ENDPOINTS.recommendations, { id, ...ctx.filterQuery() }, ctx.caps.queryParams(ENDPOINTS.recommendations));
    ctx.cache.get<unknown>(url).then(
      (body) => {
        if (mine !== sequence) return;
        recommendations = { status: 'ready', items: readRecommendations(body) };
        render();
      },
      (err: unknown) => {
        if (mine !== sequence) return;
        recommendations = { status: 'error', message: err instanceof Error ? err.message : String(err) };
        render();
      },
    );
  };

  load();
  const unsubscribe = [
    store.subscribe((s, p) => {
      if (s.selected !== shownFor) load();
      else if (s.lang !== p.lang || s.filters !== p.filters) {
        if (s.filters !== p.filters && s.selected !== null && !s.playing) loadRecommendations(s.selected, sequence);
        render();
      }
    }),
    ctx.analytics.centrality.subscribe(() => {
      if (answer) render();
    }),
  ];
  return () => {
    for (const u of unsubscribe) u();
    mount.replaceChildren();
  };
};
