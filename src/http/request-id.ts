import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Context } from '../context';

const ids = new WeakMap<Request, string>();

/** The request's id: the caller's X-Request-Id when it is sane, else a new one. */
export function requestIdOf(request: Request): string {
  let id = ids.get(request);
  if (!id) {
    const given = request.headers.get('x-request-id');
    id = given && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    ids.set(request, id);
  }
  return id;
}

/** Expected errors that still say something is wrong on our side: logged at warn, with the cause. */
const OPERATIONAL = new Set(['TIMEOUT', 'MEMORY_LIMIT', 'SERVICE_UNAVAILABLE']);

/**
 * Tags every response with X-Request-Id, logs every unexpected error with it (clients see only
 * "Unexpected error." and the id, to quote when they report it), and logs database time-outs and
 * outages (TIMEOUT, MEMORY_LIMIT, SERVICE_UNAVAILABLE) as warnings with the id and the driver's message.
 */
export function requestIds(logger: Logger): Plugin<Context> {
  return {
    onResponse({ request, response }) {
      response.headers.set('x-request-id', requestIdOf(request));
    },
    onExecute() {
      return {
        onExecuteDone({ args, result }) {
          const errors = 'errors' in result ? (result.errors ?? []) : [];
          const requestId = args.contextValue.requestId;
          for (const err of errors) {
            const code = err.extensions?.code;
            if (typeof code === 'string' && OPERATIONAL.has(code)) {
              const cause = (err.originalError ?? err).cause as { message?: string } | undefined;
              logger.warn({ requestId, path: err.path, code, cause: cause?.message }, err.message);
            }
            if (code) continue;
            const cause = err.originalError ?? err;
            logger.error({ requestId, path: err.path, err: cause }, 'unexpected error');
          }
        },
      };
    },
  };
}
