/**
 * Neo4j Graph Data Science as a peer (issue 22): each analysis that GDS has, timed in OpenGDS
 * 2.13.9 inside the embedded Neo4j and in this service (the analytics registry, two worker threads),
 * on the full default dataset's partnered places, in the same run. GDS runs with `concurrency: 2`
 * (this machine's cores); each procedure streams its result into a count inside the server, so
 * nothing crosses Bolt but one number. The projection (the graph copied from the store into GDS) is
 * timed apart: GDS pays it once per graph, as we pay reading the graph from Neo4j.
 *
 *   npm run bench -- gds
 */
import { UndirectedGraph } from 'graphology';
import neo4j from 'neo4j-driver';
import { buildCsr } from '../server/analytics/csr.ts';
import { runMetric, type AnalyticsContext } from '../server/analytics/registry.ts';
import { WorkerPool } from '../server/analytics/workers/pool.ts';
import { benchService } from './lib/browser-service.ts';
import { formatTiming, loadAverage, measure, printTable, type Timing } from './lib/measure.ts';

const GRAPH = 'jumelage-bench';

/** Each analysis: ours through the registry, GDS's procedure and the column it yields. */
const ANALYSES: { label: string; ours: (ctx: AnalyticsContext) => Promise<unknown>; gds: string; yields: string }[] = [
  { label: 'degree', ours: (ctx) => runMetric('degree', ctx), gds: 'gds.degree.stream', yields: 'score' },
  { label: 'betweenness, exact', ours: (ctx) => runMetric('betweenness', ctx), gds: 'gds.betweenness.stream', yields: 'score' },
  { label: 'closeness', ours: (ctx) => runMetric('closeness', ctx), gds: 'gds.closeness.stream', yields: 'score' },
  { label: 'harmonic closeness', ours: (ctx) => runMetric('harmonic', ctx), gds: 'gds.closeness.harmonic.stream', yields: 'score' },
  { label: 'pagerank', ours: (ctx) => runMetric('pagerank', ctx), gds: 'gds.pageRank.stream', yields: 'score' },
  { label: 'eigenvector', ours: (ctx) => runMetric('eigenvector', ctx), gds: 'gds.eigenvector.stream', yields: 'score' },
  { label: 'connected components', ours: (ctx) => runMetric('components', ctx), gds: 'gds.wcc.stream', yields: 'componentId' },
  { label: 'k-core numbers', ours: (ctx) => runMetric('core-number', ctx), gds: 'gds.kcore.stream', yields: 'coreValue' },
  { label: 'bridges', ours: (ctx) => runMetric('bridges', ctx), gds: 'gds.bridges.stream', yields: 'from' },
  {
    label: 'articulation points',
    ours: (ctx) => runMetric('articulation-points', ctx),
    gds: 'gds.articulationPoints.stream',
    yields: 'nodeId',
  },
  { label: 'louvain', ours: (ctx) => runMetric('louvain', ctx, { seed: 0 }), gds: 'gds.louvain.stream', yields: 'communityId' },
  { label: 'leiden', ours: (ctx) => runMetric('leiden', ctx, { seed: 0 }), gds: 'gds.leiden.stream', yields: 'communityId' },
];

export default async function gdsBench(): Promise<void> {
  const started = performance.now();
  const { service, stop } = await benchService('gds', { NEO4J_GDS: 'true', NEO4J_HEAP: '2g' });
  const conn = service.localNeo4j!.connection();
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), { disableLosslessIntegers: true });
  const pool = new WorkerPool();
  try {
    // our graph: the partnered places of /api/graph, as the analyses see them
    const served = (await (await fetch(`${service.url}/api/graph`)).json()) as Parameters<typeof UndirectedGraph.from>[0];
    const graph = UndirectedGraph.from(served);
    graph.forEachNode((node) => {
      if (graph.degree(node) === 0) graph.dropNode(node);
    });
    const ctx: AnalyticsContext = { graph, csr: buildCsr(graph), pool };
    await pool.betweenness(ctx.csr); // the workers started, as in the service
    console.log(
      `dataset        the full default: ${graph.order} partnered places, ${graph.size} partnerships (Neo4j with GDS started and loaded in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    console.log(`load average   ${loadAverage()} (start)`);

    const gdsVersion = (await driver.executeQuery('RETURN gds.version() AS version')).records[0]!.get('version') as string;
    const project = async () => {
      await driver.executeQuery(`CALL gds.graph.drop($name, false) YIELD graphName RETURN graphName`, { name: GRAPH });
      const { records } = await driver.executeQuery(
        `MATCH (a:Municipality)-[:PARTNERSHIP]->(b:Municipality)
         RETURN gds.graph.project($name, a, b, {}, {undirectedRelationshipTypes: ['*']}) AS g`,
        { name: GRAPH },
      );
      return records[0]!.get('g') as { nodeCount: number; relationshipCount: number };
    };
    const projection = await measure(project, { minRuns: 3, maxRuns: 3 });
    const projected = await project();
    console.log(
      `GDS            OpenGDS ${gdsVersion}, concurrency 2; projection ${projected.nodeCount} nodes, ${projected.relationshipCount} relationships (both directions): ${formatTiming(projection)}`,
    );

    const rows: string[][] = [];
    for (const a of ANALYSES) {
      const ours: Timing = await measure(() => a.ours(ctx), { minRuns: 1, maxRuns: 3, budgetMs: 5000 });
      const theirs: Timing = await measure(
        () => driver.executeQuery(`CALL ${a.gds}($name, {concurrency: 2}) YIELD ${a.yields} RETURN count(*) AS rows`, { name: GRAPH }),
        { minRuns: 1, maxRuns: 3, budgetMs: 5000 },
      );
      rows.push([a.label, formatTiming(ours), formatTiming(theirs), `${(theirs.median / ours.median).toFixed(2)}×`]);
    }
    printTable(['analysis', 'ours (2 workers)', 'GDS (concurrency 2)', 'GDS / ours'], rows);
    console.log(`load average   ${loadAverage()} (end)`);
    await driver.executeQuery(`CALL gds.graph.drop($name, false) YIELD graphName RETURN graphName`, { name: GRAPH });
  } finally {
    await pool.close();
    await driver.close();
    await stop();
  }
}
