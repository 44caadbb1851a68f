/** The data the API sends for the graph (GET /api/graph), as the client reads it. */
import type { UndirectedGraph } from 'graphology';

export const PARTNERSHIP_TYPES = ['partnership', 'friendship', 'contact', 'development', 'climate', 'sponsorship'] as const;
export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];

export const BLOCS = ['east', 'west', 'other'] as const;
export type Bloc = (typeof BLOCS)[number];

export type GermanSide = 'east' | 'west' | 'berlin';

export interface TownAttributes {
  name: string;
  aliases?: string[];
  country?: string;
  admin1?: string;
  admin2?: string;
  ags?: string;
  kind?: string;
  lat?: number;
  lon?: number;
  population?: number;
  sources?: string[];
  germany?: GermanSide;
  bloc?: Bloc;
  networks?: string[];
  /** Position of the current layout (sigma reads positions from the graph, never from reducers). */
  x: number;
  y: number;
}

export interface TieAttributes {
  /** The partnership type. Sigma would read `type` as a render program: the edge reducer sets its own. */
  type: PartnershipType;
  since?: number;
  until?: number;
  sources?: string[];
}

export interface NetworkAttributes {
  datasetVersion?: number;
  networks?: { id: string; name: string }[];
}

export type TownGraph = UndirectedGraph<TownAttributes, TieAttributes, NetworkAttributes>;

export const CENTRALITY_MEASURES = ['degree', 'betweenness', 'closeness', 'harmonic', 'pagerank', 'eigenvector'] as const;
export type CentralityMeasure = (typeof CENTRALITY_MEASURES)[number];
