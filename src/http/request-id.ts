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

/**
 * Tags every response with X-Request-Id and logs every unexpected error with it (clients see only
 * "Unexpected error." and the id, to quote when they report it).
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
          for (const err of errors) {
            if (err.extensions?.code) continue;
            const cause = err.originalError ?? err;
            logger.error(
              { requestId: args.contextValue.requestId, path: err.path, err: cause },
              'unexpected error',
            );
          }
        },
      };
    },
  };
}
