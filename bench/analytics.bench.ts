/**
 * The analytics benchmark (ARCHITECTURE.md, "Targets"; issue 4): on the Wikipedia twin-town list
 * (open-data/twin-cities-wikipedia.csv, read where it lies, through the import pipeline as
 * `npm run analyze` reads it) and on a generated twin-town-like graph of 100,000 edges
 * (lib/twin-town-graph.ts, seeded), the time of each analysis and of the full suite
 * (full-suite.ts, with a worker pool over every core), the peak memory of this process, and
 * ratios against peers measured in the same run on the very same graph:
 *
 * - python-igraph's betweenness, exact; as igraph runs it (one thread: its betweenness is not
 *   parallel), and split over two processes by sources (what both cores give igraph);
 * - graphology-metrics' betweenness with its defaults (its Dijkstra variant), in a child process;
 * - NetworkX's betweenness, and an estimate of NetworkX's equivalent of the full suite.
 *
 * Peers too slow to run whole are timed on a random sample of sources and scaled up linearly,
 * labelled "est." with the standard error of the estimate (scripts/bench/peers.py and
 * lib/graphology-peer.ts say exactly what is timed). graphology-metrics runs whole on the list
 * when its estimate is under five minutes. Targets, on the list: the full suite at least 2 times
 * faster than igraph's betweenness alone and at least 20 times faster than graphology-metrics'.
 *
 *   npm run bench -- analytics [--quick] [--full-peers] [--dataset=wikipedia|generated]
 *
 * --quick: one suite run, smaller samples, no whole graphology run (a few minutes);
 * --full-peers: also NetworkX's betweenness whole on the list (about 20 minutes) and igraph's
 * whole on the generated graph. Python peers need `python3 -m pip install -r requirements.txt`; without Python
 * or a package they are skipped with a note.
 */
import os from 'node:os';
import path from 'node:path';
import type { UndirectedGraph } from 'graphology';
import { buildCsr } from '../server/analytics/csr.ts';
import { computeSuite, type Suite } from '../server/analytics/suite/full-suite.ts';
import { WorkerPool } from '../server/analytics/workers/pool.ts';
import { readFileGraph } from '../server/import/file-graph.ts';
import { benchLeiden } from './lib/analytics-leiden.ts';
import { benchOurs, stageClock, type Stage } from './lib/analytics-ours.ts';
import { benchPeers } from './lib/analytics-peers.ts';
import {
  estimate,
  parseFlags,
  PEERS_PY,
  PYTHON,
  ratio,
  settingsFor,
  type PeerTime,
  type PyCheck,
  type Settings,
} from './lib/analytics-settings.ts';
import { writeEdgeList } from './lib/edge-list.ts';
import { formatSeconds, formatTiming, loadAverage, peakRssMb, printTable, runJson, summarise } from './lib/measure.ts';
import { twinTownGraph } from './lib/twin-town-graph.ts';

const WIKIPEDIA = 'open-data/twin-cities-wikipedia.csv';
const TARGET = { igraph: 2, graphology: 20 };

export default async function analyticsBench(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const py = await runJson<PyCheck>(PYTHON, [PEERS_PY, 'check']).catch((err: Error) => {
    console.log(`note: Python peers skipped (${PYTHON} ${PEERS_PY} check: ${err.message})`);
    return null;
  });
  console.log(
    `machine        ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}`,
  );
  console.log(
    `peers          ${py ? `Python ${py.python}, networkx ${py.networkx ?? 'missing (python3 -m pip install -r requirements.txt)'}, igraph ${py.igraph ?? 'missing (python3 -m pip install -r requirements.txt)'}` : 'no Python'}; graphology-metrics in Node`,
  );
  console.log(`date           ${new Date().toISOString()}; load average ${loadAverage()}`);

  const pool = new WorkerPool();
  const t0 = performance.now();
  await pool.betweenness(buildCsr(twinTownGraph({ edges: 50, seed: 1 })));
  console.log(
    `worker pool    ${pool.size} workers, started in ${formatSeconds((performance.now() - t0) / 1000)} (once per process; not in the times below)`,
  );
  try {
    for (const key of flags.datasets) {
      if (key === 'wikipedia') {
        const started = performance.now();
        const { graph } = await readFileGraph(path.resolve(WIKIPEDIA));
        const note = `read + import pipeline + graph ${formatSeconds((performance.now() - started) / 1000)}`;
        await benchGraph(`Wikipedia twin-town list (${WIKIPEDIA})`, graph, note, settingsFor(false, flags), pool, py, true);
      } else if (key === 'generated') {
        const started = performance.now();
        const graph = twinTownGraph({ edges: 100_000, seed: 1 });
        const note = `generated in ${formatSeconds((performance.now() - started) / 1000)} (twinTownGraph, 100,000 edges, seed 1)`;
        await benchGraph('generated twin-town-like graph', graph, note, settingsFor(true, flags), pool, py, false);
      } else {
        console.log(`unknown dataset ${key}; use --dataset=wikipedia,generated`);
      }
    }
  } finally {
    await pool.close();
  }
}

