/**
 * The report over HTTP and from the CLI: its numbers are the API's for the same filters, names
 * from the data stay text (in tables and in the SVG map; no script survives), the data hash is
 * the hash of the export it names, and the PDF is a PDF of more than one page.
 */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../server/runtime.ts';
import { launchChromium } from '../helpers/browser.ts';
import { testConnection } from '../helpers/neo4j.ts';
import { startTestService } from '../helpers/service.ts';
import { loadFixture, TRICKY_ID, TRICKY_NAME } from '../export/fixture.ts';

const MEASURES = ['degree', 'betweenness', 'closeness', 'harmonic', 'pagerank', 'eigenvector'];

/** The report's exact numbers: data-metric → data-value (empty for none). */
function metricsOf(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of html.matchAll(/data-metric="([^"]+)" data-value="([^"]*)"/g)) out.set(m[1]!, m[2]!);
  return out;
}

describe('reports', () => {
  let service: RunningService;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jumelage-report-'));

  const get = async (p: string) => {
    const res = await fetch(`${service.url}${p}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    return { status: res.status, headers: res.headers, bytes, text: new TextDecoder().decode(bytes) };
  };
  /** A result once its job is done (polls while the answer is 202). */
  const done = async (p: string) => {
    for (let i = 0; i < 900; i++) {
      const res = await get(p);
      if (res.status !== 202) return res;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`${p} did not finish`);
  };
  const json = async (p: string) => JSON.parse((await done(p)).text) as Record<string, any>;

  /** Every headline number of the report equals the API's for the same query. */
  async function expectApiNumbers(html: string, query: string): Promise<void> {
    const q = query ? `?${query}` : '';
    const a = query ? `&${query}` : '';
    const m = metricsOf(html);
    const same = (metric: string, value: unknown) =>
      expect([metric, m.get(metric)]).toEqual([metric, value === null || value === undefined ? '' : String(value)]);
    const structure = await json(`/api/structure${q}`);
    for (const [k, v] of Object.entries(structure.summary as Record<string, number>)) same(`summary.${k}`, v);
    const communities = await json(`/api/communities${q}`);
    same('communities.count', communities.count);
    same('communities.modularity', communities.modularity);
    same('communities.nmiCountry', communities.nmi.country);
    same('communities.nmiBloc', communities.nmi.bloc);
    same('communities.stability', communities.stability.meanNmi);
    for (const level of ['germany', 'europe']) {
      const ew = await json(`/api/bridges/east-west?level=${level}&limit=10${a}`);
      same(`eastwest.${level}.crossTies`, ew.summary.crossTies);
      same(`eastwest.${level}.crossShare`, ew.summary.crossShare);
      same(`eastwest.${level}.eiIndex`, ew.summary.eiIndex);
      same(`eastwest.${level}.sidedPartnerships`, ew.summary.sidedPartnerships);
      same(`eastwest.${level}.baseline.z`, Number.isFinite(ew.baseline.z) ? ew.baseline.z : null);
      same(`eastwest.${level}.baseline.mean`, ew.baseline.mean);
      ew.brokers.forEach((b: { value: number }, i: number) => same(`eastwest.${level}.brokers.${i + 1}`, b.value));
    }
    for (const measure of MEASURES) {
      const ranking = await json(`/api/metrics/centrality?measure=${measure}&limit=10${a}`);
      ranking.items.forEach((item: { id: string; value: number }, i: number) => {
        same(`centrality.${measure}.${i + 1}`, item.value);
        expect(html).toContain(`<tr data-id="${item.id}"><td class="rank">${i + 1}</td>`);
      });
    }
    for (const level of ['country', 'state', 'district']) {
      const under = await json(`/api/regions/under-connected?level=${level}${a}`);
      same(`regions.${level}.underConnected`, under.rows.length);
    }
  }

  beforeAll(async () => {
    await loadFixture();
    service = await startTestService();
  });
  afterAll(async () => {
    await service?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('gives an HTML report whose numbers are the API’s', async () => {
    const res = await done('/api/report?format=html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename="jumelage-report-v\d+\.html"$/);
    await expectApiNumbers(res.text, '');
    for (const id of ['summary', 'rankings', 'communities', 'eastwest', 'regions', 'recommendations', 'network', 'methods'])
      expect(res.text).toContain(`<section id="${id}">`);
    expect(res.text).toMatch(/<svg class="chart"/);
    expect(res.text).toMatch(/<svg class="map"/);
    expect(res.text).toContain('CC0 1.0');
    // how complete the founding years are, with the API's own count
    const graph = (await (await fetch(`${service.url}/api/graph`)).json()) as {
      attributes: { coverage: { partnerships: number; withYear: number } };
    };
    const { partnerships, withYear } = graph.attributes.coverage;
    expect(withYear).toBeGreaterThan(0);
    expect(withYear).toBeLessThan(partnerships);
    expect(res.text).toContain(
      `Founding years are known for <strong>${withYear.toLocaleString('en')} of ${partnerships.toLocaleString('en')} partnerships`,
    );
  });

  it('states the SHA-256 of the data as exported, which anyone can check', async () => {
    const html = (await done('/api/report?format=html')).text;
    const m = metricsOf(html);
    const version = (await json('/api/health')).dataset.version;
    expect(m.get('dataset.version')).toBe(String(version));
    const sha = /data-metric="dataset\.sha256">([0-9a-f]{64})</.exec(html)?.[1];
    const exported = await get('/api/export?format=json&metrics=false');
    expect(sha).toBe(createHash('sha256').update(exported.bytes).digest('hex'));
  });

  it('keeps names from the data as text, in tables and in the map', async () => {
    const html = (await done('/api/report?format=html')).text;
    expect(html).not.toMatch(/<script/i);
    const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co&#39;s &quot;Town&quot;';
    expect(html).toContain(`<tr data-id="${TRICKY_ID}"><td class="rank">1</td><td>${escaped}</td>`);
    expect(html).toMatch(new RegExp(`<text [^>]*>${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</text>`));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent(html);
      const seen = await page.evaluate(() => ({ scripts: document.scripts.length, text: document.body.innerText }));
      expect(seen.scripts).toBe(0);
      expect(seen.text).toContain(TRICKY_NAME);
    } finally {
      await browser.close();
    }
  });

  it('prints a PDF of several pages', async () => {
    const res = await done('/api/report?format=pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const raw = Buffer.from(res.bytes).toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThan(1);
  });

  it('writes the same numbers from `npm run report` for the same filters', async () => {
    const conn = testConnection();
    const out = path.join(tmp, 'report.html');
    await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        'server/cli/report.ts',
        '--format',
        'html',
        '--out',
        out,
        '--from',
        '1950',
        '--to',
        '2000',
        '--include-undated',
        '--seed',
        '3',
      ],
      {
        env: { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password, LOG_LEVEL: 'silent' },
        timeout: 240_000,
      },
    );
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('founded 1950–2000 (and undated)');
    await expectApiNumbers(html, 'from=1950&to=2000&includeUndated=true&seed=3');
  });

  it('rejects bad parameters', async () => {
    expect((await get('/api/report?format=docx')).status).toBe(400);
    expect((await get('/api/report?from=2000&to=1990')).status).toBe(400);
  });
});
