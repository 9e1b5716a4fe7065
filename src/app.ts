import { createYoga, useReadinessCheck } from 'graphql-yoga';
import type { Logger } from 'pino';
import { authFor } from './auth';
import type { Config } from './config';
import type { Context } from './context';
import { graphiqlTabs } from './graphiql-tabs';
import type { Db } from './neo4j/db';
import { isMigrated } from './neo4j/migrate';
import { schema } from './schema';

export interface AppDeps {
  db: Db;
  config: Config;
  logger: Logger;
}

/**
 * Builds the HTTP/GraphQL application. It never listens: main.ts puts it behind node:http, and
 * tests drive it with `yoga.fetch`.
 */
export function createApp({ db, config, logger }: AppDeps) {
  let requests = 0;
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    logging: logger,
    graphiql: config.graphiql ? { title: 'News timeline graph', defaultTabs: graphiqlTabs } : false,
    context: ({ request }) => ({
      db,
      config,
      auth: authFor(request, config.auth),
      loaders: new Map(),
      requestId:
        request.headers.get('x-request-id') ?? `req-${Date.now().toString(36)}-${(++requests).toString(36)}`,
    }),
    plugins: [
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => {
          try {
            await db.ping();
            return await isMigrated(db);
          } catch {
            return false;
          }
        },
      }),
    ],
  });
}

export type App = ReturnType<typeof createApp>;
