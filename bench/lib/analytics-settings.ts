/**
 * The settings of the analytics benchmark (analytics.bench.ts): its command-line flags, how much
 * each peer runs on the small list and on the large generated graph, and how a peer's time is
 * shown (measured whole, or estimated from a sample of sources).
 */
import { formatSeconds } from './measure.ts';

export const PYTHON = process.env.PYTHON ?? 'python3';
export const PEERS_PY = 'scripts/bench/peers.py';
/** graphology-metrics runs whole on a graph when its estimate is under this. */
const WHOLE_RUN_LIMIT_S = 300;

export interface Flags {
  quick: boolean;
  fullPeers: boolean;
  datasets: string[];
}

export interface Settings {
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
export interface PeerTime {
  seconds: number;
  estimated: boolean;
  standardError?: number;
  note: string;
  maxRssMb?: number;
}

export interface PyCheck {
  python: string;
  networkx: string | null;
  igraph: string | null;
}

export function parseFlags(argv: string[]): Flags {
  const dataset = argv.find((a) => a.startsWith('--dataset='))?.slice('--dataset='.length);
  return {
    quick: argv.includes('--quick'),
    fullPeers: argv.includes('--full-peers'),
    datasets: dataset ? dataset.split(',') : ['wikipedia', 'generated'],
  };
}

export function settingsFor(large: boolean, flags: Flags): Settings {
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

export const ratio = (peer: number, ours: number) => `${(peer / ours).toFixed(1)}×`;
export const estimate = (p: PeerTime) =>
  p.estimated
    ? `est. ${formatSeconds(p.seconds)}${p.standardError ? ` ± ${formatSeconds(p.standardError)}` : ''}`
    : formatSeconds(p.seconds);
