/**
 * The report in German (`lang=de`, `npm run report -- --lang de`) on the seed dataset: the
 * document says it is German, every section has its German heading, the numbers are the English
 * report's (the same exact values) written as German writes them, no English sentence is left,
 * the PDF prints, the OpenAPI document declares the parameter, and an unknown language is a 400
 * that names `lang`.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { testConnection } from '../helpers/neo4j.ts';
import { seededServices } from '../helpers/service.ts';

const HEADINGS = [
  '1. Zusammenfassung',
  '2. Die zentralsten Kommunen',
  '3. Gemeinschaften',
  '4. Brücken zwischen Ost und West',
  '5. Regionen',
  '6. Empfehlungen für schwach vernetzte Regionen',
  '7. Das Netz',
  '8. Wachstum und Entfernung',
  '9. Methoden',
];
const MONTHS = 'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';

/** The report's exact numbers: data-metric → data-value. */
function metricsOf(html: string): Map<string, string> {
  return new Map([...html.matchAll(/data-metric="([^"]+)" data-value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

/** What a reader sees: the body's text without markup, code, titles quoted „…“, or the figures' own words (place names from the data). */
function prose(html: string): string {
  return html
    .replace(/^[\s\S]*<body>/, '')
    .replace(/„[^“]*“/g, ' ')
    .replace(/<code[^>]*>[\s\S]*?<\/code>/g, ' ')
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ');
}

describe('the report in German', () => {
  const services = seededServices();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jumelage-report-de-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  /** A report once its job is done. */
  const done = async (query: string) => {
    for (let i = 0; i < 900; i++) {
      const res = await fetch(`${services.service.url}/api/report?${query}`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      if (res.status !== 202) return { status: res.status, headers: res.headers, bytes, text: new TextDecoder().decode(bytes) };
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`${query} did not finish`);
  };
  const api = async <T>(p: string) => (await (await fetch(`${services.service.url}${p}`)).json()) as T;

  it('is German: the document’s language, every section’s heading, the contents and the date', async () => {
    const res = await done('format=html&lang=de');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^inline; filename="jumelage-report-v\d+-de\.html"$/);
    const html = res.text;
    expect(html).toMatch(/^<!doctype html>\n<html lang="de">/);
    expect(html).toContain('<title>Städtepartnerschaften: ein Netzwerkbericht</title>');
    expect([...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1])).toEqual(HEADINGS);
    expect(html).toContain('<a href="#evolution">Wachstum und Entfernung</a>');
    expect(html).toContain('<h3>4.1. In Deutschland: die frühere innerdeutsche Grenze</h3>');
    expect(html).toMatch(new RegExp(`Erstellt am \\d{1,2}\\. (${MONTHS}) \\d{4}, \\d{2}:\\d{2} UTC von Jumelage`));
    expect(html).toContain('Filter: keine (der ganze Datenbestand).');
    expect(html).toContain('<th class="flag">Schwach vernetzt</th>');
  });

  it('has the English report’s numbers, written as German writes them', async () => {
    const [de, en] = [(await done('format=html&lang=de')).text, (await done('format=html')).text];
    const metrics = metricsOf(de);
    expect(metrics.size).toBeGreaterThan(100);
    expect(metrics).toEqual(metricsOf(en));
    const { summary } = await api<{ summary: { nodes: number; edges: number; density: number; averageClustering: number } }>(
      '/api/structure',
    );
    const german = (digits: number) => new Intl.NumberFormat('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    const shown = (metric: string, value: number, text: string) =>
      expect(de).toContain(`<span class="num" data-metric="${metric}" data-value="${value}">${text}</span>`);
    shown('summary.density', summary.density, german(5).format(summary.density));
    shown('summary.averageClustering', summary.averageClustering, german(4).format(summary.averageClustering));
    shown('summary.nodes', summary.nodes, german(0).format(summary.nodes));
    shown('summary.edges', summary.edges, german(0).format(summary.edges));
    expect(german(5).format(summary.density)).toMatch(/^0,\d{5}$/);
    // a count of four digits is grouped with a point: the distances' partnerships, or the nodes if there are that many
    const big = [summary.nodes, summary.edges].find((n) => n >= 1000);
    if (big !== undefined) expect(de).toContain(`>${german(0).format(big)}<`);
    expect(de).toMatch(/>\d{1,3}(\.\d{3})*,\d+ %</);
    expect(en).toContain(`>${new Intl.NumberFormat('en-GB', { minimumFractionDigits: 5 }).format(summary.density)}</span>`);
  });

  it('leaves no English sentence behind', async () => {
    // the boundaries' attribution is the licensor's wording, quoted as it stands
    const { attribution } = await api<{ attribution: string }>('/api/regions/geometry?level=state');
    const text = prose((await done('format=html&lang=de')).text.replaceAll(attribution, ''));
    for (const word of [' the ', ' of ', ' and ', ' partnerships', ' municipalities', ' places ', ' with ', 'Dataset', 'Generated'])
      expect([word, text.includes(word) ? text.slice(Math.max(0, text.indexOf(word) - 80), text.indexOf(word) + 80) : '']).toEqual([
        word,
        '',
      ]);
  });

  it('prints the German report to a PDF of several pages', async () => {
    const res = await done('format=pdf&lang=de');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/filename="jumelage-report-v\d+-de\.pdf"/);
    const raw = Buffer.from(res.bytes).toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThan(1);
  });

  it('declares `lang` in the OpenAPI document and answers an unknown language with a 400 naming it', async () => {
    const doc = await api<any>('/api/openapi.json');
    const lang = doc.paths['/api/report'].get.parameters.find((p: { name: string }) => p.name === 'lang');
    expect(lang.schema).toMatchObject({ enum: ['en', 'de'], default: 'en' });
    expect(lang.description).toMatch(/German/);
    const res = await fetch(`${services.service.url}/api/report?format=html&lang=fr`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await res.json()) as { errors: { field: string; message: string }[] };
    expect(problem.errors.map((e) => e.field)).toEqual(['lang']);
  });

  it('is written by `npm run report -- --lang de`', async () => {
    const conn = testConnection();
    const out = path.join(tmp, 'bericht.html');
    const { stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'server/cli/report.ts', '--format', 'html', '--lang', 'de', '--out', out, '--to', '1990'],
      {
        env: { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password, LOG_LEVEL: 'silent' },
        timeout: 240_000,
      },
    );
    expect(stderr).toMatch(/wrote .*bericht\.html \(html, de, /);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toMatch(/<html lang="de">/);
    expect([...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1])).toEqual(HEADINGS);
    expect(html).toContain('Filter: gegründet …–1990.');
    const bad = await promisify(execFile)(process.execPath, [
      '--import',
      'tsx',
      'server/cli/report.ts',
      '--format',
      'html',
      '--lang',
      'fr',
      '--out',
      out,
    ]).then(
      () => null,
      (err: { code: number; stderr: string }) => err,
    );
    expect(bad?.code).toBe(2);
    expect(bad?.stderr).toMatch(/--lang: /);
  });
});
