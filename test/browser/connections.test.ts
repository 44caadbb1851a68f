/**
 * The research views of the client, in Chromium against the real service and Neo4j: "how are
 * these two towns connected?" (the shortest paths, on the map and in the force layout), a town's
 * neighbourhood, the Leiden colour mode and the k-core size mode. What the page says and draws is
 * compared with what the API answers for the same question.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Communities, MetricsTable, Structure } from '../../contract/api/analyses.ts';
import type { EgoAnswer, Paths } from '../../contract/api/paths.ts';
import { clientSession, openClient } from '../helpers/browser.ts';

const KOELN = 'de-05315000';

describe('the research views of the client', () => {
  const session = clientSession();
  const { api } = session;
  /** What the drawing brings forward (features/draw.ts writes it onto #graph). */
  const highlight = (page: Page) =>
    page.evaluate(() => {
      const { highlight, highlightNodes, highlightEdges } = document.getElementById('graph')!.dataset;
      return { kind: highlight ?? null, nodes: Number(highlightNodes ?? 0), edges: Number(highlightEdges ?? 0) };
    });
  /** The places and the partnerships (as unordered pairs) along the listed paths. */
  const along = (answer: Paths) => {
    const pairs = new Set(answer.paths.flatMap((p) => p.slice(1).map((v, i) => [p[i]!.id, v.id].sort().join('|'))));
    return { nodes: new Set(answer.paths.flat().map((p) => p.id)).size, pairs: pairs.size };
  };

  it('answers "how is Köln connected to Nürnberg?" with the API\'s shortest paths, drawn on the map and in the force layout', async () => {
    const { page, problems } = await openClient(session.browser, `${session.service.url}/?town=${KOELN}`);
    // folded until opened, so that the partners stay in sight
    expect(await page.isVisible('#path-to')).toBe(false);
    await page.click('details.connections summary');
    await page.fill('#path-to', 'nurnb');
    await page.click('#path-to-suggestions button:has-text("Nürnberg")');
    const answer = await api<Paths>(`/api/paths?from=${KOELN}&to=de-09564000&limit=10`);
    expect(answer.length).toBeGreaterThan(1);
    expect(answer.count).toBeGreaterThan(1);
    await page.waitForSelector('#paths-summary');
    expect(await page.textContent('#paths-summary')).toBe(`Nürnberg: ${answer.length} partnerships apart, ${answer.count} shortest paths.`);
    expect(await page.$$eval('ol.paths li', (items) => items.map((li) => li.textContent))).toEqual(
      answer.paths.map((p) => p.map((place) => place.name).join(' → ')),
    );
    await page.waitForFunction(([key, value]) => new URL(location.href).searchParams.get(key) === value, [
      'pathTo',
      'de-09564000',
    ] as const); // url-sync writes after 100 ms
    const { nodes, pairs } = along(answer);
    await page.waitForFunction(() => document.getElementById('graph')!.dataset.highlight === 'paths');
    expect(await highlight(page)).toEqual({ kind: 'paths', nodes, edges: pairs });

    await page.check('input[name="layout"][value="force"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('layout') === 'force');
    expect(await highlight(page)).toEqual({ kind: 'paths', nodes, edges: pairs });

    // choosing another town asks a new question: its paths are gone
    await page.click('#panel-town ul.partners button.link >> nth=0');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('pathTo'));
    await page.waitForFunction(() => document.getElementById('graph')!.dataset.highlight === undefined);
    expect(problems).toEqual([]);
    await page.context().close(); // a page left open keeps drawing (the force layout) beside the next test
  });

  it('follows the year filters: the paths of the network as it stood in 1990 (since/until on /api/paths)', async () => {
    const { page, problems } = await openClient(session.browser, `${session.service.url}/?town=${KOELN}&pathTo=de-09564000&to=1990`);
    const answer = await api<Paths>(`/api/paths?from=${KOELN}&to=de-09564000&until=1990`);
    const summary = answer.length === null ? 'Nürnberg: not connected in this view.' : `Nürnberg: ${answer.length} partnerships apart`;
    await page.waitForFunction((text) => document.getElementById('paths-result')?.textContent?.includes(text), summary);
    const unfiltered = await api<Paths>(`/api/paths?from=${KOELN}&to=de-09564000`);
    expect([answer.length, answer.count]).not.toEqual([unfiltered.length, unfiltered.count]);
    expect(problems).toEqual([]);
    await page.context().close(); // a page left open keeps drawing (the force layout) beside the next test
  });

  it("shows a town's neighbourhood of radius 1, 2 and 3 as the API gives it", async () => {
    const { page, problems } = await openClient(session.browser, `${session.service.url}/?town=${KOELN}`);
    await page.click('details.connections summary');
    for (const radius of [1, 2, 3]) {
      await page.click(`.ego-radius button:text-is("${radius}")`);
      const answer = await api<EgoAnswer>(`/api/ego/${KOELN}?radius=${radius}&max=2000`);
      await page.waitForFunction(
        (n) =>
          document.getElementById('graph')!.dataset.highlight === 'ego' &&
          document.getElementById('graph')!.dataset.highlightNodes === String(n),
        answer.nodes.length,
      );
      expect(await highlight(page)).toEqual({ kind: 'ego', nodes: answer.nodes.length, edges: answer.edges.length });
      expect(await page.textContent('#ego-result')).toContain(
        `Neighbourhood of radius ${radius}: ${answer.attributes.total} places, ${answer.edges.length} partnerships among them.`,
      );
      await page.waitForFunction(([key, value]) => new URL(location.href).searchParams.get(key) === value, [
        'ego',
        String(radius),
      ] as const); // url-sync writes after 100 ms
    }
    await page.click('.ego-radius button:text-is("off")');
    await page.waitForFunction(() => document.getElementById('graph')!.dataset.highlight === undefined);
    expect(problems).toEqual([]);
    await page.context().close(); // a page left open keeps drawing (the force layout) beside the next test
  });

  it.each([
    ['a desktop', { width: 1400, height: 900 }],
    ['a phone, above the bottom sheet', { width: 390, height: 844 }],
  ])('frames a town chosen in the search with all its partners on screen, on %s', async (_name, viewport) => {
    const { page, problems } = await openClient(session.browser, session.service.url, { viewport });
    await page.waitForFunction(() => document.getElementById('graph')!.dataset.settled === 'true');
    // Köln's partners run from Europe to Asia and Africa: a zoom onto Köln alone leaves them off screen
    const partners = (await api<EgoAnswer>(`/api/ego/${KOELN}?radius=1`)).nodes.length - 1;
    expect(partners).toBeGreaterThan(5);
    await page.fill('#search', 'Köln');
    await page.waitForSelector('#search-suggestions [role="option"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('town') !== null);
    const inView = await page.waitForFunction(
      () => {
        const { settled, selectionInView } = document.getElementById('graph')!.dataset;
        return settled === 'true' && selectionInView ? selectionInView : null;
      },
      undefined,
      { timeout: 30_000 },
    );
    const [shown, total] = String(await inView.jsonValue())
      .split('/')
      .map(Number);
    expect(total).toBeGreaterThanOrEqual(partners + 1); // the town, its partners (and any recommended ones, once loaded)
    expect(shown).toBe(total);
    expect(problems).toEqual([]);
    await page.context().close(); // a page left open keeps drawing (the force layout) beside the next test
  });

  it("colours by Leiden's communities and sizes by core number, as the API reports them", async () => {
    const { page, problems } = await openClient(session.browser, session.service.url);
    await page.selectOption('#color-mode', 'leiden');
    await page.waitForSelector('#legend ul[data-mode="leiden"]', { timeout: 60_000 });
    const leiden = await api<Communities>('/api/communities?algorithm=leiden&limit=9');
    const legend = await page.$$eval('#legend ul[data-mode="leiden"] li', (items) =>
      items.map((li) => [li.getAttribute('data-key'), Number(li.querySelector('.count')?.textContent)]),
    );
    expect(legend.slice(0, leiden.communities.length)).toEqual(leiden.communities.map((c) => [String(c.id), c.size]));
    await page.click('#tab-communities');
    expect(await page.inputValue('#community-algorithm')).toBe('leiden');

    await page.selectOption('#size-mode', 'core');
    await page.waitForSelector('#legend .size-scale[data-measure="core"]', { timeout: 60_000 });
    const structure = await api<Structure>('/api/structure');
    const table = await api<MetricsTable>('/api/metrics?measures=degree');
    expect(Math.max(...table.coreNumber)).toBe(structure.degeneracy);
    expect(await page.textContent('#legend .size-scale')).toContain(`${Math.min(...table.coreNumber)}–${structure.degeneracy}`);
    await page.waitForFunction(([key, value]) => new URL(location.href).searchParams.get(key) === value, ['size', 'core'] as const); // url-sync writes after 100 ms
    expect(problems).toEqual([]);
    await page.context().close(); // a page left open keeps drawing (the force layout) beside the next test
  }, 180_000); // Leiden and the suite are jobs of their own: each wait below allows up to 60 s
});
