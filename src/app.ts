import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createYoga } from 'graphql-yoga';
import type { Logger } from 'pino';
import { authFor } from './auth';
import type { Config } from './config';
import type { Context } from './context';
import { explorerFiles } from './explorer/serve';
import { exportRoutes } from './export/routes';
import { offlineGraphiQL } from './graphiql/render';
import { graphiqlTabs } from './graphiql/tabs';
import { bodyLimit } from './http/body-limit';
import { securityHeaders } from './http/csp';
import { getParamsAreJson } from './http/get-params';
import { compiledExecution } from './http/jit';
import { limitPlugins } from './http/limits';
import { readiness } from './http/readiness';
import { requestIdOf, requestIds } from './http/request-id';
import { routesPlugin } from './http/routes';
import type { Db } from './neo4j/db';
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
  const graphiql = offlineGraphiQL();
  // The exports send their GraphQL through this same app; `yoga` is set before any request arrives.
  let fetchApp: (req: Request) => Promise<Response> = () => Promise.reject(new Error('app not built'));
  const yoga = createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    logging: logger,
    batching: false,
    // Unexpected errors are masked whatever NODE_ENV says (they are logged with the request id).
    maskedErrors: { isDev: false },
    cors: config.http.corsOrigins.length
      ? {
          origin: config.http.corsOrigins,
          methods: ['GET', 'POST'],
          allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'x-graphql-yoga-csrf'],
          exposedHeaders: ['x-request-id'],
        }
      : false,
    graphiql: config.graphiql ? { title: 'News timeline graph', defaultTabs: graphiqlTabs } : false,
    renderGraphiQL: graphiql.render,
    context: ({ request }) => ({
      db,
      config,
      auth: authFor(request, config.auth),
      loaders: new Map(),
      counters: { timelines: 0 },
      requestId: requestIdOf(request),
    }),
    plugins: [
      securityHeaders(graphiql.scriptHashes),
      // The explorer at / and the exports, which call this same app's /graphql (see src/export/run.ts).
      routesPlugin([explorerFiles(), exportRoutes(() => fetchApp)]),
      bodyLimit(config.http.maxBodyBytes),
      getParamsAreJson,
      requestIds(logger),
      ...limitPlugins(config),
      // Refuses "simple" cross-site requests (form posts, GETs without a custom header).
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      readiness(db, logger),
      compiledExecution(logger),
    ],
  });
  fetchApp = async (req) => yoga.fetch(req);
  return yoga;
}
