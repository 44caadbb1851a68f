/**
 * `npm run analyze -- --write`: the analyses of the database's whole dataset written onto its
 * places (services/analysis-write.service.ts, as POST /api/analyses/write does), from the command
 * line, in the database session `npm run report` uses (database-session.ts).
 */
import type { AnalysisWritten } from '../../../contract/api/analysis-write.ts';
import type { AnalysisOptions } from '../../../contract/api/query.ts';
import { writeAnalysis } from '../../services/analysis-write.service.ts';
import { withDatabase } from './database-session.ts';

export function writeDatabaseAnalysis(
  options: AnalysisOptions,
  onProgress?: (fraction: number, stage: string) => void,
): Promise<AnalysisWritten> {
  return withDatabase(async ({ data, analysis, exports }) => {
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
  });
}
