/**
 * The flows of the zoomed-out map (client/src/flows.ts): partnerships aggregated between groups
 * (German states, else countries), compared with a brute-force count over groups written out by
 * hand, so that a wrong grouping, a lost or doubled partnership, or a hidden one counted fails.
 */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { mercator, type Point } from '../../contract/map-positions.ts';
import { aggregateFlows, drawnFlows, groupOf, type FlowSummary } from '../../client/src/flows.ts';

interface Town {
  country?: string;
  admin1?: string;
  germany?: string;
  bloc?: string;
  lat?: number;
  lon?: number;
}

/** Each town with the group it must fall into, written out rather than derived. */
const TOWNS: Record<string, Town & { group: string }> = {
  muenchen: { country: 'DE', admin1: 'DE-BY', germany: 'west', bloc: 'west', lat: 48.1, lon: 11.6, group: 'DE-BY' },
  nuernberg: { country: 'DE', admin1: 'DE-BY', germany: 'west', bloc: 'west', lat: 49.5, lon: 11.1, group: 'DE-BY' },
  dresden: { country: 'DE', admin1: 'DE-SN', germany: 'east', bloc: 'east', lat: 51.1, lon: 13.7, group: 'DE-SN' },
  leipzig: { country: 'DE', admin1: 'DE-SN', germany: 'east', bloc: 'east', lat: 51.3, lon: 12.4, group: 'DE-SN' },
  berlin: { country: 'DE', admin1: 'DE-BE', germany: 'berlin', lat: 52.5, lon: 13.4, group: 'DE-BE' },
  nowhere: { country: 'DE', germany: 'west', bloc: 'west', lat: 50, lon: 8, group: 'DE' },
  lyon: { country: 'FR', bloc: 'west', lat: 45.8, lon: 4.8, group: 'FR' },
  lille: { country: 'FR', bloc: 'west', lat: 50.6, lon: 3.1, group: 'FR' },
  krakow: { country: 'PL', bloc: 'east', lat: 50.1, lon: 19.9, group: 'PL' },
  // without coordinates: on the ring around the map, it places no group
  sapporo: { country: 'JP', bloc: 'other', group: 'JP' },
  unknown: { lat: 0, lon: 0, group: '?' },
};

const TIES: Array<[string, string, string]> = [
  ['inside-by', 'muenchen', 'nuernberg'],
  ['by-sn-1', 'muenchen', 'dresden'],
  ['by-sn-2', 'leipzig', 'nuernberg'],
  ['sn-fr', 'dresden', 'lyon'],
  ['by-fr', 'muenchen', 'lyon'],
  ['inside-fr', 'lyon', 'lille'],
  ['fr-pl', 'krakow', 'lille'],
  ['sn-pl', 'leipzig', 'krakow'],
  ['by-pl', 'nuernberg', 'krakow'],
  ['be-by', 'berlin', 'muenchen'],
  ['de-jp', 'nowhere', 'sapporo'],
  ['by-unknown', 'muenchen', 'unknown'],
  ['hidden-by-fr', 'nuernberg', 'lille'],
  ['hidden-inside-sn', 'dresden', 'leipzig'],
];
const HIDDEN = new Set(['hidden-by-fr', 'hidden-inside-sn']);
const shown = (edge: string) => !HIDDEN.has(edge);

function build(ties = TIES) {
  const g = new UndirectedGraph<Town>();
  for (const [id, { group: _group, ...town }] of Object.entries(TOWNS)) g.addNode(id, town);
  for (const [key, s, t] of ties) g.addEdgeWithKey(key, s, t);
  return g;
}

function positions(): Map<string, Point> {
  const p = new Map<string, Point>();
  for (const [id, town] of Object.entries(TOWNS))
    if (town.lat !== undefined && town.lon !== undefined) p.set(id, mercator(town.lat, town.lon));
  return p;
}

function aggregate(g = build(), divide: 'germany' | 'europe' | null = 'germany'): FlowSummary {
  const p = positions();
  return aggregateFlows(g, shown, { position: (node) => p.get(node), divide });
}

/** The brute force: every shown tie looked at by the hand-written groups. */
function bruteForce(ties = TIES) {
  const pairs = new Map<string, number>();
  const internal = new Map<string, number>();
  for (const [key, s, t] of ties) {
    if (HIDDEN.has(key)) continue;
    const [a, b] = [TOWNS[s]!.group, TOWNS[t]!.group].sort() as [string, string];
    if (a === b) internal.set(a, (internal.get(a) ?? 0) + 1);
    else pairs.set(`${a}|${b}`, (pairs.get(`${a}|${b}`) ?? 0) + 1);
  }
  return { pairs, internal };
}