async function benchGraph(
  title: string,
  graph: UndirectedGraph,
  note: string,
  settings: Settings,
  pool: WorkerPool,
  py: PyCheck | null,
  targets: boolean,
): Promise<void> {
  const csrStarted = performance.now();
  const csr = buildCsr(graph);
  const csrSeconds = (performance.now() - csrStarted) / 1000;
  let leaves = 0;
  for (let v = 0; v < csr.n; v++) if (csr.offsets[v + 1]! - csr.offsets[v]! === 1) leaves++;
  console.log(`\n--- ${title}`);
  console.log(
    `graph          ${csr.n.toLocaleString('en')} nodes, ${csr.m.toLocaleString('en')} edges, ${leaves.toLocaleString('en')} of degree 1; ${note}; CSR ${formatSeconds(csrSeconds)}`,
  );
  console.log(`load average   ${loadAverage()} (start)`);
  const files = writeEdgeList(graph, csr, targets ? 'wikipedia' : 'generated');
  try {
    // The suite first, interleaved with igraph's whole run where there is one, so that both see
    // the same load; its exact betweenness then checks the sampled one.
    const suiteTimes: number[] = [];
    const igraphWhole: number[] = [];
    let igraphRss: number | undefined;
    let first: { suite: Suite; stages: Stage[] } | null = null;
    for (let run = 0; run < settings.suiteRuns; run++) {
      const clock = stageClock();
      const started = performance.now();
      const suite = await computeSuite(graph, {}, clock.report, pool);
      suiteTimes.push((performance.now() - started) / 1000);
      first ??= { suite, stages: clock.stages() };
      if (py?.igraph && settings.igraph.whole) {
        const r = await runJson<{ seconds: number; maxRssMb: number }>(PYTHON, [PEERS_PY, 'igraph', files.edges]);
        igraphWhole.push(r.seconds);
        igraphRss = r.maxRssMb;
      }
    }
    const suite = summarise(suiteTimes);
    const { suite: result, stages } = first!;
    const exact = Float64Array.from(result.centrality.betweenness);
    const ours = await benchOurs(graph, csr, settings, pool, exact);
    console.log(`load average   ${loadAverage()} (after our analyses)`);
    printTable(
      ['ours (pool: on the worker threads)', 'time', 'note'],
      [...ours.rows, ['full suite (computeSuite: all of the above and more)', formatTiming(suite), 'exact betweenness']],
    );
    console.log("the suite's stages, first run (from one progress report of full-suite.ts to the next)");
    printTable(
      ['stage (from its report)', 'time'],
      stages.map((s) => [`${s.stage} (${Math.round(s.fraction * 100)} %)`, formatSeconds(s.seconds)]),
    );
    console.log(`peak memory    ${peakRssMb().toFixed(0)} MB (maxRSS of this process, worker threads included, since the bench started)`);
    console.log(`sampled        ${ours.sampledNote}`);

    await benchLeiden(graph, csr, files, py);

    const peers = await benchPeers(files, settings, py, igraphWhole.length ? { ...summarise(igraphWhole), rss: igraphRss } : null);
    console.log(`load average   ${loadAverage()} (after the peers)`);
    const rows: string[][] = [];
    for (const [label, p] of Object.entries(peers)) {
      if (p) rows.push([label, estimate(p), p.maxRssMb ? `${p.maxRssMb.toFixed(0)} MB` : '', p.note]);
    }
    printTable(['peer', 'time', 'peak RSS', 'method'], rows);

    console.log(
      targets
        ? 'ratios (peer time / our time; targets from ARCHITECTURE.md)'
        : 'ratios (peer time / our time; the targets are set for the Wikipedia list, shown here for information)',
    );
    const line = (label: string, peer: PeerTime | null | undefined, ourSeconds: number | undefined, target?: number) => {
      if (!peer || ourSeconds === undefined) return;
      const r = peer.seconds / ourSeconds;
      const verdict =
        target === undefined
          ? ''
          : `  target ≥ ${target}×: ${r >= target ? 'met' : 'MISSED'}${peer.estimated ? ' (against an estimate)' : ''}`;
      console.log(`  ${label.padEnd(72)} ${ratio(peer.seconds, ourSeconds).padStart(8)}${verdict}`);
    };
    line(
      'full suite vs igraph betweenness (1 process, as igraph runs it)',
      peers['igraph betweenness'],
      suite.median,
      targets ? TARGET.igraph : undefined,
    );
    line('full suite vs igraph betweenness (2 processes, sources split)', peers['igraph betweenness, 2 processes'], suite.median);
    line(
      'full suite vs graphology-metrics betweenness (defaults)',
      peers['graphology-metrics betweenness, defaults'],
      suite.median,
      targets ? TARGET.graphology : undefined,
    );
    line('full suite vs NetworkX full-suite equivalent (lower bound)', peers['NetworkX full-suite equivalent'], suite.median);
    // Our betweenness where it was timed alone; in the suite the sweep runs beside the rest, so no stage times it alone.
    if (ours.betweenness !== null) {
      const what = 'our exact betweenness';
      line(`${what} vs igraph betweenness (1 process)`, peers['igraph betweenness'], ours.betweenness);
      line(`${what} vs igraph betweenness (2 processes)`, peers['igraph betweenness, 2 processes'], ours.betweenness);
      line(`${what} vs graphology-metrics (defaults)`, peers['graphology-metrics betweenness, defaults'], ours.betweenness);
      line(`${what} vs NetworkX betweenness`, peers['NetworkX betweenness'], ours.betweenness);
    } else {
      console.log('  (our betweenness is not timed alone on this graph: in the suite it is one sweep, run beside the rest)');
    }
  } finally {
    files.remove();
  }
}
