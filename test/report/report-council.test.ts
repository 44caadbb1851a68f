/**
 * The council summary (`/api/report?region=`, issue 16) on the seed dataset with every populated
 * municipality of the directory: it comes first, says how connected the region is against
 * expectation with the API's figures, maps the state's districts with the under-connected ones
 * hatched, counts its cross-border ties, lists the partners the API recommends for it and the
 * what-if the API computes; in German with German numbers; and a region that is no German state
 * or district is refused before any work.
 */
import { describe, expect, it } from 'vitest';
import { RegionDetailSchema, RegionRecommendationsSchema, RegionsSchema } from '../../contract/api/regions.ts';
import { stateOfAgs } from '../../server/domain/classify.ts';
import { parseStrict } from '../helpers/contract.ts';
import { directoryService } from '../helpers/directory.ts';

const TOKEN = 'council-report-token-0123456789';
const de2 = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

describe('the council summary of a report', () => {
  const session = directoryService(TOKEN);
  const get = async (path: string) => {
    const res = await fetch(`${session.service.url}${path}`);
    expect(res.status, `${path}: ${res.status}`).toBe(200);
    return res;
  };

  it('opens the German report for Sachsen with its figures, map, cross ties, partners and what-if, as the API gives them', async () => {
    const region = 'DE-SN';
    const [states, districts, detail, partners] = await Promise.all([
      get('/api/regions?level=state').then(async (r) => parseStrict(RegionsSchema, await r.json())),
      get('/api/regions?level=district').then(async (r) => parseStrict(RegionsSchema, await r.json())),
      get(`/api/regions/${region}?divide=germany`).then(async (r) => parseStrict(RegionDetailSchema, await r.json())),
      get(`/api/regions/${region}/recommendations?divide=germany&limit=5&whatIf=5`).then(async (r) =>
        parseStrict(RegionRecommendationsSchema, await r.json()),
      ),
    ]);
    const row = states.rows.find((r) => r.region === region)!;
    expect(row.ratio, 'the count model judges Sachsen').not.toBeNull();
    const html = await (await get(`/api/report?format=html&lang=de&region=${region}`)).text();

    // first, and numbered first; the annex follows renumbered
    const headings = [...html.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]!);
    expect(headings[0]).toBe('1. Sachsen: Städtepartnerschaften auf einen Blick');
    expect(headings[1]).toBe('2. Zusammenfassung');
    expect(html.indexOf('<section id="council"')).toBeLessThan(html.indexOf('<section id="summary"'));
    expect(html).toContain('<a href="#council">Zusammenfassung für die Region</a>');
    const council = html.slice(html.indexOf('<section id="council"'), html.indexOf('</section>', html.indexOf('<section id="council"')));

    // against expectation, with the API's figures in German
    expect(council).toContain(`Beobachtet/erwartet: <strong>${de2.format(row.ratio!)}</strong>`);
    expect(council).toContain(`Rang ${row.rank} von ${states.rows.length}`);
    // the state's districts on the map, the under-connected ones named
    const own = districts.rows.filter((r) => stateOfAgs(r.region) === region);
    expect(council).toContain(`data-districts="${own.length}"`);
    expect([...council.matchAll(/<path class="region[^"]*" data-region="(\d{5})"/g)].map((m) => m[1]).sort()).toEqual(
      own.map((r) => r.region).sort(),
    );
    const under = own.filter((r) => r.underConnected);
    expect(council).toContain(`data-under="${under.length}"`);
    for (const r of under) expect(council).toContain(r.name);
    // cross ties as the region's detail counts them
    expect(council).toContain(`data-cross="${detail.ties.filter((t) => t.cross).length}"`);
    // the partners the API recommends, in its order, and its what-if
    const listed = [...council.matchAll(/<tr data-from="([^"]+)" data-to="([^"]+)">/g)].map((m) => [m[1], m[2]]);
    expect(listed).toEqual(partners.pairs.map((p) => [p.from.id, p.to.id]));
    expect(listed.length).toBeGreaterThan(0);
    const change = partners.whatIf.changes.find((c) => c.before.region === region)!;
    expect(council).toContain(`beobachtet/erwartet ${de2.format(change.before.ratio!)} → ${de2.format(change.after.ratio!)}`);
  });

  it('opens a district among its state’s districts, in English', async () => {
    const districts = parseStrict(RegionsSchema, await (await get('/api/regions?level=district')).json());
    const district = districts.rows.find((r) => r.ratio !== null && r.partnered > 0)!;
    const html = await (await get(`/api/report?format=html&region=${district.region}`)).text();
    expect(html).toContain(`<section id="council" data-region="${district.region}" data-level="district">`);
    expect(html).toContain(`${district.name}: town twinning at a glance`);
    // outlined among its state's districts
    const state = stateOfAgs(district.region);
    const own = districts.rows.filter((r) => stateOfAgs(r.region) === state);
    expect(html).toContain(`data-districts="${own.length}"`);
    expect(html).toMatch(/<path class="outline"/);
  });

  it('refuses a region that is no German state or district before any work, and leaves the report without one alone', async () => {
    const bad = await fetch(`${session.service.url}/api/report?format=html&region=Saxony`);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toMatch(/region/);
    expect((await fetch(`${session.service.url}/api/report?format=html&region=99999`)).status).toBe(404);
    const plain = await (await get('/api/report?format=html')).text();
    expect(plain).not.toContain('id="council"');
    expect(plain).toMatch(/<h2>1\. Summary<\/h2>/);
  });
});
