/**
 * The client with a graph the size of the Wikipedia twin-town list (about 17,700 towns and 25,900
 * partnerships), built from open-data/ as the API would send it, so that the page is tried at
 * that size without writing to the test database. Not timed: test/browser/measure-client.ts
 * measures; this checks that everything still works at that size.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../server/runtime.ts';
import { launchChromium, watchProblems } from '../helpers/browser.ts';
import { startTestService } from '../helpers/service.ts';
import { LINES_DRAWN_IN_MOTION } from '../../client/src/drawing-model.ts';

const LIST = path.resolve('open-data/twin-cities-wikipedia.csv');

/** graphology's serialisation of the list: towns keyed by name and country string, sides for a few countries. */
function listAsGraph(): { body: string; nodes: number; edges: number } {
  const rows = parse(fs.readFileSync(LIST), { columns: true }) as Record<string, string>[];
  const sides: Record<string, { country: string; bloc: string }> = {
    Germany: { country: 'DE', bloc: 'west' },
    France: { country: 'FR', bloc: 'west' },
    Poland: { country: 'PL', bloc: 'east' },
  };
  const nodes = new Map<string, { key: string; attributes: Record<string, unknown> }>();
  const edges = new Map<string, { key: string; source: string; target: string; undirected: true; attributes: Record<string, unknown> }>();
  for (const r of rows) {
    const ends = [
      [r.city1!, r.country1!, r.lat1!, r.lng1!],
      [r.city2!, r.country2!, r.lat2!, r.lng2!],
    ] as const;
    const keys = ends.map(([city, country]) => `${country}|${city}`);
    if (keys[0] === keys[1]) continue;
    ends.forEach(([city, country, lat, lon], i) => {
      if (!nodes.has(keys[i]!))
        nodes.set(keys[i]!, {
          key: keys[i]!,
          attributes: { name: city, lat: Number(lat), lon: Number(lon), ...(sides[country] ?? { bloc: 'other' }), sources: [] },
        });
    });
    const [a, b] = [...keys].sort() as [string, string];
    edges.set(`${a}||${b}`, {
      key: `${a}||${b}`,
      source: a,
      target: b,
      undirected: true,
      attributes: { type: 'partnership', sources: [] },
    });
  }
  const graph = {
    options: { type: 'undirected', multi: false, allowSelfLoops: false },
    attributes: { datasetVersion: 1, networks: [] },
    nodes: [...nodes.values()],
    edges: [...edges.values()],
  };
  return { body: JSON.stringify(graph), nodes: nodes.size, edges: edges.size };
}

describe('the client with a graph the size of the Wikipedia list', () => {
  let service: RunningService;
  let browser: Browser;
  beforeAll(async () => {
    if (!fs.existsSync(LIST))
      throw new Error(`${LIST} is missing: the Wikipedia twin-town list ships in the repository (see open-data/README.md)`);
    if (!fs.existsSync(path.resolve('dist/client/index.html'))) throw new Error('The client is not built: run `npm run build` first');
    service = await startTestService();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  it('draws it, filters it and changes colours, with no errors', async () => {
    const graph = listAsGraph();
    expect(graph.nodes).toBeGreaterThan(17_000);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems = watchProblems(page);
    // only the graph is this one: the analyses the page asks for (east-west) describe the test
    // database, whose places are not in this graph and are passed over
    await page.route('**/api/graph', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: graph.body }));
    const started = Date.now();
    await page.goto(service.url);
    await page.waitForSelector('#stats[data-nodes]', { timeout: 60_000 });
    console.error(
      `[large graph] ${graph.nodes} towns, ${graph.edges} partnerships drawn after ${Date.now() - started} ms (not a measurement: see measure-client.ts)`,
    );
    expect(Number(await page.getAttribute('#stats', 'data-nodes'))).toBe(graph.nodes);
    expect(Number(await page.getAttribute('#stats', 'data-edges'))).toBe(graph.edges);

    await page.locator('input[name="bloc"][value="east"]').check();
    const east = Number(await page.getAttribute('#stats', 'data-edges'));
    expect(east).toBeGreaterThan(0);
    expect(east).toBeLessThan(graph.edges);
    await page.selectOption('#color-mode', 'country');
    expect(await page.getAttribute('#legend ul[data-mode]', 'data-mode')).toBe('country');
    await page.selectOption('#eastwest-mode', 'europe');
    await page.click('#tab-eastwest');
    expect(Number(await page.getAttribute('#panel-eastwest td[data-divide="europe"]', 'data-cross'))).toBeGreaterThan(0);
    const box = (await page.locator('#graph').boundingBox())!;
    for (let i = 0; i < 5; i++) await page.mouse.move(box.x + box.width * (0.3 + i * 0.1), box.y + box.height / 2);
    expect(problems).toEqual([]);
  });

  it('leaves its lines out while the camera moves when there are thousands, and keeps a few hundred', async () => {
    const graph = listAsGraph();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems = watchProblems(page);
    await page.route('**/api/graph', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: graph.body }));
    await page.goto(service.url);
    await page.waitForSelector('#stats[data-nodes]', { timeout: 60_000 });
    const drawing = () =>
      page.evaluate(() => {
        const d = document.getElementById('graph')!.dataset;
        return { flows: d.flows, settled: d.settled, linesInMotion: d.linesInMotion, edgesDrawn: Number(d.edgesDrawn) };
      });
    // zoomed out, the flows stand for the partnerships; the rule counts the lines the view would
    // draw without them, so that it does not change (a full redraw) as the zoom reaches the lines
    await page.waitForFunction(() => Number(document.getElementById('graph')!.dataset.flows) > 0);
    expect((await drawing()).linesInMotion).toBe('hidden');

    // zoomed in until the partnerships are lines: all of them, far more than can be drawn in motion
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let steps = 0; (await drawing()).flows !== 'off'; steps++) {
      expect(steps, 'zoom steps until the partnerships show').toBeLessThan(8);
      const span = await page.evaluate(() => Number(document.getElementById('graph')!.dataset.flowsSpan));
      await page.mouse.wheel(0, -240);
      // each step waited for by the span it shows, then by the picture at rest
      await page.waitForFunction((before) => {
        const d = document.getElementById('graph')!.dataset;
        return Number(d.flowsSpan) < before && d.settled === 'true';
      }, span);
    }
    await page.waitForFunction(() => Number(document.getElementById('graph')!.dataset.edgesDrawn) > 0);
    const all = await drawing();
    expect(all.edgesDrawn).toBe(graph.edges);
    expect(all.edgesDrawn).toBeGreaterThan(LINES_DRAWN_IN_MOTION);
    expect(all.linesInMotion).toBe('hidden');

    // the eastern towns' partnerships alone are few enough to stay while moving
    await page.locator('input[name="bloc"][value="east"]').check();
    await page.waitForFunction((all) => {
      const d = document.getElementById('graph')!.dataset;
      return Number(d.edgesDrawn) < all && d.linesInMotion === 'drawn';
    }, all.edgesDrawn);
    const east = await drawing();
    expect(east.edgesDrawn).toBeGreaterThan(0);
    expect(east.edgesDrawn).toBeLessThanOrEqual(LINES_DRAWN_IN_MOTION);
    expect(problems).toEqual([]);
  });
});
