/**
 * Both engines on the default dataset (the Wikipedia list with the German directory: about 17,000
 * partnered places), as `npm start` loads it into a project-managed Neo4j with OpenGDS: every figure
 * of /api/metrics and /api/communities from ANALYTICS_ENGINE=gds against the in-process one, whole
 * and filtered (test/helpers/engines.ts states the tolerances; README, Methods). The seed dataset's
 * check, with the direct GDS calls, is test/integration/gds.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../../server/runtime.ts';
import { expectEnginesAgree } from '../helpers/engines.ts';
import { embeddedTestConfig, startTestService } from '../helpers/service.ts';

describe('ANALYTICS_ENGINE=gds on the default dataset', () => {
  let ours: RunningService;
  let theirs: RunningService;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jumelage-gds-default-'));
    const config = embeddedTestConfig(dataDir, {
      DEFAULT_DATASET: 'full',
      NEO4J_GDS: 'true',
      NEO4J_HEAP: '1536m',
      NEO4J_PAGECACHE: '256m',
      ANALYSIS_WAIT_MS: '60000',
    });
    ours = await startService(config, pino({ level: 'silent' }));
    const conn = ours.localNeo4j!.connection();
    theirs = await startTestService({ NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password, ANALYTICS_ENGINE: 'gds' });
  }, 900_000);
  afterAll(async () => {
    await theirs?.stop();
    await ours?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);

  it('gives the same figures from both engines, and communities as good, whole and filtered to Germany and Poland', async () => {
    for (const query of ['', '&countries=DE,PL']) {
      const agreements = await expectEnginesAgree(ours, theirs, query);
      for (const a of agreements)
        console.error(
          `[gds] default dataset${query}, ${a.algorithm}: modularity ours ${a.modularity.ours.toFixed(4)}, GDS ${a.modularity.gds.toFixed(4)}; NMI ${a.nmi.toFixed(3)} (our stability ${a.stability.toFixed(3)})`,
        );
      expect(agreements).toHaveLength(2);
    }
  }, 900_000);
});
