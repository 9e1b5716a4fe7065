import { createServer } from 'node:http';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { LocalNeo4jError } from './neo4j/local-errors';
import { MigrationError } from './neo4j/migrate';
import { openService } from './service';

/** config → Neo4j (embedded unless NEO4J_URI) → migrations → seed → listen; graceful shutdown. */
async function main() {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const { yoga, close } = await openService(config, logger);
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
    await close();
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
    await close();
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
