/**
 * Option parsing shared by the analytics modules: every module declares a zod schema with
 * defaults, and `parseOptions` resolves it before any work, throwing a `bad-request` AppError that
 * names the module and the fields at fault.
 */
import { z } from 'zod';
import { AppError } from '../errors.ts';

export function parseOptions<S extends z.ZodType>(module: string, schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(options)',
    message: issue.message,
  }));
  const summary = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  throw new AppError('bad-request', `analytics/${module}: invalid options (${summary}).`, { errors });
}

/**
 * Which BFS sources a splittable kernel runs from: all nodes, a contiguous range, or an explicit
 * list of node indices. Workers each take a part and the caller sums or concatenates the results.
 */
export const sourcesSchema = z
  .union([
    z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).refine((r) => r.start <= r.end, {
      message: 'start must not exceed end',
    }),
    z.array(z.number().int().min(0)),
    z.custom<Int32Array>((value) => value instanceof Int32Array, { message: 'expected an Int32Array' }),
  ])
  .optional();

export type Sources = z.output<typeof sourcesSchema>;

/** Resolves `sources` against n nodes into an explicit list, checking bounds. */
export function resolveSources(module: string, n: number, sources: Sources): Int32Array {
  if (sources === undefined) {
    const all = new Int32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    return all;
  }
  if (sources instanceof Int32Array || Array.isArray(sources)) {
    const list = sources instanceof Int32Array ? sources : Int32Array.from(sources);
    for (const s of list) {
      if (s < 0 || s >= n) throw new AppError('bad-request', `analytics/${module}: source ${s} is outside 0..${n - 1}.`);
    }
    return list;
  }
  if (sources.end > n) throw new AppError('bad-request', `analytics/${module}: source range ends past ${n}.`);
  const list = new Int32Array(sources.end - sources.start);
  for (let i = 0; i < list.length; i++) list[i] = sources.start + i;
  return list;
}
