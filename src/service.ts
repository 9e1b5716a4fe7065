import type { Logger } from 'pino';
import { createApp } from './app';
import type { Config } from './config';
import { seedIfEmpty } from './facts/seed';
import { connect } from './neo4j/connect';
import type { Db } from './neo4j/db';
import type { LocalServer } from './neo4j/local-server';
import { migrate } from './neo4j/migrate';
import { recountTalliesIfNeeded } from './timeline/tallies';

export interface Service {
  yoga: ReturnType<typeof createApp>;
  db: Db;
  local?: LocalServer;
  /** Closes the driver, and stops the embedded Neo4j when this process started it. */
  close(): Promise<void>;
}

/**
 * Everything `npm start` does before it listens: Neo4j (embedded and supervised unless NEO4J_URI)
 * → migrations → seed → the app. main.ts puts the app behind node:http; tests use it as it is.
 */
export async function openService(config: Config, logger: Logger): Promise<Service> {
  const { db, local } = await connect(config, (line) => logger.info(line), logger);
  const close = async () => {
    await db.close();
    if (local?.startedHere) await local.stop();
  };
  try {
    await db.ping();
    const m = await migrate(db);
    logger.info({ applied: m.applied, alreadyApplied: m.alreadyApplied }, 'migrations checked');
    if (config.seedOnEmpty) {
      const seeded = await seedIfEmpty(db);
      if (seeded) logger.info(seeded, 'empty graph: loaded the seed data');
    }
  } catch (err) {
    await close();
    throw err;
  }
  recountTalliesInBackground(db, logger);
  return { yoga: createApp({ db, config, logger }), db, local, close };
}

/**
 * A graph loaded before the timeline tallies existed (or changed by hand) gets them recounted in
 * the background; histograms read the events until they are ready, with the same answers.
 */
function recountTalliesInBackground(db: Db, logger: Logger) {
  recountTalliesIfNeeded(db, { log: (line) => logger.info(line) })
    .then((done) => {
      if (done) logger.info(done, 'timeline tallies recounted');
    })
    .catch((err) => logger.warn({ err }, 'timeline tallies not recounted; histograms read the events'));
}
