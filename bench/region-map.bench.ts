/**
 * The regions map in headless Chromium (issue 15: "the district map drawn within 1 s"), on the
 * full default dataset (every German municipality, the Wikipedia list) in a fresh embedded Neo4j.
 * Needs the built client (`npm run build`).
 *
 * Measured, per run, in one page that already shows the states' map:
 * - "district switch": from choosing "districts" in the map's level picker until the district map
 *   is drawn (`#region-map[data-drawn="true"][data-level="district"]`), the first time (the
 *   boundaries, 355 KiB, and the table are fetched) and again after switching back (cached);
 * - "open": from navigation to `/?map=regions&regionLevel=district` until that map is drawn.
 * The peer, to read the figures against: the states' map (16 shapes) drawn the same way.
 *
 *   npm run build && npm run bench -- region-map [--runs=5]
 */
import type { Page } from 'playwright-core';
import { browserBenchService } from './lib/browser-service.ts';
import { loadAverage } from './lib/measure.ts';

const TARGET_MS = 1000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const drawn = (page: Page, level: string) =>
  page.waitForSelector(`#region-map[data-drawn="true"][data-level="${level}"]`, { timeout: 60_000 });

async function timed(action: () => Promise<unknown>, done: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await Promise.all([done(), action()]);
  return performance.now() - started;
}

export default async function regionMapBench(): Promise<void> {
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 5);
  const { service, browser, stop } = await browserBenchService('map');
  try {
    const loadStarted = performance.now();
    const rows = (await (await fetch(`${service.url}/api/regions?level=district`)).json()) as { rows: unknown[] };
    console.log(
      `dataset        the full default, ${rows.rows.length} districts (loaded and tabled in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s)`,
    );
    console.log(`load average   ${loadAverage()} (start)`);
    const result = { first: [] as number[], cached: [] as number[], open: [] as number[], states: [] as number[], regions: 0 };
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      result.states.push(
        await timed(
          () => page.goto(`${service.url}/?map=regions&regionLevel=state`),
          () => drawn(page, 'state'),
        ),
      );
      result.first.push(
        await timed(
          () => page.selectOption('#map-level', 'district'),
          () => drawn(page, 'district'),
        ),
      );
      await Promise.all([drawn(page, 'state'), page.selectOption('#map-level', 'state')]);
      result.cached.push(
        await timed(
          () => page.selectOption('#map-level', 'district'),
          () => drawn(page, 'district'),
        ),
      );
      result.regions = Number(await page.getAttribute('#region-map', 'data-regions'));
      await context.close();
      const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const again = await fresh.newPage();
      result.open.push(
        await timed(
          () => again.goto(`${service.url}/?map=regions&regionLevel=district`),
          () => drawn(again, 'district'),
        ),
      );
      await fresh.close();
    }
    const line = (name: string, xs: number[], target = true) =>
      console.log(
        `${name.padEnd(36)} median ${median(xs).toFixed(0).padStart(5)} ms  (runs ${xs.map((x) => x.toFixed(0)).join(', ')})${target ? `  target < ${TARGET_MS} ms: ${median(xs) < TARGET_MS ? 'met' : 'MISSED'}` : ''}`,
      );
    console.log(`district map   ${result.regions} regions drawn, ${runs} runs, 1440×900`);
    line('switch to districts, first', result.first);
    line('switch to districts, cached', result.cached);
    line('open /?map=regions&regionLevel=district', result.open, false);
    line('peer: open the states map', result.states, false);
    console.log(`ratio          districts first switch / states open = ${(median(result.first) / median(result.states)).toFixed(2)}`);
    console.log(`load average   ${loadAverage()} (end)`);
  } finally {
    await stop();
  }
}
