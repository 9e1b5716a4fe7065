/**
 * A minimal GraphQL client: POST a named document to /graphql on the same origin. Errors the API
 * expects carry `extensions.code` (BAD_USER_INPUT, UNAUTHENTICATED, TIMEOUT…); they become an
 * ApiError with that code and the API's own message.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'kg-timeline.token';

/** The bearer token for a service with READ_TOKEN set, kept for this browser tab only. */
export const token = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (value: string) =>
    value ? sessionStorage.setItem(TOKEN_KEY, value) : sessionStorage.removeItem(TOKEN_KEY),
};

export function authHeaders(): Record<string, string> {
  const t = token.get();
  return t ? { authorization: `Bearer ${t}` } : {};
}

/** Answers of the last minute, so Back and Forward show a view again at once. */
const recent = new Map<string, { at: number; data: unknown }>();
const RECENT_MS = 60_000;

export async function request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const key = JSON.stringify([query, variables, token.get()]);
  const hit = recent.get(key);
  if (hit && Date.now() - hit.at < RECENT_MS) return hit.data as T;
  const data = await send<T>(query, variables);
  recent.set(key, { at: Date.now(), data });
  if (recent.size > 50) recent.delete(recent.keys().next().value as string);
  return data;
}

async function send<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const operationName = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...authHeaders() },
      body: JSON.stringify({ query, operationName, variables }),
    });
  } catch {
    throw new ApiError('The service cannot be reached. Is it running?', 'NETWORK');
  }
  const body = (await res.json().catch(() => null)) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  const first = body?.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'ERROR');
  if (!body?.data) throw new ApiError(`The service answered ${res.status} with no data.`, 'HTTP');
  return body.data;
}
