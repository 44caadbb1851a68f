/**
 * The client as a person uses it, in Debian's Chromium against the real service and Neo4j:
 * search, select, filter by year, colour modes, shared links, language, errors, keyboard.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { clientSession, openClient } from '../helpers/browser.ts';

interface SerializedGraph {
  nodes: unknown[];
  edges: { source: string; target: string }[];
}

describe('the client', () => {
  const session = clientSession();
  const { api } = session;
  let koeln: string;

  const apiCounts = async (query: string) => {
    const graph = await api<SerializedGraph>(`/api/graph${query}`);
    return { nodes: graph.nodes.length, edges: graph.edges.length };
  };
  /**
   * The unfiltered graph as the page draws it at first: the API sends every place, the page leaves
   * out those without a partnership (a layer of their own, off by default: client/src/view.ts).
   */
  const partneredCounts = async () => {
    const graph = await api<SerializedGraph>('/api/graph');
    return { nodes: new Set(graph.edges.flatMap((e) => [e.source, e.target])).size, edges: graph.edges.length };
  };
  const shown = async (page: Page) => ({
    nodes: Number(await page.getAttribute('#stats', 'data-nodes')),
    edges: Number(await page.getAttribute('#stats', 'data-edges')),
  });

  beforeAll(async () => {
    const found = await api<{ items: { id: string; name: string }[] }>('/api/municipalities?q=K%C3%B6ln&limit=1');
    koeln = found.items[0]!.id;
    expect(found.items[0]!.name).toBe('Köln');
  });

  it('finds Köln as "Cologne" and as "koln", selects it with the keyboard, flies there and opens its panel', async () => {
    const { page, problems } = await openClient(session.browser, session.service.url);
    const search = page.getByRole('combobox', { name: 'Find a town' });
    expect(await search.getAttribute('type')).toBe('search');

    await search.fill('koln');
    await page.waitForSelector('#search-suggestions [role="option"]');
    expect(await page.textContent('#search-suggestions [role="option"] .name')).toBe('Köln');

    await search.fill('Cologne');
    await page.waitForFunction(() =>
      document.querySelector('#search-suggestions [role="option"] .alias')?.textContent?.includes('Cologne'),
    );
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    expect(await search.getAttribute('aria-activedescendant')).toBe('search-option-0');
    await search.press('Enter');

    await page.waitForSelector('#town-name');
    expect(await page.textContent('#town-name')).toBe('Köln');
    expect(await search.getAttribute('aria-expanded')).toBe('false');
    const detail = await api<{ partners: unknown[] }>(`/api/municipalities/${koeln}`);
    expect(detail.partners.length).toBeGreaterThan(0);
    await page.waitForSelector('#panel-town ul.partners li');
    expect(await page.locator('#panel-town ul.partners > li').count()).toBe(detail.partners.length);
    // every partnership names its source
    expect(await page.locator('#panel-town ul.partners > li .sources a').count()).toBeGreaterThanOrEqual(detail.partners.length);
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('town') === id, koeln);
    await page.waitForSelector('#panel-town #town-metrics');
    expect(problems).toEqual([]);
  });

  it('shows the network as it stood in a year when the slider moves, with the same counts as the API', async () => {
    const { page, problems } = await openClient(session.browser, session.service.url);
    const all = await shown(page);
    expect(all).toEqual(await partneredCounts());

    await page.locator('#year-to').fill('1990');
    await page.waitForFunction((n) => Number(document.getElementById('stats')?.dataset.edges) !== n, all.edges);
    expect(await shown(page)).toEqual(await apiCounts('?to=1990'));
    expect(await page.textContent('#year-output')).toContain('1990');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '1990');

    // the keyboard moves it too: one year back
    await page.locator('#year-to').focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.getElementById('year-output')?.textContent?.includes('1989'));
    expect(await shown(page)).toEqual(await apiCounts('?to=1989'));

    // undated partnerships come back on request
    await page.locator('#filter-undated').check();
    expect(await shown(page)).toEqual(await apiCounts('?to=1989&includeUndated=true'));
    expect(problems).toEqual([]);
  });

  it('plays the years: the network grows year by year from 1950, and pauses', async () => {
    const { page, problems } = await openClient(session.browser, session.service.url);
    // the play button steps on a timer: on a paused fake clock the test moves time itself, so that
    // it sees each step, and sees that nothing moves after a pause however long it waits
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    const now = () =>
      page.evaluate(() => ({
        year: Number(/(\d{4})$/.exec(document.getElementById('year-output')?.textContent ?? '')?.[1]),
        nodes: Number(document.getElementById('stats')?.dataset.nodes),
        edges: Number(document.getElementById('stats')?.dataset.edges),
      }));
    await page.click('#play');
    expect(await page.getAttribute('#play', 'aria-pressed')).toBe('true');
    const seen = [await now()];
    expect(seen[0]!.year).toBe(1950);
    for (let i = 0; i < 6; i++) {
      await page.clock.runFor(1000);
      seen.push(await now());
    }
    for (const step of seen)
      expect({ nodes: step.nodes, edges: step.edges }, `drawn up to ${step.year}`).toEqual(await apiCounts(`?to=${step.year}`));
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.year).toBeGreaterThan(seen[i - 1]!.year);
      expect(seen[i]!.edges).toBeGreaterThanOrEqual(seen[i - 1]!.edges);
    }
    expect(seen.at(-1)!.edges).toBeGreaterThan(seen[0]!.edges);

    await page.click('#play');
    expect(await page.getAttribute('#play', 'aria-pressed')).toBe('false');
    const paused = await now();
    await page.clock.runFor(10_000);
    expect(await now()).toEqual(paused);
    expect(problems).toEqual([]);
  });

  it('filters by type, bloc, country and minimum partners with the API rules', async () => {
    const { page, problems } = await openClient(session.browser, session.service.url);
    await page.locator('input[name="type"][value="partnership"]').uncheck();
    const types = (
      await page.locator('input[name="type"]:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
    ).join(',');
    expect(await shown(page)).toEqual(await apiCounts(`?types=${types}`));
    await page.click('#reset-filters');
    await page.locator('input[name="bloc"][value="east"]').check();
    await page.locator('#filter-min-degree').fill('2');
    await page.locator('#filter-min-degree').press('Tab');
    expect(await shown(page)).toEqual(await apiCounts('?blocs=east&minDegree=2'));
    await page.click('#reset-filters');
    await page.selectOption('#filter-countries', ['PL', 'FR']);
    expect(await shown(page)).toEqual(await apiCounts('?countries=PL,FR'));
    expect(problems).toEqual([]);
  });

  it('changes the legend with the colour mode, and colours by community from the API', async () => {
    const { page, problems } = await openClient(session.browser, session.service.url);
    expect(await page.getAttribute('#legend ul[data-mode]', 'data-mode')).toBe('germany');
    expect(await page.textContent('#legend')).toContain('East Germany (former GDR)');

    await page.selectOption('#color-mode', 'bloc');
    expect(await page.getAttribute('#legend ul[data-mode]', 'data-mode')).toBe('bloc');
    expect(await page.textContent('#legend')).toContain('Eastern bloc');
    expect(await page.textContent('#legend h2')).toBe('Colour: Bloc (Europe)');

    await page.selectOption('#color-mode', 'country');
    expect(await page.textContent('#legend')).toContain('Germany');
    expect(await page.textContent('#legend')).toContain('Other countries');

    await page.selectOption('#color-mode', 'community');
    await page.waitForSelector('#legend ul[data-mode="community"]', { timeout: 60_000 });
    // communities are named by their countries and largest town (server/analytics/suite/community-names.ts)
    expect(await page.textContent('#legend')).toMatch(/[A-Z]{2}.* · /);

    await page.selectOption('#size-mode', 'betweenness');
    await page.waitForSelector('#legend .size-scale[data-measure="betweenness"]', { timeout: 60_000 });
    expect(await page.textContent('#legend')).toContain('Size: Betweenness');
    expect(problems).toEqual([]);
  });

  it('opens a shared link in the same state', async () => {
    const query = `?town=${koeln}&to=1990&color=bloc&eastwest=germany&panel=eastwest&lang=de`;
    const { page, problems } = await openClient(session.browser, `${session.service.url}/${query}`);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.textContent('#stats')).toContain('Kommunen');
    expect(await page.inputValue('#color-mode')).toBe('bloc');
    expect(await page.getAttribute('#legend ul[data-mode]', 'data-mode')).toBe('bloc');
    expect(await page.inputValue('#year-to')).toBe('1990');
    expect(await shown(page)).toEqual(await apiCounts('?to=1990'));
    expect(await page.inputValue('#eastwest-mode')).toBe('germany');
    expect(await page.getAttribute('#tab-eastwest', 'aria-selected')).toBe('true');
    expect(await page.isChecked('#eastwest-show')).toBe(true);
    expect(Number(await page.getAttribute('#panel-eastwest td[data-divide="germany"]', 'data-cross'))).toBeGreaterThan(0);
    // the page writes its whole state into the address when it changes (here: another tab), and
    // that is the same link
    await page.click('#tab-town');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('panel'));
    const { panel: _eastwest, ...rest } = Object.fromEntries(new URLSearchParams(query));
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual(rest);
    await page.waitForSelector('#town-name');
    expect(await page.textContent('#town-name')).toBe('Köln');
    expect(problems).toEqual([]);
  });

  it('switches the language, keeps it in the link, asks for the report in it, and starts in the browser language', async () => {
    const { page, problems } = await openClient(session.browser, session.service.url);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // the report is asked for in the page's language
    const reportLang = async () =>
      new URL((await page.getAttribute('#export a[data-format="pdf"]', 'href'))!, session.service.url).searchParams.get('lang');
    expect(await reportLang()).toBe('en');
    await page.selectOption('#lang', 'de');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await reportLang()).toBe('de');
    expect(await page.textContent('#stats')).toContain('Kommunen');
    expect(await page.textContent('label[for="search"]')).toBe('Ort suchen');
    expect(await page.textContent('#legend h2')).toBe('Farbe: Ost/West (Deutschland)');
    expect(await page.textContent('#tab-regions')).toBe('Regionen');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('lang') === 'de');

    const german = await openClient(session.browser, session.service.url, { locale: 'de-DE' });
    expect(await german.page.getAttribute('html', 'lang')).toBe('de');
    expect(new URL(german.page.url()).searchParams.get('lang')).toBeNull();
    expect([...problems, ...german.problems]).toEqual([]);
  });

  it('lets the keyboard reach the search, the filters and the panels', async () => {
    const { page, problems } = await openClient(session.browser, session.service.url);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    const reached = new Set<string>();
    for (let i = 0; i < 80 && !(reached.has('year-to') && reached.has('tab-town')); i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(reached).toContain('color-mode');
    expect(reached).toContain('year-to');
    expect(reached).toContain('play');
    expect(reached).toContain('tab-town');
    // arrow keys move between the panel tabs
    await page.focus('#tab-town');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('#tab-eastwest', 'aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-eastwest');
    expect(problems).toEqual([]);
  });

  it('shows the panels of the analyses: regions, rankings, communities', async () => {
    const { page, problems } = await openClient(session.browser, `${session.service.url}/?panel=regions`);
    await page.waitForSelector('#panel-regions table tbody tr', { timeout: 60_000 });
    expect(await page.textContent('#panel-regions')).toContain('Germany');
    await page.click('#panel-regions th button:has-text("Partnerships")');
    expect(await page.getAttribute('#panel-regions th:has(button:has-text("Partnerships"))', 'aria-sort')).toMatch(/ascending|descending/);
    await page.click('#tab-rankings');
    await page.waitForSelector('#panel-rankings table.ranking tbody tr', { timeout: 60_000 });
    await page.click('#panel-rankings tbody tr:first-child button');
    await page.waitForSelector('#town-name');
    await page.click('#tab-communities');
    await page.waitForSelector('#panel-communities ol.communities li', { timeout: 60_000 });
    await page.click('#panel-communities ol.communities li:first-child > button');
    expect(await page.inputValue('#color-mode')).toBe('community');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('community') !== null);
    expect(problems).toEqual([]);
  });

  it("shows the API's message when an analysis fails, and the rest keeps working", async () => {
    const context = await session.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.route('**/api/regions?**', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({ status: 503, detail: 'Neo4j is restarting; try again in a few seconds.' }),
      }),
    );
    await page.goto(`${session.service.url}/?panel=regions`);
    await page.waitForSelector('#panel-regions .error');
    expect(await page.textContent('#panel-regions .error')).toBe('Neo4j is restarting; try again in a few seconds.');
    expect(await page.getAttribute('#stats', 'data-nodes')).not.toBeNull();
    await context.close();
  });

  it('downloads a PNG of the view', async () => {
    const { page, problems } = await openClient(session.browser, session.service.url);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(download.suggestedFilename()).toBe('jumelage.png');
    const file = await download.path();
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(problems).toEqual([]);
  });
});
