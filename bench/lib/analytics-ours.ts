/**
 * Our side of the analytics benchmark (analytics.bench.ts): each analysis of the registry timed
 * alone on the worker pool, the sampled betweenness checked against the exact one, and a clock for
 * the stages of a full-suite run.
 */
import { sideOf } from '../../contract/sides.ts';
import { DIVIDES, type Divide } from '../../contract/vocabularies.ts';
import type { UndirectedGraph } from 'graphology';
import type { Csr } from '../../server/analytics/csr.ts';
import { computeMany as rewiringMany } from '../../server/analytics/eastwest/rewiring-baseline.ts';
import type { Side } from '../../server/analytics/sides.ts';
import { runMetric, type AnalyticsContext } from '../../server/analytics/registry.ts';
import type { WorkerPool } from '../../server/analytics/workers/pool.ts';
import type { Settings } from './analytics-settings.ts';
import { formatTiming, measure, type Timing } from './measure.ts';

export interface Stage {
  stage: string;
  fraction: number;
  seconds: number;
}

/** Times the stages of a suite run: from each progress report (stage, fraction) to the next, the last to the end. */
export function stageClock() {
  const marks: { stage: string; fraction: number; at: number }[] = [];
  return {
    report: (fraction: number, stage: string) => marks.push({ stage, fraction, at: performance.now() }),
    stages(): Stage[] {
      const end = performance.now();
      return marks.map((m, i) => ({ stage: m.stage, fraction: m.fraction, seconds: ((marks[i + 1]?.at ?? end) - m.at) / 1000 }));
    },
  };
}

const sidesOf = (graph: UndirectedGraph, csr: Csr, divide: Divide): Side[] =>
  csr.keys.map((k) => sideOf(graph.getNodeAttributes(k), divide));

export async function benchOurs(graph: UndirectedGraph, csr: Csr, settings: Settings, pool: WorkerPool, exact: Float64Array) {
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
        DIVIDES.map((divide) => sidesOf(graph, csr, divide)),
        { samples: 100 },
      ),
    'what the suite runs',
  );
  if (!settings.alone) rows.push(['brokers (germany, europe)', '', "see the suite's stages"]);
  return { rows, betweenness: betweenness?.median ?? null, sampledNote };
}
