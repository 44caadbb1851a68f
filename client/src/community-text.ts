/**
 * A community in words, for the places that show one (the communities panel, the legend, the town
 * panel): its name as the API gives it (server/analytics/suite/community-names.ts) and a one-line
 * profile for a tooltip: size, top countries, the East/West share, the largest towns.
 */
import type { CommunityProfile } from '../../contract/api/analyses.ts';
import type { AppContext } from './context.ts';
import { countryName, formatMetric, formatShare } from './i18n/index.ts';

/** The loaded profile of community `id` (a string, as in the state), if the answer lists it. */
export function communityProfile(ctx: AppContext, id: string | number): CommunityProfile | null {
  return ctx.analytics.communities.data?.communities.find((c) => String(c.id) === String(id)) ?? null;
}

/** The community's name, or "Community 29" when its profile is not loaded. */
export function communityLabel(ctx: AppContext, id: string | number): string {
  return communityProfile(ctx, id)?.name ?? ctx.t('legend.community', { id: String(id) });
}

/** "Germany 40, Poland 12": the community's four most frequent countries. */
export function topCountries(ctx: AppContext, countries: CommunityProfile['topCountries']): string | null {
  if (!countries.length) return null;
  const lang = ctx.store.get().lang;
  return countries
    .slice(0, 4)
    .map(({ country, count }) => `${countryName(lang, country)} ${formatMetric(lang, count)}`)
    .join(', ');
}

/** A side's counts as a sentence; null when no member has a side. */
export function sideCounts(
  ctx: AppContext,
  key: 'communities.germany' | 'communities.europe',
  count: CommunityProfile['germany'],
): string | null {
  if (count.east + count.west === 0) return null;
  const lang = ctx.store.get().lang;
  return ctx.t(key, { east: count.east, west: count.west, share: count.eastShare !== null ? formatShare(lang, count.eastShare) : '–' });
}

/** The profile as lines of text (a tooltip): name and size, countries, sides, largest towns. */
export function profileText(ctx: AppContext, c: CommunityProfile): string {
  const lines = [ctx.t('communities.item', { name: c.name, size: c.size })];
  const countries = topCountries(ctx, c.topCountries);
  if (countries) lines.push(`${ctx.t('communities.topCountries')}: ${countries}`);
  const germany = sideCounts(ctx, 'communities.germany', c.germany);
  if (germany) lines.push(`${ctx.t('divide.germany')}: ${germany}`);
  const europe = sideCounts(ctx, 'communities.europe', c.europe);
  if (europe) lines.push(`${ctx.t('divide.europe')}: ${europe}`);
  if (c.topTowns.length) lines.push(`${ctx.t('communities.topTowns')}: ${c.topTowns.map((t) => t.name).join(', ')}`);
  return lines.join('\n');
}
