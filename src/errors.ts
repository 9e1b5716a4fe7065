import { GraphQLError } from 'graphql';

/**
 * Expected errors: each a GraphQLError with an `extensions.code` clients can act on. Anything else
 * that escapes a resolver is unexpected and is masked by Yoga (logged with the request id).
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'TIMEOUT'
  | 'MEMORY_LIMIT'
  | 'SERVICE_UNAVAILABLE';

export function coded(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** A bad argument: says which argument and why. */
export function badInput(argument: string, why: string, extra: Record<string, unknown> = {}): GraphQLError {
  return coded('BAD_USER_INPUT', `Argument "${argument}" ${why}`, { argument, ...extra });
}

/** Rejects an integer argument outside [min, max], naming the argument. */
export function checkBetween(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(argument, `must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}

interface Neo4jLikeError {
  code?: string;
  name?: string;
}

/** Keeps the driver's error as `cause`, for the logs only: clients see message and extensions. */
function withCause(error: GraphQLError, cause: unknown): GraphQLError {
  return Object.assign(error, { cause });
}

const MEMORY_LIMIT = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';

/** A transaction stopped at a memory limit: its own, or the one all transactions share. */
export function isMemoryLimit(err: unknown): boolean {
  return (err as Neo4jLikeError)?.code === MEMORY_LIMIT;
}

/**
 * A transaction stopped at its own memory limit (db.memory.transaction.max): the same work fails
 * again, so it is not worth retrying. The shared limit (dbms.memory.transaction.total.max) may
 * pass once other transactions end, so that one is left to the driver's retries. Neo4j tells the
 * two apart only in the message.
 */
export function isOwnMemoryLimit(err: unknown): boolean {
  return isMemoryLimit(err) && /\bdb\.memory\.transaction\.max\b/.test(String((err as Error).message));
}

/**
 * The one place where Neo4j driver errors become API errors: outages and timeouts are expected and
 * coded; everything else is rethrown untouched, so it stays masked.
 */
export function translateNeo4jError(err: unknown): unknown {
  const code = (err as Neo4jLikeError)?.code ?? '';
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code === 'Neo.TransientError.General.DatabaseUnavailable'
  ) {
    return withCause(
      coded('SERVICE_UNAVAILABLE', 'The graph database is unavailable right now; try again shortly.'),
      err,
    );
  }
  // A transaction past its time limit is terminated: reported as timed out, or (when it was
  // waiting for a lock) as a stopped lock client.
  if (
    code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') ||
    code.endsWith('Transaction.LockClientStopped')
  ) {
    return withCause(
      coded(
        'TIMEOUT',
        'The query took longer than the configured time limit and was stopped; narrow it and try again.',
      ),
      err,
    );
  }
  // A transaction past its memory limit (db.memory.transaction.max, or all of them together past
  // dbms.memory.transaction.total.max) is stopped. The driver counts this as transient and retries
  // it; a transaction's own limit is translated earlier, inside the transaction function (Db.rows),
  // so that the same work is not run again.
  if (isMemoryLimit(err)) {
    return withCause(
      coded(
        'MEMORY_LIMIT',
        'The query needed more memory than one transaction may use and was stopped; narrow it, or write in smaller batches.',
      ),
      err,
    );
  }
  return err;
}
