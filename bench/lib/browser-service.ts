/**
 * For the browser benchmarks: the built client served by the real service on the full default
 * dataset, in a fresh embedded Neo4j (the first start loads the dataset), and a headless Chromium.
 * `stop` closes both and removes the data.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../server/browser/chromium.ts';
import { loadConfig } from '../../server/config.ts';
import { startService, type RunningService } from '../../server/runtime.ts';

export async function browserBenchService(name: string): Promise<{ service: RunningService; browser: Browser; stop: () => Promise<void> }> {
  const clientDir = path.resolve(process.env.CLIENT_DIR ?? 'dist/client');
  if (!fs.existsSync(path.join(clientDir, 'index.html'))) throw new Error(`No built client in ${clientDir}: run \`npm run build\` first.`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `jumelage-bench-${name}-`));
  const service = await startService(
    loadConfig({
      PORT: '0',
      NEO4J_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: '0',
      NEO4J_HTTP_PORT: '0',
      CLIENT_DIR: clientDir,
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'silent',
    }),
    pino({ level: 'silent' }),
  );
  const browser = await launchChromium();
  return {
    service,
    browser,
    stop: async () => {
      await browser.close();
      await service.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
