/**
 * A file read into the graph the analyses see, without a database: the import pipeline as a dry
 * run (`npm run import -- --dry-run` reads a file the same way), then the undirected graph of its
 * places and partnerships with the attributes the service would load from Neo4j. Used by
 * `npm run analyze` and the analytics benchmark.
 */
import fs from 'node:fs';
import { UndirectedGraph } from 'graphology';
import { blocOf, germanySide } from '../domain/classify.ts';
import type { ImportBatch } from '../domain/model.ts';
import { AppError } from '../errors.ts';
import { readImportPath } from './import-path.ts';
import { prepareImport } from './pipeline.ts';
import type { ImportSummary } from './report.ts';
import type { ImportFormat } from './types.ts';

/** A file read into the graph the analyses see: node key = the file's id, attributes as in Neo4j. */
export interface FileGraph {
  graph: UndirectedGraph;
  summary: ImportSummary;
  /** Places that several of the file's nodes resolved to (same AGS or Wikidata item); keyed by the first id. */
  mergedNodes: number;
}

/**
 * Reads a file (or a Jumelage directory) with the import pipeline, as a dry run without a
 * database, and builds the undirected graph of its places and partnerships with the attributes
 * the suite reads (name, country, germany, bloc; since, until, type) and the rest of the data
 * model's that the file gave (coordinates, keys, population, sources), which the files of
 * `npm run analyze -- --out` carry.
 */
export async function readFileGraph(input: string, format: ImportFormat | 'auto' = 'auto'): Promise<FileGraph> {
  if (!fs.existsSync(input)) throw new AppError('not-found', `import/file-graph: no such file or directory: ${input}`);
  const { files, label } = readImportPath(input);
  const { summary, batch, fileIds } = await prepareImport(
    files,
    label,
    { format, strict: false, dryRun: true, replace: false, allMunicipalities: false },
    async () => null,
  );
  return { ...graphFromBatch(batch, fileIds), summary };
}

/** The graph of a batch, each place keyed by its first file id (else its place id). */
function graphFromBatch(batch: ImportBatch, fileIds: ReadonlyMap<string, readonly string[]>): Omit<FileGraph, 'summary'> {
  const graph = new UndirectedGraph({ allowSelfLoops: false });
  const keyOf = new Map<string, string>();
  let mergedNodes = 0;
  for (const place of batch.places) {
    const ids = fileIds.get(place.id) ?? [];
    if (ids.length > 1) mergedNodes++;
    // A file id that is some other place's id already (never for one file's own ids) keeps the place id.
    const key = ids[0] !== undefined && !graph.hasNode(ids[0]) ? ids[0] : place.id;
    keyOf.set(place.id, key);
    const germany = germanySide(place);
    const bloc = blocOf(place);
    const known = Object.entries({
      aliases: place.aliases.length > 0 ? place.aliases : null,
      admin1: place.admin1,
      admin2: place.admin2,
      ags: place.ags,
      wikidata: place.wikidata,
      kind: place.kind,
      lat: place.lat,
      lon: place.lon,
      population: place.population,
      sources: place.sources,
    }).filter(([, v]) => v !== null);
    graph.addNode(key, {
      name: place.name,
      ...(place.country ? { country: place.country } : {}),
      ...(germany ? { germany } : {}),
      ...(bloc ? { bloc } : {}),
      ...Object.fromEntries(known),
    });
  }
  for (const p of batch.partnerships) {
    graph.mergeEdge(keyOf.get(p.a)!, keyOf.get(p.b)!, {
      type: p.type,
      ...(p.since !== null ? { since: p.since } : {}),
      ...(p.until !== null ? { until: p.until } : {}),
      sources: p.sources,
    });
  }
  return { graph, mergedNodes };
}
