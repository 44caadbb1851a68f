/**
 * GDS's components, bridges and articulation points brought to ours (server/analytics/gds/gds-figures.ts
 * toOurStructure): components numbered in order of their first place, as NetworkX's
 * `connected_components`; bridges as pairs in the places' order, sorted; articulation points in the
 * places' order; a place GDS left out, or one it made up, is an error that names it.
 */
import { describe, expect, it } from 'vitest';
import { toOurStructure } from '../../server/analytics/gds/gds-figures.ts';

const NODES = ['a', 'b', 'c', 'd', 'e'];

describe('toOurStructure', () => {
  it('numbers the components by their first place and orders bridges and articulation points by the places', () => {
    const ours = toOurStructure(
      {
        component: new Map([
          ['a', 70],
          ['b', 70],
          ['c', 3],
          ['d', 70],
          ['e', 3],
        ]),
        bridges: [
          ['e', 'c'],
          ['d', 'b'],
          ['b', 'a'],
        ],
        articulationPoints: ['d', 'b'],
      },
      NODES,
    );
    expect(ours).toEqual({
      component: [0, 0, 1, 0, 1],
      componentSizes: [3, 2],
      bridges: [
        ['a', 'b'],
        ['b', 'd'],
        ['c', 'e'],
      ],
      articulationPoints: ['b', 'd'],
    });
  });

  it('names a place GDS left out, or one it made up', () => {
    const component = new Map(NODES.map((id) => [id, 0]));
    expect(() => toOurStructure({ component: new Map([['a', 0]]), bridges: [], articulationPoints: [] }, NODES)).toThrow(
      'GDS gave no component for place b',
    );
    expect(() => toOurStructure({ component, bridges: [['a', 'z']], articulationPoints: [] }, NODES)).toThrow(
      'GDS named place z, which is not in the network',
    );
  });
});
