import { createServer } from 'node:http';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { seedIfEmpty } from './facts/seed';
import { createLogger } from './logger';
import { connect } from './neo4j/connect';
import { LocalNeo4jError } from './neo4j/local-errors';
import { MigrationError, migrate } from './neo4j/migrate';

/** config → Neo4j (embedded unless NEO4J_URI) → migrations → seed → listen; graceful shutdown. */
async function main() {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const say = (line: string) => logger.info(line);
  const { db, local } = await connect(config, say);
  const stopLocal = async () => {
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
    await db.close();
    await stopLocal();
    throw err;
  }

  const yoga = createApp({ db, config, logger });
  const server = createServer(yoga);
  server.listen(config.http.port, config.http.host, () => {
    logger.info(`GraphQL (and GraphiQL) on http://${config.http.host}:${config.http.port}/graphql`);
  });
  server.on('error', async (err: NodeJS.ErrnoException) => {
    logger.fatal(
      err.code === 'EADDRINUSE'
        ? `Port ${config.http.port} on ${config.http.host} is already in use: stop what uses it or set PORT.`
        : err.message,
    );
    await db.close();
    await stopLocal();
    process.exit(1);
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: finishing in-flight requests, then stopping`);
    server.close(); // stop accepting; in-flight requests finish
    server.closeIdleConnections();
    await new Promise((r) => server.once('close', r));
    await db.close();
    await stopLocal();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  // Expected start-up problems are one clear line; anything else keeps its stack.
  const known = err instanceof ConfigError || err instanceof LocalNeo4jError || err instanceof MigrationError;
  console.error(known ? (err as Error).message : err);
  process.exit(1);
});
