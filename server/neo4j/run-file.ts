/**
 * The run file records which process serves a data folder, so that a second process of the
 * project attaches to it instead of starting another server on the same store, and so that a
 * server left behind by a crash is found again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const RunInfoSchema = z.object({
  pid: z.number().int().positive(),
  ownerPid: z.number().int().positive(),
  /** Identifies the owning manager, also within one process. */
  ownerToken: z.string(),
  boltPort: z.number().int().positive(),
  /** The HTTP connector's port (Neo4j Browser); absent when it is off or for a server started before it existed. */
  httpPort: z.number().int().positive().optional(),
  /** Started with OpenGDS (NEO4J_GDS); absent for a server started before GDS could be asked for: without. */
  gds: z.boolean().optional(),
  startedAt: z.string(),
});
export type RunInfo = z.infer<typeof RunInfoSchema>;

export function runFilePath(dataDir: string): string {
  return path.join(dataDir, 'run', 'jumelage-neo4j.json');
}

export function readRunFile(dataDir: string): RunInfo | null {
  try {
    const parsed = RunInfoSchema.safeParse(JSON.parse(fs.readFileSync(runFilePath(dataDir), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeRunFile(dataDir: string, info: RunInfo): void {
  const file = runFilePath(dataDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(info, null, 2));
  fs.renameSync(tmp, file);
}

export function removeRunFile(dataDir: string, pid?: number): void {
  const current = readRunFile(dataDir);
  if (pid === undefined || current?.pid === pid) fs.rmSync(runFilePath(dataDir), { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when pid is alive and is a Neo4j server (guards against a recycled pid). */
export function isNeo4jProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('org.neo4j.server.CommunityEntryPoint');
  } catch {
    return true; // no /proc (not Linux): trust the liveness check
  }
}

/**
 * An exclusive lock on starting a server for a data folder, so that two processes starting at
 * the same moment do not both launch one. A lock left by a dead process is taken over.
 */
export async function withStartLock<T>(dataDir: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  const lock = path.join(dataDir, 'run', 'start.lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch {
      const holder = Number(fs.readFileSync(lock, { encoding: 'utf8', flag: 'a+' }));
      if (!Number.isInteger(holder) || holder <= 0 || !isAlive(holder)) {
        fs.rmSync(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for process ${holder} to start Neo4j`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}
