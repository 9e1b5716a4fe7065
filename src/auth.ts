import { createHash, timingSafeEqual } from 'node:crypto';
import type { Config } from './config';
import type { Auth } from './context';
import { coded } from './errors';

/** Compares digests, so the time taken says nothing about the secret, not even its length. */
function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * Bearer tokens from the Authorization header: the write token grants read and write; the read
 * token (when configured, reads are closed without it) grants read. Compared in constant time.
 */
export function authFor(request: Request, config: Config['auth']): Auth {
  const header = request.headers.get('authorization') ?? '';
  const token = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
  const canWrite = Boolean(token && config.writeToken && sameSecret(token, config.writeToken));
  const canRead = canWrite || !config.readToken || Boolean(token && sameSecret(token, config.readToken));
  return {
    canRead,
    canWrite,
    deny: () =>
      token
        ? coded('FORBIDDEN', 'The bearer token does not grant this operation.')
        : coded('UNAUTHENTICATED', 'This operation needs a bearer token (Authorization: Bearer <token>).'),
  };
}
