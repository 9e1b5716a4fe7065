import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverSettings {
  uri: string;
  username: string;
  password: string;
  connectTimeoutMs: number;
}

/** The process's one driver. Timeouts are bounded so an outage is answered quickly, never hangs. */
export function createDriver(s: DriverSettings): Driver {
  return neo4j.driver(s.uri, neo4j.auth.basic(s.username, s.password), {
    connectionTimeout: s.connectTimeoutMs,
    connectionAcquisitionTimeout: s.connectTimeoutMs,
    // Transient errors are retried (idempotent transaction functions only) for at most 2 s, so an
    // outage is answered as SERVICE_UNAVAILABLE quickly.
    maxTransactionRetryTime: 2_000,
    maxConnectionPoolSize: 50,
    // Integers arrive as JavaScript numbers, decoded once by the driver instead of as Integer
    // objects converted again in toPlain. The graph's integers are counts, offsets, ranks and years,
    // far below 2^53, where a number is exact.
    disableLosslessIntegers: true,
    userAgent: 'kg-timeline/0.1',
  });
}
