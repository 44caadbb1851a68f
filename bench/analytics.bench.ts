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
import { buildCsr, type Csr } from '../server/analytics/csr.ts';
import { computeMany as rewiringMany } from '../server/analytics/eastwest/rewiring-baseline.ts';
import type { Side } from '../server/analytics/eastwest/sides.ts';
import { runMetric, type AnalyticsContext } from '../server/analytics/registry.ts';
import { computeSuite, type Suite } from '../server/analytics/suite/full-suite.ts';
import { WorkerPool } from '../server/analytics/workers/pool.ts';
import { readFileGraph } from '../server/cli/analyze.ts';
import { writeEdgeList, type EdgeListFiles } from './lib/edge-list.ts';
import {
  formatSeconds,
  formatTiming,
  loadAverage,
  measure,
  peakRssMb,
  printTable,
  runJson,
  summarise,
  type Timing,
} from './lib/measure.ts';
import { twinTownGraph } from './lib/twin-town-graph.ts';

const WIKIPEDIA = 'open-data/twin-cities-wikipedia.csv';
const PYTHON = process.env.PYTHON ?? 'python3';
const PEERS_PY = 'scripts/bench/peers.py';
const GRAPHOLOGY_PEER = 'bench/lib/graphology-peer.ts';
const TARGET = { igraph: 2, graphology: 20 };
/** graphology-metrics runs whole on a graph when its estimate is under this. */
const WHOLE_RUN_LIMIT_S = 300;

interface Flags {
  quick: boolean;
  fullPeers: boolean;
  datasets: string[];
}

interface Settings {
  suiteRuns: number;
  /** Our sampled betweenness: pivots. */
  pivots: number;
  igraph: { whole: boolean; split: boolean; sample: number };
  graphology: { sample: number; wholeIfUnder: number | null };
  networkx: { sample: number; whole: boolean };
  /**
   * Timed alone as well: the single-sweep analyses the suite computes in one (path metrics) and
   * the brokers. On the large graph they are read from the suite's own stages instead.
   */
  alone: boolean;
}

/** A peer's time: measured whole, or estimated from a sample of sources. */
interface PeerTime {
  seconds: number;
  estimated: boolean;
  standardError?: number;
  note: string;
  maxRssMb?: number;
}

interface PyCheck {
  python: string;
  networkx: string | null;
  igraph: string | null;
}

function parseFlags(argv: string[]): Flags {
  const dataset = argv.find((a) => a.startsWith('--dataset='))?.slice('--dataset='.length);
  return {
    quick: argv.includes('--quick'),
    fullPeers: argv.includes('--full-peers'),
    datasets: dataset ? dataset.split(',') : ['wikipedia', 'generated'],
  };
}

function settingsFor(large: boolean, flags: Flags): Settings {
  if (!large) {
    return {
      suiteRuns: flags.quick ? 1 : 3,
      pivots: 1000,
      igraph: { whole: true, split: true, sample: 0 },
      graphology: { sample: flags.quick ? 150 : 400, wholeIfUnder: flags.quick ? null : flags.fullPeers ? Infinity : WHOLE_RUN_LIMIT_S },
      networkx: { sample: flags.quick ? 100 : 300, whole: flags.fullPeers },
      alone: true,
    };
  }
  return {
    suiteRuns: 1,
    pivots: 2000,
    igraph: { whole: flags.fullPeers, split: false, sample: flags.quick ? 1000 : 3000 },
    graphology: { sample: flags.quick ? 60 : 150, wholeIfUnder: null },
    networkx: { sample: flags.quick ? 30 : 60, whole: false },
    alone: false,
  };
}

const ratio = (peer: number, ours: number) => `${(peer / ours).toFixed(1)}×`;
const estimate = (p: PeerTime) =>
  p.estimated
    ? `est. ${formatSeconds(p.seconds)}${p.standardError ? ` ± ${formatSeconds(p.standardError)}` : ''}`
    : formatSeconds(p.seconds);

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

interface Stage {
  stage: string;
  fraction: number;
  seconds: number;
}

/** Times the stages of a suite run: from each progress report (stage, fraction) to the next, the last to the end. */
function stageClock() {
  const marks: { stage: string; fraction: number; at: number }[] = [];
  return {
    report: (fraction: number, stage: string) => marks.push({ stage, fraction, at: performance.now() }),
    stages(): Stage[] {
      const end = performance.now();
      return marks.map((m, i) => ({ stage: m.stage, fraction: m.fraction, seconds: ((marks[i + 1]?.at ?? end) - m.at) / 1000 }));
    },
  };
}

const sidesOf = (graph: UndirectedGraph, csr: Csr, attribute: 'germany' | 'bloc'): Side[] =>
  csr.keys.map((k) => {
    const v: unknown = graph.getNodeAttribute(k, attribute);
    return v === 'east' || v === 'west' ? v : null;
  });

