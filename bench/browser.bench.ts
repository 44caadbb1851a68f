/**
 * The network page in headless Chromium on the full default dataset (issue 17's targets, on this
 * 2-core machine): a fresh embedded Neo4j loads the default dataset first. Needs the built client.
 *
 * Measured per run, each in a new page at 1440×900:
 * - first legible drawing: from navigation to the mark `jumelage:first-legible` (client/src/main.ts:
 *   the first frame with the towns framed, their labels and, zoomed out, the aggregated flows);
 *   target 3 s;
 * - zoom: the intervals between animation frames while the mouse wheel zooms in five steps and out
 *   again, 95th percentile; target 50 ms (a frame that takes longer is a visible stall); and the
 *   CPU time that Chromium's processes (the browser started here and all its children, read from
 *   /proc where there is one) spent per frame meanwhile:
 *   on this 2-core machine a frame is CPU-bound, and CPU time varies less with the load of the
 *   machine than the intervals do, so it compares changes better;
 * - the force view's first drawing: from choosing the force layout until the server's positions are
 *   drawn (`#graph[data-layout-source="server"]`, the animation ended), read against the map's first
 *   drawing; the server's layout is computed once before the runs (it starts with the first
 *   /api/graph of a version), so this is what every later visitor gets.
 *
 *   npm run build && npm run bench -- browser [--runs=3]
 */
import { browserBenchService } from './lib/browser-service.ts';
import { cpuSpent, loadAverage, processTreeCpu } from './lib/measure.ts';

const TARGETS = { firstLegibleMs: 3000, zoomP95Ms: 50 } as const;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

export default async function browserBench(): Promise<void> {
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 3);
  const { service, browser, stop } = await browserBenchService('browser');
  try {
    // the dataset loaded, and the server's force layout computed, before anything is timed
    const started = performance.now();
    const graph = (await (await fetch(`${service.url}/api/graph`)).json()) as { nodes: unknown[]; edges: unknown[] };
    for (;;) {
      const res = await fetch(`${service.url}/api/layout/force`);
      if (res.status === 200) break;
      if (res.status !== 202) throw new Error(`/api/layout/force: ${res.status}`);
      await new Promise((resolve) => setTimeout(resolve, 1000)); // polling the job, not standing in for an event
    }
    console.log(
      `dataset        the full default: ${graph.nodes.length} places, ${graph.edges.length} partnerships (loaded, force layout computed: ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
    console.log(`load average   ${loadAverage()} (start)`);
    // Chromium's processes: the browser that Playwright started from this process (it talks to it
    // through a pipe), and all its children
    const chromiumCpu = () => processTreeCpu((cmdline) => cmdline.includes('--remote-debugging-pipe'));
    const result = {
      legible: [] as number[],
      zoom: [] as number[],
      zoomCpu: [] as number[],
      mapFirst: [] as number[],
      force: [] as number[],
    };
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${service.url}/`);
      const mark = await page.waitForFunction(() => performance.getEntriesByName('jumelage:first-legible')[0]?.startTime ?? false, null, {
        timeout: 120_000,
      });
      result.legible.push(Number(await mark.jsonValue()));
      result.mapFirst.push(Number(await page.evaluate(() => performance.getEntriesByName('jumelage:first-drawing')[0]?.startTime ?? NaN)));

      // zoom: frame intervals while wheeling in and out over the map's centre
      const box = (await page.locator('#graph').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      // a string, not a function: tsx would wrap a named inner function in a helper the page lacks
      await page.evaluate(`(() => {
        const w = window;
        w.__frames = [];
        w.__on = true;
        w.__last = performance.now();
        const tick = (t) => {
          w.__frames.push(t - w.__last);
          w.__last = t;
          if (w.__on) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      })()`);
      const cpuBefore = chromiumCpu();
      for (const dy of [-300, -300, -300, -300, -300, 300, 300, 300, 300, 300]) {
        await page.mouse.wheel(0, dy);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      }
      const frames = await page.evaluate(() => {
        const w = window as unknown as { __frames: number[]; __on: boolean };
        w.__on = false;
        return w.__frames.slice(1);
      });
      const cpu = cpuSpent(cpuBefore, chromiumCpu());
      result.zoom.push(quantile(frames, 0.95));
      if (cpu !== null) result.zoomCpu.push(cpu / frames.length);

      // the force view
      const t0 = await page.evaluate(() => performance.now());
      await page.check('input[name="layout"][value="force"]');
      await page.waitForSelector('#graph[data-layout-source="server"]', { timeout: 120_000 });
      result.force.push((await page.evaluate(() => performance.now())) - t0);
      await context.close();
    }
    const line = (name: string, xs: number[], target?: number) =>
      console.log(
        `${name.padEnd(44)} median ${median(xs).toFixed(0).padStart(6)} ms  (runs ${xs.map((x) => x.toFixed(0)).join(', ')})${target ? `  target ≤ ${target} ms: ${median(xs) <= target ? 'met' : 'MISSED'}` : ''}`,
      );
    line('first legible drawing (navigation → mark)', result.legible, TARGETS.firstLegibleMs);
    line('map: first drawing (navigation → mark)', result.mapFirst);
    line('zoom: frame interval, 95th percentile', result.zoom, TARGETS.zoomP95Ms);
    if (result.zoomCpu.length) line('zoom: Chromium CPU time per frame', result.zoomCpu);
    line('force view: choose → server positions drawn', result.force);
    console.log(`load average   ${loadAverage()} (end)`);
  } finally {
    await stop();
  }
}
