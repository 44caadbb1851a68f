/** `npm start`: the API and the built client on http://HOST:PORT, on the configured Neo4j. */
import { pino } from 'pino';
import { ConfigError, loadConfig } from './config.ts';
import { Neo4jSetupError } from './neo4j/errors.ts';
import { startService, StartCancelledError, type RunningService } from './runtime.ts';
import { handleStopSignals } from './stop-signals.ts';

const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });

async function main(): Promise<void> {
  const config = loadConfig();
  logger.level = config.logLevel;
  // Handlers before anything starts: a Ctrl-C while Neo4j boots must still stop it.
  const cancelStart = new AbortController();
  let service: RunningService | null = null;
  const starting = startService(config, logger, cancelStart.signal).then(
    (s) => (service = s),
    (err: unknown) => {
      if (err instanceof StartCancelledError) return null;
      throw err;
    },
  );
  handleStopSignals({
    log: (level, msg) => logger[level](msg),
    exitCode: () => 0,
    stop: async () => {
      cancelStart.abort();
      // the start cleans up after itself when cancelled; a started service stops in order
      const started = await starting.catch(() => null);
      await started?.stop();
      logger.info('stopped');
    },
    hurry: () => service?.hurry(),
  });
  watchParent(() => process.kill(process.pid, 'SIGHUP'));
  const started = await starting;
  if (started) logger.info(`Jumelage is listening on ${started.url}`);
}

/**
 * Under `npm start`, a killed npm does not pass the signal on: stop when the parent is gone, so
 * that killing `npm start` leaves no server (and no Neo4j) running.
 */
function watchParent(onGone: () => void): void {
  if (process.env.npm_lifecycle_event !== 'start') return;
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      onGone();
    }
  }, 1000);
  timer.unref();
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof Neo4jSetupError) {
    logger.fatal(err.message);
  } else {
    logger.fatal({ err }, 'failed to start');
  }
  process.exit(1);
});
