/** `npm start`: the API and the built client on http://HOST:PORT, on the configured Neo4j. */
import { pino } from 'pino';
import { ConfigError, loadConfig } from './config.ts';
import { Neo4jSetupError } from './neo4j/errors.ts';
import { startService } from './runtime.ts';

const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });

async function main(): Promise<void> {
  const config = loadConfig();
  logger.level = config.logLevel;
  const service = await startService(config, logger);
  logger.info(`Jumelage is listening on ${service.url}`);
  let signals = 0;
  const shutdown = (signal: NodeJS.Signals) => {
    signals += 1;
    if (signals > 1) {
      logger.warn(`${signal} again: exiting now`);
      process.exit(1);
    }
    logger.info(`${signal}: finishing in-flight requests and stopping`);
    service.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  watchParent(() => shutdown('SIGHUP'));
}

/**
 * Under `npm start`, a killed npm does not pass the signal on: stop when the parent is gone, so
 * that killing `npm start` leaves no server (and no Neo4j) running.
 */
function watchParent(onGone: () => void): void {
  if (process.env.npm_lifecycle_event !== 'start') return;
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) onGone();
  }, 1000).unref();
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof Neo4jSetupError) {
    logger.fatal(err.message);
  } else {
    logger.fatal({ err }, 'failed to start');
  }
  process.exit(1);
});
