/** The graph the page draws: GET /api/graph (contract/api/graph.ts) loaded into graphology. */
import type { UndirectedGraph } from 'graphology';
import type { GraphAnswer, PlaceAttributes, TieAttributes as ContractTieAttributes } from '../../contract/api/graph.ts';

export type TownAttributes = PlaceAttributes & {
  /** Position of the current layout (sigma reads positions from the graph, never from reducers). */
  x: number;
  y: number;
};

/** The partnership type is `type`; sigma would read it as a render program: the edge reducer sets its own. */
export type TieAttributes = ContractTieAttributes;

export type NetworkAttributes = GraphAnswer['attributes'];

export type TownGraph = UndirectedGraph<TownAttributes, TieAttributes, NetworkAttributes>;
