/**
 * The client's download progress (client/src/api.ts `getJson`): the fraction is of the JSON's
 * length. The browser's body stream gives decoded bytes, so a compressed answer's Content-Length
 * (the bytes on the wire) would fill the bar at a tenth of the download; the server's cached
 * answers say their JSON's length in `X-Uncompressed-Length`. `fetch` is stubbed with a real
 * Response whose body arrives in chunks.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getJson } from '../../client/src/api.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The fractions reported while `body` arrives in four chunks with `headers`. */
async function fractionsWith(headers: Record<string, string>): Promise<(number | null | undefined)[]> {
  const body = new TextEncoder().encode(JSON.stringify({ towns: 'x'.repeat(4000) }));
  const quarter = Math.ceil(body.length / 4);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < body.length; at += quarter) controller.enqueue(body.slice(at, at + quarter));
      controller.close();
    },
  });
  vi.stubGlobal('fetch', async () => new Response(stream, { status: 200, headers: { 'Content-Type': 'application/json', ...headers } }));
  const fractions: (number | null | undefined)[] = [];
  const answer = await getJson<{ towns: string }>('/api/graph', { onProgress: (p) => fractions.push(p.fraction) });
  expect(answer.towns).toHaveLength(4000);
  return fractions;
}

describe('download progress', () => {
  it("counts a compressed answer's progress against its JSON's length", async () => {
    // as /api/graph sends it: 11.8 MB of JSON as 1.1 MB of gzip, here a tenth of the length
    const length = JSON.stringify({ towns: 'x'.repeat(4000) }).length;
    const fractions = await fractionsWith({
      'Content-Encoding': 'gzip',
      'Content-Length': String(Math.round(length / 10)),
      'X-Uncompressed-Length': String(length),
    });
    expect(fractions.map((f) => Math.round((f ?? 0) * 4))).toEqual([1, 2, 3, 4]);
  });

  it("reports no fraction for a compressed answer of unknown length, and the Content-Length's for a plain one", async () => {
    expect(await fractionsWith({ 'Content-Encoding': 'gzip', 'Content-Length': '400' })).toEqual([null, null, null, null]);
    const length = JSON.stringify({ towns: 'x'.repeat(4000) }).length;
    const plain = await fractionsWith({ 'Content-Length': String(length) });
    expect(plain.at(-1)).toBe(1);
    expect(plain[0]).toBeLessThan(0.3);
  });
});
