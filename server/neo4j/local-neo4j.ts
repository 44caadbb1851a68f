/**
 * The project-managed Neo4j: a Community 5.26 server resolved from Maven Central and run as a
 * child process bound to 127.0.0.1.
 *
 * - A run file (run-file.ts) names the server's pid, Bolt port and owning process. A second
 *   process of the project attaches to a live server instead of starting another on the store;
 *   a server whose owner died (a crash, SIGKILL) is adopted and reused.
 * - If the child dies unexpectedly, it is restarted with exponential backoff; `status()` says
 *   `restarting` meanwhile, which the health endpoint reports as degraded.
 * - `stop()` sends SIGTERM (Neo4j shuts down cleanly on it), waits, then SIGKILLs if it must.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import neo4j from 'neo4j-driver';
import { Neo4jSetupError } from './errors.ts';
import { ensureGdsInstalled, ensureInstalled, gdsDirOf, libDirOf, requireJava } from './install.ts';
import { isAlive, isNeo4jProcess, readRunFile, removeRunFile, withStartLock, writeRunFile } from './run-file.ts';
import { consoleLogPath, ensurePassword, javaArgs, logTail, writeConf, type InstanceOptions } from './server-files.ts';

export interface LocalNeo4jOptions {
  homeDir: string;
  dataDir: string;
  /** 0 picks a free port. */
  boltPort: number;
  /**
   * The HTTP connector with Neo4j Browser (`/browser/`): 0 picks a free port, and so does a busy
   * one (with a warning: the Browser is a convenience, the Bolt port is what the API needs);
   * undefined leaves it off.
   */
  httpPort?: number;
  heap: string;
  pageCache: string;
  /** Adds OpenGDS (Neo4j Graph Data Science), resolved once into `<home>/gds`. */
  gds?: boolean;
  startTimeoutMs: number;
  stopTimeoutMs?: number;
  backoff?: { initialMs: number; maxMs: number };
  log?: (level: 'info' | 'warn' | 'error', msg: string) => void;
}

export type LocalNeo4jState = 'stopped' | 'starting' | 'running' | 'restarting' | 'stopping' | 'failed';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

export interface LocalNeo4jStatus {
  state: LocalNeo4jState;
  role: 'owner' | 'attached';
  pid: number | null;
  boltPort: number | null;
  /** Neo4j Browser's port (null: HTTP off, or not known for a server this process attached to). */
  httpPort: number | null;
  restarts: number;
  lastError: string | null;
}

export class LocalNeo4j extends EventEmitter {
  private stateValue: LocalNeo4jState = 'stopped';
  private role: 'owner' | 'attached' = 'owner';
  private child: ChildProcess | null = null;
  private pid: number | null = null;
  private port: number | null = null;
  private http: number | null = null;
  private password = '';
  private restarts = 0;
  private backoffMs: number;
  private lastError: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly log: NonNullable<LocalNeo4jOptions['log']>;
  private readonly token = randomUUID();
  private cancel: AbortSignal | null = null;

  constructor(private readonly options: LocalNeo4jOptions) {
    super();
    this.log = options.log ?? (() => {});
    this.backoffMs = options.backoff?.initialMs ?? 1000;
  }

  get state(): LocalNeo4jState {
    return this.stateValue;
  }

  status(): LocalNeo4jStatus {
    return {
      state: this.stateValue,
      role: this.role,
      pid: this.pid,
      boltPort: this.port,
      httpPort: this.http,
      restarts: this.restarts,
      lastError: this.lastError,
    };
  }

  connection(): Neo4jConnection {
    if (this.port === null) throw new Neo4jSetupError('The local Neo4j has not been started');
    return { uri: `bolt://127.0.0.1:${this.port}`, user: 'neo4j', password: this.password };
  }

  /**
   * Starts the server, or attaches to / adopts the one the run file names. When `cancel` fires
   * while the server boots, it is stopped again and the start fails.
   */
  async start(cancel?: AbortSignal): Promise<Neo4jConnection> {
    this.cancel = cancel ?? null;
    const { homeDir, dataDir, startTimeoutMs } = this.options;
    requireJava();
    if (this.options.gds) ensureGdsInstalled(homeDir, (m) => this.log('info', m));
    else ensureInstalled(homeDir, (m) => this.log('info', m));
    fs.mkdirSync(dataDir, { recursive: true });
    this.setState('starting');
    try {
      await withStartLock(dataDir, startTimeoutMs, async () => {
        if (!(await this.reuseRunning())) await this.launch();
      });
      if (cancel?.aborted) {
        await this.stop();
        throw new Neo4jSetupError('The start of Neo4j was cancelled');
      }
    } catch (err) {
      this.lastError = (err as Error).message;
      this.setState('failed');
      throw err;
    }
    return this.connection();
  }

