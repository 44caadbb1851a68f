/**
 * ForceAtlas2 (Jacomy, Venturini, Heymann & Bastian 2014, "ForceAtlas2, a continuous graph
 * layout algorithm for handy network visualization designed for the Gephi software", PLoS ONE
 * 9(6): e98679): places repel each other (Barnes-Hut above 1,000 nodes), partnerships pull their
 * ends together, a strong gravity keeps the components in view; each node's speed adapts to how
 * much its force swings from one round to the next.
 *
 * It starts from the places' map positions (contract/map-positions.ts) and runs, with the settings
 * and the stopping rule of contract/force-layout.ts, what the browser's web worker runs: one
 * iteration of graphology-layout-forceatlas2's kernel per round over matrices kept from round to
 * round. Not rounds of the package's synchronous `assign`: it rebuilds its matrices on each call,
 * which resets every node's previous force and convergence, so its adaptive speeds would not be
 * the worker's. Nothing random: the same graph in the same order gives the same positions.
 */
import { createRequire } from 'node:module';
import { UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { z } from 'zod';
import { forceSettings, MAX_ROUNDS, SettleRule, type Stop } from '../../../contract/force-layout.ts';
import { mapPositions } from '../../../contract/map-positions.ts';
import { parseOptions } from '../options.ts';

/** Entries of the node matrix per node (x, y, dx, dy, old dx, old dy, mass, convergence, size, fixed). */
const PER_NODE = 10;

type Matrices = { nodes: Float32Array; edges: Float32Array };
type Kernel = (settings: object, nodes: Float32Array, edges: Float32Array) => void;
interface Helpers {
  graphToByteArrays(graph: AbstractGraph, getEdgeWeight: () => number): Matrices;
  assign<T extends object>(target: T, ...sources: object[]): T;
}
// the package's own modules (CommonJS, no types of their own): the kernel its worker runs
const require = createRequire(import.meta.url);
const iterate = require('graphology-layout-forceatlas2/iterate.js') as Kernel;
const helpers = require('graphology-layout-forceatlas2/helpers.js') as Helpers;
const DEFAULT_SETTINGS = require('graphology-layout-forceatlas2/defaults.js') as object;

export const optionsSchema = z.object({
  /** The layout stops here if it has not settled before. */
  maxRounds: z.number().int().min(1).default(MAX_ROUNDS),
});
export type ForceLayoutOptions = z.input<typeof optionsSchema>;

export interface ForceLayout {
  readonly rounds: number;
  /** true: stopped by the settling rule; false: at maxRounds. */
  readonly settled: boolean;
  /** The nodes in the graph's order, and x, y of node i at 2i, 2i + 1. */
  readonly nodes: readonly string[];
  readonly xy: Float64Array<ArrayBuffer>;
}

/** Called after each round; may throw to give the run up. */
export type LayoutProgress = (rounds: number, maxRounds: number) => void;

/** The layout of `graph` (its places need `lat`/`lon` where known); the graph is only read. */
export function compute(graph: AbstractGraph, options: ForceLayoutOptions = {}, progress?: LayoutProgress): ForceLayout {
  const { maxRounds } = parseOptions('layout/force-layout', optionsSchema, options);
  if (graph.type === 'directed') throw new Error('analytics/layout/force-layout: the graph must be undirected or mixed.');
  const start = mapPositions(graph.mapNodes((node, attr) => [node, attr] as const)).positions;
  // a bare copy: the shared graph is never written to
  const copy = new UndirectedGraph();
  const nodes: string[] = [];
  graph.forEachNode((node) => {
    nodes.push(node);
    copy.addNode(node, start.get(node));
  });
  graph.forEachEdge((_edge, _attr, source, target) => {
    if (source !== target) copy.mergeEdge(source, target);
  });
  const settings = helpers.assign({}, DEFAULT_SETTINGS, forceSettings(copy.order));
  const matrices = helpers.graphToByteArrays(copy, () => 1);
  const rule = new SettleRule(maxRounds);
  let stop: Stop | null = copy.order === 0 ? 'settled' : null;
  while (stop === null) {
    iterate(settings, matrices.nodes, matrices.edges);
    stop = rule.step(matrices.nodes, copy.order, PER_NODE);
    progress?.(rule.rounds, maxRounds);
  }
  const xy = new Float64Array(nodes.length * 2);
  for (let i = 0; i < nodes.length; i++) {
    xy[2 * i] = matrices.nodes[i * PER_NODE]!;
    xy[2 * i + 1] = matrices.nodes[i * PER_NODE + 1]!;
  }
  return { rounds: rule.rounds, settled: stop === 'settled', nodes, xy };
}
