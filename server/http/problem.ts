/**
 * Writes every error as application/problem+json (RFC 9457). AppErrors carry their kind; errors
 * from Express and body-parser that have a 4xx status keep it; anything else is a 500 whose
 * details are logged, never sent.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { AppError, ERROR_KINDS, toAppError, type ErrorKind } from '../errors.ts';

function fromHttpError(err: unknown): AppError | null {
  if (typeof err !== 'object' || err === null) return null;
  const status = (err as { status?: unknown; statusCode?: unknown }).status ?? (err as { statusCode?: unknown }).statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;
  if (status === 413) return new AppError('payload-too-large', 'The request body is larger than allowed.');
  const kind = (Object.keys(ERROR_KINDS) as ErrorKind[]).find((k) => ERROR_KINDS[k].status === status) ?? 'bad-request';
  const message = err instanceof URIError ? 'The URL is not validly percent-encoded.' : ((err as Error).message ?? 'Bad request');
  return new AppError(kind, message);
}

export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const appError = err instanceof AppError ? err : (fromHttpError(err) ?? toAppError(err));
    if (appError.kind === 'internal') logger.error({ err, url: req.originalUrl }, 'unhandled error');
    else if (appError.kind === 'unavailable') logger.warn({ err: appError.details.cause ?? err }, 'database unavailable');
    if (appError.details.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(appError.details.retryAfterSeconds));
    res
      .status(appError.status)
      .type('application/problem+json')
      .json({
        type: `https://jumelage.invalid/problems/${appError.kind}`,
        title: ERROR_KINDS[appError.kind].title,
        status: appError.status,
        detail: appError.message,
        instance: req.originalUrl,
        ...(appError.details.errors ? { errors: appError.details.errors } : {}),
      });
  };
}

export const notFound: RequestHandler = (req, _res, next) => {
  next(new AppError('not-found', `No route for ${req.method} ${req.path}`));
};
