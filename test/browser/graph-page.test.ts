/** The page, as a person opens it in Chromium: the graph is drawn and its size is shown. */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../server/runtime.ts';
import { launchChromium, waitForSettledDrawing, watchProblems } from '../helpers/browser.ts';
import { countGraph, seededTestDb } from '../helpers/neo4j.ts';
import { startTestService } from '../helpers/service.ts';

describe('the client page', () => {
  let service: RunningService;
  let browser: Browser;
  let counts: Awaited<ReturnType<typeof countGraph>>;
  beforeAll(async () => {
    if (!fs.existsSync(path.resolve('dist/client/index.html'))) throw new Error('The client is not built: run `npm run build` first');
    const db = await seededTestDb();
    counts = await countGraph(db);
    await db.close();
    service = await startTestService();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  it('draws the network and shows its size, with no console errors or failed requests', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const problems = watchProblems(page);

    // places without a partnership are a layer of their own, off unless asked for (client/src/view.ts)
    const graph = (await (await fetch(`${service.url}/api/graph`)).json()) as { edges: { source: string; target: string }[] };
    const partnered = new Set(graph.edges.flatMap((e) => [e.source, e.target])).size;
    expect(counts.partnerships).toBeGreaterThan(0);
    expect(partnered).toBeGreaterThan(0);

    await page.goto(service.url);
    await page.waitForSelector('#stats[data-nodes]', { timeout: 30_000 });
    expect(Number(await page.getAttribute('#stats', 'data-nodes'))).toBe(partnered);
    expect(Number(await page.getAttribute('#stats', 'data-edges'))).toBe(counts.partnerships);
    expect(await page.textContent('#stats')).toBe(
      `${partnered} municipalities with partnerships · ${counts.partnerships} partnerships (${counts.municipalities - partnered} without one not shown)`,
    );
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);

    await waitForSettledDrawing(page);
    const png = PNG.sync.read(await page.locator('#graph').screenshot());
    let coloured = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured += 1; // node colours, not the grey background
    }
    expect(coloured).toBeGreaterThan(200);

    await page.goto(`${service.url}/?unpartnered=true`);
    await page.waitForSelector('#stats[data-nodes]', { timeout: 30_000 });
    expect(Number(await page.getAttribute('#stats', 'data-nodes'))).toBe(counts.municipalities);
    expect(await page.textContent('#stats')).toContain(`${counts.municipalities} municipalities`);
    expect(problems).toEqual([]);
  });

  it('shows a readable message when the API fails', async () => {
    const page = await browser.newPage();
    await page.route('**/api/graph', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({ status: 503, detail: 'The database is not reachable at the moment.' }),
      }),
    );
    await page.goto(service.url);
    await page.waitForSelector('#message:not([hidden])');
    expect(await page.textContent('#message')).toBe('The database is not reachable at the moment.');
  });
});
