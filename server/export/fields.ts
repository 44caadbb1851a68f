/**
 * The columns every export writes, in one place: the data model's attributes (docs/architecture.md)
 * and the per-node analysis results, with their types. GraphML keys, CSV headers and the README of
 * the CSV archive come from these lists, so the formats cannot drift apart. GEXF declares the same
 * names (graphology-gexf infers the types from the values).
 *
 * Lists (aliases, networks, sources) are joined with "|" in the flat formats (GEXF, GraphML, CSV),
 * which is also what the importers split on; JSON keeps them as arrays.
 */
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

/** Per-node analysis results of the full suite (the same numbers as the API's). */
export const NODE_METRIC_FIELDS: readonly Field[] = [
  { name: 'degree', type: 'integer', description: 'Partnerships in the view' },
  { name: 'degreeCentrality', type: 'double', description: 'degree / (n - 1), as NetworkX' },
  { name: 'betweenness', type: 'double', description: 'Betweenness centrality, normalised as NetworkX' },
  { name: 'closeness', type: 'double', description: 'Closeness centrality, Wasserman-Faust correction' },
  { name: 'harmonic', type: 'double', description: 'Harmonic closeness, unnormalised' },
  { name: 'pagerank', type: 'double', description: 'PageRank, alpha 0.85' },
  { name: 'eigenvector', type: 'double', description: 'Eigenvector centrality, L2-normalised' },
  { name: 'clustering', type: 'double', description: 'Local clustering coefficient' },
  { name: 'component', type: 'integer', description: 'Connected component (0 = first in node order)' },
  { name: 'coreNumber', type: 'integer', description: 'k-core number: the largest k whose k-core holds the place' },
  { name: 'community', type: 'integer', description: 'Louvain community' },
  { name: 'brokerGermany', type: 'double', description: 'Share of the East-West German pairs whose shortest paths run through the place' },
  { name: 'brokerEurope', type: 'double', description: 'Share of the Eastern-bloc/West pairs whose shortest paths run through the place' },
];

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
