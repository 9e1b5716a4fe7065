import { badInput } from '../errors';

/** Keyset bounds in order-key space: events strictly between them. */
export interface KeyBounds {
  above: string | null;
  below: string | null;
}

const KEY = /^\d{4}-\d{2}-\d{2}\|\d\|[a-z0-9][a-z0-9._-]*$/;

/** Cursors are the event's order key (start|precision|id), base64url-encoded: stable and opaque. */
export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argument: string): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!KEY.test(key)) throw badInput(argument, 'is not a cursor this API returned');
  return key;
}
