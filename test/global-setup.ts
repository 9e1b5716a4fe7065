import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../src/config';
import { ingestFiles } from '../src/facts/ingest';
import { DATA_DIR } from '../src/facts/seed';
import { Db } from '../src/neo4j/db';
import { createDriver } from '../src/neo4j/driver';
import { freePort, type LocalServer, startLocal } from '../src/neo4j/local-server';
import { migrate } from '../src/neo4j/migrate';
import { buildExplorer } from '../web/build';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/**
 * Starts a throwaway real Neo4j (fresh temporary data folder, free port) unless NEO4J_URI is set,
 * migrates it, loads the seed data, and stops it afterwards, also when tests fail.
 */
export default async function setup(project: TestProject) {
  await buildExplorer(); // the browser tests use the explorer built from the sources as they are
  const config = loadConfig(process.env);
  let local: LocalServer | undefined;
  let dir: string | undefined;
  let target: TestNeo4j;
  if (config.neo4j.uri) {
    target = {
      uri: config.neo4j.uri,
      username: config.neo4j.username,
      password: config.neo4j.password ?? '',
      database: config.neo4j.database,
    };
  } else {
    dir = mkdtempSync(join(tmpdir(), 'kg-timeline-test-'));
    local = await startLocal({
      ...config.local,
      dir,
      port: await freePort(),
      startupTimeoutMs: 180_000,
      log: (l) => console.log(l),
    });
    target = { uri: local.uri, username: local.username, password: local.password, database: 'neo4j' };
  }
  const db = new Db(createDriver({ ...target, connectTimeoutMs: 5_000 }), target.database, {
    readMs: 30_000,
    writeMs: 60_000,
  });
  try {
    await migrate(db);
    await ingestFiles(db, [DATA_DIR]); // the seed data every integration test reads
  } finally {
    await db.close();
  }
  project.provide('neo4j', target);
  return async () => {
    await local?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
