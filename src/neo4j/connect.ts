import type { Config } from '../config';
import { Db } from './db';
import { createDriver } from './driver';
import { type LocalServer, startLocal } from './local-server';
import type { SupervisorLogger } from './local-supervisor';

export interface Connection {
  db: Db;
  /** The embedded server when this process uses one (stop it only if `startedHere`). */
  local?: LocalServer;
}

/**
 * Connects to NEO4J_URI when it is set (any Neo4j 5, a cluster or Aura through neo4j:// or
 * neo4j+s://; the driver reconnects by itself), else starts or reuses the embedded local server.
 * Given a `supervisor` logger, an embedded server started here is restarted whenever it dies.
 */
export async function connect(
  config: Config,
  log: (line: string) => void,
  supervisor?: SupervisorLogger,
): Promise<Connection> {
  const n = config.neo4j;
  let local: LocalServer | undefined;
  let target = { uri: n.uri ?? '', username: n.username, password: n.password ?? '' };
  if (!n.uri) {
    const supervise = supervisor && { logger: supervisor, ...config.local.restart };
    local = await startLocal({ ...config.local, log, supervise });
    target = { uri: local.uri, username: local.username, password: local.password };
  }
  const driver = createDriver({ ...target, connectTimeoutMs: n.connectTimeoutMs });
  return { db: new Db(driver, n.database, { readMs: n.readTimeoutMs, writeMs: n.writeTimeoutMs }), local };
}
