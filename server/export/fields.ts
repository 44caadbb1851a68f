/**
 * The columns every export writes, in one place: the data model's attributes (docs/architecture.md)
 * and the per-node analysis results, with their types. GraphML keys, CSV headers and the README of
 * the CSV archive come from these lists, so the formats cannot drift apart. GEXF declares the same
 * names (graphology-gexf infers the types from the values).
 *
 * Lists (aliases, networks, sources) are joined with "|" in the flat formats (GEXF, GraphML, CSV),
 * which is also what the importers split on; JSON keeps them as arrays.
 */
import type { AbstractGraph } from 'graphology-types';
import { NODE_METRIC_PROPERTIES } from '../../contract/node-metrics.ts';

export type FieldType = 'string' | 'integer' | 'double' | 'boolean' | 'list';

export interface Field {
  name: string;
  type: FieldType;
  description: string;
}

export const LIST_SEPARATOR = '|';

/** Node attributes of the data model. `name` is also the node's label in GEXF. */
export const NODE_DATA_FIELDS: readonly Field[] = [
  { name: 'name', type: 'string', description: 'Local name of the place' },
  { name: 'aliases', type: 'list', description: 'Other names (exonyms, other spellings)' },
  { name: 'country', type: 'string', description: 'ISO 3166-1 alpha-2 country code' },
  { name: 'admin1', type: 'string', description: 'ISO 3166-2 code of the first-level division (German state), e.g. DE-BY' },
  { name: 'admin2', type: 'string', description: 'German district (Kreis)' },
  { name: 'ags', type: 'string', description: 'German 8-digit municipality key (Amtlicher Gemeindeschlüssel)' },
  { name: 'wikidata', type: 'string', description: 'Wikidata item (Q…)' },
  { name: 'kind', type: 'string', description: 'municipality, district or region' },
  { name: 'lat', type: 'double', description: 'Latitude, WGS84 degrees' },
  { name: 'lon', type: 'double', description: 'Longitude, WGS84 degrees' },
  { name: 'population', type: 'integer', description: 'Inhabitants, where known' },
  { name: 'germany', type: 'string', description: 'Inside Germany: east (former GDR), west (former Federal Republic) or berlin' },
  { name: 'bloc', type: 'string', description: 'Europe before 1990: east (Eastern bloc), west, or other (neutral, non-European)' },
  { name: 'networks', type: 'list', description: 'Ids of the multilateral networks the place belongs to' },
  { name: 'networkNames', type: 'list', description: 'Names of those networks, in the same order' },
  { name: 'sources', type: 'list', description: 'Provenance: imported datasets (ids of the sources table) or cited URLs' },
];

/**
 * Per-node analysis results (the same numbers as the API's), under the names of the contract's
 * one list. `onDemand` ones (Leiden) are written only where some node carries them.
 */
export const NODE_METRIC_FIELDS: readonly (Field & { onDemand?: boolean })[] = NODE_METRIC_PROPERTIES;

/** The metric fields of a graph: all of them once it carries results, on-demand ones only where computed. */
export function metricFieldsOf(graph: AbstractGraph): readonly Field[] {
  if (graph.order === 0 || !graph.someNode((_n, a) => a.community !== undefined)) return [];
  return NODE_METRIC_FIELDS.filter((f) => !f.onDemand || graph.someNode((_n, a) => a[f.name] !== undefined));
}

export const EDGE_FIELDS: readonly Field[] = [
  { name: 'type', type: 'string', description: 'partnership, friendship, contact, development, climate or sponsorship' },
  { name: 'since', type: 'integer', description: 'Founding year, where known' },
  { name: 'until', type: 'integer', description: 'Year the tie ended, where known' },
  { name: 'crossGermany', type: 'boolean', description: 'Links the former GDR and the former Federal Republic' },
  { name: 'crossEurope', type: 'boolean', description: 'Links the former Eastern bloc and the West' },
  { name: 'sources', type: 'list', description: 'Provenance: imported datasets or cited URLs' },
];

/** A value as a flat format writes it; null for a missing value (no cell, no attvalue). */
export function flatValue(field: Field, value: unknown): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (field.type === 'list') {
    const items = Array.isArray(value) ? value.map(String).filter((s) => s !== '') : [String(value)];
    return items.length > 0 ? items.join(LIST_SEPARATOR) : null;
  }
  if (field.type === 'integer' || field.type === 'double') return typeof value === 'number' && Number.isFinite(value) ? value : null;
  if (field.type === 'boolean') return typeof value === 'boolean' ? value : null;
  const s = String(value);
  return s === '' ? null : s;
}
