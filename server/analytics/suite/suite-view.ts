/**
 * The full suite of one filtered view of a dataset version, as the analysis service hands it out
 * and the API, the exports and the report read it. Declared here, below all of them, so that
 * none imports the service for its shape.
 */
import type { AbstractGraph } from 'graphology-types';
import type { Filters, LeftOut } from '../../../contract/filters.ts';
import type { Suite } from './full-suite.ts';

export interface SuiteView {
  version: number;
  filters: Filters;
  leftOut: LeftOut;
  /** The network analysed: the view's places with at least one partnership. */
  graph: AbstractGraph;
  /** The whole filtered view, places without a partnership included (what /api/graph and the exports give). */
  data: { graph: AbstractGraph; leftOut: LeftOut };
  suite: Suite;
  /** Node id -> index into the suite's arrays. */
  index: Map<string, number>;
}
