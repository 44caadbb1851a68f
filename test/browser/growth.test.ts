/**
 * Issue 20 in the browser: the Growth panel draws GET /api/evolution as small multiples (each point
 * carries its year and value, charts/small-multiples.ts) and GET /api/distances as a histogram with
 * the median and the decay fit; what it draws is compared with what the API answers. The year of
 * the year filter and of the playback is marked in every chart, and moving it asks for no new series.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Distances, Evolution } from '../../contract/api/evolution.ts';
import { clientSession, openClient } from '../helpers/browser.ts';

const THIS_YEAR = new Date().getUTCFullYear();

/** The drawn points of `measure`: year and value. */
const points = (page: Page, measure: string) =>
  page.$$eval(`#panel-growth circle[data-measure="${measure}"]`, (circles) =>
    circles.map((c) => ({ year: Number(c.getAttribute('data-year')), value: Number(c.getAttribute('data-value')) })),
  );

const markedYears = (page: Page) =>
  page.evaluate(() => ({
    group: document.querySelector('#panel-growth .small-multiples')?.getAttribute('data-marked-year') ?? null,
    rules: [...document.querySelectorAll('#panel-growth .small-multiples line.mark')].map((l) => l.getAttribute('data-marked-year')),
    bars: document.querySelector('#panel-growth figure.stacked')?.getAttribute('data-marked-year') ?? null,
  }));

