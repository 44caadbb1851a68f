/**
 * Parses an answer with its contract schema and fails on any key the schema does not name, at
 * any depth: the contract's objects are not strict (a client must not break on a new field), but
 * the server must not send a field its contract leaves out.
 */
import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  in?: z.ZodType;
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The paths of the keys in `value` that `schema` does not declare. */
export function unknownKeys(schema: z.ZodType, value: unknown, path = '$'): string[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      if (!isObject(value)) return [];
      const shape = def.shape ?? {};
      const open = def.catchall !== undefined && defOf(def.catchall).type !== 'never';
      return Object.entries(value).flatMap(([k, v]) => {
        const field = shape[k];
        if (field) return unknownKeys(field, v, `${path}.${k}`);
        return open ? [] : [`${path}.${k}`];
      });
    }
    case 'array':
      return Array.isArray(value) && def.element ? value.flatMap((v, i) => unknownKeys(def.element!, v, `${path}[${i}]`)) : [];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return value === null || value === undefined || !def.innerType ? [] : unknownKeys(def.innerType, value, path);
    case 'union': {
      // the option that takes the value with fewest unknown keys
      const fits = (def.options ?? []).filter((o) => o.safeParse(value).success).map((o) => unknownKeys(o, value, path));
      return fits.sort((a, b) => a.length - b.length)[0] ?? [];
    }
    case 'record':
      return isObject(value) && def.valueType
        ? Object.entries(value).flatMap(([k, v]) => unknownKeys(def.valueType!, v, `${path}.${k}`))
        : [];
    case 'pipe':
      return def.in ? unknownKeys(def.in, value, path) : [];
    case 'lazy':
      return def.getter ? unknownKeys(def.getter(), value, path) : [];
    default:
      return [];
  }
}

/** `schema.parse(value)`, and no key beyond the schema's (the first few named in the error). */
export function parseStrict<S extends z.ZodType>(schema: S, value: unknown, what = 'answer'): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues;
    const listed = issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${what}: ${issues.length} issue(s) with the contract: ${listed.join('; ')}`);
  }
  const parsed = result.data;
  const extra = unknownKeys(schema, value);
  if (extra.length > 0) {
    throw new Error(
      `${what}: ${extra.length} key(s) not in the contract: ${[...new Set(extra.map((p) => p.replace(/\[\d+\]/g, '[]')))].slice(0, 10).join(', ')}`,
    );
  }
  return parsed;
}
