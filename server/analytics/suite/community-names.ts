/**
 * A name for a community that says who it is, by a fixed rule (README, Methods):
 * 1. its countries: those that hold at least a quarter of its places (COUNTRY_SHARE), most places
 *    first (ties by code), at most three; when none does (a town with partners all over the
 *    world), the most frequent countries in that order until together they hold a quarter, at most
 *    three. ISO codes joined by an en dash: "FR–DE".
 * 2. when a single country qualifies, its regions (admin1; German states by their name) that hold
 *    at least a quarter of the community's places, most places first, at most two: "DE Bayern–Thüringen".
 * 3. after a middle dot, the name of its largest town (most partnerships, ties by id: the first
 *    of the profile's top towns), which tells apart communities of the same countries:
 *    "FR–DE · Saarbrücken", "DE Sachsen · Dresden".
 * Places without a country or region count in the community's size (the shares' denominator) but
 * name nothing. The rule is deterministic: the same members give the same name.
 */
import { GERMAN_STATES } from '../../../contract/german-states.ts';

export const COUNTRY_SHARE = 0.25;
export const REGION_SHARE = 0.25;
export const MAX_COUNTRIES = 3;
export const MAX_REGIONS = 2;

/** What the rule reads of each member. */
export interface NamedPlace {
  country?: unknown;
  admin1?: unknown;
}

/** The values holding at least `share` of `total`, most first (ties by value), at most `max`. */
function dominant(counts: ReadonlyMap<string, number>, total: number, share: number, max: number): string[] {
  return [...counts]
    .filter(([, n]) => n >= share * total)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, max)
    .map(([value]) => value);
}

/** The most frequent values, most first (ties by value), until together they reach `enough`, at most `max`. */
function mostFrequentUpTo(counts: ReadonlyMap<string, number>, enough: number, max: number): string[] {
  const out: string[] = [];
  let sum = 0;
  for (const value of dominant(counts, 0, 0, max)) {
    out.push(value);
    sum += counts.get(value)!;
    if (sum >= enough) break;
  }
  return out;
}

function tally(values: Iterable<unknown>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) if (typeof v === 'string' && v !== '') counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

/** "Bayern" for DE-BY; another admin1 code without its country prefix ("IDF" for FR-IDF). */
function regionLabel(code: string): string {
  return GERMAN_STATES[code] ?? code.replace(/^[A-Z]{2}-/, '');
}

/** The community's name by the rule above; `largestTown` is the name of its largest town, if any. */
export function communityName(members: readonly NamedPlace[], largestTown: string | null): string {
  const total = members.length;
  const countryCounts = tally(members.map((m) => m.country));
  let countries = dominant(countryCounts, total, COUNTRY_SHARE, MAX_COUNTRIES);
  const single = countries.length === 1;
  if (countries.length === 0) countries = mostFrequentUpTo(countryCounts, COUNTRY_SHARE * total, MAX_COUNTRIES);
  let regions: string[] = [];
  if (single) {
    const [country] = countries;
    const regionCounts = tally(members.filter((m) => m.country === country).map((m) => m.admin1));
    regions = dominant(regionCounts, total, REGION_SHARE, MAX_REGIONS).map(regionLabel);
  }
  const who = [countries.join('–'), regions.join('–')].filter(Boolean).join(' ');
  return [who, largestTown].filter(Boolean).join(' · ');
}
