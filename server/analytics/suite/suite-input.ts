/**
 * What travels to the suite's worker thread (suite-runner.ts to suite.worker.ts): the graph in
 * columns, and the graph rebuilt from them.
 */
import { UndirectedGraph } from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';

/**
 * The graph reduced to what the suite reads (names, countries, sides; founding years), in columns:
 * posting it copies a few arrays instead of an object per node and edge. A structured clone of
 * graphology's serialisation of the Wikipedia list took 70-270 ms of the main thread; these
 * columns take 13-30 ms, and the typed arrays are transferred.
 */
export interface SuiteInput {
  keys: string[];
  name: (string | null)[];
  country: (string | null)[];
  germany: (string | null)[];
  bloc: (string | null)[];
  /** Edge e joins nodes ends[2e] and ends[2e + 1] (indices into keys). */
  ends: Int32Array;
  /** Founding year of edge e; NaN when unknown. */
  since: Float64Array;
  /** End year of edge e; NaN when it has not ended (or the end is unknown). Read by the year-by-year series. */
  until: Float64Array;
  /** Type of edge e (read by the year-by-year series). */
  type: (string | null)[];
}

export function suiteInput(graph: AbstractGraph): SuiteInput {
  const n = graph.order;
  const input: SuiteInput = {
    keys: new Array<string>(n),
    name: new Array<string | null>(n),
    country: new Array<string | null>(n),
    germany: new Array<string | null>(n),
    bloc: new Array<string | null>(n),
    ends: new Int32Array(2 * graph.size),
    since: new Float64Array(graph.size),
    until: new Float64Array(graph.size),
    type: new Array<string | null>(graph.size),
  };
  const index = new Map<string, number>();
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  let i = 0;
  graph.forEachNode((key, a) => {
    index.set(key, i);
    input.keys[i] = key;
    input.name[i] = text(a.name);
    input.country[i] = text(a.country);
    input.germany[i] = text(a.germany);
    input.bloc[i] = text(a.bloc);
    i++;
  });
  let e = 0;
  graph.forEachEdge((_key, a, source, target) => {
    input.ends[2 * e] = index.get(source)!;
    input.ends[2 * e + 1] = index.get(target)!;
    input.since[e] = typeof a.since === 'number' ? a.since : Number.NaN;
    input.until[e] = typeof a.until === 'number' ? a.until : Number.NaN;
    input.type[e] = text(a.type);
    e++;
  });
  return input;
}

/** The graph the suite computes on, rebuilt from its columns (in the worker); nodes and edges in the same order. */
export function suiteGraph(input: SuiteInput): UndirectedGraph {
  const graph = new UndirectedGraph({ allowSelfLoops: false });
  input.keys.forEach((key, i) => {
    const attributes: Attributes = {};
    for (const column of ['name', 'country', 'germany', 'bloc'] as const) {
      const v = input[column][i];
      if (v !== null && v !== undefined) attributes[column] = v;
    }
    graph.addNode(key, attributes);
  });
  for (let e = 0; e < input.since.length; e++) {
    const since = input.since[e]!;
    graph.addEdge(input.keys[input.ends[2 * e]!]!, input.keys[input.ends[2 * e + 1]!]!, Number.isNaN(since) ? {} : { since });
  }
  return graph;
}
