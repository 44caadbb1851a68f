/**
 * `npm run analyze -- <file|directory> [--format auto|jumelage|wikipedia|wikidata-json|wikidata-csv|gexf|graphml]
 *   [--json] [--sample k] [--seed s] [--resolution r] [--out metrics.csv|.gexf|.graphml]`
 *
 * Runs the full analytics suite (full-suite.ts: centralities, structure, Louvain communities,
 * east-west bridges) and Leiden communities on a file, without Neo4j: the file is read by the
 * import pipeline exactly as `npm run import -- --dry-run` reads it (formats, cleaning, identity, East/West and bloc
 * classification), turned into the graph the service would load, and analysed with a worker pool
 * over every core. A readable summary goes to stdout; with --json, ONE JSON object
 * (`AnalysisReport`) goes to stdout and everything else (progress, warnings) to stderr. With --out,
 * every node's results (the exports' columns, contract/node-metrics.ts) also go to a file, written
 * whole or not at all (export/metrics-file.ts); its extension is checked before any work.
 *
 * Node ids are the file's own where it has them (GEXF and GraphML node ids, Jumelage ids): the
 * importer re-keys places (`de-<AGS>`, `<country>-<slug>`), so they are mapped back. Files
 * without ids (the Wikipedia list, Wikidata) keep the importer's place ids.
 *
 * Betweenness is exact; --sample k estimates it from k seeded pivots (Brandes & Pich 2007) with
 * a stated error bound. Exit code 0 on success; 1 when the file is missing or rejected (each error
 * with its line); 2 for a bad command line.
 */
import { MEASURES, type Divide, type Measure } from '../../contract/vocabularies.ts';
import { compute as computeLeiden } from '../analytics/communities/leiden.ts';
import { buildCsr } from '../analytics/csr.ts';
import { metricsFileKind, metricsGraph, renderMetricsFile, writeWhole, type Membership } from '../export/metrics-file.ts';
import { rankOrder } from '../analytics/ranking.ts';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { writeDatabaseAnalysis } from './parts/write-database.ts';
import type { UndirectedGraph } from 'graphology';
import { computeSuite, type EastWest, type Suite, type SuiteOptions } from '../analytics/suite/full-suite.ts';
import { WorkerPool } from '../analytics/workers/pool.ts';
import { AppError } from '../errors.ts';
import { readFileGraph, type FileGraph } from '../import/file-graph.ts';
import { FORMAT_NAMES } from '../import/pipeline.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import type { ImportFormat } from '../import/types.ts';

const USAGE = `usage: npm run analyze -- <file|directory> [--format ${FORMAT_NAMES.join('|')}] [--json] [--sample k] [--seed s] [--resolution r] [--out metrics.csv|.gexf|.graphml]
       npm run analyze -- --write [--sample k] [--seed s] [--resolution r]   (the database's dataset, results written onto its places)`;

/** Credited as the maker of the analyses in the files of --out, as the API's exports credit it. */
const GENERATOR = `Jumelage ${(JSON.parse(fs.readFileSync(new URL('package.json', PROJECT_ROOT), 'utf8')) as { version: string }).version}`;

/** How many nodes each `top` list holds. */
export const TOP = 20;

export interface RankedNode {
  id: string;
  name: string;
  value: number;
}

/** The `limit` highest nodes by the ranking rule (analytics/ranking.ts); NaN (no value) is left out. */
export function topNodes(graph: UndirectedGraph, keys: readonly string[], values: readonly number[], limit = TOP): RankedNode[] {
  return rankOrder(values, keys)
    .filter((i) => Number.isFinite(values[i]))
    .slice(0, limit)
    .map((i) => ({ id: keys[i]!, name: String(graph.getNodeAttribute(keys[i]!, 'name') ?? keys[i]), value: values[i]! }));
}

/** A number for JSON: NaN and infinities (undefined values, e.g. assortativity of a regular graph) become null. */
const num = (x: number | null): number | null => (x !== null && Number.isFinite(x) ? x : null);

/** The suite's east-west summary of a divide, with the baseline's undefined values as null and the top brokers. */
export interface EastWestReport extends Pick<EastWest, 'east' | 'west' | 'sidedEdges' | 'crossTies' | 'crossShare' | 'eiIndex'> {
  baseline: { observed: number; mean: number | null; sd: number | null; z: number | null; samples: number; seed: number };
  brokers: RankedNode[];
}

