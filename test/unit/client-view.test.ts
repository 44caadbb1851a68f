/** The visible graph in the browser (client/src/view.ts): the contract's filter rule, and the layer of places without a partnership. */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../contract/filters.ts';
import type { ClientFilters } from '../../client/src/state.ts';
import type { TownGraph } from '../../client/src/types.ts';
import { computeView, crossTies } from '../../client/src/view.ts';

function graph(): TownGraph {
  const g = new UndirectedGraph();
  g.addNode('a', { country: 'DE', germany: 'west', bloc: 'west' });
  g.addNode('b', { country: 'DE', germany: 'east', bloc: 'east' });
  g.addNode('c', { country: 'FR', bloc: 'west' });
  g.addNode('alone', { country: 'DE', germany: 'west', bloc: 'west' });
  g.addEdgeWithKey('ab', 'a', 'b', { type: 'partnership', since: 1990 });
  g.addEdgeWithKey('ac', 'a', 'c', { type: 'partnership' });
  return g as unknown as TownGraph;
}
const filters = (patch: Partial<ClientFilters> = {}): ClientFilters => ({ ...NO_FILTERS, unpartnered: false, ...patch });

describe('computeView', () => {
  it('leaves the places without a partnership out unless asked for', () => {
    expect([...computeView(graph(), filters()).nodes].sort()).toEqual(['a', 'b', 'c']);
    expect([...computeView(graph(), filters({ unpartnered: true })).nodes].sort()).toEqual(['a', 'alone', 'b', 'c']);
  });

  it('follows the filter rule: a year range leaves undated partnerships out and counts them', () => {
    const view = computeView(graph(), filters({ to: 2000, unpartnered: true }));
    expect([...view.edges]).toEqual(['ab']);
    expect([...view.nodes].sort()).toEqual(['a', 'b']);
    expect(view.undatedLeftOut).toBe(1);
    expect(Object.fromEntries(view.degree)).toEqual({ a: 1, b: 1 });
    expect(view.maxDegree).toBe(1);
  });

  it('counts the partnerships of each place in the view, and the cross ties of a divide', () => {
    const view = computeView(graph(), filters());
    expect(Object.fromEntries(view.degree)).toEqual({ a: 2, b: 1, c: 1 });
    expect(crossTies(graph(), view, 'germany')).toMatchObject({ ties: 2, sided: 1, cross: 1 });
    expect(crossTies(graph(), view, 'europe')).toMatchObject({ ties: 2, sided: 2, cross: 1 });
  });
});
