/**
 * The force view in Chromium takes the server's positions (GET /api/layout/force): once the
 * animation has ended, the drawn positions are the answer's (their sums, `#graph[data-layout-sum]`)
 * and no web worker was started; while the server still computes, the status line says how far it
 * is; "Run again" runs ForceAtlas2 in the page. When the server's answer
 * fails, or is of another dataset version than the graph's, the page computes the layout itself
 * and says so.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ForceLayoutAnswer } from '../../contract/api/layout.ts';
import { clientSession, watchProblems } from '../helpers/browser.ts';

/** Counts the web workers the page starts (the local ForceAtlas2 runs in one). */
const COUNT_WORKERS = `(() => {
  const Original = window.Worker;
  window.__workers = 0;
  window.Worker = class extends Original {
    constructor(...args) {
      super(...args);
      window.__workers += 1;
    }
  };
})()`;

async function open(browser: Browser, url: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
  await context.addInitScript(COUNT_WORKERS);
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(url);
  await page.waitForSelector('#stats[data-nodes]', { timeout: 60_000 });
  return { page, problems };
}

const workers = (page: Page) => page.evaluate('window.__workers') as Promise<number>;
const drawn = (page: Page) =>
  page.$eval('#graph', (el) => ({
    source: (el as HTMLElement).dataset.layoutSource,
    rounds: Number((el as HTMLElement).dataset.layoutRounds),
    sum: ((el as HTMLElement).dataset.layoutSum ?? '').split(' ').map(Number),
  }));

describe('the force view', () => {
  const session = clientSession();

  it('draws the positions the server computed, without a worker of its own; "Run again" runs one', async () => {
    const { page, problems } = await open(session.browser, session.service.url);
    const answer = await session.api<ForceLayoutAnswer>('/api/layout/force');
    expect(await workers(page)).toBe(0);
    await page.check('input[name="layout"][value="force"]');
    await page.waitForSelector('#graph[data-layout-source]', { timeout: 60_000 });
    const values = Object.values(answer.positions);
    const sumX = values.reduce((s, [x]) => s + x, 0);
    const sumY = values.reduce((s, [, y]) => s + y, 0);
    const seen = await drawn(page);
    expect(seen.source).toBe('server');
    expect(seen.rounds).toBe(answer.rounds);
    expect(Math.abs(seen.sum[0]! - sumX)).toBeLessThan(0.011);
    expect(Math.abs(seen.sum[1]! - sumY)).toBeLessThan(0.011);
    expect(await page.textContent('#layout-status')).toMatch(/settled after \d+ rounds \(computed on the server\)/);
    expect(await workers(page)).toBe(0);

    // back to the map and again to the force view: the same positions, still no worker
    await page.check('input[name="layout"][value="geo"]');
    await page.waitForSelector('#graph:not([data-layout-source])');
    await page.check('input[name="layout"][value="force"]');
    await page.waitForSelector('#graph[data-layout-source="server"]');
    expect((await drawn(page)).sum).toEqual(seen.sum);
    expect(await workers(page)).toBe(0);

    // "Run again": ForceAtlas2 in the page's own worker (its stopping rule is the unit test's; here Stop ends it,
    // so that the test does not wait on how fast this machine lays out)
    await page.click('#layout-status button');
    await page.waitForSelector('#graph:not([data-layout-source])');
    expect(await workers(page)).toBe(1);
    await page.click('#layout-status button');
    await page.waitForSelector('#graph[data-layout-source="local"]');
    expect(await page.textContent('#layout-status')).toMatch(/(settled|stopped) after \d+ rounds/);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("shows the server's progress while it computes, then draws its positions", async () => {
    const { page, problems } = await open(session.browser, session.service.url);
    // the first answer is a job still running (as a busy server gives it), which is done when polled
    let asked = 0;
    await page.route('**/api/layout/force', async (route) => {
      if ((asked += 1) > 1) return route.continue();
      const job = {
        id: 'layout',
        state: 'running',
        progress: { fraction: 0.02, stage: 'force layout: 30 rounds' },
        startedAt: '',
        finishedAt: null,
      };
      return route.fulfill({ status: 202, headers: { Location: '/api/jobs/layout' }, json: { job, detail: 'Computing.' } });
    });
    await page.route('**/api/jobs/layout', (route) =>
      route.fulfill({ json: { id: 'layout', state: 'done', progress: { fraction: 1, stage: 'done' }, startedAt: '', finishedAt: '' } }),
    );
    await page.check('input[name="layout"][value="force"]');
    await page.waitForFunction(
      () => document.getElementById('layout-status')?.textContent === 'The server is computing the force layout: 30 rounds so far',
    );
    await page.waitForSelector('#graph[data-layout-source="server"]', { timeout: 60_000 });
    expect(asked).toBe(2);
    expect(await workers(page)).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('computes the layout in the page, and says so, when the server fails or answers for another version', async () => {
    for (const [label, fulfil] of [
      ['an error', { status: 500, contentType: 'application/problem+json', body: JSON.stringify({ detail: 'Broken on purpose.' }) }],
      ['another version', null],
    ] as const) {
      const { page } = await open(session.browser, session.service.url);
      await page.route('**/api/layout/force', async (route) => {
        if (fulfil) return route.fulfill(fulfil);
        const res = await route.fetch();
        const body = (await res.json()) as ForceLayoutAnswer;
        return route.fulfill({ response: res, json: { ...body, version: body.version + 1 } });
      });
      await page.check('input[name="layout"][value="force"]');
      // the page's own worker runs, and the status line says why (the run itself need not settle: Stop ends it)
      const reason = fulfil ? /Computed in this browser: .*Broken on purpose/ : /Computed in this browser: .*version/;
      await page.waitForFunction(
        (source) => new RegExp(source).test(document.getElementById('layout-status')?.textContent ?? ''),
        reason.source,
      );
      expect(await workers(page), label).toBe(1);
      await page.click('#layout-status button');
      await page.waitForSelector('#graph[data-layout-source="local"]');
      expect(await page.textContent('#layout-status'), label).toMatch(reason);
      await page.context().close();
    }
  });
});