  async stop(): Promise<void> {
    this.clearTimer();
    if (this.role === 'attached' || this.pid === null) {
      this.setState('stopped');
      return;
    }
    this.setState('stopping');
    const pid = this.pid;
    const exited = this.waitForExit(pid, this.options.stopTimeoutMs ?? 30_000);
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    if (!(await exited)) {
      this.log('warn', `Neo4j (pid ${pid}) did not stop within the timeout; killing it`);
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
      await this.waitForExit(pid, 5000);
    }
    removeRunFile(this.options.dataDir, pid);
    this.child = null;
    this.pid = null;
    this.setState('stopped');
  }

  private async reuseRunning(): Promise<boolean> {
    const { dataDir } = this.options;
    const info = readRunFile(dataDir);
    if (!info) return false;
    if (!isNeo4jProcess(info.pid)) {
      removeRunFile(dataDir);
      return false;
    }
    this.password = fs.readFileSync(`${dataDir}/password`, 'utf8').trim();
    this.port = info.boltPort;
    this.http = info.httpPort ?? null;
    this.pid = info.pid;
    const ownerAlive = info.ownerToken !== this.token && isAlive(info.ownerPid);
    if (!(await this.waitForBolt(() => isAlive(info.pid)))) {
      if (ownerAlive) throw new Neo4jSetupError(`The Neo4j server (pid ${info.pid}) started by process ${info.ownerPid} does not answer on Bolt port ${info.boltPort}.\n${logTail(dataDir)}`);
      this.log('warn', `Stopping an unresponsive Neo4j left behind (pid ${info.pid})`);
      await this.stop();
      this.setState('starting');
      return false;
    }
    const gdsAsked = this.options.gds === true;
    if ((info.gds ?? false) !== gdsAsked) {
      const started = info.gds ? 'with' : 'without';
      if (ownerAlive) {
        this.log('warn', `The Neo4j server of process ${info.ownerPid} runs ${started} Graph Data Science; NEO4J_GDS=${gdsAsked} takes effect when it is restarted`);
      } else {
        // a server left behind is restarted as this process asks, rather than adopted as it was
        this.log('info', `Restarting the Neo4j left behind (pid ${info.pid}), started ${started} Graph Data Science, as NEO4J_GDS=${gdsAsked} asks`);
        await this.stop();
        this.setState('starting');
        return false;
      }
    }
    if (ownerAlive) {
      this.role = 'attached';
      this.log('info', `Attached to the Neo4j server of process ${info.ownerPid} on port ${info.boltPort}`);
    } else {
      this.role = 'owner';
      writeRunFile(dataDir, { ...info, ownerPid: process.pid, ownerToken: this.token });
      this.watchAdopted(info.pid);
      this.log('info', `Reusing the Neo4j server left behind by process ${info.ownerPid} (pid ${info.pid})`);
    }
    this.setState('running');
    return true;
  }

