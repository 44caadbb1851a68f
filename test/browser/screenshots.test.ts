/**
 * The main views of the client, drawn from the seed data in Chromium: each must render a
 * picture with content (not a blank page) of a size fit for the README. `npm test` writes them
 * to a temporary folder; SCREENSHOTS=1 writes the README's pictures (docs/screenshots/*.png):
 *   npx vite build && SCREENSHOTS=1 npx vitest run test/browser/screenshots.test.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { clientSession, openClient, waitForSettledDrawing } from '../helpers/browser.ts';

const OUT =
  process.env.SCREENSHOTS === '1' ? path.resolve('docs/screenshots') : fs.mkdtempSync(path.join(os.tmpdir(), 'jumelage-screens-'));
const VIEWPORT = { width: 1280, height: 800 };
/**
 * A picture in the README should stay small; a blank page compresses to far less than MIN. 600 kB
 * since the 2D canvases are rasterised on the CPU (server/browser/chromium.ts): the same picture, but
 * its antialiased curves have more distinct colours, so the map's PNGs grew from 340–390 kB to
 * 430–500 kB.
 */
const MAX_BYTES = 600_000;
const MIN_BYTES = 40_000;
/**
 * What the map holds, overlays left out: more than a background (a blank stage has one or two
 * colours; the land, the borders and the partnerships add greys), and towns in colour (pixels of
 * a clear colour: a whole network on the map, or at least the selected town when the rest fades).
 */
const MIN_COLOURS = 100;
const MIN_COLOURED_PIXELS = 1_000;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const inside = (box: Box, x: number, y: number) => x >= box.x && x < box.x + box.width && y >= box.y && y < box.y + box.height;

/** Distinct colours, and pixels of a clear colour, in `area` of a screenshot (CSS pixels at scale 1), `overlays` left out. */
function drawnIn(png: PNG, area: Box, overlays: Box[]): { colours: number; coloured: number } {
  const colours = new Set<number>();
  let coloured = 0;
  for (let y = Math.max(0, Math.floor(area.y)); y < Math.min(png.height, area.y + area.height); y++) {
    for (let x = Math.max(0, Math.floor(area.x)); x < Math.min(png.width, area.x + area.width); x++) {
      if (overlays.some((box) => inside(box, x, y))) continue;
      const i = (y * png.width + x) * 4;
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      colours.add((r << 16) | (g << 8) | b);
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured += 1;
    }
  }
  return { colours: colours.size, coloured };
}

