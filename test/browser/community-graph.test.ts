/**
 * The force layout's community graph (issue 17; features/community-graph.ts, drawn by
 * features/flows.ts), in Chromium on the seed dataset: one circle per Louvain community of the
 * towns in view (as /api/metrics assigns them), the partnerships between communities as lines
 * standing for all of them; a click on the largest community's circle opens it in place: its
 * towns' partnerships among themselves are drawn as themselves (sigma's edges), the others still
 * as lines to the circles; "Close all communities" folds it again. Counts are compared with what
 * the API answers.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { MetricsTable } from '../../contract/api/analyses.ts';
import type { GraphAnswer } from '../../contract/api/graph.ts';
import { clientSession, openClient, waitForSettledDrawing } from '../helpers/browser.ts';

const graphData = (page: Page) => page.evaluate(() => Object.fromEntries(Object.entries(document.getElementById('graph')!.dataset)));

describe('the community graph of the force layout', () => {
  const session = clientSession();

  it('draws one circle per community, opens one in place on a click, and closes it again', async () => {
    const [metrics, graph] = await Promise.all([
      session.api<MetricsTable>('/api/metrics?measures=degree&algorithm=louvain'),
      session.api<GraphAnswer>('/api/graph'),
    ]);
    const community = new Map(metrics.nodes.map((node, i) => [node, metrics.community[i]!]));
    // the towns in view are those with a partnership (the page's default); every partnership is shown
    const partnered = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
    const communities = new Set([...partnered].map((node) => community.get(node)));
    const size = new Map<number, number>();
    for (const node of partnered) size.set(community.get(node)!, (size.get(community.get(node)!) ?? 0) + 1);
    const largest = [...size.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
    const inside = graph.edges.filter((e) => community.get(e.source) === largest && community.get(e.target) === largest).length;

    const { page, problems } = await openClient(session.browser, `${session.service.url}/?layout=force&communityGraph=true`);
    await page.waitForFunction(() => document.getElementById('graph')!.dataset.communityGraph !== undefined, null, { timeout: 60_000 });
    // the server's force positions drawn, their animation ended (features/layout.ts): the circles stay where they are
    await page.waitForFunction(() => document.getElementById('graph')!.dataset.layoutSource === 'server', null, { timeout: 60_000 });
    await waitForSettledDrawing(page, { outlines: false });
    let data = await graphData(page);
    expect(Number(data.communityGraph)).toBe(communities.size);
    expect(Number(data.flowsTies)).toBe(graph.edges.length);
    expect(Number(data.edgesDrawn)).toBe(0);
    expect(await page.isChecked('#community-graph')).toBe(true);
    expect(await page.textContent('#legend-flows')).toContain('Circles are communities');

    // the largest circle is the largest community's; a click opens it
    const circles = JSON.parse(data.communityCircles!) as Array<[string, number, number, number]>;
    const [key, x, y] = circles[0]!;
    expect(key).toBe(`community:${largest}`);
    const map = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(map.x + x, map.y + y);
    await page.waitForFunction((id) => document.getElementById('graph')!.dataset.expanded === id, String(largest));
    await page.waitForFunction((n) => Number(document.getElementById('graph')!.dataset.edgesDrawn) === n, inside);
    data = await graphData(page);
    expect(Number(data.flowsTies)).toBe(graph.edges.length - inside);
    expect(Number(data.communityGraph)).toBe(communities.size - 1);
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('expand') === id, String(largest));

    await page.click('#fold-communities');
    await page.waitForFunction(() => document.getElementById('graph')!.dataset.expanded === undefined);
    await page.waitForFunction(() => Number(document.getElementById('graph')!.dataset.edgesDrawn) === 0);
    expect(await page.isHidden('#fold-communities')).toBe(true);

    // a chosen town shows its own partnerships, as on the map
    await page.uncheck('#community-graph');
    await page.waitForFunction(() => document.getElementById('graph')!.dataset.communityGraph === undefined);
    await page.waitForFunction((n) => Number(document.getElementById('graph')!.dataset.edgesDrawn) === n, graph.edges.length);
    expect(problems).toEqual([]);
  });
});
