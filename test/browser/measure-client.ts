/**
 * Measures the client in headless Chromium against a running service (not a test: the targets are
 * measured, never asserted): the time from opening the page to the first drawing, and how long a
 * hover takes to answer (pointer onto a town until the emphasis is painted, two frames later).
 *
 *   npm start   # or any running service, e.g. with the Wikipedia list imported
 *   node --import tsx test/browser/measure-client.ts http://127.0.0.1:3000/ [--runs 3]
 *
 * Prints one JSON object: the numbers of each run, and their medians.
 */
import { parseArgs } from 'node:util';
import { launchChromium, waitForSettledDrawing } from '../helpers/browser.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '3' } } });
const base = positionals[0] ?? 'http://127.0.0.1:3000/';
const runs = Math.max(1, Number(values.runs) || 3);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? NaN;

// The town with the most partnerships: the search lists it first without a query.
const top = (await (await fetch(new URL('/api/municipalities?limit=1', base))).json()) as { items: { name: string }[] };
const town = top.items[0]?.name;
if (!town) throw new Error('The service has no municipalities');

// Evaluated in the page as text (no bundler helpers): records, for every pointer move on the map,
// the time until two animation frames later, when the hover emphasis has been painted.
const HOOK = `(() => {
  window.hoverTimes = [];
  document.getElementById('graph').addEventListener('mousemove', () => {
    const t = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => window.hoverTimes.push(performance.now() - t)));
  }, { capture: true });
})()`;

const browser = await launchChromium();
const results: { firstDrawingMs: number; towns: number; partnerships: number; hoverMs: number[] }[] = [];
try {
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    const started = Date.now();
    await page.goto(base);
    await page.waitForFunction(
      () => document.getElementById('loading')?.hidden === true && document.getElementById('stats')?.dataset.nodes !== undefined,
      null,
      { timeout: 120_000 },
    );
    const firstDrawingMs = Date.now() - started;
    const towns = Number(await page.getAttribute('#stats', 'data-nodes'));
    const partnerships = Number(await page.getAttribute('#stats', 'data-edges'));

    // fly to the town (it is then at the centre of the map), then move the pointer on and off it
    await page.fill('#search', town);
    await page.waitForSelector('#search-suggestions [role="option"]');
    await page.keyboard.press('Enter');
    await waitForSettledDrawing(page, { outlines: false });
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.waitForTimeout(300);
    await page.evaluate(HOOK);
    for (let i = 0; i < 10; i++) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForTimeout(300);
      await page.mouse.move(box.x + 5, box.y + 5);
      await page.waitForTimeout(300);
    }
    const hoverMs = ((await page.evaluate('window.hoverTimes')) as number[]).map((x) => Math.round(x));
    results.push({ firstDrawingMs, towns, partnerships, hoverMs });
    await page.close();
  }
} finally {
  await browser.close();
}
const hovers = results.flatMap((r) => r.hoverMs);
console.log(
  JSON.stringify(
    {
      url: base,
      hoveredTown: town,
      runs: results,
      firstDrawingMs: { median: median(results.map((r) => r.firstDrawingMs)) },
      hoverMs: { median: median(hovers), p95: p95(hovers) },
    },
    null,
    2,
  ),
);
