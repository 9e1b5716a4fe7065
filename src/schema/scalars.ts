import { GraphQLError, Kind } from 'graphql';
import { parseIsoDay } from '../dates/calendar';
import { builder } from './builder';

function parseDay(value: unknown): string {
  if (typeof value !== 'string' || !parseIsoDay(value)) {
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
