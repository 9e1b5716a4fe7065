import type { ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

/** What the supervisor reports through (a pino logger fits). */
export interface SupervisorLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface SuperviseOptions {
  logger: SupervisorLogger;
  /** Delay before the first restart; doubled after each failed or short-lived one, up to maxMs. */
  minMs: number;
  maxMs: number;
  /** Starts the server again and resolves once it answers; rejects (having stopped it) if it does not. */
  restart: () => Promise<ChildProcess>;
  /** The last lines of the server's logs, logged with each crash. */
  logTail: () => string[];
}

/** A server that ran this long before it died counts as stable: the backoff starts over. */
const STABLE_MS = 60_000;

/**
 * Watches the embedded Neo4j this process started: when it dies (a crash, an OOM kill, kill -9),
 * logs how with the tail of its log and starts it again, with exponential backoff, until it answers.
 * The driver reconnects by itself, so /ready comes back without a restart of the service. Written by
 * hand: the server is a child process of ours, and no process-manager library fits inside a service.
 */
export function supervise(first: ChildProcess, o: SuperviseOptions): { stop(): Promise<void> } {
  let stopped = false;
  let failures = 0; // consecutive restarts that failed, or whose server died before STABLE_MS
  let timer: NodeJS.Timeout | undefined;
  let restarting: Promise<void> | undefined;

  const watch = (child: ChildProcess) => {
    const startedAt = Date.now();
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      if (stopped) return;
      const ranMs = Date.now() - startedAt;
      if (ranMs >= STABLE_MS) failures = 0;
      const how = signal ?? `code ${code}`;
      o.logger.error(
        { pid: child.pid, exit: how, ranMs, log: o.logTail() },
        `The local Neo4j (pid ${child.pid}) exited with ${how}; restarting it`,
      );
      retry(Date.now());
    };
    if (child.exitCode !== null || child.signalCode !== null) onExit(child.exitCode, child.signalCode);
    else child.once('exit', onExit);
  };

  const retry = (downSince: number) => {
    const delayMs = Math.min(o.maxMs, o.minMs * 2 ** failures);
    failures++;
    o.logger.warn({ attempt: failures, delayMs }, `Restarting the local Neo4j in ${delayMs} ms`);
    timer = setTimeout(() => {
      restarting = o
        .restart()
        .then(
          (child) => {
            if (stopped) return; // stop() waits for this start, then its caller stops the server
            o.logger.info(
              { pid: child.pid, attempt: failures, downMs: Date.now() - downSince },
              `The local Neo4j is back (pid ${child.pid})`,
            );
            watch(child);
          },
          (err: unknown) => {
            if (stopped) return;
            o.logger.error(
              { attempt: failures, err: (err as Error).message, log: o.logTail() },
              'The local Neo4j could not be restarted',
            );
            retry(downSince);
          },
        )
        .finally(() => {
          restarting = undefined;
        });
    }, delayMs);
  };

  watch(first);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await restarting;
    },
  };
}

/** The last `n` lines of a text file (read from its last 64 KiB), or none when it does not exist. */
export function tailLines(file: string, n: number): string[] {
  if (!existsSync(file)) return [];
  const size = statSync(file).size;
  const length = Math.min(size, 65_536);
  const buf = Buffer.alloc(length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buf, 0, length, size - length);
  } finally {
    closeSync(fd);
  }
  return buf.toString('utf8').split('\n').filter(Boolean).slice(-n);
}
