/**
 * `npm run analyze -- --write`: the analyses of the database's whole dataset written onto its
 * places (services/analysis-write.service.ts, as POST /api/analyses/write does), from the command
 * line. Attaches to the running embedded Neo4j, starts it, or uses NEO4J_URI, as `npm run report`
 * does; Ctrl-C stops the analyses and a Neo4j this command started.
 */
import { pino } from 'pino';
import type { AnalysisWritten } from '../../../contract/api/analysis-write.ts';
import type { AnalysisOptions } from '../../../contract/api/query.ts';
import { SuiteRunner } from '../../analytics/suite/suite-runner.ts';
import { loadConfig } from '../../config.ts';
import { openNeo4j, type OpenedNeo4j } from '../../db/connect.ts';
import { DataLayer } from '../../db/data-layer.ts';
import { AppError } from '../../errors.ts';
import { projectVersion } from '../../report/report-data.ts';
import { writeAnalysis } from '../../services/analysis-write.service.ts';
import { AnalysisService } from '../../services/analysis.service.ts';
import { ExportService } from '../../services/export.service.ts';
import { JobManager } from '../../services/jobs.ts';
import { handleCliStop } from '../../stop-signals.ts';

export async function writeDatabaseAnalysis(
  options: AnalysisOptions,
  onProgress?: (fraction: number, stage: string) => void,
): Promise<AnalysisWritten> {
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
    const exports = new ExportService(data, analysis, `Jumelage ${projectVersion()}`);
    // each running analysis is awaited (with its progress), then the write is asked again
    for (;;) {
      const outcome = await writeAnalysis(data, analysis, exports, options, 0);
      if (outcome.state === 'done') return outcome.value;
      const { job } = outcome;
      const timer = onProgress ? setInterval(() => onProgress(job.progress.fraction, job.progress.stage), 300) : null;
      try {
        await job.promise;
      } finally {
        if (timer) clearInterval(timer);
      }
    }
  } finally {
    jobs.close();
    await runner.close();
    await neo4j?.close();
  }
}