describe('the Growth panel: the network year by year, and how far it reaches', () => {
  const session = clientSession();
  const { api } = session;

  it('draws the series and the distances as the API answers them', async () => {
    const series = await api<Evolution>(`/api/evolution?from=1950&to=${THIS_YEAR}&step=1`);
    const distances = await api<Distances>('/api/distances?limit=0');
    const { page, problems } = await openClient(session.browser, `${session.service.url}/?panel=growth`);
    await page.waitForSelector('#panel-growth .small-multiples', { timeout: 60_000 });

    for (const measure of ['places', 'partnerships', 'largestComponent', 'modularity'] as const) {
      const expected = series.years.filter((y) => y[measure] !== null).map((y) => ({ year: y.year, value: y[measure] }));
      expect(await points(page, measure), measure).toEqual(expected);
    }
    expect(await points(page, 'europe.crossShare')).toEqual(
      series.years.filter((y) => y.europe.crossShare !== null).map((y) => ({ year: y.year, value: y.europe.crossShare })),
    );
    // the new partnerships of each year, stacked by type, add up to the API's total
    const bars = await page.$$eval('#panel-growth figure.stacked g.bar', (groups) =>
      groups.map((g) => ({
        year: Number(g.getAttribute('data-year')),
        sum: [...g.querySelectorAll('rect')].reduce((a, r) => a + Number(r.getAttribute('data-value')), 0),
      })),
    );
    expect(bars).toEqual(series.years.map((y) => ({ year: y.year, sum: y.newPartnerships.total })));
    // undated partnerships are stated, not dropped
    const undated = series.years.at(-1)!.undated;
    expect(undated).toBeGreaterThan(0);
    expect(await page.getAttribute('#panel-growth .undated', 'data-value')).toBe(String(undated));
    expect(await page.textContent('#panel-growth .undated')).toBe(
      `${undated} partnerships without a founding year are not placed in time.`,
    );

    // no year filter: nothing is marked
    expect(await markedYears(page)).toEqual({ group: null, rules: [], bars: null });

    await page.waitForSelector('#panel-growth figure.histogram', { timeout: 60_000 });
    const o = distances.overall;
    expect(
      await page.$$eval('#panel-growth figure.histogram rect', (rects) => rects.map((r) => Number(r.getAttribute('data-value')))),
    ).toEqual(o.histogram);
    expect(Number(await page.getAttribute('#panel-growth figure.histogram g.median line', 'data-value'))).toBe(o.medianKm);
    const figures = await page.$$eval('#panel-growth dl.distance-figures dd', (dds) =>
      Object.fromEntries(dds.map((dd) => [dd.getAttribute('data-metric'), Number(dd.getAttribute('data-value'))])),
    );
    expect(figures).toEqual({ within500kmShare: o.within500kmShare, sameCountryShare: o.sameCountryShare, sameBlocShare: o.sameBlocShare });
    expect(Number(await page.getAttribute('#panel-growth .distance-summary', 'data-partnerships'))).toBe(o.partnerships);
    // the decay exponent and its interval, in words and drawn
    expect(distances.decay.exponent).not.toBeNull();
    expect(Number(await page.getAttribute('#panel-growth div.decay', 'data-exponent'))).toBe(distances.decay.exponent);
    expect(Number(await page.getAttribute('#panel-growth div.decay', 'data-low'))).toBe(distances.decay.interval![0]);
    expect(Number(await page.getAttribute('#panel-growth figure.decay line.fit', 'data-exponent'))).toBe(distances.decay.exponent);
    expect(await page.textContent('#panel-growth div.decay')).toContain('at twice the distance');
    // per type and per decade
    const rows = await page.$$eval('#panel-growth table.distances tbody tr', (trs) =>
      trs.map((tr) => ({
        group: tr.getAttribute('data-group'),
        n: Number(tr.querySelector('[data-metric="partnerships"]')!.getAttribute('data-value')),
        median: Number(tr.querySelector('[data-metric="medianKm"]')!.getAttribute('data-value')),
      })),
    );
    expect(rows).toEqual([
      ...distances.byType.map((t) => ({ group: `type.${t.type}`, n: t.partnerships, median: t.medianKm })),
      ...distances.byDecade.map((d) => ({ group: `decade.${d.decade ?? 'undated'}`, n: d.partnerships, median: d.medianKm })),
    ]);

    // another step: the points of the series at that step
    const five = await api<Evolution>(`/api/evolution?from=1950&to=${THIS_YEAR}&step=5`);
    await page.selectOption('#growth-step', '5');
    await page.waitForFunction(
      (n) => document.querySelectorAll('#panel-growth circle[data-measure="places"]').length === n,
      five.years.length,
      {
        timeout: 60_000,
      },
    );
    expect(await points(page, 'places')).toEqual(five.years.map((y) => ({ year: y.year, value: y.places })));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('marks the year of the filter and of the playback in every chart, without asking for the series again', async () => {
    const { page, problems } = await openClient(session.browser, `${session.service.url}/?panel=growth&to=1990`);
    await page.waitForSelector('#panel-growth .small-multiples[data-marked-year="1990"]', { timeout: 60_000 });
    // from now on, the series is drawn: nothing may ask for it again
    const asked: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/evolution') asked.push(r.url());
    });
    let marked = await markedYears(page);
    expect(marked.bars).toBe('1990');
    expect(marked.rules.length).toBeGreaterThan(10);
    expect(new Set(marked.rules)).toEqual(new Set(['1990']));
    // the caption of each chart gives the value in the marked year
    const series = await api<Evolution>(`/api/evolution?from=1950&to=${THIS_YEAR}&step=1`);
    const y1990 = series.years.find((y) => y.year === 1990)!;
    expect(await page.getAttribute('#panel-growth figure[data-measure="places"] .at', 'data-value')).toBe(String(y1990.places));
    // the distances follow every filter, the year too
    const d1990 = await api<Distances>('/api/distances?to=1990&limit=0');
    expect(Number(await page.getAttribute('#panel-growth .distance-summary', 'data-partnerships'))).toBe(d1990.overall.partnerships);

    // the slider moves the mark
    await page.locator('#year-to').fill('1975');
    await page.waitForSelector('#panel-growth .small-multiples[data-marked-year="1975"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '1975');
    marked = await markedYears(page);
    expect(new Set(marked.rules)).toEqual(new Set(['1975']));
    expect(marked.bars).toBe('1975');
    // once the distances of 1975 are there, the panel has reloaded what the change asks for: the series was not among it
    const d1975 = await api<Distances>('/api/distances?to=1975&limit=0');
    await page.waitForFunction(
      (n) => document.querySelector('#panel-growth .distance-summary')?.getAttribute('data-partnerships') === String(n),
      d1975.overall.partnerships,
    );

    // the playback moves it year by year (on a paused clock, the test moves time itself)
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    await page.click('#play');
    await page.waitForSelector('#panel-growth .small-multiples[data-marked-year="1975"]');
    await page.clock.runFor(1000);
    const during = Number(await page.getAttribute('#panel-growth .small-multiples', 'data-marked-year'));
    expect(during).toBeGreaterThan(1975);
    const year = Number(/(\d{4})$/.exec((await page.textContent('#year-output')) ?? '')?.[1]);
    expect(during).toBe(year);
    await page.click('#play');
    expect(asked).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('fits the charts to a phone’s width', async () => {
    const { page, problems } = await openClient(session.browser, `${session.service.url}/?panel=growth`, {
      viewport: { width: 390, height: 844 },
    });
    if ((await page.getAttribute('#sheet-toggle', 'aria-expanded')) === 'false') await page.click('#sheet-toggle');
    await page.waitForSelector('#panel-growth figure.histogram', { state: 'visible', timeout: 60_000 });
    const overflow = await page.evaluate(() => {
      const panel = document.getElementById('panel-growth')!;
      const right = panel.getBoundingClientRect().right;
      const svgs = [...panel.querySelectorAll('svg')];
      return {
        svgs: svgs.length,
        beyond: svgs.filter((s) => s.getBoundingClientRect().right > right + 0.5).length,
        scrolls: panel.scrollWidth > panel.clientWidth + 1,
      };
    });
    expect(overflow.svgs).toBeGreaterThan(10);
    expect(overflow).toMatchObject({ beyond: 0, scrolls: false });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
