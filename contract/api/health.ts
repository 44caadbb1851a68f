/** GET /api/health: the server, Neo4j connectivity and the dataset version (200 when ok, else 503 with the same body). */
import { z } from 'zod';

const count = z.number().int();

export const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded', 'unavailable']).describe('degraded: the managed Neo4j restarts; unavailable: Neo4j cannot be reached'),
  server: z.object({ version: z.string(), uptimeSeconds: count }),
  neo4j: z.object({
    status: z.enum(['up', 'down', 'starting', 'restarting']),
    mode: z.enum(['embedded', 'external']),
    uri: z.string(),
    reason: z.string().optional().describe('Why it is not up'),
    managed: z
      .object({ state: z.string(), role: z.string(), pid: count.nullable(), restarts: count })
      .optional()
      .describe('The Neo4j this service runs itself (embedded mode)'),
    gds: z
      .object({
        available: z.boolean(),
        version: z.string().nullable(),
        reason: z.string().optional().describe('Why the server could not be asked'),
      })
      .optional()
      .describe(
        'Neo4j Graph Data Science on the connected server (NEO4J_GDS=true adds it to the embedded one); absent while Neo4j is not up',
      ),
  }),
  dataset: z
    .object({ version: count, updatedAt: z.string().nullable(), municipalities: count, partnerships: count })
    .nullable()
    .describe('null while Neo4j is not up'),
});
export type Health = z.infer<typeof HealthSchema>;
