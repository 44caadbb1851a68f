/**
 * GET /api/layout/force on the seed dataset: 202 with its job while it is computed (a service that
 * never waits), then the positions of every place of GET /api/graph, of the graph's dataset
 * version; computed once (the same bytes again, and the same from another service: nothing in it
 * is random), with an ETag that a conditional request answers with 304.
 */
import { describe, expect, it } from 'vitest';
import type { GraphAnswer } from '../../contract/api/graph.ts';
import { ForceLayoutSchema, LAYOUT_DECIMALS, type ForceLayoutAnswer } from '../../contract/api/layout.ts';
import type { JobBody } from '../../contract/api/common.ts';
import { parseStrict } from '../helpers/contract.ts';
import { seededServices } from '../helpers/service.ts';

describe('GET /api/layout/force', () => {
  const services = seededServices();

  const graphOf = async (url: string) => (await (await fetch(`${url}/api/graph`)).json()) as GraphAnswer;

  it('answers 202 with its job while it runs, then the positions of every place of /api/graph', async () => {
    const { url } = services.slow;
    const first = await fetch(`${url}/api/layout/force`);
    expect(first.status).toBe(202);
    const location = first.headers.get('location')!;
    expect(location).toMatch(/^\/api\/jobs\//);
    let job = ((await first.json()) as { job: JobBody }).job;
    expect(job.state).toBe('running');
    // a client polls the job until it is no longer running (the API offers no other signal)
    while (job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = (await (await fetch(`${url}${location}`)).json()) as JobBody;
    }
    expect(job).toMatchObject({ state: 'done', progress: { fraction: 1 } });

    const res = await fetch(`${url}/api/layout/force`);
    expect(res.status).toBe(200);
    const layout: ForceLayoutAnswer = parseStrict(ForceLayoutSchema, await res.json());
    const graph = await graphOf(url);
    expect(layout.version).toBe(graph.attributes.datasetVersion);
    expect(Object.keys(layout.positions).sort()).toEqual(graph.nodes.map((n) => n.key).sort());
    const scale = 10 ** LAYOUT_DECIMALS;
    for (const [x, y] of Object.values(layout.positions)) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect([Math.round(x * scale) / scale, Math.round(y * scale) / scale]).toEqual([x, y]);
    }
    expect(layout.rounds).toBeGreaterThan(0);
    expect(layout.settled).toBe(true);
    // the drawing is spread out: not every place on one spot
    expect(new Set(Object.values(layout.positions).map(String)).size).toBe(graph.nodes.length);
  });

  it('is computed once per version: the same answer again, the same from another service, and 304 when current', async () => {
    const { url } = services.service;
    await graphOf(url); // starts the layout in the background
    const first = await fetch(`${url}/api/layout/force`);
    expect(first.status).toBe(200);
    const body = await first.text();
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"v\d+-[\w-]+"$/);
    expect(first.headers.get('cache-control')).toMatch(/must-revalidate/);
    const second = await fetch(`${url}/api/layout/force`);
    expect(await second.text()).toBe(body);
    expect(second.headers.get('etag')).toBe(etag);
    const conditional = await fetch(`${url}/api/layout/force`, { headers: { 'If-None-Match': etag! } });
    expect(conditional.status).toBe(304);
    // the other service computed it on its own, in another worker: the same positions
    const elsewhere = await fetch(`${services.slow.url}/api/layout/force`);
    expect(elsewhere.status).toBe(200);
    expect(await elsewhere.text()).toBe(body);
  });

  it('takes no parameters', async () => {
    const res = await fetch(`${services.service.url}/api/layout/force?iterations=5`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
