/** The filter rules on a small hand-made graph: each rule, and the counts of what was left out. */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { filtersKey } from '../../contract/filters.ts';
import { FilterQuery, filtersOf } from '../../contract/api/query.ts';
import { applyFilters } from '../../server/graph/filters.ts';

function graph() {
  const g = new UndirectedGraph();
  g.addNode('a', { country: 'DE', bloc: 'west' });
  g.addNode('b', { country: 'DE', bloc: 'east' });
  g.addNode('c', { country: 'FR', bloc: 'west' });
  g.addNode('d', { country: 'PL', bloc: 'east' });
  g.addNode('e', { country: 'US', bloc: 'other' });
  g.addEdgeWithKey('ab', 'a', 'b', { type: 'partnership', since: 1990 });
  g.addEdgeWithKey('ac', 'a', 'c', { type: 'partnership', since: 1960 });
  g.addEdgeWithKey('ad', 'a', 'd', { type: 'friendship' });
  g.addEdgeWithKey('cd', 'c', 'd', { type: 'partnership', since: 1975, until: 1985 });
  g.addEdgeWithKey('be', 'b', 'e', { type: 'development', since: 2005 });
  return g;
}
const parse = (q: Record<string, string>) => filtersOf(FilterQuery.parse(q));

describe('filters', () => {
  it('without filters the view is the graph itself', () => {
    const g = graph();
    expect(applyFilters(g, parse({})).graph).toBe(g);
  });

  it('keeps the types asked for and counts the rest', () => {
    const v = applyFilters(graph(), parse({ types: 'partnership,development' }));
    expect(v.graph.edges().sort()).toEqual(['ab', 'ac', 'be', 'cd']);
    expect(v.leftOut.partnerships.type).toBe(1);
  });

  it('shows the network as it stood in a year: undated, later and ended partnerships left out', () => {
    const v = applyFilters(graph(), parse({ to: '1990' }));
    expect(v.graph.edges().sort()).toEqual(['ab', 'ac']);
    expect(v.leftOut.partnerships).toMatchObject({ undated: 1, outOfRange: 1, ended: 1 });
    expect(v.graph.hasNode('e')).toBe(false);
    expect(v.leftOut.municipalities.withoutPartnership).toBe(2); // d and e
    const undated = applyFilters(graph(), parse({ from: '1961', to: '1990', includeUndated: 'true' }));
    expect(undated.graph.edges().sort()).toEqual(['ab', 'ad']);
  });

  it('keeps partnerships with at least one end in the countries or blocs', () => {
    expect(
      applyFilters(graph(), parse({ countries: 'pl' }))
        .graph.edges()
        .sort(),
    ).toEqual(['ad', 'cd']);
    expect(applyFilters(graph(), parse({ blocs: 'other' })).graph.edges()).toEqual(['be']);
  });

  it('drops municipalities below minDegree', () => {
    const v = applyFilters(graph(), parse({ minDegree: '2' }));
    expect(v.graph.nodes().sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(v.leftOut.municipalities.belowMinDegree).toBe(1);
    expect(v.graph.hasEdge('be')).toBe(false);
  });

  it('keeps a place whose partners minDegree dropped: one pass, as the view has always been counted', () => {
    const g = new UndirectedGraph();
    for (const n of ['x', 'y1', 'y2']) g.addNode(n, { country: 'DE' });
    g.addEdgeWithKey('xy1', 'x', 'y1', { type: 'partnership' });
    g.addEdgeWithKey('xy2', 'x', 'y2', { type: 'partnership' });
    const v = applyFilters(g, parse({ minDegree: '2', countries: 'DE' }));
    expect(v.graph.nodes()).toEqual(['x']);
    expect(v.graph.size).toBe(0);
    expect(v.leftOut.municipalities.belowMinDegree).toBe(2);
  });

  it('rejects bad values, naming the field', () => {
    for (const [q, field] of [
      [{ types: 'twinning' }, 'types'],
      [{ from: '1990', to: '1980' }, 'from'],
      [{ countries: 'Germany' }, 'countries'],
      [{ minDegree: '-1' }, 'minDegree'],
      [{ colour: 'red' }, ''],
    ] as const) {
      const r = FilterQuery.safeParse(q);
      expect(r.success).toBe(false);
      if (field) expect(r.error!.issues[0]!.path[0]).toBe(field);
    }
  });

  it('keys the same filters alike whatever their order', () => {
    expect(filtersKey(parse({ types: 'friendship,partnership' }))).toBe(filtersKey(parse({ types: 'partnership,friendship' })));
    expect(filtersKey(parse({ to: '1990' }))).not.toBe(filtersKey(parse({ to: '1991' })));
  });
});
