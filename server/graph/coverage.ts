/**
 * How complete the data is where founding years matter: of the partnerships in a view, how many
 * have a known founding year, overall and per source. The year filter, the playback and the
 * report show it, because "the network as it stood in 1990" means "the dated part of it".
 * A partnership's sources are imported datasets (ids such as `wikipedia:…`) or URLs cited by the
 * project's own facts (seeds/, edits), which count together as "seeds and edits".
 */
import type { AbstractGraph } from 'graphology-types';
import type { Coverage } from '../../contract/api/graph.ts';

export type { Coverage };

export const AUTHORED = 'seeds and edits';

function sourceKey(s: string): string {
  return /^https?:\/\//.test(s) ? AUTHORED : s;
}

export function yearCoverage(graph: AbstractGraph): Coverage {
  const by = new Map<string, Coverage['bySource'][number]>();
  const entry = (source: string) => {
    let e = by.get(source);
    if (!e) by.set(source, (e = { source, partnerships: 0, withYear: 0, places: 0 }));
    return e;
  };
  let withYear = 0;
  graph.forEachEdge((_edge, attr) => {
    const dated = typeof attr.since === 'number';
    if (dated) withYear++;
    for (const source of new Set(((attr.sources as string[] | undefined) ?? []).map(sourceKey))) {
      const e = entry(source);
      e.partnerships++;
      if (dated) e.withYear++;
    }
  });
  graph.forEachNode((_node, attr) => {
    for (const source of new Set(((attr.sources as string[] | undefined) ?? []).map(sourceKey))) entry(source).places++;
  });
  const partnerships = graph.size;
  return {
    partnerships,
    withYear,
    share: partnerships === 0 ? 1 : withYear / partnerships,
    bySource: [...by.values()].sort((a, b) => b.partnerships - a.partnerships || b.places - a.places || a.source.localeCompare(b.source)),
  };
}
