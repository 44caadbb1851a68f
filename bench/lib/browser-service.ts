/**
 * For the benchmarks that need the service: the real service on the full default dataset, in a
 * fresh embedded Neo4j (the first start loads the dataset); for the browser benchmarks, with the
 * built client and a headless Chromium. `stop` closes them and removes the data.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../server/browser/chromium.ts';
import { loadConfig } from '../../server/config.ts';
import { startService, type RunningService } from '../../server/runtime.ts';

/** The real service on a fresh embedded Neo4j that loads the full default dataset; `env` adds to its settings. */
export async function benchService(
  name: string,
  env: Record<string, string> = {},
): Promise<{ service: RunningService; stop: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `jumelage-bench-${name}-`));
  const service = await startService(
    loadConfig({
      PORT: '0',
      NEO4J_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: '0',
      NEO4J_HTTP_PORT: '0',
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'silent',
      ...env,
    }),
    pino({ level: 'silent' }),
  );
  return {
    service,
    stop: async () => {
      await service.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function browserBenchService(name: string): Promise<{ service: RunningService; browser: Browser; stop: () => Promise<void> }> {
  const clientDir = path.resolve(process.env.CLIENT_DIR ?? 'dist/client');
  if (!fs.existsSync(path.join(clientDir, 'index.html'))) throw new Error(`No built client in ${clientDir}: run \`npm run build\` first.`);
  const { service, stop } = await benchService(name, { CLIENT_DIR: clientDir });
  const browser = await launchChromium();
  return {
    service,
    browser,
    stop: async () => {
      await browser.close();
      await stop();
    },
  };
}
