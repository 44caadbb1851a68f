/**
 * What an analysis endpoint sends, made by the services: the running job, or the result's body
 * (typed by its contract schema) and, for tables, its CSV rows. The body is built lazily, once per
 * dataset version and URL (http/respond.ts caches it).
 */
import type { AbstractGraph } from 'graphology-types';
import type { Filters } from '../../../contract/filters.ts';
import type { AnalysisOptions } from '../../../contract/api/query.ts';
import type { SuiteView } from '../../analytics/suite/suite-view.ts';
import type { AnalysisService } from '../analysis.service.ts';
import type { Job } from '../jobs.ts';

export interface Built<T = unknown> {
  body: T;
  csv?: { rows: Record<string, unknown>[]; columns: readonly string[] };
}

export type Answer<T = unknown> = { state: 'running'; job: Job } | { state: 'done'; version: number; build: () => Built<T> };

/** An answer computed from the full suite of these filters and options. */
export async function fromSuite<T>(
  analysis: AnalysisService,
  filters: Filters,
  options: AnalysisOptions,
  build: (view: SuiteView) => Built<T>,
): Promise<Answer<T>> {
  const outcome = await analysis.suite(filters, options);
  if (outcome.state === 'running') return outcome;
  const view = outcome.value;
  return { state: 'done', version: view.version, build: () => build(view) };
}

/** How an answer names a place of `graph`: its id, name and country. */
export function placeOf(graph: AbstractGraph, id: string): { id: string; name: string; country: string | null } {
  const attr = graph.getNodeAttributes(id);
  return { id, name: String(attr.name ?? id), country: typeof attr.country === 'string' ? attr.country : null };
}

/** How an answer names a place of the suite's view. */
export function placeRef(view: SuiteView, id: string): { id: string; name: string; country: string | null } {
  return placeOf(view.data.graph, id);
}

/** How an answer names a partnership: its two ends. */
export function tieRef(view: SuiteView, a: string, b: string) {
  return { a, aName: placeRef(view, a).name, b, bName: placeRef(view, b).name };
}
