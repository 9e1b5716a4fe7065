import autocannon from 'autocannon';

export interface Measurement {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  /** Connection errors, timeouts and non-2xx answers during the measurement. */
  failures: number;
}

export interface Request {
  url: string;
  body: string;
}

const HEADERS = { 'content-type': 'application/json', 'x-graphql-yoga-csrf': 'bench' };

/** One request, checked: an HTTP error, a GraphQL error or a raw handler error is reported. */
export async function check(req: Request): Promise<string | undefined> {
  const res = await fetch(req.url, { method: 'POST', headers: HEADERS, body: req.body });
  const text = await res.text();
  if (res.status !== 200) return `HTTP ${res.status}: ${text.slice(0, 200)}`;
  const json = JSON.parse(text) as { errors?: { message: string }[]; error?: string };
  if (json.errors?.length) return `GraphQL error: ${json.errors[0]?.message}`;
  if (json.error) return json.error;
  return undefined;
}

function run(req: Request, seconds: number, connections: number) {
  return autocannon({
    url: req.url,
    method: 'POST',
    headers: HEADERS,
    body: req.body,
    connections,
    duration: seconds,
    timeout: 30,
  });
}

/**
 * Warms up (a short run whose numbers are thrown away), then measures requests/s and latency
 * under `connections` concurrent clients for `seconds` (autocannon, loopback only).
 */
export async function measure(req: Request, seconds: number, connections: number): Promise<Measurement> {
  if (!new URL(req.url).hostname.startsWith('127.')) throw new Error('the bench only talks to 127.0.0.1');
  await run(req, Math.max(1, Math.round(seconds / 4)), connections);
  const r = await run(req, seconds, connections);
  return {
    rps: r.requests.total / (r.duration || seconds),
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    failures: r.errors + r.timeouts + r.non2xx,
  };
}
