/**
 * The OpenAPI 3.1 document, generated from the route declarations (api-router.ts) and their zod
 * schemas (`z.toJSONSchema`, input side), and a human-readable page that renders it.
 */
import { z } from 'zod';
import type { RouteSpec } from './api-router.ts';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

const PROBLEM = {
  type: 'object',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    errors: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } } },
  },
};

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
      const ok = Number(status) < 300;
      responses[status] =
        Number(status) === 304 || Number(status) === 204
          ? { description }
          : {
              description,
              content: ok
                ? Object.fromEntries([['application/json', {}], ...(spec.produces ?? []).map((t) => [t, {}])])
                : { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
            };
    }
    (paths[path] ??= {})[spec.method] = {
      tags: [spec.tag],
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      parameters: [...pathParams, ...queryParams],
      ...(spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(spec.body) } } } } : {}),
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
      schemas: { Problem: PROBLEM },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The API_TOKEN of the server; writes only.' } },
    },
  };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A self-contained page listing every endpoint with its parameters (no external scripts). */
export function apiPage(doc: Record<string, unknown>): string {
  const paths = doc.paths as Record<
    string,
    Record<
      string,
      {
        summary: string;
        description?: string;
        parameters: { name: string; in: string; description?: string; schema: JsonSchema }[];
        security?: unknown;
        responses: Record<string, { description: string }>;
      }
    >
  >;
  const sections = Object.entries(paths)
    .flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => {
        const params = op.parameters
          .map(
            (p) =>
              `<li><code>${escapeHtml(p.name)}</code> (${p.in}${p.schema.type ? `, ${escapeHtml(String(p.schema.type))}` : ''})${p.description ? `: ${escapeHtml(p.description)}` : ''}</li>`,
          )
          .join('');
        const responses = Object.entries(op.responses)
          .map(([status, r]) => `<li><code>${status}</code> ${escapeHtml(r.description)}</li>`)
          .join('');
        return `<section><h2><span class="m">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code>${op.security ? ' <small>(token)</small>' : ''}</h2>
<p>${escapeHtml(op.summary)}</p>${op.description ? `<p>${escapeHtml(op.description)}</p>` : ''}
${params ? `<h3>Parameters</h3><ul>${params}</ul>` : ''}<h3>Answers</h3><ul>${responses}</ul></section>`;
      }),
    )
    .join('\n');
  const info = doc.info as { title: string; version: string; description: string };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(info.title)}</title>
<link rel="icon" href="/favicon.svg"><style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
section{border-top:1px solid #ddd;padding:.5rem 0}h2{font-size:1.05rem}.m{display:inline-block;min-width:4.5rem;color:#0072B2}h3{font-size:.9rem;margin:.5rem 0 .2rem}</style></head>
<body><h1>${escapeHtml(info.title)} <small>${escapeHtml(info.version)}</small></h1><p>${escapeHtml(info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>${sections}</body></html>`;
}
