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
