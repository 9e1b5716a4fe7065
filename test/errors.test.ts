import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isOwnMemoryLimit, translateNeo4jError } from '../src/errors';

const neo4jError = (code: string) => Object.assign(new Error(`driver says ${code}`), { code });

describe('Neo4j errors at the boundary', () => {
  it('turn outages into SERVICE_UNAVAILABLE', () => {
    for (const code of [
      'ServiceUnavailable',
      'SessionExpired',
      'Neo.TransientError.General.DatabaseUnavailable',
    ]) {
      const e = translateNeo4jError(neo4jError(code));
      expect(e).toBeInstanceOf(GraphQLError);
      expect((e as GraphQLError).extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect((e as GraphQLError).message).not.toContain('driver says');
    }
  });

  it('turn stopped transactions into TIMEOUT', () => {
    for (const code of [
      'Neo.ClientError.Transaction.TransactionTimedOut',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'Neo.TransientError.Transaction.LockClientStopped',
    ]) {
      expect((translateNeo4jError(neo4jError(code)) as GraphQLError).extensions.code).toBe('TIMEOUT');
    }
  });

  it('turn transactions stopped at a memory limit into MEMORY_LIMIT, retried only for the shared one', () => {
    const own = Object.assign(neo4jError('Neo.TransientError.General.MemoryPoolOutOfMemoryError'), {
      message:
        'The allocation of an extra 2.0 MiB would use more than the limit 128.0 MiB. Currently using 128.0 MiB. db.memory.transaction.max threshold reached',
    });
    const shared = Object.assign(neo4jError('Neo.TransientError.General.MemoryPoolOutOfMemoryError'), {
      message:
        'The allocation of an extra 2.0 MiB would use more than the limit 256.0 MiB. Currently using 255.0 MiB. dbms.memory.transaction.total.max threshold reached',
    });
    for (const err of [own, shared]) {
      const e = translateNeo4jError(err) as GraphQLError;
      expect(e.extensions.code).toBe('MEMORY_LIMIT');
      expect(e.message).not.toContain('MiB');
    }
    expect([isOwnMemoryLimit(own), isOwnMemoryLimit(shared)]).toEqual([true, false]);
  });

  it('leave everything else untouched, so it stays masked', () => {
    for (const err of [
      neo4jError('Neo.ClientError.Schema.ConstraintValidationFailed'),
      neo4jError('Neo.ClientError.Statement.SyntaxError'),
      new TypeError('a bug'),
      'a string',
      null,
    ])
      expect(translateNeo4jError(err)).toBe(err);
  });
});
