/**
 * The peers of the analytics benchmark (analytics.bench.ts), each on the same edge list: igraph's
 * betweenness (whole, sampled, or split over two processes), graphology-metrics' in a child
 * process (its defaults and its BFS variant), and NetworkX's betweenness with its full-suite
 * equivalent. A peer that fails or is missing is noted and left out.
 */
import { estimate, PEERS_PY, PYTHON, type PeerTime, type PyCheck, type Settings } from './analytics-settings.ts';
import type { EdgeListFiles } from './edge-list.ts';
import { formatSeconds, formatTiming, runJson, type Timing } from './measure.ts';

const GRAPHOLOGY_PEER = 'bench/lib/graphology-peer.ts';

export async function benchPeers(
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
