/**
 * The recommendation evaluation (issue 16; server/analytics/recommend/evaluation.ts) on the
 * Wikipedia twin-town list (open-data/twin-cities-wikipedia.csv, read through the import pipeline
 * as `npm run analyze` reads it): 10 % of the partnerships hidden, hit rate@10 and MRR of our score
 * and of the baselines (common neighbours, Adamic-Adar alone, distance alone).
 *
 * The weights are fitted on the hidden ties of seed 0 (a grid of step 0.05 over the four weights,
 * summing to 1) and every number is reported on the hidden ties of seed 1, which the fit never saw.
 * Not a timing benchmark: it prints quality, and the time it took.
 *
 *   npm run bench -- recommend [--step=0.05]
 */
import path from 'node:path';
import { RECOMMENDATION_WEIGHTS } from '../contract/recommendation-weights.ts';
import {
  BASELINES,
  fitWeights,
  metricsOf,
  optionsSchema,
  queriesOf,
  splitTies,
  type Metrics,
} from '../server/analytics/recommend/evaluation.ts';
import { candidateParts, scoreOf, type Weights } from '../server/analytics/recommend/recommendations.ts';
import { readFileGraph } from '../server/import/file-graph.ts';
import { formatSeconds, loadAverage, printTable } from './lib/measure.ts';

const WIKIPEDIA = 'open-data/twin-cities-wikipedia.csv';
const FIT_SEED = 0;
const REPORT_SEED = 1;

const fmt = (w: Weights) => `proximity ${w.proximity}, geography ${w.geography}, size ${w.size}, crossing ${w.crossing}`;
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
    `fit            seed ${FIT_SEED}: ${fitSplit.hidden.length} hidden ties; grid step ${step}; chosen ${fmt(fit.weights)} ` +
      `(MRR ${fit.metrics.mrr.toFixed(4)}, hit@${o.k} ${fit.metrics.hitRate.toFixed(4)} on the fitting split)`,
  );

  const split = splitTies(graph, o.holdout, REPORT_SEED);
  const queries = queriesOf(split, o.nearby);
  const ours = metricsOf(queries, (p) => scoreOf(p, RECOMMENDATION_WEIGHTS), o.k);
  const fitted = metricsOf(queries, (p) => scoreOf(p, fit.weights), o.k);
  console.log(
    `report         seed ${REPORT_SEED}: ${split.hidden.length} hidden ties, ${queries.length} towns, ${ours.queries} queries (each tie from both ends); ` +
      `hidden partner among the candidates in ${(ours.reachable * 100).toFixed(1)} % (the ceiling of hit@${o.k})`,
  );
  printTable(
    ['score', `hit@${o.k}`, 'MRR'],
    [
      row(`ours, fitted (${fmt(fit.weights)})`, fitted),
      row(`ours, contract (${fmt(RECOMMENDATION_WEIGHTS)})`, ours),
      ...Object.entries(BASELINES).map(([name, score]) => row(name, metricsOf(queries, score, o.k))),
    ],
  );

  // the implausible case: Görlitz's first recommendation under each set of weights
  const gorlitz = graph.findNode((_n, a) => a.name === 'Görlitz' && a.country === 'DE');
  if (gorlitz) {
    for (const [label, weights] of [
      ['contract', RECOMMENDATION_WEIGHTS],
      ['fitted', fit.weights],
    ] as const) {
      const top = candidateParts(graph, gorlitz, o.nearby)
        .map((r) => ({ ...r, score: scoreOf(r.parts, weights) }))
        .sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1))
        .slice(0, 3)
        .map((r) => `${r.name} (${r.country}, ${r.parts.distanceKm?.toFixed(0) ?? '?'} km, ${r.parts.sharedPartners} shared)`);
      console.log(`Görlitz        ${label}: ${top.join('; ')}`);
    }
  }
  console.log(`took           ${formatSeconds((performance.now() - started) / 1000)}; load average ${loadAverage()}`);
}
