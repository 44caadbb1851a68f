/**
 * `npm run soak [-- seconds]`: a bounded soak on loopback. A fresh embedded Neo4j with the seeds,
 * the service, then mixed reads (graph, search, municipality, analyses) from 8 concurrent loops,
 * with a write (create, change, delete) interleaved every ~200 ms, for 60 s by default, after a
 * 15 s warm-up of the same mix (so that caches, the JIT and the analysis workers are warm).
 * Checks: zero 5xx; the final answers agree with the final data; resident memory at the end
 * within 20 % of its level after warm-up (both printed, with the thread count and the main
 * thread's heap after a GC, which tell a leak from memory the allocator keeps). Exits non-zero
 * when a check fails. SOAK_LOG_LEVEL=error shows the service's errors on stderr.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../server/config.ts';
import { startService } from '../server/runtime.ts';

const TOKEN = 'soak-token-0123456789abcdef';
const seconds = Number(process.argv[2] ?? 60);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jumelage-soak-'));
const service = await startService(
  loadConfig({
    PORT: '0',
    NEO4J_BOLT_PORT: '0',
    NEO4J_DATA_DIR: dataDir,
    NEO4J_HEAP: '512m',
    API_TOKEN: TOKEN,
    RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: 'silent',
  }),
  pino({ level: process.env.SOAK_LOG_LEVEL ?? 'silent' }, pino.destination(2)),
);
const base = service.url;
const READS = [
  '/api/graph',
  '/api/municipalities?q=berl',
  '/api/municipalities/de-saarlouis',
  '/api/metrics/centrality?measure=pagerank',
  '/api/communities',
  '/api/regions?level=state',
  '/api/bridges/east-west',
  '/api/structure',
];
const counts = { requests: 0, byStatus: new Map<number, number>(), writes: 0 };
const failures: string[] = [];
const record = (s: number) => {
  counts.requests += 1;
  counts.byStatus.set(s, (counts.byStatus.get(s) ?? 0) + 1);
};
const write = async (method: string, p: string, body?: unknown) => {
  const res = await fetch(`${base}${p}`, {
    method,
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  await res.arrayBuffer();
  record(res.status);
  counts.writes += 1;
  return res.status;
};

async function phase(ms: number, withWrites: boolean): Promise<void> {
  const end = Date.now() + ms;
  const readers = Array.from({ length: 8 }, async (_, r) => {
    for (let i = r; Date.now() < end; i++) {
      const res = await fetch(`${base}${READS[i % READS.length]}`);
      const text = await res.text();
      record(res.status);
      if (res.status >= 500 && failures.length < 5) failures.push(`${res.status} ${READS[i % READS.length]}: ${text.slice(0, 200)}`);
    }
  });
  const writer = (async () => {
    for (let i = 0; withWrites && Date.now() < end; i++) {
      const id = `fr-soak-${i % 20}`;
      await write('POST', '/api/municipalities', { id, name: `Soak ${i}`, country: 'FR' });
      await write('POST', '/api/partnerships', { a: id, b: 'de-saarlouis', since: 2000 + (i % 20) });
      await write('PATCH', `/api/municipalities/${id}`, { name: `Soak ${i} changed` });
      if (i % 3 !== 0) await write('DELETE', `/api/municipalities/${id}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  await Promise.all([...readers, writer]);
}

/** Threads of this process (Linux): worker threads left behind would show here. */
function threads(): number | string {
  const status = fs.existsSync('/proc/self/status') ? fs.readFileSync('/proc/self/status', 'utf8') : '';
  return /^Threads:\s+(\d+)/m.exec(status)?.[1] ?? 'unknown';
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

let failed = false;
try {
  await phase(15_000, true); // warm-up with the same mix of reads and writes: caches, the JIT and the workers warm
  const warm = process.memoryUsage().rss;
  const warmThreads = threads();
  const warmMemory = process.memoryUsage();
  await phase(seconds * 1000, true);
  // settle: let the last recomputation finish, then compare answers with the data
  for (let i = 0; i < 120; i++) {
    const res = await fetch(`${base}/api/structure`);
    await res.arrayBuffer();
    if (res.status === 200) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  if (globalThis.gc) globalThis.gc();
  const end = process.memoryUsage().rss;
  const endThreads = threads();
  const endMemory = process.memoryUsage();
  const graph = (await (await fetch(`${base}/api/graph`)).json()) as { nodes: unknown[]; edges: unknown[] };
  const structure = (await (await fetch(`${base}/api/structure`)).json()) as { summary: { nodes: number; edges: number } };
  const health = (await (await fetch(`${base}/api/health`)).json()) as { dataset: { municipalities: number; partnerships: number } };
  const fiveXX = [...counts.byStatus].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
  const consistent =
    graph.nodes.length === health.dataset.municipalities &&
    graph.edges.length === health.dataset.partnerships &&
    structure.summary.nodes === graph.nodes.length &&
    structure.summary.edges === graph.edges.length;
  const growth = (end - warm) / warm;
  console.log(
    `requests ${counts.requests} (writes ${counts.writes}) in ${seconds} s; statuses ${JSON.stringify(Object.fromEntries(counts.byStatus))}`,
  );
  console.log(`5xx: ${fiveXX}  ${fiveXX === 0 ? 'ok' : 'FAILED'}`);
  for (const f of failures) console.log(`  ${f}`);
  console.log(
    `final data: ${graph.nodes.length} municipalities, ${graph.edges.length} partnerships; analyses agree: ${consistent ? 'ok' : 'FAILED'}`,
  );
  console.log(
    `RSS after warm-up ${(warm / 2 ** 20).toFixed(0)} MiB, at the end ${(end / 2 ** 20).toFixed(0)} MiB (${(growth * 100).toFixed(1)} %): ${Math.abs(growth) <= 0.2 ? 'ok' : 'FAILED'}`,
  );
  console.log(`threads after warm-up ${warmThreads}, at the end ${endThreads} (worker threads and their helpers)`);
  console.log(
    `main thread's heap after warm-up ${mib(warmMemory.heapUsed)}, at the end ${mib(endMemory.heapUsed)}; array buffers ${mib(warmMemory.arrayBuffers)}, ${mib(endMemory.arrayBuffers)}`,
  );
  failed = fiveXX > 0 || !consistent || Math.abs(growth) > 0.2;
} finally {
  await service.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
