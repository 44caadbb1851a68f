/** The page, as a person opens it in Chromium: the graph is drawn and its size is shown. */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../server/runtime.ts';
import { launchChromium } from '../helpers/browser.ts';
import { connectTestDb, countGraph } from '../helpers/neo4j.ts';
import { startTestService } from '../helpers/service.ts';

describe('the client page', () => {
  let service: RunningService;
  let browser: Browser;
  beforeAll(async () => {
    if (!fs.existsSync(path.resolve('dist/client/index.html'))) throw new Error('The client is not built: run `npm run build` first');
    service = await startTestService();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  it('draws the network and shows its size, with no console errors or failed requests', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));

    await page.goto(service.url);
    await page.waitForSelector('#stats[data-nodes]', { timeout: 30_000 });
    const db = connectTestDb();
    const counts = await countGraph(db);
    await db.close();
    expect(Number(await page.getAttribute('#stats', 'data-nodes'))).toBe(counts.municipalities);
    expect(Number(await page.getAttribute('#stats', 'data-edges'))).toBe(counts.partnerships);
    expect(await page.textContent('#stats')).toContain(`${counts.municipalities} municipalities`);
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);

    await page.waitForTimeout(500);
    const png = PNG.sync.read(await page.locator('#graph').screenshot());
    let coloured = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured += 1; // node colours, not the grey background
    }
    expect(coloured).toBeGreaterThan(200);
    expect(problems).toEqual([]);
  });

  it('shows a readable message when the API fails', async () => {
    const page = await browser.newPage();
    await page.route('**/api/graph', (route) =>
      route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify({ status: 503, detail: 'The database is not reachable at the moment.' }) }),
    );
    await page.goto(service.url);
    await page.waitForSelector('#message:not([hidden])');
    expect(await page.textContent('#message')).toBe('The database is not reachable at the moment.');
  });
});
