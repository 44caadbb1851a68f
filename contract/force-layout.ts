/**
 * The force layout's settings and stopping rule, shared by the server (which computes the
 * positions once per dataset version, server/analytics/layout/force-layout.ts) and the browser's
 * web worker (client/src/features/layout.ts, its "Run again"): ForceAtlas2 with the settings
 * graphology infers for the graph's size, Barnes-Hut above 1,000 nodes, and stopped once the
 * drawing has settled: the mean step of a node stays below a small share of the drawing's
 * diagonal for a number of rounds in a row, or after a bounded number of rounds.
 */
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

/** Settled: the mean step is below this share of the drawing's diagonal ... */
export const SETTLED_STEP = 0.0004;
/** ... for this many rounds in a row. */
export const SETTLED_ROUNDS = 15;
/** A layout that has not settled by then stops anyway. */
export const MAX_ROUNDS = 1500;
/** Barnes-Hut's approximation of the repulsion above this many nodes. */
const BARNES_HUT_ABOVE = 1000;

// CommonJS with `module.exports = fn`, typed as `export default`: take whichever arrives.
const inferSettings = ((forceAtlas2 as unknown as { default?: typeof forceAtlas2 }).default ?? forceAtlas2).inferSettings;

/** The ForceAtlas2 settings for a graph of `order` nodes. */
export function forceSettings(order: number): ForceAtlas2Settings {
  return { ...inferSettings(order), barnesHutOptimize: order > BARNES_HUT_ABOVE };
}

export type Stop = 'settled' | 'capped';

/**
 * The stopping rule, fed the positions after each round. `positions` holds x and y of node i at
 * `i * stride` and `i * stride + 1` (stride 2: x0, y0, x1, y1, …), every round in the same order.
 */
export class SettleRule {
  rounds = 0;
  private calm = 0;
  private previous: Float64Array | null = null;

  constructor(private readonly maxRounds = MAX_ROUNDS) {}

  /** Counts one round; says whether the layout stops now, and why (null: it goes on). */
  step(positions: ArrayLike<number>, order: number, stride = 2): Stop | null {
    this.rounds += 1;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    let moved = 0;
    const first = this.previous === null;
    const before = this.previous ?? new Float64Array(order * 2);
    for (let i = 0; i < order; i++) {
      const x = positions[i * stride]!;
      const y = positions[i * stride + 1]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      if (!first) moved += Math.hypot(x - before[2 * i]!, y - before[2 * i + 1]!);
      before[2 * i] = x;
      before[2 * i + 1] = y;
    }
    this.previous = before;
    const diagonal = Math.hypot(maxX - minX, maxY - minY) || 1;
    const step = first ? Infinity : moved / Math.max(1, order) / diagonal;
    this.calm = step < SETTLED_STEP ? this.calm + 1 : 0;
    if (this.calm >= SETTLED_ROUNDS) return 'settled';
    if (this.rounds >= this.maxRounds) return 'capped';
    return null;
  }
}
