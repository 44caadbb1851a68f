/**
 * Small helpers of the benchmarks: repeated timing with median and range, peers run as child
 * processes that print one JSON object, and plain-text tables. Numbers are wall-clock seconds
 * (performance.now), which is what a user waits; the machine's load average is printed beside
 * them because other jobs share it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

export interface Timing {
  /** Seconds. */
  median: number;
  min: number;
  max: number;
  runs: number;
}

/**
 * Runs `run` at least `minRuns` times, and again while the total stays under `budgetMs`, at most
 * `maxRuns` times; slow runs are therefore timed once.
 */
export async function measure(
  run: () => unknown,
  { minRuns = 1, maxRuns = 5, budgetMs = 2000 }: { minRuns?: number; maxRuns?: number; budgetMs?: number } = {},
): Promise<Timing> {
  const samples: number[] = [];
  let total = 0;
  while (samples.length < minRuns || (samples.length < maxRuns && total < budgetMs)) {
    const t0 = performance.now();
    await run();
    const ms = performance.now() - t0;
    samples.push(ms / 1000);
    total += ms;
  }
  return summarise(samples);
}

export function summarise(seconds: number[]): Timing {
  const sorted = [...seconds].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

export function formatSeconds(s: number): string {
  if (s < 0.001) return `${(s * 1e6).toFixed(0)} µs`;
  if (s < 1) return `${(s * 1000).toFixed(s < 0.01 ? 2 : 0)} ms`;
  if (s < 100) return `${s.toFixed(2)} s`;
  return `${s.toFixed(0)} s`;
}

export function formatTiming(t: Timing): string {
  if (t.runs === 1) return formatSeconds(t.median);
  return `${formatSeconds(t.median)} (${formatSeconds(t.min)}–${formatSeconds(t.max)}, ${t.runs} runs)`;
}

export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

export function loadAverage(): string {
  return os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
}

/**
 * CPU time (user and system, milliseconds) used so far by each process of the trees rooted at this
 * process's children whose command line `isRoot` accepts (the root and all its descendants), keyed
 * by pid and start time; from /proc, null where there is none or no root was found. Time spent
 * waiting is not counted, so it varies less with the machine's load than wall-clock time does.
 */
export function processTreeCpu(isRoot: (cmdline: string) => boolean): Map<string, number> | null {
  if (!fs.existsSync('/proc/self/stat')) return null;
  const msPerTick = 1000 / 100; // USER_HZ, 100 on Linux
  const stats = new Map<number, { key: string; ms: number }>();
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // the fields after the command's name in parentheses: ppid is the 2nd, utime and stime the
      // 12th and 13th, the start time the 20th
      const fields = fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ');
      const pid = Number(entry);
      const parent = Number(fields[1]);
      stats.set(pid, { key: `${pid}@${fields[19]}`, ms: (Number(fields[11]) + Number(fields[12])) * msPerTick });
      const siblings = children.get(parent);
      if (siblings) siblings.push(pid);
      else children.set(parent, [pid]);
    } catch {
      // the process ended meanwhile
    }
  }
  const roots = (children.get(process.pid) ?? []).filter((pid) => {
    try {
      return isRoot(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' '));
    } catch {
      return false;
    }
  });
  if (roots.length === 0) return null;
  const cpu = new Map<string, number>();
  for (const queue = [...roots]; queue.length;) {
    const pid = queue.pop()!;
    const stat = stats.get(pid);
    if (stat) cpu.set(stat.key, stat.ms);
    queue.push(...(children.get(pid) ?? []));
  }
  return cpu;
}

/** The CPU time (ms) spent between two `processTreeCpu` readings by the processes alive at the second. */
export function cpuSpent(before: Map<string, number> | null, after: Map<string, number> | null): number | null {
  if (!before || !after) return null;
  let ms = 0;
  for (const [key, value] of after) ms += value - (before.get(key) ?? 0);
  return ms;
}

export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Runs a command that prints one JSON object as its last line of stdout. */
export function runJson<T>(command: string, args: string[], { timeoutMs = 3_600_000 }: { timeoutMs?: number } = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code === 0 && last.startsWith('{')) {
        try {
          resolve(JSON.parse(last) as T);
          return;
        } catch {
          // fall through to the error below
        }
      }
      reject(
        new Error(
          `${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}): ${stderr.trim().split('\n').slice(-3).join(' / ') || last}`,
        ),
      );
    });
  });
}
