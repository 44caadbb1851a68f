/**
 * The main views of the client, drawn from the seed data in Chromium: each must render a
 * picture with content (not a blank page) of a size fit for the README. `npm test` writes them
 * to a temporary folder; SCREENSHOTS=1 writes the README's pictures (docs/screenshots/*.png):
 *   npx vite build && SCREENSHOTS=1 npx vitest run test/browser/screenshots.test.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../server/runtime.ts';
import { launchChromium, openClient } from '../helpers/browser.ts';
import { startTestService } from '../helpers/service.ts';

const OUT = process.env.SCREENSHOTS === '1' ? path.resolve('docs/screenshots') : fs.mkdtempSync(path.join(os.tmpdir(), 'jumelage-screens-'));
const VIEWPORT = { width: 1280, height: 800 };
/** A picture in the README should stay small; a blank page compresses to far less than MIN. */
const MAX_BYTES = 400_000;
const MIN_BYTES = 40_000;

describe('screenshots of the client', () => {
  let service: RunningService;
  let browser: Browser;
  beforeAll(async () => {
    service = await startTestService();
    browser = await launchChromium();
    fs.mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  const shoot = async (page: Page, name: string) => {
    await page.mouse.move(1, 1);
    await page.waitForTimeout(1200);
    const file = path.join(OUT, `${name}.png`);
    await page.screenshot({ path: file });
    expect(fs.statSync(file).size).toBeLessThan(MAX_BYTES);
    expect(fs.statSync(file).size).toBeGreaterThan(MIN_BYTES);
  };

  it('the map, coloured East/West', async () => {
    const { page } = await openClient(browser, service.url, { viewport: VIEWPORT });
    await shoot(page, 'map-east-west');
  });

  it('a town and its partners', async () => {
    const { page } = await openClient(browser, service.url, { viewport: VIEWPORT });
    await page.fill('#search', 'Cologne');
    await page.waitForSelector('#search-suggestions [role="option"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /rank \d+ of/.test(document.getElementById('panel-town')?.textContent ?? ''), null, { timeout: 60_000 });
    await shoot(page, 'town-panel');
  });

  it('the east-west view as it stood in 1995', async () => {
    const { page } = await openClient(browser, `${service.url}/?to=1995&includeUndated=false&eastwest=germany&panel=eastwest`, { viewport: VIEWPORT });
    await page.waitForSelector('#eastwest-api ol.brokers, #eastwest-api .note', { timeout: 60_000 });
    await shoot(page, 'east-west-1995');
  });

  it('communities on the force layout', async () => {
    const { page } = await openClient(browser, `${service.url}/?layout=force&color=community&size=betweenness&panel=communities`, { viewport: VIEWPORT });
    await page.waitForSelector('#legend ul[data-mode="community"]', { timeout: 60_000 });
    await page.waitForFunction(() => /settled|stopped/.test(document.getElementById('layout-status')?.textContent ?? ''), null, { timeout: 60_000 });
    await shoot(page, 'communities-force');
  });

  it('regions, in German', async () => {
    const { page } = await openClient(browser, `${service.url}/?panel=regions&color=country&lang=de`, { viewport: VIEWPORT });
    await page.waitForSelector('#panel-regions table tbody tr', { timeout: 60_000 });
    await shoot(page, 'regions-de');
  });
});
