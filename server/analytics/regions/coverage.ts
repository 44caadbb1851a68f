/**
 * What the regions' counts cover: the sources of the partnerships counted at a level, the German
 * places with partnerships that the directory does not key (left out of states and districts), and
 * a sentence a panel or report can show. The counts measure the sources as much as the towns: the
 * world list is English Wikipedia's, and a region's count partly measures how well those pages
 * cover it.
 */
import type { AbstractGraph } from 'graphology-types';
import type { z } from 'zod';
import type { CoverageSchema } from '../../../contract/api/regions.ts';
import type { RegionLevel } from '../../../contract/vocabularies.ts';
import { regionOf } from './regions.ts';

export type Coverage = z.infer<typeof CoverageSchema>;

/** Facts the project authored cite web pages (URLs); they count as one source, the seeds. */
const sourceKey = (s: string) => (/^https?:\/\//.test(s) ? 'jumelage-seeds' : s);

export function coverage(graph: AbstractGraph, level: RegionLevel): Coverage {
  const german = level !== 'country';
  const bySource = new Map<string, number>();
  let outsidePlaces = 0;
  const outsideTies = new Set<string>();
  graph.forEachEdge((_edge, attr, a, b) => {
    const inA = regionOf(graph.getNodeAttributes(a), level) !== null;
    const inB = regionOf(graph.getNodeAttributes(b), level) !== null;
    if (!inA && !inB) return;
    const sources = Array.isArray(attr.sources) ? [...new Set((attr.sources as unknown[]).map(String).map(sourceKey))] : [];
    for (const s of sources.length > 0 ? sources : ['unknown']) bySource.set(s, (bySource.get(s) ?? 0) + 1);
  });
  if (german)
    graph.forEachNode((node, attr) => {
      if (attr.country !== 'DE' || regionOf(attr, level) !== null || graph.degree(node) === 0) return;
      outsidePlaces += 1;
      graph.forEachEdge(node, (edge) => outsideTies.add(edge));
    });
  const sources = [...bySource]
    .map(([id, partnerships]) => ({ id, partnerships }))
    .sort((x, y) => y.partnerships - x.partnerships || x.id.localeCompare(y.id));
  const basis = german
    ? 'Every municipality of the Destatis directory in the view (AGS-keyed places, partnered or not)'
    : 'The places listed for each country (only those named by a source; not normalised by the number of municipalities)';
  const named = sources.map((s) => `${s.id} (${s.partnerships})`).join(', ');
  const outside =
    german && outsidePlaces > 0
      ? ` ${outsidePlaces} German places with ${outsideTies.size} partnerships have no directory key and are not counted here.`
      : '';
  return {
    normalised: german,
    basis,
    sources,
    outsideDirectory: german ? { places: outsidePlaces, partnerships: outsideTies.size } : null,
    text: `${basis}. Partnerships from: ${named || 'none'}. The world list is English Wikipedia's "List of twin towns and sister cities" pages: a region's count partly measures how well those pages cover it.${outside}`,
  };
}
