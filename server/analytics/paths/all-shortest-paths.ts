/**
 * All shortest paths between two nodes of an unweighted graph: their length, their number, and
 * the first `limit` of them in lexicographic order of the node keys along them (keys compared as
 * strings, code unit by code unit), as NetworkX's `all_shortest_paths` would give them, sorted.
 *
 * One breadth-first search from the source (Moore 1959) counts the shortest paths to every node
 * as it goes, sigma(w) = the sum of sigma(v) over w's predecessors v (U. Brandes 2001, "A faster
 * algorithm for betweenness centrality", J. Math. Sociology 25(2)): sigma(target) is the number
 * of shortest paths, in O(n + m) however many there are (a double: exact below 2^53). The search
 * and its shortest-path DAG are path-search.ts's. Walked backwards, the DAG marks the nodes that
 * lie on a shortest path to the target; a depth-first walk from the source over marked successors,
 * smallest key first, then lists the paths in order without ever entering a dead end: each path
 * costs O(length x degree log degree).
 */
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import type { Csr } from '../csr.ts';
import { parseOptions } from '../options.ts';
import { createSearch, searchFrom } from './path-search.ts';

export const optionsSchema = z
  .object({
    source: z.number().int().min(0),
    target: z.number().int().min(0),
    /** How many paths to list (all are counted). */
    limit: z.number().int().min(0).default(10),
  })
  .strict();
export type AllShortestPathsOptions = z.input<typeof optionsSchema>;

export interface ShortestPaths {
  /** Edges along a shortest path; null when the target cannot be reached. */
  readonly length: number | null;
  /** The number of shortest paths (0 when unreachable, 1 from a node to itself). */
  readonly count: number;
  /** Up to `limit` of them, as node indices from source to target, in lexicographic order of their keys. */
  readonly paths: Int32Array[];
}

const MODULE = 'paths/all-shortest-paths';

export function compute(graph: Csr, options: AllShortestPathsOptions): ShortestPaths {
  const { source, target, limit } = parseOptions(MODULE, optionsSchema, options);
  for (const [name, v] of [
    ['source', source],
    ['target', target],
  ] as const) {
    if (v >= graph.n) throw new AppError('bad-request', `analytics/${MODULE}: ${name} ${v} is outside 0..${graph.n - 1}.`);
  }
  const search = createSearch(graph);
  searchFrom(search, graph, source);
  const { dist, sigma, order, dagTo, dagStart, levelStart } = search;
  const length = dist[target]!;
  if (length < 0) return { length: null, count: 0, paths: [] };

  // Nodes up to the target's distance come first in the search order. onPath[v]: v lies on a
  // shortest path to the target; position[v]: v's place in the order, where its DAG edges start.
  const onPath = new Uint8Array(graph.n);
  const position = new Int32Array(graph.n);
  onPath[target] = 1;
  for (let i = levelStart[length + 1]! - 1; i >= 0; i--) {
    const v = order[i]!;
    position[v] = i;
    if (dist[v]! === length) continue;
    for (let e = dagStart[i]!, end = dagStart[i + 1]!; e < end; e++) {
      if (onPath[dagTo[e]!]) {
        onPath[v] = 1;
        break;
      }
    }
  }

  const { keys } = graph;
  const byKey = (a: number, b: number) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0);
  const next = (v: number): number[] => {
    const out: number[] = [];
    for (let e = dagStart[position[v]!]!, end = dagStart[position[v]! + 1]!; e < end; e++) if (onPath[dagTo[e]!]) out.push(dagTo[e]!);
    return out.sort(byKey);
  };
  // an explicit stack: a path can be as long as the graph
  const paths: Int32Array[] = [];
  const path = [source];
  const choices = [source === target ? [] : next(source)];
  const taken = [0];
  while (path.length > 0 && paths.length < limit) {
    const depth = path.length - 1;
    if (path[depth] === target || taken[depth]! === choices[depth]!.length) {
      if (path[depth] === target) paths.push(Int32Array.from(path));
      path.pop();
      choices.pop();
      taken.pop();
      continue;
    }
    const w = choices[depth]![taken[depth]!++]!;
    path.push(w);
    choices.push(w === target ? [] : next(w));
    taken.push(0);
  }
  return { length, count: sigma[target]!, paths };
}
