/**
 * Stopping on request, however it is asked. Ctrl-C makes the terminal send SIGINT to the whole
 * process group, and `npm start` passes it on again, so the process sees it twice; systemd, a
 * container runtime or `kill -- -PGID` send SIGTERM, often more than once; a closed terminal sends
 * SIGHUP. The first request starts an orderly stop; any later one may hurry it (`hurry`: stop
 * waiting for requests) but never skips stopping the Neo4j this process started. Only SIGKILL
 * leaves that server behind, and the next start adopts it (neo4j/local-neo4j.ts).
 */
export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export interface StopHandlers {
  /** The orderly stop; the process exits with `exitCode` when it settles (1 if it fails). */
  stop: (signal: NodeJS.Signals) => Promise<void>;
  /** Called for every request after the first. */
  hurry?: (signal: NodeJS.Signals) => void;
  log: (level: 'info' | 'warn' | 'error', msg: string) => void;
  /** Exit code after an orderly stop: 0 for a service, 128 + signal number for a CLI cut short. */
  exitCode: (signal: NodeJS.Signals) => number;
}

const SIGNAL_NUMBERS: Record<(typeof STOP_SIGNALS)[number], number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

/** 128 + the signal's number, as a shell reports a process ended by it. */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + (SIGNAL_NUMBERS[signal as (typeof STOP_SIGNALS)[number]] ?? 0);
}

/** Installs the handlers; returns a function that removes them. */
export function handleStopSignals(handlers: StopHandlers): () => void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      handlers.log('warn', `${signal} again: hurrying; the Neo4j this process started is still stopped before it exits`);
      handlers.hurry?.(signal);
      return;
    }
    stopping = true;
    handlers.log('info', `${signal}: stopping`);
    handlers.stop(signal).then(
      () => process.exit(handlers.exitCode(signal)),
      (err: unknown) => {
        handlers.log('error', `error while stopping: ${(err as Error).message}`);
        process.exit(1);
      },
    );
  };
  for (const s of STOP_SIGNALS) process.on(s, onSignal);
  return () => {
    for (const s of STOP_SIGNALS) process.off(s, onSignal);
  };
}

/**
 * A CLI's stop: Ctrl-C or SIGTERM cancels the Neo4j start under way, runs `cleanup`, and closes what
 * `opening` opened (the transaction under way rolls back with the connection; a Neo4j this command
 * started is stopped) before the process exits with 128 + the signal's number.
 */
export function handleCliStop(
  opening: () => Promise<{ close(): Promise<void> } | null>,
  cleanup: () => Promise<void> | void = () => {},
): AbortSignal {
  const cancel = new AbortController();
  handleStopSignals({
    log: (_level, msg) => process.stderr.write(`${msg}\n`),
    exitCode: signalExitCode,
    stop: async () => {
      cancel.abort();
      await cleanup();
      // a Neo4j still starting is stopped by the cancel; wait for that before exiting
      const opened = await opening().catch(() => null);
      await opened?.close();
    },
  });
  return cancel.signal;
}
