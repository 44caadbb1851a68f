/**
 * The year-by-year series (issue 20; ARCHITECTURE.md, "Targets": the series of the default
 * dataset within 10 s). Few partnerships of the default data carry a year, so it runs on the
 * bench's generated twin-town-like graph (lib/twin-town-graph.ts, seed 1) of the Wikipedia list's
 * size, every partnership given a founding year drawn (seeded) from the founding years of the
 * dated partnerships of the default dataset's seeds (seeds/partnerships.csv, read through the
 * import pipeline): a uniform draw from that list, i.e. its empirical distribution. A partnership
 * ends with the seeds' share of ended dated partnerships, after a duration drawn from theirs.
 *
 * Ours: analytics/evolution/evolution.ts from 1950 to this year, step 1, seed 0 (the API's
 * defaults), on one thread; the time of its Louvain runs alone is measured apart (the same
 * Louvain on the same year graphs). The naive peer: one full suite (full-suite.ts, with the worker
 * pool, as the API runs it) on the view of every year (`to` = year), the way the series would be
 * made from the existing analyses; with --quick, every tenth year only, scaled up ("est.").
 *
 *   npm run bench -- evolution [--quick] [--edges=25900]
 */
import path from 'node:path';
import type { UndirectedGraph } from 'graphology';
import { NO_FILTERS } from '../contract/filters.ts';
import { compute as louvain } from '../server/analytics/communities/louvain.ts';
import { buildCsr } from '../server/analytics/csr.ts';
import { compute as evolution, seriesYears } from '../server/analytics/evolution/evolution.ts';
import { createRng, randomInt } from '../server/analytics/random.ts';
import { computeSuite } from '../server/analytics/suite/full-suite.ts';
import { suiteGraph, suiteInput } from '../server/analytics/suite/suite-input.ts';
import { WorkerPool } from '../server/analytics/workers/pool.ts';
import { applyFilters, partneredOnly } from '../server/graph/filters.ts';
import { readFileGraph } from '../server/import/file-graph.ts';
import { formatSeconds, loadAverage } from './lib/measure.ts';
import { twinTownGraph } from './lib/twin-town-graph.ts';

const TARGET_SECONDS = 10;

/** Founding years of the seeds' dated partnerships, and the durations of those that ended. */
async function seedYears(): Promise<{ since: number[]; durations: number[]; endedShare: number }> {
  const { graph } = await readFileGraph(path.resolve('seeds'));
  const since: number[] = [];
  const durations: number[] = [];
  graph.forEachEdge((_e, a) => {
    if (typeof a.since !== 'number') return;
    since.push(a.since);
    if (typeof a.until === 'number') durations.push(a.until - a.since);
  });
  return { since, durations, endedShare: durations.length / since.length };
}

/** The generated graph with every partnership's years drawn from the seeds' (seeded). */
function datedGraph(graph: UndirectedGraph, years: Awaited<ReturnType<typeof seedYears>>, seed: number): void {
  const rng = createRng(seed);
  graph.forEachEdge((edge) => {
    const since = years.since[randomInt(rng, years.since.length)]!;
    graph.setEdgeAttribute(edge, 'since', since);
    graph.removeEdgeAttribute(edge, 'until');
    if (years.durations.length > 0 && rng() < years.endedShare) {
      graph.setEdgeAttribute(edge, 'until', since + years.durations[randomInt(rng, years.durations.length)]!);
    }
  });
}

export default async function evolutionBench(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const edges = Number(args.find((a) => a.startsWith('--edges='))?.slice('--edges='.length) ?? 25_900);
  const to = new Date().getUTCFullYear();
  const years = seedYears();
  const graph = twinTownGraph({ edges, seed: 1 });
  const drawn = await years;
  datedGraph(graph, drawn, 20);
  const sorted = [...drawn.since].sort((a, b) => a - b);
  console.log(
    `graph          twinTownGraph ${graph.order.toLocaleString('en')} places, ${graph.size.toLocaleString('en')} partnerships (seed 1); ` +
      `founding years drawn from the ${drawn.since.length} dated seed partnerships (${sorted[0]}–${sorted.at(-1)}, median ${sorted[sorted.length >> 1]}), ` +
      `${(drawn.endedShare * 100).toFixed(1)} % ended (durations ${drawn.durations.join(', ')} years)`,
  );
  console.log(`load average   ${loadAverage()} (start)`);

  const input = suiteInput(graph);
  const started = performance.now();
  const ours = evolution(input, { from: 1950, to, step: 1, seed: 0 });
  const oursSeconds = (performance.now() - started) / 1000;

  const t1 = performance.now();
  evolution(input, { from: 1950, to, step: 1, seed: 0, modularity: false });
  const withoutLouvain = (performance.now() - t1) / 1000;

  // Louvain alone on the same year graphs: what share of the series it is
  let louvainSeconds = 0;
  for (const year of seriesYears(1950, to, 1)) {
    const view = suiteGraph(suiteInput(partneredOnly(applyFilters(graph, { ...NO_FILTERS, to: year }).graph)));
    if (view.size === 0) continue;
    const t0 = performance.now();
    louvain(view, buildCsr(view), { seed: 0 });
    louvainSeconds += (performance.now() - t0) / 1000;
  }
  const last = ours.years.at(-1)!;
  console.log(
    `ours           ${formatSeconds(oursSeconds)} for ${ours.years.length} years 1950–${to} (${ours.louvainRuns} Louvain runs, ${ours.rebuilds} rebuilds); ` +
      `Louvain alone on those years ${formatSeconds(louvainSeconds)}; the series without Louvain (nor its graphs) ${formatSeconds(withoutLouvain)}; last year ${last.places} places, ${last.partnerships} partnerships, modularity ${last.modularity?.toFixed(6)}`,
  );
  console.log(`target         ${TARGET_SECONDS} s: ${oursSeconds <= TARGET_SECONDS ? 'met' : 'NOT met'}`);

  const pool = new WorkerPool();
  try {
    const every = quick ? 10 : 1;
    const sample = seriesYears(1950, to, every);
    let naiveSeconds = 0;
    let lastSuite: Awaited<ReturnType<typeof computeSuite>> | null = null;
    for (const year of sample) {
      const t0 = performance.now();
      const view = partneredOnly(applyFilters(graph, { ...NO_FILTERS, to: year }).graph);
      lastSuite = await computeSuite(view, { seed: 0 }, () => {}, pool);
      naiveSeconds += (performance.now() - t0) / 1000;
    }
    const scaled = (naiveSeconds * ours.years.length) / sample.length;
    console.log(
      `naive peer     one full suite per year: ${quick ? `est. ${formatSeconds(scaled)} (${sample.length} of ${ours.years.length} years timed, ${formatSeconds(naiveSeconds)}, scaled)` : formatSeconds(scaled)}; ` +
        `last year's suite: ${lastSuite?.summary.nodes} places, ${lastSuite?.summary.edges} partnerships, modularity ${lastSuite?.communities.modularity.toFixed(6)}`,
    );
    console.log(`ratio          naive / ours = ${(scaled / oursSeconds).toFixed(1)}×`);
    console.log(`load average   ${loadAverage()} (end)`);
  } finally {
    await pool.close();
  }
}
