/**
 * Writes need `Authorization: Bearer <API_TOKEN>`. Checked before the body is read: no token is
 * 401, a wrong one 403; with no API_TOKEN configured the service is read-only and every write is
 * 403. Tokens are compared in constant time (SHA-256 digests of equal length).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { AppError } from '../errors.ts';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export function requireWriteToken(apiToken: string | undefined): RequestHandler {
  const expected = apiToken ? digest(apiToken) : null;
  return (req, res, next) => {
    const header = req.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match?.[1]) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="jumelage"');
      next(new AppError('unauthorized', 'This write needs an `Authorization: Bearer <token>` header.'));
      return;
    }
    if (!expected) {
      next(new AppError('forbidden', 'Writes are disabled: the server runs read-only because API_TOKEN is not set.'));
      return;
    }
    if (!timingSafeEqual(digest(match[1]), expected)) {
      next(new AppError('forbidden', 'The token is not valid for writes.'));
      return;
    }
    next();
  };
}
