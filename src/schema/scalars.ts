import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (2025-02-31 is not). */
export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

function parseDay(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDay(value)) {
    throw new GraphQLError(
      `Date must be an ISO calendar day such as 2025-07-23, got ${JSON.stringify(value)}`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
  return value;
}

builder.scalarType('Date', {
  description: 'An ISO 8601 calendar day, YYYY-MM-DD.',
  serialize: (v) => String(v),
  parseValue: parseDay,
  parseLiteral: (ast) => parseDay(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType('JSON', {
  description: 'Any JSON value (used for whole fact sheets).',
  serialize: (v) => v,
  parseValue: (v) => v,
});
