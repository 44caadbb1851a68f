/**
 * The answers that depend only on the dataset version and the URL (the analyses, /api/graph):
 * each made once, serialised once, and compressed once per encoding a client asks for (brotli or
 * gzip, as the compression middleware would choose; that middleware leaves an answer that is
 * already encoded alone), then sent from memory. Per app (app.locals: two services in one
 * process, as in the tests, never share them). A new dataset version drops the older answers;
 * beyond `MAX_ENTRIES` answers or `MAX_BYTES`, the least recently sent go first.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Request, Response } from 'express';

/** An answer's bodies, as sent: JSON, the table as CSV when it has one, and its compressed JSON by encoding. */
export interface CachedAnswer {
  json: Buffer;
  csv: Buffer | null;
  encoded: Partial<Record<Encoding, Promise<Buffer>>>;
  /** Counts bytes more held for it (a compressed body). */
  hold(bytes: number): void;
}

type Encoding = 'br' | 'gzip';
const ENCODINGS: Encoding[] = ['br', 'gzip'];
// brotli at quality 5: the default dataset's /api/graph, 11.8 MB of JSON, to 0.97 MB in 0.25 s,
// once (gzip: 1.08 MB in 0.18 s); brotli's default quality, 11, takes many times longer
const compress: Record<Encoding, (data: Buffer) => Promise<Buffer>> = {
  br: (data) => promisify(brotliCompress)(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (data) => promisify(gzip)(data),
};
/** Under this many bytes an answer is sent as it is (the compression middleware's threshold). */
const COMPRESS_FROM = 1024;

const MAX_ENTRIES = 500;
const MAX_BYTES = 300_000_000;

class Slot {
  /** Bytes held, counted once the answer is made and again as it is compressed. */
  bytes = 0;
  readonly answer: Promise<CachedAnswer>;
  constructor(
    readonly key: string,
    fill: (slot: Slot) => Promise<CachedAnswer>,
  ) {
    this.answer = fill(this);
  }
}
interface AnswerCache {
  slots: Map<string, Slot>;
  newestVersion: number;
  bytes: number;
}
const cacheOf = (req: Request): AnswerCache =>
  ((req.app.locals as { answerCache?: AnswerCache }).answerCache ??= { slots: new Map(), newestVersion: -1, bytes: 0 });

function account(cache: AnswerCache, slot: Slot, bytes: number): void {
  if (cache.slots.get(slot.key) !== slot) return; // dropped meanwhile
  slot.bytes += bytes;
  cache.bytes += bytes;
  for (const oldest of cache.slots.values()) {
    if (cache.slots.size <= 1 || (cache.slots.size <= MAX_ENTRIES && cache.bytes <= MAX_BYTES)) break;
    drop(cache, oldest);
  }
}

function drop(cache: AnswerCache, slot: Slot): void {
  if (cache.slots.get(slot.key) !== slot) return;
  cache.slots.delete(slot.key);
  cache.bytes -= slot.bytes;
}

/**
 * The answer of `version` for this request's URL, made by `make` when missing. Concurrent
 * requests share one making; a failed one is not kept, and neither is an answer whose version was
 * overtaken while it was made.
 */
export function cachedAnswer(
  req: Request,
  version: number,
  make: () => Promise<{ json: string; csv?: string | null }>,
): Promise<CachedAnswer> {
  const cache = cacheOf(req);
  if (version > cache.newestVersion) {
    cache.newestVersion = version;
    for (const [key, slot] of cache.slots) if (!key.startsWith(`${version}|`)) drop(cache, slot);
  }
  const key = `${version}|${req.originalUrl}`;
  const found = cache.slots.get(key);
  if (found) {
    // the most recently sent last, the first to go the oldest
    cache.slots.delete(key);
    cache.slots.set(key, found);
    return found.answer;
  }
  const slot = new Slot(key, async (self) => {
    const made = await make();
    const answer: CachedAnswer = {
      json: Buffer.from(made.json),
      csv: made.csv ? Buffer.from(made.csv) : null,
      encoded: {},
      hold: (bytes) => account(cache, self, bytes),
    };
    if (version < cache.newestVersion) drop(cache, self);
    else answer.hold(answer.json.length + (answer.csv?.length ?? 0));
    return answer;
  });
  slot.answer.catch(() => drop(cache, slot));
  if (version >= cache.newestVersion) cache.slots.set(key, slot);
  return slot.answer;
}

/**
 * Sends a cached answer's JSON, compressed once per encoding (off the event loop) for a client
 * that accepts brotli or gzip. `X-Uncompressed-Length` gives the JSON's length, so that a client
 * can report its download's progress (the browser counts the bytes it has decoded).
 */
export async function sendCachedJson(req: Request, res: Response, answer: CachedAnswer): Promise<void> {
  res.type('application/json; charset=utf-8');
  res.vary('Accept-Encoding');
  res.setHeader('X-Uncompressed-Length', String(answer.json.length));
  // brotli whenever the client takes it (as the compression middleware chooses), else gzip
  const accepted = answer.json.length >= COMPRESS_FROM && ENCODINGS.find((encoding) => req.acceptsEncodings(encoding) === encoding);
  if (!accepted) {
    res.send(answer.json);
    return;
  }
  let encoded = answer.encoded[accepted];
  if (!encoded) {
    encoded = compress[accepted](answer.json);
    answer.encoded[accepted] = encoded;
    encoded.then(
      (body) => answer.hold(body.length),
      () => delete answer.encoded[accepted],
    );
  }
  const body = await encoded;
  res.setHeader('Content-Encoding', accepted);
  res.send(body);
}
