/**
 * Transport (issue "Legible at full scale", item 4): API answers are compressed for a client that
 * accepts it (/api/graph and the analyses' answers gzipped once, then served from memory), and the static client is cached by what may change: the page never (no-cache), its
 * content-hashed assets for a year (immutable), the rest for an hour.
 */
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { seededServices } from '../helpers/service.ts';

/** The raw answer (no transparent decompression): status, headers, bytes on the wire. */
function raw(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: body.length, body });
        });
      })
      .on('error', reject);
  });
}

describe('transport', () => {
  const services = seededServices();

  it('sends /api/graph compressed to a client that accepts gzip, and plain to one that does not', async () => {
    const zipped = await raw(`${services.service.url}/api/graph`, { 'Accept-Encoding': 'gzip' });
    const plain = await raw(`${services.service.url}/api/graph`, { 'Accept-Encoding': 'identity' });
    expect(zipped.status).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.bytes).toBeLessThan(plain.bytes / 4);
  });

  it('compresses /api/graph once per dataset version and URL, brotli or gzip as the client prefers, and sends the same bytes, whole', async () => {
    const url = `${services.service.url}/api/graph?blocs=east`;
    const plain = await raw(url, { 'Accept-Encoding': 'identity' });
    const answers = {
      gzip: [await raw(url, { 'Accept-Encoding': 'gzip, deflate' }), await raw(url, { 'Accept-Encoding': 'gzip' })],
      br: [await raw(url, { 'Accept-Encoding': 'gzip, deflate, br' }), await raw(url, { 'Accept-Encoding': 'br' })],
    };
    const decode = { gzip: gunzipSync, br: brotliDecompressSync };
    for (const [encoding, [first, second]] of Object.entries(answers) as [keyof typeof decode, Awaited<ReturnType<typeof raw>>[]][]) {
      for (const answer of [first!, second!]) {
        expect(answer.headers['content-encoding']).toBe(encoding);
        // made before it is sent: its length is known (the compression middleware streams, chunked)
        expect(Number(answer.headers['content-length'])).toBe(answer.bytes);
        expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
        // the JSON's own length, for a client's progress (the browser counts decoded bytes)
        expect(Number(answer.headers['x-uncompressed-length'])).toBe(plain.bytes);
        expect(answer.headers.etag).toBe(plain.headers.etag);
      }
      expect(second!.body.equals(first!.body)).toBe(true);
      expect(decode[encoding](first!.body).toString()).toBe(plain.body.toString());
    }
    expect(answers.br[0]!.bytes).toBeLessThan(answers.gzip[0]!.bytes);
    expect(JSON.parse(plain.body.toString()).attributes.filters).toMatchObject({ blocs: ['east'] });
  });

  it('caches the page never, its hashed assets for a year, the rest for an hour', async () => {
    const page = await fetch(`${services.service.url}/`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const assets = [...(await page.text()).matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2); // the script and the style sheet
    for (const asset of assets) {
      const res = await fetch(`${services.service.url}${asset}`);
      expect(res.status, asset).toBe(200);
      expect(res.headers.get('cache-control'), asset).toBe('public, max-age=31536000, immutable');
    }
    const icon = await fetch(`${services.service.url}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('cache-control')).toBe('public, max-age=3600');
  });
});