async function benchOurs(graph: UndirectedGraph, csr: Csr, settings: Settings, pool: WorkerPool, exact: Float64Array) {
  const ctx: AnalyticsContext = { graph, csr, pool };
  const rows: string[][] = [];
  const timed = async (label: string, run: () => unknown, note = ''): Promise<Timing> => {
    const t = await measure(run);
    rows.push([label, formatTiming(t), note]);
    return t;
  };
  await timed('degree', () => runMetric('degree', ctx));
  await timed('connected components', () => runMetric('components', ctx));
  await timed('clustering (local, average) + transitivity', () => runMetric('clustering', ctx));
  await timed('degree assortativity', () => runMetric('degree-assortativity', ctx));
  await timed('attribute assortativity (country)', () => runMetric('attribute-assortativity', ctx, { attribute: 'country' }));
  await timed('bridges', () => runMetric('bridges', ctx));
  await timed('articulation points', () => runMetric('articulation-points', ctx));
  await timed('pagerank', () => runMetric('pagerank', ctx));
  await timed('eigenvector', () => runMetric('eigenvector', ctx));
  const betweenness = settings.alone ? await timed('betweenness, exact (pool)', () => runMetric('betweenness', ctx), 'Brandes, CSR') : null;
  let sampledNote = '';
  await timed(
    `betweenness, sampled: ${settings.pivots} pivots (pool)`,
    async () => {
      const sampled = await runMetric('betweenness', ctx, { k: Math.min(settings.pivots, csr.n), seed: 0 });
      const bound = sampled.sample?.errorBound;
      let worst = 0;
      let largest = 0;
      for (let i = 0; i < csr.n; i++) {
        worst = Math.max(worst, Math.abs(sampled.values[i]! - exact[i]!));
        largest = Math.max(largest, exact[i]!);
      }
      const top = (a: ArrayLike<number>) =>
        new Set(
          Array.from(a, (v, i) => [v, i] as const)
            .sort((x, y) => y[0] - x[0])
            .slice(0, 20)
            .map(([, i]) => i),
        );
      const exactTop = top(exact);
      const shared = [...top(sampled.values)].filter((i) => exactTop.has(i)).length;
      sampledNote = `${settings.pivots} pivots, seed 0: stated error ±${bound?.epsilon.toFixed(4)} (probability ${bound?.confidence}, Hoeffding + union bound); observed max |error| ${worst.toExponential(2)} (largest exact value ${largest.toExponential(2)}); top 20 shared with exact: ${shared}/20`;
    },
    'Brandes & Pich 2007',
  );
  if (settings.alone) {
    await timed('closeness (pool)', () => runMetric('closeness', ctx));
    await timed('harmonic closeness (pool)', () => runMetric('harmonic', ctx));
    await timed('diameter + average path of the LCC (pool)', () => runMetric('distances', ctx));
    await timed('path metrics: the four above in one sweep (pool)', () => runMetric('path-metrics', ctx));
    await timed(
      "path metrics and both divides' brokers in one sweep (pool)",
      () => runMetric('path-metrics', ctx, { brokers: ['germany', 'europe'] }),
      'what the suite runs',
    );
  } else {
    rows.push(['betweenness, closeness, harmonic, LCC distances', '', "one sweep: see the suite's stages"]);
  }
  await timed('louvain (resolution 1, seed 0)', () => runMetric('louvain', ctx));
  for (const divide of ['germany', 'europe'] as const) {
    await timed(`cross ties + E-I index (${divide})`, async () => {
      await runMetric('cross-ties', ctx, { divide });
      await runMetric('ei-index', ctx, { divide });
    });
    await timed(`rewiring baseline (${divide}), 100 samples`, () => runMetric('rewiring-baseline', ctx, { divide }));
    if (settings.alone) await timed(`brokers (${divide}) (pool)`, () => runMetric('brokers', ctx, { divide }));
  }
  await timed(
    'rewiring baseline, both divides on one chain',
    () =>
      rewiringMany(
        csr,
        (['germany', 'bloc'] as const).map((a) => sidesOf(graph, csr, a)),
        { samples: 100 },
      ),
    'what the suite runs',
  );
  if (!settings.alone) rows.push(['brokers (germany, europe)', '', "see the suite's stages"]);
  return { rows, betweenness: betweenness?.median ?? null, sampledNote };
}

