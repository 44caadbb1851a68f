/**
 * The Chromium that `server/browser/chromium.ts` resolves (CHROMIUM_PATH, one on PATH, or the one
 * shipped in the npm package @sparticuz/chromium), driven by playwright-core. Never optional:
 * a browser test fails, with the resolver's message, when no Chromium can be had.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from '../../server/browser/chromium.ts';
import type { RunningService } from '../../server/runtime.ts';
import { seededTestDb } from './neo4j.ts';
import { startTestService } from './service.ts';

export { launchChromium };

/** The requests of each page watched that have not finished yet, with when they started. */
const pendingRequests = new WeakMap<Page, Map<Request, number>>();

/** What a person would call a problem on the page: console errors, page errors, failed or 4xx/5xx requests. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  const pending = new Map<Request, number>();
  pendingRequests.set(page, pending);
  page.on('request', (r) => pending.set(r, Date.now()));
  page.on('requestfinished', (r) => pending.delete(r));
  page.on('requestfailed', (r) => pending.delete(r));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  return problems;
}

/**
 * Opens the client at `url` and waits until the network is drawn (the counts are shown). With
 * `clock`, the page's time is Playwright's (installed before it loads, running until paused), so
 * that a test can step animation frames one by one.
 */
export async function openClient(
  browser: Browser,
  url: string,
  options: { locale?: string; viewport?: { width: number; height: number }; clock?: boolean } = {},
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    viewport: options.viewport ?? { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  if (options.clock) await context.clock.install();
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(url);
  await page.waitForSelector('#stats[data-nodes]', { timeout: 60_000 });
  return { page, problems };
}

/**
 * Waits until the picture is final: sigma has drawn a frame with the camera at rest
 * (`#graph[data-settled="true"]`, features/draw.ts) and, on the map layout, the country outlines
 * are drawn (`canvas.outlines[data-drawn="true"]`, features/country-outlines.ts).
 */
export async function waitForSettledDrawing(page: Page, options: { outlines?: boolean } = {}): Promise<void> {
  await page.waitForFunction(
    (outlines) =>
      document.getElementById('graph')?.dataset.settled === 'true' &&
      (!outlines || document.querySelector<HTMLCanvasElement>('#graph canvas.outlines')?.dataset.drawn === 'true'),
    options.outlines ?? true,
    { timeout: 30_000 },
  );
}

/**
 * A page's address, what #graph and #stats say, and its requests still open (for a failed test's
 * log); `blocked` when the page did not answer within 5 s (its main thread waits on something).
 */
async function describePage(page: Page): Promise<{ text: string; blocked: boolean }> {
  const now = Date.now();
  const open = [...(pendingRequests.get(page) ?? [])].map(([r, t]) => `  ${r.method()} ${r.url()} open ${now - t} ms`);
  let timer: NodeJS.Timeout | undefined;
  const silence = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), 5000);
  });
  const said = await Promise.race([
    page
      .evaluate(() =>
        ['graph', 'stats']
          .map((id) => `  #${id} ${JSON.stringify(Object.fromEntries(Object.entries(document.getElementById(id)?.dataset ?? {})))}`)
          .join('\n'),
      )
      .catch((err: unknown) => `  (page not readable: ${String(err)})`),
    silence,
  ]);
  clearTimeout(timer);
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  const text = [
    `[browser] page ${page.url()} (load average ${load})`,
    said ?? '  (the page did not answer within 5 s: its main thread is blocked)',
    open.length ? open.join('\n') : '  no request open',
  ].join('\n');
  return { text, blocked: said === null };
}

/** The message of the error a test fails with when its page was stalled by Chromium's GPU process (vite.config.ts retries on it). */
export const GPU_STALLED = 'GPU process stalled';

/**
 * Kills the GPU processes of the Chromiums this test process launched, as Chromium's GPU watchdog
 * would (headless Chromium starts none: gpu_init.cc leaves it off under --headless). A page
 * blocked on a synchronous call to a GPU process that never answers (SwiftShader, seen about once
 * in 75-150 page loads on this 2-core machine: the renderer waits without a timeout, the GPU
 * process idles) is released, and Chromium starts a new GPU process. Returns the pids killed.
 */
export function restartGpuProcesses(): number[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), args: m[3]! }));
  // this process's descendants (the GPU process is the child of a zygote of the browser)
  const mine = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of rows)
      if (mine.has(r.ppid) && !mine.has(r.pid)) {
        mine.add(r.pid);
        grew = true;
      }
  }
  const gpu = rows.filter((r) => mine.has(r.pid) && r.args.includes('--type=gpu-process')).map((r) => r.pid);
  for (const pid of gpu) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone already
    }
  }
  return gpu;
}

export interface ClientSession {
  /** The service on the seed dataset, and a Chromium: there once the file's `beforeAll` hooks ran. */
  readonly service: RunningService;
  readonly browser: Browser;
  /** GET `pathAndQuery` from the service, as JSON; a status of 400 or more fails. */
  readonly api: <T>(pathAndQuery: string) => Promise<T>;
}

/**
 * The service on the seed dataset and a Chromium, for the tests of one file (call it inside
 * `describe`): started before them, stopped after. `client: false` when the tests need no built client;
 * `env`: the service's own settings (e.g. `API_TOKEN` for tests that write).
 */
export function clientSession(options: { client?: boolean; env?: Record<string, string> } = {}): ClientSession {
  let service: RunningService | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (options.client !== false && !fs.existsSync(path.resolve('dist/client/index.html')))
      throw new Error('The client is not built: run `npm run build` first');
    const db = await seededTestDb();
    await db.close();
    service = await startTestService(options.env);
    browser = await launchChromium();
  });
  // a failed test says what its pages were waiting for; every test's pages close after it, so
  // that no page of an earlier test draws (or polls) beside the next one; a page blocked by a
  // stalled GPU process has the GPU process restarted and fails with GPU_STALLED, which is retried
  afterEach(async (context) => {
    let blocked = false;
    if (context.task.result?.state === 'fail')
      for (const page of browser?.contexts().flatMap((c) => c.pages()) ?? []) {
        const said = await describePage(page);
        console.error(said.text);
        blocked ||= said.blocked;
      }
    const killed = blocked ? restartGpuProcesses() : [];
    // a blocked page may not close either: the browser goes with the file (afterAll)
    await Promise.race([
      Promise.all(browser?.contexts().map((c) => c.close()) ?? []),
      new Promise((resolve) => setTimeout(resolve, 10_000).unref()),
    ]);
    // the test failed because Chromium stalled, not because of what it checks: said so, and run once more (vite.config.ts)
    if (blocked)
      throw new Error(
        `${GPU_STALLED}: a page stayed blocked on Chromium's GPU process; killed ${killed.join(', ') || 'none found'} so that Chromium starts a new one`,
      );
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('clientSession: used before its beforeAll hook ran');
    return value;
  };
  return {
    get service() {
      return started(service);
    },
    get browser() {
      return started(browser);
    },
    api: async <T>(pathAndQuery: string): Promise<T> => {
      const res = await fetch(`${started(service).url}${pathAndQuery}`);
      if (!res.ok) throw new Error(`${pathAndQuery}: ${res.status}`);
      return (await res.json()) as T;
    },
  };
}