/** What `--json` prints. */
export interface AnalysisReport {
  file: string;
  format: ImportFormat;
  import: {
    rows: number;
    dropped: Record<string, number>;
    mergedPlaces: number;
    mergedPartnerships: number;
    mergedNodes: number;
    warnings: number;
  };
  nodes: number;
  edges: number;
  density: number;
  components: number;
  largestComponent: number;
  averageClustering: number | null;
  transitivity: number | null;
  /** Degree assortativity. */
  assortativity: number | null;
  countryAssortativity: number | null;
  blocAssortativity: number | null;
  bridges: number;
  articulationPoints: number;
  diameter: number;
  averagePathLength: number | null;
  betweenness: Suite['centrality']['betweennessMethod'];
  communities: {
    count: number;
    modularity: number;
    resolution: number;
    seed: number;
    nmiCountry: number | null;
    nmiBloc: number | null;
    stability: number | null;
  };
  /** Leiden (Traag et al. 2019) at the same resolution and seed: connected communities, modularity measured alike. */
  leiden: { count: number; modularity: number };
  eastwest: { germany: EastWestReport; europe: EastWestReport };
  top: Record<Measure, RankedNode[]>;
  timings: { importMs: number; analysisMs: number };
}

export function analysisReport(
  file: FileGraph,
  suite: Suite,
  leiden: AnalysisReport['leiden'],
  timings: AnalysisReport['timings'],
): AnalysisReport {
  const { graph, summary } = file;
  const keys = suite.nodes;
  const s = suite.summary;
  const top = Object.fromEntries(MEASURES.map((m) => [m, topNodes(graph, keys, suite.centrality[m])])) as Record<Measure, RankedNode[]>;
  const eastwest = (level: Divide): EastWestReport => {
    const e = suite.eastwest[level];
    return {
      east: e.east,
      west: e.west,
      sidedEdges: e.sidedEdges,
      crossTies: e.crossTies,
      crossShare: e.crossShare,
      eiIndex: e.eiIndex,
      baseline: { ...e.baseline, mean: num(e.baseline.mean), sd: num(e.baseline.sd), z: num(e.baseline.z) },
      brokers: topNodes(graph, keys, e.brokers).filter((r) => r.value > 0),
    };
  };
  return {
    file: summary.file,
    format: summary.format,
    import: {
      rows: summary.rows,
      dropped: summary.dropped,
      mergedPlaces: summary.merged.places,
      mergedPartnerships: summary.merged.partnerships,
      mergedNodes: file.mergedNodes,
      warnings: summary.warnings.length + summary.warningsOmitted,
    },
    nodes: s.nodes,
    edges: s.edges,
    density: s.density,
    components: s.components,
    largestComponent: s.largestComponent,
    averageClustering: num(s.averageClustering),
    transitivity: num(s.transitivity),
    assortativity: num(s.degreeAssortativity),
    countryAssortativity: num(s.countryAssortativity),
    blocAssortativity: num(s.blocAssortativity),
    bridges: s.bridges,
    articulationPoints: s.articulationPoints,
    diameter: s.diameter,
    averagePathLength: num(s.averagePathLength),
    betweenness: suite.centrality.betweennessMethod,
    communities: {
      count: suite.communities.count,
      modularity: suite.communities.modularity,
      resolution: suite.communities.resolution,
      seed: suite.communities.seed,
      nmiCountry: num(suite.communities.nmiCountry),
      nmiBloc: num(suite.communities.nmiBloc),
      stability: suite.communities.stability.meanNmi,
    },
    leiden,
    eastwest: { germany: eastwest('germany'), europe: eastwest('europe') },
    top,
    timings,
  };
}

const fmt = (x: number | null, digits = 4): string =>
  x === null ? 'n/a' : Number.isInteger(x) ? x.toLocaleString('en') : x.toFixed(digits);
const pct = (x: number | null): string => (x === null ? 'n/a' : `${(100 * x).toFixed(1)} %`);

