/**
 * Seeded pseudo-random numbers for the analytics (pivot sampling, Louvain, rewiring): the same
 * seed gives the same sequence on every platform, so that results are reproducible.
 *
 * Generator: Tommy Ettinger's Mulberry32 (a 32-bit state, period 2^32), its seed first mixed with
 * MurmurHash3's finaliser so that nearby seeds give unrelated streams. Good enough for sampling
 * and shuffling, not for cryptography.
 */

/** Returns a function giving floats in [0, 1), deterministic for `seed`. */
export function createRng(seed: number): () => number {
  let state = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
  state = Math.imul(state ^ (state >>> 16), 0x85ebca6b) >>> 0;
  state = Math.imul(state ^ (state >>> 13), 0xc2b2ae35) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [0, bound). */
export function randomInt(rng: () => number, bound: number): number {
  return Math.floor(rng() * bound);
}

/** k distinct integers from [0, n), in the order drawn (partial Fisher-Yates). */
export function sampleWithoutReplacement(rng: () => number, n: number, k: number): Int32Array {
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  const count = Math.min(k, n);
  for (let i = 0; i < count; i++) {
    const j = i + randomInt(rng, n - i);
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.slice(0, count);
}
