/**
 * Conditional reads: an analysis answer is fully determined by the dataset version, the request's
 * options and the analytics engine (app.locals.engine: ANALYTICS_ENGINE), so its ETag is built from
 * all three; a matching If-None-Match is a 304.
 */
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

export function etagFor(version: number, ...parts: string[]): string {
  const hash = createHash('sha1').update(parts.join('\u0000')).digest('base64url').slice(0, 16);
  return `"v${version}-${hash}"`;
}

/** Sets the validators; returns true when the client's copy is current and a 304 was sent. */
export function notModified(req: Request, res: Response, versionTag: string): boolean {
  const engine = (req.app.locals as { engine?: string }).engine;
  const etag = engine && engine !== 'inprocess' ? versionTag.replace(/^"/, `"${engine}-`) : versionTag;
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate');
  const header = req.headers['if-none-match'];
  if (header && header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
    res.status(304).end();
    return true;
  }
  return false;
}