/** The readable summary (top 10 per metric). */
export function formatReport(r: AnalysisReport): string {
  const lines: string[] = [];
  const row = (label: string, text: string) => lines.push(`${label.padEnd(22)} ${text}`);
  const dropped = Object.entries(r.import.dropped)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  row(
    'File',
    `${r.file} (${r.format}; ${fmt(r.import.rows)} rows${dropped ? `; dropped ${dropped}` : ''}${r.import.warnings ? `; ${fmt(r.import.warnings)} warnings` : ''})`,
  );
  row('Graph', `${fmt(r.nodes)} nodes, ${fmt(r.edges)} edges, density ${r.density.toExponential(3)}`);
  row(
    'Components',
    `${fmt(r.components)}; the largest has ${fmt(r.largestComponent)} nodes (${pct(r.nodes ? r.largestComponent / r.nodes : null)})`,
  );
  row('Largest component', `diameter ${fmt(r.diameter)}, average shortest path ${fmt(r.averagePathLength, 3)}`);
  row('Clustering', `average ${fmt(r.averageClustering)}, transitivity ${fmt(r.transitivity)}`);
  row('Assortativity', `degree ${fmt(r.assortativity)}, country ${fmt(r.countryAssortativity)}, bloc ${fmt(r.blocAssortativity)}`);
  row('Bridges', `${fmt(r.bridges)} bridges, ${fmt(r.articulationPoints)} articulation points`);
  const c = r.communities;
  row(
    'Communities',
    `${fmt(c.count)} (Louvain, resolution ${c.resolution}, seed ${c.seed}), modularity ${fmt(c.modularity)}; NMI with countries ${fmt(c.nmiCountry, 3)}, blocs ${fmt(c.nmiBloc, 3)}; stability ${fmt(c.stability, 3)}`,
  );
  row('Leiden', `${fmt(r.leiden.count)} communities, modularity ${fmt(r.leiden.modularity)}`);
  for (const [level, label] of [
    ['germany', 'East-West (Germany)'],
    ['europe', 'East-West (Europe)'],
  ] as const) {
    const e = r.eastwest[level];
    row(
      label,
      `${fmt(e.east)} east, ${fmt(e.west)} west; ${fmt(e.crossTies)} of ${fmt(e.sidedEdges)} sided ties cross (${pct(e.crossShare)}), E-I ${fmt(e.eiIndex, 3)}; baseline ${fmt(e.baseline.mean, 1)} ± ${fmt(e.baseline.sd, 1)}, z ${fmt(e.baseline.z, 2)}`,
    );
  }
  const b = r.betweenness;
  row(
    'Betweenness',
    b.mode === 'exact'
      ? 'exact'
      : `sampled, ${b.k} pivots, seed ${b.seed}${b.errorBound ? `; every value within ±${b.errorBound.epsilon.toFixed(4)} with probability ${b.errorBound.confidence}` : ''}`,
  );
  row('Time', `import ${(r.timings.importMs / 1000).toFixed(2)} s, analysis ${(r.timings.analysisMs / 1000).toFixed(2)} s`);
  const ranked = (title: string, list: RankedNode[]) => {
    lines.push('', `${title}:`);
    list.slice(0, 10).forEach((n, i) => lines.push(`  ${String(i + 1).padStart(2)}. ${n.name} (${n.id})  ${n.value.toPrecision(6)}`));
  };
  for (const m of MEASURES) ranked(`Top ${Math.min(10, r.top[m].length)} by ${m}`, r.top[m]);
  for (const level of ['germany', 'europe'] as const) {
    if (r.eastwest[level].brokers.length) ranked(`Top brokers across the divide (${level})`, r.eastwest[level].brokers);
  }
  return lines.join('\n');
}

export interface AnalyzeOptions {
  format?: ImportFormat | 'auto';
  suite?: SuiteOptions;
  onProgress?: (fraction: number, stage: string) => void;
  /** A pool to use (and leave open); otherwise one is made for the run and closed. */
  pool?: WorkerPool;
}