describe('screenshots of the client', () => {
  const session = clientSession();
  beforeAll(() => {
    fs.mkdirSync(OUT, { recursive: true });
    console.error(`[screenshots] written to ${OUT}`);
  });

  /**
   * Waits until the picture is final and takes it; checks its size, what the map holds, that each
   * of `shows` (selector, text) was on screen at that moment, and that the page had no problem.
   */
  const shoot = async (
    opened: { page: Page; problems: string[] },
    name: string,
    shows: [string, string | RegExp][],
    options: { outlines?: boolean; minColouredPixels?: number } = {},
  ) => {
    const { page, problems } = opened;
    await page.mouse.move(1, 1);
    await waitForSettledDrawing(page, options);
    const file = path.join(OUT, `${name}.png`);
    const bytes = await page.screenshot({ path: file });
    expect(fs.statSync(file).size).toBeLessThan(MAX_BYTES);
    expect(fs.statSync(file).size).toBeGreaterThan(MIN_BYTES);

    const graph = (await page.locator('#graph').boundingBox())!;
    const overlays: Box[] = [];
    for (const overlay of await page.locator('#legend, #layout-status').all()) {
      const box = await overlay.boundingBox();
      if (box) overlays.push(box);
    }
    const drawn = drawnIn(PNG.sync.read(bytes), graph, overlays);
    console.error(`[screenshots] ${name}: ${drawn.colours} colours, ${drawn.coloured} pixels of a clear colour`);
    expect(drawn.colours, `${name}: colours on the map`).toBeGreaterThan(MIN_COLOURS);
    expect(drawn.coloured, `${name}: towns in colour`).toBeGreaterThan(options.minColouredPixels ?? MIN_COLOURED_PIXELS);

    expect(shows.length).toBeGreaterThan(0);
    for (const [selector, text] of shows) {
      const element = page.locator(selector).first();
      // on screen: the point just inside its top left corner shows it (not scrolled away, not covered)
      const onScreen = await element.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + Math.min(4, box.width / 2), box.top + Math.min(4, box.height / 2));
        return hit !== null && el.contains(hit);
      });
      expect(onScreen, `${selector} is on screen`).toBe(true);
      expect(await element.textContent(), `${selector} says what it should`).toMatch(text);
    }
    expect(problems).toEqual([]);
  };

  it('the map, coloured East/West', async () => {
    const opened = await openClient(session.browser, session.service.url, { viewport: VIEWPORT });
    await shoot(opened, 'map-east-west', [
      ['#stats', /^\d+ municipalities with partnerships · \d+ partnerships \(\d+ without one not shown\)$/],
      ['#legend', 'East Germany (former GDR)'],
    ]);
  });

  it('a town and its partners', async () => {
    const opened = await openClient(session.browser, session.service.url, { viewport: VIEWPORT });
    const { page } = opened;
    await page.fill('#search', 'Cologne');
    await page.waitForSelector('#search-suggestions [role="option"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /rank \d+ of/.test(document.getElementById('panel-town')?.textContent ?? ''), null, {
      timeout: 60_000,
    });
    await shoot(
      opened,
      'town-panel',
      [
        ['#town-name', /^Köln$/],
        ['#panel-town [aria-labelledby="town-metrics"]', /rank \d+ of/],
        ['#panel-town ul.partners > li', /\w/],
      ],
      { minColouredPixels: 50 },
    );
  });

  it('the east-west view as it stood in 1995', async () => {
    const opened = await openClient(
      session.browser,
      `${session.service.url}/?to=1995&includeUndated=false&eastwest=germany&panel=eastwest`,
      {
        viewport: VIEWPORT,
      },
    );
    await opened.page.waitForSelector('#eastwest-api ol.brokers, #eastwest-api .note', { timeout: 60_000 });
    await shoot(opened, 'east-west-1995', [
      ['#stats', /^\d+ of \d+ municipalities/],
      ['#tab-eastwest[aria-selected="true"]', 'East–West'],
      ['#panel-eastwest td[data-divide="germany"]', /^\d+$/],
      ['#eastwest-api', /^Brokers and baseline/],
    ]);
  });

  it('communities on the force layout', async () => {
    const opened = await openClient(
      session.browser,
      `${session.service.url}/?layout=force&color=community&size=betweenness&panel=communities`,
      {
        viewport: VIEWPORT,
      },
    );
    const { page } = opened;
    await page.waitForSelector('#legend ul[data-mode="community"]', { timeout: 60_000 });
    await page.waitForFunction(() => /settled|stopped/.test(document.getElementById('layout-status')?.textContent ?? ''), null, {
      timeout: 60_000,
    });
    await shoot(
      opened,
      'communities-force',
      [
        ['#legend', /Colour: Community \(Louvain\).* · /], // communities are named (community-names.ts)
        ['#layout-status', /settled|stopped/],
        ['#panel-communities ol.communities li', /\w/],
      ],
      { outlines: false },
    );
  });

  it('regions, in German', async () => {
    const opened = await openClient(session.browser, `${session.service.url}/?panel=regions&color=country&lang=de`, { viewport: VIEWPORT });
    await opened.page.waitForSelector('#panel-regions table tbody tr', { timeout: 60_000 });
    await shoot(opened, 'regions-de', [
      ['#tab-regions[aria-selected="true"]', 'Regionen'],
      ['#panel-regions table tbody tr', /\w/],
      ['#stats', 'Kommunen'],
    ]);
  });
});
