import { ExportError } from './errors';

/** Sends one GraphQL operation through the app itself (same auth, limits, masking and request id). */
export type RunOperation = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  TIMEOUT: 504,
  MEMORY_LIMIT: 503,
  SERVICE_UNAVAILABLE: 503,
};

/** Filter arguments the API names ("filter.entities") are the export's parameters ("entities"). */
const parameterOf = (argument: unknown) =>
  typeof argument === 'string' ? argument.replace(/^filter\./, '').replace(/^id$/, 'entity') : undefined;

/**
 * The exports are clients of the GraphQL API: each operation goes through `fetchApp` (the Yoga
 * app's own fetch) with the caller's Authorization and X-Request-Id headers, so READ_TOKEN, the
 * query limits and the argument caps apply to them exactly as to any other client.
 */
export function operationRunner(
  fetchApp: (req: Request) => Promise<Response>,
  request: Request,
): RunOperation {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  for (const name of ['authorization', 'x-request-id']) {
    const v = request.headers.get(name);
    if (v) headers[name] = v;
  }
  return async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const res = await fetchApp(
      new Request(new URL('/graphql', request.url), {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      }),
    );
    const body = (await res.json()) as {
      data?: T;
      errors?: { message: string; extensions?: { code?: string; argument?: string } }[];
    };
    const first = body.errors?.[0];
    if (first) {
      const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
      const status = STATUS[code] ?? 500;
      const parameter = status === 400 ? parameterOf(first.extensions?.argument) : undefined;
      const message = parameter
        ? first.message.replace(/^Argument "[^"]+" /, '').replace(/\.$/, '')
        : first.message;
      throw new ExportError(status, parameter, message, code);
    }
    if (!body.data) throw new ExportError(500, undefined, 'Unexpected error.', 'INTERNAL_SERVER_ERROR');
    return body.data;
  };
}