const pairsOf = (summary: FlowSummary) => new Map(summary.flows.map((f) => [[f.from, f.to].sort().join('|'), f.count]));
const internalOf = (summary: FlowSummary) =>
  new Map([...summary.groups.values()].filter((g) => g.internal > 0).map((g) => [g.key, g.internal]));

describe('aggregateFlows', () => {
  it('puts German towns in their state, others in their country', () => {
    for (const [id, town] of Object.entries(TOWNS)) expect(groupOf(town), id).toBe(town.group);
  });

  it('counts each pair of groups as the brute force does, inside a group as its own count, hidden ties not at all', () => {
    const summary = aggregate();
    const expected = bruteForce();
    expect(pairsOf(summary)).toEqual(expected.pairs);
    expect(internalOf(summary)).toEqual(expected.internal);
    // the two partnerships between Bavaria and Saxony are one flow, not two lines
    expect(pairsOf(summary).get('DE-BY|DE-SN')).toBe(2);
    expect(internalOf(summary).get('DE-BY')).toBe(1);
    expect(internalOf(summary).has('DE-SN')).toBe(false); // its only inner tie is hidden
    const shownTies = TIES.filter(([key]) => shown(key)).length;
    expect(summary.ties).toBe(shownTies);
    const sum = summary.flows.reduce((n, f) => n + f.count, 0) + [...summary.groups.values()].reduce((n, g) => n + g.internal, 0);
    expect(sum).toBe(shownTies);
    // each group's ends are its towns' shown partnerships
    expect(summary.groups.get('DE-BY')!.ends).toBe(8);
  });

  it('counts the crossings of the divide given (contract/sides.ts)', () => {
    const cross = (summary: FlowSummary) =>
      Object.fromEntries(summary.flows.filter((f) => f.cross > 0).map((f) => [[f.from, f.to].sort().join('|'), f.cross]));
    expect(cross(aggregate(build(), 'germany'))).toEqual({ 'DE-BY|DE-SN': 2 });
    expect(cross(aggregate(build(), 'europe'))).toEqual({ 'DE-BY|DE-SN': 2, 'FR|PL': 1, 'DE-BY|PL': 1, 'DE-SN|FR': 1 });
    expect(aggregate(build(), null).flows.every((f) => f.cross === 0)).toBe(true);
  });

  it('anchors a group at the mean position of its towns, weighted by their partnerships counted', () => {
    const summary = aggregate();
    const p = positions();
    // Bavaria: München has 5 shown partnerships, Nürnberg 3 (Lille's is hidden)
    const [m, n] = [p.get('muenchen')!, p.get('nuernberg')!];
    expect(summary.groups.get('DE-BY')!.anchor!.x).toBeCloseTo((5 * m.x + 3 * n.x) / 8, 12);
    expect(summary.groups.get('DE-BY')!.anchor!.y).toBeCloseTo((5 * m.y + 3 * n.y) / 8, 12);
    expect(summary.groups.get('JP')!.anchor).toBeNull();
  });

  it('orders flows largest first, each from its larger group, the same whatever the order of the ties', () => {
    const summary = aggregate();
    const counts = summary.flows.map((f) => f.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const f of summary.flows) expect(summary.groups.get(f.from)!.ends).toBeGreaterThanOrEqual(summary.groups.get(f.to)!.ends);
    const reversed = aggregate(build([...TIES].reverse()));
    expect(reversed.flows.map((f) => [f.from, f.to, f.count, f.cross])).toEqual(summary.flows.map((f) => [f.from, f.to, f.count, f.cross]));
  });

  it('draws only flows between anchored groups, at most the number asked, keeping room for those across the divide', () => {
    const summary = aggregate();
    const drawn = drawnFlows(summary);
    expect(drawn.some((f) => f.from === 'JP' || f.to === 'JP')).toBe(false);
    expect(drawn.length).toBe(summary.flows.length - 1);
    // with three places, the crossing between Bavaria and Saxony keeps its place beside the largest others
    const three = drawnFlows(summary, 3);
    expect(three).toHaveLength(3);
    expect(three.some((f) => f.cross > 0)).toBe(true);
  });

  it('agrees with the brute force on a random graph', () => {
    const ids = Object.keys(TOWNS);
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const ties: Array<[string, string, string]> = [];
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const s = ids[Math.floor(random() * ids.length)]!;
      const t = ids[Math.floor(random() * ids.length)]!;
      const key = [s, t].sort().join('-');
      if (s === t || seen.has(key)) continue;
      seen.add(key);
      ties.push([random() < 0.2 ? `hidden-${key}` : key, s, t]);
    }
    for (const [key] of ties) if (key.startsWith('hidden-')) HIDDEN.add(key);
    const summary = aggregate(build(ties));
    const expected = bruteForce(ties);
    expect(pairsOf(summary)).toEqual(expected.pairs);
    expect(internalOf(summary)).toEqual(expected.internal);
  });
});
