/**
 * Partners for an opened German region, inside the regions panel: on request (a state takes a few
 * seconds the first time), GET /api/regions/:region/recommendations with pairs across the former
 * inner-German border first; each pair with the reasons a town's own recommendations give, then
 * what the first pairs would change with the count model held fixed (the answer's what-if), and
 * the whole list as CSV.
 */
import type { RegionRecommendations } from '../../../contract/api/regions.ts';
import type { ClientFilters } from '../state.ts';
import { apiUrl } from '../api.ts';
import type { AppContext } from '../context.ts';
import { h } from '../dom.ts';
import { ENDPOINTS } from '../endpoints.ts';
import { formatMetric, formatNumber } from '../i18n/index.ts';
import type { LoadState } from '../resource.ts';
import { pending } from './panel-reload.ts';

/** Pairs asked for, and how many of them the what-if adds. */
export const PAIRS = 10;
export const WHAT_IF = 5;

/** The query of a region's partners, for the current filters. */
export function partnersUrl(ctx: AppContext, region: string, filters: ClientFilters, format?: 'csv'): string {
  return apiUrl(ENDPOINTS.regionRecommendations, {
    region,
    divide: 'germany',
    limit: PAIRS,
    whatIf: WHAT_IF,
    ...(format ? { format } : {}),
    ...ctx.filterQuery(filters),
  });
}

function pairItem(ctx: AppContext, pair: RegionRecommendations['pairs'][number]): HTMLElement {
  const lang = ctx.store.get().lang;
  const { parts } = pair;
  const reasons = [
    parts.sharedPartners === 1
      ? ctx.t('rec.shared.one')
      : parts.sharedPartners > 1
        ? ctx.t('rec.shared', { n: parts.sharedPartners })
        : null,
    parts.distanceKm === null ? null : ctx.t('rec.distance', { km: Math.round(parts.distanceKm) }),
    pair.cross ? ctx.t('rec.crossing') : null,
    ctx.t('partners.score', { score: formatMetric(lang, pair.score) }),
  ].filter((r): r is string => r !== null);
  return h(
    'li',
    { class: pair.cross ? 'cross' : undefined, 'data-from': pair.from.id, 'data-to': pair.to.id },
    h(
      'span',
      { class: 'pair' },
      `${pair.from.name} – ${pair.to.name}${pair.to.country && pair.to.country !== 'DE' ? ` (${pair.to.country})` : ''}`,
    ),
    h('span', { class: 'meta' }, reasons.join(' · ')),
  );
}

function whatIf(ctx: AppContext, answer: RegionRecommendations): HTMLElement | null {
  const { added, changes } = answer.whatIf;
  if (added.length === 0) return null;
  const lang = ctx.store.get().lang;
  const ratio = (v: number | null) => (v === null ? '–' : formatMetric(lang, v));
  return h(
    'div',
    { class: 'what-if', id: 'region-what-if' },
    h('p', {}, ctx.t('partners.whatIf', { k: added.length })),
    h(
      'ul',
      {},
      changes.map(({ level, before, after }) =>
        h(
          'li',
          { 'data-region': before.region, 'data-level': level },
          ctx.t('partners.change', {
            name: level === 'district' ? `${before.name} (${before.region})` : before.name,
            before: formatNumber(lang, before.partnerships),
            after: formatNumber(lang, after.partnerships),
            ratioBefore: ratio(before.ratio),
            ratioAfter: ratio(after.ratio),
            rankBefore: before.rank,
            rankAfter: after.rank,
          }),
          before.underConnected ? h('strong', {}, ` — ${ctx.t(after.underConnected ? 'partners.flagStill' : 'partners.flagOff')}`) : null,
        ),
      ),
    ),
  );
}

/** The council report of a region (the report's one-page summary for it first, then the annex), as PDF in the page's language. */
export function councilReportLink(ctx: AppContext, region: string, filters: ClientFilters): HTMLElement {
  const href = apiUrl(ENDPOINTS.report, { format: 'pdf', lang: ctx.store.get().lang, region, ...ctx.filterQuery(filters) });
  return h('p', {}, h('a', { href, id: 'region-report', target: '_blank', rel: 'noopener' }, ctx.t('partners.report')));
}

/** The section: a button until asked, then the pairs and the what-if (or the load's progress or error). */
export function partnersSection(ctx: AppContext, state: LoadState<RegionRecommendations>, csvUrl: string, ask: () => void): HTMLElement {
  const body =
    state.status === 'idle'
      ? [h('button', { type: 'button', id: 'region-partners-load', onclick: ask }, ctx.t('partners.load'))]
      : state.status !== 'ready'
        ? pending(ctx, state)
        : state.data.pairs.length === 0
          ? [h('p', { class: 'note' }, ctx.t('partners.none'))]
          : [
              h(
                'ol',
                { class: 'region-pairs', 'aria-label': ctx.t('partners.list') },
                state.data.pairs.map((p) => pairItem(ctx, p)),
              ),
              whatIf(ctx, state.data),
              h('a', { href: csvUrl, download: '', class: 'download' }, ctx.t('partners.csv')),
            ];
  return h(
    'section',
    { id: 'region-partners', 'aria-labelledby': 'region-partners-heading', 'data-status': state.status },
    h('h4', { id: 'region-partners-heading' }, ctx.t('partners.heading')),
    h('p', { class: 'note' }, ctx.t('partners.explain')),
    body,
  );
}
