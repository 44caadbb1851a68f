/**
 * The database's analyses for a command (`npm run report`, `npm run analyze -- --write`): attaches
 * to the running embedded Neo4j, starts it, or uses NEO4J_URI; refuses an empty database; runs the
 * command's work with the services the API uses, and closes everything after it. Ctrl-C or
 * SIGTERM stops the analyses and a Neo4j this command started.
 */
import { pino } from 'pino';
import { SuiteRunner } from '../../analytics/suite/suite-runner.ts';
import { loadConfig } from '../../config.ts';
import { openNeo4j, type OpenedNeo4j } from '../../db/connect.ts';
import { DataLayer } from '../../db/data-layer.ts';
import { AppError } from '../../errors.ts';
import { projectVersion } from '../../report/report-data.ts';
import { AnalysisService } from '../../services/analysis.service.ts';
import { ExportService } from '../../services/export.service.ts';
import { JobManager } from '../../services/jobs.ts';
import { handleCliStop } from '../../stop-signals.ts';

export interface DatabaseSession {
  data: DataLayer;
  analysis: AnalysisService;
  exports: ExportService;
  /** Never waits: a long analysis is a job the work awaits. */
  jobs: JobManager;
}

export async function withDatabase<T>(work: (session: DatabaseSession) => Promise<T>): Promise<T> {
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2));
  const runner = new SuiteRunner();
  const jobs = new JobManager({ waitMs: 0 });
  let opening: Promise<OpenedNeo4j | null> = Promise.resolve(null);
  const stopped = handleCliStop(
    () => opening,
    async () => {
      jobs.close();
      await runner.close();
    },
  );
  let neo4j: OpenedNeo4j | null = null;
  try {
    neo4j = await (opening = openNeo4j(loadConfig(), logger, stopped));
    const data = new DataLayer(neo4j.db);
    await data.ensureReady();
    const { graph } = await data.graphs.get();
    if (graph.order === 0)
      throw new AppError(
        'bad-request',
        'The database holds no municipalities: start the service once (npm start loads the default dataset) or import a file (npm run import).',
      );
    const analysis = new AnalysisService(data, jobs, runner);
    return await work({ data, analysis, exports: new ExportService(data, analysis, `Jumelage ${projectVersion()}`), jobs });
  } finally {
    jobs.close();
    await runner.close();
    await neo4j?.close();
  }
}
