/**
 * GET /api/structure?significance=true on the seed dataset: the baseline is a job of its own
 * (202, then 200), its block parses with the contract, and without the flag the answer has none.
 */
import { describe, expect, it } from 'vitest';
import { CommunitiesSchema, SIGNIFICANCE_SAMPLES, StructureSchema } from '../../contract/api/analyses.ts';
import { parseStrict } from '../helpers/contract.ts';
import { seededServices } from '../helpers/service.ts';

describe('the significance of the structure', () => {
  const services = seededServices();
  const get = async (p: string, base = services.service.url) => {
    const res = await fetch(`${base}${p}`);
    return { status: res.status, location: res.headers.get('location'), body: (await res.json()) as any };
  };

  it('is absent without the flag', async () => {
    for (const p of ['/api/structure', '/api/structure?significance=false']) {
      const { status, body } = await get(p);
      expect(status).toBe(200);
      expect(parseStrict(StructureSchema, body, p).significance).toBeUndefined();
      expect(body).not.toHaveProperty('significance');
    }
  });

  it('runs as jobs (the suite, then the baseline), then answers the block in the contract', async () => {
    const path = '/api/structure?significance=true&samples=12&seed=3';
    let answer = await get(path, services.slow.url);
    // two jobs, one after the other: the suite, then the baseline (a fast job may go from queued to done
    // between two polls, so its stages are not what is counted)
    let jobs = 0;
    for (; answer.status === 202 && jobs < 5; jobs++) {
      let job = answer.body.job;
      while (job.state === 'running') {
        await new Promise((r) => setTimeout(r, 50)); // polling the job, as a client does
        job = (await get(answer.location!, services.slow.url)).body;
      }
      expect(job.state).toBe('done');
      answer = await get(path, services.slow.url);
    }
    expect(answer.status).toBe(200);
    expect(jobs).toBe(2);
    const body = parseStrict(StructureSchema, answer.body, path);
    const sig = body.significance!;
    expect(sig).toMatchObject({ samples: 12, seed: 3, resolution: 1 });
    for (const b of [sig.countryAssortativity, sig.blocAssortativity, sig.degreeAssortativity, sig.modularity]) {
      expect(b).not.toBeNull();
      expect(b).toMatchObject({ samples: 12, seed: 3 });
      expect(b!.z).toBeCloseTo((b!.observed - b!.mean) / b!.sd, 9);
    }
    // the observed values are the suite's: the summary's assortativities, Louvain's modularity at this seed
    expect(sig.countryAssortativity!.observed).toBeCloseTo(body.summary.countryAssortativity!, 12);
    expect(sig.blocAssortativity!.observed).toBeCloseTo(body.summary.blocAssortativity!, 12);
    expect(sig.degreeAssortativity!.observed).toBeCloseTo(body.summary.degreeAssortativity!, 12);
    const communities = parseStrict(CommunitiesSchema, (await get('/api/communities?seed=3')).body);
    expect(sig.modularity!.observed).toBe(communities.modularity);
    // the seed network is more modular than graphs with its degrees: not a random graph
    expect(sig.modularity!.z).toBeGreaterThan(2);
    // the other instance computes it in a job of its own: the same numbers for the same seed
    expect((await get(path)).body.significance).toEqual(sig);
  });

  it('declares its parameters and refuses values out of range', async () => {
    const doc = (await (await fetch(`${services.service.url}/api/openapi.json`)).json()) as any;
    const params = doc.paths['/api/structure'].get.parameters;
    const samples = params.find((p: { name: string }) => p.name === 'samples');
    expect(samples.schema).toMatchObject({ minimum: 2, maximum: SIGNIFICANCE_SAMPLES.max, default: SIGNIFICANCE_SAMPLES.default });
    expect(params.map((p: { name: string }) => p.name)).toContain('significance');
    for (const q of ['significance=yes', 'samples=1', `samples=${SIGNIFICANCE_SAMPLES.max + 1}`, 'samples=2.5']) {
      expect((await get(`/api/structure?${q}`)).status, q).toBe(400);
    }
  });
});
