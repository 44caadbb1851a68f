/**
 * Configuration, parsed and checked once at start from the environment (fail fast).
 * Every variable is documented in the README's configuration table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ANALYTICS_ENGINES, type AnalyticsEngine } from '../contract/vocabularies.ts';

const port = z.coerce.number().int().min(0).max(65_535);

const EnvSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HTTP_PORT: port.default(7474),
  NEO4J_HOME: z.string().min(1).default('.neo4j'),
  NEO4J_DATA_DIR: z.string().min(1).optional(),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mMgG]$/, 'a JVM size such as 512m or 2g')
    .default('1g'),
  NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[mMgG]$/, 'a size such as 256m')
    .default('256m'),
  NEO4J_START_TIMEOUT_MS: z.coerce.number().int().positive().default(180_000),
  NEO4J_GDS: z.enum(['true', 'false'], { message: 'true or false' }).default('false'),
  ANALYTICS_ENGINE: z.enum(ANALYTICS_ENGINES, { message: ANALYTICS_ENGINES.join(' or ') }).default('inprocess'),
  SEEDS_DIR: z.string().min(1).default('seeds'),
  OPEN_DATA_DIR: z.string().min(1).default('open-data'),
  DEFAULT_DATASET: z.enum(['full', 'seeds']).default('full'),
  GAZETTEER_FILE: z.string().min(1).optional(),
  CLIENT_DIR: z.string().min(1).default('dist/client'),
  API_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(1200),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().url('an origin such as https://example.org'))),
  ANALYSIS_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  http: { port: number; host: string };
  neo4j:
    | { mode: 'external'; uri: string; user: string; password: string; database: string }
    | {
        mode: 'embedded';
        user: string;
        database: string;
        boltPort: number;
        /** Neo4j Browser's port (0: a free one). */
        httpPort: number;
        homeDir: string;
        dataDir: string;
        heap: string;
        pageCache: string;
        startTimeoutMs: number;
        /** OpenGDS (Neo4j Graph Data Science) in the embedded server. */
        gds: boolean;
      };
  seedsDir: string;
  /** The open data of the default dataset (the Wikipedia list, the Destatis directory). */
  openDataDir: string;
  /** What `npm start` loads into an empty project-managed database. */
  defaultDataset: 'full' | 'seeds';
  /** The Destatis municipality directory (CSV) that classifies German places in API imports; null: none. */
  gazetteerFile: string | null;
  clientDir: string;
  apiToken: string | undefined;
  /** Requests per minute and client to expensive endpoints (analyses, exports, imports); 0: no limit. */
  rateLimitPerMinute: number;
  corsOrigins: string[];
  /** How long a request waits for an analysis before answering 202 with its job. */
  analysisWaitMs: number;
  /**
   * Where the centralities and k-cores of the full suite come from: this service, or Neo4j Graph
   * Data Science on the connected server (the rest of the suite is computed here either way).
   */
  analyticsEngine: AnalyticsEngine;
  logLevel: Env['LOG_LEVEL'];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment into a Config; throws a ConfigError that names every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const abs = (p: string) => path.resolve(cwd, p);
  const homeDir = abs(e.NEO4J_HOME);
  const gazetteerFile = e.GAZETTEER_FILE ? abs(e.GAZETTEER_FILE) : null;
  if (e.NEO4J_URI && e.NEO4J_GDS === 'true')
    throw new ConfigError(
      'Invalid configuration:\n  NEO4J_GDS: adds Graph Data Science to the embedded Neo4j only; with NEO4J_URI, install it on that server (/api/health says whether it has it)',
    );
  if (gazetteerFile && !fs.existsSync(gazetteerFile))
    throw new ConfigError(`Invalid configuration:\n  GAZETTEER_FILE: no such file: ${gazetteerFile}`);
  return {
    http: { port: e.PORT, host: e.HOST },
    neo4j: e.NEO4J_URI
      ? {
          mode: 'external',
          uri: e.NEO4J_URI,
          user: e.NEO4J_USER,
          password: e.NEO4J_PASSWORD ?? '',
          database: e.NEO4J_DATABASE,
        }
      : {
          mode: 'embedded',
          user: 'neo4j',
          database: 'neo4j',
          boltPort: e.NEO4J_BOLT_PORT,
          httpPort: e.NEO4J_HTTP_PORT,
          homeDir,
          dataDir: e.NEO4J_DATA_DIR ? abs(e.NEO4J_DATA_DIR) : path.join(homeDir, 'instance'),
          heap: e.NEO4J_HEAP,
          pageCache: e.NEO4J_PAGECACHE,
          startTimeoutMs: e.NEO4J_START_TIMEOUT_MS,
          gds: e.NEO4J_GDS === 'true',
        },
    seedsDir: abs(e.SEEDS_DIR),
    openDataDir: abs(e.OPEN_DATA_DIR),
    defaultDataset: e.DEFAULT_DATASET,
    gazetteerFile,
    clientDir: abs(e.CLIENT_DIR),
    apiToken: e.API_TOKEN,
    analysisWaitMs: e.ANALYSIS_WAIT_MS,
    analyticsEngine: e.ANALYTICS_ENGINE,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    corsOrigins: e.CORS_ORIGINS,
    logLevel: e.LOG_LEVEL,
  };
}
