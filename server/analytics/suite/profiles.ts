/**
 * Descriptive tables for the suite: a profile per community (its name, size, top countries,
 * East/West share, top towns by degree) and the cross ties per founding year.
 */
import type { CommunityProfile, YearRow } from '../../../contract/api/analyses.ts';
import { sideOf } from '../../../contract/sides.ts';
import type { Divide } from '../../../contract/vocabularies.ts';
import type { AbstractGraph } from 'graphology-types';
import type { Csr } from '../csr.ts';
import { communityName, type NamedPlace } from './community-names.ts';

export function communityProfiles(graph: AbstractGraph, csr: Csr, membership: number[], top = 5): CommunityProfile[] {
  const byCommunity = new Map<number, number[]>();
  membership.forEach((c, i) => {
    const list = byCommunity.get(c) ?? [];
    list.push(i);
    byCommunity.set(c, list);
  });
  const profiles: CommunityProfile[] = [];
  for (const [id, members] of byCommunity) {
    const countries = new Map<string, number>();
    const g = { east: 0, west: 0 };
    const e = { east: 0, west: 0 };
    const places: NamedPlace[] = [];
    for (const i of members) {
      const a = graph.getNodeAttributes(csr.keys[i]!);
      places.push(a);
      if (typeof a.country === 'string') countries.set(a.country, (countries.get(a.country) ?? 0) + 1);
      const side = sideOf(a, 'germany');
      const bloc = sideOf(a, 'europe');
      if (side) g[side] += 1;
      if (bloc) e[bloc] += 1;
    }
    const towns = members
      .map((i) => ({ id: csr.keys[i]!, degree: csr.offsets[i + 1]! - csr.offsets[i]! }))
      .sort((x, y) => y.degree - x.degree || (x.id < y.id ? -1 : 1))
      .slice(0, top)
      .map((t) => ({ ...t, name: String(graph.getNodeAttribute(t.id, 'name') ?? t.id) }));
    profiles.push({
      id,
      name: communityName(places, towns[0]?.name ?? null),
      size: members.length,
      topCountries: [...countries]
        .map(([country, count]) => ({ country, count }))
        .sort((x, y) => y.count - x.count || x.country.localeCompare(y.country))
        .slice(0, top),
      germany: { ...g, eastShare: g.east + g.west > 0 ? g.east / (g.east + g.west) : null },
      europe: { ...e, eastShare: e.east + e.west > 0 ? e.east / (e.east + e.west) : null },
      topTowns: towns,
    });
  }
  return profiles.sort((x, y) => y.size - x.size || x.id - y.id);
}

export function crossTiesByYear(graph: AbstractGraph, divide: Divide): YearRow[] {
  const years = new Map<number, { sided: number; cross: number }>();
  graph.forEachEdge((_e, attr, _s, _t, sa, ta) => {
    if (typeof attr.since !== 'number') return;
    const a = sideOf(sa, divide);
    const b = sideOf(ta, divide);
    if (a === null || b === null) return;
    const row = years.get(attr.since) ?? { sided: 0, cross: 0 };
    row.sided += 1;
    if (a !== b) row.cross += 1;
    years.set(attr.since, row);
  });
  let sided = 0;
  let cross = 0;
  return [...years]
    .sort((x, y) => x[0] - y[0])
    .map(([year, r]) => {
      sided += r.sided;
      cross += r.cross;
      return { year, sided: r.sided, cross: r.cross, cumulativeShare: sided > 0 ? cross / sided : null };
    });
}
