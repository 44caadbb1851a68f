/**
 * The side of each node for the east-west analyses: 'east', 'west' or null (no side: outside
 * Germany for the inner-German divide, neutral or non-European for the bloc divide, or unknown).
 * Kernels take them as an Int8Array: 0 east, 1 west, -1 none. Beside csr.ts rather than in
 * eastwest/: the shortest-path engine (paths/folded-sweep.ts) reads the codes too, and eastwest/
 * builds on that engine.
 */
import type { Side as ContractSide } from '../../contract/vocabularies.ts';
export type Side = ContractSide | null;

export const EAST = 0;
export const WEST = 1;
export const NONE = -1;

export function encodeSides(module: string, n: number, sides: ArrayLike<Side | undefined>): Int8Array {
  if (sides.length !== n) throw new Error(`analytics/${module}: expected ${n} sides, got ${sides.length}.`);
  const out = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const s = sides[i];
    if (s === 'east') out[i] = EAST;
    else if (s === 'west') out[i] = WEST;
    else if (s === null || s === undefined) out[i] = NONE;
    else throw new Error(`analytics/${module}: side of node ${i} is ${JSON.stringify(s)}, not 'east', 'west' or null.`);
  }
  return out;
}
