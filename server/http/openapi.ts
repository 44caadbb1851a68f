/**
 * The OpenAPI 3.1 document, generated from the route declarations (api-router.ts) and their zod
 * schemas (`z.toJSONSchema`: requests on the input side, answers on the output side). /api/docs
 * renders it (docs.routes.ts).
 */
import { z } from 'zod';
import { AcceptedSchema, ProblemSchema } from '../../contract/api/common.ts';
import type { RouteSpec } from './api-router.ts';

type JsonSchema = Record<string, unknown>;

/** The JSON Schema of a zod schema: requests as they arrive (`input`), answers as they are sent (`output`). */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    override: withoutSafeIntegerBounds,
  }) as JsonSchema;
  return rest;
}

/** zod writes the bounds of a safe integer onto every `.int()`; they say nothing, and the reference would show them as examples. */
function withoutSafeIntegerBounds({ jsonSchema: s }: { jsonSchema: JsonSchema }): void {
  if (s.minimum === Number.MIN_SAFE_INTEGER) delete s.minimum;
  if (s.maximum === Number.MAX_SAFE_INTEGER) delete s.maximum;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

export function openApiDocument(specs: RouteSpec[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const path = spec.path.replace(/:(\w+)/g, '{$1}');
    const pathParams = [...spec.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const query = spec.query ? jsonSchema(spec.query) : null;
    const queryProps = (query?.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((query?.required as string[] | undefined) ?? []);
    const queryParams = Object.entries(queryProps).map(([name, schema]) => ({
      name,
      in: 'query',
      required: required.has(name) && !('default' in schema),
      ...(schema.description ? { description: schema.description } : {}),
      schema,
    }));
    const responses: Record<string, unknown> = {};
    for (const [status, description] of Object.entries(spec.responses)) {
      const code = Number(status);
      if (code === 304 || code === 204) responses[status] = { description };
      else if (code === 202) responses[status] = { description, content: { 'application/json': { schema: ref('Accepted') } } };
      else if (code < 300 || spec.answerOn?.includes(code)) {
        const answer = jsonSchema(spec.answer, 'output');
        const media = [...(spec.file ? [] : ['application/json']), ...(spec.produces ?? [])];
        responses[status] = {
          description,
          content: Object.fromEntries(
            media.map((t) => [t, { schema: t === 'application/json' || spec.file ? answer : { type: 'string' } }]),
          ),
        };
      } else responses[status] = { description, content: { 'application/problem+json': { schema: ref('Problem') } } };
    }
    const raw = spec.rawBody;
    const requestBody = spec.body
      ? { 'application/json': { schema: jsonSchema(spec.body) } }
      : raw
        ? Object.fromEntries(raw.mediaTypes.map((t) => [t, { schema: jsonSchema(raw.schema) }]))
        : null;
    (paths[path] ??= {})[spec.method] = {
      tags: [spec.tag],
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      parameters: [...pathParams, ...queryParams],
      ...(requestBody ? { requestBody: { required: true, content: requestBody } } : {}),
      ...(spec.auth ? { security: [{ bearer: [] }] } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Jumelage API',
      version,
      description: 'Graph analytics over the network of town twinning partnerships. Errors are application/problem+json (RFC 9457).',
    },
    paths,
    components: {
      schemas: { Problem: jsonSchema(ProblemSchema, 'output'), Accepted: jsonSchema(AcceptedSchema, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The API_TOKEN of the server; writes only.' } },
    },
  };
}
