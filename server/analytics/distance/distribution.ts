/**
 * The distribution of partnership lengths (tie-distances.ts): a histogram over fixed bins, the
 * median (the mean of the two middle values for an even count, as numpy's), the mean, the share
 * within 500 km, and the shares of ties inside one country and inside one side of the divide,
 * each over the ties for which it is defined. Empty: null figures.
 */
import type { TieDistance } from './tie-distances.ts';

/** Lower bounds of the bins in km; the last bin has no upper bound. */
export const BIN_EDGES_KM = [0, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000] as const;
export const NEAR_KM = 500;

export interface Distribution {
  partnerships: number;
  histogram: number[];
  medianKm: number | null;
  meanKm: number | null;
  within500kmShare: number | null;
  sameCountryShare: number | null;
  sameBlocShare: number | null;
}

export function bins(): { fromKm: number; toKm: number | null }[] {
  return BIN_EDGES_KM.map((fromKm, i) => ({ fromKm, toKm: BIN_EDGES_KM[i + 1] ?? null }));
}

const shareOf = (flags: (boolean | null)[]) => {
  const known = flags.filter((f) => f !== null);
  return known.length ? known.filter(Boolean).length / known.length : null;
};

export function distribution(ties: readonly TieDistance[]): Distribution {
  const km = ties.map((t) => t.km).sort((x, y) => x - y);
  const n = km.length;
  const histogram: number[] = BIN_EDGES_KM.map(() => 0);
  for (const d of km) {
    let bin = BIN_EDGES_KM.length - 1;
    while (bin > 0 && d < BIN_EDGES_KM[bin]!) bin--;
    histogram[bin]!++;
  }
  return {
    partnerships: n,
    histogram,
    medianKm: n === 0 ? null : n % 2 ? km[(n - 1) / 2]! : (km[n / 2 - 1]! + km[n / 2]!) / 2,
    meanKm: n === 0 ? null : km.reduce((a, b) => a + b, 0) / n,
    within500kmShare: n === 0 ? null : km.filter((d) => d <= NEAR_KM).length / n,
    sameCountryShare: shareOf(ties.map((t) => t.sameCountry)),
    sameBlocShare: shareOf(ties.map((t) => t.sameBloc)),
  };
}