/** Reads, analyses and reports a file. */
export async function analyzeFile(
  input: string,
  options: AnalyzeOptions = {},
): Promise<{ file: FileGraph; suite: Suite; leiden: Membership; report: AnalysisReport }> {
  const started = performance.now();
  const file = await readFileGraph(input, options.format ?? 'auto');
  const imported = performance.now();
  const pool = options.pool ?? new WorkerPool();
  try {
    const suite = await computeSuite(file.graph, options.suite ?? {}, options.onProgress, pool);
    const { resolution, seed } = suite.communities;
    const csr = buildCsr(file.graph);
    const leiden = computeLeiden(csr, { resolution, seed });
    const timings = { importMs: Math.round(imported - started), analysisMs: Math.round(performance.now() - imported) };
    return {
      file,
      suite,
      leiden: { keys: csr.keys, communities: leiden.communities },
      report: analysisReport(file, suite, { count: leiden.count, modularity: leiden.modularity }, timings),
    };
  } finally {
    if (!options.pool) await pool.close();
  }
}

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function integerOption(name: string, raw: string | undefined, min: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < min) fail(`--${name} must be an integer of at least ${min}, got ${JSON.stringify(raw)}\n${USAGE}`, 2);
  return n;
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'auto' },
        json: { type: 'boolean', default: false },
        sample: { type: 'string' },
        seed: { type: 'string' },
        resolution: { type: 'string' },
        out: { type: 'string' },
        write: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    fail(`${(err as Error).message}\n${USAGE}`, 2);
  }
  const { values: opts, positionals } = parsed;
  if (opts.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (opts.write && (positionals.length > 0 || opts.out !== undefined))
    fail(`--write analyses the database's dataset and writes onto its places: no file, no --out\n${USAGE}`, 2);
  if (!opts.write && positionals.length !== 1) fail(USAGE, 2);
  if (!(FORMAT_NAMES as readonly string[]).includes(opts.format)) fail(`unknown format ${opts.format}\n${USAGE}`, 2);
  const sample = integerOption('sample', opts.sample, 2);
  const seed = integerOption('seed', opts.seed, 0) ?? 0;
  const resolution = opts.resolution === undefined ? 1 : Number(opts.resolution);
  if (!(Number.isFinite(resolution) && resolution > 0))
    fail(`--resolution must be a positive number, got ${JSON.stringify(opts.resolution)}\n${USAGE}`, 2);

  const out = opts.out === undefined ? null : metricsFileKind(opts.out);
  if (out && 'error' in out) fail(`${out.error}\n${USAGE}`, 2);

  const onProgress = process.stderr.isTTY
    ? (fraction: number, stage: string) => process.stderr.write(`\r\u001b[K${String(Math.round(fraction * 100)).padStart(3)} % ${stage}`)
    : undefined;
  if (opts.write) {
    try {
      const options = { seed, resolution, betweenness: sample === undefined ? ('exact' as const) : ('sampled' as const), k: sample ?? 500 };
      const written = await writeDatabaseAnalysis(options, onProgress);
      if (onProgress) process.stderr.write('\r\u001b[K');
      process.stdout.write(
        opts.json
          ? `${JSON.stringify(written)}\n`
          : `wrote ${written.properties.join(', ')} onto ${written.written} places (dataset version ${written.datasetVersion}; results of an earlier write removed from ${written.cleared})\n`,
      );
    } catch (err) {
      if (onProgress) process.stderr.write('\r\u001b[K');
      process.stderr.write(`analyze --write failed: ${(err as Error).message}\n`);
      process.exitCode = 1;
    }
    return;
  }

  const input = positionals[0]!;
  try {
    const { file, suite, leiden, report } = await analyzeFile(input, {
      format: opts.format as ImportFormat | 'auto',
      suite: { seed, resolution, betweenness: sample === undefined ? { mode: 'exact' } : { mode: 'sampled', k: sample, seed } },
      ...(onProgress ? { onProgress } : {}),
    });
    if (onProgress) process.stderr.write('\r\u001b[K');
    if (report.import.warnings > 0)
      process.stderr.write(`${report.import.warnings} import warnings (see npm run import -- ${path.basename(input)} --dry-run)\n`);
    if (report.import.mergedNodes > 0)
      process.stderr.write(
        `${report.import.mergedNodes} places stand for several of the file's nodes (same AGS or Wikidata item); each has its first id\n`,
      );
    if (out && opts.out !== undefined) {
      const { summary } = file;
      const g = metricsGraph(file.graph, suite, leiden, { file: summary.file, format: summary.format, source: summary.source }, GENERATOR);
      writeWhole(opts.out, renderMetricsFile(g, out.ext));
      process.stderr.write(`wrote the metrics of ${file.graph.order} nodes to ${opts.out}\n`);
    }
    process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : `${formatReport(report)}\n`);
  } catch (err) {
    if (onProgress) process.stderr.write('\r\u001b[K');
    const e = err instanceof AppError ? err : new AppError('internal', `analyze failed: ${(err as Error).message}`);
    const errors = e.details.errors ?? [];
    if (opts.json) process.stdout.write(`${JSON.stringify({ error: e.message, kind: e.kind, errors })}\n`);
    process.stderr.write(`${e.message}\n${errors.map((x) => `  ${x.field}: ${x.message}\n`).join('')}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
