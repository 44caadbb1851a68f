/**
 * Composes the service: Neo4j (the project-managed one, or the server NEO4J_URI names), the data
 * layer, the HTTP app; and takes it down again in order: stop accepting, finish in-flight
 * requests, close the driver, stop the local Neo4j.
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { createApp } from './app.ts';
import { loadGazetteer } from './services/import.service.ts';
import type { Config } from './config.ts';
import { openNeo4j, type OpenedNeo4j } from './db/connect.ts';
import { DataLayer } from './db/data-layer.ts';
import type { LocalNeo4j } from './neo4j/local-neo4j.ts';
import { defaultDatasetLoader } from './services/default-dataset.ts';
import { SuiteRunner } from './analytics/suite/suite-runner.ts';
import { AnalysisService } from './services/analysis.service.ts';
import { JobManager } from './services/jobs.ts';
import { LayoutService } from './services/layout.service.ts';
import { PROJECT_ROOT } from './project-root.ts';

const VERSION = (JSON.parse(fs.readFileSync(new URL('package.json', PROJECT_ROOT), 'utf8')) as { version: string }).version;

export interface RunningService {
  url: string;
  server: Server;
  data: DataLayer;
  localNeo4j: LocalNeo4j | null;
  /** Stops in order: stop accepting, finish in-flight requests, close the driver, stop the local Neo4j. */
  stop(): Promise<void>;
  /** During a stop: cut the in-flight requests instead of waiting for them (Neo4j is still stopped). */
  hurry(): void;
}

/** The start was cancelled (a stop signal while starting); what had started is stopped again. */
export class StartCancelledError extends Error {
  constructor() {
    super('start cancelled');
  }
}

export async function startService(config: Config, logger: Logger, cancel?: AbortSignal): Promise<RunningService> {
  const neo4j = await openNeo4j(config, logger, cancel).catch((err: unknown) => {
    throw cancel?.aborted ? new StartCancelledError() : err;
  });
  try {
    return await startOn(neo4j, config, logger, cancel);
  } catch (err) {
    // a failed or cancelled start leaves nothing running: not the Neo4j it started either
    await neo4j.close();
    throw err;
  }
}

async function startOn(neo4j: OpenedNeo4j, config: Config, logger: Logger, cancel?: AbortSignal): Promise<RunningService> {
  const cancelled = () => {
    if (cancel?.aborted) throw new StartCancelledError();
  };
  const { db, localNeo4j } = neo4j;
  const data = new DataLayer(db, {
    // only the project-managed Neo4j is filled by a start; NEO4J_URI's server only by the command
    ...(config.neo4j.mode === 'embedded' ? { initialData: defaultDatasetLoader(config) } : {}),
    log: (level, msg) => logger[level]({ component: 'data' }, msg),
  });
  try {
    await data.ensureReady();
  } catch (err) {
    cancelled();
    logger.warn({ reason: (err as Error).message }, 'Neo4j is not ready yet; serving 503 until it is');
  }
  cancelled();

  const jobs = new JobManager({ waitMs: config.analysisWaitMs });
  const runner = new SuiteRunner();
  runner.warm();
  const analysis = new AnalysisService(data, jobs, runner, config.analyticsEngine);
  if (config.analyticsEngine === 'gds' && data.isReady) {
    const gds = await data.gds.status();
    if (gds.available) logger.info({ version: gds.version }, 'analyses: centralities and k-cores from Graph Data Science');
    else
      logger.error(
        { reason: gds.reason },
        'ANALYTICS_ENGINE=gds, but the connected Neo4j has no Graph Data Science: the analyses will answer 503',
      );
  }
  const layouts = new LayoutService(data, jobs);
  // read once at start (11,000 rows): an import then never waits for it
  const gazetteer = config.gazetteerFile ? loadGazetteer(config.gazetteerFile) : null;
  if (gazetteer)
    logger.info({ file: config.gazetteerFile, municipalities: gazetteer.gazetteer.municipalities.length }, 'gazetteer for imports loaded');
  const app = createApp({
    data,
    analysis,
    jobs,
    layouts,
    logger,
    clientDir: config.clientDir,
    apiToken: config.apiToken,
    corsOrigins: config.corsOrigins,
    rateLimitPerMinute: config.rateLimitPerMinute,
    gazetteer,
    health: {
      version: VERSION,
      neo4j: { mode: config.neo4j.mode, uri: neo4j.uri },
      ...(localNeo4j ? { managed: () => localNeo4j.status() } : {}),
    },
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.http.port, config.http.host, () => resolve(s));
    s.once('error', reject);
  }).catch(async (err: unknown) => {
    jobs.close();
    await runner.close();
    throw err;
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.http.host.includes(':') ? `[${config.http.host}]` : config.http.host}:${port}`;

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      jobs.close();
      await runner.close();
      await neo4j.close();
    })());
  const hurry = () => server.closeAllConnections();
  if (cancel?.aborted) {
    await stop();
    throw new StartCancelledError();
  }
  return { url, server, data, localNeo4j, stop, hurry };
}
