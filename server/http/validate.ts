/** Request parsing at the edge: zod schemas, unknown parameters rejected, each bad field named. */
import type { z } from 'zod';
import { AppError } from '../errors.ts';

export function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.infer<S> {
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  throw new AppError('bad-request', 'Invalid query parameters.', {
    errors: parsed.error.issues.map((i) => ({
      field: i.path.length ? i.path.join('.') : ((i as { keys?: string[] }).keys ?? []).join(', ') || '(query)',
      message: i.message,
    })),
  });
}

/** Validates a parsed JSON body; each bad field is named by its path. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  throw new AppError('bad-request', 'Invalid request body.', {
    errors: parsed.error.issues.map((i) => ({
      field: i.path.length ? i.path.join('.') : ((i as { keys?: string[] }).keys ?? []).join(', ') || '(body)',
      message: i.message,
    })),
  });
}
