/**
 * A seeded, generated twin-town-like graph for the benchmarks (no data from anyone): Holme-Kim
 * growth (P. Holme & B. J. Kim 2002, "Growing scale-free networks with tunable clustering",
 * Physical Review E 65, 026107), i.e. attachment with triad formation, as NetworkX's
 * `powerlaw_cluster_graph`, except that each new town brings 1, 2, 3 or 5 partnerships with
 * probabilities .65, .25, .07, .03 (about 1.5 per town, many towns with a single partner, like the
 * Wikipedia list), and that a partner is drawn in proportion to degree with probability
 * `preferential` (0.7), else uniformly: pure preferential attachment grows hubs of 800 partners
 * at 100,000 edges, where the list's largest has 73; with 0.7 the largest has about 200. Growth
 * stops at `edges` partnerships; every town links to an earlier one, so the graph is connected.
 *
 * Towns get what the suite reads: a name, a country drawn with weights resembling the list's
 * (a third German), German towns a state (admin1) and from it their East/West side, every town its
 * bloc (classify.ts); 60 % of the partnerships a founding year.
 */
import { UndirectedGraph } from 'graphology';
import { createRng, randomInt } from '../../server/analytics/random.ts';
import { blocOf, germanySide } from '../../server/domain/classify.ts';

const COUNTRIES: [string, number][] = [
  ['DE', 33],
  ['FR', 12],
  ['PL', 6],
  ['GB', 5],
  ['IT', 5],
  ['US', 5],
  ['RU', 3],
  ['UA', 3],
  ['CZ', 3],
  ['NL', 2],
  ['AT', 2],
  ['HU', 2],
  ['CN', 3],
  ['JP', 2],
  ['TR', 2],
  ['ES', 2],
  ['SE', 2],
  ['RO', 2],
  ['BR', 1],
  ['IL', 1],
];
const GERMAN_STATES: [string, number][] = [
  ['DE-BY', 16],
  ['DE-NW', 18],
  ['DE-BW', 13],
  ['DE-NI', 10],
  ['DE-HE', 8],
  ['DE-RP', 5],
  ['DE-SH', 3],
  ['DE-SL', 1],
  ['DE-SN', 5],
  ['DE-TH', 3],
  ['DE-ST', 3],
  ['DE-BB', 3],
  ['DE-MV', 2],
  ['DE-BE', 1],
  ['DE-HH', 1],
];

function weighted(rng: () => number, table: [string, number][]): string {
  const total = table.reduce((a, [, w]) => a + w, 0);
  let x = rng() * total;
  for (const [key, w] of table) if ((x -= w) < 0) return key;
  return table[table.length - 1]![0];
}

export interface TwinTownGraphOptions {
  edges: number;
  seed: number;
  /** Probability of closing a triangle after each step (Holme-Kim's p). */
  triad?: number;
  /** Probability that a partner is drawn in proportion to degree rather than uniformly. */
  preferential?: number;
}

export function twinTownGraph({ edges, seed, triad = 0.3, preferential = 0.7 }: TwinTownGraphOptions): UndirectedGraph {
  const rng = createRng(seed);
  const graph = new UndirectedGraph({ allowSelfLoops: false });
  const addTown = (i: number) => {
    const country = weighted(rng, COUNTRIES);
    const admin1 = country === 'DE' ? weighted(rng, GERMAN_STATES) : null;
    const place = { country, ags: null, admin1 };
    const germany = germanySide(place);
    const bloc = blocOf(place);
    graph.addNode(String(i), {
      name: `Town ${i}`,
      country,
      ...(admin1 ? { admin1 } : {}),
      ...(germany ? { germany } : {}),
      ...(bloc ? { bloc } : {}),
    });
  };
  // Every edge end once (and the first town, to start from): drawing from it is drawing a town
  // in proportion to its degree.
  addTown(0);
  const ends: number[] = [0];
  const link = (a: number, b: number) => {
    graph.addEdge(String(a), String(b), rng() < 0.6 ? { type: 'partnership', since: 1950 + randomInt(rng, 71) } : { type: 'partnership' });
    ends.push(a, b);
  };
  for (let town = 1; graph.size < edges; town++) {
    addTown(town);
    const x = rng();
    const wanted = Math.min(x < 0.65 ? 1 : x < 0.9 ? 2 : x < 0.97 ? 3 : 5, town, edges - graph.size);
    const chosen: number[] = [];
    const pick = (): number => {
      for (;;) {
        const t = rng() < preferential ? ends[randomInt(rng, ends.length)]! : randomInt(rng, town);
        if (t !== town && !chosen.includes(t)) return t;
      }
    };
    chosen.push(pick());
    link(town, chosen[0]!);
    while (chosen.length < wanted) {
      const last = chosen[chosen.length - 1]!;
      const friends = graph
        .neighbors(String(last))
        .map(Number)
        .filter((f) => f !== town && !chosen.includes(f));
      const next = rng() < triad && friends.length > 0 ? friends[randomInt(rng, friends.length)]! : pick();
      chosen.push(next);
      link(town, next);
    }
  }
  return graph;
}