  private async launch(): Promise<void> {
    const o = this.options;
    const port = this.port ?? (o.boltPort === 0 ? await freePort() : o.boltPort);
    if (!(await portIsFree(port))) {
      throw new Neo4jSetupError(`Bolt port ${port} is already in use by another program; set NEO4J_BOLT_PORT to a free port.`);
    }
    const http = await this.httpPortToUse();
    const instance: InstanceOptions = {
      dataDir: o.dataDir,
      libDir: libDirOf(o.homeDir),
      gdsDir: o.gds ? gdsDirOf(o.homeDir) : null,
      boltPort: port,
      httpPort: http,
      heap: o.heap,
      pageCache: o.pageCache,
    };
    const confDir = writeConf(instance);
    this.password = ensurePassword(instance, confDir);
    this.port = port;
    this.http = http;
    const out = fs.openSync(consoleLogPath(o.dataDir), 'a');
    const child = spawn('java', javaArgs(instance, confDir), { cwd: o.dataDir, detached: true, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    if (child.pid === undefined) throw new Neo4jSetupError('Could not spawn java for Neo4j');
    this.child = child;
    this.pid = child.pid;
    writeRunFile(o.dataDir, {
      pid: child.pid,
      ownerPid: process.pid,
      ownerToken: this.token,
      boltPort: port,
      ...(http === null ? {} : { httpPort: http }),
      gds: o.gds === true,
      startedAt: new Date().toISOString(),
    });
    // `as`: assigned in the exit listener, so TypeScript must not narrow it to null here
    let exitCode = null as number | null;
    child.once('exit', (code, signal) => {
      exitCode = code ?? -1;
      this.onExit(child, code, signal);
    });
    const ok = await this.waitForBolt(() => exitCode === null && !this.cancel?.aborted);
    if (!ok) {
      const reason = this.cancel?.aborted
        ? 'start was cancelled'
        : exitCode === null
          ? `did not answer on Bolt port ${port} within ${o.startTimeoutMs} ms`
          : `exited with code ${exitCode}`;
      if (exitCode === null) await this.stop();
      throw new Neo4jSetupError(`Neo4j ${reason}. Last lines of ${consoleLogPath(o.dataDir)}:\n${logTail(o.dataDir)}`);
    }
    this.setState('running');
    this.log('info', `Neo4j is up on bolt://127.0.0.1:${port} (pid ${child.pid})`);
    if (http !== null)
      this.log('info', `Neo4j Browser: http://127.0.0.1:${http}/browser/ (user neo4j, password in ${o.dataDir}/password)`);
  }

  /** The HTTP port of this start: the one asked for, or a free one when it is 0 or busy; null when HTTP is off. */
  private async httpPortToUse(): Promise<number | null> {
    const asked = this.options.httpPort;
    if (asked === undefined) return null;
    if (this.http !== null && (await portIsFree(this.http))) return this.http; // a restart keeps its port
    if (asked !== 0 && (await portIsFree(asked))) return asked;
    const free = await freePort();
    if (asked !== 0) this.log('warn', `HTTP port ${asked} (Neo4j Browser) is in use; the Browser takes ${free} instead (set NEO4J_HTTP_PORT)`);
    return free;
  }

  private onExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (child !== this.child) return;
    this.child = null;
    if (this.stateValue === 'stopping' || this.stateValue === 'starting') return;
    this.handleUnexpectedDeath(`exited unexpectedly (code ${code}, signal ${signal})`);
  }

  private handleUnexpectedDeath(why: string): void {
    const { dataDir } = this.options;
    this.lastError = `Neo4j ${why}`;
    this.log('error', `${this.lastError}; restarting in ${this.backoffMs} ms`);
    removeRunFile(dataDir, this.pid ?? undefined);
    this.pid = null;
    this.restarts += 1;
    this.setState('restarting');
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, this.options.backoff?.maxMs ?? 30_000);
    this.timer = setTimeout(() => {
      this.timer = null;
      void withStartLock(dataDir, this.options.startTimeoutMs, () => this.launch())
        .then(() => {
          this.backoffMs = this.options.backoff?.initialMs ?? 1000;
        })
        .catch((err: Error) => {
          if (this.stateValue === 'stopping' || this.stateValue === 'stopped') return;
          this.handleUnexpectedDeath(`failed to restart: ${err.message.split('\n')[0]}`);
        });
    }, delay);
  }

  /** An adopted server is not our child: poll its pid to notice its death. */
  private watchAdopted(pid: number): void {
    this.timer = setInterval(() => {
      if (this.pid !== pid || this.stateValue !== 'running') return;
      if (!isAlive(pid)) {
        this.clearTimer();
        this.handleUnexpectedDeath(`(adopted pid ${pid}) is gone`);
      }
    }, 1000);
  }

  private clearTimer(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  private async waitForBolt(stillAlive: () => boolean): Promise<boolean> {
    const driver = neo4j.driver(`bolt://127.0.0.1:${this.port}`, neo4j.auth.basic('neo4j', this.password), {
      connectionTimeout: 2000,
      logging: { level: 'error', logger: () => {} },
    });
    const deadline = Date.now() + this.options.startTimeoutMs;
    try {
      while (Date.now() < deadline && stillAlive()) {
        try {
          await driver.verifyConnectivity();
          return true;
        } catch {
          await new Promise((r) => setTimeout(r, 300));
        }
      }
      return false;
    } finally {
      await driver.close();
    }
  }

  private async waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!isAlive(pid)) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return !isAlive(pid);
  }

  private setState(state: LocalNeo4jState): void {
    if (state === this.stateValue) return;
    this.stateValue = state;
    this.emit('state', state);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}
