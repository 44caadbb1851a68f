/**
 * Names without overlap and lines that follow their number (issue 17), in Chromium on the seed
 * dataset: the boxes of the names drawn (`#graph[data-labels]`, features/labels.ts, and
 * `data-focus-labels`, focus.ts) are compared with each other, with the screen, with the legend and
 * with the width the page measures for each text; a chosen town's name comes first, its close
 * partner Zgorzelec is named beside it; the partnerships' style (`data-edge-style`) is the one
 * drawing-model.ts gives for the number on screen (`data-edges-on-screen`), lighter the more.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { edgeStyle } from '../../client/src/drawing-model.ts';
import { overlaps, type Box } from '../../client/src/labels.ts';
import { clientSession, openClient, waitForSettledDrawing } from '../helpers/browser.ts';

const GOERLITZ = 'de-14626110';
const ZGORZELEC = 'pl-zgorzelec';

interface Drawn {
  key: string;
  text: string;
  box: Box;
}

async function namesDrawn(page: Page, attribute: 'labels' | 'focusLabels'): Promise<Drawn[]> {
  const json = await page.evaluate((a) => document.getElementById('graph')!.dataset[a] ?? '[]', attribute);
  return (JSON.parse(json) as Array<[string, string, number, number, number, number]>).map(([key, text, minX, minY, maxX, maxY]) => ({
    key,
    text,
    box: { minX, minY, maxX, maxY },
  }));
}

/** Fails when two names overlap, a name leaves the map, or its box is narrower than its text as the page measures it. */
async function expectReadable(page: Page, names: Drawn[]): Promise<void> {
  const size = (await page.locator('#graph').boundingBox())!;
  for (const [i, a] of names.entries()) {
    expect(a.box.minX).toBeGreaterThanOrEqual(0);
    expect(a.box.minY).toBeGreaterThanOrEqual(0);
    expect(a.box.maxX).toBeLessThanOrEqual(size.width + 0.1);
    expect(a.box.maxY).toBeLessThanOrEqual(size.height + 0.1);
    for (const b of names.slice(0, i)) expect(overlaps(a.box, b.box), `${a.text} over ${b.text}`).toBe(false);
  }
  // each box is as wide as its text in the font drawn (12 px; the group names semibold)
  const widths = await page.evaluate(
    (items) => {
      const context = document.createElement('canvas').getContext('2d')!;
      return items.map(({ text, group }) => {
        context.font = group ? '600 12px system-ui, sans-serif' : 'normal 12px system-ui, sans-serif';
        return context.measureText(text).width;
      });
    },
    names.map((n) => ({ text: n.text, group: n.key.startsWith('group:') })),
  );
  names.forEach((n, i) => expect(n.box.maxX - n.box.minX).toBeGreaterThanOrEqual(widths[i]! - 0.2));
}

/** The legend's rectangle in the map's coordinates. */
async function legendBox(page: Page): Promise<Box> {
  const map = (await page.locator('#graph').boundingBox())!;
  const legend = (await page.locator('#legend').boundingBox())!;
  return { minX: legend.x - map.x, minY: legend.y - map.y, maxX: legend.x + legend.width - map.x, maxY: legend.y + legend.height - map.y };
}

describe('names placed without overlap, lines by their number', () => {
  const session = clientSession();

  it('names the groups of the overview and then the towns, no two names over each other or under the legend', async () => {
    const { page, problems } = await openClient(session.browser, session.service.url);
    await waitForSettledDrawing(page);
    await page.waitForFunction(() => Number(document.getElementById('graph')!.dataset.flows) > 0);
    const overview = await namesDrawn(page, 'labels');
    expect(overview.filter((n) => n.key.startsWith('group:')).length).toBeGreaterThan(3);
    await expectReadable(page, overview);
    const legend = await legendBox(page);
    for (const n of overview) expect(overlaps(n.box, legend), `${n.text} under the legend`).toBe(false);

    // zoomed in, the towns are named (the partnerships shown), still none over another
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let step = 0; step < 6 && (await page.getAttribute('#graph', 'data-flows')) !== 'off'; step++) {
      await page.mouse.wheel(0, -240);
      await page.waitForFunction(() => document.getElementById('graph')!.dataset.settled === 'true');
    }
    await page.mouse.move(1, 1); // no hover focus
    await page.waitForFunction(() => document.getElementById('graph')!.dataset.flows === 'off');
    await waitForSettledDrawing(page);
    const towns = await namesDrawn(page, 'labels');
    expect(towns.filter((n) => !n.key.startsWith('group:')).length).toBeGreaterThan(10);
    await expectReadable(page, towns);
    const legendNow = await legendBox(page);
    for (const n of towns) expect(overlaps(n.box, legendNow), `${n.text} under the legend`).toBe(false);
    expect(problems).toEqual([]);
  });

  it('names a chosen town first and its partner across the river beside it, not over it', async () => {
    const { page, problems } = await openClient(session.browser, `${session.service.url}/?town=${GOERLITZ}`);
    await waitForSettledDrawing(page);
    await page.waitForFunction(() => (document.getElementById('graph')!.dataset.focusLabels ?? '[]') !== '[]');
    const names = await namesDrawn(page, 'focusLabels');
    expect(names[0]!.key).toBe(GOERLITZ);
    const partner = names.find((n) => n.key === ZGORZELEC);
    expect(partner, 'Zgorzelec named').toBeDefined();
    for (const [i, a] of names.entries())
      for (const b of names.slice(0, i)) expect(overlaps(a.box, b.box), `${a.text} over ${b.text}`).toBe(false);
    const legend = await legendBox(page);
    for (const n of names) expect(overlaps(n.box, legend), `${n.text} under the legend`).toBe(false);
    expect(problems).toEqual([]);
  });

  it('draws the partnerships lighter and thinner the more of them are on screen', async () => {
    const { page, problems } = await openClient(session.browser, session.service.url);
    await waitForSettledDrawing(page);
    const read = async () => {
      await waitForSettledDrawing(page);
      return page.evaluate(() => {
        const d = document.getElementById('graph')!.dataset;
        return { onScreen: Number(d.edgesOnScreen), style: d.edgeStyle!.split(' ') };
      });
    };
    // zoomed in until the partnerships show (no flows), then further in
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.45);
    const zoom = async () => {
      await page.mouse.wheel(0, -240);
      await page.waitForFunction(() => document.getElementById('graph')!.dataset.settled === 'true');
    };
    for (let step = 0; step < 6 && (await page.getAttribute('#graph', 'data-flows')) !== 'off'; step++) await zoom();
    await page.waitForFunction(() => Number(document.getElementById('graph')!.dataset.edgesOnScreen) > 0);
    const all = await read();
    for (let step = 0; step < 4; step++) await zoom();
    const near = await read();
    expect(near.onScreen).toBeLessThan(all.onScreen / 2);
    // restyled when the number changed by √2 or more: each style is the rule's for a number within √2 of the count
    for (const { onScreen, style } of [all, near]) {
      const strength = Number(style[0]);
      expect(strength).toBeGreaterThanOrEqual(edgeStyle(onScreen * Math.SQRT2).strength - 1e-3);
      expect(strength).toBeLessThanOrEqual(edgeStyle(onScreen / Math.SQRT2).strength + 1e-3);
    }
    expect(Number(near.style[0])).toBeGreaterThan(Number(all.style[0]));
    expect(Number(near.style[1])).toBeGreaterThan(Number(all.style[1]));
    expect(problems).toEqual([]);
  });
});
