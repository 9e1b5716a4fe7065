import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from './config';

/** Readable lines for a person at a terminal; JSON for everything else (files, pipes, log shippers). */
export function logFormat(out: { isTTY?: boolean }): 'pretty' | 'json' {
  return out.isTTY === true ? 'pretty' : 'json';
}

/** Structured logs; secrets are redacted wherever they appear. */
export function createLogger(
  level: Config['logLevel'],
  out: NodeJS.WritableStream & { isTTY?: boolean } = process.stdout,
): Logger {
  const destination: DestinationStream =
    logFormat(out) === 'pretty'
      ? pretty({ destination: out, sync: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' })
      : (out as DestinationStream);
  return pino(
    {
      level,
      redact: {
        paths: [
          'password',
          '*.password',
          'token',
          '*.token',
          'authorization',
          '*.authorization',
          'req.headers.authorization',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
