/** How many partnerships have a founding year, overall and per source (graph/coverage.ts). */
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { AUTHORED, yearCoverage } from '../../server/graph/coverage.ts';

describe('yearCoverage', () => {
  it('counts dated partnerships per source; URLs count as the project’s own facts', () => {
    const g = new UndirectedGraph();
    g.addNode('a', { sources: ['https://de.wikipedia.org/wiki/A', 'wikipedia:list:1'] });
    g.addNode('b', { sources: ['wikipedia:list:1'] });
    g.addNode('c', { sources: ['wikidata:p190:2'] });
    g.addEdge('a', 'b', { since: 1986, sources: ['https://de.wikipedia.org/wiki/A', 'https://a.example/x', 'wikipedia:list:1'] });
    g.addEdge('b', 'c', { sources: ['wikipedia:list:1', 'wikidata:p190:2'] });
    g.addEdge('a', 'c', { since: 1990, sources: ['wikidata:p190:2'] });
    expect(yearCoverage(g)).toEqual({
      partnerships: 3,
      withYear: 2,
      share: 2 / 3,
      bySource: [
        { source: 'wikipedia:list:1', partnerships: 2, withYear: 1, places: 2 },
        { source: 'wikidata:p190:2', partnerships: 2, withYear: 1, places: 1 },
        { source: AUTHORED, partnerships: 1, withYear: 1, places: 1 },
      ],
    });
  });

  it('is complete for an empty view', () => {
    expect(yearCoverage(new UndirectedGraph())).toMatchObject({ partnerships: 0, withYear: 0, share: 1 });
  });
});
