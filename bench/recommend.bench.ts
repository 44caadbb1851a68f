/**
 * The recommendation evaluation (issue 16; server/analytics/recommend/evaluation.ts) on the
 * Wikipedia twin-town list (open-data/twin-cities-wikipedia.csv, read through the import pipeline
 * as `npm run analyze` reads it): 10 % of the partnerships hidden, hit rate@10 and MRR of our score
 * and of the baselines (common neighbours, Adamic-Adar alone, distance alone).
 *
 * The weights and the distance scale are fitted on the hidden ties of seed 0 (a grid of step 0.05
 * over the four weights, summing to 1, for each scale of SCALES_KM) and every number is reported
 * on the hidden ties of seed 1, which the fit never saw.
 * Not a timing benchmark: it prints quality, and the time it took.
 *
 *   npm run bench -- recommend [--step=0.05]
 */
import path from 'node:path';
import { DISTANCE_SCALE_KM, RECOMMENDATION_EVALUATION, RECOMMENDATION_WEIGHTS } from '../contract/recommendation-weights.ts';
import {
  BASELINES,
  fitWeights,
  metricsOf,
  optionsSchema,
  queriesOf,
  SCALES_KM,
  scorerOf,
  splitTies,
  type Metrics,
} from '../server/analytics/recommend/evaluation.ts';
import { candidateParts, type Weights } from '../server/analytics/recommend/recommendations.ts';

const PARTS = ['proximity', 'geography', 'size', 'crossing'] as const;
import { readFileGraph } from '../server/import/file-graph.ts';
import { formatSeconds, loadAverage, printTable } from './lib/measure.ts';

const WIKIPEDIA = 'open-data/twin-cities-wikipedia.csv';
const FIT_SEED = 0;
const REPORT_SEED = 1;

const fmt = (w: Weights, scaleKm: number) =>
  `proximity ${w.proximity}, geography ${w.geography} (½ at ${scaleKm} km), size ${w.size}, crossing ${w.crossing}`;
const row = (name: string, m: Metrics) => [name, m.hitRate.toFixed(4), m.mrr.toFixed(4)];

export default async function recommendBench(): Promise<void> {
  const step = Number(process.argv.find((a) => a.startsWith('--step='))?.slice('--step='.length) ?? 0.05);
  const o = optionsSchema.parse({});
  const started = performance.now();
  const { graph } = await readFileGraph(path.resolve(WIKIPEDIA));
  console.log(`date           ${new Date().toISOString()}; load average ${loadAverage()}`);
  console.log(`graph          ${WIKIPEDIA}: ${graph.order.toLocaleString('en')} places, ${graph.size.toLocaleString('en')} partnerships`);

  const fitSplit = splitTies(graph, o.holdout, FIT_SEED);
  const fit = fitWeights(queriesOf(fitSplit, o.nearby), o.k, step);
  console.log(
    `fit            seed ${FIT_SEED}: ${fitSplit.hidden.length} hidden ties; grid step ${step}, scales ${SCALES_KM.join(', ')} km; chosen ${fmt(fit.weights, fit.scaleKm)} ` +
      `(MRR ${fit.metrics.mrr.toFixed(4)}, hit@${o.k} ${fit.metrics.hitRate.toFixed(4)} on the fitting split)`,
  );
  const same = fit.scaleKm === DISTANCE_SCALE_KM && PARTS.every((p) => fit.weights[p] === RECOMMENDATION_WEIGHTS[p]);
  console.log(`contract       ${fmt(RECOMMENDATION_WEIGHTS, DISTANCE_SCALE_KM)}: ${same ? 'the fitted values' : 'NOT the fitted values'}`);

  const split = splitTies(graph, o.holdout, REPORT_SEED);
  const queries = queriesOf(split, o.nearby);
  const ours = metricsOf(queries, scorerOf(RECOMMENDATION_WEIGHTS, DISTANCE_SCALE_KM), o.k);
  const fitted = metricsOf(queries, scorerOf(fit.weights, fit.scaleKm), o.k);
  console.log(
    `report         seed ${REPORT_SEED}: ${split.hidden.length} hidden ties, ${queries.length} towns, ${ours.queries} queries (each tie from both ends); ` +
      `hidden partner among the candidates in ${(ours.reachable * 100).toFixed(1)} % (the ceiling of hit@${o.k})`,
  );
  printTable(
    ['score', `hit@${o.k}`, 'MRR'],
    [
      row(`ours, fitted (${fmt(fit.weights, fit.scaleKm)})`, fitted),
      row(`ours, contract (${fmt(RECOMMENDATION_WEIGHTS, DISTANCE_SCALE_KM)})`, ours),
      ...Object.entries(BASELINES).map(([name, score]) => row(name, metricsOf(queries, score, o.k))),
    ],
  );
  const quoted = RECOMMENDATION_EVALUATION;
  const holds = [ours.hitRate - quoted.ours.hitRate, ours.mrr - quoted.ours.mrr].every((d) => Math.abs(d) < 5e-5);
  console.log(
    `quoted         contract/recommendation-weights.ts RECOMMENDATION_EVALUATION (${quoted.date}): hit@${o.k} ${quoted.ours.hitRate}, MRR ${quoted.ours.mrr}: ${holds ? 'as measured now' : 'NOT as measured now: update it, the README and the report quote it'}`,
  );
  // how much the distance scale matters: each scale's best weights on the fitting split, and on the report split
  printTable(
    ['scale (km)', 'best weights on seed 0', `MRR seed ${FIT_SEED}`, `MRR seed ${REPORT_SEED}`, `hit@${o.k} seed ${REPORT_SEED}`],
    fit.byScale.map((f) => {
      const m = metricsOf(queries, scorerOf(f.weights, f.scaleKm), o.k);
      const w = f.weights;
      return [
        String(f.scaleKm),
        `${w.proximity} / ${w.geography} / ${w.size} / ${w.crossing}`,
        f.metrics.mrr.toFixed(4),
        m.mrr.toFixed(4),
        m.hitRate.toFixed(4),
      ];
    }),
  );

  // the implausible case: Görlitz's first recommendation under each set of weights
  const gorlitz = graph.findNode((_n, a) => a.name === 'Görlitz' && a.country === 'DE');
  if (gorlitz) {
    for (const [label, score] of [
      ['contract', scorerOf(RECOMMENDATION_WEIGHTS, DISTANCE_SCALE_KM)],
      ['fitted', scorerOf(fit.weights, fit.scaleKm)],
    ] as const) {
      const top = candidateParts(graph, gorlitz, o.nearby)
        .map((r) => ({ ...r, score: score(r.parts) }))
        .sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1))
        .slice(0, 3)
        .map((r) => `${r.name} (${r.country}, ${r.parts.distanceKm?.toFixed(0) ?? '?'} km, ${r.parts.sharedPartners} shared)`);
      console.log(`Görlitz        ${label}: ${top.join('; ')}`);
    }
  }
  console.log(`took           ${formatSeconds((performance.now() - started) / 1000)}; load average ${loadAverage()}`);
}
