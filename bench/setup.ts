import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Db } from '../src/neo4j/db';
import { createDriver } from '../src/neo4j/driver';
import { freePort, startLocal } from '../src/neo4j/local-server';
import { migrate } from '../src/neo4j/migrate';
import type { Target } from './servers/servers';

export interface BenchNeo4j {
  target: Target;
  db: Db;
  dir: string;
  stop(): Promise<void>;
}

/**
 * A throwaway Neo4j for the bench: fresh temporary folder, free loopback port, bigger heap and page
 * cache than the dev default, migrated; `stop` stops it and deletes its folder.
 */
export async function startBenchNeo4j(o: { heap: string; pageCache: string; log: (l: string) => void }) {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-'));
  const local = await startLocal({
    dir,
    port: await freePort(),
    heap: o.heap,
    pageCache: o.pageCache,
    startupTimeoutMs: 180_000,
    log: o.log,
  });
  const target: Target = {
    uri: local.uri,
    username: local.username,
    password: local.password,
    database: 'neo4j',
  };
  const db = new Db(createDriver({ ...target, connectTimeoutMs: 10_000 }), 'neo4j', {
    readMs: 300_000,
    writeMs: 300_000,
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await db.close().catch(() => undefined);
    await local.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await migrate(db);
  } catch (err) {
    await stop();
    throw err;
  }
  return { target, db, dir, stop } satisfies BenchNeo4j;
}
