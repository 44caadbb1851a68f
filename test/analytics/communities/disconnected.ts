/** The communities that are not connected in the graph, by a search inside each community. */
import type { CsrTopology } from '../../../server/analytics/csr.ts';

export function disconnected(csr: CsrTopology, communities: ArrayLike<number>): number[] {
  const seen = new Uint8Array(csr.n);
  const started = new Set<number>();
  const bad: number[] = [];
  for (let s = 0; s < csr.n; s++) {
    if (seen[s]) continue;
    const c = communities[s]!;
    if (started.has(c)) bad.push(c);
    started.add(c);
    const stack = [s];
    seen[s] = 1;
    while (stack.length > 0) {
      const u = stack.pop()!;
      for (let p = csr.offsets[u]!; p < csr.offsets[u + 1]!; p++) {
        const v = csr.targets[p]!;
        if (!seen[v] && communities[v] === c) {
          seen[v] = 1;
          stack.push(v);
        }
      }
    }
  }
  return bad;
}