async function benchPeers(
  files: EdgeListFiles,
  settings: Settings,
  py: PyCheck | null,
  igraphWhole: (Timing & { rss: number | undefined }) | null,
): Promise<Record<string, PeerTime | null>> {
  const peers: Record<string, PeerTime | null> = {};
  const attempt = async (label: string, run: () => Promise<PeerTime | null>) => {
    try {
      peers[label] = await run();
    } catch (err) {
      console.log(`note: ${label} failed: ${(err as Error).message}`);
      peers[label] = null;
    }
  };

  if (!py?.igraph) console.log('note: igraph skipped (python3 -m pip install -r requirements.txt)');
  else {
    await attempt('igraph betweenness', async () => {
      if (igraphWhole) {
        return {
          seconds: igraphWhole.median,
          estimated: false,
          note: `igraph ${py.igraph}, whole, 1 thread${igraphWhole.runs > 1 ? ` (median of ${igraphWhole.runs}: ${formatTiming(igraphWhole)})` : ''}`,
          maxRssMb: igraphWhole.rss,
        };
      }
      const r = await runJson<{ seconds: number; estimatedSeconds?: number; sources: number; maxRssMb: number }>(PYTHON, [
        PEERS_PY,
        'igraph',
        files.edges,
        ...(settings.igraph.whole ? [] : ['--sample', String(settings.igraph.sample), '--seed', '1']),
      ]);
      return r.estimatedSeconds !== undefined
        ? {
            seconds: r.estimatedSeconds,
            estimated: true,
            note: `igraph ${py.igraph}, 1 thread: ${r.sources} random sources in ${formatSeconds(r.seconds)}, × n / ${r.sources}`,
            maxRssMb: r.maxRssMb,
          }
        : { seconds: r.seconds, estimated: false, note: `igraph ${py.igraph}, whole, 1 thread`, maxRssMb: r.maxRssMb };
    });
    if (settings.igraph.split) {
      await attempt('igraph betweenness, 2 processes', async () => {
        const parts = await Promise.all(
          [0, 1].map((i) => runJson<{ seconds: number; maxRssMb: number }>(PYTHON, [PEERS_PY, 'igraph', files.edges, '--part', `${i}/2`])),
        );
        return {
          seconds: Math.max(...parts.map((p) => p.seconds)),
          estimated: false,
          note: `two processes at once, sources v % 2 = 0 and 1 (parts: ${parts.map((p) => formatSeconds(p.seconds)).join(', ')})`,
          maxRssMb: parts[0]!.maxRssMb + parts[1]!.maxRssMb,
        };
      });
    }
  }

  const node = (args: string[]) =>
    runJson<{ seconds?: number; estimatedSeconds?: number; standardError?: number; sampled?: number; maxRssMb: number }>(process.execPath, [
      '--import',
      'tsx',
      GRAPHOLOGY_PEER,
      files.edges,
      ...args,
    ]);
  await attempt('graphology-metrics betweenness, defaults', async () => {
    const s = await node(['sample', String(settings.graphology.sample), '1']);
    const sampled: PeerTime = {
      seconds: s.estimatedSeconds!,
      estimated: true,
      standardError: s.standardError!,
      note: `${s.sampled} random sources of its own loop, × n`,
      maxRssMb: s.maxRssMb,
    };
    const limit = settings.graphology.wholeIfUnder;
    if (limit === null || sampled.seconds >= limit) {
      if (limit !== null) sampled.note += ` (estimate ≥ ${formatSeconds(limit)}: not run whole)`;
      return sampled;
    }
    const w = await node(['whole']);
    return {
      seconds: w.seconds!,
      estimated: false,
      note: `whole, 1 thread (the sampled estimate was ${estimate(sampled)})`,
      maxRssMb: w.maxRssMb,
    };
  });
  await attempt('graphology-metrics betweenness, getEdgeWeight: null', async () => {
    const s = await node(['sample', String(settings.graphology.sample), '1', '--bfs']);
    return {
      seconds: s.estimatedSeconds!,
      estimated: true,
      standardError: s.standardError!,
      note: `its BFS variant; ${s.sampled} random sources, × n`,
      maxRssMb: s.maxRssMb,
    };
  });

  if (!py?.networkx) console.log('note: NetworkX skipped (python3 -m pip install -r requirements.txt)');
  else {
    await attempt('NetworkX betweenness', async () => {
      const r = await runJson<{
        betweenness: { seconds: number; standardError: number; sampled: number };
        suite: { seconds: number; standardError: number };
        betweennessWhole?: number;
        maxRssMb: number;
      }>(PYTHON, [
        PEERS_PY,
        'networkx',
        files.edges,
        files.nodes,
        '--sample',
        String(settings.networkx.sample),
        '--seed',
        '1',
        ...(settings.networkx.whole ? ['--whole'] : []),
      ]);
      peers['NetworkX full-suite equivalent'] = {
        seconds: r.suite.seconds,
        estimated: true,
        standardError: r.suite.standardError,
        note: `all-pairs parts from ${r.betweenness.sampled} random sources × n, the rest whole (scripts/bench/peers.py)`,
        maxRssMb: r.maxRssMb,
      };
      if (r.betweennessWhole !== undefined) {
        return {
          seconds: r.betweennessWhole,
          estimated: false,
          note: `networkx ${py.networkx}, whole (the sampled estimate was est. ${formatSeconds(r.betweenness.seconds)})`,
          maxRssMb: r.maxRssMb,
        };
      }
      return {
        seconds: r.betweenness.seconds,
        estimated: true,
        standardError: r.betweenness.standardError,
        note: `networkx ${py.networkx}: ${r.betweenness.sampled} random sources of its Brandes loop, × n`,
        maxRssMb: r.maxRssMb,
      };
    });
  }
  return peers;
}
